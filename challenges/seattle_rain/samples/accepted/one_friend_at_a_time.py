# complexity: O(n) Fraction operations, n = yes + no
"""Updates the belief after each friend's answer, as the answers come in: today's
posterior is the next friend's prior."""

from fractions import Fraction


def rain_probability(prior: Fraction, lie: Fraction, yes: int, no: int) -> Fraction:
    belief = Fraction(prior)
    for says_rain in [True] * yes + [False] * no:
        if_rain = 1 - lie if says_rain else lie  # P(this answer | rain)
        if_dry = lie if says_rain else 1 - lie  # P(this answer | dry)
        evidence = belief * if_rain + (1 - belief) * if_dry
        if evidence == 0:
            raise ValueError("this answer cannot happen")
        belief = belief * if_rain / evidence
    return belief
