"""When the answers cannot happen, returns the prior ("we learned nothing usable") instead
of raising ValueError."""

from fractions import Fraction


def rain_probability(prior: Fraction, lie: Fraction, yes: int, no: int) -> Fraction:
    rain = prior * (1 - lie) ** yes * lie**no
    dry = (1 - prior) * lie**yes * (1 - lie) ** no
    if rain + dry == 0:
        return prior
    return rain / (rain + dry)
