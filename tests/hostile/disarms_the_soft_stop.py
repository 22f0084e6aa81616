# expect: TLE
# A quadratic solution that disarms the worker's own stop at the CPU limit: it ignores the
# timer's signal, switches the timer off inside every call, and swallows the exception if it
# comes all the same. Only the parent's kill, a little past the limit, can end it, and the
# verdict must be the same TLE, soon (were that kill missing, the judge would wait out every
# size of it).
import signal

signal.signal(signal.SIGPROF, signal.SIG_IGN)


def has_zero_sum_pair(nums):
    signal.setitimer(signal.ITIMER_PROF, 0)
    signal.signal(signal.SIGPROF, signal.SIG_IGN)
    while True:
        try:
            for i in range(len(nums)):
                for j in range(i + 1, len(nums)):
                    if nums[i] + nums[j] == 0:
                        return True
            return False
        except BaseException:
            continue
