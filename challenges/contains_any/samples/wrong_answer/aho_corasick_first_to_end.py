"""Aho-Corasick that returns the start of the first match it finds: the first to *end*,
which is not always the first to start ("bc" ends before "abcd")."""

from collections import deque


def first_match(text, patterns):
    goto, out = [{}], [0]
    for p in patterns:
        s = 0
        for c in p:
            if c not in goto[s]:
                goto[s][c] = len(goto)
                goto.append({})
                out.append(0)
            s = goto[s][c]
        out[s] = max(out[s], len(p))
    fail = [0] * len(goto)
    queue = deque(goto[0].values())
    while queue:
        s = queue.popleft()
        for c, t in goto[s].items():
            queue.append(t)
            f = fail[s]
            while f and c not in goto[f]:
                f = fail[f]
            fail[t] = goto[f].get(c, 0) if goto[f].get(c, 0) != t else 0
            out[t] = max(out[t], out[fail[t]])
    s = 0
    for i, c in enumerate(text):
        while s and c not in goto[s]:
            s = fail[s]
        s = goto[s].get(c, 0)
        if out[s]:
            return i - out[s] + 1
    return -1
