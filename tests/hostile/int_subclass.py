# expect: WA
class Truthy(int):
    def __eq__(self, other):
        return True

    __hash__ = int.__hash__


def has_zero_sum_pair(nums):
    return Truthy(1)
