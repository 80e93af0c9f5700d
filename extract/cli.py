"""The ``bulletin`` command: a thin shell over ``extract.pipeline.run``."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path


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
    extract.add_argument("-o", "--output", type=Path, default=Path("output"), metavar="OUTDIR",
                         help="folder for the output tables (default: output)")
    extract.add_argument("--format", default="csv,parquet", metavar="FORMATS",
                         help="comma-separated output formats: csv, parquet (default: both)")
    extract.add_argument("--patterns", type=Path, metavar="DIR",
                         help="use the rule files in DIR instead of the shipped ones")
    extract.add_argument("--html", action="store_true",
                         help="also write a review page per document: OUTDIR/report/DOC_ID.html")
    extract.add_argument("--raw", action="store_true",
                         help="also write each document's raw text (what line, start and end "
                              "point into) to OUTDIR/raw/DOC_ID.txt")
    extract.add_argument("--strict", action="store_true",
                         help="stop at the first file that cannot be read")
    extract.add_argument("-q", "--quiet", action="store_true", help="print errors only")
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the command line; return the exit status (0 ok, 1 some files failed, 2 usage)."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.version:
        from . import __version__

        print(__version__)
        return 0
    if args.command != "extract":
        parser.print_help()
        return 2
    return _extract(args)


def _extract(args: argparse.Namespace) -> int:
    formats = tuple(f.strip() for f in args.format.split(",") if f.strip())
    unknown = [f for f in formats if f not in ("csv", "parquet")]
    if unknown or not formats:
        print(f"bulletin: unknown output format {', '.join(unknown) or '(none)'} "
              "(use csv, parquet)", file=sys.stderr)
        return 2
    from .errors import ExtractError
    from .pipeline import run

    # pdfminer warns on stderr of every odd object in a PDF; a file that cannot
    # be read gets an error line of its own, which is what a user needs.
    logging.getLogger("pdfminer").setLevel(logging.ERROR)

    try:
        report = run(args.paths, args.output, patterns=args.patterns, formats=formats,
                     strict=args.strict, html=args.html, raw=args.raw,
                     on_error=lambda e: print(f"error: {e.message}", file=sys.stderr))
    except ExtractError as exc:  # a problem with the run itself, such as the rule files
        print(f"bulletin: {exc}", file=sys.stderr)
        return 2
    if not args.quiet:
        passed = (f", {len(report.passed_over)} other files passed over"
                  if report.passed_over else "")
        print(f"{len(report.documents)} documents, {report.facts} facts, "
              f"{len(report.errors)} failed{passed} -> {args.output}", file=sys.stderr)
    return 1 if report.errors else 0
