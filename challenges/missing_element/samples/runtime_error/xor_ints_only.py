"""The XOR trick: every value cancels itself out except the missing one. Right for integers;
strings cannot be XORed (TypeError)."""


def find_missing(a, b):
    result = 0
    for x in a:
        result ^= x
    for x in b:
        result ^= x
    return result
