"""Raises ValueError for every lie of 0 or 1, also when the answers are possible (friends
who never lie and agree): a valid input, so the exception is a runtime error."""

from fractions import Fraction


def rain_probability(prior: Fraction, lie: Fraction, yes: int, no: int) -> Fraction:
    if lie in (0, 1):
        raise ValueError("lie must be strictly between 0 and 1")
    rain = prior * (1 - lie) ** yes * lie**no
    dry = (1 - prior) * lie**yes * (1 - lie) ** no
    return rain / (rain + dry)
