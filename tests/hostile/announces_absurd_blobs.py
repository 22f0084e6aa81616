# expect: RE
# Replies with a line that announces a terabyte of raw bytes after it, then sends a few. A
# judge that believes the sizes waits or allocates forever; the announced sizes must add up
# to a reply the judge accepts (REPLY_CAP), or the reply is a broken protocol: RE at once.
import json
import os
import sys

worker_class = getattr(sys.modules.get("__main__"), "Worker", None)
if worker_class is not None:

    def reply(self, message):
        if "result" in message:
            promise = {**message, "blobs": [1 << 40]}
            os.write(self.replies, (json.dumps(promise) + "\n").encode() + b"\0" * 4096)
        else:
            original_reply(self, message)

    original_reply = worker_class.reply
    worker_class.reply = reply


def has_zero_sum_pair(nums):
    return False
