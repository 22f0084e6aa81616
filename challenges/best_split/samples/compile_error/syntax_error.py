import numpy as np


def best_split(x, y):
    values = np.unique(x)
    return (values[0] + values[1]) / 2, 0.0)
