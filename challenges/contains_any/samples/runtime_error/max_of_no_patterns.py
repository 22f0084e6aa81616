"""Takes the longest pattern's length first: max() of an empty list raises ValueError."""


def first_match(text, patterns):
    longest = max(len(p) for p in patterns)
    wanted = set(patterns)
    for i in range(len(text)):
        for length in range(1, longest + 1):
            if text[i : i + length] in wanted:
                return i
    return -1
