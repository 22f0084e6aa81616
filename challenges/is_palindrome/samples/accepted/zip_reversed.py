# complexity: O(n)
def is_palindrome(word):
    return all(a == b for a, b in zip(word, reversed(word)))
