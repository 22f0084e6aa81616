"""Answers the guide's question ("does the text contain one?") instead of the contract's."""


def first_match(text, patterns):
    trie = {}
    for pattern in patterns:
        node = trie
        for char in pattern:
            node = node.setdefault(char, {})
        node["$end"] = True
    for start in range(len(text)):
        node = trie
        for char in text[start:]:
            if char not in node:
                break
            node = node[char]
            if "$end" in node:
                return True
    return False
