"""Floyd's tortoise and hare: O(n) time, O(1) extra memory, the list is only read.

Two pointers walk the list, the hare two nodes per step and the tortoise one. Without a
cycle the hare reaches the tail first. With one, both end up going round the cycle, where
the hare gains one node per step on the tortoise, so it lands on it within one lap.
"""


def has_cycle(head) -> bool:
    tortoise = hare = head
    while hare is not None and hare.next is not None:
        tortoise = tortoise.next
        hare = hare.next.next
        if tortoise is hare:  # identity: two different nodes never "meet"
            return True
    return False  # the hare found the end of the list
