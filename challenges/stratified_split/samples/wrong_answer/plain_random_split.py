"""A plain random split: shuffle all the indices and take round(test_fraction * n) of them,
whatever their class. Each class gets its share only on average."""


def stratified_split(labels, test_fraction, rng):
    order = list(range(len(labels)))
    rng.shuffle(order)
    k = round(test_fraction * len(labels))
    return sorted(order[k:]), sorted(order[:k])
