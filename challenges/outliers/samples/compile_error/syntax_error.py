def outlier_indices(values):
    return [i for i, x in enumerate(values) if x > 3.5
