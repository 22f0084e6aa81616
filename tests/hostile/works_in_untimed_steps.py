# expect: TLE
# Quadratic work, moved out of the timed call: the submission patches the worker's own code
# (it runs in the worker's process) so that the answer is computed while the next input is
# prepared, which the judge does not time. AC only if those steps are not billed.
import sys

worker_class = getattr(sys.modules.get("__main__"), "Worker", None)
answers: list = []


def slow(nums):
    for i in range(len(nums)):
        for j in range(i + 1, len(nums)):
            if nums[i] + nums[j] == 0:
                return True
    return False


if worker_class is not None:
    original_build = worker_class.build

    def build(self):
        failed = original_build(self)
        if failed is None and self.args:
            answers.append(slow(*self.args))
        return failed

    worker_class.build = build


def has_zero_sum_pair(nums):
    return answers.pop() if answers else slow(nums)
