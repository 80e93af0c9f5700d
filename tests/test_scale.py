"""An archive of 1,000 documents: converted whole, rerun from the database, killed mid-run."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pandas as pd
import pytest

from extract.cli import main
from extract.db import query

from .archive import BAD_FILES, build_archive

TABLES = ("facts", "documents", "sections", "footnotes", "unexplained", "errors")


@pytest.mark.slow
def test_a_thousand_documents_convert_and_rerun_from_the_database(tmp_path, capsys) -> None:
    archive = build_archive(tmp_path / "archive", 1000)
    assert len(archive.good) == 997 and len(archive.bad) == 3
    out, db = tmp_path / "out", tmp_path / "bulletins.duckdb"

    assert main(["extract", str(archive.folder), "-o", str(out), "--db", str(db)]) == 1
    stderr = capsys.readouterr().err
    assert "997 documents" in stderr and "3 failed" in stderr
    documents = pd.read_parquet(out / "documents.parquet")
    assert list(documents["doc_id"]) == archive.doc_ids
    assert (documents["facts"] > 100).all()  # every good file converted, none half-read
    errors = pd.read_csv(out / "errors.csv", encoding="utf-8-sig")
    assert sorted(errors["kind"]) == sorted(BAD_FILES)
    assert sorted(errors["doc_id"]) == sorted(BAD_FILES)
    facts = pd.read_parquet(out / "facts.parquet")
    assert len(facts) == documents["facts"].sum()
    assert query(db, "SELECT count(*) FROM facts").iloc[0, 0] == len(facts)
    assert query(db, "SELECT count(*) FROM sources").iloc[0, 0] == 997

    assert main(["extract", str(archive.folder), "--db", str(db)]) == 1
    stderr = capsys.readouterr().err
    assert "0 documents" in stderr and "997 unchanged skipped" in stderr
    assert sum(line.startswith("error:") for line in stderr.splitlines()) == 3
    assert query(db, "SELECT count(*) FROM facts").iloc[0, 0] == len(facts)
    assert query(db, "SELECT count(*) FROM errors").iloc[0, 0] == 3


@pytest.mark.slow
def test_kill_9_mid_run_leaves_the_previous_outputs_and_a_rerun_completes(tmp_path) -> None:
    archive = build_archive(tmp_path / "archive", 100, bad=False)
    out, db = tmp_path / "out", tmp_path / "bulletins.duckdb"
    command = [sys.executable, "-m", "extract", "extract", str(archive.folder), "-o", str(out),
               "--db", str(db), "-q"]
    subprocess.run([*command, "--jobs", "2"], check=True)
    previous = {path.name: path.read_bytes() for path in out.iterdir()}

    # Killed once the new tables are being written (the first chunk is out).
    victim = subprocess.Popen([*command, "--jobs", "1"])
    _wait_for_a_written_chunk(out, victim)
    victim.send_signal(signal.SIGKILL)
    assert victim.wait() == -signal.SIGKILL
    assert list(out.glob(".facts.csv.*.tmp")), "the run was not killed while writing"
    for name, data in previous.items():
        assert (out / name).read_bytes() == data, f"{name} changed"
    for table in TABLES:
        pd.read_csv(out / f"{table}.csv", encoding="utf-8-sig")
        pd.read_parquet(out / f"{table}.parquet")

    # The database kept what it committed before the kill; --db alone completes it.
    rerun = subprocess.run([*command[:5], "--db", str(db)], capture_output=True, text=True,
                           check=True)
    assert "unchanged skipped" in rerun.stderr
    assert query(db, "SELECT count(*) FROM sources").iloc[0, 0] == 100
    subprocess.run(command, check=True)
    assert {path.name: path.read_bytes() for path in out.iterdir()} == previous


def _wait_for_a_written_chunk(out, process, timeout=120.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and process.poll() is None:
        if any(path.stat().st_size > 10_000 for path in out.glob(".facts.csv.*.tmp")):
            return
        time.sleep(0.02)
    process.kill()
    pytest.fail("the run finished or stalled before writing its first chunk")


def test_kill_test_helpers_see_temporary_files(tmp_path) -> None:
    (tmp_path / ".facts.csv.x.tmp").write_bytes(b"x" * 10_001)
    process = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        _wait_for_a_written_chunk(tmp_path, process, timeout=5)
    finally:
        process.kill()
        process.wait()
    assert os.path.exists(tmp_path / ".facts.csv.x.tmp")
