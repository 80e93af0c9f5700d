"""Across years: the wide panel and stated growths checked against last year's bulletin."""

from __future__ import annotations

import pandas as pd
import pytest

from extract.cli import main
from extract.panel import build_panel, cross_year_checks, load_facts

BULLETINS = {
    "suzhou-2023": "2023年苏州市医疗保障事业发展统计公报\n\n"
                   "2023年全市参加职工医保人数 100.00万人。全市定点医药机构 5000家。住院率 17.5%。\n",
    "suzhou-2024": "2024年苏州市医疗保障事业发展统计公报\n\n"
                   "2024年全市参加职工医保人数 102.68万人，比上年增长2.68%。"
                   "全市定点医药机构 5200家，比上年增加300家。"
                   "住院率 17.9%，比上年上升0.4个百分点。\n",
    # Another region's bulletin of the same year: never compared with Suzhou's.
    "wuxi-2024": "2024年无锡市医疗保障事业发展统计公报\n\n"
                 "2024年全市参加职工医保人数 90.00万人，比上年增长5.00%。\n",
}


@pytest.fixture(scope="module")
def outdir(tmp_path_factory):
    folder = tmp_path_factory.mktemp("bulletins")
    for doc_id, text in BULLETINS.items():
        (folder / f"{doc_id}.txt").write_text(text, encoding="utf-8")
    out = folder / "out"
    assert main(["extract", str(folder), "-o", str(out), "--db", str(out / "db.duckdb"),
                 "-q"]) == 0
    return out


def test_panel_has_one_column_per_year_of_levels_in_base_units(outdir) -> None:
    panel = build_panel(load_facts(outdir)).set_index(["region", "indicator"])
    assert list(panel.columns) == ["dimension", "unit_base", "2023", "2024"]
    assert panel.loc[("苏州市", "参加职工医保人数"), "2023"] == 1_000_000
    assert panel.loc[("苏州市", "参加职工医保人数"), "2024"] == 1_026_800
    assert panel.loc[("苏州市", "住院率"), "unit_base"] == "%"
    assert pd.isna(panel.loc[("无锡市", "参加职工医保人数"), "2023"])


def test_stated_moves_are_checked_against_the_previous_bulletin(outdir) -> None:
    checks = cross_year_checks(load_facts(outdir)).set_index("check")
    assert list(checks["doc_id"].unique()) == ["suzhou-2024"]  # wuxi has no 2023 bulletin
    growth = checks.loc["growth_vs_previous_bulletin"]
    assert growth["status"] == "ok" and growth["expected"] == pytest.approx(2.68)
    assert growth["fact_ids"] == "suzhou-2024:2;suzhou-2024:1;suzhou-2023:1"
    changes = checks.loc["change_vs_previous_bulletin"].set_index("actual")
    # 5200 - 5000 = 200, not the 300 stated; 17.9% - 17.5% = 0.4个百分点 as stated.
    assert changes.loc[300.0, "status"] == "mismatch" and changes.loc[300.0, "expected"] == 200
    assert changes.loc[0.4, "status"] == "ok"
    assert "suzhou-2023" in changes.loc[300.0, "detail"]


def test_rounding_of_the_stated_figures_is_tolerated() -> None:
    facts = pd.DataFrame([
        _fact("a-2023", 2023, 1, "level", 3.3, "万人", 33000, "人", "3.3万人"),
        _fact("a-2024", 2024, 1, "level", 3.5, "万人", 35000, "人", "3.5万人"),
        # 3.5/3.3 = +6.06%, but 3.45..3.55 over 3.25..3.35 allows 2.99% to 9.23%.
        _fact("a-2024", 2024, 2, "growth", 9.2, "%", 9.2, "%", "9.2%", basis="上年"),
        _fact("a-2024", 2024, 3, "growth", 9.3, "%", 9.3, "%", "9.3%", basis="上年"),
    ])
    checks = cross_year_checks(facts)
    assert list(checks["status"]) == ["ok", "mismatch"]


def test_panel_reads_a_database_like_a_folder(outdir, tmp_path) -> None:
    from_db = build_panel(load_facts(outdir / "db.duckdb"))
    pd.testing.assert_frame_equal(from_db, build_panel(load_facts(outdir)))
    assert main(["panel", str(outdir / "db.duckdb"), "-o", str(tmp_path), "-q"]) == 0
    checks = pd.read_csv(tmp_path / "panel_checks.csv", encoding="utf-8-sig")
    assert sorted(checks["status"]) == ["mismatch", "ok", "ok"]
    assert (tmp_path / "panel.parquet").exists()


def test_panel_of_a_folder_without_facts_is_a_usage_error(tmp_path, capsys) -> None:
    assert main(["panel", str(tmp_path), "-o", str(tmp_path / "out")]) == 2
    assert "run 'bulletin extract' first" in capsys.readouterr().err


def test_a_real_growth_is_not_checked_against_the_levels() -> None:
    # 3.5/3.3 = +6.06% at current prices; 2.0% is after prices. (The rounding
    # test's tables, without a price_basis column, are read as before.)
    facts = pd.DataFrame([
        _fact("a-2023", 2023, 1, "level", 3.3, "万人", 33000, "人", "3.3万人"),
        _fact("a-2024", 2024, 1, "level", 3.5, "万人", 35000, "人", "3.5万人"),
        {**_fact("a-2024", 2024, 2, "growth", 2.0, "%", 2.0, "%", "2.0%", basis="上年"),
         "price_basis": "real"},
        {**_fact("a-2024", 2024, 3, "growth", 6.1, "%", 6.1, "%", "6.1%", basis="上年"),
         "price_basis": "nominal"},
    ])
    checks = cross_year_checks(facts)
    assert list(zip(checks["fact_ids"], checks["status"], strict=True)) == [
        ("a-2024:3;a-2024:1;a-2023:1", "ok")]


def _fact(doc_id, year, fact_id, kind, value, unit, value_base, unit_base, text, basis=""):
    return {"doc_id": doc_id, "region": "甲市", "year": year, "fact_id": fact_id,
            "indicator": "参保人数", "dimension": "", "kind": kind, "value": value,
            "unit": unit, "value_base": value_base, "unit_base": unit_base, "basis": basis,
            "qualifier": "", "text": text}


def test_panel_reads_csv_when_there_is_no_parquet(outdir, tmp_path) -> None:
    (tmp_path / "facts.csv").write_bytes((outdir / "facts.csv").read_bytes())
    facts = load_facts(tmp_path)
    pd.testing.assert_frame_equal(build_panel(facts), build_panel(load_facts(outdir)))
    pd.testing.assert_frame_equal(cross_year_checks(facts), cross_year_checks(load_facts(outdir)))
