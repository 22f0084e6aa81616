"""Reverses the UTF-8 bytes instead of the characters: a non-ASCII character is several
bytes, which come out in the wrong order, so "é" is no longer its own reverse."""


def is_palindrome(word):
    data = word.encode("utf-8")
    return data == data[::-1]
