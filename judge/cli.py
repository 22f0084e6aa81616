"""The `judge` command line: parse, call the library, print. No grading logic lives here.

Exit status: 0 accepted (or success), 1 graded and not accepted, 2 a usage error (unknown
challenge, missing file, bad option, unusable state), 3 an internal error of the judge,
130 interrupted. Every `JudgeError` becomes one `Error: <sentence>` line; anything else
that escapes is reported as IE with a request to report it, never as a bare traceback.
"""

from __future__ import annotations

import functools
import json
import signal
import sys
import threading
import time
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import click

from judge.challenge import catalog
from judge.errors import JudgeError
from judge.grading.growth import parse_claim
from judge.grading.results import CheckResult, to_json
from judge.practice import attempt, clock, learner, rounds, scorecard, store, workspace
from judge.render import rounds as round_text
from judge.render.scorecard import render_scorecard
from judge.render.terminal import render_check
from judge.verdicts import Verdict

EXIT_REJECTED, EXIT_USAGE, EXIT_INTERNAL, EXIT_INTERRUPTED, EXIT_TERMINATED = 1, 2, 3, 130, 143


class Terminated(BaseException):
    """SIGTERM (or SIGHUP): unwinds like Ctrl-C, so every worker is closed on the way out."""


def _terminate(signum: int, frame: object) -> None:
    # Later signals must not cut the clean-up short.
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    signal.signal(signal.SIGHUP, signal.SIG_IGN)
    raise Terminated


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
        except Terminated:
            click.echo("Terminated; nothing was recorded for the unfinished run.", err=True)
            sys.exit(EXIT_TERMINATED)
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


def complete_slug(
    ctx: click.Context, param: click.Parameter, incomplete: str
) -> list[click.shell_completion.CompletionItem]:
    """Shell completion of a challenge's slug (hyphens or underscores, as typed)."""
    try:
        challenges = catalog.all_challenges()
    except (JudgeError, OSError):  # a broken catalogue must not break the shell
        return []
    typed = incomplete.lower().replace("_", "-")
    return [
        click.shell_completion.CompletionItem(c.slug, help=c.title)
        for c in challenges
        if c.slug.startswith(typed)
    ]


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="judge")
@click.pass_context
def main(ctx: click.Context) -> None:
    """A local judge for interview-style coding challenges."""
    if threading.current_thread() is threading.main_thread():
        previous = {sig: signal.signal(sig, _terminate) for sig in (signal.SIGTERM, signal.SIGHUP)}
        ctx.call_on_close(lambda: [signal.signal(sig, old) for sig, old in previous.items()])


def repeatable_choice(flag: str, name: str, choices: Sequence[str], help: str) -> Any:
    """An option that may be given several times, each one of `choices`."""
    return click.option(flag, name, type=click.Choice(choices), multiple=True, help=help)


@main.command("list")
@click.option("--tag", "tags", multiple=True, help="Only challenges with this tag (repeatable).")
@repeatable_choice(
    "--difficulty", "difficulties", catalog.DIFFICULTIES, "Only these difficulties (repeatable)."
)
@repeatable_choice(
    "--status",
    "statuses_wanted",
    learner.STATUSES,
    "Only challenges in this state (repeatable); solved includes due.",
)
@guarded
def list_command(
    tags: tuple[str, ...], difficulties: tuple[str, ...], statuses_wanted: tuple[str, ...]
) -> None:
    """List the challenges with your status on each."""
    from judge.practice import review

    catalogue = catalog.all_challenges()
    with store.Store(workspace.state_dir()) as db:
        statuses = db.statuses()
        due = {entry.card.challenge for entry in review.queue(db, catalogue).due}
    challenges = learner.select(catalogue, statuses, due, tags, difficulties, statuses_wanted)
    if not challenges:
        click.echo("No challenge matches these filters.")
        return
    from judge.render.catalogue import catalogue_text

    click.echo(catalogue_text(challenges, statuses, due))


@main.command()
@click.argument("slug", shell_complete=complete_slug)
@guarded
def show(slug: str) -> None:
    """Show a challenge's statement, signature, examples and limits."""
    challenge = catalog.find_challenge(slug)
    click.echo(challenge.statement.rstrip())
    click.echo("")
    click.echo(f"Signature:  {challenge.signature}")
    if challenge.compare == "approx":
        click.echo(f"Compared:   within rtol {challenge.rtol:g}, atol {challenge.atol:g}")
    if challenge.performance:
        spec = challenge.performance
        whose = "the vectorised reference's" if spec.limit == "vectorised" else "the reference's"
        kind = (
            " (a vectorised limit: the constant factor counts)"
            if spec.limit == "vectorised"
            else ""
        )
        click.echo(
            f"Time limit: {spec.factor:g} x {whose} time + {spec.floor_seconds:g} s "
            f"at each size, n up to {spec.sizes[-1]:,}{kind}"
        )
    for spec in challenge.memory:
        kind = "required" if spec.required else "stretch"
        budget = f"{spec.budget_kb:,} KiB extra at n={spec.size:,}"
        click.echo(f"Tier:       {spec.title}: {budget} ({kind})")
    click.echo(f"Start:      judge start {challenge.slug}")


@main.command()
@click.argument("slug", shell_complete=complete_slug)
@guarded
def start(slug: str) -> None:
    """Write the stub to solutions/<challenge>.py (never overwrites your work)."""
    challenge = catalog.find_challenge(slug)
    path = workspace.start_solution(challenge)
    click.echo(f"Wrote {path}. Solve it, then run: judge check {challenge.slug}")


@main.command()
@click.argument("slug", shell_complete=complete_slug)
@click.option("--file", "file", type=click.Path(dir_okay=True), help="Grade this file instead.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object and nothing else.")
@click.option("--quick", is_flag=True, help="Only the correctness tiers (no speed, no memory).")
@click.option(
    "--complexity",
    metavar="O(...)",
    help="The complexity you believe your code has, e.g. 'O(n log n)' (or write a line "
    "'# complexity: O(n log n)' in your file); the check says whether the timing agrees.",
)
@guarded
def check(slug: str, file: str | None, as_json: bool, quick: bool, complexity: str | None) -> None:
    """Grade your solution of a challenge (in a round: the round's file)."""
    challenge = catalog.find_challenge(slug)
    claim = None
    if complexity is not None:
        claim = parse_claim(f"complexity: {complexity}")
        if claim is None:
            raise UsageError(
                f"--complexity {complexity!r} is not a class the judge measures; use one of "
                "O(1), O(log n), O(n), O(n log n), O(n^2), O(n^3), O(2^n)."
            )

    def show(result: CheckResult) -> None:
        progress.clear()
        if as_json:
            # ASCII only: no byte a submission wrote can reach a terminal that shows the JSON.
            click.echo(json.dumps(to_json(result), ensure_ascii=True))
        elif result.graded:
            click.echo(render_check(result))
        else:
            click.echo(round_text.load_check_text(result))

    # Opened first, so an unusable state folder is reported before a long check; the result
    # is shown before it is recorded, so a failed write (disk full) never hides the verdict.
    with store.Store(workspace.state_dir()) as db:
        progress = TerminalProgress(enabled=not as_json and sys.stderr.isatty())
        try:
            outcome = attempt.check_and_record(
                db, challenge, file, quick=quick, progress=progress, show=show, claim=claim
            )
        except attempt.NotStarted as exc:  # not a usage error: there is just nothing to grade
            click.echo(str(exc), err=as_json)
            sys.exit(EXIT_REJECTED)
        finally:
            progress.clear()
    # With --json, stdout keeps its one object: the round's words go to stderr.
    if outcome.note:
        click.echo(round_text.round_note_text(outcome.note), err=as_json)
    if outcome.settled:
        click.echo(f"Time is up.\n{render_scorecard(outcome.settled)}", err=as_json)
    sys.exit(exit_status(outcome.result))


def exit_status(result: CheckResult) -> int:
    if not result.graded:  # a whiteboard round's load check: does the file load?
        return 0 if result.verdict is Verdict.AC else EXIT_REJECTED
    if result.verdict is Verdict.IE:
        click.echo(f"IE: {ISSUE_HINT}", err=True)
        return EXIT_INTERNAL
    return 0 if result.accepted else EXIT_REJECTED


@main.command()
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object and nothing else.")
@guarded
def doctor(as_json: bool) -> None:
    """Say which protections the sandbox has on this machine."""
    from judge.engine.sandbox import protections
    from judge.render.doctor import doctor_text

    report = protections()
    click.echo(json.dumps(report) if as_json else doctor_text(report))


@main.command()
@click.argument("slugs", nargs=-1)
@click.option("--jobs", "-j", type=click.IntRange(1, 16), default=1, help="Checks in parallel.")
@guarded
def verify(slugs: tuple[str, ...], jobs: int) -> None:
    """Check challenge packages: reference AC, stub not, every sample its verdict."""
    from judge.grading import verify as verifier

    packages = verifier.prepare(slugs)  # every author mistake, before anything is graded
    for problem in packages.problems:
        where = workspace.display_path(problem.path)
        where += f":{problem.line}" if problem.line else ""
        click.echo(f"{where}: {problem.message}")
    mismatches: list[str] = []
    if packages.sound:
        if packages.problems:
            click.echo("")
        click.echo(f"{'challenge':<24} {'case':<48} {'want':<7} {'got':<4} {'time':>6}")
    folders = workspace.grading_folders(salted=False)
    for row in verifier.verify(packages.sound, folders, jobs=jobs):
        line = (
            f"{row.case.slug:<24} {row.case.label:<48} {row.case.want:<7} {row.got:<4} "
            f"{row.seconds:>5.1f}s "
        )
        if row.ok:
            click.echo(line + "ok")
        else:
            mismatches.append(line + f"MISMATCH  ({row.detail})")
            click.echo(mismatches[-1])
    if packages.problems:
        click.echo(
            f"{len(packages.problems)} problem(s) in the challenge packages (listed first); "
            "a package with problems was not run."
        )
    if mismatches:
        # Said again last: a log cut to its tail (a CI summary) must still name them.
        click.echo(f"{len(mismatches)} case(s) did not get their expected verdict:")
        for line in mismatches:
            click.echo(f"  {line}")
    if packages.problems or mismatches:
        sys.exit(EXIT_REJECTED)
    click.echo("All cases got their expected verdicts.")


class GradingBar:
    """click's progress bar for `judge grade` (done / total, rate, time left), on a
    terminal only; elsewhere silent."""

    def __init__(self, enabled: bool) -> None:
        self.enabled, self.bar, self.done, self.started = enabled, None, 0, time.monotonic()

    def rate(self, _item: object) -> str:
        minutes = (time.monotonic() - self.started) / 60
        return f"{self.done / minutes:.1f} files/min" if self.done and minutes else ""

    def __call__(self, done: int, total: int) -> None:
        if not self.enabled:
            return
        if self.bar is None:
            self.bar = click.progressbar(
                length=total,
                label="Grading",
                file=sys.stderr,
                show_pos=True,
                show_eta=True,
                item_show_func=self.rate,
            )
            self.bar.__enter__()
        self.bar.update(done - self.done, current_item=done)
        self.done = done

    def close(self) -> None:
        if self.bar is not None:
            self.bar.__exit__(None, None, None)
            self.bar = None


@main.command("grade")
@click.argument("folder", type=click.Path(path_type=Path))
@click.option(
    "--challenge",
    "slug",
    shell_complete=complete_slug,
    help="One file per person (alice.py), all for this challenge.",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("grades"),
    show_default=True,
    help="The folder for the gradebook, the reports and the run's state.",
)
@click.option(
    "--jobs",
    "-j",
    type=click.IntRange(1, 256),
    help="Local Dask workers, one grading each [default: one per core].",
)
@click.option("--cluster", metavar="ADDRESS", help="Grade on this Dask scheduler's workers.")
@click.option("--quick", is_flag=True, help="Only the correctness tiers (no speed, no memory).")
@click.option(
    "--format",
    "formats",
    type=click.Choice(["gradescope"]),
    multiple=True,
    help="Also write Gradescope's results.json per file and per person.",
)
@click.option(
    "--trust-files",
    is_flag=True,
    help="Grade even where the sandbox's jail is incomplete (you trust every file).",
)
@guarded
def grade(
    folder: Path,
    slug: str | None,
    output: Path,
    jobs: int | None,
    cluster: str | None,
    quick: bool,
    formats: tuple[str, ...],
    trust_files: bool,
) -> None:
    """Grade a folder of people's files into a gradebook and a report.

    FOLDER holds one folder per person with files named as in solutions/
    (alice/max_subarray.py), or, with --challenge, one file per person (alice.py). A rerun
    grades only new or changed files.
    """
    from judge.cohort import gradebook, gradescope
    from judge.cohort.run import GradingInterrupted, grade_cohort
    from judge.render import cohort_report

    if jobs and cluster:
        raise UsageError("--jobs sets the local workers; with --cluster the scheduler's grade.")
    bar = GradingBar(enabled=sys.stderr.isatty())
    try:
        outcome = grade_cohort(
            folder,
            output,
            slug,
            jobs=jobs,
            cluster=cluster,
            quick=quick,
            trust_files=trust_files,
            progress=bar,
        )
    except GradingInterrupted as stop:
        bar.close()
        click.echo(
            f"Interrupted: the {stop.graded} file(s) graded in this run are kept in "
            f"{stop.state}; run the same command again to grade the {stop.left} left.",
            err=True,
        )
        sys.exit(EXIT_INTERRUPTED)
    except Terminated:
        bar.close()
        click.echo(
            f"Terminated: the files graded so far are kept in {output / 'state.sqlite'}; run "
            "the same command again to grade the rest.",
            err=True,
        )
        sys.exit(EXIT_TERMINATED)
    finally:
        bar.close()
    texts = cohort_report.write(outcome)
    written = [*gradebook.write(outcome), output / cohort_report.REPORT]
    if "gradescope" in formats:
        gradescope.write(outcome, texts)
        written.append(output / gradescope.FOLDER)
    click.echo(cohort_report.summary_text(outcome, written))
    if outcome.internal_errors:
        click.echo(f"IE: {ISSUE_HINT}", err=True)
        sys.exit(EXIT_INTERNAL)
    if outcome.refused:
        sys.exit(EXIT_REJECTED)


# -- The learner's loop: watch, hint, solution, reset, next (practice.watch, practice.learner) --


@main.command("try", context_settings={"ignore_unknown_options": True})
@click.argument("slug", shell_complete=complete_slug)
@click.argument("inputs", nargs=-1, type=click.UNPROCESSED)
@click.option("--file", "file", type=click.Path(dir_okay=True), help="Run this file instead.")
@click.option(
    "--debug", is_flag=True, help="Run your function here under pdb, outside the sandbox."
)
@guarded
def try_command(slug: str, inputs: tuple[str, ...], file: str | None, debug: bool) -> None:
    """Run your function on an input you type, next to the reference's answer.

    Each INPUT is a Python literal, one per argument; a string needs quotes inside the
    shell's. A challenge with a harness takes the plain data its examples use (judge show
    lists them). Nothing is recorded. For example:

    \b
      judge try max-subarray "[1, -2, 3]"
      judge try is-palindrome "'abba'"
      judge try missing-element "[4, 1, 3]" "[1, 4]"
    """
    from judge.practice import trial
    from judge.render.trial import debug_banner, render_trial

    challenge = catalog.find_challenge(slug)
    with store.Store(workspace.state_dir()) as db:
        try:
            path = trial.trial_file(db, challenge, file)
        except attempt.NotStarted as exc:
            click.echo(str(exc))
            sys.exit(EXIT_REJECTED)
    prepared = trial.prepare(challenge, inputs)
    if debug:
        click.echo(debug_banner(challenge.function))
        result = trial.debug_trial(prepared, path)
    else:
        result = trial.run_trial(prepared, path)
    click.echo(render_trial(result))
    sys.exit(0 if result.verdict is Verdict.AC else EXIT_REJECTED)


@main.command("watch")
@click.argument("slug", required=False, shell_complete=complete_slug)
@click.option(
    "--next", "move_on", is_flag=True, help="Once accepted, move on to the next unsolved one."
)
@guarded
def watch_command(slug: str | None, move_on: bool) -> None:
    """Grade your solution again each time you save it (Ctrl-C to stop)."""
    from judge.practice import watch
    from judge.render.watch import watch_message

    on_terminal = sys.stdout.isatty()
    events = watch.watch(slug, move_on=move_on)
    try:
        for event in events:
            if on_terminal and isinstance(event, watch.GradingStarted):
                click.clear()  # the latest verdict at a glance, not scrolled away
            click.echo(watch_message(event))
    except KeyboardInterrupt:  # the way out of a watch: not an interruption of anything
        click.echo(("\n" if on_terminal else "") + "Stopped watching.")  # after the ^C
    finally:
        events.close()  # stops a running grading and its workers


@main.command()
@click.argument("slug", shell_complete=complete_slug)
@guarded
def hint(slug: str) -> None:
    """Show the next hint for a challenge (the hints you use are recorded)."""
    import textwrap

    challenge = catalog.find_challenge(slug)
    with store.Store(workspace.state_dir()) as db:
        shown = learner.next_hint(db, challenge)
    click.echo(f"Hint {shown.number} of {shown.total} for {challenge.slug}:")
    click.echo(textwrap.fill(shown.text, width=96, initial_indent="  ", subsequent_indent="  "))
    if not shown.last:
        click.echo(f"Run 'judge hint {challenge.slug}' again for the next one.")
    else:
        again = "You have seen every hint. " if shown.repeated else "That was the last hint. "
        click.echo(again + f"After a graded attempt, 'judge solution {challenge.slug}' shows one.")


@main.command()
@click.argument("slug", shell_complete=complete_slug)
@click.option("--force", is_flag=True, help="Show it even before your first graded attempt.")
@guarded
def solution(slug: str, force: bool) -> None:
    """Show the reference solution, once you have made a graded attempt."""
    challenge = catalog.find_challenge(slug)
    with store.Store(workspace.state_dir()) as db:
        text = learner.reveal_reference(db, challenge, force=force)
    click.echo(f"Reference solution for {challenge.slug} ({challenge.path('reference.py')}):")
    click.echo("")
    click.echo(text.rstrip())


@main.command()
@click.argument("slug", required=False, shell_complete=complete_slug)
@click.option("--all", "everything", is_flag=True, help="Every solution file back to its stub.")
@click.option("--yes", is_flag=True, help="With --all: do not ask for confirmation.")
@guarded
def reset(slug: str | None, everything: bool, yes: bool) -> None:
    """Put the stub back in your solution file, keeping the old file as a backup."""
    if everything == bool(slug):
        raise UsageError("Name one challenge to reset, or give --all for every solution file.")
    if not everything:
        done = learner.reset_solution(catalog.find_challenge(slug))
        if done.backup is None:
            click.echo(f"{done.path} already is the untouched stub; nothing was changed.")
        else:
            click.echo(
                f"Put the stub back in {done.path}; your previous file is kept as {done.backup}."
            )
        return
    challenges = catalog.all_challenges()
    files = learner.files_to_reset(challenges)
    if not files:
        click.echo("Every solution file already is the untouched stub; nothing was changed.")
        return
    if not yes:
        names = ", ".join(workspace.display_path(path) for path in files)
        try:
            agreed = click.confirm(
                f"Put the stub back in {len(files)} solution file(s) ({names})? "
                f"Each old file is kept in solutions/{learner.BACKUP_FOLDER}/."
            )
        except click.exceptions.Abort:  # no answer at all (end of input, Ctrl-C)
            agreed = False
            click.echo("")
        if not agreed:
            click.echo("Nothing was changed.")
            sys.exit(EXIT_REJECTED)
    count = 0
    for done in learner.reset_all(challenges):
        count += 1
        click.echo(
            f"Put the stub back in {done.path}; your previous file is kept as {done.backup}."
        )
    click.echo(f"Reset {count} solution file(s).")


@main.command("next")
@guarded
def next_command() -> None:
    """Suggest what to do next: a due review, else the next unsolved challenge."""
    from judge.practice import review
    from judge.render.review import next_review_text

    challenges = catalog.all_challenges()
    with store.Store(workspace.state_dir()) as db:
        statuses = db.statuses()
        queue = review.queue(db, challenges)
    if queue.due:
        click.echo(next_review_text(queue.due[0], queue.now))
        return
    challenge = learner.next_challenge(challenges, statuses)
    if challenge is None:
        click.echo("Every challenge is solved.")
        return
    status = statuses.get(challenge.slug, store.NOT_STARTED)
    so_far = (
        f"; {status.attempts} attempt(s), best {status.best_score}/100" if status.attempts else ""
    )
    click.echo(f"Next: {challenge.slug} ({challenge.difficulty}): {challenge.title}{so_far}")
    if workspace.solution_path(challenge).is_file():
        click.echo(f"Run:  judge watch {challenge.slug}   (or judge check {challenge.slug})")
    else:
        click.echo(f"Run:  judge start {challenge.slug}")


@main.group("review", invoke_without_command=True)
@click.pass_context
@guarded
def review_group(ctx: click.Context) -> None:
    """The review queue: solved challenges due for another go, most overdue first.

    The schedule is SM-2, computed from your attempts: it grows after a clean solve and
    shrinks after one with rejected checks or hints (see the README).
    """
    if ctx.invoked_subcommand is not None:
        return
    from judge.practice import review
    from judge.render.review import render_queue

    with store.Store(workspace.state_dir()) as db:
        queue = review.queue(db, catalog.all_challenges())
    click.echo(render_queue(queue))


@review_group.command("start")
@click.argument("slug", shell_complete=complete_slug)
@guarded
def review_start(slug: str) -> None:
    """Write a fresh stub for a due review to solutions/review/ (your file is kept)."""
    from judge.practice import review
    from judge.render.review import started_text

    challenge = catalog.find_challenge(slug)
    with store.Store(workspace.state_dir()) as db:
        click.echo(started_text(review.start_review(db, challenge)))


# -- Rounds, history and the HTML report (practice.rounds, practice.history, render.html_page) --


def _settle_round(db: store.Store, err: bool = False) -> None:
    """The clock ran out since the last command: grade the round now, show its scorecard."""
    progress = TerminalProgress(enabled=sys.stderr.isatty())
    try:
        card = rounds.settle(db, progress=progress)
    finally:
        progress.clear()
    if card:
        click.echo(f"Time is up.\n{render_scorecard(card)}", err=err)


@main.group("round")
def round_group() -> None:
    """Timed rounds: start, status, end, abandon."""


@round_group.command("start")
@click.argument("slugs", nargs=-1, shell_complete=complete_slug)
@click.option(
    "--minutes",
    type=click.IntRange(1, 24 * 60),
    default=rounds.DEFAULT_MINUTES,
    show_default=True,
    help="How long the round lasts.",
)
@click.option(
    "--count", type=click.IntRange(1, 100), help=f"How many to pick [{rounds.DEFAULT_COUNT}]."
)
@repeatable_choice(
    "--difficulty",
    "difficulties",
    catalog.DIFFICULTIES,
    "Pick among these difficulties only (repeatable).",
)
@click.option("--seed", type=int, help="Pick reproducibly: the same seed picks the same.")
@click.option(
    "--mode",
    type=click.Choice(rounds.MODES),
    default="practice",
    show_default=True,
    help="practice: checks graded and counted; whiteboard: graded only at the end.",
)
@click.option("--quick", is_flag=True, help="Grade correctness only at the end (no speed).")
@guarded
def round_start(
    slugs: tuple[str, ...],
    minutes: int,
    count: int | None,
    difficulties: tuple[str, ...],
    seed: int | None,
    mode: str,
    quick: bool,
) -> None:
    """Start a timed round: fresh files in rounds/<id>/, a clock that survives a reboot."""
    with store.Store(workspace.state_dir()) as db:
        _settle_round(db)
        started = rounds.start_round(
            db, slugs, count, difficulties, seed, minutes=minutes, mode=mode, quick=quick
        )
    click.echo(round_text.started_text(started))


@round_group.command("status")
@guarded
def round_status() -> None:
    """Time left, and each problem's latest verdict and attempts."""
    with store.Store(workspace.state_dir()) as db:
        _settle_round(db)
        current = rounds.running_round(db)
        card = scorecard.for_round(db, current) if current else None
        click.echo(round_text.status_text(current, card, clock.now()))


@round_group.command("end")
@guarded
def round_end() -> None:
    """End the round now: grade every file and show the scorecard."""
    with store.Store(workspace.state_dir()) as db:
        progress = TerminalProgress(enabled=sys.stderr.isatty())
        try:
            card = rounds.end_round(db, progress=progress)
        finally:
            progress.clear()
    click.echo(render_scorecard(card))


@round_group.command("abandon")
@guarded
def round_abandon() -> None:
    """End the round without a score (its files stay)."""
    with store.Store(workspace.state_dir()) as db:
        click.echo(round_text.abandoned_text(rounds.abandon_round(db)))


@main.command("history")
@click.argument("slug", required=False, shell_complete=complete_slug)
@guarded
def history_command(slug: str | None) -> None:
    """List graded attempts: when, challenge, verdict, score, time, round, file."""
    from judge.practice import history
    from judge.render.history import render_help, render_history

    challenge = catalog.find_challenge(slug) if slug else None
    with store.Store(workspace.state_dir()) as db:
        rows = history.history(db, challenge.slug if challenge else None)
        slugs = [challenge.slug] if challenge else [c.slug for c in catalog.all_challenges()]
        help_lines = render_help({s: history.help_used(db, s) for s in slugs})
    click.echo(render_history(rows))
    if help_lines:
        click.echo(help_lines)


@main.command("stats")
@guarded
def stats_command() -> None:
    """Your progress: solved per difficulty and tag, streak, attempts, hints, time to accept."""
    from judge.practice import stats
    from judge.render.stats import render_stats

    with store.Store(workspace.state_dir()) as db:
        numbers = stats.from_store(db, catalog.all_challenges())
    click.echo(render_stats(numbers))


@main.command("report")
@click.option("--round", "round_id", type=int, help="The scorecard of this round only.")
@click.option("-o", "--output", type=click.Path(), help="Where to write the HTML file.")
@guarded
def report_command(round_id: int | None, output: str | None) -> None:
    """Write an HTML report: scorecard, verdict history, speed plots (offline, printable)."""
    from judge.render import html_page as html_report

    with store.Store(workspace.state_dir()) as db:
        html = html_report.render_report(db, round_id)
    target = Path(output) if output else html_report.default_path(workspace.workspace(), round_id)
    click.echo(f"Wrote {html_report.write_report(html, target)}")
