"""Reading a PDF: the characters of its pages become raw text shaped like the
text of a bulletin, so that every later stage reads it as it reads text.

The raw text of a PDF is its pages' text joined by a form feed (``\\f``, as
pdftotext writes it): every line ends with a line feed, and every page after
the first begins with ``\\f``. ``RawDoc.page_starts`` holds the offset where
each page's text begins (just after its form feed). A page's text is its lines
top to bottom, each line its characters left to right, with these
conventions:

- a page, or a band of a page, set in two columns (its lines part at a
  common gutter, and on each side they are wrapped prose) is read column by
  column, the left one top to bottom first; what runs across the gutter (the
  title, a table, a heading over both columns) keeps its place and ends the
  band;
- a superscript (smaller, raised characters, usually a footnote marker) stands
  where it is printed in the line it is raised above; a superscript number
  without brackets is written ``[n]``, so it reads as the marker it is;
- running headers and footers (the same line at the top or bottom of several
  pages, or a line in small type above a rule across the top of the page, as
  a word processor sets a header even on the one page that has it) and page
  numbers (``- 3 -``, ``第3页``, ``3/12``) are left out: they are not text
  of the bulletin;
- a ruled table (found by pdfplumber's table finder) is written as pipe rows,
  one row a line, its header rows (merged and multi-line cells resolved) first
  as one row, in place of the table's words, which are not written again;
  a row's label set right of the column's others (其中：住宅 under 房地产开发投资)
  begins with an ideographic space per character's width, as a web or Word
  table indents it;
  rows that continue a table from the page before follow that table's rows
  without repeating its header;
- the header of a table without vertical rules, its cells wrapped over
  several lines, is written as one line of its cells;
- the rows and header lines of a table without rules keep its columns, as
  pdftotext -layout writes them: each word at the display column of its left
  edge (half the table's type size a column), cells at least two spaces
  apart, no ``INDENT``; such a line wraps nothing;
- a line that starts right of its page's left edge (a paragraph's first
  line, a centred title) begins with ``INDENT``, so that the normaliser can
  tell where paragraphs begin; the line feeds after lines the page wrapped
  (the line reaches the text's right edge, the next goes on at the left, or
  is the centred last line of a long title) are listed in
  ``RawDoc.wrapped_line_ends``, for the normaliser to join;
- rotated characters (watermarks, vertical margin notes) are left out, and a
  character printed twice a hair apart (fake bold) is read once.

pdfplumber (and pdfminer.six under it) is imported on first use, so that the
command line starts quickly.
"""

from __future__ import annotations

import bisect
import hashlib
import io
import math
import signal
import statistics
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import accumulate, groupby, pairwise
from pathlib import Path
from typing import Any

import regex

from .errors import EmptyInput, EncryptedPdf, NotAPdf, NoTextLayer, TimeLimitExceeded
from .layout import (
    PAGE_NUMBER_LINE,
    PUNCTUATION,
    SENTENCE_END,
    Extent,
    display_width,
    is_header_cell,
    stacked_columns,
)
from .records import RawDoc

PAGE_SEPARATOR = "\f"
INDENT = "\u3000\u3000"
"""Written before a line that starts to the right of its page's left edge."""
TIME_LIMIT = 120.0
"""Seconds one PDF may take to read before it is given up as an error."""

Char = dict[str, Any]
Bbox = tuple[float, float, float, float]

# Characters smaller than this share of their line's size, and raised above
# (or lowered below) it, are super- or subscripts of that line.
_SCRIPT_SIZE = 0.9
# Gap between two characters, as a share of their size, that reads as a space.
_SPACE_GAP = 0.3
# How many lines at the top and at the bottom of a page may be page furniture.
_EDGE_LINES = 2
_HEADER_ROWS = 3  # (a header a table repeats on each page is a few rows at most)
_DIGITS = regex.compile(r"\d+")
_BARE_NUMBER = regex.compile(r"\d{1,4}")
# Time labels in a table header (2024年, 1-6月, 第二季度) are not figures.
_TIME_LABEL = regex.compile(r"(?:19|20)\d{2}\s*年度?|\d{1,2}\s*(?:[-—～~至]\s*\d{1,2}\s*)?月份?"
                            r"|第?[一二三四1-4]季度")


def read_pdf(path: Path, time_limit: float | None = TIME_LIMIT) -> RawDoc:
    """Read a PDF bulletin into a RawDoc (``format="pdf"``, ``page_starts`` filled).

    Raises an ``UnreadableInput`` subclass naming the file: ``NotAPdf`` (not a
    PDF, truncated, damaged), ``EncryptedPdf`` (needs a password),
    ``EmptyInput`` (no pages), ``NoTextLayer`` (scanned: needs OCR) or
    ``TimeLimitExceeded`` (took longer than ``time_limit`` seconds).
    """
    data = path.read_bytes()
    check_envelope(data, str(path))
    with time_limit_of(time_limit, str(path)) as deadline:
        pages = read_pages(data, str(path), deadline)
    lines = [page_lines(page) for page in pages]
    text, page_starts = join_pages(["".join(text + "\n" for text, _ in ls) for ls in lines])
    wraps = tuple(start + offset for start, ls in zip(page_starts, lines, strict=True)
                  for offset in wrapped_line_ends(ls))
    return RawDoc(doc_id=path.stem, source=str(path), format="pdf", encoding="",
                  sha256=hashlib.sha256(data).hexdigest(), text=text,
                  page_starts=page_starts, wrapped_line_ends=wraps)


def join_pages(texts: list[str]) -> tuple[str, tuple[int, ...]]:
    r"""The raw text of pages and the offset where each page begins.

    >>> join_pages(["a\n", "", "b\n"])
    ('a\n\x0c\x0cb\n', (0, 3, 4))
    """
    starts = []
    position = 0
    for number, text in enumerate(texts):
        position += len(PAGE_SEPARATOR) if number else 0
        starts.append(position)
        position += len(text)
    return PAGE_SEPARATOR.join(texts), tuple(starts)


def check_envelope(data: bytes, name: str) -> None:
    """Reject what is not a whole PDF before parsing it: a PDF starts with
    ``%PDF-`` and ends with ``%%EOF`` (both within 1024 bytes of the ends, as
    readers allow); a file cut short has lost its end."""
    if not data.strip():
        raise EmptyInput(f"{name}: empty file")
    if b"%PDF-" not in data[:1024]:
        start = data[:12].decode("ascii", "replace").strip()
        raise NotAPdf(f"{name}: not a PDF (it starts with {start!r}, not '%PDF-'); "
                      "download or export it again")
    if b"%%EOF" not in data[-1024:]:
        raise NotAPdf(f"{name}: truncated PDF (no '%%EOF' at its end); "
                      "download or copy it again")


# --- the time limit ---------------------------------------------------------------------


class _OutOfTime(BaseException):
    """Raised by the alarm; a BaseException so that no ``except Exception`` in
    the PDF parser swallows it."""


@contextmanager
def time_limit_of(seconds: float | None, name: str) -> Iterator[float]:
    """Stop the work inside after ``seconds`` with ``TimeLimitExceeded``.

    In the main thread of a POSIX process an alarm interrupts the parser
    wherever it is; elsewhere the work checks the yielded deadline
    (``time.monotonic()`` value) between pages.
    """
    if not seconds or seconds <= 0:
        yield float("inf")
        return
    deadline = time.monotonic() + seconds
    use_alarm = (hasattr(signal, "setitimer")
                 and threading.current_thread() is threading.main_thread())
    previous_handler = previous_timer = None
    if use_alarm:
        previous_handler = signal.signal(signal.SIGALRM, _raise_out_of_time)
        previous_timer = signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        try:
            yield deadline
        finally:
            if use_alarm:
                signal.setitimer(signal.ITIMER_REAL, 0)
                signal.signal(signal.SIGALRM, previous_handler)
                if previous_timer and previous_timer[0] > 0:  # give back a timer set before
                    spent = seconds - (deadline - time.monotonic())
                    signal.setitimer(signal.ITIMER_REAL, max(previous_timer[0] - spent, 0.001),
                                     previous_timer[1])
    except _OutOfTime:
        raise TimeLimitExceeded(_too_long(name, seconds)) from None


def _raise_out_of_time(signum: int, frame: object) -> None:
    raise _OutOfTime


def _too_long(name: str, seconds: float) -> str:
    return (f"{name}: gave up reading the PDF at the time limit of {seconds:g} s per file; "
            "it may be damaged or built to stall readers (for a long, sound file call "
            "extract.pdf.read_pdf with a larger time_limit)")


# --- pages ------------------------------------------------------------------------------


@dataclass
class Line:
    """A line of text on a page."""

    top: float
    bottom: float
    text: str
    x0: float = 0.0
    """Left edge."""
    size: float = 0.0
    """Font size of most of its characters."""
    x1: float = 0.0
    """Right edge."""
    words: tuple[Extent, ...] = ()
    """Left and right edges of the words of ``text`` (its runs between spaces)."""
    texts: tuple[str, ...] = ()
    """The text of each of ``words`` (``text`` is them joined by spaces)."""
    column: Extent | None = None
    """Left and right edges of the text column the line is set in, where a
    band of the page is set in two columns (None: the page's edges)."""
    column_width: float = 0.0
    """Where the line is a row or header of a table without rules: the width
    of a display column (half the table's type size), by which its words are
    written at their places; 0 for any other line."""


@dataclass
class TableBlock:
    """A ruled table on a page, its cells resolved to text."""

    top: float
    bottom: float
    columns: tuple[float, ...]
    """Left edges of the table's columns."""
    captions: list[str]
    """Rows that are one cell across the whole table (a title, 单位：万人)."""
    header: list[list[str]]
    """Header rows, a text per column."""
    body: list[list[str]]
    continued: bool = False
    """Continues the last table of the page before (its header is not repeated)."""
    x0: float = 0.0
    """Left edge."""
    x1: float = 0.0
    """Right edge."""


Block = Line | TableBlock


@dataclass
class Page:
    number: int
    """1-based."""
    blocks: list[Block]
    """Lines and tables, top to bottom."""
    chars: int = 0
    """Characters on the page, spaces aside."""
    unmapped: int = 0
    """Characters whose glyph maps to no Unicode (``(cid:12)``)."""
    images: int = 0
    """Images on the page (a scanned page is one)."""
    header_rule: float | None = None
    """Top of a rule across the top of the page, under its running header
    (see ``header_rule``), or None."""


def read_pages(data: bytes, name: str, deadline: float = float("inf")) -> list[Page]:
    """Lines and tables of every page, page furniture left out, continued
    tables marked. One pass over the pages."""
    import pdfplumber  # slow to import: only when a PDF is read

    try:
        pdf = pdfplumber.open(io.BytesIO(data))
    except Exception as exc:  # the parser raises many kinds on a damaged file
        raise _open_error(exc, name) from None
    try:
        pages = _read_all(pdf, name, deadline)
    finally:
        _close(pdf)
    check_text_layer(pages, name)
    drop_furniture(pages)
    mark_continued_tables(pages)
    for page in pages:
        mark_unruled_tables(page.blocks)
    return pages


def _read_all(pdf: Any, name: str, deadline: float) -> list[Page]:
    try:
        pdf_pages = pdf.pages
    except Exception as exc:
        raise NotAPdf(f"{name}: damaged PDF, its pages cannot be found "
                      f"({_reason(exc)})") from None
    if not pdf_pages:
        raise EmptyInput(f"{name}: PDF has no pages")
    pages = []
    for number, pdf_page in enumerate(pdf_pages, start=1):
        if time.monotonic() > deadline:
            raise _OutOfTime
        try:
            pages.append(_read_page(pdf_page, number))
        except Exception as exc:
            raise NotAPdf(f"{name}: damaged PDF, page {number} cannot be read "
                          f"({_reason(exc)})") from None
        finally:
            pdf_page.close()
    return pages


def _close(pdf: Any) -> None:
    """Close the document. Closing lists the pages again, which on a damaged
    file fails as reading them did; that failure is reported already."""
    try:
        pdf.close()
    except Exception:
        pdf.stream.close()


def check_text_layer(pages: list[Page], name: str) -> None:
    """Raise unless the pages hold text that decodes: a scan has images and no
    text; pages with neither are blank or their content is damaged."""
    chars = sum(p.chars for p in pages)
    unmapped = sum(p.unmapped for p in pages)
    if chars == 0 and any(p.images for p in pages):
        raise NoTextLayer(f"{name}: PDF has no text layer (its {len(pages)} pages are images, "
                          "as in a scan); it needs OCR first")
    if chars == 0:
        raise NotAPdf(f"{name}: damaged or blank PDF: its {len(pages)} pages show no text "
                      "and no images")
    if unmapped > chars / 2:
        raise NoTextLayer(f"{name}: PDF text cannot be decoded (its fonts map {unmapped} of "
                          f"{chars} characters to no Unicode); it needs OCR first")


def _open_error(exc: Exception, name: str) -> Exception:
    cause = exc.args[0] if exc.args and isinstance(exc.args[0], Exception) else exc
    kind = type(cause).__name__
    if kind in ("PDFPasswordIncorrect", "PDFEncryptionError", "PDFEncryptionWarning"):
        return EncryptedPdf(f"{name}: encrypted PDF that needs a password; "
                            "save a decrypted copy (e.g. qpdf --decrypt) and extract that")
    return NotAPdf(f"{name}: damaged PDF, cannot be opened ({_reason(exc)})")


def _reason(exc: BaseException) -> str:
    cause = exc.args[0] if exc.args and isinstance(exc.args[0], BaseException) else exc
    text = str(cause).strip().replace("\n", " ")[:120]
    return f"{type(cause).__name__}: {text}" if text else type(cause).__name__


def _read_page(page: Any, number: int) -> Page:
    """A page's blocks (and its counts of characters and images)."""
    page._objects = page_objects(page)  # pdfplumber's cache of page.objects, reset on close
    visible = [c for c in page.chars if c["text"] and not c["text"].isspace()]
    chars = [c for c in page.chars if c.get("upright", True) and c["text"]]
    tables = [t for t in page.find_tables() if _is_grid(t)]
    boxes = [t.bbox for t in tables]
    in_table: list[list[Char]] = [[] for _ in tables]
    free: list[Char] = []
    for char in chars:
        index = _box_of(char, boxes) if boxes else None
        (free if index is None else in_table[index]).append(char)
    blocks = reading_order(_attach_scripts(_baseline_rows(free)),
                           [table_block(t, cs) for t, cs in zip(tables, in_table, strict=True)])
    return Page(number, blocks, chars=len(visible), images=len(page.images),
                unmapped=sum(1 for c in visible if c["text"].startswith("(cid:")),
                header_rule=header_rule(page.objects, page.width, page.height, boxes))


# A running header's rule lies within this share of the page's height from its top
# (above where any page's text begins: margins are 25 mm and more, the rule at 15 to 20).
_HEADER_BAND = 0.08
# and runs across at least this share of the page's width.
_HEADER_RULE_WIDTH = 0.5


def header_rule(objects: dict[str, list[Char]], width: float, height: float,
                tables: list[Bbox]) -> float | None:
    """The top of the highest rule (a line, or a rectangle a point high at
    most) across the top band of the page, outside its ruled tables: the
    rule a word processor draws under a running header. None if there is none."""
    tops = [o["top"] for kind in ("line", "rect") for o in objects.get(kind, [])
            if o["bottom"] - o["top"] <= 1 and o["bottom"] <= _HEADER_BAND * height
            and o["x1"] - o["x0"] >= _HEADER_RULE_WIDTH * width
            and not any(x0 - 1 <= o["x0"] and o["x1"] <= x1 + 1
                        and top - 1 <= o["top"] <= bottom + 1 for x0, top, x1, bottom in tables)]
    return min(tops, default=None)


def page_objects(page: Any) -> dict[str, list[Char]]:
    """The objects of a pdfplumber page by kind, as ``page.objects`` gives
    them, except that a character keeps only what is read here: its text,
    edges, size and whether it is upright. pdfplumber copies some twenty
    attributes of every character (colours, font, matrix), which takes as
    long as parsing the page."""
    from pdfminer.layout import LTChar, LTContainer

    height, (shift, mb_top) = page.height, page.mediabox[:2]
    objects: dict[str, list[Char]] = {}

    def add(items: Any) -> None:  # figures (form XObjects) hold objects of their own
        for item in items:
            if isinstance(item, LTContainer):
                add(item)
            elif isinstance(item, LTChar):  # placed as pdfplumber places it
                objects.setdefault("char", []).append({
                    "text": item.get_text(), "upright": item.upright, "size": item.size,
                    "x0": item.x0 + shift if shift else item.x0,
                    "x1": item.x1 + shift if shift else item.x1,
                    "top": (height - item.y1) + mb_top, "bottom": (height - item.y0) + mb_top})
            else:
                found = page.process_object(item)
                objects.setdefault(found["object_type"], []).append(found)

    add(page.layout)
    return objects


def _is_grid(table: Any) -> bool:
    """A table of at least two rows and two columns; a single ruled box is a
    frame around text, not a table."""
    cells = table.cells
    return len({c[0] for c in cells}) >= 2 and len({c[1] for c in cells}) >= 2


def _center(char: Char) -> tuple[float, float]:
    return (char["x0"] + char["x1"]) / 2, (char["top"] + char["bottom"]) / 2


def _box_of(char: Char, boxes: list[Bbox]) -> int | None:
    x, y = _center(char)
    for index, (x0, top, x1, bottom) in enumerate(boxes):
        if x0 <= x <= x1 and top <= y <= bottom:
            return index
    return None


# --- lines ------------------------------------------------------------------------------


@dataclass
class _Row:
    chars: list[Char]
    scripts: set[int]
    """ids of the characters that are super- or subscripts of the row."""

    @property
    def top(self) -> float:
        return min(c["top"] for c in self.chars)

    @property
    def bottom(self) -> float:
        return max(c["bottom"] for c in self.chars)

    @property
    def size(self) -> float:
        return statistics.median(c["size"] for c in self.chars)


def text_lines(chars: list[Char]) -> list[Line]:
    """Characters grouped into lines, top to bottom; super- and subscripts
    (which pdfplumber would put on a line of their own) in the line they
    belong to."""
    return [_line(row) for row in _attach_scripts(_baseline_rows(chars))]


def _line(row: _Row) -> Line:
    words = _row_words(row)
    texts = tuple(text for _, _, text in words)
    return Line(row.top, row.bottom, " ".join(texts),
                min(c["x0"] for c in row.chars), row.size, max(c["x1"] for c in row.chars),
                tuple((x0, x1) for x0, x1, _ in words), texts)


def _baseline_rows(chars: list[Char]) -> list[_Row]:
    """Characters whose bottoms lie within a fifth of their size of each other."""
    rows: list[_Row] = []
    last_bottom = float("-inf")
    for char in sorted(chars, key=lambda c: c["bottom"]):
        if not rows or char["bottom"] - last_bottom > 0.2 * char["size"]:
            rows.append(_Row([], set()))
        rows[-1].chars.append(char)
        last_bottom = char["bottom"]
    return rows


def _attach_scripts(rows: list[_Row]) -> list[_Row]:
    """Merge a row of small characters into a neighbouring row of larger ones
    when its middle lies within that row's height: a superscript or
    subscript."""
    merged: list[_Row] = []
    for i, row in enumerate(rows):
        host = _host_of(row, [r for r in (merged[-1] if merged else None,
                                          rows[i + 1] if i + 1 < len(rows) else None) if r])
        if host is None:
            merged.append(row)
            continue
        host.chars.extend(row.chars)
        host.scripts.update(id(c) for c in row.chars)
    return merged


def _host_of(row: _Row, neighbours: list[_Row]) -> _Row | None:
    largest = max(c["size"] for c in row.chars)
    middle = (row.top + row.bottom) / 2
    left = min(c["x0"] for c in row.chars)
    right = max(c["x1"] for c in row.chars)
    for other in neighbours:
        size = other.size
        if (largest < _SCRIPT_SIZE * size and other.top <= middle <= other.bottom
                and min(c["x0"] for c in other.chars) - 2 * size <= left
                and right <= max(c["x1"] for c in other.chars) + 2 * size):
            return other
    return None


def _row_words(row: _Row) -> list[tuple[float, float, str]]:
    """The row's words left to right, each its left and right edge and text:
    characters between spaces or gaps that read as one, superscript numbers
    as ``[n]``."""
    groups: list[list[Char]] = [[]]
    previous: Char | None = None
    for char in sorted(row.chars, key=lambda c: c["x0"]):
        if previous is not None and _is_copy(previous, char):
            continue  # fake bold prints a character twice, a hair apart
        if char["text"].isspace() or (previous is not None and _gap_is_space(previous, char)):
            groups.append([])
        if not char["text"].isspace():
            groups[-1].append(char)
        previous = char
    words = []
    for group in groups:
        runs: list[tuple[bool, list[str]]] = []  # (super- or subscript?, characters)
        for char in group:
            script = id(char) in row.scripts
            if not runs or runs[-1][0] != script:
                runs.append((script, []))
            runs[-1][1].append(char["text"])
        text = "".join(_script_text(chars) if script else "".join(chars) for script, chars in runs)
        if text.strip():
            words.append((group[0]["x0"], max(c["x1"] for c in group), " ".join(text.split())))
    return words


def _is_copy(left: Char, right: Char) -> bool:
    return left["text"] == right["text"] and abs(right["x0"] - left["x0"]) <= 1 \
        and abs(right["top"] - left["top"]) <= 1


def _gap_is_space(left: Char, right: Char) -> bool:
    return not left["text"].isspace() and not right["text"].isspace() \
        and right["x0"] - left["x1"] > _SPACE_GAP * min(left["size"], right["size"])


def _script_text(chars: list[str]) -> str:
    text = "".join(chars).strip()
    return f"[{text}]" if text.isdigit() and len(text) <= 3 else text


def join_wrapped_headers(lines: list[Line]) -> list[Line]:
    """Lines, top to bottom, where the header of a table without vertical
    rules wraps its cells over several lines (政策范围内基金支付 / 比例) as
    one line of its cells, each cell's lines joined: the lines just above a
    row of figures that name columns, whose words stack into as many
    columns as the row has cells (or one fewer, the label column's name
    left out)."""
    joined: list[Line] = []
    for line in lines:
        figures = len(line.words) >= 2 and not _names_columns(line)
        header = _wrapped_header(joined[-_HEADER_LINES:], len(line.words)) if figures else None
        if header is not None:
            del joined[-header[0]:]
            joined.append(header[1])
        joined.append(line)
    return joined


_HEADER_LINES = 4  # a header cell wraps over at most this many lines


def _names_columns(line: Line) -> bool:
    return len(line.text.split()) == len(line.words) and not PUNCTUATION.search(line.text) \
        and all(map(is_header_cell, line.text.split()))


def _wrapped_header(above: list[Line], cells: int) -> tuple[int, Line] | None:
    """How many of the lines ``above`` a row of ``cells`` cells are its header,
    wrapped, and that header as one line."""
    block: list[Line] = []
    for line in reversed(above):  # close together, each naming columns
        if not _names_columns(line) or (block and block[0].top - line.bottom > line.size):
            break
        block.insert(0, line)
    for count in range(len(block), 1, -1):
        lines = block[-count:]
        columns = stacked_columns([list(line.words) for line in lines])
        if columns is None or not max(2, cells - 1) <= len(columns) <= cells:
            continue
        words = [line.text.split() for line in lines]
        texts = [_join_lines([words[k][w] for k, w in column]) for column in columns]
        extents = tuple((min(lines[k].words[w][0] for k, w in column),
                         max(lines[k].words[w][1] for k, w in column)) for column in columns)
        return count, Line(lines[0].top, lines[-1].bottom, " ".join(texts),
                           min(line.x0 for line in lines), lines[-1].size,
                           max(line.x1 for line in lines), extents, tuple(texts))
    return None


# --- tables without rules ---------------------------------------------------------------

# Words at least this many ems apart stand in different cells of a table (two
# display columns, as two spaces part cells in text); words of prose are a
# space apart at most.
_CELL_GAP = 1.0
# The rows of a table without rules stand at most this many ems apart.
_ROW_SPACING = 3.0


def mark_unruled_tables(blocks: list[Block]) -> None:
    """Mark the rows and header lines of tables without rules, to be written
    with their words at their places: runs of two or more lines, each just
    below the one before, whose words stand apart in cells, each line with a
    gap between cells that overlaps one of the line before (a column's
    edge). Their display column is half the run's type size."""
    run: list[Line] = []
    for block in [*blocks, None]:
        celled = isinstance(block, Line) and bool(_cell_gaps(block))
        if celled and run and _next_row(run[-1], block):
            run.append(block)
            continue
        if len(run) >= 2:
            width = statistics.median(line.size for line in run) / 2
            for line in run:
                line.column_width = width
        run = [block] if celled else []


def _cell_gaps(line: Line) -> list[Extent]:
    """The gaps between the line's words that part cells of a table."""
    return [(a[1], b[0]) for a, b in pairwise(line.words) if _parts_cells(a, b, line.size)]


def _parts_cells(left: Extent, right: Extent, size: float) -> bool:
    return right[0] - left[1] >= _CELL_GAP * size


def _next_row(above: Line, line: Line) -> bool:
    """Whether ``line`` stands just below ``above`` with a gap between cells
    where ``above`` has one."""
    return above.top < line.top and line.top - above.bottom <= _ROW_SPACING * line.size \
        and any(x0 < b1 and b0 < x1 for x0, x1 in _cell_gaps(above)
                for b0, b1 in _cell_gaps(line))


def aligned_text(line: Line, origin: float) -> str:
    """A row or header of a table without rules as text that keeps its
    columns, as pdftotext -layout writes it: each word starts at the display
    column of its left edge (counted from ``origin``), at least two spaces
    after the cell before it; the words of one cell stay a space apart."""
    text = ""
    width = 0  # display columns of text
    previous: Extent | None = None
    for extent, word in zip(line.words, line.texts, strict=True):
        place = round((extent[0] - origin) / line.column_width)
        if previous is None:
            spaces = max(place, 0)
        elif _parts_cells(previous, extent, line.size):
            spaces = max(place - width, 2)
        else:
            spaces = 1
        text += " " * spaces + word
        width += spaces + display_width(word)
        previous = extent
    return text


# --- columns ----------------------------------------------------------------------------

# A column of text is at least this many characters wide (narrower ones are
# a table's), and its gutter at least one character.
_COLUMN_CHARS = 8
# Two columns of text are wrapped prose, not a table's cells: at least this
# many of each column's lines, and this share of them, fill the column.
_FULL_LINES = 2
_FULL_SHARE = 1 / 3
_FULL_WIDTH = 0.75


def reading_order(rows: list[_Row], tables: list[TableBlock]) -> list[Block]:
    """A page's lines (its rows of characters as lines) and tables in reading
    order: top to bottom, except that a band of the page set in two columns
    is read column by column, the left one first. What lies across the
    gutter (a title, a table, a heading over both columns) ends a band."""
    lined = [(line, row) for row in rows if (line := _line(row)).text]
    lines = [line for line, _ in lined]
    gutter = _gutter(lines)
    bands = [] if gutter is None else _two_column_bands(lines, tables, gutter)
    if gutter is None or not bands:
        return sorted([*join_wrapped_headers(lines), *tables], key=lambda b: b.top)
    in_band = {id(block) for band in bands for block in band}
    row_of = {id(line): row for line, row in lined}
    pieces: list[tuple[float, list[Block]]] = [
        (line.top, [line])
        for line in join_wrapped_headers([line for line in lines if id(line) not in in_band])]
    pieces += [(table.top, [table]) for table in tables if id(table) not in in_band]
    pieces += [(band[0].top, _by_column(band, row_of, gutter)) for band in bands]
    pieces.sort(key=lambda piece: piece[0])
    return [block for _, blocks in pieces for block in blocks]


def _gutter(lines: list[Line]) -> float | None:
    """Where the page's text would split into two columns: the x, at least
    a column's width inside the text's edges, at which the most lines have
    text on its left and none across it, and the most have text on its right
    and none across it (the lesser of the two counts the greatest, and at
    least ``_FULL_LINES``); the middle of the widest stretch where the count
    is that or nearly (a page number or a line run a little long into the
    gutter must not push it aside). Lines are counted at every point, with
    a difference array per count."""
    if len(lines) < 2 * _FULL_LINES:
        return None
    left = min(line.x0 for line in lines)
    right = max(line.x1 for line in lines)
    margin = _COLUMN_CHARS * statistics.median(line.size for line in lines)
    first, last = math.ceil(left + margin), math.floor(right - margin)
    if first > last:
        return None
    steps = last - first + 1
    text_left, text_right = [0] * (steps + 1), [0] * (steps + 1)
    for line in lines:
        edges = [left, *(x for word in line.words for x in word), right]
        gaps = list(zip(edges[::2], edges[1::2], strict=True))  # before, between, after words
        for k, (gap_start, gap_end) in enumerate(gaps):
            start = max(math.floor(gap_start) + 1 - first, 0)
            end = min(math.ceil(gap_end) - first, steps)
            if start >= end:
                continue
            for counts, counted in ((text_left, k > 0), (text_right, k < len(gaps) - 1)):
                if counted:
                    counts[start] += 1
                    counts[end] -= 1
    scores = [min(a, b) for a, b in zip(accumulate(text_left[:steps]),
                                        accumulate(text_right[:steps]), strict=True)]
    best = max(scores)
    if best < _FULL_LINES:
        return None
    start, length = max(_runs(scores, best - best // 8), key=lambda run: run[1])
    return first + start + (length - 1) / 2


def _runs(values: list[int], least: int) -> Iterator[tuple[int, int]]:
    """The runs of ``values`` of at least ``least``, each its start and length."""
    position = 0
    for enough, run in groupby(value >= least for value in values):
        length = sum(1 for _ in run)
        if enough:
            yield position, length
        position += length


def _two_column_bands(lines: list[Line], tables: list[TableBlock], gutter: float
                      ) -> list[list[Block]]:
    """The bands of the page set in two columns at the gutter: runs of lines
    and tables, top to bottom, none of which crosses the gutter, that are
    two columns of text (a tail across the page left out)."""
    bands: list[list[Block]] = []
    run: list[Block] = []
    for block in [*sorted([*lines, *tables], key=lambda b: b.top), None]:
        if block is not None and not _crosses(block, gutter):
            run.append(block)
            continue
        band = _without_wide_tail(run, block, gutter)
        if _two_columns([b for b in band if isinstance(b, Line)], gutter):
            bands.append(band)
        run = []
    return bands


def _without_wide_tail(run: list[Block], below: Block | None, gutter: float) -> list[Block]:
    """The run without its last lines if they are set across the page: lines
    below the end of the right column (so on the left only), set apart from
    the column above them, that what crosses the gutter follows closely (a
    heading, or a paragraph's last line, across the page after the
    columns). A left column longer than the right one runs on without a gap."""
    right_end = max((b.bottom for b in run
                     if isinstance(b, Line) and b.words[-1][0] >= gutter), default=None)
    if below is None or right_end is None:
        return run
    for cut in range(len(run) - 1, 0, -1):
        line, above = run[cut], run[cut - 1]
        if not isinstance(line, Line) or line.top <= right_end:
            break
        if line.top - above.bottom > line.size:
            return run[:cut] if below.top - run[-1].bottom <= 2 * line.size else run
    return run


def _crosses(block: Block, gutter: float) -> bool:
    if isinstance(block, TableBlock):
        return block.x0 < gutter < block.x1
    return any(x0 < gutter < x1 for x0, x1 in block.words)


def _two_columns(lines: list[Line], gutter: float) -> bool:
    """Whether the lines on each side of the gutter are a column of text,
    the gutter between them at least a character wide."""
    if len(lines) < 2 * _FULL_LINES:
        return False
    size = statistics.median(line.size for line in lines)
    left: list[list[Extent]] = []  # the words of each line on that side
    right: list[list[Extent]] = []
    for line in lines:
        for side, words in ((left, [w for w in line.words if w[1] <= gutter]),
                            (right, [w for w in line.words if w[0] >= gutter])):
            if words:
                side.append(words)
    if not left or not right or min(words[0][0] for words in right) \
            - max(words[-1][1] for words in left) < size:
        return False
    return _fills_a_column(left, size) and _fills_a_column(right, size)


def _fills_a_column(parts: list[list[Extent]], size: float) -> bool:
    """Whether the parts of lines (each its words' edges) on one side of a
    gutter are a column of text: as wide as one, and enough of them filling
    it without a gap (wrapped prose; a table's cells leave gaps)."""
    x0 = min(words[0][0] for words in parts)
    width = max(words[-1][1] for words in parts) - x0
    if width < _COLUMN_CHARS * size:
        return False
    full = sum(1 for words in parts if words[-1][1] - words[0][0] >= _FULL_WIDTH * width
               and all(b[0] - a[1] < size for a, b in pairwise(words)))
    return full >= max(_FULL_LINES, _FULL_SHARE * len(parts))


def _by_column(band: list[Block], row_of: dict[int, _Row], gutter: float) -> list[Block]:
    """A band's lines and tables, the left column's top to bottom, then the
    right one's. The band's characters are set into lines again, each side
    by itself: rows of the two columns that shared a baseline come apart,
    and a superscript finds its line in its own column."""
    chars = [char for block in band if isinstance(block, Line) for char in row_of[id(block)].chars]
    blocks: list[Block] = []
    for on_left in (True, False):
        lines = [line for line in text_lines([c for c in chars
                                              if (_center(c)[0] < gutter) == on_left])
                 if line.text]
        column = (min((line.x0 for line in lines), default=0.0),
                  max((line.x1 for line in lines), default=0.0))
        side: list[Block] = [*join_wrapped_headers(lines),
                             *(t for t in band if isinstance(t, TableBlock)
                               and (t.x1 <= gutter) == on_left)]
        for block in side:
            if isinstance(block, Line):
                block.column = column
        blocks += sorted(side, key=lambda b: b.top)
    return blocks


# --- tables -----------------------------------------------------------------------------


def table_block(table: Any, chars: list[Char]) -> TableBlock:
    """A pdfplumber table as caption, header and body rows of text.

    Each slot of the grid (row top, column left) takes the text of the cell
    that covers it, so a merged cell is known in every slot it spans. A
    merged header cell names every column under it; a merged body cell's
    text stands once, in its first slot, except in the first column, where a
    row label spanning rows labels each of them.
    """
    cells: list[Bbox] = list(table.cells)
    xs = sorted({c[0] for c in cells})
    ys = sorted({c[1] for c in cells})
    starting = {(c[0], c[1]): c for c in cells}
    grid = [[starting.get((x, y)) or _cover(cells, x, y) for x in xs] for y in ys]
    texts, lefts = _cell_texts(grid, xs, ys, chars)
    captions: list[str] = []
    while len(grid) > 1 and grid[0][0] is not None and all(c is grid[0][0] for c in grid[0]):
        captions.append(texts.get(grid[0][0], ""))
        grid.pop(0)
    header_count = 0
    while header_count < len(grid) - 1 and _is_header_row(
            [texts.get(c, "") for c in grid[header_count]]):
        header_count += 1
    body = []
    for r, row in enumerate(grid[header_count:], start=header_count):
        body.append([texts.get(cell, "") if _first_slot(grid, r, j) or j == 0 else ""
                     for j, cell in enumerate(row)])
    for row, indent in zip(body, _label_indents(grid[header_count:], lefts), strict=True):
        # (a row of names, a header the finder took for the body's, is centred, not indented)
        if row[0] and any(_FIGURE_CELL.fullmatch(cell) for cell in row[1:]):
            row[0] = INDENT_CHAR * indent + row[0]
    header = _header_rows(grid[:header_count], texts)
    x0, top, x1, bottom = table.bbox
    return TableBlock(top, bottom, tuple(xs), captions, header, body, x0=x0, x1=x1)


def _cover(cells: list[Bbox], x: float, y: float) -> Bbox | None:
    """The merged cell that covers the slot at (x, y), if any."""
    for cell in cells:
        if cell[0] <= x + 0.5 < cell[2] and cell[1] <= y + 0.5 < cell[3]:
            return cell
    return None


def _first_slot(grid: list[list[Bbox | None]], r: int, j: int) -> bool:
    cell = grid[r][j]
    return cell is not None and (j == 0 or grid[r][j - 1] is not cell) \
        and (r == 0 or grid[r - 1][j] is not cell)


# A sub-row's label indented in its cell (其中：住宅 under 房地产开发投资) is written
# after an ideographic space for each character's width it is set right of the
# column's other labels, as a web or Word table indents it.
INDENT_CHAR = "\u3000"
_FIGURE_CELL = regex.compile(r"[-+−]?\d[\d,.]*%?|[-—–－…]+")


# Where a cell's first line is set: its left edge, its characters' size, its right edge.
_Placed = tuple[float, float, float]


def _label_indents(rows: list[list[Bbox | None]], lefts: dict[Bbox, _Placed]) -> list[int]:
    """How many characters' widths each row's label (its first cell) is set
    right of the column's labels: 0 for all when the labels are centred in
    their cells (a centred column of labels indents nothing). A column whose
    sub-rows outnumber its rows (a total, 其中 and three parts, twice) is
    still indented, not centred."""
    cells = [row[0] for row in rows]
    placed = [(cell, *lefts[cell]) for cell in cells if cell is not None and cell in lefts]
    offsets = [left - cell[0] for cell, left, _, _ in placed]
    if not offsets:
        return [0] * len(rows)
    least = min(offsets)
    centred = sum(1 for cell, left, size, right in placed
                  if abs((left + right) - (cell[0] + cell[2])) <= 0.2 * size)
    if sum(1 for offset in offsets if offset - least <= 1) * 2 <= len(offsets) \
            and centred * 2 > len(placed):
        return [0] * len(rows)
    out = []
    for cell in cells:
        if cell is None or cell not in lefts:
            out.append(0)
            continue
        left, size, _ = lefts[cell]
        out.append(max(0, round((left - cell[0] - least) / size)) if size else 0)
    return out


def _cell_texts(grid: list[list[Bbox | None]], xs: list[float], ys: list[float],
                chars: list[Char]) -> tuple[dict[Bbox, str], dict[Bbox, _Placed]]:
    """The text of each cell: its characters (found by the slot their middle
    falls in) as lines, joined; and the left edge of its first line, the
    size of its characters and its right edge."""
    by_cell: dict[Bbox, list[Char]] = {}
    for char in chars:
        x, y = _center(char)
        r, j = bisect.bisect_right(ys, y) - 1, bisect.bisect_right(xs, x) - 1
        cell = grid[r][j] if r >= 0 and j >= 0 else None
        if cell is not None and x <= cell[2] and y <= cell[3]:
            by_cell.setdefault(cell, []).append(char)
    texts, lefts = {}, {}
    for cell, cs in by_cell.items():
        lines = text_lines(cs)
        texts[cell] = _join_lines([line.text for line in lines])
        if lines:
            lefts[cell] = (lines[0].x0, lines[0].size, lines[0].x1)
    return texts, lefts


def _join_lines(lines: list[str]) -> str:
    """Lines of one cell as one text: a space only between two ASCII letters
    or digits, which a line break separated as words; but not between two
    digits, a figure a narrow column wrapped (上月=1 / 00).

    >>> _join_lines(["上月=1", "00"]), _join_lines(["R&D", "personnel"])
    ('上月=100', 'R&D personnel')
    """
    text = ""
    for line in lines:
        if text and text[-1].isascii() and text[-1].isalnum() and line[:1].isascii() \
                and line[:1].isalnum() and not (text[-1].isdigit() and line[:1].isdigit()):
            text += " "
        text += line
    return text.replace("|", "¦").replace("｜", "¦")  # a bar would split the pipe row


def _is_header_row(texts: list[str]) -> bool:
    """A row whose cells after the first hold no figures (time labels aside)."""
    return any(texts) and not any(_DIGITS.search(_TIME_LABEL.sub("", t)) for t in texts[1:])


_PERIOD_HEADER = regex.compile(r"(?:本|上|去|今)年(?:同期)?|本期|上期|同期|上年末|年初|年末")


def _header_rows(rows: list[list[Bbox | None]], texts: dict[Bbox, str]) -> list[list[str]]:
    """The header as one row (``_flatten_header``); but a header whose
    merged cells name measures over columns of periods (机构数 over 2023年
    and 2022年), or periods over names that repeat (1-12月 and 同比±% over
    数量 | 金额 each), keeps its rows, each merged cell written once and the
    columns it spans left empty, as a merged cell of a web page is, so that
    the periods stay periods, not words of the measure's name."""
    if not rows:
        return []
    if len(rows) < 2 or not _groups_over_periods_or_names(rows, texts):
        return [_flatten_header(rows, texts)]
    return [[texts.get(cell, "") if cell is not None and (j == 0 or row[j - 1] is not cell)
             and (r == 0 or rows[r - 1][j] is not cell) else ""
             for j, cell in enumerate(row)] for r, row in enumerate(rows)]


def _groups_over_periods_or_names(rows: list[list[Bbox | None]], texts: dict[Bbox, str]
                                  ) -> bool:
    """Whether a header cell spans columns, and the last header row under
    every such cell names periods (2023年, 上年, 1-6月), or names that repeat
    under the groups (数量 | 金额 | 数量 | 金额)."""
    under: list[str] = []
    for row in rows[:-1]:
        for j, cell in enumerate(row[1:], start=1):
            spans = row[j - 1] is cell or (j + 1 < len(row) and row[j + 1] is cell)
            if cell is not None and spans:
                below = rows[-1][j]
                under.append(texts.get(below, "") if below not in (None, cell) else "")
    names = [text.strip() for text in under]
    return bool(under) and all(names) and (len(set(names)) < len(names) or all(
        _TIME_LABEL.fullmatch(name) or _PERIOD_HEADER.fullmatch(name) for name in names))


def _flatten_header(rows: list[list[Bbox | None]], texts: dict[Bbox, str]) -> list[str]:
    """Header rows as one row: each column named by the cells above it, top
    to bottom (a merged cell once)."""
    names = []
    for j in range(len(rows[0])):
        column: list[Bbox | None] = []
        for row in rows:
            if row[j] is not None and row[j] not in column:
                column.append(row[j])
        names.append(_join_lines([texts[c] for c in column if c is not None and texts.get(c)]))
    return names


def pipe_rows(table: TableBlock) -> list[str]:
    """The table as markdown pipe rows: captions, one header row, the body."""
    rows = [] if table.continued else [[c] for c in table.captions] + table.header
    return ["| " + " | ".join(row) + " |" for row in rows + table.body]


# --- across pages ------------------------------------------------------------------------


def drop_furniture(pages: list[Page]) -> None:
    """Leave out page numbers and running headers and footers: lines among
    the first or last few of a page that are a page number, or whose text
    (digits aside) recurs at the same height at the edge of other pages."""
    edges = {page.number: _edge_lines(page) for page in pages}
    where: dict[str, list[tuple[int, float]]] = {}
    for number, lines in edges.items():
        for line in lines:
            where.setdefault(_masked(line.text), []).append((number, line.top))
    needed = max(2, len(pages) // 3)
    for page in pages:
        furniture = set(map(id, _above_header_rule(page)))
        for line in edges[page.number]:
            recurs = len({n for n, top in where[_masked(line.text)]
                          if abs(top - line.top) <= 3}) >= needed
            if _is_furniture(line, page.number, recurs):
                furniture.add(id(line))
        page.blocks = [b for b in page.blocks if id(b) not in furniture]


def _above_header_rule(page: Page) -> list[Line]:
    """The running header over the page's header rule: the lines above it
    (two at most), in type no larger than the page's other lines. None if
    anything else stands above the rule (a table) or it has no lines over it."""
    if page.header_rule is None:
        return []
    above = [b for b in page.blocks if b.bottom <= page.header_rule + 1]
    lines = [b for b in above if isinstance(b, Line)]
    rest = [b.size for b in page.blocks
            if isinstance(b, Line) and b.bottom > page.header_rule + 1]
    if not lines or len(above) > _EDGE_LINES or len(lines) < len(above) or not rest \
            or max(line.size for line in lines) > statistics.median(rest):
        return []
    return lines


def _edge_lines(page: Page) -> list[Line]:
    # by height: in two columns the last line read need not be the lowest
    lines = sorted((b for b in page.blocks if isinstance(b, Line)), key=lambda line: line.top)
    if len(lines) <= 2 * _EDGE_LINES:
        return lines
    return lines[:_EDGE_LINES] + lines[-_EDGE_LINES:]


def _masked(text: str) -> str:
    return _DIGITS.sub("#", "".join(text.split()))


def _is_furniture(line: Line, number: int, recurs: bool) -> bool:
    text = line.text.strip()
    if PAGE_NUMBER_LINE.fullmatch(text):
        return True
    if _BARE_NUMBER.fullmatch(text):
        return recurs or int(text) == number
    return recurs


def mark_continued_tables(pages: list[Page]) -> None:
    """A table that opens a page with the columns of the table that closed
    the page before continues it: its repeated header rows are dropped."""
    opened: dict[int, TableBlock] = {}  # a continuing part -> the part that opened the table
    for before, page in pairwise(pages):
        if not before.blocks or not page.blocks:
            continue
        last, first = before.blocks[-1], page.blocks[0]
        if not (isinstance(last, TableBlock) and isinstance(first, TableBlock)
                and _same_columns(last.columns, first.columns)):
            continue
        if first.header and first.header != last.header:
            continue
        first.continued = True
        first.header = last.header
        # A header not told from the body (指标 | 2019 | 2020 |…: its cells are
        # figures) is repeated as the part's first rows: they are no rows of figures.
        opening = opened[id(first)] = opened.get(id(last), last)
        repeated = next((n for n in range(min(_HEADER_ROWS, len(opening.body)), 0, -1)
                         if first.body[:n] == opening.body[:n]), 0)
        del first.body[:repeated]


def _same_columns(a: tuple[float, ...], b: tuple[float, ...]) -> bool:
    return len(a) == len(b) and all(abs(x - y) <= 3 for x, y in zip(a, b, strict=True))


def page_lines(page: Page) -> list[tuple[str, Block]]:
    """The lines of a page's raw text, each with the block it comes from (a
    page's text is these lines, each ending with a line feed): an indented
    line (a paragraph's first) begins with ``INDENT``; a row or header of a
    table without rules keeps its columns in spaces instead."""
    left = _left_edge(page.blocks)
    right = max((b.x1 for b in page.blocks if isinstance(b, Line)), default=0.0)
    lines: list[tuple[str, Block]] = []
    above: Block | None = None
    for block in page.blocks:
        if isinstance(block, TableBlock):
            lines.extend((row, block) for row in pipe_rows(block))
        elif block.column_width:
            lines.append((aligned_text(block, block.column[0] if block.column else left), block))
        else:
            indented = _indented(block, left) and not _centred_on(above, block, left, right)
            lines.append((INDENT + block.text if indented else block.text, block))
        above = block
    return lines


def _left_edge(blocks: list[Block]) -> float:
    return min((b.x0 for b in blocks if isinstance(b, Line)), default=0.0)


def _centred_on(line: Block | None, following: Block, left: float, right: float) -> bool:
    """Whether ``following`` is the last line of a centred paragraph (a long
    title) that ``line`` begins: ``line`` runs from edge to edge without ending
    a sentence, and ``following``, the same size just below it, is centred
    between the edges."""
    if not (isinstance(line, Line) and isinstance(following, Line)) \
            or line.column_width or following.column_width:
        return False
    lo, hi = line.column if line.column else (left, right)
    return line.x0 - lo < line.size and line.x1 >= hi - line.size \
        and not SENTENCE_END.search(line.text) \
        and abs(following.size - line.size) <= 0.02 * line.size \
        and following.top - line.bottom < 0.8 * line.size \
        and abs((following.x0 + following.x1) - (lo + hi)) / 2 <= line.size


def _indented(line: Line, left: float) -> bool:
    """Whether the line starts right of its column's left edge (``left``, the
    page's, for a line in no column)."""
    return line.x0 - (line.column[0] if line.column else left) >= 1.5 * line.size


def wrapped_line_ends(lines: list[tuple[str, Block]]) -> list[int]:
    """Offsets, in a page's text, of the line feeds that end a line the page
    wrapped: it reaches the right edge of the text, does not end a sentence,
    and the next line, printed the same size just below it, starts at the left
    edge. (Where lines are few, their widths cannot tell the normaliser this.)
    A line in a column reaches that column's right edge; the last line of a
    left column goes on at the top of the right one (above it: the gap is
    negative). A table's row wraps nothing, and goes on from nothing."""
    right = max((b.x1 for _, b in lines if isinstance(b, Line)), default=0.0)
    left = _left_edge([b for _, b in lines])
    ends: list[int] = []
    position = 0
    for (text, line), (_, following) in pairwise([*lines, ("", None)]):
        position += len(text) + 1
        if (isinstance(line, Line) and isinstance(following, Line)
                and not (line.column_width or following.column_width)
                and line.x1 >= (line.column[1] if line.column else right) - line.size
                and not SENTENCE_END.search(line.text)
                and abs(following.size - line.size) <= 0.1 * line.size
                and following.top - line.bottom < 0.8 * line.size
                and not _indented(following, left)) \
                or (following is not None and _centred_on(line, following, left, right)):
            ends.append(position - 1)
    return ends
