"""XOR generalised to any hashable value: toggle each element in and out of a set. Every
value occurs an even number of times in a + b except the missing one."""
# complexity: O(n)


def find_missing(a, b):
    odd = set()
    for values in (a, b):
        for x in values:
            if x in odd:
                odd.remove(x)
            else:
                odd.add(x)
    return odd.pop()
