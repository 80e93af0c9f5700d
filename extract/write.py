"""Stage 6, write: the tables as CSV (UTF-8 with BOM, for Excel) and Parquet.

Tables are written chunk by chunk into temporary files beside their final
names, and renamed into place only when every table is complete, so a run
that stops half-way (even killed) leaves the previous outputs whole.

Rows are plain dicts and column types pandas dtype names (``string``,
``int64``, ``Int64`` (nullable), ``float64``): the files are written with the
csv module and pyarrow, without importing pandas, which would add a third
of a second to every run. The CSV is what pandas' ``to_csv`` writes, and the
Parquet files carry pandas' metadata, so ``pd.read_parquet`` gives the
dtypes back.
"""

from __future__ import annotations

import array
import csv
import itertools
import json
import os
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from .records import RawDoc

if TYPE_CHECKING:
    import pandas as pd

Row = dict[str, object]
Dtypes = dict[str, str]
"""A table's columns, in order, with their pandas dtype names."""

FORMATS = ("csv", "parquet")
ROW_GROUP_ROWS = 50_000
"""Parquet rows per row group; chunks are gathered up to this many so a big
batch does not write thousands of tiny row groups."""


def write_tables(frames: dict[str, pd.DataFrame], outdir: Path,
                 formats: tuple[str, ...] = FORMATS) -> list[Path]:
    """Write every frame as a table in every format; return the paths written."""
    with TableWriter(outdir, {name: {str(column): str(dtype) for column, dtype
                                     in frame.dtypes.items()} for name, frame in frames.items()},
                     formats) as writer:
        for name, frame in frames.items():  # nulls (NA, NaN) as None
            writer.append(name, frame.astype(object).where(frame.notna(), None)
                          .rename(columns=str).to_dict("records"))
        return writer.commit()


class TableWriter:
    """Streams tables into ``outdir`` in chunks; nothing replaces an output before ``commit``.

    ``tables`` gives every table's columns and their dtypes. Append each
    table's rows (dicts by column, None for null) in their final order;
    ``commit`` closes the temporary files and renames them into place.
    Leaving the ``with`` block without committing deletes the temporary
    files. One run at a time per folder: temporary files left by a killed
    run are removed on start.
    """

    def __init__(self, outdir: Path, tables: dict[str, Dtypes],
                 formats: tuple[str, ...] = FORMATS) -> None:
        unknown = [fmt for fmt in formats if fmt not in FORMATS]
        if unknown:
            raise ValueError(f"unknown output format {unknown[0]!r} (use csv or parquet)")
        outdir.mkdir(parents=True, exist_ok=True)
        self._sinks: dict[str, list[_Sink]] = {}
        for name, dtypes in tables.items():
            self._sinks[name] = []
            for fmt in formats:
                final = outdir / f"{name}.{fmt}"
                for stale in outdir.glob(f".{final.name}.*.tmp"):
                    stale.unlink(missing_ok=True)
                sink = _CsvSink(final, dtypes) if fmt == "csv" else _ParquetSink(final, dtypes)
                self._sinks[name].append(sink)

    def append(self, name: str, rows: list[Row]) -> None:
        """Add rows to table ``name`` (after the rows appended before)."""
        if not rows:
            return
        for sink in self._sinks[name]:
            sink.append(rows)

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

    def append(self, rows: list[Row]) -> None:
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
    def __init__(self, final: Path, dtypes: Dtypes) -> None:
        super().__init__(final)
        self._columns = list(dtypes)
        # The csv module writes None empty and a float as its repr, as pandas
        # does; only a NaN (empty in pandas) needs a look, and only a float
        # column holds one.
        self._floats = [k for k, dtype in enumerate(dtypes.values()) if dtype == "float64"]
        # utf-8-sig writes the byte-order mark once, before the header.
        self._file: IO[str] | None = open(self.temporary, "w", encoding="utf-8-sig",  # noqa: SIM115
                                          newline="")
        self._csv = csv.writer(self._file, lineterminator="\n")
        self._csv.writerow(self._columns)

    def append(self, rows: list[Row]) -> None:
        lines = [[row[column] for column in self._columns] for row in rows]
        for line in lines:
            for k in self._floats:
                if line[k] != line[k]:  # NaN
                    line[k] = ""
        self._csv.writerows(lines)

    def finish(self) -> None:
        assert self._file is not None
        self._file.flush()
        os.fsync(self._file.fileno())
        self._close()

    def _close(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None


_ARROW_TYPES = {"int64": "int64", "Int64": "int64", "float64": "float64"}
"""Arrow types of the non-text dtypes; text is large_string, as pandas' ``string`` is."""


class _ParquetSink(_Sink):
    def __init__(self, final: Path, dtypes: Dtypes) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        super().__init__(final)
        self._pa = pa
        self._dtypes = dtypes
        self._schema = pa.schema([pa.field(column, _ARROW_TYPES.get(dtype, "large_string"))
                                  for column, dtype in dtypes.items()],
                                 metadata={b"pandas": _pandas_metadata(dtypes)})
        self._writer: Any = pq.ParquetWriter(self.temporary, self._schema)
        self._pending: list[Any] = []
        self._pending_rows = 0

    def append(self, rows: list[Row]) -> None:
        self._pending.append(self._pa.Table.from_arrays(
            [_arrow_array(self._pa, [row[column] for row in rows], dtype)
             for column, dtype in self._dtypes.items()], schema=self._schema))
        self._pending_rows += len(rows)
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


def _arrow_array(pa: Any, values: list[object], dtype: str) -> Any:
    """An Arrow array of ``values`` (None, and NaN, for null), built from its buffers.

    ``pa.array`` would do, but it imports pandas to look for pandas objects
    among the values, a third of a second that this path is free of."""
    valid = [value is not None and value == value for value in values]
    nulls = valid.count(False)
    validity = pa.py_buffer(_bitmap(valid)) if nulls else None  # most columns have no nulls
    if dtype in _ARROW_TYPES:
        code, empty = ("d", 0.0) if dtype == "float64" else ("q", 0)
        data = array.array(code, [value if present else empty  # type: ignore[misc]
                                  for value, present in zip(values, valid, strict=True)])
        return pa.Array.from_buffers(pa.type_for_alias(_ARROW_TYPES[dtype]), len(values),
                                     [validity, pa.py_buffer(data.tobytes())], null_count=nulls)
    encoded = [str(value).encode() if present else b""
               for value, present in zip(values, valid, strict=True)]
    offsets = array.array("q", itertools.accumulate(map(len, encoded), initial=0))
    return pa.Array.from_buffers(pa.large_string(), len(values),
                                 [validity, pa.py_buffer(offsets.tobytes()),
                                  pa.py_buffer(b"".join(encoded))], null_count=nulls)


def _bitmap(valid: list[bool]) -> bytes:
    """Arrow's validity bitmap: bit i (least significant first) set where ``valid[i]``."""
    bitmap = bytearray((len(valid) + 7) // 8)
    for position, present in enumerate(valid):
        if present:
            bitmap[position // 8] |= 1 << (position % 8)
    return bytes(bitmap)


def _pandas_metadata(dtypes: Dtypes) -> bytes:
    """The schema metadata by which pandas restores each column's dtype (``string``,
    nullable ``Int64``) on reading; the format pyarrow writes from a DataFrame."""
    columns = [{"name": column, "field_name": column,
                "pandas_type": "int64" if dtype in ("int64", "Int64") else
                "float64" if dtype == "float64" else "object",
                "numpy_type": dtype if dtype in _ARROW_TYPES else "string", "metadata": None}
               for column, dtype in dtypes.items()]
    return json.dumps({"index_columns": [], "column_indexes": [], "columns": columns,
                       "attributes": {}}).encode()
