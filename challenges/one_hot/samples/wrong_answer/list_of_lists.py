"""Right rows, but returned as a list of lists instead of a numpy array."""


def one_hot(values):
    categories = sorted(set(values))
    column = {category: j for j, category in enumerate(categories)}
    rows = []
    for value in values:
        row = [0] * len(categories)
        row[column[value]] = 1
        rows.append(row)
    return categories, rows
