"""Stage 6, write: the tables as CSV (UTF-8 with BOM, for Excel) and Parquet.

Tables are written chunk by chunk into temporary files beside their final
names, and renamed into place only when every table is complete, so a run
that stops half-way (even killed) leaves the previous outputs whole.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import IO, Any

import pandas as pd

from .records import RawDoc

FORMATS = ("csv", "parquet")
ROW_GROUP_ROWS = 50_000
"""Parquet rows per row group; chunks are gathered up to this many so a big
batch does not write thousands of tiny row groups."""


def write_tables(frames: dict[str, pd.DataFrame], outdir: Path,
                 formats: tuple[str, ...] = FORMATS) -> list[Path]:
    """Write every table in every format; return the paths written."""
    with TableWriter(outdir, {name: frame.iloc[:0] for name, frame in frames.items()},
                     formats) as writer:
        for name, frame in frames.items():
            writer.append(name, frame)
        return writer.commit()


class TableWriter:
    """Streams tables into ``outdir`` in chunks; nothing replaces an output before ``commit``.

    ``empty`` gives every table's columns and types (a frame without rows).
    Append each table's rows in their final order; ``commit`` closes the
    temporary files and renames them into place. Leaving the ``with`` block
    without committing deletes the temporary files. One run at a time per
    folder: temporary files left by a killed run are removed on start.
    """

    def __init__(self, outdir: Path, empty: dict[str, pd.DataFrame],
                 formats: tuple[str, ...] = FORMATS) -> None:
        unknown = [fmt for fmt in formats if fmt not in FORMATS]
        if unknown:
            raise ValueError(f"unknown output format {unknown[0]!r} (use csv or parquet)")
        outdir.mkdir(parents=True, exist_ok=True)
        self._sinks: dict[str, list[_Sink]] = {}
        for name, frame in empty.items():
            self._sinks[name] = []
            for fmt in formats:
                final = outdir / f"{name}.{fmt}"
                for stale in outdir.glob(f".{final.name}.*.tmp"):
                    stale.unlink(missing_ok=True)
                sink = _CsvSink(final, frame) if fmt == "csv" else _ParquetSink(final, frame)
                self._sinks[name].append(sink)

    def append(self, name: str, frame: pd.DataFrame) -> None:
        """Add rows to table ``name`` (after the rows appended before)."""
        if frame.empty:
            return
        for sink in self._sinks[name]:
            sink.append(frame)

    def commit(self) -> list[Path]:
        """Finish every file, then rename them all into place; return the final paths."""
        sinks = [sink for group in self._sinks.values() for sink in group]
        for sink in sinks:
            sink.finish()
        for sink in sinks:
            os.replace(sink.temporary, sink.final)
        self._sinks = {}
        return [sink.final for sink in sinks]

    def discard(self) -> None:
        """Delete the temporary files; the previous outputs stay as they were."""
        for group in self._sinks.values():
            for sink in group:
                sink.discard()
        self._sinks = {}

    def __enter__(self) -> TableWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.discard()


def write_raw_texts(documents: Iterable[RawDoc], outdir: Path) -> list[Path]:
    """Write each document's raw text to ``outdir/raw/<doc_id>.txt`` (UTF-8,
    line ends as they are): the text that ``line``, ``start`` and ``end``
    point into. Return the paths written."""
    folder = outdir / "raw"
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for document in documents:
        path = folder / f"{document.doc_id}.txt"
        _atomic_write(path, lambda target, text=document.text: target.write_text(
            text, encoding="utf-8", newline=""))
        written.append(path)
    return written


class _Sink:
    """One output file being written under a temporary name."""

    def __init__(self, final: Path) -> None:
        self.final = final
        self.temporary = _temporary_beside(final)

    def append(self, frame: pd.DataFrame) -> None:
        raise NotImplementedError

    def finish(self) -> None:
        """Flush and close the file, its bytes on disk."""
        raise NotImplementedError

    def discard(self) -> None:
        self._close()
        self.temporary.unlink(missing_ok=True)

    def _close(self) -> None:
        raise NotImplementedError


def _atomic_write(path: Path, write: Callable[[Path], object]) -> None:
    """Call ``write`` on a temporary file beside ``path``, then rename it into place."""
    temporary = _temporary_beside(path)
    try:
        write(temporary)
        os.replace(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)


def _temporary_beside(path: Path) -> Path:
    """A new empty file ``.NAME.*.tmp`` in ``path``'s folder (a stale one is recognisable)."""
    fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    # mkstemp makes the file private (0600); outputs get the usual permissions.
    os.chmod(name, 0o666 & ~_umask())
    return Path(name)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


class _CsvSink(_Sink):
    def __init__(self, final: Path, empty: pd.DataFrame) -> None:
        super().__init__(final)
        # utf-8-sig writes the byte-order mark once, before the header.
        self._file: IO[str] | None = open(self.temporary, "w", encoding="utf-8-sig",  # noqa: SIM115
                                          newline="")
        empty.to_csv(self._file, index=False, lineterminator="\n")

    def append(self, frame: pd.DataFrame) -> None:
        assert self._file is not None
        frame.to_csv(self._file, index=False, header=False, lineterminator="\n")

    def finish(self) -> None:
        assert self._file is not None
        self._file.flush()
        os.fsync(self._file.fileno())
        self._close()

    def _close(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None


class _ParquetSink(_Sink):
    def __init__(self, final: Path, empty: pd.DataFrame) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        super().__init__(final)
        self._pa = pa
        # The schema, with pandas' metadata, comes from the typed empty frame,
        # so every chunk (and an empty table) is written with the same types.
        self._schema = pa.Schema.from_pandas(empty, preserve_index=False)
        self._writer: Any = pq.ParquetWriter(self.temporary, self._schema)
        self._pending: list[Any] = []
        self._pending_rows = 0

    def append(self, frame: pd.DataFrame) -> None:
        table = self._pa.Table.from_pandas(frame, schema=self._schema, preserve_index=False)
        self._pending.append(table)
        self._pending_rows += table.num_rows
        if self._pending_rows >= ROW_GROUP_ROWS:
            self._flush()

    def _flush(self) -> None:
        if self._pending:
            self._writer.write_table(self._pa.concat_tables(self._pending),
                                     row_group_size=max(self._pending_rows, 1))
        self._pending = []
        self._pending_rows = 0

    def finish(self) -> None:
        self._flush()
        self._close()
        with open(self.temporary, "rb") as file:
            os.fsync(file.fileno())

    def _close(self) -> None:
        if self._writer is not None:
            self._writer.close()
            self._writer = None
