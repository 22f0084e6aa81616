"""A trie of nested dicts built with setdefault, with a sentinel object as the end-of-pattern
key; the walk checks the marker before reading the next character."""

END = object()


def first_match(text, patterns):
    trie = {}
    for pattern in patterns:
        node = trie
        for char in pattern:
            node = node.setdefault(char, {})
        node[END] = None
    n = len(text)
    for start in range(n):
        node = trie
        for i in range(start, n + 1):
            if END in node:
                return start
            if i == n:
                break
            node = node.get(text[i])
            if node is None:
                break
    return -1
