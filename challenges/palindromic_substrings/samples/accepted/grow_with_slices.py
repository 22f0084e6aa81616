"""From each centre, take ever longer slices and check each one by reversing it: each check
costs the slice's length, so the work is the total length of the answer, still fine."""
# complexity: O(n)
# complexity note: per centre the sum of its palindromes' lengths; bounded for perf.py's strings, so
#   linear in n


def palindromic_substrings(s):
    out = []
    for centre in range(len(s)):
        for lo, hi in ((centre, centre + 1), (centre, centre + 2)):
            while lo >= 0 and hi <= len(s):
                piece = s[lo:hi]
                if piece != piece[::-1]:
                    break
                out.append(piece)
                lo -= 1
                hi += 1
    return out
