import numpy as np


def most_similar(vectors, query, k):
    similarity = vectors @ query / (np.linalg.norm(vectors, axis=1) * np.linalg.norm(query)
    return np.argsort(-similarity)[:k].tolist()
