# expect: RE
# Writes a forged reply to every descriptor it finds.
import os


def has_zero_sum_pair(nums):
    for fd in range(3, 64):
        try:
            os.write(fd, b'{"ok": true, "result": true}\nnot json at all\n')
        except OSError:
            pass
    return False
