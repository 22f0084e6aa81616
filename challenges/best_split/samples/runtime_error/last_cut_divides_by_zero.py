"""A Python pass over the sorted samples that also "cuts" after the last one, where the
right side is empty: dividing by its size raises ZeroDivisionError."""


def best_split(x, y):
    pairs = sorted(zip(x.tolist(), y.tolist()))
    n = len(pairs)
    total = sum(label for _, label in pairs)
    best = None
    ones = 0
    for i in range(n):
        ones += pairs[i][1]
        nl, nr = i + 1, n - i - 1
        ar = total - ones
        gini = (2 * ones * (nl - ones) / nl + 2 * ar * (nr - ar) / nr) / n
        if i + 1 < n and pairs[i][0] != pairs[i + 1][0] and (best is None or gini < best[0]):
            best = (gini, (pairs[i][0] + pairs[i + 1][0]) / 2)
    if best is None:
        raise ValueError("x has fewer than two distinct values")
    return best[1], best[0]
