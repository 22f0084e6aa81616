"""How an answer is judged against the expected one, on small inputs and on large ones.

A challenge's `compare` decides: `exact` (type-exact equality), `multiset` (a list in any
order), `approx` (numbers within rtol and atol, `judge.engine.approx`), or `accept`: the
package's own `accept(args, expected, got)` in test_properties.py decides, for answers
that are not unique (a random sample, a clustering), raising AssertionError with a sentence
when `got` is not acceptable. `args` are the call's arguments built afresh in the judge, so
`accept` sees exactly what the function was given. With `numpy = true` a numpy scalar counts
as the Python number of its kind. Exact and multiset answers to large inputs are compared
by digest inside the workers; approx and accept need the values themselves
(`needs_values`). Only ever compares: it never runs a submission.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from judge.challenge.catalog import Challenge
from judge.engine import canonical
from judge.engine.approx import first_difference
from judge.grading.reference import Reference
from judge.verdicts import Failure

Accept = Callable[[tuple[Any, ...], Any, Any], None]


def needs_values(challenge: Challenge) -> bool:
    """Whether large answers must travel as values (not digests) to be judged."""
    return challenge.compare in ("approx", "accept")


def judge_answer(
    reference: Reference, data: list[Any], expected: Any, got: Any, accept: Accept | None
) -> Failure | None:
    """None when `got` is right for the call `data`; else the Failure a learner reads."""
    challenge = reference.challenge
    shown = dict(input=reference.show_input(data), expected=canonical.show(expected))
    shown["got"] = canonical.show(got)
    if challenge.compare == "accept":
        if accept is None:
            raise LookupError(f"{challenge.slug}: compare = 'accept' but no accept() in its tests")
        try:
            accept(reference.arguments(data), expected, got)
        except AssertionError as exc:
            return Failure(message=f"Wrong answer: {str(exc).strip() or 'not accepted'}.", **shown)
        except Exception as exc:  # an answer so malformed that checking it broke
            return Failure(
                message=f"Wrong answer: checking it failed ({type(exc).__name__}: {exc}).", **shown
            )
        return None
    if challenge.compare == "approx":
        difference = first_difference(
            expected, got, challenge.rtol, challenge.atol, challenge.numpy
        )
        return None if difference is None else Failure(message=difference.message, **shown)
    if canonical.results_match(expected, got, challenge.compare, challenge.numpy):
        return None
    message = "Wrong answer."
    if canonical.type_name(expected) != canonical.type_name(got):
        expected_type, got_type = canonical.type_name(expected), canonical.type_name(got)
        message = f"Wrong type: expected {_article(expected_type)}, got {_article(got_type)}."
    elif challenge.compare == "multiset":
        message = "Wrong answer (compared in any order, duplicates counted)."
    return Failure(message=message, **shown)


def _article(noun: str) -> str:
    return f"{'an' if noun[:1].lower() in 'aeiou' else 'a'} {noun}"
