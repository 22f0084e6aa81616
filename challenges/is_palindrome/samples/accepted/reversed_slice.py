# complexity: O(n)
# complexity note: the reversed copy and the comparison are C loops over n characters
def is_palindrome(word):
    return word == word[::-1]
