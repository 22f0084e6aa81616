"""The O(N·k) head scan with the scanning done in C (min and index over a list of heads):
faster by a constant factor, still O(k) per element."""
# complexity: O(n^2)
# complexity note: O(n k) with k = n/4 lists (perf.py); min and index scan the k heads in C


def merge_sorted(arrays):
    infinity = float("inf")
    heads = [values[0] if values else infinity for values in arrays]
    positions = [0] * len(arrays)
    merged = []
    for _ in range(sum(len(values) for values in arrays)):
        smallest = min(heads)
        i = heads.index(smallest)
        merged.append(smallest)
        positions[i] += 1
        values = arrays[i]
        heads[i] = values[positions[i]] if positions[i] < len(values) else infinity
    return merged
