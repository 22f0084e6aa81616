"""Marks visited nodes in a bytearray indexed by their memory address: the addresses are
huge, and so is the bytearray."""


def has_cycle(head):
    if head is None:
        return False
    visited = bytearray(id(head) // 8 + 1024)
    node = head
    while node is not None:
        slot = id(node) // 8
        if slot >= len(visited):
            visited.extend(bytes(slot - len(visited) + 1))
        if visited[slot]:
            return True
        visited[slot] = 1
        node = node.next
    return False
