# complexity: O(log n) Fraction operations, n = yes + no (powers by squaring)
"""Bayes' rule, written out: joint probabilities of each weather with the answers."""

from fractions import Fraction


def rain_probability(prior: Fraction, lie: Fraction, yes: int, no: int) -> Fraction:
    rain = prior * (1 - lie) ** yes * lie**no
    dry = (1 - prior) * lie**yes * (1 - lie) ** no
    if rain + dry == 0:
        raise ValueError("impossible answers")
    return rain / (rain + dry)
