def find_missing(a: list, b: list):
    """b is a shuffled copy of a with one occurrence of one element removed: return it."""
    raise NotImplementedError("write your solution here")
