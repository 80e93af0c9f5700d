"""The DuckDB database: reruns skip unchanged files, replace changed ones; queries."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest

from extract.cli import main
from extract.db import query
from extract.pipeline import run
from extract.rules import default_directory


def _write(folder, name, text):
    folder.mkdir(exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def _count(db, sql):
    return query(db, sql).iloc[0, 0]


@pytest.fixture
def folder(tmp_path):
    folder = tmp_path / "in"
    _write(folder, "a.txt", "2024年甲市公报\n参保人数272.42万人，比上年增长2.68%。")
    _write(folder, "b.txt", "2024年乙市公报\n参保人数100万人。")
    (folder / "bad.txt").write_bytes(b"")
    return folder


def test_a_rerun_skips_unchanged_files_and_replaces_changed_ones(folder, tmp_path) -> None:
    db = tmp_path / "bulletins.duckdb"
    first = run([folder], db=db)
    assert len(first.documents) == 2 and len(first.errors) == 1
    assert _count(db, "SELECT count(*) FROM facts") == 3

    second = run([folder], db=db)
    assert sorted(p.name for p in second.skipped) == ["a.txt", "b.txt"]
    assert second.documents == [] and [e.doc_id for e in second.errors] == ["bad"]
    assert _count(db, "SELECT count(*) FROM errors") == 1  # replaced, not doubled

    _write(folder, "b.txt", "2024年乙市公报\n参保人数100万人，增加5万人，定点机构30家。")
    (folder / "bad.txt").write_text("2024年丙市公报\n参保人数1万人。", encoding="utf-8")
    third = run([folder], db=db)
    assert [p.name for p in third.skipped] == ["a.txt"]
    assert [d.doc_id for d in third.documents] == ["b", "bad"] and third.errors == []
    facts = query(db, "SELECT doc_id, count(*) AS n FROM facts GROUP BY 1 ORDER BY 1")
    assert facts.values.tolist() == [["a", 2], ["b", 3], ["bad", 1]]
    assert _count(db, "SELECT count(*) FROM errors") == 0
    assert _count(db, "SELECT count(*) FROM sources") == 3
    assert _count(db, "SELECT count(DISTINCT sha256) FROM sources") == 3


def test_a_file_that_turns_unreadable_loses_its_old_rows(folder, tmp_path) -> None:
    db = tmp_path / "bulletins.duckdb"
    run([folder], db=db)
    (folder / "b.txt").write_bytes(b"\x00\x01" * 100)
    report = run([folder], db=db)
    assert sorted(e.doc_id for e in report.errors) == ["b", "bad"]
    assert query(db, "SELECT DISTINCT doc_id FROM facts").values.tolist() == [["a"]]
    assert query(db, "SELECT doc_id FROM sources").values.tolist() == [["a"]]


def test_new_rules_count_as_a_change(folder, tmp_path) -> None:
    db = tmp_path / "bulletins.duckdb"
    run([folder], db=db)
    patterns = tmp_path / "patterns"
    shutil.copytree(default_directory(), patterns)
    with open(patterns / "facts.yaml", "a", encoding="utf-8") as file:
        file.write("\n# a reviewed change\n")
    report = run([folder], db=db, patterns=patterns)
    assert report.skipped == [] and len(report.documents) == 2


def test_with_an_output_folder_too_every_file_is_extracted(folder, tmp_path) -> None:
    db = tmp_path / "bulletins.duckdb"
    run([folder], db=db)
    report = run([folder], tmp_path / "out", db=db)
    assert report.skipped == [] and len(report.documents) == 2
    assert _count(db, "SELECT count(*) FROM facts") == 3
    assert (tmp_path / "out" / "facts.csv").exists()


def test_query_prints_a_table_or_csv(folder, tmp_path, capsys) -> None:
    db = tmp_path / "bulletins.duckdb"
    assert main(["extract", str(folder), "--db", str(db), "-q"]) == 1
    assert not (tmp_path / "output").exists()  # --db alone writes no folder
    sql = 'SELECT doc_id, indicator, value, "end" FROM facts ORDER BY doc_id, fact_id'
    assert main(["query", str(db), sql]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["doc_id", "indicator", "value", "end"] and len(lines) == 4
    assert main(["query", str(db), "SELECT kind, message FROM errors", "--csv"]) == 0
    assert capsys.readouterr().out == "kind,message\nempty,%s: empty file\n" % (folder / "bad.txt")


def test_query_errors_say_what_went_wrong(tmp_path, capsys) -> None:
    assert main(["query", str(tmp_path / "none.duckdb"), "SELECT 1"]) == 2
    assert "no such database" in capsys.readouterr().err
    db = tmp_path / "bulletins.duckdb"
    run([], db=db)
    assert main(["query", str(db), "SELECT nope FROM facts"]) == 2
    assert "query failed" in capsys.readouterr().err


def test_duckdb_is_not_loaded_unless_a_database_is_used(tmp_path) -> None:
    code = ("import sys; from extract.cli import main; "
            f"main(['extract', {str(tmp_path)!r}, '-o', {str(tmp_path / 'out')!r}, '-q']); "
            "print('duckdb' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True)
    assert result.stdout.strip() == "False"
