"""(2/3) ** 3: the probability that every friend told the truth, taken for the answer."""

from fractions import Fraction


def rain_probability(prior: Fraction, lie: Fraction, yes: int, no: int) -> Fraction:
    return (1 - lie) ** (yes + no)
