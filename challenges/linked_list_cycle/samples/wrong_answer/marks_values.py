"""Marks visited nodes by overwriting their value: right answer, but the list is changed."""

VISITED = object()


def has_cycle(head):
    node = head
    while node is not None:
        if node.value is VISITED:
            return True
        node.value = VISITED
        node = node.next
    return False
