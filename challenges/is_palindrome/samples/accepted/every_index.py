"""Plainly written: checks every position against its mirror, not just half. Still linear."""
# complexity: O(n)


def is_palindrome(word):
    for i in range(len(word)):
        if word[i] != word[len(word) - 1 - i]:
            return False
    return True
