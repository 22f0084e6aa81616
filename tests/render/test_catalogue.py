"""`judge list` as text, from statuses built by hand: the catalogue in its two parts, a
status and a best score per challenge."""

from judge.challenge.catalog import all_challenges
from judge.practice.store import Status
from judge.render.catalogue import catalogue_text


def test_the_two_parts_with_a_status_each():
    challenges = all_challenges()
    statuses = {
        "max-subarray": Status(attempts=3, best_score=100, solved=True, last_verdict="AC"),
        "zero-sum-pair": Status(attempts=1, best_score=40, solved=False, last_verdict="TLE"),
    }
    lines = catalogue_text(challenges, statuses, due=set()).splitlines()
    puzzles = [c for c in challenges if c.part == "puzzles"]
    assert lines[0] == f"Programming puzzles ({len(puzzles)})"
    assert lines[1].split() == ["challenge", "difficulty", "status", "best", "title"]
    row = {line.split()[0]: line.split() for line in lines if line.startswith("  ")}
    assert row["max-subarray"][1:4] == ["easy", "solved", "100"]
    assert row["zero-sum-pair"][1:4] == ["easy", "attempted", "40"]
    assert row["is-palindrome"][1:5] == ["easy", "not", "started", "-"]
    learning = len(challenges) - len(puzzles)
    if learning:
        assert f"Machine learning ({learning})" in lines
        assert lines[lines.index(f"Machine learning ({learning})") - 1] == ""


def test_a_part_without_challenges_is_left_out():
    puzzles = [c for c in all_challenges() if c.part == "puzzles"][:2]
    text = catalogue_text(puzzles, {}, due=set())
    assert text.startswith("Programming puzzles (2)\n") and "Machine learning" not in text
