"""Fixtures of the challenge-package tests."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture
def catalogue(tmp_path: Path) -> Path:
    """An empty catalogue folder, for copies of real packages (see packages.py)."""
    root = tmp_path / "catalogue"
    root.mkdir()
    return root
