"""Normalises the two likelihoods and forgets the prior: right only for a prior of 1/2."""

from fractions import Fraction


def rain_probability(prior: Fraction, lie: Fraction, yes: int, no: int) -> Fraction:
    rain = (1 - lie) ** yes * lie**no
    dry = lie**yes * (1 - lie) ** no
    if rain + dry == 0:
        raise ValueError("impossible answers")
    return rain / (rain + dry)
