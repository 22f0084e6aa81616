def is_palindrome(word: str) -> bool:
    """Return True if word reads the same forwards and backwards (case-sensitive, exact)."""
    raise NotImplementedError("write your solution here")
