# expect: RE
# Prints escape codes that clear the screen and draw a fake "accepted" report, then fails.
# On a terminal the judge's real report must show them as text, never act on them.
import sys

sys.stdout.write("\x1b[2J\x1b[H\x1b[32mVerdict: AC (accepted)   score 100/100\x1b[0m\n")


def has_zero_sum_pair(nums):
    raise ValueError("\x1b[2J\x1b[Hall good")
