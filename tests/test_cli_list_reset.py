"""`judge list` filters and `judge reset --all`, end to end in a fresh workspace."""

from __future__ import annotations

from click.testing import CliRunner

from judge.challenge import catalog
from judge.cli import main
from judge.practice import workspace

from .conftest import CHALLENGES

MS_REFERENCE = CHALLENGES / "max_subarray" / "reference.py"
MS_WRONG = CHALLENGES / "max_subarray" / "samples" / "wrong_answer" / "zero_floor.py"


def run(*args, input=None, env=None):
    return CliRunner().invoke(main, [str(a) for a in args], input=input, env=env)


def rows(output: str) -> list[str]:
    """The challenge rows of `judge list` (indented under a part's heading and header)."""
    return [
        line
        for line in output.splitlines()
        if line.startswith("  ") and line.split()[0] != "challenge"
    ]


def slugs(output: str) -> list[str]:
    return [line.split()[0] for line in rows(output)]


def test_list_filters_by_tag_difficulty_and_status(tmp_path):
    # Shown part by part (puzzles, then machine learning), each in the catalogue's order.
    everything = sorted(catalog.all_challenges(), key=lambda c: catalog.PARTS.index(c.part))
    arrays = [c.slug for c in everything if "arrays" in c.tags]
    assert slugs(run("list", "--tag", "arrays").output) == arrays
    assert slugs(run("list", "--tag", "ARRAYS").output) == arrays  # tags ignore case
    both = [c.slug for c in everything if {"arrays", "strings"} & set(c.tags)]
    assert slugs(run("list", "--tag", "arrays", "--tag", "strings").output) == both
    medium = [c.slug for c in everything if c.difficulty == "medium"]
    assert slugs(run("list", "--difficulty", "medium").output) == medium
    # Statuses: one attempted (wrong), one solved; the rest not started.
    assert run("check", "max-subarray", "--file", MS_WRONG, "--quick").exit_code == 1
    zsp = CHALLENGES / "zero_sum_pair" / "reference.py"
    assert run("check", "zero-sum-pair", "--file", zsp).exit_code == 0
    assert slugs(run("list", "--status", "attempted").output) == ["max-subarray"]
    assert slugs(run("list", "--status", "solved").output) == ["zero-sum-pair"]
    not_started = run("list", "--status", "not-started", "--tag", "arrays").output
    assert slugs(not_started) == [s for s in arrays if s not in ("max-subarray", "zero-sum-pair")]
    assert run("list", "--status", "due").output == "No challenge matches these filters.\n"
    # A day and a bit later the solved one is due for review: due, and still solved.
    tomorrow = {"JUDGE_NOW": str(__import__("time").time() + 90_000)}
    due = run("list", "--status", "due", env=tomorrow).output
    assert slugs(due) == ["zero-sum-pair"] and rows(due)[0].split()[2] == "due"
    assert slugs(run("list", "--status", "solved", env=tomorrow).output) == ["zero-sum-pair"]


def test_an_unknown_tag_is_one_sentence_with_the_known_ones():
    result = run("list", "--tag", "graphs")
    assert result.exit_code == 2
    tags = sorted({t.lower() for c in catalog.all_challenges() for t in c.tags})
    assert result.output == (
        f"Error: No challenge has the tag 'graphs'; the tags are: {', '.join(tags)}.\n"
    )
    assert run("list", "--status", "done").exit_code == 2  # not a status: click says which


def written(isolated_workspace, *names: str) -> dict:
    """Start these challenges and write something of one's own in each."""
    paths = {}
    for name in names:
        assert run("start", name).exit_code == 0
        challenge = catalog.find_challenge(name)
        path = workspace.solution_path(challenge)
        path.write_text(f"# my work on {name}\n" + path.read_text())
        paths[name] = path
    return paths


def test_reset_all_asks_then_puts_every_stub_back_keeping_backups(isolated_workspace):
    paths = written(isolated_workspace, "max-subarray", "zero-sum-pair")
    assert run("start", "is-palindrome").exit_code == 0  # still the stub: nothing to reset
    before = {name: path.read_bytes() for name, path in paths.items()}
    refused = run("reset", "--all", input="n\n")
    assert refused.exit_code == 1
    assert refused.output == (
        "Put the stub back in 2 solution file(s) (solutions/max_subarray.py, "
        "solutions/zero_sum_pair.py)? Each old file is kept in solutions/.backup/. [y/N]: n\n"
        "Nothing was changed.\n"
    )
    assert {name: path.read_bytes() for name, path in paths.items()} == before
    no_answer = run("reset", "--all")  # no input at all: no
    assert no_answer.exit_code == 1 and no_answer.output.endswith("Nothing was changed.\n")
    done = run("reset", "--all", input="y\n")
    assert done.exit_code == 0, done.output
    assert done.output.endswith("Reset 2 solution file(s).\n")
    backups = sorted((isolated_workspace / "solutions" / ".backup").iterdir())
    assert sorted(b.read_bytes() for b in backups) == sorted(before.values())
    for name, path in paths.items():
        assert path.read_text() == workspace.render_stub(catalog.find_challenge(name))
        assert f"Put the stub back in {path}; your previous file is kept as " in done.output


def test_reset_all_yes_does_not_ask(isolated_workspace):
    paths = written(isolated_workspace, "max-subarray")
    result = run("reset", "--all", "--yes")
    assert result.exit_code == 0 and "[y/N]" not in result.output
    assert result.output.endswith("Reset 1 solution file(s).\n")
    assert paths["max-subarray"].read_text().startswith('"""')
    nothing = run("reset", "--all", "--yes")
    assert nothing.output == (
        "Every solution file already is the untouched stub; nothing was changed.\n"
    )


def test_reset_needs_a_challenge_or_all():
    for args in ([], ["max-subarray", "--all"]):
        result = run("reset", *args)
        assert result.exit_code == 2
        assert result.output == (
            "Error: Name one challenge to reset, or give --all for every solution file.\n"
        )
