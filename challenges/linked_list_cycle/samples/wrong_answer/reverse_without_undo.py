"""Reverses the links to find the answer and forgets to reverse them back."""


def has_cycle(head):
    if head is None or head.next is None:
        return False
    previous, node = None, head
    while node is not None:
        following = node.next
        node.next = previous
        previous = node
        node = following
    return previous is head
