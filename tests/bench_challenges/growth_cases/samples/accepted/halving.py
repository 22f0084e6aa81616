"""n * (n - 1) by doubling and halving (Russian peasant multiplication): one round per bit
of n - 1, so O(log n), and a few microseconds at every size."""
# complexity: O(log n)


def count_pairs(n):
    if n < 2:
        return 0
    a, b, product = n, n - 1, 0
    while b:
        if b & 1:
            product += a
        a <<= 1
        b >>= 1
    return product // 2
