# complexity: O(n log n)
"""Offline: rank the distinct values, count the ranks seen so far in a Fenwick tree, and
find the k-th smallest by descending the tree (binary lifting): O(log n) per step."""


def running_medians(values):
    distinct = sorted(set(values))
    rank = {v: i + 1 for i, v in enumerate(distinct)}
    size = len(distinct)
    tree = [0] * (size + 1)
    top = 1
    while top * 2 <= size:
        top *= 2

    def kth(k):  # the k-th smallest value counted so far (k >= 1)
        pos, step = 0, top
        while step:
            if pos + step <= size and tree[pos + step] < k:
                pos += step
                k -= tree[pos]
            step //= 2
        return distinct[pos]  # rank pos + 1

    out = []
    for n, x in enumerate(values, start=1):
        i = rank[x]
        while i <= size:
            tree[i] += 1
            i += i & -i
        if n % 2:
            out.append(float(kth(n // 2 + 1)))
        else:
            out.append((kth(n // 2) + kth(n // 2 + 1)) / 2)
    return out
