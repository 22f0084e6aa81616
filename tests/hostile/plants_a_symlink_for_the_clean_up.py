# expect: WA
# workspace: solutions
# Plants, in a folder of its own, symbolic links to files of the judge's user (its own
# file in solutions/ and the accepted one beside it), then makes that folder unwritable, so
# that the clean-up cannot unlink them without its retry, which changes modes: a retry that
# followed the links would make those files 0700. AC only if the folder could be locked
# (the jail refuses chmod); the test checks every file of the workspace kept its mode.
import os
from pathlib import Path

HERE = Path(__file__).resolve()
try:
    os.mkdir("locked")
    for index, target in enumerate(sorted(HERE.parent.glob("*.py"))):
        os.symlink(target, f"locked/link-{index}")
    os.chmod("locked", 0o500)
    OPEN = True
except OSError:
    OPEN = False


def has_zero_sum_pair(nums):
    seen = set()
    for x in nums:
        if -x in seen:
            return OPEN
        seen.add(x)
    return not OPEN
