"""Stage 6, write: the tables as CSV (UTF-8 with BOM, for Excel) and Parquet.

Each file is written beside its final name and renamed into place, so a run
that stops half-way leaves the previous outputs whole.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

import pandas as pd

from .records import RawDoc

FORMATS = ("csv", "parquet")


def write_tables(frames: dict[str, pd.DataFrame], outdir: Path,
                 formats: tuple[str, ...] = FORMATS) -> list[Path]:
    """Write every table in every format; return the paths written."""
    outdir.mkdir(parents=True, exist_ok=True)
    written = []
    for name, frame in frames.items():
        for fmt in formats:
            path = outdir / f"{name}.{fmt}"
            _atomic_write(path, lambda target, f=frame, fmt=fmt: _write_one(f, target, fmt))
            written.append(path)
    return written


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


def _write_one(frame: pd.DataFrame, target: Path, fmt: str) -> None:
    if fmt == "csv":
        frame.to_csv(target, index=False, encoding="utf-8-sig", lineterminator="\n")
    elif fmt == "parquet":
        frame.to_parquet(target, index=False, engine="pyarrow")
    else:
        raise ValueError(f"unknown output format {fmt!r} (use csv or parquet)")


def _atomic_write(path: Path, write) -> None:  # type: ignore[no-untyped-def]
    fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    temporary = Path(name)
    try:
        write(temporary)
        os.replace(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)
