"""A prefix tree (trie) of the patterns, walked from every position of the text.

Build: one nested dict per trie node, keyed by the next character; a node where a pattern
ends holds the END key. Search: for i = 0, 1, 2, ... follow the text's characters from
position i down the trie; reaching a node that ends a pattern means some pattern starts at
i, and i is the answer (the first position that succeeds is the smallest). A walk stops at
the first character the trie does not have, so it never reads more characters than the
longest pattern.

Time: O(total length of the patterns) to build, then O(len(text) x L) at worst, L the
longest pattern; on text that matches only short prefixes (as search text does), each walk
is a few steps. Aho-Corasick removes the factor L (failure links make one walk over the
text suffice), at the cost of a more complex build.
"""

END = ""  # a key no child has: children are keyed by one character


def first_match(text: str, patterns: list[str]) -> int:
    root: dict = {}
    for pattern in patterns:
        node = root
        for char in pattern:
            child = node.get(char)
            if child is None:
                child = node[char] = {}
            node = child
        node[END] = True
    if not root:  # no patterns at all
        return -1
    n = len(text)
    for start in range(n):
        node = root
        i = start
        while True:
            if END in node:
                return start
            if i == n:
                break
            node = node.get(text[i])
            if node is None:
                break
            i += 1
    return -1
