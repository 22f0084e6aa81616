# expect: RE
# Replaces the worker's reply with a list nested 3,000 deep: a judge that decodes it with
# plain recursion fails with an internal error. It must be the submission's RE.
import os
import sys

worker_class = getattr(sys.modules.get("__main__"), "Worker", None)
if worker_class is not None:

    def reply(self, message):
        if "result" in message:
            deep = b"[" * 3000 + b"]" * 3000
            forged = b'{"ok": true, "id": "%s", "result": %s}\n' % (
                str(message["id"]).encode(),
                deep,
            )
            os.write(self.replies, forged)
        else:
            original_reply(self, message)

    original_reply = worker_class.reply
    worker_class.reply = reply


def has_zero_sum_pair(nums):
    return False
