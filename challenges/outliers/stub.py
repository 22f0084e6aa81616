def outlier_indices(values: list[float]) -> list[int]:
    """Return, ascending, the indices of the values whose modified z-score
    0.6745 * (x - median) / MAD exceeds 3.5 in absolute value.

    MAD is the median of |x - median|. When MAD is 0, every value that differs from the
    median is an outlier. An empty list gives [].
    """
    raise NotImplementedError("write your solution here")
