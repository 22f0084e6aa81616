from collections.abc import Iterator


def mean_and_variance(values: Iterator[float]) -> tuple[float, float]:
    """Return (mean, population variance) of a non-empty stream of floats, in one pass.

    values can be read only once and may be far too long to keep in memory. Stay accurate
    when the values are far from zero with a small spread (a mean of 1e9, a variance of 1).
    """
    raise NotImplementedError("write your solution here")
