"""Aho-Corasick: a trie with failure links, walked once over the text. A match is found when
it *ends*, so the first one found is not necessarily the first to start ("abcd" ends after
"bc"): keep the best start and go on until no later match can start before it."""

from collections import deque


def first_match(text, patterns):
    goto = [{}]
    depth_out = [0]  # length of the longest pattern ending at this state (0: none)
    for pattern in patterns:
        state = 0
        for char in pattern:
            if char not in goto[state]:
                goto[state][char] = len(goto)
                goto.append({})
                depth_out.append(0)
            state = goto[state][char]
        depth_out[state] = max(depth_out[state], len(pattern))
    fail = [0] * len(goto)
    longest = list(depth_out)  # longest pattern ending here, following failure links
    queue = deque(goto[0].values())
    while queue:
        state = queue.popleft()
        for char, child in goto[state].items():
            queue.append(child)
            f = fail[state]
            while f and char not in goto[f]:
                f = fail[f]
            fail[child] = goto[f].get(char, 0) if goto[f].get(char, 0) != child else 0
            longest[child] = max(longest[child], longest[fail[child]])
    if not patterns:
        return -1
    max_len = max(map(len, patterns))
    best = -1
    state = 0
    for i, char in enumerate(text):
        if best >= 0 and i - max_len + 1 > best:
            break  # every match ending from here on starts after best
        while state and char not in goto[state]:
            state = fail[state]
        state = goto[state].get(char, 0)
        if longest[state]:
            start = i - longest[state] + 1
            if best < 0 or start < best:
                best = start
    return best
