# complexity: O(n log n)
"""Shuffle all the indices once with rng, then walk the shuffled order and send each class's
first k there to test: in a uniform shuffle, the first k of a class are a uniform k-subset."""


def stratified_split(labels, test_fraction, rng):
    sizes = {}
    for label in labels:
        sizes[label] = sizes.get(label, 0) + 1
    left = {label: round(test_fraction * m) for label, m in sizes.items()}
    order = list(range(len(labels)))
    rng.shuffle(order)
    test = []
    for i in order:
        if left[labels[i]] > 0:
            left[labels[i]] -= 1
            test.append(i)
    test.sort()
    chosen = set(test)
    return [i for i in range(len(labels)) if i not in chosen], test
