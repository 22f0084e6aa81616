"""Returns where the first pattern of the list that occurs is, not the smallest index."""


def first_match(text, patterns):
    for pattern in patterns:
        index = text.find(pattern)
        if index != -1:
            return index
    return -1
