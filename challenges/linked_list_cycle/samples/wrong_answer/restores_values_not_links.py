"""Marks nodes through their values and restores the values afterwards, but "repairs" the
cycle it found by cutting the last link, so the links are not what they were."""

MARK = object()


def has_cycle(head):
    saved = []
    previous, node = None, head
    found = False
    while node is not None:
        if node.value is MARK:
            previous.next = None  # break the loop "to be safe"
            found = True
            break
        saved.append((node, node.value))
        node.value = MARK
        previous, node = node, node.next
    for marked, value in saved:
        marked.value = value
    return found
