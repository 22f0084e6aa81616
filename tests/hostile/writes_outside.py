# expect: WA
# set-ups: all
# Writes outside its temporary folder (here: /tmp), then answers wrongly. The jail refuses
# the write; either way the verdict must stay honest (and writes_judge_source.py checks that
# the write really fails).
import os
import tempfile

path = os.path.join(tempfile.gettempdir(), "..", "judge-hostile-was-here.txt")
try:
    with open(path, "w") as note:
        note.write("hello from a submission\n")
except OSError:
    pass


def has_zero_sum_pair(nums):
    return len(nums) > 1
