# expect: WA
# set-ups: all
# Signal 0 (only the permission check, nothing delivered) to the judge through every call
# that can signal another process besides kill and rt_sigqueueinfo: tkill, tgkill,
# rt_tgsigqueueinfo, and a pidfd (pidfd_open, pidfd_send_signal). AC only if one gets through.
import ctypes
import os
import platform

NUMBERS = {
    "x86_64": {"tkill": 200, "tgkill": 234, "rt_tgsigqueueinfo": 297},
    "aarch64": {"tkill": 130, "tgkill": 131, "rt_tgsigqueueinfo": 240},
}.get(platform.machine(), {})
PIDFD_OPEN, PIDFD_SEND_SIGNAL = 434, 424
libc = ctypes.CDLL(None, use_errno=True)
judge = ctypes.c_long(os.getppid())
zero = ctypes.c_long(0)
info = ctypes.create_string_buffer(128)  # siginfo_t: code = SI_QUEUE (-1)
ctypes.c_int.from_buffer(info, 8).value = -1
OPEN = False
if NUMBERS:
    OPEN = OPEN or libc.syscall(ctypes.c_long(NUMBERS["tkill"]), judge, zero) == 0
    OPEN = OPEN or libc.syscall(ctypes.c_long(NUMBERS["tgkill"]), judge, judge, zero) == 0
    OPEN = OPEN or libc.syscall(
        ctypes.c_long(NUMBERS["rt_tgsigqueueinfo"]), judge, judge, zero, info
    ) == 0
    pidfd = libc.syscall(ctypes.c_long(PIDFD_OPEN), judge, zero)
    if pidfd >= 0:
        OPEN = OPEN or libc.syscall(
            ctypes.c_long(PIDFD_SEND_SIGNAL), ctypes.c_long(pidfd), zero, None, zero
        ) == 0


def has_zero_sum_pair(nums):
    seen = set()
    for x in nums:
        if -x in seen:
            return OPEN
        seen.add(x)
    return not OPEN
