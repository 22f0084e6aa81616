"""Moves the fast pointer two nodes without checking the first: AttributeError on None."""


def has_cycle(head):
    slow = fast = head
    while fast is not None:
        slow = slow.next
        fast = fast.next.next
        if slow is fast:
            return True
    return False
