# expect: RE
# set-ups: all
# Creates files by the hundred thousand while it loads (inodes, not bytes): it must be
# stopped once past the folder's limit on files, not left to exhaust the file system.
for i in range(1_000_000):
    open(f"f{i}", "w").close()


def has_zero_sum_pair(nums):
    return False
