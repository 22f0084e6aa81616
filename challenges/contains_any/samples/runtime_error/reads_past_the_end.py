"""Walks the trie with text[j] without checking that j is still inside the text."""


def first_match(text, patterns):
    trie = {}
    for pattern in patterns:
        node = trie
        for char in pattern:
            node = node.setdefault(char, {})
        node["end"] = True
    for i in range(len(text)):
        node, j = trie, i
        while "end" not in node:
            node = node.get(text[j])
            if node is None:
                break
            j += 1
        if node is not None and "end" in node:
            return i
    return -1
