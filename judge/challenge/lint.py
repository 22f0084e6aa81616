"""An author's mistakes in a challenge package, found without grading anything.

`judge verify` runs these checks on every package before any sample is graded, and lists
every problem found (problemtools' Diagnostics style), each as `path: what is wrong; what
to do`: the `samples/` layout and its `# expect-tier:` pins, `EXAMPLES` and the property
tests' arguments in `test_properties.py`, perf.py's `generate` against the params the
tiers give it, and the README's Examples table against `EXAMPLES`. It imports the
package's trusted files (tests, harness, perf) on the judge's side, but never calls a
solution, a property or a generator.

The README rule (also in the README's "Adding a challenge"): the statement's section
`## Examples` holds a Markdown table with one column per argument, then the answer, then
any notes. A cell is read when it is one code span holding a Python literal (`[1, -2]`,
`"abc"`, `True`), or, for an input, the text the harness's `describe` gives for it (a
linked list drawn as `1 -> 2 -> None`). Each row whose inputs can be read must be one of
`EXAMPLES` (same arguments, exactly), and, when its column is headed "answer", its answer
(when it can be read) must equal that example's expected result (in any order for
`compare = "multiset"`). Cells in words are not compared.
"""

from __future__ import annotations

import ast
import difflib
import inspect
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

from judge.challenge.authoring import Example
from judge.challenge.catalog import Challenge, Problem
from judge.challenge.code import import_file, load_generator, load_tests
from judge.engine import canonical, harness
from judge.verdicts import Verdict

SAMPLE_FOLDERS = {
    "accepted": Verdict.AC,
    "wrong_answer": Verdict.WA,
    "time_limit": Verdict.TLE,
    "memory_limit": Verdict.MLE,
    "runtime_error": Verdict.RE,
    "compile_error": Verdict.CE,
}
TIER_PIN = re.compile(r"^#\s*expect-tier:\s*(.+?)\s*=\s*([A-Z]+)\s*$", re.MULTILINE)
PIN_LIKE = re.compile(r"^#\s*expect[-_ ]?tier\b.*$", re.MULTILINE | re.IGNORECASE)
PINNABLE = tuple(v.value for v in Verdict if v is not Verdict.IE)
IGNORED = ("__pycache__",)  # folders Python itself leaves in a package
SEE = "see 'Adding a challenge' in judge's README"


def tier_pins(path: Path) -> tuple[tuple[str, str], ...]:
    """The `# expect-tier: <title> = <VERDICT>` pins of one sample file."""
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ()
    return tuple((title, verdict) for title, verdict in TIER_PIN.findall(text))


def check_package(challenge: Challenge, tier_titles: list[str]) -> list[Problem]:
    """Every mistake found in one (loaded, valid challenge.toml) package, in file order."""
    problems = list(_samples(challenge, tier_titles))
    tests = _import(challenge.path("test_properties.py"), lambda: load_tests(challenge), problems)
    examples = None
    if tests is not None:
        examples = _examples(challenge, tests, problems)
        problems.extend(_property_tests(challenge, tests))
    problems.extend(_generator(challenge))
    if examples:
        describe = _describe(challenge, problems)
        if describe is not None:
            problems.extend(readme_problems(challenge, examples, describe))
    return problems


def _import(path: Path, load: Callable[[], ModuleType], problems: list) -> ModuleType | None:
    try:
        return load()
    except Exception as exc:  # the author's code: say where, never crash
        line = getattr(exc, "lineno", None) if isinstance(exc, SyntaxError) else None
        problems.append(
            Problem(
                path,
                f"cannot be imported ({type(exc).__name__}: {exc}); fix it (run "
                f"'python {path}' to see the traceback)",
                line,
            )
        )
        return None


# -- samples/ -------------------------------------------------------------------------------


def _samples(challenge: Challenge, tier_titles: list[str]) -> Iterator[Problem]:
    samples = challenge.path("samples")
    folders = ", ".join(SAMPLE_FOLDERS)
    if not samples.is_dir():
        yield Problem(
            samples,
            f"missing; add samples/<verdict>/ folders ({folders}) holding known submissions, "
            f"at least one correct one in samples/accepted/ ({SEE})",
        )
        return
    count = 0
    for entry in sorted(samples.iterdir()):
        if entry.name.startswith(".") or entry.name in IGNORED:
            continue
        if not entry.is_dir():
            yield Problem(
                entry,
                f"not in a verdict folder, so it is never run; move it to one "
                f"of samples/{{{folders}}}/",
            )
        elif entry.name not in SAMPLE_FOLDERS:
            close = difflib.get_close_matches(entry.name, list(SAMPLE_FOLDERS), n=1)
            hint = f"rename it to {close[0]}" if close else f"rename it to one of {folders}"
            yield Problem(entry, f"'{entry.name}' is not a verdict folder; {hint}")
        else:
            for sample in sorted(entry.iterdir()):
                if sample.name.startswith(".") or sample.name in IGNORED:
                    continue
                if sample.suffix != ".py" or not sample.is_file():
                    yield Problem(
                        sample,
                        "not a .py file, so it is never run; rename it to <name>.py or remove it",
                    )
                    continue
                count += 1
                yield from _pins(sample, tier_titles)
    if count == 0:
        yield Problem(
            samples,
            f"holds no sample; add at least one .py file in samples/<verdict>/ ({SEE})",
        )


def _pins(sample: Path, tier_titles: list[str]) -> Iterator[Problem]:
    text = sample.read_text(encoding="utf-8", errors="replace")
    titles = ", ".join(f"'{t}'" for t in tier_titles)
    for match in PIN_LIKE.finditer(text):
        line = text.count("\n", 0, match.start()) + 1
        pin = TIER_PIN.fullmatch(match.group(0))
        if pin is None:
            yield Problem(
                sample,
                "this pin cannot be read; write '# expect-tier: <tier title> = <VERDICT>' "
                f"with a tier title ({titles}) and a verdict in capitals",
                line,
            )
            continue
        title, verdict = pin.groups()
        if title not in tier_titles:
            close = difflib.get_close_matches(title, tier_titles, n=1)
            hint = f"did you mean '{close[0]}'? " if close else ""
            yield Problem(
                sample,
                f"the pin names the tier '{title}', which this challenge does not have; "
                f"{hint}use one of {titles}",
                line,
            )
        if verdict not in PINNABLE:
            yield Problem(
                sample,
                f"the pin wants '{verdict}', which is not a verdict; use one of "
                f"{', '.join(PINNABLE)}",
                line,
            )


# -- test_properties.py ---------------------------------------------------------------------


def _examples(challenge: Challenge, tests: ModuleType, problems: list) -> list[Example] | None:
    """The package's EXAMPLES when they are well formed (else None, with the problems)."""
    path = challenge.path("test_properties.py")
    write = "EXAMPLES = [Example(args, expected, note), ...] with the statement's examples"
    if not hasattr(tests, "EXAMPLES"):
        problems.append(Problem(path, f"defines no EXAMPLES; add {write}"))
        return None
    examples = tests.EXAMPLES
    if not isinstance(examples, list | tuple):
        problems.append(Problem(path, f"EXAMPLES is a {type(examples).__name__}; write {write}"))
        return None
    if not examples:
        problems.append(Problem(path, f"EXAMPLES is empty; write {write}"))
        return None
    before = len(problems)
    expected_count = _parameter_count(challenge)
    for index, example in enumerate(examples):
        where = f"EXAMPLES[{index}]"
        if not isinstance(example, Example):
            problems.append(
                Problem(
                    path,
                    f"{where} is a {type(example).__name__}, not an Example; "
                    "write Example(args, expected, note)",
                )
            )
        elif not isinstance(example.args, tuple):
            problems.append(
                Problem(
                    path,
                    f"{where}: args is a {type(example.args).__name__}, not a tuple "
                    "of the arguments; for one argument write (value,), with the comma",
                )
            )
        elif expected_count is not None and len(example.args) != expected_count:
            problems.append(
                Problem(
                    path,
                    f"{where} gives {len(example.args)} argument(s), but the "
                    f"signature takes {expected_count}; give one value per argument",
                )
            )
    if len(problems) > before:
        return None
    counts = {len(e.args) for e in examples}
    if len(counts) > 1:
        problems.append(
            Problem(
                path,
                f"EXAMPLES give different numbers of arguments ({sorted(counts)}); "
                "every example must give the same arguments",
            )
        )
        return None
    return list(examples)


def _parameter_count(challenge: Challenge) -> int | None:
    """How many arguments the signature takes; None when a harness maps data to them (an
    example's data need not be the arguments) or the signature cannot be read."""
    if challenge.harness_file:
        return None
    try:
        tree = ast.parse(challenge.signature.strip().rstrip(":") + ": ...")
        definition = tree.body[0]
    except (SyntaxError, IndexError):
        return None
    if not isinstance(definition, ast.FunctionDef):
        return None
    return len(definition.args.posonlyargs) + len(definition.args.args)


def _property_tests(challenge: Challenge, tests: ModuleType) -> Iterator[Problem]:
    path = challenge.path("test_properties.py")
    found = [(n, v) for n, v in vars(tests).items() if n.startswith("test_") and callable(v)]
    if not found:
        yield Problem(
            path,
            "has no property test; add at least one function test_<name>(solution, ...), "
            "usually with Hypothesis's @given",
        )
    for name, test in found:
        inner = getattr(getattr(test, "hypothesis", None), "inner_test", test)
        line = getattr(getattr(inner, "__code__", None), "co_firstlineno", None)
        try:
            parameters = inspect.signature(test).parameters
        except (TypeError, ValueError):
            continue
        kinds = {p.kind for p in parameters.values()}
        if "solution" not in parameters and inspect.Parameter.VAR_KEYWORD not in kinds:
            named = ", ".join(parameters) or "none"
            yield Problem(
                path,
                f"{name} takes no argument called 'solution' (its free arguments: {named}); "
                f"rename the argument that gets the solution to 'solution': the judge calls "
                f"{name}(solution=...)",
                line,
            )
            continue  # its other free arguments are named above
        for parameter in parameters.values():
            free = parameter.default is inspect.Parameter.empty and parameter.kind not in (
                inspect.Parameter.VAR_POSITIONAL,
                inspect.Parameter.VAR_KEYWORD,
            )
            if free and parameter.name != "solution":
                yield Problem(
                    path,
                    f"{name}: nothing gives its argument '{parameter.name}'; draw it with "
                    "@given, give it a default, or remove it",
                    line,
                )


# -- perf.py --------------------------------------------------------------------------------


def _generator(challenge: Challenge) -> Iterator[Problem]:
    asks = []
    if challenge.performance:
        spec = challenge.performance
        asks.append(("[performance]", {**spec.params, **spec.size_params}))
    asks += [(f"[[memory]] '{m.title}'", m.params) for m in challenge.memory]
    if not asks:
        return
    path = challenge.path("perf.py")
    if not path.is_file():  # [performance] without it is the loader's; [[memory]] is ours
        yield Problem(path, "required by the [[memory]] tiers but missing; add it")
        return
    problems: list[Problem] = []
    module = _import(path, lambda: load_generator(challenge), problems)
    yield from problems
    if module is None:
        return
    generate = getattr(module, "generate", None)
    if not callable(generate):
        yield Problem(path, "defines no function generate(size, rng, folder); add it")
        return
    try:
        signature = inspect.signature(generate)
    except (TypeError, ValueError):
        return
    toml = challenge.path("challenge.toml")
    empty = inspect.Parameter.empty
    shown = signature.replace(
        parameters=[p.replace(annotation=empty) for p in signature.parameters.values()],
        return_annotation=empty,
    )
    for table, params in asks:
        try:
            signature.bind(0, None, None, **params)
        except TypeError as exc:
            given = ", ".join(params) or "none"
            yield Problem(
                toml,
                f"{table}: perf.py's generate{shown} cannot be called with this tier's "
                f"params ({given}): {exc}; give the params it needs in the table's 'params' "
                "(or 'size_params'), or change generate",
            )


# -- README.md examples ---------------------------------------------------------------------

SPAN = re.compile(r"(`+)(?!`)(.+?)(?<!`)\1(?!`)", re.DOTALL)
HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")


def _describe(challenge: Challenge, problems: list) -> Callable[[list], str] | None:
    if not challenge.harness_file:
        return harness.describe
    tag = challenge.module_name
    module = _import(
        challenge.harness_file,
        lambda: import_file(challenge.harness_file, f"judge_harness_{tag}"),
        problems,
    )
    return None if module is None else harness.load_hooks(module)["describe"]


def _cells(line: str) -> list[str]:
    """A table row's cells; `\\|` stands for a `|` inside a cell (as in GitHub's tables)."""
    body = line.strip().removeprefix("|").removesuffix("|")
    return [cell.strip().replace("\\|", "|") for cell in re.split(r"(?<!\\)\|", body)]


def _code(cell: str) -> str | None:
    """The code of a cell that is exactly one code span, else None."""
    match = SPAN.fullmatch(cell.strip())
    if not match:
        return None
    fence, code = match.groups()
    if re.search(rf"(?<!`){fence}(?!`)", code):  # "`a` and `b`": two spans, not one
        return None
    return code.strip()


_UNREAD = object()


def _literal(code: str | None) -> Any:
    if code is None:
        return _UNREAD
    try:
        return ast.literal_eval(code)
    except (ValueError, SyntaxError, TypeError, MemoryError, RecursionError):
        return _UNREAD


def examples_table(text: str) -> tuple[int, list[tuple[int, list[str]]]] | None:
    """(line of the heading, [(line, cells), ...] of the first table) of the Examples
    section; None without such a section; an empty list without a table in it."""
    lines = text.splitlines()
    for number, line in enumerate(lines, start=1):
        heading = HEADING.match(line)
        if heading and heading.group(2).lower().startswith("examples"):
            level = len(heading.group(1))
            rows: list[tuple[int, list[str]]] = []
            for later, row in enumerate(lines[number:], start=number + 1):
                other = HEADING.match(row)
                if other and len(other.group(1)) <= level:
                    break
                if row.lstrip().startswith("|"):
                    rows.append((later, _cells(row)))
                elif rows:
                    break  # the first table ended
            return number, rows
    return None


def readme_problems(
    challenge: Challenge, examples: list[Example], describe: Callable[[list], str]
) -> Iterator[Problem]:
    """The README's Examples table against EXAMPLES (the rule is in the docstring above)."""
    readme = challenge.path("README.md")
    try:
        table = examples_table(challenge.statement)
    except UnicodeDecodeError as exc:
        yield Problem(
            readme, f"is not UTF-8 text ({exc.reason} at byte {exc.start}); save it as UTF-8"
        )
        return
    shape = "a column per argument, then the answer, then why"
    if table is None:
        yield Problem(readme, f"has no '## Examples' section; add one with a table: {shape}")
        return
    heading, rows = table
    if len(rows) < 2:
        yield Problem(readme, f"the Examples section has no table; add one: {shape}", heading)
        return
    arity = len(examples[0].args)
    (header_line, header), body = rows[0], rows[2:]
    if len(header) < arity + 1:
        yield Problem(
            readme,
            f"the Examples table has {len(header)} column(s), but the examples take {arity} "
            f"argument(s); write {shape}",
            header_line,
        )
        return
    source = challenge.path("test_properties.py").name
    # Compared only under a header "answer": another (say, "output rows") may show what the
    # function does in another form than the value EXAMPLES expect.
    compare_answers = header[arity].strip("`* ").lower().startswith("answer")
    for line, cells in body:
        cells = cells + [""] * (arity + 1 - len(cells))
        codes = [_code(cell) for cell in cells[: arity + 1]]
        values = [_literal(code) for code in codes[:arity]]
        if all(v is not _UNREAD for v in values):
            matches = [e for e in examples if canonical.strict_equal(tuple(values), e.args)]
        elif arity == 1 and codes[0] is not None:  # the harness's own drawing of an input
            matches = [e for e in examples if _described(describe, e) == codes[0]]
        else:
            continue  # inputs in words: not compared
        shown = " | ".join(cells[:arity])
        if not matches:
            yield Problem(
                readme,
                f"the example {shown} is not in EXAMPLES of {source}; add it there as an "
                "Example, or change the row to one of them",
                line,
            )
            continue
        answer = _literal(codes[arity])
        if not compare_answers or answer is _UNREAD:
            continue  # an answer in words, or a column that is not the return value
        if not any(canonical.results_match(e.expected, answer, challenge.compare) for e in matches):
            yield Problem(
                readme,
                f"the answer {cells[arity]} to {shown} differs from EXAMPLES of {source}, "
                f"which expects {canonical.show(matches[0].expected, 80)}; correct one of them",
                line,
            )


def _described(describe: Callable[[list], str], example: Example) -> str | None:
    try:
        return describe(list(example.args))
    except Exception:  # a harness that cannot draw this example: it cannot match a row
        return None
