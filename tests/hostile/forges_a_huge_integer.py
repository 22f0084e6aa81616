# expect: RE
# Replaces the worker's reply with one holding a 40-million-digit integer, written straight
# to the reply pipe with the right request id. A judge that parses it unbounded hangs for
# minutes (int parsing is quadratic) or grows by gigabytes; a bounded one says RE at once.
import os
import sys

worker_class = getattr(sys.modules.get("__main__"), "Worker", None)
if worker_class is not None:

    def reply(self, message):
        if "result" in message:
            forged = b'{"ok": true, "id": "%s", "result": ' % str(message["id"]).encode()
            os.write(self.replies, forged + b"9" * 40_000_000 + b"}\n")
        else:
            original_reply(self, message)

    original_reply = worker_class.reply
    worker_class.reply = reply


def has_zero_sum_pair(nums):
    seen = set()
    for x in nums:
        if -x in seen:
            return True
        seen.add(x)
    return False
