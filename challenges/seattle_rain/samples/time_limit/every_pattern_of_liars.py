# complexity: O(2^n * n) Fraction operations, n = yes + no
"""Lists every pattern of who lied (2^(yes + no) of them) and adds up the ones that give
these answers in each weather: fine for three friends, hopeless for a hundred."""

from fractions import Fraction
from itertools import product


def rain_probability(prior: Fraction, lie: Fraction, yes: int, no: int) -> Fraction:
    answers = [True] * yes + [False] * no  # True: said "rain"
    rain = dry = Fraction(0)
    for lied in product((False, True), repeat=len(answers)):
        chance = Fraction(1)
        for liar in lied:
            chance *= lie if liar else 1 - lie
        # In the rain a truthful friend says "rain"; in dry weather a liar does.
        if all(said == (not liar) for said, liar in zip(answers, lied)):
            rain += prior * chance
        if all(said == liar for said, liar in zip(answers, lied)):
            dry += (1 - prior) * chance
    if rain + dry == 0:
        raise ValueError("impossible answers")
    return rain / (rain + dry)
