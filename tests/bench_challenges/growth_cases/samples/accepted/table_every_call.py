"""Builds a table of the first 16,384 answers on every call, then looks n up (or uses the
formula beyond it): a fixed ~1 ms of work, whatever n is."""
# complexity: O(1)

TABLE_SIZE = 16384


def count_pairs(n):
    table = [i * (i - 1) // 2 for i in range(TABLE_SIZE)]
    return table[n] if n < TABLE_SIZE else n * (n - 1) // 2
