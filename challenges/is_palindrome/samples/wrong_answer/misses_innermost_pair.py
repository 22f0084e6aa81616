"""Off by one: stops one pair early, so the innermost pair is never compared."""


def is_palindrome(word):
    for i in range(len(word) // 2 - 1):
        if word[i] != word[-1 - i]:
            return False
    return True
