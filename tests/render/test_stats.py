"""`judge stats` as text, from numbers built by hand."""

from judge.practice.stats import Stats, Tally
from judge.render.stats import render_stats


def test_the_stats_page():
    text = render_stats(
        Stats(
            overall=Tally(2, 8, 14, 3),
            by_difficulty=[("easy", Tally(2, 5, 12, 3)), ("medium", Tally(0, 3, 2, 0))],
            by_tag=[("arrays", Tally(1, 3, 9, 1))],
            accepted_checks=4,
            reveals=1,
            current_streak=2,
            longest_streak=5,
            median_to_accept=750.0,
            due=1,
        )
    )
    assert text.splitlines() == [
        "Solved 2 of 8 challenges.",
        "",
        "  difficulty  solved  attempts  hints",
        "  easy           2/5        12      3",
        "  medium         0/3         2      0",
        "",
        "  tag     solved  attempts  hints",
        "  arrays     1/3         9      1",
        "",
        "  streak:                 2 days (longest 5 days)",
        "  attempts:               14 graded, 4 fully accepted",
        "  hints used:             3 (the reference shown 1 time)",
        "  median time to accept:  12 min, from a challenge's first check to its first full accept",
        "  due for review:         1 ('judge review')",
    ]


def test_before_anything_was_solved():
    empty = Stats(Tally(0, 8), [("easy", Tally(0, 5))], [("arrays", Tally(0, 3))], 0, 0, 0, 0, None)
    text = render_stats(empty)
    assert "  streak:                 0 days\n" in text
    assert "  median time to accept:  - (nothing solved yet)" in text
    assert text.endswith("  due for review:         0")
