# expect: RE
class Escape(BaseException):
    pass


def has_zero_sum_pair(nums):
    raise Escape("try to get past the judge")
