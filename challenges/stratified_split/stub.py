import random


def stratified_split(
    labels: list[str], test_fraction: float, rng: random.Random
) -> tuple[list[int], list[int]]:
    """Split the indices of labels into (train, test), each a list in ascending order.

    In each class (the indices with one label) exactly round(test_fraction * count) go to
    test, every such subset of the class equally likely. Take all randomness from rng.
    """
    raise NotImplementedError("write your solution here")
