"""Returns None instead of False for an empty list (a bare `return`)."""


def has_cycle(head):
    if not head:
        return
    slow = fast = head
    while fast is not None and fast.next is not None:
        slow = slow.next
        fast = fast.next.next
        if slow is fast:
            return True
    return False
