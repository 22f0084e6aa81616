def contains_any(text, patterns):  # the judge looks for first_match
    return min((i for i in (text.find(p) for p in patterns) if i >= 0), default=-1)
