"""Always skips a middle character, as if every length were odd: wrong for even lengths,
where the two halves then differ in length ("abba" -> "ab" vs "a")."""


def is_palindrome(word):
    mid = len(word) // 2
    return word[:mid] == word[mid + 1 :][::-1]
