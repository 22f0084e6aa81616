"""Shell completion of commands and challenge slugs, as bash, zsh and fish ask click for it."""

from __future__ import annotations

from click.shell_completion import CompletionItem, FishComplete
from click.testing import CliRunner

from judge.challenge import catalog
from judge.cli import main


def complete(words: str, shell: str = "bash") -> list[str]:
    cword = str(len(words.split()) - (0 if words.endswith(" ") else 1))
    if shell == "fish":  # fish passes the word being completed, not its index
        cword = "" if words.endswith(" ") else words.split()[-1]
    result = CliRunner().invoke(
        main,
        [],
        prog_name="judge",
        env={"_JUDGE_COMPLETE": f"{shell}_complete", "COMP_WORDS": words, "COMP_CWORD": cword},
    )
    assert result.exit_code == 0, result.output
    return result.output.splitlines()


def test_slugs_complete_for_check_and_the_other_commands():
    assert complete("judge check max") == ["plain,max-subarray"]
    assert complete("judge try max_sub") == ["plain,max-subarray"]  # typed with underscores
    assert complete("judge review start zero") == ["plain,zero-sum-pair"]
    every = [f"plain,{c.slug}" for c in catalog.all_challenges()]
    assert complete("judge show ") == every
    for command in ("start", "watch", "hint", "solution", "reset", "history"):
        assert complete(f"judge {command} max") == ["plain,max-subarray"], command


def test_commands_complete():
    assert complete("judge re") == ["plain,report", "plain,reset", "plain,review"]
    assert "plain,stats" in complete("judge st") and "plain,try" in complete("judge t")


def test_zsh_and_fish_get_the_slug_with_its_title():
    title = catalog.find_challenge("max-subarray").title
    assert complete("judge check max", "zsh") == ["plain", "max-subarray", title]
    # How fish lines are spelled is click's business and has changed between its releases
    # (8.4 writes zsh's three lines); ours is that the slug travels with its title.
    fish = FishComplete(main, {}, "judge", "_JUDGE_COMPLETE")
    expected = fish.format_completion(CompletionItem("max-subarray", help=title))
    assert title in expected
    assert complete("judge check max", "fish") == expected.splitlines()


def test_the_scripts_to_source_exist_for_each_shell():
    for shell in ("bash", "zsh", "fish"):
        result = CliRunner().invoke(
            main, [], prog_name="judge", env={"_JUDGE_COMPLETE": f"{shell}_source"}
        )
        assert result.exit_code == 0 and "_JUDGE_COMPLETE" in result.output, shell
