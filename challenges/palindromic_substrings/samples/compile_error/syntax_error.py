def palindromic_substrings(s):
    out = []
    for i in range(len(s)
        out.append(s[i])
    return out
