# expect: WA
# set-ups: all
# Reads the judge's memory with process_vm_readv (no /proc file involved) and opens its
# /proc/<judge>/mem for writing (writing nothing). AC only if either works.
import ctypes
import os
import platform

judge = os.getppid()
OPEN = False
NUMBER = {"x86_64": 310, "aarch64": 270}.get(platform.machine())
try:
    with open(f"/proc/{os.getpid()}/maps") as handle:  # same binary: a mapped address
        start = int(handle.readline().split("-")[0], 16)
except (OSError, ValueError):
    start = 0x400000
if NUMBER:

    class IoVec(ctypes.Structure):
        _fields_ = (("base", ctypes.c_void_p), ("length", ctypes.c_size_t))

    buffer = ctypes.create_string_buffer(16)
    local, remote = IoVec(ctypes.addressof(buffer), 16), IoVec(start, 16)
    libc = ctypes.CDLL(None, use_errno=True)
    got = libc.syscall(
        ctypes.c_long(NUMBER), ctypes.c_long(judge), ctypes.byref(local), ctypes.c_ulong(1),
        ctypes.byref(remote), ctypes.c_ulong(1), ctypes.c_ulong(0),
    )
    OPEN = got > 0 or ctypes.get_errno() == 14  # EFAULT: allowed in, the address was wrong
try:
    os.close(os.open(f"/proc/{judge}/mem", os.O_WRONLY))
    OPEN = True
except OSError:
    pass


def has_zero_sum_pair(nums):
    seen = set()
    for x in nums:
        if -x in seen:
            return OPEN
        seen.add(x)
    return not OPEN
