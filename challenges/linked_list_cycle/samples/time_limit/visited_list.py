"""Remembers visited nodes in a list: `node in visited` scans it, so this is quadratic."""
# complexity: O(n^2)
# complexity note: `node in visited` is a C scan of up to n nodes, once per node


def has_cycle(head):
    visited = []
    node = head
    while node is not None:
        if node in visited:
            return True
        visited.append(node)
        node = node.next
    return False
