"""Quadratic: for each node, walks again from the head to see whether it came earlier."""
# complexity: O(n^2)


def has_cycle(head):
    node, steps = head, 0
    while node is not None:
        earlier = head
        for _ in range(steps):
            if earlier is node:
                return True
            earlier = earlier.next
        node, steps = node.next, steps + 1
    return False
