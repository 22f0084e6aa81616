def has_cycle(head) -> bool:
    """Return True iff following .next from head never reaches None.

    head is the first node of a singly linked list, or None for an empty list. Each node
    has .value and .next (None at the tail). Leave every node exactly as you found it.
    """
    raise NotImplementedError("write your solution here")
