def isPalindrome(word):  # camelCase: the judge looks for is_palindrome
    return word == word[::-1]
