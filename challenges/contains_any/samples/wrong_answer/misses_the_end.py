"""Sets per length, but only tries positions where the longest pattern still fits: shorter
patterns at the very end of the text are missed."""


def first_match(text, patterns):
    if not patterns:
        return -1
    by_length = {}
    for p in patterns:
        by_length.setdefault(len(p), set()).add(p)
    longest = max(by_length)
    for i in range(len(text) - longest + 1):
        for length, group in by_length.items():
            if text[i : i + length] in group:
                return i
    return -1
