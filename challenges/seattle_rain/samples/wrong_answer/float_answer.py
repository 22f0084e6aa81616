"""The right formula, but the answer is converted to a float: close, and not exact."""

from fractions import Fraction


def rain_probability(prior: Fraction, lie: Fraction, yes: int, no: int) -> float:
    rain = prior * (1 - lie) ** yes * lie**no
    dry = (1 - prior) * lie**yes * (1 - lie) ** no
    if rain + dry == 0:
        raise ValueError("impossible answers")
    return float(rain / (rain + dry))
