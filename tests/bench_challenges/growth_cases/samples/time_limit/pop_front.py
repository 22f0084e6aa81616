"""Takes the indices off the front of a list one by one, counting those still behind each:
list.pop(0) moves every remaining element (a C memmove), so O(n^2) with a small constant."""
# complexity: O(n^2)


def count_pairs(n):
    rest = list(range(n))
    count = 0
    while rest:
        rest.pop(0)
        count += len(rest)
    return count
