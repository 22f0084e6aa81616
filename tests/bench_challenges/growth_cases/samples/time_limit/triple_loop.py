"""Walks every pair (i, j) and then looks for j among all n indices once more: O(n^3)."""
# complexity: O(n^3)


def count_pairs(n):
    count = 0
    for i in range(n):
        for j in range(i + 1, n):
            for k in range(n):
                if k == j:
                    count += 1
    return count
