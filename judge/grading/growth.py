"""The growth of running time with n: which complexity classes the measurements support.

Each candidate class (1, log n, n, n log n, n^2, n^3, exponential) is fitted to the measured
times on log axes (one free constant: t = c * f(n); the exponential also fits its base), and
the classes are compared by how far the measurements stray from each (the root mean square of
the log residuals). A class is ruled out when it strays too far, or when it predicts a time
below the limit at a size where the run was stopped at that limit (the stop says the code took
at least that long). The best class is named, together with its neighbour when the two fit
about equally well (n and n log n often do at these sizes): "~n or ~n log n". Only sizes the
code finished, in a measurable time, count as measurements. A learner's claim ("complexity:
O(n log n)" in their file) agrees when it names one of the classes the measurements support.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from judge.grading.results import Growth, SizeTiming
from judge.verdicts import Verdict

MEASURABLE_SECONDS = 0.0005  # below this, interpreter overhead hides the growth
ENOUGH_POINTS = 4  # a growth statement rests on at least this many measured sizes
RULED_OUT_RMS = 0.3  # a class that strays more than ~35% on average does not fit
FEWEST_POINTS = 3  # with two, any class with a free constant fits: name none
# Growth is what the largest sizes show: the fit uses at most this many, the largest. The
# smallest ones, timed in batches, are often another regime (CPython caches the ints up to
# 256, so sum(range(n)) costs 9x more per element at 1,024 than at 256).
FIT_POINTS = 6
EXPONENTIAL_MAX_N = 100  # exponential code finishes only at small n; beyond, it is no candidate
# Neighbouring classes tie when the second strays at most this much more than the best.
# Classes a log factor apart (1 and log n, n and n log n) get more room: a machine's caches
# bend linear code up by ~15% over these sizes, about what the log factor adds.
TIE = {"degree": (1.5, 0.04), "log factor": (2.0, 0.06)}
LOG_FACTOR_PAIRS = ({"1", "log n"}, {"n", "n log n"})
STOP_SLACK = 0.7  # a class must predict at least 70% of the limit where the run was stopped
EXPONENTIAL = "2^n"
OVERHEAD_SHARES = (0.0, 0.25, 0.5, 0.75, 0.9)  # of the smallest time, tried as fixed overhead


def _log_n(n: float) -> float:
    return math.log(max(n, 2.0))


# Ordered from slowest-growing to fastest: "neighbours" in this list may tie.
CLASSES: list[tuple[str, Callable[[float], float]]] = [
    ("1", lambda n: 1.0),
    ("log n", _log_n),
    ("n", lambda n: n),
    ("n log n", lambda n: n * _log_n(n)),
    ("n^2", lambda n: n * n),
    ("n^3", lambda n: n**3),
]
ORDER = [name for name, _ in CLASSES] + [EXPONENTIAL]


@dataclass(frozen=True)
class ClassFit:
    name: str
    rms: float  # root mean square of the log residuals
    predict: Callable[[float], float]  # seconds at size n


def _fit_class(
    name: str, f: Callable[[float], float], points: Sequence[tuple[int, float]]
) -> ClassFit:
    """The best t = a + c * f(n): a fixed overhead a (opening a file, setting up) that the
    smallest sizes show, and the growth c * f(n). The overhead is tried at a few fractions of
    the smallest time; the constant c follows on log axes."""
    smallest = min(s for _, s in points)
    best: ClassFit | None = None
    for share in OVERHEAD_SHARES:
        overhead = share * smallest
        logs = [math.log(s - overhead) - math.log(f(n)) for n, s in points]
        scale = math.exp(sum(logs) / len(logs))
        residuals = [math.log(s) - math.log(overhead + scale * f(n)) for n, s in points]
        rms = math.sqrt(sum(r * r for r in residuals) / len(residuals))
        if best is None or rms < best.rms:
            best = ClassFit(name, rms, lambda n, a=overhead, c=scale: a + c * f(n))
    return best


def _fit_exponential(points: Sequence[tuple[int, float]]) -> ClassFit | None:
    """log t = a + b n, least squares; None when the time does not grow with n."""
    xs = [float(n) for n, _ in points]
    ys = [math.log(s) for _, s in points]
    mean_x, mean_y = sum(xs) / len(xs), sum(ys) / len(ys)
    spread = sum((x - mean_x) ** 2 for x in xs)
    if spread == 0:
        return None
    slope = sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys, strict=True)) / spread
    if slope <= 0:
        return None
    intercept = mean_y - slope * mean_x
    residuals = [y - (intercept + slope * x) for x, y in zip(xs, ys, strict=True)]
    rms = math.sqrt(sum(r * r for r in residuals) / len(residuals))
    # Two fitted parameters against one: it must earn its place by fitting much better.
    return ClassFit(EXPONENTIAL, rms * 2.0, lambda n: math.exp(intercept + slope * n))


def measurable(points: Sequence[tuple[int, float]]) -> list[tuple[int, float]]:
    """The points of single calls long enough to measure."""
    return [(n, s) for n, s in points if s >= MEASURABLE_SECONDS]


def finished_points(sizes: Sequence[SizeTiming]) -> list[tuple[int, float]]:
    """(n, seconds per call) of the sizes the submission finished in a measurable time: one
    call of at least MEASURABLE_SECONDS, or a batch of calls that long in all (a call too
    quick to measure alone is timed many times over in one request)."""
    return sorted(
        (s.n, s.seconds)
        for s in sizes
        if s.seconds is not None and s.seconds * s.calls >= MEASURABLE_SECONDS
    )


def classify(
    points: Sequence[tuple[int, float]],
    stopped: Sequence[tuple[int, float]] = (),
    ruled_out: float = RULED_OUT_RMS,
) -> list[ClassFit]:
    """The classes the measurements support, in growth order: one, or two neighbours that
    fit about equally well. Empty when there are fewer than three measurable points or
    nothing fits. `points` are measurable ones (`measurable`, `finished_points`); `stopped`
    are (size, limit) pairs where the run was stopped at its limit."""
    if len(points) < FEWEST_POINTS:
        return []
    fits = [_fit_class(name, f, points) for name, f in CLASSES]
    exponential = None
    if max(n for n, _ in points) <= EXPONENTIAL_MAX_N:
        exponential = _fit_exponential(points)
    if exponential is not None:
        fits.append(exponential)
    allowed = [
        fit
        for fit in fits
        if fit.rms <= ruled_out
        and all(fit.predict(n) >= STOP_SLACK * limit for n, limit in stopped)
    ]
    if not allowed:
        return []
    best = min(allowed, key=lambda fit: fit.rms)
    position = ORDER.index(best.name)
    neighbours = [
        fit
        for fit in allowed
        if abs(ORDER.index(fit.name) - position) == 1 and fit.rms <= _tie_bound(best, fit.name)
    ]
    if not neighbours:
        return [best]
    tie = min(neighbours, key=lambda fit: fit.rms)
    return sorted([best, tie], key=lambda fit: ORDER.index(fit.name))


def _tie_bound(best: ClassFit, other: str) -> float:
    kind = "log factor" if {best.name, other} in LOG_FACTOR_PAIRS else "degree"
    factor, margin = TIE[kind]
    return factor * best.rms + margin


def fit_exponent(points: Sequence[tuple[int, float]]) -> float | None:
    """Least-squares slope of log(seconds) against log(n) (shown next to the words), over
    measurable points."""
    if len(points) < 2:
        return None
    xs = [math.log(n) for n, _ in points]
    ys = [math.log(s) for _, s in points]
    mean_x, mean_y = sum(xs) / len(xs), sum(ys) / len(ys)
    spread = sum((x - mean_x) ** 2 for x in xs)
    if spread == 0:
        return None
    return sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys, strict=True)) / spread


def words(
    classes: Sequence[str], exponent: float | None, points: int, stopped: bool = False
) -> str:
    """ "~n", "~n or ~n log n"; the fitted exponent when no class fits; or why not. With
    too little measured, a run that was stopped at its limit was too slow, not too fast."""
    if classes:
        return " or ".join(f"~{name}" for name in classes)
    if exponent is None:
        return "too slow to measure" if stopped else "too fast to measure"
    if points < FEWEST_POINTS:
        return f"~n^{exponent:.1f} (from only {points} sizes)"
    return f"~n^{exponent:.1f} (no simple class fits)"


# A learner's claim: "complexity: O(n log n)" anywhere in their file.
CLAIM = re.compile(r"complexity\s*[:=]\s*O\(\s*((?:[^()\n]|\([^()\n]*\))+?)\s*\)", re.IGNORECASE)
CLAIMED_CLASSES = {
    "1": "1",
    "logn": "log n",
    "n": "n",
    "nlogn": "n log n",
    "n^2": "n^2",
    "n^3": "n^3",
    "2^n": EXPONENTIAL,
}


def parse_claim(text: str) -> str | None:
    """The class a claim names ("O(n log n)" -> "n log n"), or None (no claim, or not one of
    the classes the judge can measure)."""
    match = CLAIM.search(text)
    if match is None:
        return None
    key = match.group(1).lower().replace(" ", "")
    for spelled, meant in (("**", "^"), ("²", "^2"), ("³", "^3"), ("n*n", "n^2")):
        key = key.replace(spelled, meant)
    key = key.replace("log(n)", "logn").replace("lgn", "logn").replace("*", "").replace(".", "")
    return CLAIMED_CLASSES.get(key)


def fit_growth(sizes: list[SizeTiming], claim: str | None = None) -> Growth:
    """Growth of both, in words and numbers, with what it means at the largest size."""
    reference_points = measurable(sorted((s.n, s.reference_seconds) for s in sizes))
    reference_points = reference_points[-FIT_POINTS:]
    reference_classes = [fit.name for fit in classify(reference_points)]
    reference_exponent = fit_exponent(reference_points)
    finished = finished_points(sizes)[-FIT_POINTS:]
    stops = [(s.n, s.limit) for s in sizes if s.verdict is Verdict.TLE and s.seconds is None]
    # Over the limit: stopped there, or finished but too late (then its time is measured).
    over = [s.n for s in sizes if s.verdict is Verdict.TLE]
    fits = classify(finished, stops)
    exponent = fit_exponent(finished)
    growth = Growth(
        submission=words([fit.name for fit in fits], exponent, len(finished), stopped=bool(over)),
        submission_exponent=None if exponent is None else round(exponent, 2),
        reference=words(reference_classes, reference_exponent, len(reference_points)),
        reference_exponent=None if reference_exponent is None else round(reference_exponent, 2),
        submission_classes=[fit.name for fit in fits],
        reference_classes=reference_classes,
        points=len(finished),
        stopped_at=over[0] if over else None,
    )
    both = [s for s in sizes if s.seconds is not None and s.reference_seconds > 0]
    if both:
        largest = max(both, key=lambda s: s.n)
        growth.largest_n = largest.n
        growth.times_reference = round(largest.seconds / largest.reference_seconds, 1)
    if over and fits:
        last = max(sizes, key=lambda s: s.n)
        growth.projected_n = last.n
        growth.projected_seconds = fits[-1].predict(last.n)  # the faster-growing of a tie
        growth.projected_limit = last.limit
    if claim is not None:
        growth.claimed = claim
        growth.claim_agrees = claim in growth.submission_classes if fits else None
    return growth
