"""Exact integer scores, but the loop keeps a new cut when it is as good as the best so far
(<= instead of <): ties go to the highest threshold."""


def best_split(x, y):
    pairs = sorted(zip(x.tolist(), y.tolist()))
    n = len(pairs)
    total = sum(label for _, label in pairs)
    best = None
    ones = 0
    for i in range(n - 1):
        ones += pairs[i][1]
        if pairs[i][0] == pairs[i + 1][0]:
            continue
        nl, nr = i + 1, n - i - 1
        ar = total - ones
        num = ones * (nl - ones) * nr + ar * (nr - ar) * nl
        den = nl * nr
        if best is None or num * best[1] <= best[0] * den:
            best = (num, den, (pairs[i][0] + pairs[i + 1][0]) / 2)
    if best is None:
        raise ValueError("x has fewer than two distinct values")
    return best[2], 2 * best[0] / (n * best[1])
