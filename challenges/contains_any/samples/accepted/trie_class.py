"""A trie of node objects, walked from every position of the text."""


class TrieNode:
    def __init__(self):
        self.children = {}
        self.is_end = False


def first_match(text, patterns):
    root = TrieNode()
    for word in patterns:
        node = root
        for ch in word:
            if ch not in node.children:
                node.children[ch] = TrieNode()
            node = node.children[ch]
        node.is_end = True
    for i in range(len(text)):
        node = root
        j = i
        while True:
            if node.is_end:
                return i
            if j >= len(text) or text[j] not in node.children:
                break
            node = node.children[text[j]]
            j += 1
    return -1
