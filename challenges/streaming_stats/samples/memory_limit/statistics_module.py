"""The standard library's exact statistics: accurate, but pvariance makes a list of the
stream first."""

import statistics


def mean_and_variance(values):
    data = list(values)
    return statistics.fmean(data), statistics.pvariance(data)
