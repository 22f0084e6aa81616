"""statistics.variance is the sample variance, and for one value it raises
StatisticsError; pvariance was meant."""

import statistics


def mean_and_variance(values):
    data = list(values)
    return statistics.fmean(data), statistics.variance(data) * (len(data) - 1) / len(data)
