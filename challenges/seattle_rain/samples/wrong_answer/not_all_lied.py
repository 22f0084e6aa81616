"""1 - (1/3) ** 3: "it rains unless everyone who said so lied", forgetting that on a dry day
they would all have had to lie to say it."""

from fractions import Fraction


def rain_probability(prior: Fraction, lie: Fraction, yes: int, no: int) -> Fraction:
    return 1 - lie**yes
