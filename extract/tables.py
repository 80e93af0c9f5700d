"""The output tables (SCHEMA.md), from matched documents: rows for the writer,
pandas DataFrames for the Python API."""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from typing import TYPE_CHECKING

import regex

from .checks import check_document
from .records import DocError, MatchedDoc
from .rules import RuleSet

if TYPE_CHECKING:
    import pandas as pd

FACT_COLUMNS = ["doc_id", "region", "year", "fact_id", "section_id", "section_path",
                "indicator", "dimension", "kind", "value", "unit", "value_base", "unit_base",
                "basis", "qualifier", "footnotes", "text", "context", "page", "line", "start",
                "end", "rule", "price_basis", "period"]
DOCUMENT_COLUMNS = ["doc_id", "source", "format", "sha256", "title", "region", "year", "pages",
                    "chars", "facts", "numbers", "coverage", "encoding", "normalisation"]
SECTION_COLUMNS = ["doc_id", "section_id", "level", "ordinal", "title", "section_path",
                   "line_start", "line_end"]
FOOTNOTE_COLUMNS = ["doc_id", "footnote", "text", "line"]
UNEXPLAINED_COLUMNS = ["doc_id", "text", "line", "start", "end", "context"]
CHECK_COLUMNS = ["doc_id", "check", "fact_ids", "expected", "actual", "status", "detail",
                 "tolerance"]
ERROR_COLUMNS = ["doc_id", "source", "kind", "message"]

DTYPES = {
    "year": "Int64", "fact_id": "int64", "value": "float64", "value_base": "float64",
    "page": "Int64", "line": "int64", "start": "int64", "end": "int64", "level": "int64",
    "line_start": "int64", "line_end": "int64", "pages": "Int64", "chars": "int64",
    "facts": "int64", "numbers": "int64", "coverage": "float64", "expected": "float64",
    "actual": "float64", "tolerance": "float64",
}
"""The pandas dtype of every column that is not text (``string``); Int64 may be null."""


_LINE_END = regex.compile("\n")


class _Positions:
    """Raw offsets to 1-based lines and pages."""

    def __init__(self, matched: MatchedDoc) -> None:
        self.norm = matched.doc.norm
        raw = self.norm.raw.text
        self.line_starts = [0] + [m.end() for m in _LINE_END.finditer(raw)]
        self.page_starts = list(self.norm.raw.page_starts)

    def raw(self, start: int, end: int) -> tuple[int, int]:
        return self.norm.raw_span(start, end)

    def line(self, raw_offset: int) -> int:
        return bisect.bisect_right(self.line_starts, raw_offset)

    def page(self, raw_offset: int) -> int | None:
        return bisect.bisect_right(self.page_starts, raw_offset) if self.page_starts else None


TABLE_COLUMNS = {"facts": FACT_COLUMNS, "documents": DOCUMENT_COLUMNS,
                 "sections": SECTION_COLUMNS, "footnotes": FOOTNOTE_COLUMNS,
                 "unexplained": UNEXPLAINED_COLUMNS, "checks": CHECK_COLUMNS,
                 "errors": ERROR_COLUMNS}
"""Every output table and its columns, in the order the tables are written."""
DOCUMENT_TABLES = tuple(name for name in TABLE_COLUMNS if name != "errors")
"""The tables whose rows come from one document each (all but ``errors``)."""
TABLE_DTYPES = {name: {column: DTYPES.get(column, "string") for column in columns}
                for name, columns in TABLE_COLUMNS.items()}
"""Every output table's columns, in order, with their pandas dtypes (what the writer needs)."""


Rows = dict[str, list[dict[str, object]]]
"""Rows per table name, each row a dict of column values."""


def build_tables(results: Iterable[MatchedDoc], errors: Iterable[DocError] = (), *,
                 rules: RuleSet) -> dict[str, pd.DataFrame]:
    """All output tables for some documents, rows sorted by doc_id then position
    (checks with the words of ``rules``)."""
    ordered = sorted(results, key=lambda m: m.doc.norm.raw.doc_id)
    return {**frames_of(document_rows(m, rules) for m in ordered),
            "errors": error_table(errors)}


def document_rows(matched: MatchedDoc, rules: RuleSet) -> Rows:
    """The rows one document contributes to each table of ``DOCUMENT_TABLES``.

    This is the per-document part of ``build_tables``: a batch computes it in
    its workers and keeps only these rows, never the matched document.
    """
    rows: Rows = {name: [] for name in DOCUMENT_TABLES}
    _document_rows(matched, rows, rules)
    return rows


def joined_rows(parts: Iterable[Rows]) -> Rows:
    """The rows of ``DOCUMENT_TABLES`` of several documents, one list per table, in order."""
    rows: Rows = {name: [] for name in DOCUMENT_TABLES}
    for part in parts:
        for name, part_rows in part.items():
            rows[name].extend(part_rows)
    return rows


def frames_of(parts: Iterable[Rows]) -> dict[str, pd.DataFrame]:
    """Typed frames of ``DOCUMENT_TABLES`` from the rows of several documents, in that order."""
    rows = joined_rows(parts)
    return {name: _frame(rows[name], TABLE_COLUMNS[name]) for name in DOCUMENT_TABLES}


def error_rows(errors: Iterable[DocError]) -> list[dict[str, object]]:
    """The rows of the ``errors`` table, sorted by doc_id then source."""
    return [{"doc_id": e.doc_id, "source": e.source, "kind": e.kind, "message": e.message}
            for e in sorted(errors, key=lambda e: (e.doc_id, e.source))]


def error_table(errors: Iterable[DocError]) -> pd.DataFrame:
    """The ``errors`` table, sorted by doc_id then source."""
    return _frame(error_rows(errors), ERROR_COLUMNS)


def empty_tables() -> dict[str, pd.DataFrame]:
    """Every output table with its columns and types and no rows."""
    return {name: _frame([], columns) for name, columns in TABLE_COLUMNS.items()}


def _frame(rows: list[dict[str, object]], columns: list[str]) -> pd.DataFrame:
    import pandas as pd  # slow to import: only where frames are wanted, not to write files

    frame = pd.DataFrame(rows, columns=columns)
    for column in columns:
        if column in DTYPES:
            frame[column] = frame[column].astype(DTYPES[column])
        else:
            frame[column] = frame[column].astype("string")
    return frame


def _document_rows(matched: MatchedDoc, rows: dict[str, list[dict[str, object]]],
                   rules: RuleSet) -> None:
    doc = matched.doc
    raw = doc.norm.raw
    where = _Positions(matched)
    common = {"doc_id": raw.doc_id}
    for fact_id, fact in enumerate(matched.facts, start=1):
        raw_start, raw_end = where.raw(fact.start, fact.end)
        rows["facts"].append({
            **common, "region": doc.region, "year": doc.year, "fact_id": fact_id,
            "section_id": fact.section_id, "section_path": fact.section_path,
            "indicator": fact.indicator, "dimension": fact.dimension, "kind": str(fact.kind),
            "value": float(fact.value), "unit": fact.unit, "value_base": float(fact.value_base),
            "unit_base": fact.unit_base, "basis": fact.basis, "qualifier": fact.qualifier,
            "footnotes": ";".join(fact.footnotes), "text": fact.text, "context": fact.context,
            "page": where.page(raw_start), "line": where.line(raw_start), "start": raw_start,
            "end": raw_end, "rule": fact.rule, "price_basis": fact.price_basis,
            "period": fact.period})
    explained = matched.numbers - len(matched.unexplained)
    rows["documents"].append({
        **common, "source": raw.source, "format": raw.format, "sha256": raw.sha256,
        "title": doc.title, "region": doc.region, "year": doc.year,
        "pages": len(raw.page_starts) if raw.page_starts else None, "chars": len(raw.text),
        "facts": len(matched.facts), "numbers": matched.numbers,
        "coverage": round(explained / matched.numbers, 4) if matched.numbers else 1.0,
        "encoding": raw.encoding,
        # What each normalisation step changed, for the audit: step=characters.
        "normalisation": ";".join(f"{step}={n}" for step, n in doc.norm.steps.items() if n)})
    for section in doc.sections:
        rows["sections"].append({
            **common, "section_id": section.section_id, "level": section.level,
            "ordinal": section.ordinal, "title": section.title,
            "section_path": section.section_path,
            "line_start": where.line(where.raw(section.start, section.start + 1)[0]),
            "line_end": where.line(where.raw(max(section.start, section.end - 1),
                                             max(section.start, section.end - 1) + 1)[0])})
    for footnote in doc.footnotes:
        rows["footnotes"].append({
            **common, "footnote": footnote.footnote,
            "text": doc.norm.text[footnote.body_start:footnote.end].strip(),
            "line": where.line(where.raw(footnote.start, footnote.start + 1)[0])})
    for item in matched.unexplained:
        raw_start, raw_end = where.raw(item.start, item.end)
        rows["unexplained"].append({
            **common, "text": item.text, "line": where.line(raw_start), "start": raw_start,
            "end": raw_end, "context": item.context})
    for check in check_document(matched, rules.vocabulary):
        rows["checks"].append({
            **common, "check": check.check, "fact_ids": ";".join(map(str, check.fact_ids)),
            "expected": round(float(check.expected), 6), "actual": float(check.actual),
            "status": check.status, "detail": check.detail,
            "tolerance": round(float(check.tolerance), 6)})
