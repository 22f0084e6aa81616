def running_medians(values: list[int]) -> list[float]:
    """Return the median of every prefix values[:1], values[:2], ..., as floats.

    An even-length prefix has the mean of its two middle values as its median.
    """
    raise NotImplementedError("write your solution here")
