"""The n x n dynamic-programming table: O(n^2) time and memory whatever the answer, while
expanding from centres costs n plus the size of the answer (small here)."""
# complexity: O(n^2)


def palindromic_substrings(s):
    n = len(s)
    is_pal = [[False] * n for _ in range(n)]
    out = []
    for length in range(1, n + 1):
        for i in range(n - length + 1):
            j = i + length - 1
            if s[i] == s[j] and (length <= 2 or is_pal[i + 1][j - 1]):
                is_pal[i][j] = True
                out.append(s[i : j + 1])
    return out
