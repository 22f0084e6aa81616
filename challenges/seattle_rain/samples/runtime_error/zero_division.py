"""Bayes' rule without the check: impossible answers divide 0 by 0 (ZeroDivisionError)
where the statement asks for ValueError."""

from fractions import Fraction


def rain_probability(prior: Fraction, lie: Fraction, yes: int, no: int) -> Fraction:
    rain = prior * (1 - lie) ** yes * lie**no
    dry = (1 - prior) * lie**yes * (1 - lie) ** no
    return rain / (rain + dry)
