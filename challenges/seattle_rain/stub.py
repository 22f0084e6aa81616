from fractions import Fraction


def rain_probability(prior: Fraction, lie: Fraction, yes: int, no: int) -> Fraction:
    """Return P(rain | the friends' answers), exactly, as a Fraction.

    prior is P(rain) before asking; each friend independently lies with probability lie;
    yes friends said it rains and no friends said it does not. Raise ValueError when these
    answers are impossible under the model.
    """
    raise NotImplementedError("write your solution here")
