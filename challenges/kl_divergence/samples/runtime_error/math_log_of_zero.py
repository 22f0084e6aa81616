"""A loop with math.log and no care for the limits: math.log(0.0) raises ValueError (math
domain error) at the first p_i = 0."""

import math


def kl_divergence(p, q):
    return sum(p_i * math.log(p_i / q_i) for p_i, q_i in zip(p.ravel().tolist(), q.ravel().tolist()))
