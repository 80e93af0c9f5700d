"""Across years: a wide table of levels, and stated growths checked against last year's bulletin.

The panel has one row per region × indicator × dimension × base unit and
one column per reporting year; a cell is the ``level`` fact of that key in
that year's bulletin, in base units (``value_base``, so 万人 and 人 agree).

Keys match across documents only when their text is equal after
normalisation (``key_text``: NFKC, which also unifies full- and half-width
brackets, and no whitespace); a bulletin that renames an indicator
(参保人数 → 参加基本医疗保险人数) starts a new row.

When a key has several level facts in one year (a table repeating a
sentence, two bulletins of the same region and year), the cell takes the
first: the lowest doc_id, then the lowest fact_id (a bulletin states its
headline figure before it repeats it). Facts with a qualifier (约, 超过 …)
are left out, as they are not exact.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path
from typing import Any

import pandas as pd

from .errors import ExtractError
from .tables import CHECK_COLUMNS

KEY = ["region", "indicator", "dimension", "unit_base"]
PREVIOUS_YEAR_BASES = frozenset({"上年", "上年末"})
_NUMBER = re.compile(r"\d+(?:\.(\d+))?")
Fact = Any
"""A row of the keyed facts frame (a named tuple from ``itertuples``)."""


def load_facts(source: Path) -> pd.DataFrame:
    """The ``facts`` table of an output folder (Parquet, else CSV) or of a DuckDB database."""
    if source.is_file():
        from .db import read_table

        return read_table(source, "facts")
    for name, read in (("facts.parquet", pd.read_parquet), ("facts.csv", _read_csv)):
        if (source / name).is_file():
            return read(source / name)
    raise ExtractError(f"{source}: neither a DuckDB database nor a folder with facts.parquet "
                       "or facts.csv; run 'bulletin extract' first")


def _read_csv(path: Path) -> pd.DataFrame:
    return pd.read_csv(path, encoding="utf-8-sig", keep_default_na=False,
                       dtype={"doc_id": str, "region": str, "indicator": str, "dimension": str,
                              "unit": str, "unit_base": str, "basis": str, "qualifier": str,
                              "price_basis": str, "text": str, "kind": str},
                       converters={"year": lambda v: int(v) if v else None})


def key_text(text: object) -> str:
    """The form in which indicator, dimension and region texts are compared.

    >>> key_text(" 职工医保统筹基金（含生育保险）收入 ")
    '职工医保统筹基金(含生育保险)收入'
    """
    if not isinstance(text, str):
        return ""
    return "".join(unicodedata.normalize("NFKC", text).split())


def levels(facts: pd.DataFrame) -> pd.DataFrame:
    """The exact level facts with a region and year, keyed, first of each key per document."""
    frame = _keyed(facts)
    frame = frame[(frame["kind"] == "level") & (frame["qualifier"] == "")]
    return frame.drop_duplicates(["doc_id", *KEY], keep="first")


def build_panel(facts: pd.DataFrame) -> pd.DataFrame:
    """Region × indicator × dimension × unit_base rows, one column of ``value_base`` per year."""
    first = levels(facts).drop_duplicates([*KEY, "year"], keep="first")
    if first.empty:
        return pd.DataFrame({column: pd.Series(dtype="string") for column in KEY})
    wide = first.pivot(index=KEY, columns="year", values="value_base")
    wide.columns = [str(year) for year in wide.columns]
    wide = wide.reset_index().sort_values(KEY, kind="stable", ignore_index=True)
    return wide.astype({column: "string" for column in KEY})


def cross_year_checks(facts: pd.DataFrame) -> pd.DataFrame:
    """Each stated growth or change on the previous year, against last year's bulletin.

    For a ``growth`` (or ``change``) fact with basis 上年/上年末 in the
    bulletin B of region R and year Y, whose key also has a level in B and
    a level in a bulletin A of R for Y-1: the growth the two levels imply is
    compared with the stated one, within what the rounding of all three
    figures allows. ``fact_ids`` names the facts as ``doc_id:fact_id`` (the
    stated figure, B's level, A's level), since they come from two documents;
    ``doc_id`` is B's.
    """
    level = levels(facts)
    in_document: dict[tuple[str, str, str, str], list[Fact]] = {}
    in_year: dict[tuple[str, str, str, str, int], Fact] = {}
    for fact in level.itertuples(index=False):
        in_document.setdefault((fact.doc_id, fact.region, fact.indicator, fact.dimension),
                               []).append(fact)
        in_year.setdefault((fact.region, fact.indicator, fact.dimension, fact.unit_base,
                            fact.year), fact)
    keyed = _keyed(facts)
    # (A real growth, at constant prices, is not what the two levels imply.)
    moves = keyed[keyed["kind"].isin(["growth", "change"]) & (keyed["qualifier"] == "")
                  & keyed["basis"].isin(PREVIOUS_YEAR_BASES) & (keyed["price_basis"] != "real")]
    rows = []
    for move in moves.itertuples(index=False):
        for now in in_document.get((move.doc_id, move.region, move.indicator, move.dimension),
                                   []):
            if move.kind == "change" and not _change_unit_fits(move.unit_base, now.unit_base):
                continue
            before = in_year.get((move.region, move.indicator, move.dimension, now.unit_base,
                                  move.year - 1))
            row = _compare(move, now, before) if before is not None else None
            if row:
                rows.append(row)
                break
    checks = pd.DataFrame(rows, columns=CHECK_COLUMNS)
    numeric = ("expected", "actual", "tolerance")
    return checks.astype({column: "float64" if column in numeric else "string"
                          for column in CHECK_COLUMNS})


def _change_unit_fits(change_unit: str, level_unit: str) -> bool:
    """A change is in its level's unit, or in 个百分点 of a level in %."""
    return change_unit == level_unit or (change_unit == "个百分点" and level_unit == "%")


def _compare(move: Fact, now: Fact, before: Fact) -> list[object] | None:
    now_err, before_err, move_err = _half_ulp(now), _half_ulp(before), _half_ulp(move)
    if move.kind == "growth":
        if before.value_base - before_err <= 0:
            return None
        implied = (now.value_base / before.value_base - 1) * 100
        low = ((now.value_base - now_err) / (before.value_base + before_err) - 1) * 100
        high = ((now.value_base + now_err) / (before.value_base - before_err) - 1) * 100
        check, unit = "growth_vs_previous_bulletin", "%"
    else:
        implied = now.value_base - before.value_base
        low, high = implied - now_err - before_err, implied + now_err + before_err
        check, unit = "change_vs_previous_bulletin", move.unit_base
    stated = move.value_base
    ok = stated + move_err >= low - 1e-9 and stated - move_err <= high + 1e-9
    tolerance = max(high - implied, implied - low) + move_err
    detail = (f"{move.doc_id} ({move.year}) states {move.text} for {move.indicator}"
              f"{'/' + move.dimension if move.dimension else ''}; its level {now.text} and "
              f"{before.doc_id} ({move.year - 1}) level {before.text} imply "
              f"{implied:.4g}{unit} (tolerance ±{tolerance:.3g})")
    row = {"doc_id": move.doc_id, "check": check,
           "fact_ids": f"{move.doc_id}:{move.fact_id};{move.doc_id}:{now.fact_id};"
                       f"{before.doc_id}:{before.fact_id}",
           "expected": round(implied, 6), "actual": float(stated),
           "status": "ok" if ok else "mismatch", "detail": detail,
           "tolerance": round(tolerance, 6)}
    return [row[column] for column in CHECK_COLUMNS]


def _half_ulp(fact: Fact) -> float:
    """Half a unit of the last digit the figure states, in base units (its rounding error)."""
    match = _NUMBER.search(str(fact.text))
    decimals = len(match.group(1) or "") if match else 0
    scale = fact.value_base / fact.value if fact.value else 1.0
    return 0.5 * 10.0 ** -decimals * abs(scale)


def _keyed(facts: pd.DataFrame) -> pd.DataFrame:
    """Facts with key texts normalised, a year, a region, sorted by doc_id then fact_id."""
    frame = facts[["doc_id", "region", "year", "fact_id", "indicator", "dimension", "kind",
                   "value", "unit", "value_base", "unit_base", "basis", "qualifier",
                   "text"]].copy()
    # (Tables written before the column was added have no price_basis.)
    frame["price_basis"] = facts["price_basis"].fillna("").astype(str).astype(object) \
        if "price_basis" in facts else ""
    for column in ("region", "indicator", "dimension", "unit_base", "basis", "qualifier",
                   "kind"):
        frame[column] = frame[column].map(key_text).astype(object)
    for column in ("doc_id", "text"):
        frame[column] = frame[column].fillna("").astype(str).astype(object)
    frame = frame[(frame["region"] != "") & frame["year"].notna()]
    frame["year"] = frame["year"].astype("int64")
    return frame.sort_values(["doc_id", "fact_id"], kind="stable", ignore_index=True)
