"""Calls a list whose tail links back to the head "circular" rather than cyclic, and only
reports links back to a later node."""


def has_cycle(head):
    position = {}
    node, index = head, 0
    while node is not None:
        if node in position:
            return position[node] > 0  # back at the head: "just a circular list"
        position[node] = index
        node, index = node.next, index + 1
    return False
