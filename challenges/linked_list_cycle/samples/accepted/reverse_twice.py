"""O(1) extra memory by reversing the links in place, then reversing them back.

Reversing a list that has a cycle walks into the loop, turns it round and comes back out
along the lead-in, ending at the head again; without a cycle it ends at the tail. The second
reversal restores every link, so the list is left exactly as it was found.
"""
# expect-tier: O(1) extra memory (stretch) = AC
# complexity: O(n)


def _reverse(node):
    """Reverse the links reachable from node; return the node the walk ended on."""
    previous = None
    while node is not None:
        following = node.next
        node.next = previous
        previous = node
        node = following
    return previous


def has_cycle(head):
    if head is None or head.next is None:
        return False
    end = _reverse(head)
    _reverse(end)  # from the head (with a cycle) or the old tail (without): undoes it all
    return end is head
