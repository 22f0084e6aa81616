# expect: WA
class Anything:
    def __eq__(self, other):
        return True

    def __hash__(self):
        return 0

    def __bool__(self):
        return True


def has_zero_sum_pair(nums):
    return Anything()
