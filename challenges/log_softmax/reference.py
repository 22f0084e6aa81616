"""Row-wise log-softmax, shifted by each row's maximum: exact algebra, no overflow.

log_softmax(z)_i = z_i - log(sum_j exp(z_j)). Written that way, exp(1000) overflows to inf
and exp(-1000) underflows to 0, so the textbook form gives inf - inf = nan, or log(0) =
-inf. Subtracting any constant m from a row changes nothing in the algebra:

    z_i - log(sum_j exp(z_j)) = (z_i - m) - log(sum_j exp(z_j - m)),

and with m the row's maximum every exponent is <= 0 (no overflow) and one of them is 0, so
the sum is between 1 and c (its log is finite: no log(0)). Entries far below the maximum
underflow to exp(...) = 0 harmlessly: they are added to a sum that is at least 1, and their
own result is z_i - m - log(sum), computed without any exp at all.

`keepdims=True` keeps the row maxima and sums as (n, 1) columns, so they broadcast across
their own row (without it, an (n,) vector would broadcast across the columns instead, or
fail to broadcast at all). Vectorised: a few passes over the (n, c) array, O(n c).
"""

import numpy as np


def log_softmax(z: np.ndarray) -> np.ndarray:
    shifted = z - z.max(axis=1, keepdims=True)  # a new array: z itself is left alone
    return shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
