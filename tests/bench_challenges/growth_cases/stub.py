def count_pairs(n: int) -> int:
    """Return how many pairs i < j there are among 0, 1, ..., n - 1."""
    raise NotImplementedError("write your solution here")
