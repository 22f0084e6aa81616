"""The `judge` command line: parse, call the library, print. No grading logic lives here.

Exit status: 0 accepted (or success), 1 graded and not accepted, 2 a usage error (unknown
challenge, missing file, bad option, unusable state), 3 an internal error of the judge,
130 interrupted. Every `JudgeError` becomes one `Error: <sentence>` line; anything else
that escapes is reported as IE with a request to report it, never as a bare traceback.
"""

from __future__ import annotations

import functools
import json
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from judge import catalog, grading, report, store, workspace
from judge.errors import JudgeError
from judge.verdicts import to_json

EXIT_REJECTED, EXIT_USAGE, EXIT_INTERNAL, EXIT_INTERRUPTED = 1, 2, 3, 130
ISSUE_HINT = "This is a bug in judge, not in your code; please report it with the text above."


class UsageError(click.ClickException):
    exit_code = EXIT_USAGE


def guarded(command: Callable[..., Any]) -> Callable[..., Any]:
    """One boundary for errors: ours become IE, the user's one clear sentence."""

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except JudgeError as exc:
            raise UsageError(str(exc)) from None
        except BrokenPipeError:  # `judge show x | head`: the reader left, nothing to say
            sys.stderr.close()
            sys.exit(0)
        except KeyboardInterrupt:
            click.echo("Interrupted; nothing was recorded for the unfinished run.", err=True)
            sys.exit(EXIT_INTERRUPTED)
        except (click.ClickException, click.exceptions.Exit, SystemExit):
            raise
        except Exception:
            click.echo(traceback.format_exc(), err=True)
            click.echo(f"IE: internal error. {ISSUE_HINT}", err=True)
            sys.exit(EXIT_INTERNAL)

    return wrapper


class TerminalProgress:
    """One self-overwriting status line on stderr, shown only on a terminal and only once a
    check has run for about a second (a fast check stays silent)."""

    DELAY = 1.0

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled
        self.started = time.monotonic()
        self.shown = False

    def __call__(self, message: str) -> None:
        if self.enabled and time.monotonic() - self.started >= self.DELAY:
            click.echo(f"\r\033[K  checking: {message} ...", nl=False, err=True)
            self.shown = True

    def clear(self) -> None:
        if self.shown:
            click.echo("\r\033[K", nl=False, err=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="judge")
def main() -> None:
    """A local judge for interview-style coding challenges."""


@main.command("list")
@guarded
def list_command() -> None:
    """List the challenges with your status on each."""
    challenges = catalog.all_challenges()
    with store.Store(workspace.state_dir()) as db:
        statuses = db.statuses()
    width = max(len(c.slug) for c in challenges)
    click.echo(f"{'challenge':<{width}}  {'difficulty':<10}  {'status':<12}  {'best':>4}  title")
    for challenge in challenges:
        status = statuses.get(challenge.slug, store.NOT_STARTED)
        best = f"{status.best_score:>4}" if status.attempts else "   -"
        click.echo(
            f"{challenge.slug:<{width}}  {challenge.difficulty:<10}  {status.label:<12}  "
            f"{best}  {challenge.title}"
        )


@main.command()
@click.argument("slug")
@guarded
def show(slug: str) -> None:
    """Show a challenge's statement, signature, examples and limits."""
    challenge = catalog.find_challenge(slug)
    click.echo(challenge.statement.rstrip())
    click.echo("")
    click.echo(f"Signature:  {challenge.signature}")
    if challenge.performance:
        spec = challenge.performance
        click.echo(
            f"Time limit: {spec.factor:g} x the reference's time + {spec.floor_seconds:g} s "
            f"at each size, n up to {spec.sizes[-1]:,}"
        )
    for spec in challenge.memory:
        kind = "required" if spec.required else "stretch"
        budget = f"{spec.budget_kb:,} KiB extra at n={spec.size:,}"
        click.echo(f"Tier:       {spec.title}: {budget} ({kind})")
    click.echo(f"Start:      judge start {challenge.slug}")


@main.command()
@click.argument("slug")
@guarded
def start(slug: str) -> None:
    """Write the stub to solutions/<challenge>.py (never overwrites your work)."""
    challenge = catalog.find_challenge(slug)
    path = workspace.start_solution(challenge)
    click.echo(f"Wrote {path}. Solve it, then run: judge check {challenge.slug}")


@main.command()
@click.argument("slug")
@click.option("--file", "file", type=click.Path(dir_okay=True), help="Grade this file instead.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object and nothing else.")
@click.option("--quick", is_flag=True, help="Only the correctness tiers (no speed, no memory).")
@guarded
def check(slug: str, file: str | None, as_json: bool, quick: bool) -> None:
    """Grade your solution of a challenge."""
    challenge = catalog.find_challenge(slug)
    path = workspace.submission_file(challenge, file)
    # Opened first, so an unusable state folder is reported before a long check, and
    # written last, after printing, so a failed write (disk full) never hides the verdict.
    with store.Store(workspace.state_dir()) as db:
        progress = TerminalProgress(enabled=not as_json and sys.stderr.isatty())
        try:
            result = grading.check(challenge, Path(path), quick=quick, progress=progress)
        finally:
            progress.clear()
        if as_json:
            click.echo(json.dumps(to_json(result), ensure_ascii=False))
        else:
            click.echo(report.render_check(result))
        db.record_check(result, Path(path))
    if result.verdict.value == "IE":
        click.echo(f"IE: {ISSUE_HINT}", err=True)
        sys.exit(EXIT_INTERNAL)
    sys.exit(0 if result.accepted else EXIT_REJECTED)


@main.command()
@click.argument("slugs", nargs=-1)
@click.option("--jobs", "-j", type=click.IntRange(1, 16), default=1, help="Checks in parallel.")
@guarded
def verify(slugs: tuple[str, ...], jobs: int) -> None:
    """Check challenge packages: reference AC, stub not, every sample its verdict."""
    from judge import verify as verifier

    challenges = [catalog.find_challenge(s) for s in slugs] or catalog.all_challenges()
    failures = 0
    click.echo(f"{'challenge':<24} {'case':<48} {'want':<7} {'got':<4} {'time':>6}")
    for row in verifier.verify(challenges, jobs=jobs):
        failures += not row.ok
        mark = "ok" if row.ok else "MISMATCH"
        click.echo(
            f"{row.case.slug:<24} {row.case.label:<48} {row.case.want:<7} {row.got:<4} "
            f"{row.seconds:>5.1f}s {mark}" + (f"  ({row.detail})" if not row.ok else "")
        )
    if failures:
        click.echo(f"{failures} case(s) did not get their expected verdict.")
        sys.exit(EXIT_REJECTED)
    click.echo("All cases got their expected verdicts.")
