"""Two indices walking towards each other: O(n) time, O(1) extra memory.

`word == word[::-1]` is just as linear (and faster in CPython, since the loop runs in C),
but it builds a reversed copy; the two-pointer walk is the answer an interviewer expects
when asked not to allocate, and its timing is what the performance limits are scaled by.
"""


def is_palindrome(word: str) -> bool:
    # word[i] must equal its mirror word[j], j = len(word) - 1 - i. Walk both ends inwards;
    # when they meet (odd length: the middle character mirrors itself) every pair matched.
    # The empty string and a single character never enter the loop: both are palindromes.
    i, j = 0, len(word) - 1
    while i < j:
        if word[i] != word[j]:
            return False
        i += 1
        j -= 1
    return True
