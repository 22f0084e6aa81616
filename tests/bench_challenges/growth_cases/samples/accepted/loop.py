"""Adds up, for each index j, the j indices it pairs with: one Python loop, O(n)."""
# complexity: O(n)


def count_pairs(n):
    total = 0
    for j in range(n):
        total += j
    return total
