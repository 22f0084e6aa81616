def hasCycle(head):  # camelCase, as on some sites: the judge looks for has_cycle
    slow = fast = head
    while fast and fast.next:
        slow, fast = slow.next, fast.next.next
        if slow is fast:
            return True
    return False
