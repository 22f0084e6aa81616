"""Two pointers, the fast one starting one node ahead: O(n) time, O(1) extra memory."""
# expect-tier: O(1) extra memory (stretch) = AC
# complexity: O(n)


def has_cycle(head):
    if head is None or head.next is None:
        return False
    slow, fast = head, head.next
    while slow is not fast:
        if fast is None or fast.next is None:
            return False
        slow = slow.next
        fast = fast.next.next
    return True
