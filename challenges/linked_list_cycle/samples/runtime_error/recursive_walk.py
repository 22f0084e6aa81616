"""Recurses once per node: fine on small lists, RecursionError on the long ones."""


def has_cycle(head, seen=None):
    if seen is None:
        seen = set()
    if head is None:
        return False
    if head in seen:
        return True
    seen.add(head)
    return has_cycle(head.next, seen)
