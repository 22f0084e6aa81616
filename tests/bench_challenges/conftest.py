"""Keeps pytest out of the bench's challenge packages (`make test` collects tests/).

Their `test_properties.py` are a challenge's property tests, which need the `solution`
fixture of challenges/conftest.py and are run by the judge itself: grade them with
`JUDGE_CHALLENGES_DIR=tests/bench_challenges judge verify` (or `judge check`), as
tests/bench_growth.py does.
"""

collect_ignore_glob = ["*/test_properties.py"]
