# Two commands set everything up and prove it works: `make install`, then `make test`.
PYTHON ?= python3

.PHONY: install test lint format bench verify

install:
	$(PYTHON) -m pip install -e '.[dev]'

# The whole suite: unit and end-to-end tests, then every challenge's samples. -rs: a test
# that skips says why.
test:
	$(PYTHON) -m pytest -q -rs
	$(PYTHON) -m judge verify --jobs 2

verify:
	$(PYTHON) -m judge verify --jobs 2

lint:
	$(PYTHON) -m ruff check .
	$(PYTHON) -m ruff format --check .

format:
	$(PYTHON) -m ruff format .
	$(PYTHON) -m ruff check --fix .

# The judge's own speed, as ratios, then how often its growth words name the true complexity
# class of the samples (not part of `make test`: these are measurements).
bench:
	$(PYTHON) tests/bench.py
	$(PYTHON) tests/bench_growth.py
