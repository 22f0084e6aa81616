# complexity: O(n log n)
"""numpy for the permutations, seeded from rng (rng.getrandbits), so that every random
number still comes from the judge's rng and a seed reproduces the split."""

import numpy as np


def stratified_split(labels, test_fraction, rng):
    generator = np.random.default_rng(rng.getrandbits(64))
    codes = {}
    classes = np.array([codes.setdefault(label, len(codes)) for label in labels], dtype=np.int64)
    in_test = np.zeros(len(labels), dtype=bool)
    for code in range(len(codes)):
        members = np.flatnonzero(classes == code)
        k = round(test_fraction * len(members))
        in_test[generator.permutation(members)[:k]] = True
    return np.flatnonzero(~in_test).tolist(), np.flatnonzero(in_test).tolist()
