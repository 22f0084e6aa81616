def first_match(text: str, patterns: list[str]) -> int:
    """Return the smallest index at which some pattern occurs in text, or -1 if none does.

    Every pattern is a non-empty string; patterns may be empty (then the answer is -1).
    There may be many patterns (think a million): do not scan the text once per pattern.
    """
    raise NotImplementedError("write your solution here")
