"""Batches: parallel workers, order, determinism, failures, progress, atomic writes."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest

from extract import pipeline, write
from extract.batch import ordered_map
from extract.cli import main
from extract.pipeline import run
from extract.progress import ProgressBar
from extract.records import MatchedDoc
from extract.tables import TABLE_DTYPES
from extract.write import TableWriter

from .archive import build_archive

TABLES = ("facts", "documents", "sections", "footnotes", "unexplained", "errors")


def slow_square(number: int) -> int:
    time.sleep(0.05 if number % 3 == 0 else 0.0)  # early items finish last
    return number * number


def fail_on_boom(matched: MatchedDoc) -> None:
    if matched.doc.norm.raw.doc_id == "boom":
        raise ValueError("a bug in a per-document step")


def kill_worker_on_boom(matched: MatchedDoc) -> None:
    if matched.doc.norm.raw.doc_id == "boom":
        os._exit(3)  # as a crash in native code would end the worker


def test_results_come_in_input_order_whatever_finishes_first() -> None:
    assert list(ordered_map(slow_square, range(20), jobs=2)) == [n * n for n in range(20)]


def test_jobs_do_not_change_the_outputs(tmp_path, monkeypatch) -> None:
    archive = build_archive(tmp_path / "in", 30)
    # Small chunks and row groups, so several of each are written.
    monkeypatch.setattr(pipeline, "CHUNK_DOCUMENTS", 4)
    monkeypatch.setattr(write, "ROW_GROUP_ROWS", 1000)
    for jobs in (1, 4):
        assert main(["extract", str(archive.folder), "-o", str(tmp_path / f"j{jobs}"),
                     "--jobs", str(jobs), "-q"]) == 1
    for table in TABLES:
        one, four = tmp_path / "j1", tmp_path / "j4"
        assert (one / f"{table}.csv").read_bytes() == (four / f"{table}.csv").read_bytes()
        assert pq.read_table(one / f"{table}.parquet").equals(
            pq.read_table(four / f"{table}.parquet"))
    facts = pd.read_parquet(tmp_path / "j4" / "facts.parquet")
    assert pq.ParquetFile(tmp_path / "j4" / "facts.parquet").num_row_groups > 1
    assert list(facts["doc_id"].unique()) == archive.doc_ids  # sorted by doc_id ...
    for _, rows in facts.groupby("doc_id"):  # ... then fact_id
        assert list(rows["fact_id"]) == list(range(1, len(rows) + 1))


def test_the_streamed_tables_equal_the_one_shot_tables(tmp_path) -> None:
    archive = build_archive(tmp_path / "in", 6, bad=False)
    run([archive.folder], tmp_path / "out")
    rules = pipeline.load_rules()
    whole = pipeline.build_tables(
        [pipeline.process(pipeline.read_path(p), rules) for p in archive.good], rules=rules)
    for table in ("facts", "sections", "unexplained"):
        streamed = pd.read_parquet(tmp_path / "out" / f"{table}.parquet")
        pd.testing.assert_frame_equal(streamed, whole[table])


def _folder_with_a_bad_file_in_the_middle(folder: Path) -> Path:
    folder.mkdir()
    for name in ("a1", "a2", "c1", "c2", "c3"):
        (folder / f"{name}.txt").write_text(f"2024年{name}市参保人数{len(name)}.5万人。",
                                            encoding="utf-8")
    (folder / "b.txt").write_bytes(b"")
    return folder


@pytest.mark.parametrize("jobs", [1, 2])
def test_strict_stops_at_the_first_failure_in_doc_id_order(tmp_path, jobs) -> None:
    folder = _folder_with_a_bad_file_in_the_middle(tmp_path / "in")
    report = run([folder], tmp_path / "out", strict=True, jobs=jobs)
    assert [d.doc_id for d in report.documents] == ["a1", "a2"]
    assert [e.doc_id for e in report.errors] == ["b"]
    assert list(pd.read_csv(tmp_path / "out" / "documents.csv")["doc_id"]) == ["a1", "a2"]


def test_a_crash_on_one_file_is_an_error_row_and_the_rest_go_on(tmp_path) -> None:
    folder = _folder_with_a_bad_file_in_the_middle(tmp_path / "in")
    (folder / "boom.txt").write_text("2024年全市参保人数1.5万人。", encoding="utf-8")
    report = run([folder], tmp_path / "out", jobs=2, after=(fail_on_boom,))
    assert [(e.doc_id, e.kind) for e in report.errors] == [("b", "empty"), ("boom", "internal")]
    assert "ValueError: a bug in a per-document step" in report.errors[1].message
    assert [d.doc_id for d in report.documents] == ["a1", "a2", "c1", "c2", "c3"]


def test_a_worker_that_dies_fails_only_its_own_file(tmp_path) -> None:
    folder = _folder_with_a_bad_file_in_the_middle(tmp_path / "in")
    (folder / "boom.txt").write_text("2024年全市参保人数1.5万人。", encoding="utf-8")
    report = run([folder], tmp_path / "out", jobs=2, after=(kill_worker_on_boom,))
    assert [(e.doc_id, e.kind) for e in report.errors] == [("b", "empty"), ("boom", "crash")]
    assert "worker process extracting it died" in report.errors[1].message
    assert [d.doc_id for d in report.documents] == ["a1", "a2", "c1", "c2", "c3"]


def test_progress_is_reported_after_every_file(tmp_path) -> None:
    folder = _folder_with_a_bad_file_in_the_middle(tmp_path / "in")
    seen = []
    run([folder], None, on_progress=seen.append)
    assert [p.done for p in seen] == [1, 2, 3, 4, 5, 6]
    assert seen[-1].total == 6 and seen[-1].errors == 1 and seen[-1].facts == 5
    stream = io.StringIO()
    bar = ProgressBar(stream)
    bar.update(seen[-1])
    bar.message("error: b.txt: empty file")
    bar.close()
    text = stream.getvalue()
    assert "6/6" in text and "5 facts" in text and "1 errors" in text
    assert "\rerror: b.txt: empty file\n" in text
    assert text.endswith("\r")  # the bar is wiped at the end


def test_a_writer_left_without_commit_keeps_the_previous_outputs(tmp_path) -> None:
    first = TableWriter(tmp_path, TABLE_DTYPES)
    first.commit()
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    (tmp_path / ".facts.csv.stale.tmp").write_text("left by a killed run")
    with TableWriter(tmp_path, TABLE_DTYPES) as writer:
        assert not (tmp_path / ".facts.csv.stale.tmp").exists()
        writer.append("errors", [{"doc_id": "x", "source": "x.txt", "kind": "empty",
                                  "message": "x.txt: empty"}])
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before


def test_the_files_are_what_pandas_would_write(tmp_path) -> None:
    # The writer builds the files without pandas; they must not differ from
    # pandas' own: CSV cell by cell, Parquet dtype by dtype.
    dtypes = {"name": "string", "count": "int64", "year": "Int64", "value": "float64"}
    rows = [
        {"name": '引号"与,逗号', "count": 1, "year": None, "value": 1e-05},
        {"name": "两行\n文本", "count": -2, "year": 2024, "value": 2.0},
        {"name": "", "count": 0, "year": 1999, "value": 1.5e16},
        {"name": None, "count": 3, "year": None, "value": float("nan")},
        {"name": "常州市", "count": 2**40, "year": 2023, "value": -0.1 - 0.2},
    ]
    with TableWriter(tmp_path, {"t": dtypes}) as writer:
        writer.append("t", rows)
        writer.commit()
    frame = pd.DataFrame(rows).astype(dtypes)
    expected = tmp_path / "pandas.csv"
    frame.to_csv(expected, index=False, lineterminator="\n", encoding="utf-8-sig")
    assert (tmp_path / "t.csv").read_bytes() == expected.read_bytes()
    pd.testing.assert_frame_equal(pd.read_parquet(tmp_path / "t.parquet"), frame)


def test_extracting_to_files_does_not_load_pandas(tmp_path) -> None:
    # pandas' import is a third of a second of every run; only the Python
    # API (DataFrames), review pages and the database need it.
    sample = Path(__file__).resolve().parent.parent / "samples" / "changzhou-2024.txt"
    script = ("import sys; from extract.cli import main; "
              f"code = main(['extract', {str(sample)!r}, '-o', {str(tmp_path)!r}, '-q']); "
              "print(code, 'pandas' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          check=True)
    assert done.stdout.split() == ["0", "False"]
    assert pd.read_parquet(tmp_path / "facts.parquet")["value"].notna().all()


def test_workers_do_not_import_a_module_of_the_same_name_where_the_command_runs(
        tmp_path) -> None:
    # An analyst's own extract.py beside the bulletins: the worker processes
    # must load this package, not run that script (the fork server starts as
    # `python -c`, which puts the current folder first on its path).
    work = tmp_path / "work"
    (work / "bulletins").mkdir(parents=True)
    (work / "extract.py").write_text(
        "open('ran.txt', 'w').write('the wrong extract ran')\n", encoding="utf-8")
    sample = Path(__file__).resolve().parent.parent / "samples" / "changzhou-2024.txt"
    for k in range(6):  # enough files for two workers
        (work / "bulletins" / f"doc{k}.txt").write_bytes(sample.read_bytes())
    # The command's own path starts at its script's folder, not the current one,
    # as for the installed `bulletin`.
    command = tmp_path / "command.py"
    command.write_text("from extract.cli import main\n"
                       "if __name__ == '__main__':\n"
                       "    raise SystemExit(main(['extract', 'bulletins', '-o', 'out', '-j', '2',"
                       " '-q']))\n", encoding="utf-8")
    done = subprocess.run([sys.executable, str(command)], cwd=work, capture_output=True,
                          text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert not (work / "ran.txt").exists()
    assert len(pd.read_csv(work / "out" / "documents.csv")) == 6


def _raise_in_the_paragraph_that_says_boom(monkeypatch: pytest.MonkeyPatch) -> None:
    """A bug in the reading of one paragraph (a stand-in for a real one)."""
    from extract import match

    read = match._paragraph_facts

    def failing(doc, paragraph, *args):  # type: ignore[no-untyped-def]
        if "爆" in doc.norm.simplified[paragraph.start:paragraph.end]:
            raise IndexError("a bug in one paragraph")
        return read(doc, paragraph, *args)

    monkeypatch.setattr(match, "_paragraph_facts", failing)


_THREE_PARAGRAPHS = ("全市参保人数120.5万人。\n"
                     "爆：失业保险参保人数30.2万人。\n"
                     "工伤保险参保人数45.8万人。\n")


def test_a_bug_in_one_paragraph_costs_only_its_figures(monkeypatch) -> None:
    _raise_in_the_paragraph_that_says_boom(monkeypatch)
    tables = pipeline.extract_text(_THREE_PARAGRAPHS, doc_id="partly")
    assert sorted(tables["facts"]["value"]) == [45.8, 120.5]
    assert tables["unexplained"]["text"].tolist() == ["30.2"]  # left to the audit
    [error] = tables["errors"].to_dict("records")
    assert error["kind"] == "partial"
    assert "IndexError: a bug in one paragraph" in error["message"]
    assert "爆：失业保险参保人数" in error["message"]  # where it is


def test_a_document_read_in_part_is_written_and_reported(tmp_path, monkeypatch) -> None:
    _raise_in_the_paragraph_that_says_boom(monkeypatch)
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "whole.txt").write_text("全市参保人数120.5万人。\n", encoding="utf-8")
    (folder / "partly.txt").write_text(_THREE_PARAGRAPHS, encoding="utf-8")
    report = run([folder], tmp_path / "out", jobs=1)
    assert [d.doc_id for d in report.documents] == ["partly", "whole"]
    assert [(e.doc_id, e.kind) for e in report.partial] == [("partly", "partial")]
    assert report.errors == []
    facts = pd.read_csv(tmp_path / "out" / "facts.csv")
    assert sorted(facts[facts["doc_id"] == "partly"]["value"]) == [45.8, 120.5]
    errors = pd.read_csv(tmp_path / "out" / "errors.csv")
    assert errors[["doc_id", "kind"]].values.tolist() == [["partly", "partial"]]


def test_the_command_fails_when_a_document_was_read_in_part(tmp_path, monkeypatch,
                                                            capsys) -> None:
    _raise_in_the_paragraph_that_says_boom(monkeypatch)
    (tmp_path / "partly.txt").write_text(_THREE_PARAGRAPHS, encoding="utf-8")
    assert main(["extract", str(tmp_path / "partly.txt"), "-o", str(tmp_path / "out"),
                 "--jobs", "1"]) == 1
    err = capsys.readouterr().err
    assert "error:" in err and "internal error in the paragraph" in err
    assert "1 documents (1 in part)" in err
