"""Compares the first half with the reversed second half: for odd lengths the second half
also holds the middle character, so no odd-length word (not even "a") is a palindrome."""


def is_palindrome(word):
    half = len(word) // 2
    return word[:half] == word[half:][::-1]
