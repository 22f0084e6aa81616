"""Takes a leaf of the trie (a node without children) for the end of a pattern, so a pattern
that is a prefix of another ("ab" and "abc") is never found."""


def first_match(text, patterns):
    trie = {}
    for pattern in patterns:
        node = trie
        for char in pattern:
            node = node.setdefault(char, {})
    if not trie:
        return -1
    for start in range(len(text)):
        node = trie
        i = start
        while i < len(text) and text[i] in node:
            node = node[text[i]]
            i += 1
            if not node:  # a leaf: a pattern ends here
                return start
    return -1
