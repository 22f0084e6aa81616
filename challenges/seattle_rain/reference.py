"""Bayes' rule with exact fractions: P(rain | answers) = P(rain and answers) / P(answers).

If it rains, a friend says "rain" when telling the truth (probability 1 - lie); if it is dry,
when lying (probability lie). The friends lie independently, so given the weather the
probability of `yes` rains and `no` drys is a product:

    P(answers | rain) = (1 - lie) ** yes * lie ** no
    P(answers | dry)  = lie ** yes * (1 - lie) ** no

Weighted by the prior and normalised, that is the posterior. Every quantity is a Fraction,
so the answer is exact (0 ** 0 is 1: no answers of a kind is no evidence).

P(answers) = 0 means the answers cannot happen under the model (friends who never lie and
disagree; a friend who always lies saying "rain" on a day known to be rainy): the statement
asks for ValueError there. Whenever 0 < lie < 1 the ratio of the two likelihoods is
((1 - lie) / lie) ** (yes - no): one "no" cancels one "yes", and lie = 1/2 leaves the prior.
"""

from fractions import Fraction


def rain_probability(prior: Fraction, lie: Fraction, yes: int, no: int) -> Fraction:
    truth = 1 - lie
    rain_and_answers = prior * truth**yes * lie**no
    dry_and_answers = (1 - prior) * lie**yes * truth**no
    answers = rain_and_answers + dry_and_answers  # P(answers), by total probability
    if answers == 0:
        raise ValueError(
            f"the answers yes={yes}, no={no} cannot happen with prior={prior}, lie={lie}"
        )
    return rain_and_answers / answers
