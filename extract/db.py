"""An embedded DuckDB database of extracted documents, brought up to date by each run.

Tables: the output tables of SCHEMA.md (``facts``, ``documents`` …, and
``errors``), plus ``sources``, one row per document stored: ``doc_id,
sha256, path, extractor, extracted_at``. ``extractor`` is the package
version and a digest of the rule files, so that new rules count as a change.

A document is replaced whole: its old rows in every table are deleted and
its new rows inserted in the same transaction (one per chunk of documents),
so a killed run leaves the database as the last committed chunk left it.
duckdb is imported only here, and only when a database is used.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pandas as pd

from . import __version__
from .errors import DatabaseError
from .records import DocError
from .tables import empty_tables, error_table

SOURCES_DDL = """CREATE TABLE IF NOT EXISTS sources (
    doc_id VARCHAR PRIMARY KEY, sha256 VARCHAR, path VARCHAR, extractor VARCHAR,
    extracted_at TIMESTAMP)"""

StoredDocument = tuple[str, str, str]
"""doc_id, source path, sha256 of the source."""


class Store:
    """A DuckDB file opened for writing (one writer process at a time)."""

    def __init__(self, path: Path, rules_digest: str) -> None:
        self.path = path
        self.extractor = f"{__version__}+{rules_digest}"
        self.con = _connect(path, read_only=False)
        self.tables = list(empty_tables())
        for name, frame in empty_tables().items():
            self._ensure_table(name, frame)
        self.con.execute(SOURCES_DDL)

    def partition_unchanged(self, todo: Sequence[tuple[str, Path]]
                            ) -> tuple[list[tuple[str, Path]], list[Path]]:
        """Split (doc_id, path) pairs into those to extract and the unchanged ones to skip.

        Unchanged: the database holds the doc_id with the file's present
        sha256, extracted by the same version and rules.
        """
        known = dict(self.con.execute("SELECT doc_id, sha256 FROM sources WHERE extractor = ?",
                                      [self.extractor]).fetchall())
        changed: list[tuple[str, Path]] = []
        unchanged: list[Path] = []
        for doc_id, path in todo:
            if doc_id in known and known[doc_id] == _sha256(path):
                unchanged.append(path)
            else:
                changed.append((doc_id, path))
        return changed, unchanged

    def save(self, documents: Sequence[StoredDocument], frames: dict[str, pd.DataFrame],
             errors: Sequence[DocError]) -> None:
        """Replace the rows of ``documents`` by ``frames``; record ``errors``; one transaction."""
        self.con.begin()
        try:
            stale = [doc_id for doc_id, *_ in documents] + self._turned_unreadable(errors)
            data = [name for name in self.tables if name != "errors"]
            self._delete("doc_id", stale, [*data, "sources"])
            # Errors go by file, not doc_id: a duplicate name's error stays.
            sources = [source for _, source, *_ in documents] + [e.source for e in errors]
            self._delete("source", sources, ["errors"])
            for name in self.tables:
                self._insert(name, error_table(errors) if name == "errors" else frames.get(name))
            now = datetime.now(UTC).replace(tzinfo=None)
            self._insert("sources", pd.DataFrame(
                [(doc_id, sha256, source, self.extractor, now)
                 for doc_id, source, sha256 in documents],
                columns=["doc_id", "sha256", "path", "extractor", "extracted_at"]))
            self.con.commit()
        except BaseException:
            self.con.rollback()
            raise

    def _turned_unreadable(self, errors: Sequence[DocError]) -> list[str]:
        """Doc ids whose stored file now fails: their old rows describe bytes that are gone.

        An error for a different file that merely shares the doc_id (a
        duplicate name) leaves the stored document alone.
        """
        if not errors:
            return []
        stored = set(self.con.execute("SELECT doc_id, path FROM sources").fetchall())
        return [e.doc_id for e in errors if (e.doc_id, e.source) in stored]

    def _delete(self, column: str, values: list[str], tables: list[str]) -> None:
        if not values:
            return
        keys = pd.DataFrame({"key": pd.Series(values, dtype="string")})
        self.con.register("_keys", keys)
        try:
            for name in tables:
                self.con.execute(f'DELETE FROM "{name}" WHERE "{column}" IN '
                                 "(SELECT key FROM _keys)")
        finally:
            self.con.unregister("_keys")

    def _insert(self, name: str, frame: pd.DataFrame | None) -> None:
        if frame is None or frame.empty:
            return
        self.con.register("_incoming", frame)
        try:
            self.con.execute(f'INSERT INTO "{name}" BY NAME SELECT * FROM _incoming')
        finally:
            self.con.unregister("_incoming")

    def _ensure_table(self, name: str, frame: pd.DataFrame) -> None:
        """Create a table like ``frame``; add the columns an older database lacks."""
        self.con.register("_incoming", frame)
        try:
            self.con.execute(f'CREATE TABLE IF NOT EXISTS "{name}" AS '
                             "SELECT * FROM _incoming LIMIT 0")
            have = {row[0] for row in self.con.execute(f'DESCRIBE "{name}"').fetchall()}
            for column, kind, *_ in self.con.execute("DESCRIBE SELECT * FROM _incoming"
                                                     ).fetchall():
                if column not in have:
                    self.con.execute(f'ALTER TABLE "{name}" ADD COLUMN "{column}" {kind}')
        finally:
            self.con.unregister("_incoming")

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def query(path: Path, sql: str) -> pd.DataFrame:
    """The result of one SQL statement over the database, read-only."""
    con = _connect(path, read_only=True)
    try:
        return con.execute(sql).df()
    except _duckdb().Error as exc:
        raise DatabaseError(f"{path}: query failed: {exc}") from exc
    finally:
        con.close()


def read_table(path: Path, name: str) -> pd.DataFrame:
    """A whole table of the database."""
    return query(path, f'SELECT * FROM "{name}"')


def _connect(path: Path, read_only: bool) -> Any:
    duckdb = _duckdb()
    if read_only and not path.is_file():
        raise DatabaseError(f"{path}: no such database; create it with "
                            f"'bulletin extract FOLDER --db {path}'")
    if not read_only:
        path.parent.mkdir(parents=True, exist_ok=True)
    try:
        return duckdb.connect(str(path), read_only=read_only)
    except duckdb.Error as exc:
        raise DatabaseError(f"{path}: cannot open the DuckDB database ({exc}); is it a DuckDB "
                            "file, and is no other bulletin run writing to it?") from exc


def _duckdb() -> Any:
    import duckdb

    return duckdb


def _sha256(path: Path) -> str | None:
    try:
        with open(path, "rb") as file:
            return hashlib.file_digest(file, "sha256").hexdigest()
    except OSError:
        return None  # the worker will report why it cannot be read
