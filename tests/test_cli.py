"""The command line: one run over good and bad files, exit status, help."""

from __future__ import annotations

import subprocess
import sys

import pandas as pd
import pytest

from extract.cli import main

from .conftest import SAMPLES


@pytest.fixture
def batch(tmp_path):
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "good.txt").write_text("2024年全市参加职工医保人数272.42万人。", encoding="utf-8")
    (folder / "sub" / "gbk.txt").write_bytes("2024年全市参加生育保险170.01万人。".encode("gbk"))
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    (folder / "garbled.txt").write_bytes(b"\x80\x80\xff\xfe\xfe abc")
    (folder / "report.docx").write_bytes(b"PK\x03\x04")
    (folder / "notes.py").write_text("print(1)", encoding="utf-8")
    (folder / "last-run").mkdir()  # an earlier run's output inside the input folder
    (folder / "last-run" / "facts.csv").write_text("doc_id,value\n", encoding="utf-8")
    return folder


def test_bad_files_are_reported_and_the_rest_written(batch, tmp_path, capsys) -> None:
    out = tmp_path / "out"
    status = main(["extract", str(batch), "-o", str(out)])
    assert status == 1
    stderr = capsys.readouterr().err
    assert "2 documents" in stderr and "2 other files passed over" in stderr
    errors = [line for line in stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 4
    for name in ("empty.txt", "binary.txt", "garbled.txt", "report.docx"):
        assert sum(name in line for line in errors) == 1
    facts = pd.read_csv(out / "facts.csv", encoding="utf-8-sig")
    assert sorted(facts["doc_id"]) == ["gbk", "good"]
    assert sorted(pd.read_csv(out / "errors.csv")["doc_id"]) == ["binary", "empty", "garbled",
                                                                 "report"]
    for table in ("facts", "documents", "sections", "footnotes", "unexplained", "errors"):
        assert (out / f"{table}.csv").exists() and (out / f"{table}.parquet").exists()


def test_all_good_exits_zero_and_csv_has_a_bom(tmp_path) -> None:
    out = tmp_path / "out"
    assert main(["extract", *map(str, SAMPLES), "-o", str(out), "-q"]) == 0
    assert (out / "facts.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    parquet = pd.read_parquet(out / "facts.parquet")
    assert str(parquet["value"].dtype) == "float64" and str(parquet["line"].dtype) == "int64"


def test_strict_stops_at_the_first_failure(batch, tmp_path) -> None:
    out = tmp_path / "out"
    assert main(["extract", str(batch), "-o", str(out), "--strict", "-q"]) == 1
    assert len(pd.read_csv(out / "errors.csv")) == 1


def test_missing_path_is_an_error_not_a_crash(tmp_path, capsys) -> None:
    assert main(["extract", str(tmp_path / "nope.txt"), "-o", str(tmp_path / "o")]) == 1
    assert "nope.txt: no such file" in capsys.readouterr().err


def test_outputs_are_byte_identical_across_runs(tmp_path) -> None:
    for run in ("a", "b"):
        main(["extract", *map(str, SAMPLES), "-o", str(tmp_path / run), "-q"])
    for name in ("facts.csv", "documents.csv", "sections.csv", "facts.parquet"):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()


def test_every_command_has_help() -> None:
    for argv in (["--help"], ["extract", "--help"], ["query", "--help"], ["panel", "--help"]):
        result = subprocess.run([sys.executable, "-m", "extract", *argv], capture_output=True,
                                text=True, check=False)
        assert result.returncode == 0 and "usage: bulletin" in result.stdout


def test_no_command_prints_usage(capsys) -> None:
    assert main([]) == 2
    assert "extract" in capsys.readouterr().out
