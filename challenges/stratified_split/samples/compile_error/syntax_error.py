def stratified_split(labels, test_fraction, rng):
    indices = list(range(len(labels))
    k = round(test_fraction * len(indices))
    return indices[k:], indices[:k]
