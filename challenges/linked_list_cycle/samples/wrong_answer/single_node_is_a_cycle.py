"""The reverse-twice trick without its guard: reversing a lone node also ends on the head,
so a single node without a cycle is reported as one."""


def _reverse(node):
    previous = None
    while node is not None:
        following = node.next
        node.next = previous
        previous = node
        node = following
    return previous


def has_cycle(head):
    if head is None:
        return False
    end = _reverse(head)
    _reverse(end)
    return end is head
