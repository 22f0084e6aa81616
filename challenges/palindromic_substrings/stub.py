def palindromic_substrings(s: str) -> list[str]:
    """Return every palindromic substring of s, once per (start, end) position, in any order."""
    raise NotImplementedError("write your solution here")
