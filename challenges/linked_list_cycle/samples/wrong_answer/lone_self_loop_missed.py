"""Believes one node cannot go round on its own, so a lone node whose .next is itself is
reported as acyclic without looking further."""


def has_cycle(head):
    if head is None or head.next is None or head.next is head:  # "fewer than two nodes"
        return False
    slow = fast = head
    while fast is not None and fast.next is not None:
        slow = slow.next
        fast = fast.next.next
        if slow is fast:
            return True
    return False
