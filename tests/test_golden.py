"""Whole documents against reviewed outputs in tests/golden/.

Run ``pytest tests/test_golden.py --update-golden`` to rewrite them after an
intended change, and review the diff before committing it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from extract.pipeline import extract_file

from .conftest import SAMPLES

GOLDEN = Path(__file__).parent / "golden"
COLUMNS = {
    "facts": ["fact_id", "section_id", "indicator", "dimension", "kind", "value", "unit",
              "value_base", "unit_base", "basis", "qualifier", "footnotes", "text", "line",
              "start", "end", "rule"],
    "sections": ["section_id", "level", "ordinal", "title", "section_path", "line_start",
                 "line_end"],
    "footnotes": ["footnote", "text", "line"],
    "unexplained": ["text", "line", "start", "end", "context"],
    "checks": ["check", "fact_ids", "expected", "actual", "status", "detail", "tolerance"],
}


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.stem)
@pytest.mark.parametrize("table", sorted(COLUMNS))
def test_document_matches_golden(path, table, update_golden) -> None:
    frame = extract_file(path)[table][COLUMNS[table]]
    actual = frame.to_csv(index=False, lineterminator="\n")
    golden = GOLDEN / f"{path.stem}.{table}.csv"
    if update_golden:
        golden.write_text(actual, encoding="utf-8")
        return
    assert golden.exists(), f"no golden file {golden.name}; run pytest --update-golden"
    expected = golden.read_text(encoding="utf-8")
    if actual != expected:
        diff = _diff(expected, actual)
        pytest.fail(f"{golden.name} differs (run --update-golden if intended):\n{diff}")


def _diff(expected: str, actual: str) -> str:
    import difflib

    return "".join(list(difflib.unified_diff(expected.splitlines(True), actual.splitlines(True),
                                             "golden", "actual", n=0))[:60])
