"""The scenario folders hold data, not tests: a scenario's own challenge package has a
test_properties.py that only the judge imports."""

collect_ignore_glob = ["*/challenges/*"]
