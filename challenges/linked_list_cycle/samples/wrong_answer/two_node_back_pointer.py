"""Reads a link straight back to the previous node as the back pointer of a doubly linked
list, not as a cycle, so two nodes pointing at each other look like the end of the list."""


def has_cycle(head):
    seen = set()
    previous, node = None, head
    while node is not None:
        seen.add(node)
        following = node.next
        if previous is not None and following is previous:
            return False  # "just the back pointer"
        if following in seen:
            return True
        previous, node = node, following
    return False
