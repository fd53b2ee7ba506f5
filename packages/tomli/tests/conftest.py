"""Shared configuration for the Rusputyn tomli test suite."""

import os
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
DEFAULT_CASES = HERE.parent.parent / "target" / "toml-test-cases"


def cases_dir() -> Path:
    """Directory written by the core crate's `export_toml_test` example."""
    return Path(os.environ.get("TOMLI_TOML_TEST_DIR", DEFAULT_CASES))


@pytest.fixture(scope="session")
def upstream_sdist():
    """Unpacked upstream sdist (set by test.sh); tests needing it skip without it."""
    path = os.environ.get("TOMLI_UPSTREAM_SDIST")
    if not path:
        pytest.skip("TOMLI_UPSTREAM_SDIST not set")
    return Path(path)
