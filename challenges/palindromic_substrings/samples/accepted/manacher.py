"""Manacher's algorithm finds the longest radius at every centre in O(n); every shorter
radius around the same centre is a palindrome too, which lists the whole answer."""
# complexity: O(n)
# complexity note: O(n) plus the answer's total length, O(n) for perf.py's strings


def palindromic_substrings(s):
    t = "\0" + "\0".join(s) + "\0"  # separators: every palindrome of t has odd length
    radius = [0] * len(t)
    centre = right = 0
    for i in range(len(t)):
        if i < right:
            radius[i] = min(right - i, radius[2 * centre - i])
        while (
            i - radius[i] - 1 >= 0
            and i + radius[i] + 1 < len(t)
            and t[i - radius[i] - 1] == t[i + radius[i] + 1]
        ):
            radius[i] += 1
        if i + radius[i] > right:
            centre, right = i, i + radius[i]
    out = []
    for i, r in enumerate(radius):
        # In t, position i with radius r covers s[(i - r) // 2 : (i + r) // 2].
        for k in range(r, 0, -1):
            if (i - k) % 2 == 0:  # the span must start and end on separators
                out.append(s[(i - k) // 2 : (i + k) // 2])
    return out
