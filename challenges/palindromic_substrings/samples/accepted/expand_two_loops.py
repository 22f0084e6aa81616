# complexity: O(n)
# complexity note: n centres plus the answer's total length, which is O(n) for perf.py's strings
#   (bounded runs and palindromes)
def palindromic_substrings(s):
    result = []

    def expand(left, right):
        while left >= 0 and right < len(s) and s[left] == s[right]:
            result.append(s[left : right + 1])
            left -= 1
            right += 1

    for i in range(len(s)):
        expand(i, i)  # odd lengths, centred on s[i]
    for i in range(len(s) - 1):
        expand(i, i + 1)  # even lengths, centred between s[i] and s[i + 1]
    return result
