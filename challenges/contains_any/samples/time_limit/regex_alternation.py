"""One regular expression of all patterns, "p1|p2|...": re tries the alternatives one after
another at every position of the text."""

import re


def first_match(text, patterns):
    if not patterns:
        return -1
    found = re.search("|".join(map(re.escape, patterns)), text)
    return found.start() if found else -1
