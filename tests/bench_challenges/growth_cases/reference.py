"""The closed form: O(1)."""


def count_pairs(n: int) -> int:
    # Index j pairs with the j indices below it: 0 + 1 + ... + (n - 1) = n (n - 1) / 2.
    return n * (n - 1) // 2
