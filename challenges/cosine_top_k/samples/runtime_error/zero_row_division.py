"""Plain Python floats for each row: a zero row's norm is 0.0, and the division raises
ZeroDivisionError."""

import math


def most_similar(vectors, query, k):
    rows, q = vectors.tolist(), query.tolist()
    q_norm = math.sqrt(sum(x * x for x in q))
    similarity = []
    for row in rows:
        dot = sum(a * b for a, b in zip(row, q))
        similarity.append(dot / (math.sqrt(sum(a * a for a in row)) * q_norm))
    return sorted(range(len(rows)), key=lambda i: -similarity[i])[:k]
