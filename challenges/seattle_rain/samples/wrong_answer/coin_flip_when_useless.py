"""Right, except for friends who lie half the time: "they tell us nothing, so it is 50/50".
Telling nothing leaves the prior, not 1/2."""

from fractions import Fraction


def rain_probability(prior: Fraction, lie: Fraction, yes: int, no: int) -> Fraction:
    if lie == Fraction(1, 2):
        return Fraction(1, 2)
    rain = prior * (1 - lie) ** yes * lie**no
    dry = (1 - prior) * lie**yes * (1 - lie) ** no
    if rain + dry == 0:
        raise ValueError("impossible answers")
    return rain / (rain + dry)
