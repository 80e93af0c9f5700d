"""The ``bulletin`` command: a thin shell over ``extract.pipeline.run``."""

from __future__ import annotations

import argparse
import gc
import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .pipeline import RunReport
    from .records import DocError


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="bulletin",
        description="Turn Chinese statistical bulletins (统计公报) into tidy, traceable tables.")
    parser.add_argument("--version", action="store_true", help="print the version and exit")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    extract = commands.add_parser(
        "extract", help="extract facts from bulletin files or folders",
        description="Extract every figure of the bulletins under PATH (files, or folders "
                    "searched recursively) into the tables facts, documents, sections, "
                    "footnotes, unexplained, checks and errors, as CSV and Parquet in OUTDIR.")
    extract.add_argument("paths", nargs="+", metavar="PATH", help="a bulletin file or a folder")
    extract.add_argument("-o", "--output", type=Path, metavar="OUTDIR",
                         help="folder for the output tables (default: output, unless --db)")
    extract.add_argument("--format", default="csv,parquet", metavar="FORMATS",
                         help="comma-separated output formats: csv, parquet (default: both)")
    extract.add_argument("--db", type=Path, metavar="PATH.duckdb",
                         help="also bring this DuckDB database up to date; alone (without -o), "
                              "files unchanged since the last run are skipped")
    extract.add_argument("-j", "--jobs", type=_positive, metavar="N",
                         help="worker processes (default: the machine's cores)")
    extract.add_argument("--patterns", type=Path, metavar="DIR",
                         help="use the rule files in DIR instead of the shipped ones")
    extract.add_argument("--html", action="store_true",
                         help="also write a review page per document: OUTDIR/report/DOC_ID.html")
    extract.add_argument("--raw", action="store_true",
                         help="also write each document's raw text (what line, start and end "
                              "point into) to OUTDIR/raw/DOC_ID.txt")
    extract.add_argument("--strict", action="store_true",
                         help="stop at the first file (in doc_id order) that cannot be read")
    extract.add_argument("-q", "--quiet", action="store_true",
                         help="print errors only (no progress bar, no summary)")
    query = commands.add_parser(
        "query", help="run SQL over a database made by extract --db",
        description="Run one SQL statement over a DuckDB database made by 'bulletin extract "
                    "--db' and print the result. Tables: facts, documents, sections, "
                    "footnotes, unexplained, checks, errors, sources.")
    query.add_argument("database", type=Path, metavar="PATH.duckdb", help="the database")
    query.add_argument("sql", metavar="SQL", help='the statement, e.g. "SELECT count(*) FROM '
                                                  'facts" (quote the columns "end" and "check")')
    query.add_argument("--csv", action="store_true", help="print CSV instead of a table")
    panel = commands.add_parser(
        "panel", help="a table across years, and growths checked against last year",
        description="Build the wide table region x indicator x dimension x unit, one column "
                    "per year (level facts, in base units), and check each stated growth or "
                    "change on the previous year against the previous year's bulletin of the "
                    "same region. Writes panel and panel_checks into OUTDIR.")
    panel.add_argument("source", type=Path, metavar="SOURCE",
                       help="an output folder of 'bulletin extract' or a .duckdb database")
    panel.add_argument("-o", "--output", type=Path, default=Path("output"), metavar="OUTDIR",
                       help="folder for panel.csv, panel_checks.csv … (default: output)")
    panel.add_argument("--format", default="csv,parquet", metavar="FORMATS",
                       help="comma-separated output formats: csv, parquet (default: both)")
    panel.add_argument("-q", "--quiet", action="store_true", help="print errors only")
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the command line; return the exit status (0 ok, 1 some files failed, 2 usage)."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.version:
        from . import __version__

        print(__version__)
        return 0
    commands = {"extract": _extract, "query": _query, "panel": _panel}
    if args.command not in commands:
        parser.print_help()
        return 2
    from .errors import ExtractError

    try:
        return commands[args.command](args)
    except ExtractError as exc:  # a problem with the run itself: rule files, a database
        print(f"bulletin: {exc}", file=sys.stderr)
        return 2


def _positive(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of 1 or more, not {text!r}")
    return int(text)


def _formats(text: str) -> tuple[str, ...] | None:
    formats = tuple(f.strip() for f in text.split(",") if f.strip())
    unknown = [f for f in formats if f not in ("csv", "parquet")]
    if unknown or not formats:
        print(f"bulletin: unknown output format {', '.join(unknown) or '(none)'} "
              "(use csv, parquet)", file=sys.stderr)
        return None
    return formats


def _extract(args: argparse.Namespace) -> int:
    formats = _formats(args.format)
    if formats is None:
        return 2
    from .batch import default_jobs
    from .pipeline import run
    from .progress import ProgressBar
    from .rules import load_rules

    load_rules(args.patterns)  # (a broken rule file stops the run here)

    # With --db alone no folder is written, unless pages or raw texts are asked for.
    output = args.output or (None if args.db and not (args.html or args.raw)
                             else Path("output"))
    bar = ProgressBar(sys.stderr) if sys.stderr.isatty() and not args.quiet else None

    def on_error(error: DocError) -> None:
        (bar.message if bar else _stderr)(f"error: {error.message}")

    # pdfminer warns on stderr of every odd object in a PDF; a file that cannot
    # be read gets an error line of its own, which is what a user needs.
    logging.getLogger("pdfminer").setLevel(logging.ERROR)

    # The rules live as long as the run: the collector need not walk them again
    # and again (unfrozen after it, so that what the run made can be freed).
    gc.freeze()
    try:
        report = run(args.paths, output, patterns=args.patterns, formats=formats,
                     strict=args.strict, on_error=on_error, jobs=args.jobs or default_jobs(),
                     db=args.db, on_progress=bar.update if bar else None, html=args.html,
                     raw=args.raw)
    finally:
        gc.unfreeze()
        if bar:
            bar.close()
    if not args.quiet:
        _stderr(_summary(report, " and ".join(str(p) for p in (output, args.db) if p)))
    return 1 if report.errors or report.partial else 0


def _summary(report: RunReport, destination: str) -> str:
    skipped = f", {len(report.skipped)} unchanged skipped" if report.skipped else ""
    passed = (f", {len(report.passed_over)} other files passed over"
              if report.passed_over else "")
    done = len(report.documents) + len(report.errors)
    rate = f", {done / report.seconds:.1f} documents/s" if report.seconds and done else ""
    partial = f" ({len(report.partial)} in part)" if report.partial else ""
    return (f"{len(report.documents)} documents{partial}, {report.facts} facts, "
            f"{len(report.errors)} failed{skipped}{passed} in {report.seconds:.1f} s{rate} "
            f"-> {destination}")


def _query(args: argparse.Namespace) -> int:
    from .db import query

    result = query(args.database, args.sql)
    if args.csv:
        result.to_csv(sys.stdout, index=False, lineterminator="\n")
    else:
        print(result.to_string(index=False) if len(result.columns) else "(no result)")
    return 0


def _panel(args: argparse.Namespace) -> int:
    formats = _formats(args.format)
    if formats is None:
        return 2
    from .panel import build_panel, cross_year_checks, load_facts
    from .write import write_tables

    facts = load_facts(args.source)
    panel, checks = build_panel(facts), cross_year_checks(facts)
    write_tables({"panel": panel, "panel_checks": checks}, args.output, formats)
    if not args.quiet:
        years = len(panel.columns) - 4
        mismatches = int((checks["status"] == "mismatch").sum())
        _stderr(f"{len(panel)} rows x {years} years, {len(checks)} cross-year checks "
                f"({mismatches} mismatch) -> {args.output}")
    return 0


def _stderr(text: str) -> None:
    print(text, file=sys.stderr)
