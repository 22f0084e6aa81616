# expect: WA
class Fake:
    __class__ = bool

    def __eq__(self, other):
        return True

    def __hash__(self):
        return 0


def has_zero_sum_pair(nums):
    return Fake()
