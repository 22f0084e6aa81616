def running_medians(values):
    return [float(sorted(values[: i + 1])[i // 2]) for i in range(len(values))
