"""Plainly written: remembers each node's position by id in a dict, walking with an index.
Slower than a set of nodes and heavier in memory, but linear."""
# expect-tier: O(1) extra memory (stretch) = MLE
# complexity: O(n)


def has_cycle(head):
    position = {}
    index = 0
    node = head
    while node is not None:
        key = id(node)  # nodes are alive all along, so their ids are unique
        if key in position:
            first_visit = position[key]
            loop_length = index - first_visit
            return loop_length > 0
        position[key] = index
        index = index + 1
        node = node.next
    return False
