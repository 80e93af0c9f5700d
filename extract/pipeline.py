"""The whole chain: read -> normalise -> segment -> match -> link -> tables -> write.

This is the only module that knows every stage.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from .errors import ExtractError
from .link import link_footnotes
from .match import match
from .normalise import normalise
from .read import DOCUMENT_SUFFIXES, read_path, read_text
from .records import DocError, MatchedDoc, RawDoc
from .report import write_report
from .rules import RuleSet, load_rules
from .segment import segment
from .tables import build_tables
from .write import FORMATS, write_raw_texts, write_tables


def process(raw: RawDoc, rules: RuleSet) -> MatchedDoc:
    """Run the text stages over one document."""
    return link_footnotes(match(segment(normalise(raw, rules), rules), rules))


def extract_text(text: str, doc_id: str = "text", patterns: Path | None = None
                 ) -> dict[str, pd.DataFrame]:
    """The output tables for a bulletin given as a string."""
    rules = load_rules(patterns)
    return build_tables([process(read_text(text, doc_id), rules)])


def extract_file(path: str | Path, patterns: Path | None = None) -> dict[str, pd.DataFrame]:
    """The output tables for one bulletin file; raises ExtractError if unreadable."""
    rules = load_rules(patterns)
    return build_tables([process(read_path(Path(path)), rules)])


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


@dataclass
class RunReport:
    """What a run did."""

    documents: list[MatchedDoc] = field(default_factory=list)
    errors: list[DocError] = field(default_factory=list)
    written: list[Path] = field(default_factory=list)
    passed_over: list[Path] = field(default_factory=list)
    """Files under the folders named that are not of a bulletin's type."""

    @property
    def facts(self) -> int:
        return sum(len(d.facts) for d in self.documents)


def run(paths: Iterable[str | Path], outdir: Path | None = None, patterns: Path | None = None,
        formats: tuple[str, ...] = FORMATS, strict: bool = False,
        on_error: Callable[[DocError], None] | None = None, html: bool = False,
        raw: bool = False) -> RunReport:
    """Extract every file under ``paths``; write the tables into ``outdir`` if given,
    with ``html`` a review page per document into ``outdir/report/``, and with
    ``raw`` each document's raw text into ``outdir/raw/``.

    A file that cannot be read becomes an error (reported through
    ``on_error``) and the others go on, unless ``strict``.
    """
    rules = load_rules(patterns)
    report = RunReport()
    seen: dict[str, Path] = {}
    files, report.passed_over = discover(paths)
    for path in files:
        doc_id = path.stem
        try:
            if not path.exists():
                raise ExtractError(f"{path}: no such file or folder")
            if doc_id in seen:
                raise ExtractError(f"{path}: document id '{doc_id}' is already taken by "
                                   f"{seen[doc_id]}; rename one of them")
            seen[doc_id] = path
            report.documents.append(process(read_path(path), rules))
        except ExtractError as exc:
            error = DocError(doc_id=doc_id, source=str(path), kind=exc.kind, message=str(exc))
            report.errors.append(error)
            if on_error:
                on_error(error)
            if strict:
                break
        except OSError as exc:
            error = DocError(doc_id=doc_id, source=str(path), kind="io",
                             message=f"{path}: {exc.strerror or exc}")
            report.errors.append(error)
            if on_error:
                on_error(error)
            if strict:
                break
    if outdir is not None and html:
        report.written += [write_report(matched, outdir) for matched in report.documents]
    if outdir is not None:
        report.written += write_tables(build_tables(report.documents, report.errors), outdir,
                                      formats)
        if raw:
            report.written += write_raw_texts((d.doc.norm.raw for d in report.documents), outdir)
    return report
