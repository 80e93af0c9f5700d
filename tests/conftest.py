"""Shared fixtures: the shipped rules, a one-call extractor, the sample documents."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import settings

from extract.pipeline import extract_text
from extract.rules import RuleSet, load_rules

# The property tests draw the same examples on every run, so that the suite
# passes or fails alike on every machine and CI does not turn on luck; to
# explore new examples, run them with HYPOTHESIS_PROFILE=explore (and see
# `make fuzz` for the coverage-guided search). A failure found so becomes a
# named example of its test.
settings.register_profile("default", derandomize=True)
settings.register_profile("explore", derandomize=False)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = sorted((ROOT / "samples").glob("*.txt"))
SHARED = ROOT.parent / "shared"
DEV = sorted((SHARED / "dev").glob("*.txt")) if (SHARED / "dev").is_dir() else []


def pytest_configure(config: pytest.Config) -> None:
    """A cache directory of the run's own (commands the tests start inherit it), so
    that the tests neither read nor leave entries in the user's cache."""
    config.cache_directory = tempfile.mkdtemp(prefix="bulletin-test-cache-")  # type: ignore[attr-defined]
    os.environ["BULLETIN_CACHE_DIR"] = config.cache_directory  # type: ignore[attr-defined]


def pytest_unconfigure(config: pytest.Config) -> None:
    shutil.rmtree(getattr(config, "cache_directory", ""), ignore_errors=True)


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true",
                     help="rewrite tests/golden/ from the current output instead of comparing")


@pytest.fixture(scope="session")
def rules() -> RuleSet:
    return load_rules()


@pytest.fixture(scope="session")
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


def read_whole(text: str, doc_id: str) -> dict[str, pd.DataFrame]:
    """The tables of a text, which every paragraph of must have been read: the
    pipeline leaves the figures of a paragraph whose reading raised unexplained
    and goes on (an ``errors`` row of kind partial), and a test must see that bug."""
    tables = extract_text(text, doc_id=doc_id)
    assert tables["errors"].empty, tables["errors"]["message"].tolist()
    return tables


def facts_of(text: str, doc_id: str = "case") -> pd.DataFrame:
    """The facts table of a text, empty strings for missing values."""
    facts = read_whole(text, doc_id)["facts"].astype(object)
    return facts.where(facts.notna(), "")


def row_matches(row: pd.Series, expected: dict[str, object]) -> bool:
    for key, value in expected.items():
        if key == "value":
            if abs(float(row["value"]) - float(value)) > 1e-9:  # type: ignore[arg-type]
                return False
        elif str(row[key]) != str(value if value is not None else ""):
            return False
    return True
