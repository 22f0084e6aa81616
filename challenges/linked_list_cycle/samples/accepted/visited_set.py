"""A set of visited nodes: O(n) time, but O(n) extra memory, so the stretch tier says MLE."""
# expect-tier: O(1) extra memory (stretch) = MLE
# complexity: O(n)


def has_cycle(head):
    seen = set()
    node = head
    while node:
        if node in seen:
            return True
        seen.add(node)
        node = node.next
    return False
