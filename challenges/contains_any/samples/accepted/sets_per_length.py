"""Group the patterns by length; at each position look up the text's slice of each length
(a hash lookup per distinct length), shortest first."""


def first_match(text, patterns):
    by_length = {}
    for p in patterns:
        by_length.setdefault(len(p), set()).add(p)
    lengths = sorted(by_length)
    for i in range(len(text)):
        for length in lengths:
            if i + length > len(text):
                break
            if text[i : i + length] in by_length[length]:
                return i
    return -1
