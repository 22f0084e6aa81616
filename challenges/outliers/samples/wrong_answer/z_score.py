"""The classic z-score: distance from the mean in standard deviations, beyond 3. One huge
value inflates the standard deviation and masks the other outliers (and with ten values no
z-score can exceed 2.85 at all)."""

import statistics


def outlier_indices(values):
    if len(values) < 2:
        return []
    mean = statistics.fmean(values)
    spread = statistics.pstdev(values)
    if spread == 0:
        return []
    return [i for i, x in enumerate(values) if abs(x - mean) / spread > 3]
