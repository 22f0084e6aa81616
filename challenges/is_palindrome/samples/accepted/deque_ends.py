# complexity: O(n)
from collections import deque


def is_palindrome(word):
    letters = deque(word)
    while len(letters) > 1:
        if letters.popleft() != letters.pop():  # both O(1) on a deque
            return False
    return True
