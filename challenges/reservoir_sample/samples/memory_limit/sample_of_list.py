"""The library way: rng.sample is uniform without replacement, but needs the whole stream in
a list first."""


def sample_queries(queries, k, rng):
    everything = list(queries)
    return rng.sample(everything, min(k, len(everything)))
