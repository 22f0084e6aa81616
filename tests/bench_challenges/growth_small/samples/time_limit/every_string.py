"""Walks every one of the 2^n binary strings, character by character, and counts the valid
ones at the end: O(2^n)."""
# complexity: O(2^n)


def count_strings(n):
    def walk(length, last_was_one, valid):
        if length == n:
            return 1 if valid else 0
        with_zero = walk(length + 1, False, valid)
        with_one = walk(length + 1, True, valid and not last_was_one)
        return with_zero + with_one

    return walk(0, False, True)
