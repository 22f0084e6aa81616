"""The running mean: what the guide's question is about not confusing with the median."""


def running_medians(values):
    out, total = [], 0
    for i, x in enumerate(values, start=1):
        total += x
        out.append(total / i)
    return out
