"""Slices off both ends each round: each slice copies the rest of the word, so O(n^2)."""
# complexity: O(n^2)


def is_palindrome(word):
    while len(word) > 1:
        if word[0] != word[-1]:
            return False
        word = word[1:-1]
    return True
