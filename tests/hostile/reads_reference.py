# expect: WA
# set-ups: all
# Reads the challenge's own reference and runs it: AC only if the file-system jail lets a
# submission read the challenge package. Jailed, the read fails and it answers wrongly.
from pathlib import Path

REFERENCE = Path(__file__).resolve().parents[2] / "challenges" / "zero_sum_pair" / "reference.py"
try:
    found: dict = {}
    exec(REFERENCE.read_text(), found)
    has_zero_sum_pair = found["has_zero_sum_pair"]
except OSError:

    def has_zero_sum_pair(nums):
        return False
