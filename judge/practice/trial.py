"""`judge try`: your function on an input you type, next to the reference's answer.

The arguments are Python literals, parsed with `ast.literal_eval` (never `eval`: nothing
typed here runs), one per argument of the function, or for a challenge with a harness (linked
lists, files) one per item of the plain data its examples use. Each one is checked against
the contract before anything runs: the number of arguments, and the type the signature
annotates (type-exact, as grading is: `True` is not an `int`) or, where the signature says
nothing or a harness builds the arguments, the type of the examples' values. The reference
answers in this process, as it does in a check; the submission runs in a sandboxed worker
(`LoadedSubmission`), and the answers are compared exactly as the examples tier compares them
(`SolutionProxy.check`: the challenge's compare mode, read-only inputs, the same feedback).
The call is timed from outside, on the worker's CPU clock.

`debug_trial` is the one exception to "a submission never runs in the judge's process": on
the learner's explicit `--debug`, their file is imported here and their function is run
under pdb, without limits or timing, so they can step through their own code. It is refused
during a whiteboard round, as hints are (a practice round runs your code at every check, so
trying it there is allowed). Nothing here is recorded, and nothing prints: the CLI prints
what `judge.render.trial` makes of a `Trial`.
"""

from __future__ import annotations

import ast
import bdb
import importlib.util
import shlex
import shutil
import sys
import tempfile
import traceback
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from judge.challenge.catalog import Challenge
from judge.challenge.code import load_tests
from judge.engine import canonical
from judge.errors import JudgeError
from judge.grading.answers import judge_answer
from judge.grading.correctness import case_failure
from judge.grading.proxy import GradingStopped, SolutionProxy, SubmissionError, WrongAnswer
from judge.grading.reference import Reference, ReferenceFailed
from judge.grading.submission import OUTPUT_SHOWN, LoadedSubmission
from judge.practice import review, rounds, workspace
from judge.practice.attempt import refuse_untouched
from judge.practice.learner import LockedDuringRound
from judge.practice.store import Store
from judge.verdicts import Failure, Verdict

SENDABLE = (type(None), bool, int, float, str, list, tuple, dict)
# Annotations by name: the exact types that fit (a float parameter takes an int too).
SIMPLE_TYPES: dict[str, tuple[type, ...]] = {
    "int": (int,),
    "float": (float, int),
    "str": (str,),
    "bool": (bool,),
    "list": (list,),
    "dict": (dict,),
    "tuple": (tuple,),
    "None": (type(None),),
}


class BadInput(JudgeError):
    """What was typed cannot be given to the function: one sentence says why."""


class DebuggerQuit(JudgeError):
    pass


@dataclass(frozen=True)
class Parameter:
    name: str  # as the learner reads it: "nums: list[int]"
    annotation: ast.expr | None  # what the value must fit; None: see `example`
    example: Any = None  # an example's value at this position (the plain form)
    has_example: bool = False


@dataclass(frozen=True)
class Contract:
    challenge: Challenge
    parameters: list[Parameter]
    example: list[Any] | None  # the first example's data

    def example_command(self) -> str:
        """judge try SLUG '<literal>' ..., quoted for a shell."""
        if self.example is None:
            return ""
        literals = " ".join(shell_word(repr(value)) for value in self.example)
        return f"judge try {self.challenge.slug} {literals}"


def package_accept(challenge: Challenge) -> Any:
    """The package's `accept(args, expected, got)` (compare = "accept"), if it has one."""
    if challenge.compare != "accept":
        return None
    return getattr(load_tests(challenge), "accept", None)


def shell_word(text: str) -> str:
    """A literal as a shell reads it back: in double quotes when nothing in it is special
    there (Python's repr uses single quotes), else as shlex quotes it."""
    if not any(c in text for c in '"$`\\!'):
        return f'"{text}"'
    return shlex.quote(text)


@dataclass(frozen=True)
class Trial:
    """What came of one try: the answers side by side, and the feedback of a check."""

    challenge: str
    file: Path
    input: str  # as failure reports show it
    expected: str  # the reference's answer
    verdict: Verdict  # AC: the same answer as the reference's
    got: str | None = None  # yours; None when your function gave none
    failure: Failure | None = None
    cpu_seconds: float | None = None  # None under --debug (not timed)
    wall_seconds: float | None = None
    output: str = ""  # what your code printed (in the sandbox), capped
    output_truncated: bool = False
    debugged: bool = False


# -- the contract and the typed arguments -----------------------------------------------------
def _signature_parameters(challenge: Challenge) -> list[tuple[str, ast.expr | None]]:
    try:
        tree = ast.parse(challenge.signature.strip().rstrip(":") + ": pass")
        function = tree.body[0]
    except (SyntaxError, IndexError):
        return []
    if not isinstance(function, ast.FunctionDef):
        return []
    return [(arg.arg, arg.annotation) for arg in function.args.args]


def read_contract(challenge: Challenge) -> Contract:
    """What an input must look like: the signature, or the examples' plain data."""
    examples = list(getattr(load_tests(challenge), "EXAMPLES", []))
    example = list(examples[0].args) if examples else None
    declared = _signature_parameters(challenge)
    count = len(example) if example is not None else len(declared)
    parameters = []
    for index in range(count):
        has_example = example is not None
        value = example[index] if has_example else None
        if index < len(declared) and (len(declared) == count):
            name, annotation = declared[index]
            text = f"{name}: {ast.unparse(annotation)}" if annotation else name
        else:  # a harness turns the data into other arguments (two paths from one text)
            name, annotation, text = f"input {index + 1}", None, f"input {index + 1}"
        if challenge.harness_file:  # the data is not what the function is called with
            annotation = None
        parameters.append(Parameter(text, annotation, value, has_example))
    return Contract(challenge, parameters, example)


def _short(value: Any) -> str:
    return canonical.shorten(repr(value), 60)


def _a(noun: str) -> str:
    return f"{'an' if noun[:1] in 'aeiou' else 'a'} {noun}"


def misfit(value: Any, annotation: ast.expr | None) -> str | None:
    """Why the value does not fit the annotation, type-exactly ("True is a bool, not an
    int"), or None when it fits. Annotations we do not know fit everything."""
    if annotation is None:
        return None
    kind = type(value).__name__
    if isinstance(annotation, ast.Constant):
        return (
            None if annotation.value is None and value is None else f"{_short(value)} is not None"
        )
    if isinstance(annotation, ast.BinOp) and isinstance(annotation.op, ast.BitOr):
        if misfit(value, annotation.left) is None or misfit(value, annotation.right) is None:
            return None
        return f"{_short(value)} is {_a(kind)}, not {ast.unparse(annotation)}"
    if isinstance(annotation, ast.Name):
        wanted = SIMPLE_TYPES.get(annotation.id)
        if wanted is None or type(value) in wanted:
            return None
        return f"{_short(value)} is {_a(kind)}, not {_a(annotation.id)}"
    if not (isinstance(annotation, ast.Subscript) and isinstance(annotation.value, ast.Name)):
        return None
    base, inner = annotation.value.id, annotation.slice
    items = list(inner.elts) if isinstance(inner, ast.Tuple) else [inner]
    if base == "Optional":
        return None if value is None else misfit(value, items[0])
    if base not in ("list", "dict", "tuple"):
        return None
    if type(value).__name__ != base:
        return f"{_short(value)} is {_a(kind)}, not {_a(base)}"
    if base == "list":
        pairs = [(item, items[0]) for item in value]
    elif base == "dict" and len(items) == 2:
        pairs = [pair for k, v in value.items() for pair in ((k, items[0]), (v, items[1]))]
    elif len(items) == 2 and isinstance(items[1], ast.Constant) and items[1].value is ...:
        pairs = [(item, items[0]) for item in value]
    elif base == "tuple":
        if len(value) != len(items):
            return f"{_short(value)} has {len(value)} items, not {len(items)}"
        pairs = list(zip(value, items, strict=True))
    else:
        return None
    return next((why for why in (misfit(v, a) for v, a in pairs) if why), None)


def _unsendable(value: Any) -> str | None:
    """The name of a type in `value` that cannot be sent to a worker, or None."""
    stack = [value]
    while stack:
        item = stack.pop()
        if type(item) not in SENDABLE:
            return type(item).__name__
        if type(item) in (list, tuple):
            stack.extend(item)
        elif type(item) is dict:
            stack.extend(item.keys())
            stack.extend(item.values())
    return None


def parse_literal(text: str) -> Any:
    """One argument as typed: a Python literal, never evaluated as code."""
    try:
        return ast.literal_eval(text.strip())
    except (ValueError, TypeError, SyntaxError, MemoryError, RecursionError):
        raise BadInput(
            f"{text!r} is not a Python literal: write numbers as 3 or -2.5, lists as [1, 2], "
            "True, False or None, and strings in quotes, which a shell needs quoted again: "
            "\"'abc'\"."
        ) from None


def parse_inputs(contract: Contract, texts: Sequence[str]) -> list[Any]:
    """The call's data, as plain values, from the arguments typed; BadInput if they do not
    fit the contract."""
    slug, parameters = contract.challenge.slug, contract.parameters
    if len(texts) != len(parameters):
        names = ", ".join(p.name for p in parameters)
        plural = "s" if len(parameters) != 1 else ""
        example = contract.example_command()
        raise BadInput(
            f"{slug} takes {len(parameters)} argument{plural} ({names}), you gave {len(texts)}"
            + (f"; for example: {example}" if example else "")
            + "."
        )
    data = []
    for text, parameter in zip(texts, parameters, strict=True):
        value = parse_literal(text)
        wrong = _unsendable(value)
        if wrong is not None:
            raise BadInput(
                f"{text} holds a {wrong}, which cannot be given to your function: use lists, "
                "tuples, dicts, strings, numbers, True, False and None."
            )
        if parameter.annotation is not None:
            why = misfit(value, parameter.annotation)
            if why is not None:
                raise BadInput(f"{text} does not fit {parameter.name}, since {why}.")
        elif parameter.has_example and type(value) is not type(parameter.example):
            raise BadInput(
                f"{text} is not written the way {slug}'s examples write {parameter.name}: "
                f"give a {type(parameter.example).__name__} such as {parameter.example!r}."
            )
        data.append(value)
    return data


def _cause(exc: Exception) -> BaseException:
    """What the package's code raised on the typed input (a ReferenceFailed wraps it)."""
    return exc.__cause__ if isinstance(exc, ReferenceFailed) and exc.__cause__ else exc


def reference_answer(reference: Reference, contract: Contract, data: list[Any]) -> Any:
    """The reference's answer; BadInput when the input cannot even be built or answered."""
    slug = contract.challenge.slug
    try:
        reference.untouched(data)  # builds the arguments through the harness
    except Exception as exc:
        example = contract.example_command()
        cause = _cause(exc)
        raise BadInput(
            f"This input does not have the form {slug}'s examples use "
            f"({type(cause).__name__}: {cause})"
            + (f"; for example: {example}." if example else ".")
        ) from None
    try:
        return reference.expected(data)
    except Exception as exc:
        cause = _cause(exc)
        raise BadInput(
            f"The reference solution cannot answer this input ({type(cause).__name__}: "
            f"{cause}); it is probably outside the contract, which 'judge show {slug}' states."
        ) from None


# -- which file, and when it may run ----------------------------------------------------------
def refuse_during_whiteboard(store: Store) -> None:
    current = rounds.active_round(store)
    if current is not None and current.mode == "whiteboard":
        raise LockedDuringRound(
            "Trying your own input is locked during a whiteboard round; "
            "it comes back when the round ends."
        )


def trial_file(store: Store, challenge: Challenge, file: str | None) -> Path:
    """The file a check would grade: the round's, a review's, or the solution (or --file)."""
    refuse_during_whiteboard(store)
    route = rounds.route_check(store, challenge, file)
    if route is not None:
        path = route.path
    elif file is None and (started := review.review_in_progress(store, challenge)):
        path = started
    else:
        path = workspace.submission_file(challenge, file)
    refuse_untouched(challenge, path)
    return path


@dataclass(frozen=True)
class Prepared:
    """A typed input checked against the contract, with the reference's answer to it."""

    challenge: Challenge
    data: list[Any]
    reference: Reference
    expected: Any

    @property
    def shown(self) -> str:
        return self.reference.show_input(self.data)


def prepare(challenge: Challenge, texts: Sequence[str]) -> Prepared:
    """Parse and check the typed arguments, and ask the reference (BadInput if they do not
    fit): done before anything of the learner's runs."""
    contract = read_contract(challenge)
    data = parse_inputs(contract, texts)
    reference = Reference(challenge)
    return Prepared(challenge, data, reference, reference_answer(reference, contract, data))


# -- in the sandbox ---------------------------------------------------------------------------
def run_trial(prepared: Prepared, path: Path) -> Trial:
    """Your function on the typed input, in a sandboxed worker; the reference here."""
    challenge, data, reference = prepared.challenge, prepared.data, prepared.reference
    expected = prepared.expected
    shown, expected_text = prepared.shown, canonical.show(expected)
    with LoadedSubmission(challenge, path) as submission:
        not_loaded = submission.load()
        if not_loaded is not None:
            verdict, failure = not_loaded
            return Trial(challenge.slug, path, shown, expected_text, verdict, failure=failure)
        outcomes = []

        def send(call_data: list[Any]) -> Any:
            outcomes.append(submission.call(call_data))
            return outcomes[-1]

        proxy = SolutionProxy(send, reference, package_accept(challenge))
        got, failure, verdict = None, None, Verdict.AC
        try:
            got = canonical.show(proxy.check(*data, expected=expected))
        except (WrongAnswer, SubmissionError, GradingStopped) as exc:
            verdict, failure = case_failure(proxy, exc, None)
            submission.attach_output(failure)
            got = failure.got
        printed = submission.worker.output()
    timing = outcomes[-1] if outcomes else None
    text = printed.text
    return Trial(
        challenge.slug,
        path,
        shown,
        expected_text,
        verdict,
        got=got,
        failure=failure,
        cpu_seconds=timing.cpu_seconds if timing else None,
        wall_seconds=timing.wall_seconds if timing else None,
        output="" if failure else text[-OUTPUT_SHOWN:],
        output_truncated=not failure and (printed.truncated or len(text) > OUTPUT_SHOWN),
    )


# -- --debug: in this process, under pdb ------------------------------------------------------
def _your_frames(exc: BaseException, path: Path) -> list[str]:
    frames = [
        frame
        for frame in traceback.extract_tb(exc.__traceback__)
        if Path(frame.filename) == path.resolve() or frame.filename == str(path)
    ]
    return traceback.format_list(frames)


def _error(exc: BaseException) -> str:
    return "".join(traceback.format_exception_only(type(exc), exc)).strip()


def _import_yours(path: Path) -> Any:
    spec = importlib.util.spec_from_file_location("judge_debugged_submission", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _debugger() -> Any:
    """pdb, remembering whether the learner quit (pdb's runcall swallows the quit)."""
    import pdb

    class Debugger(pdb.Pdb):
        quit_asked = False

        def set_quit(self) -> None:
            self.quit_asked = True
            super().set_quit()

    # The streams are passed explicitly: pdb would otherwise talk to the process's original
    # ones, not to whatever sys.stdin and sys.stdout are now. On a terminal it keeps input()
    # (line editing and history); elsewhere it reads lines from the stream.
    debugger = Debugger(stdin=sys.stdin, stdout=sys.stdout)
    debugger.use_rawinput = sys.stdin.isatty()
    return debugger


def debug_trial(prepared: Prepared, path: Path, debugger: Any = None) -> Trial:
    """Import your file in this process and run your function under pdb (stopping at its
    first line), then compare its answer with the reference's as a check would. No sandbox,
    no limits, no timing."""
    debugger = debugger or _debugger()
    challenge, data, reference = prepared.challenge, prepared.data, prepared.reference
    expected = prepared.expected
    shown, expected_text = prepared.shown, canonical.show(expected)

    def failed(verdict: Verdict, message: str, exc: BaseException | None = None) -> Trial:
        failure = Failure(message=message, input=shown)
        if exc is not None:
            failure.error, failure.traceback = _error(exc), _your_frames(exc, path)
        return Trial(
            challenge.slug, path, shown, expected_text, verdict, None, failure, debugged=True
        )

    try:
        module = _import_yours(path)
    except (SyntaxError, ImportError, UnicodeDecodeError, ValueError) as exc:
        return failed(Verdict.CE, "Your file could not be loaded.", exc)
    except Exception as exc:
        return failed(Verdict.RE, "Your file failed while it was being loaded.", exc)
    function = getattr(module, challenge.function, None)
    if not callable(function):
        return failed(Verdict.CE, f"{challenge.function} is not defined in {path.name}.")
    folder = Path(tempfile.mkdtemp(prefix="judge-debug-"))
    try:
        args = reference.hooks["build_args"](data, folder)
        try:
            result = debugger.runcall(function, *args)
        except bdb.BdbQuit:
            result = None
            debugger.quit_asked = True
        except Exception as exc:
            return failed(Verdict.RE, "Your function raised an exception.", exc)
        if getattr(debugger, "quit_asked", False):
            raise DebuggerQuit("You quit the debugger; your function's answer was not compared.")
        try:
            value = reference.hooks["collect"](result, args, folder)
            got = canonical.decode(canonical.encode(value))  # type-exact, as from a worker
            after = canonical.encode(reference.hooks["observe"](args))
        except Exception as exc:
            return failed(Verdict.WA, "Your function's result could not be read back.", exc)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
        sys.modules.pop("judge_debugged_submission", None)
    got_text = canonical.show(got)
    untouched = canonical.dumps(after) == canonical.dumps(reference.untouched(data))
    if challenge.read_only_inputs and not untouched:
        failure = Failure(
            message="Your function modified its input, which the contract forbids.",
            input=shown,
            got=got_text,
        )
        return Trial(
            challenge.slug, path, shown, expected_text, Verdict.WA, got_text, failure, debugged=True
        )
    failure = judge_answer(reference, data, expected, got, package_accept(challenge))
    if failure is not None:
        return Trial(
            challenge.slug, path, shown, expected_text, Verdict.WA, got_text, failure, debugged=True
        )
    return Trial(challenge.slug, path, shown, expected_text, Verdict.AC, got_text, debugged=True)
