def merge_sorted(arrays: list[list[int]]) -> list[int]:
    """Return one ascending list holding every element of every (sorted) list in arrays."""
    raise NotImplementedError("write your solution here")
