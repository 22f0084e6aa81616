"""Off by one: lets the end equal the start, so the empty substring is counted (n + 1
times), and "" gives [""] instead of []."""


def palindromic_substrings(s):
    out = []
    for i in range(len(s) + 1):
        for j in range(i, len(s) + 1):
            piece = s[i:j]
            if piece == piece[::-1]:
                out.append(piece)
    return out
