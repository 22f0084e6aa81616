"""list.pop(0) shifts every remaining element: O(n) per call, so O(n^2) in all."""


def is_palindrome(word):
    letters = list(word)
    while len(letters) > 1:
        if letters.pop(0) != letters.pop():
            return False
    return True
