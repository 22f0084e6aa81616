"""list.pop(0) shifts every remaining element: O(n) per call, so O(n^2) in all."""
# complexity: O(n^2)
# complexity note: each pop(0) is a C memmove of the rest of the list


def is_palindrome(word):
    letters = list(word)
    while len(letters) > 1:
        if letters.pop(0) != letters.pop():
            return False
    return True
