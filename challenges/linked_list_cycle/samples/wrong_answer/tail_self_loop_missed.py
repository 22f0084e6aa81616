"""Takes a node that links to itself for an end-of-list sentinel (a convention of some C
lists), remembering only the special case of a lone node linked to itself."""


def has_cycle(head):
    if head is None:
        return False
    if head.next is head:
        return True
    seen = set()
    node = head
    while node is not None and node.next is not node:  # "self-link = end of the list"
        if node in seen:
            return True
        seen.add(node)
        node = node.next
    return False
