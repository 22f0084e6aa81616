"""The growth of running time with n: a log-log fit, and words for it.

Only sizes the code finished count as measurements; a run stopped at its limit only bounds
the time from below, which flattens the fit, so it is used only when too little else is
known, and the words then say "at least".
"""

from __future__ import annotations

import math

from judge.grading.results import Growth, SizeTiming
from judge.verdicts import Verdict

GROWTH_CLASSES = [
    (0.35, "~1"),
    (1.15, "~n"),  # n log n fits an exponent of ~1.1 at these sizes: the two blur here
    (1.4, "~n log n"),
    # Quadratic code is often stopped after two small sizes, where interpreter overhead
    # flattens the slope to ~1.7: n^1.5 is rare in these challenges, so keep it narrow.
    (1.6, "~n^1.5"),
    (2.5, "~n^2"),
    (math.inf, "~n^3"),
]
MEASURABLE_SECONDS = 0.0005  # below this, interpreter overhead hides the growth


def fit_exponent(points: list[tuple[int, float]]) -> float | None:
    """Least-squares slope of log(seconds) against log(n)."""
    points = [(n, s) for n, s in points if s >= MEASURABLE_SECONDS][-4:]
    if len(points) < 2:
        return None
    xs = [math.log(n) for n, _ in points]
    ys = [math.log(s) for _, s in points]
    mean_x, mean_y = sum(xs) / len(xs), sum(ys) / len(ys)
    spread = sum((x - mean_x) ** 2 for x in xs)
    return sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys, strict=True)) / spread


def growth_words(exponent: float | None) -> str:
    if exponent is None:
        return "too fast to measure"
    return next(words for bound, words in GROWTH_CLASSES if exponent < bound)


def fit_growth(sizes: list[SizeTiming]) -> Growth:
    """Growth of both, in words and numbers. A run stopped at its limit still tells that
    the code took *at least* the limit: it counts as a lower bound."""
    reference = fit_exponent([(s.n, s.reference_seconds) for s in sizes])
    # Sizes the submission finished; a run stopped at its limit only bounds the time from
    # below, which flattens the fit, so it is used only when too little else is known.
    # (A crash says nothing about speed; sizes after a stop were run by the reference only.)
    points = [(s.n, s.seconds) for s in sizes if s.seconds is not None]
    stopped = any(s.verdict is Verdict.TLE for s in sizes)
    if fit_exponent(points) is None:
        points += [(s.n, s.limit) for s in sizes if s.verdict is Verdict.TLE and s.seconds is None]
    submission = fit_exponent(points)
    words = growth_words(submission)
    if stopped:
        words = "at least " + words if submission is not None else "too slow to measure"
    return Growth(
        submission=words,
        submission_exponent=None if submission is None else round(submission, 2),
        reference=growth_words(reference),
        reference_exponent=None if reference is None else round(reference, 2),
    )
