"""O(1) memory: stashes each node's next in its value and points it at a marker, then puts
every link back, but never saved the values it overwrote."""

class _Marker:
    pass


MARKER = _Marker()


def has_cycle(head):
    node = head
    found = False
    while node is not None:
        if node.next is MARKER:
            found = True
            break
        following = node.next
        node.value = following  # the old value is lost here
        node.next = MARKER
        node = following
    node = head
    while node is not None and node.next is MARKER:  # restore the links
        node.next = node.value
        node = node.next
    return found
