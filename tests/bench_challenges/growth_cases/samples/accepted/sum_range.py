"""One line that looks constant: sum() walks the whole range, in C. Still O(n)."""
# complexity: O(n)


def count_pairs(n):
    return sum(range(n))
