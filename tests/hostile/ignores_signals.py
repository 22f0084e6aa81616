# expect: TLE
import signal

for sig in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP, signal.SIGXCPU):
    signal.signal(sig, signal.SIG_IGN)


def has_zero_sum_pair(nums):
    while True:
        pass
