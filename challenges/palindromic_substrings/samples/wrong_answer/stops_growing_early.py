"""Only looks one step out from each centre, so palindromes longer than three characters
are missed ("abba", "racecar")."""


def palindromic_substrings(s):
    out = list(s)
    for i in range(len(s)):
        if i + 1 < len(s) and s[i] == s[i + 1]:
            out.append(s[i : i + 2])
        if 0 < i < len(s) - 1 and s[i - 1] == s[i + 1]:
            out.append(s[i - 1 : i + 2])
    return out
