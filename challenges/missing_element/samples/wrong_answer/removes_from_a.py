"""Right answer, but it removes b's elements from the caller's list a itself."""


def find_missing(a, b):
    for x in b:
        a.remove(x)
    return a[0]
