"""Drops spaces and punctuation first (the classic sentence-palindrome variant); here every
character counts, so "race car" is not a palindrome."""


def is_palindrome(word):
    kept = [ch for ch in word if ch.isalnum()]
    return kept == kept[::-1]
