"""Remembers values instead of nodes: any repeated value looks like a cycle."""


def has_cycle(head):
    seen = set()
    node = head
    while node is not None:
        if node.value in seen:
            return True
        seen.add(node.value)
        node = node.next
    return False
