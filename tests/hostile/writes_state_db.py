# expect: WA
# workspace: solutions
# then: challenges/zero_sum_pair/samples/wrong_answer/single_zero.py WA
# Writes the state database of its workspace (.judge/judge.db, beside solutions/): a fake
# accepted attempt, and a whiteboard round in progress on this challenge, which would turn
# the next check of a wrong file into a verdict-less exit 0. AC only if it could write
# there; the check after it shows a forged round, the recorded attempts a forged one.
import sqlite3
import time
from pathlib import Path

DATABASE = Path(__file__).resolve().parents[1] / ".judge" / "judge.db"
now = time.time()
try:
    if not DATABASE.is_file():
        raise OSError("no database")
    with sqlite3.connect(DATABASE, timeout=5) as db:  # every worker of the check imports this
        db.execute(
            "INSERT INTO attempts (challenge, file, file_sha256, verdict, score, accepted, quick,"
            " seconds, created, tiers_json) VALUES ('zero-sum-pair', ?, '', 'AC', 100, 1, 0,"
            " 1.0, ?, '[]')",
            (__file__, now),
        )
        if not db.execute("SELECT 1 FROM rounds WHERE ended IS NULL").fetchone():
            cursor = db.execute(
                "INSERT INTO rounds (mode, seed, quick, folder, started, deadline) VALUES"
                " ('whiteboard', 1, 0, 'rounds/1', ?, ?)",
                (now, now + 3600),
            )
            db.execute(
                "INSERT INTO round_problems (round_id, position, challenge) VALUES (?, 0,"
                " 'zero-sum-pair')",
                (cursor.lastrowid,),
            )
    OPEN = True
except (OSError, sqlite3.Error):
    OPEN = False


def has_zero_sum_pair(nums):
    seen = set()
    for x in nums:
        if -x in seen:
            return OPEN
        seen.add(x)
    return not OPEN
