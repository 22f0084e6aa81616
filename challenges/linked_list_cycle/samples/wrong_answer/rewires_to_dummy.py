"""Points every visited node at a dummy node: O(1) memory and the right answer, but the links
are destroyed."""

DUMMY = object()


def has_cycle(head):
    node = head
    while node is not None:
        if node.next is DUMMY:  # we have been here before
            return True
        following = node.next
        node.next = DUMMY
        node = following
    return False
