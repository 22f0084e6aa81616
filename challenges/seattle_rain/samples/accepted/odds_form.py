# complexity: O(log n) Fraction operations, n = yes + no (powers by squaring)
"""The odds form: each "yes" multiplies the odds of rain by (1 - lie) / lie, each "no"
divides them by it, so only yes - no matters. lie = 0 or 1 cannot be divided by, and is
reasoned out instead."""

from fractions import Fraction


def rain_probability(prior: Fraction, lie: Fraction, yes: int, no: int) -> Fraction:
    if 0 < lie < 1:
        ratio = ((1 - lie) / lie) ** (yes - no)  # P(answers | rain) / P(answers | dry)
        return prior * ratio / (prior * ratio + (1 - prior))
    # lie is 0 or 1: the friends' answers are certain functions of the weather.
    says_rain_when_raining = lie == 0
    rain_possible = prior > 0 and (no == 0 if says_rain_when_raining else yes == 0)
    dry_possible = prior < 1 and (yes == 0 if says_rain_when_raining else no == 0)
    if not rain_possible and not dry_possible:
        raise ValueError("these answers cannot happen")
    if rain_possible and dry_possible:  # no answers at all: nothing learned
        return prior
    return Fraction(1) if rain_possible else Fraction(0)
