"""The product's yardstick: scores on the shared development set (../shared).

Skipped where ../shared is not beside the repository.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from extract.cli import main

from .conftest import ROOT, SHARED

SCORE = SHARED / "tools" / "score.py"
pytestmark = pytest.mark.skipif(not SCORE.exists(), reason="../shared/tools/score.py not present")


@pytest.fixture(scope="module")
def scores(tmp_path_factory) -> dict:
    out = tmp_path_factory.mktemp("scored")
    main(["extract", str(ROOT / "samples"), str(SHARED / "dev"), "-o", str(out), "-q"])
    result = subprocess.run([sys.executable, str(SCORE), str(out), "--json"], capture_output=True,
                            text=True, check=True)
    return json.loads(result.stdout)


def test_numbers_and_facts_f1(scores) -> None:
    assert scores["numbers"]["f1"] >= 0.98
    assert scores["facts"]["f1"] >= 0.92


def test_no_document_below_facts_f1_080(scores) -> None:
    low = {doc: v["facts_f1"] for doc, v in scores["per_document"].items() if v["facts_f1"] < 0.80}
    assert not low
