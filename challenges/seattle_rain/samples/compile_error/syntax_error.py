from fractions import Fraction


def rain_probability(prior, lie, yes, no):
    return prior * (1 - lie) ** yes / (prior * (1 - lie) ** yes + (1 - prior) * lie ** yes
