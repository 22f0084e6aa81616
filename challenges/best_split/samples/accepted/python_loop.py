# complexity: O(n log n)
"""Sort the pairs, then one plain Python pass that keeps running counts and compares each
cut's score with the best so far exactly (cross-multiplied integers): O(n log n) with no
numpy beyond the input, which a growth limit lets through."""


def best_split(x, y):
    pairs = sorted(zip(x.tolist(), y.tolist()))
    n = len(pairs)
    total = sum(label for _, label in pairs)
    best = None  # (numerator, denominator, threshold)
    ones = 0
    for i in range(n - 1):
        ones += pairs[i][1]
        if pairs[i][0] == pairs[i + 1][0]:
            continue  # not a split: equal values stay together
        nl, nr = i + 1, n - i - 1
        ar = total - ones
        num = ones * (nl - ones) * nr + ar * (nr - ar) * nl
        den = nl * nr
        if best is None or num * best[1] < best[0] * den:
            best = (num, den, (pairs[i][0] + pairs[i + 1][0]) / 2)
    if best is None:
        raise ValueError("x has fewer than two distinct values")
    num, den, threshold = best
    return threshold, 2 * num / (n * den)
