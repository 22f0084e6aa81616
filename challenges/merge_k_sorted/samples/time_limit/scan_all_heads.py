"""For every output element, scans the heads of all k lists for the smallest: O(N·k)."""
# complexity: O(n^2)
# complexity note: O(n k) with k = n/4 lists (perf.py)


def merge_sorted(arrays):
    positions = [0] * len(arrays)
    merged = []
    while True:
        best = -1
        for i in range(len(arrays)):
            if positions[i] < len(arrays[i]) and (
                best < 0 or arrays[i][positions[i]] < arrays[best][positions[best]]
            ):
                best = i
        if best < 0:
            return merged
        merged.append(arrays[best][positions[best]])
        positions[best] += 1
