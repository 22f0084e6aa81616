def first_match(text, patterns):
    return min((i for i in (text.find(p) for p in patterns) if i >= 0), default=-1
