# expect: TLE
# Replies with a line that announces raw bytes after it (as a large array's answer does) and
# never sends them. A judge that waits for them without its time limits hangs; a bounded one
# stops the worker at the call's wall-clock limit, as for any call that never answers.
import json
import os
import sys

worker_class = getattr(sys.modules.get("__main__"), "Worker", None)
if worker_class is not None:

    def reply(self, message):
        if "result" in message:
            promise = {**message, "blobs": [1 << 20]}  # the true reply, and a promise
            os.write(self.replies, (json.dumps(promise) + "\n").encode())
        else:
            original_reply(self, message)

    original_reply = worker_class.reply
    worker_class.reply = reply


def has_zero_sum_pair(nums):
    return False
