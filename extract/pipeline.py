"""The whole chain: read -> normalise -> segment -> match -> link -> tables -> write.

This is the only module that knows every stage.
"""

from __future__ import annotations

import contextlib
import functools
import gc
import logging
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from .batch import ordered_map
from .errors import ExtractError
from .link import link_footnotes
from .match import match
from .normalise import normalise
from .progress import Progress
from .read import DOCUMENT_SUFFIXES, read_path, read_text
from .records import DocError, MatchedDoc, RawDoc
from .rules import RuleSet, load_rules, rules_fingerprint
from .segment import segment
from .tables import (
    TABLE_DTYPES,
    Rows,
    build_tables,
    document_rows,
    error_rows,
    frames_of,
    joined_rows,
)
from .write import FORMATS, TableWriter, write_raw_texts

if TYPE_CHECKING:
    import pandas as pd

    from .db import Store


def process(raw: RawDoc, rules: RuleSet) -> MatchedDoc:
    """Run the text stages over one document."""
    return link_footnotes(match(segment(normalise(raw, rules), rules), rules))


def extract_text(text: str, doc_id: str = "text", patterns: Path | None = None
                 ) -> dict[str, pd.DataFrame]:
    """The output tables for a bulletin given as a string."""
    rules = load_rules(patterns)
    matched = process(read_text(text, doc_id), rules)
    return build_tables([matched], filter(None, [_partial(matched)]), rules=rules)


def extract_file(path: str | Path, patterns: Path | None = None) -> dict[str, pd.DataFrame]:
    """The output tables for one bulletin file; raises ExtractError if unreadable."""
    rules = load_rules(patterns)
    matched = process(read_path(Path(path)), rules)
    return build_tables([matched], filter(None, [_partial(matched)]), rules=rules)


def discover(paths: Iterable[str | Path]) -> tuple[list[Path], list[Path]]:
    """The files to extract and the files passed over.

    Every file named is taken. Under a folder, files of a bulletin's type
    (``DOCUMENT_SUFFIXES``) are taken and the others passed over; hidden files
    and folders are skipped.
    """
    found: list[Path] = []
    passed: list[Path] = []
    for path in map(Path, paths):
        if not path.is_dir():
            found.append(path)
            continue
        for file in sorted(path.rglob("*")):
            if not file.is_file() or any(part.startswith(".")
                                         for part in file.relative_to(path).parts):
                continue
            (found if file.suffix.lower() in DOCUMENT_SUFFIXES else passed).append(file)
    return found, passed


@dataclass(frozen=True, slots=True)
class DocumentDone:
    """A document a run extracted (what it keeps of it: not the text, not the rows)."""

    doc_id: str
    source: str
    sha256: str
    facts: int


@dataclass
class RunReport:
    """What a run did."""

    documents: list[DocumentDone] = field(default_factory=list)
    errors: list[DocError] = field(default_factory=list)
    partial: list[DocError] = field(default_factory=list)
    """Documents extracted but for some paragraphs (a bug; in ``documents`` too)."""
    written: list[Path] = field(default_factory=list)
    passed_over: list[Path] = field(default_factory=list)
    """Files under the folders named that are not of a bulletin's type."""
    skipped: list[Path] = field(default_factory=list)
    """Files not extracted again: unchanged since the database last took them."""
    seconds: float = 0.0

    @property
    def facts(self) -> int:
        return sum(d.facts for d in self.documents)


@dataclass(frozen=True, slots=True)
class DocumentJob:
    """One file for a worker: everything it needs, picklable."""

    path: Path
    doc_id: str
    patterns: Path | None = None
    after: tuple[Callable[[MatchedDoc], object], ...] = ()
    """Side effects per document (such as writing a review page), run in the
    worker after extraction; module-level functions or ``functools.partial``.
    One that writes a file returns its path, which goes into ``RunReport.written``."""


@dataclass(frozen=True, slots=True)
class Extracted:
    """A worker's answer for one file: its output rows, or its error."""

    doc_id: str
    source: str
    sha256: str
    rows: Rows | None
    """The rows of each table (``tables.document_rows``); None on error."""
    error: DocError | None = None
    """Why there are no rows; or, beside rows, why some are missing (kind ``partial``)."""
    written: tuple[Path, ...] = ()
    """Files the ``after`` steps wrote."""


def extract_document(job: DocumentJob) -> Extracted:
    """Extract one file into its table rows; any failure becomes an error, never an exception.

    This runs in a worker process and returns only the rows, so the parent
    never holds a document's text.
    """
    path = job.path
    try:
        rules = load_rules(job.patterns)
        matched = process(read_path(path), rules)
        written = tuple(p for p in (step(matched) for step in job.after) if isinstance(p, Path))
        raw = matched.doc.norm.raw
        return Extracted(raw.doc_id, raw.source, raw.sha256, document_rows(matched, rules),
                         _partial(matched), written)
    except ExtractError as exc:
        kind, message = exc.kind, str(exc)
    except OSError as exc:
        kind, message = "io", f"{path}: {exc.strerror or exc}"
    except Exception as exc:  # a bug on one file must not sink the batch
        kind = "internal"
        message = (f"{path}: internal error ({type(exc).__name__}: {exc}); please report it "
                   "with this file")
    return Extracted(job.doc_id, str(path), "", None,
                     DocError(doc_id=job.doc_id, source=str(path), kind=kind, message=message))


def _partial(matched: MatchedDoc) -> DocError | None:
    """The error of a document extracted in part: paragraphs whose reading raised."""
    failures, raw = matched.failures, matched.doc.norm.raw
    if not failures:
        return None
    more = f" (and {len(failures) - 1} more)" if len(failures) > 1 else ""
    return DocError(doc_id=raw.doc_id, source=raw.source, kind="partial",
                    message=f"{raw.source}: internal error in {failures[0]}{more}; the "
                            "figures of such a paragraph are left unexplained; please report "
                            "it with this file")


def _worker_died(job: DocumentJob, exc: BaseException) -> Extracted:
    """The error of a file whose worker process died while extracting it, even alone."""
    message = (f"{job.path}: the worker process extracting it died ({exc}); the file may "
               "crash a library we use, or need more memory than there is")
    return Extracted(job.doc_id, str(job.path), "", None,
                     DocError(doc_id=job.doc_id, source=str(job.path), kind="crash",
                              message=message))


def _write_raw_text(matched: MatchedDoc, outdir: Path) -> Path:
    """``--raw``: the document's raw text into ``outdir/raw/`` (a step run in the worker)."""
    return write_raw_texts([matched.doc.norm.raw], outdir)[0]


def _logger_levels() -> dict[str, int]:
    """The levels set on the parent's loggers (the CLI quiets pdfminer's warnings)."""
    return {name: logger.level for name, logger in logging.root.manager.loggerDict.items()
            if isinstance(logger, logging.Logger) and logger.level}


def _start_worker(patterns: Path | None, levels: dict[str, int] | None = None) -> None:
    """Load the rules and the word segmenter once per worker, before its first file;
    give its loggers the parent's levels."""
    for name, level in (levels or {}).items():
        logging.getLogger(name).setLevel(level)
    rules = load_rules(patterns)
    process(read_text("2024年全市参保人数1.5万人，比上年增长2%。", "warm-up"), rules)
    gc.freeze()  # the rules and word lists live as long as the process: the collector skips them


MIN_FILES_PER_WORKER = 3
"""A worker costs about half a second to start (imports, rules, word lists): a
batch of a few files runs with fewer workers, or in this process."""
CHUNK_DOCUMENTS = 64
"""Documents whose rows are gathered before they are written (and stored in
one database transaction): bigger chunks write faster, smaller keep memory low."""


def run(paths: Iterable[str | Path], outdir: Path | None = None, patterns: Path | None = None,
        formats: tuple[str, ...] = FORMATS, strict: bool = False,
        on_error: Callable[[DocError], None] | None = None, *, jobs: int = 1,
        db: Path | None = None, on_progress: Callable[[Progress], None] | None = None,
        after: tuple[Callable[[MatchedDoc], object], ...] = (), html: bool = False,
        raw: bool = False) -> RunReport:
    """Extract every file under ``paths`` into the tables in ``outdir`` and/or the database ``db``.

    A file that cannot be read becomes an error (reported through
    ``on_error``) and the others go on, unless ``strict``. ``jobs`` worker
    processes extract files in parallel; the outputs are the same for any
    ``jobs``. With ``db`` alone, files unchanged since the database took them
    (same bytes, same rules) are skipped; with ``outdir`` every file is
    extracted, since OUTDIR is rewritten whole. With ``outdir``, ``html``
    writes each document's review page into ``outdir/report/`` and ``raw``
    its raw text into ``outdir/raw/``, from its worker. ``after`` runs in
    the worker for each extracted document (see ``DocumentJob``).
    """
    started = time.monotonic()
    load_rules(patterns)  # a broken rule file stops the run before any document
    report = RunReport()
    files, report.passed_over = discover(paths)
    todo, refused = _plan(files)
    if outdir is not None and html:
        from .report import write_report  # pandas loads only when review pages are wanted

        after = (*after, functools.partial(write_report, outdir=outdir, patterns=patterns))
    if outdir is not None and raw:
        after = (*after, functools.partial(_write_raw_text, outdir=outdir))
    with contextlib.ExitStack() as stack:
        writer = (stack.enter_context(TableWriter(outdir, TABLE_DTYPES, formats))
                  if outdir is not None else None)
        store = None
        if db is not None:
            from .db import Store  # duckdb loads only when a database is used

            store = stack.enter_context(Store(db, rules_fingerprint(patterns)))
            if writer is None:
                todo, report.skipped = store.partition_unchanged(todo)
        batch = _Batch(report, _Output(writer, store), len(todo) + len(refused), started,
                       strict, on_error, on_progress)
        if all(map(batch.take, refused)):
            jobs_ = [DocumentJob(path, doc_id, patterns, after) for doc_id, path in todo]
            workers = max(1, min(jobs, len(jobs_) // MIN_FILES_PER_WORKER))
            with contextlib.closing(ordered_map(extract_document, jobs_, workers, _start_worker,
                                                (patterns, _logger_levels()),
                                                _worker_died)) as results:
                for result in results:
                    if not batch.take(result):
                        break  # leaving the block stops the workers
        batch.output.flush()
        if writer is not None:
            writer.append("errors", error_rows([*report.errors, *report.partial]))
            report.written += writer.commit()
    report.seconds = time.monotonic() - started
    return report


def _plan(files: list[Path]) -> tuple[list[tuple[str, Path]], list[DocError]]:
    """The files to extract as (doc_id, path) in doc_id order, and those refused at once.

    A missing file is refused, and so is a file whose doc_id (its stem) an
    earlier file already took. Extracting in doc_id order lets the tables be
    written as results arrive, already sorted.
    """
    todo: dict[str, Path] = {}
    refused: list[DocError] = []
    for path in files:
        doc_id = path.stem
        if not path.exists():
            message = f"{path}: no such file or folder"
        elif doc_id in todo:
            message = (f"{path}: document id '{doc_id}' is already taken by {todo[doc_id]}; "
                       "rename one of them")
        else:
            todo[doc_id] = path
            continue
        refused.append(DocError(doc_id=doc_id, source=str(path), kind=ExtractError.kind,
                                message=message))
    return sorted(todo.items()), refused


@dataclass
class _Batch:
    """A run's bookkeeping: each result goes to the report, the output and the callbacks."""

    report: RunReport
    output: _Output
    total: int
    started: float
    strict: bool
    on_error: Callable[[DocError], None] | None
    on_progress: Callable[[Progress], None] | None

    def take(self, result: Extracted | DocError) -> bool:
        """Record one file's result; False when the run must stop (``strict`` and an error)."""
        report = self.report
        error = result if isinstance(result, DocError) else result.error
        if isinstance(result, Extracted) and result.rows is not None:
            report.documents.append(DocumentDone(result.doc_id, result.source, result.sha256,
                                                 len(result.rows["facts"])))
            self.output.add(result.doc_id, result.source, result.sha256, result.rows)
            report.written.extend(result.written)
            if error is not None:
                report.partial.append(error)
        elif error is not None:
            report.errors.append(error)
        if error is not None:
            self.output.add_error(error)
            if self.on_error:
                self.on_error(error)
        if self.on_progress:
            self.on_progress(Progress(len(report.documents) + len(report.errors), self.total,
                                      report.facts, len(report.errors), len(report.skipped),
                                      time.monotonic() - self.started))
        return not (error is not None and self.strict)


class _Output:
    """Where extracted rows go, a chunk of documents at a time: OUTDIR's files and the database."""

    def __init__(self, writer: TableWriter | None, store: Store | None) -> None:
        self.writer = writer
        self.store = store
        self.documents: list[tuple[str, str, str]] = []
        self.rows: list[Rows] = []
        self.errors: list[DocError] = []

    def add(self, doc_id: str, source: str, sha256: str, rows: Rows) -> None:
        self.documents.append((doc_id, source, sha256))
        self.rows.append(rows)
        if len(self.rows) >= CHUNK_DOCUMENTS:
            self.flush()

    def add_error(self, error: DocError) -> None:
        self.errors.append(error)

    def flush(self) -> None:
        if self.writer is not None:
            for name, rows in joined_rows(self.rows).items():
                self.writer.append(name, rows)
        if self.store is not None and (self.documents or self.errors):
            self.store.save(self.documents, frames_of(self.rows) if self.rows else {},
                            self.errors)
        self.documents, self.rows, self.errors = [], [], []
