# expect: WA
# set-ups: all
# Queues a signal to the judge with rt_sigqueueinfo, which kill-only filters forget (signal 0:
# only the permission check, nothing is delivered): AC only if the judge can be signalled.
import ctypes
import os
import platform

NUMBER = {"x86_64": 129, "aarch64": 138}.get(platform.machine())
OPEN = False
if NUMBER:
    libc = ctypes.CDLL(None, use_errno=True)
    info = ctypes.create_string_buffer(128)  # siginfo_t: signo, errno, code = SI_QUEUE (-1)
    ctypes.c_int.from_buffer(info, 8).value = -1
    OPEN = libc.syscall(ctypes.c_long(NUMBER), ctypes.c_long(os.getppid()), ctypes.c_long(0), info) == 0


def has_zero_sum_pair(nums):
    seen = set()
    for x in nums:
        if -x in seen:
            return OPEN
        seen.add(x)
    return not OPEN
