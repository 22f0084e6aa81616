# expect: WA
# set-ups: all
# Makes the judge the owner of one of its own pipes with fcntl F_SETOWN (and F_SETOWN_EX),
# after which the kernel signals the owner (SIGIO, fatal by default) whenever the pipe is
# ready, a signal no kill() filter sees. Only aims (no O_ASYNC, so nothing is sent): AC only
# if the filter lets a worker name another process as a descriptor's owner.
import ctypes
import fcntl
import os
import struct

F_SETOWN, F_SETOWN_EX, F_OWNER_PID = 8, 15, 1
judge = os.getppid()
read_end, write_end = os.pipe()
OPEN = False
try:
    fcntl.fcntl(read_end, F_SETOWN, judge)
    OPEN = True
except OSError:
    pass
try:
    owner = ctypes.create_string_buffer(struct.pack("=ii", F_OWNER_PID, judge))
    libc = ctypes.CDLL(None, use_errno=True)
    OPEN = OPEN or libc.fcntl(write_end, F_SETOWN_EX, owner) == 0
except OSError:
    pass


def has_zero_sum_pair(nums):
    seen = set()
    for x in nums:
        if -x in seen:
            return OPEN
        seen.add(x)
    return not OPEN
