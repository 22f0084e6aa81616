"""Normalises Unicode (NFC) first: "e" + combining accent becomes one "é", which the
contract does not do (characters are compared exactly, code point by code point)."""

import unicodedata


def is_palindrome(word):
    word = unicodedata.normalize("NFC", word)
    return word == word[::-1]
