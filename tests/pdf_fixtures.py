"""PDF fixtures, made at test time with reportlab (nothing here is downloaded).

``render_bulletin`` lays a bulletin's text out the way a statistics office's
PDF is laid out: body text wrapped by the page, headings in a larger font,
footnote markers ``[n]`` as superscripts, tables as ruled tables, a running
header and page numbers in the footer. ``bulletin_blocks`` reads a bulletin
text (a sample, hard-wrapped or not) into the blocks to render. The bad PDFs
(image-only, encrypted, truncated, zero pages) are made by small functions of
their own.
"""

from __future__ import annotations

import io
import itertools
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

import regex
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    FrameBreak,
    PageTemplate,
    Paragraph,
    SimpleDocTemplate,
    Table,
    TableStyle,
)

FONT = "STSong-Light"
pdfmetrics.registerFont(UnicodeCIDFont(FONT))


def _style(name: str, size: float, **more: object) -> ParagraphStyle:
    return ParagraphStyle(name, fontName=FONT, fontSize=size, leading=size * 1.6,
                          wordWrap="CJK", **more)


STYLES = {
    "title": _style("title", 16, alignment=TA_CENTER, spaceAfter=12),
    "heading1": _style("heading1", 14, spaceBefore=6, spaceAfter=4),
    "heading2": _style("heading2", 12.5, spaceBefore=4, spaceAfter=2),
    "body": _style("body", 11, alignment=TA_JUSTIFY, firstLineIndent=22),
    "caption": _style("caption", 10, alignment=TA_CENTER, spaceBefore=4),
    "note": _style("note", 9, alignment=TA_JUSTIFY),
}
PAGE_NUMBER_STYLES = {
    "dash": lambda n, total: f"- {n} -",
    "chinese": lambda n, total: f"第{n}页",
    "fraction": lambda n, total: f"{n}/{total}",
}


# --- blocks ------------------------------------------------------------------------------


@dataclass
class Block:
    """A unit of layout: ``kind`` is a key of STYLES, or ``table``."""

    kind: str
    text: str = ""
    rows: list[list[str]] = field(default_factory=list)
    """For a table: the header row first (its first cell may be ``上\\n下``,
    a corner cell split by a diagonal)."""
    indents: list[int] = field(default_factory=list)
    """For a table set with spaces (``aligned``): each row's label indent, in
    display columns (half a character each)."""
    spans: list[tuple[int, int, int]] = field(default_factory=list)
    """Header cells merged over columns, each (row, first column, last column)."""
    repeats_header: bool = True
    """For a table: whether a page it runs onto repeats its header row."""


_WRAPPED_MARKER = regex.compile(r"^\[\d{1,3}\]$")
_CONTINUES = regex.compile(r"^[，,。、；;：:）)%！？]")
# (a heading is no sentence: a paragraph that begins with its heading, （三）…情况。企业…, is no heading)
_HEADING1 = regex.compile(r"^[一二三四五六七八九十]+、[^\s。；]{1,30}$")
_HEADING2 = regex.compile(r"^[（(][一二三四五六七八九十]+[）)]\s*[^\s。；]{1,30}$")
_FOOTNOTE = regex.compile(r"^\[\d{1,3}\]\s*\D")  # [2]根据… (not [3]136.17亿元, a wrapped marker)
# (with thousands separators, 843,215.47; or a dash for an empty cell)
_CELL_NUMBER = regex.compile(r"^(?:-?\d{1,3}(?:,\d{3})+(?:\.\d+)?|-?\d+(?:\.\d+)?)%?$")
_EMPTY_CELL = regex.compile(r"^[—－-]$")
_LINK = regex.compile(r"\[([^\]]+)\]\(#\)")


def _width(text: str) -> int:
    return sum(2 if ord(ch) >= 0x2E80 else 1 for ch in text)


def bulletin_blocks(text: str) -> list[Block]:
    """The blocks of a bulletin text. A hard-wrapped text (most lines of one
    width, as text pulled out of a PDF) is reflowed into paragraphs first.
    The page furniture such a text carries (page numbers, running headers)
    is left out, and its tables set with spaces become tables."""
    # reportlab's CID font cannot encode U+00B7 and drops it (元/人·月 printed
    # 元/人月); its U+30FB is printed as a glyph that reads back as U+00B7
    text = text.replace("\u00b7", "\u30fb")
    raw, _ = _without_furniture(text.expandtabs().splitlines())
    tables: list[list[Block]] = []  # each a table with its caption and notes
    lines: list[str] = []
    i = 0
    while i < len(raw):
        end, piped = _pipe_table(raw, i)
        if not piped:
            end, table = _grouped_table(raw, i)
            piped = [table] if table is not None else []
        if piped:
            lines.append(f"{_TABLE_SLOT}{len(tables)}")
            tables.append(piped)
            i = end
            continue
        lines.append(_clean(raw[i]))
        i += 1
    lines = [line for line in lines if line]
    if len(lines) > 1 and "公报" not in lines[0] and regex.search(r"(?:公报|报告)$", lines[1]) \
            and _width(lines[1]) <= 24:
        lines[:2] = [lines[0] + lines[1]]  # a title the text wrapped: …社会保障 / 事业发展统计公报
    nonblank = [i for i, line in enumerate(raw) if line.strip()]
    spaced = sum(1 for i in nonblank if i + 1 < len(raw) and not raw[i + 1].strip()) \
        >= 0.8 * len(nonblank)
    lines = _reflow(lines, spaced)
    blocks: list[Block] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.startswith(_TABLE_SLOT):
            blocks += tables[int(line.removeprefix(_TABLE_SLOT))]
            i += 1
            continue
        table_end = _table_end(lines, i)
        if table_end > i:
            blocks += _table_blocks(lines[i:table_end])
            i = table_end
            continue
        table_end = _captioned_table_end(lines, i)
        if table_end > i:
            header, *rows = (line.split() for line in lines[i + 1:table_end])
            header = [""] * (len(rows[0]) - len(header)) + header
            blocks += [Block("caption", lines[i]),
                       Block("aligned", rows=[header, *rows], indents=[0] * (len(rows) + 1))]
            i = table_end
            continue
        blocks.append(Block(_kind(line, first=not blocks), line))
        i += 1
    return blocks


# --- what a text pulled out of a PDF carries: page furniture, tables set with spaces ----

_TABLE_SLOT = "\x00table "
# (in either script: 表一, 單位：億澳門元)
_CAPTION = regex.compile(r"^(?:表\s*[\d一二三四五六七八九十]|附表|[单單]位[：:])")
# (a footer may name the issuer before the number, set apart: 宜昌市统计局      — 1 —;
# the number may be of the pages: 1/2)
_PAGE_NUMBER = regex.compile(r"^\s*(?:\S.*?(?: {2,}|\u3000))?"
                             r"(?:[-—－]+\s*\d{1,3}\s*[-—－]+|第\s*\d{1,3}\s*页|\d{1,3}\s*/\s*\d{1,3})\s*$")
_GAP = regex.compile(r" {2,}|[ \u3000]*\u3000[ \u3000]*")  # (one full-width space is two)
_FIGURE = regex.compile(r"^[-+]?\d[\d,]*(?:\.\d+)?[%‰]?$")
_DASH = regex.compile(r"^[-—–－…]+$")
_YEAR = regex.compile(r"^(?:19|20)\d{2}$")  # (a column's year: 指标  单位  2019  2020 … heads a table)
# (单位 alone over a column of institutions, 单位  馆藏档案  比上年末增长, heads it;
# 单位：万元, 金额单位：亿元 and 单位 万元 name the unit)
_NOT_HEADER = regex.compile(r"^(?:表\s*[\d一二三四五六七八九十]|附表|\p{Han}{0,4}[单單]位\s*[：:]|[单單]位\s+\S+\s*$|注|註|说明|說明|资料来源|資料來源)"
                            r"|[。；，]")


_TITLE_LINES = 3  # a title is among the first lines


def _bare(line: str) -> str:
    """A title's words without its year and brackets."""
    return regex.sub(r"[\d\s（）()]|年度?", "", line)


def _without_furniture(lines: list[str]) -> tuple[list[str], str]:
    """The lines without the page numbers and running headers of the PDF the
    text was pulled out of (a real PDF prints them as page furniture), and
    the running header found, or ""."""
    numbers = [i for i, line in enumerate(lines) if _PAGE_NUMBER.match(line)]
    stripped = [" ".join(line.split()) for line in lines]
    titles = {bare for line in [line for line in stripped if line][:_TITLE_LINES]
              if len(bare := _bare(line)) >= 6}
    drop = set(numbers)
    header = ""
    for i in numbers:
        for step in (-1, 1):  # the nearest line above and below, over blank lines
            j = i + step
            while 0 <= j < len(lines) and not stripped[j]:
                j += step
            if not 0 <= j < len(lines) or j in drop:
                continue
            # (a running header is a title: a line that ends a sentence, 个百分点。,
            # is the body's however often it recurs)
            # (or the title again, under a page number: 2023年度X报告 as X报告（2023年度）)
            repeated = (stripped.count(stripped[j]) > 1 or _bare(stripped[j]) in titles) \
                and j > 0 and not regex.search(r"[。；，、：:]$", stripped[j])
            parted = bool(_GAP.search(lines[j].strip())) and not _table_row(lines[j])
            if repeated or parted:
                drop.add(j)
                header = header or stripped[j]
    return [line for i, line in enumerate(lines) if i not in drop], header


def _pieces(line: str) -> list[tuple[int, int, str]]:
    """The cells of a line set with spaces (two or more part them), each with
    the display columns it spans."""
    out: list[tuple[int, int, str]] = []
    position = 0
    for part in _GAP.split(line.rstrip()):
        start = line.index(part, position) if part else position
        position = start + len(part)
        if not part.strip():
            continue
        column = _width(line[:start])
        if len(out) == 1 and _SPACED_CHARACTER.match(out[0][2]) \
                and _SPACED_CHARACTER.match(part.strip()) and _DIGIT.search(line):
            # a row's label spaced out to its column's width (合  计) is one cell (a
            # header's, 指    标, is joined as the header's words are)
            out[0] = (out[0][0], column + _width(part), out[0][2] + part.strip())
            continue
        out.append((column, column + _width(part), part.strip()))
    return out


_SPACED_CHARACTER = regex.compile(r"^\p{Han}$")
_DIGIT = regex.compile(r"\d")


def _table_row(line: str) -> bool:
    """A row of a table set with spaces: a label, then figures (or dashes, or
    a unit), the last a figure or a dash, at least one a figure."""
    cells = [c for _, _, c in _pieces(line)]
    figures = [c for c in cells[1:] if _FIGURE.match(c)]
    return len(cells) >= 2 and bool(_FIGURE.match(cells[-1]) or _DASH.match(cells[-1])) \
        and bool(figures) and not regex.search(r"[。；]", cells[0]) \
        and not (len(figures) >= 2 and all(_YEAR.match(c) for c in figures))  # a header of years


def _label_name_line(line: str) -> bool:
    """A header's line of the label column's name alone, between lines naming the
    figures' columns (出入境旅客  比上年增长 / 口岸名称 / （万人次）  （%））."""
    cells = _pieces(line)
    return len(cells) == 1 and cells[0][0] < _LABEL_NAME_COLUMNS \
        and regex.fullmatch(r"\p{Han}{2,6}", cells[0][2]) is not None


_LABEL_NAME_COLUMNS = 8  # a label column's name starts within these display columns


def _group_row(line: str) -> bool:
    """A row that only names a group of the rows below it (按性别分)."""
    cells = _pieces(line)
    return len(cells) == 1 and len(cells[0][2]) <= 12 and not regex.search(r"[。；，]", line)


def _header_line(line: str) -> bool:
    cells = _pieces(line)
    return len(cells) >= 2 and not _NOT_HEADER.search(line.strip()) and not _table_row(line)


_PIPE_ROW = regex.compile(r"^\s*\|.*\|\s*$")
_RULE_ROW = regex.compile(r"^[\s|:\-]+$")


def _pipe_table(lines: list[str], i: int) -> tuple[int, list[Block]]:
    """The table written as markdown pipe rows at line i (its header row
    first, a ``|---|`` line under it left out), and the line after it. A row
    of one cell before the header is the table's caption, and rows of one cell
    after its body its notes: a PDF prints them as lines above and below the
    table, not as rows of it."""
    end = i
    while end < len(lines) and _PIPE_ROW.match(lines[end]):
        end += 1
    rows = [[cell.strip() for cell in line.strip()[1:-1].split("|")]
            for line in lines[i:end] if not _RULE_ROW.match(line)]
    captions = list(itertools.takewhile(lambda row: len(row) == 1, rows))
    notes = list(itertools.takewhile(lambda row: len(row) == 1, reversed(rows)))[::-1]
    rows = rows[len(captions):len(rows) - len(notes)]
    if len(rows) < 2:
        return i, []
    width = max(len(row) for row in rows)
    rows = [row + [""] * (width - len(row)) for row in rows]
    # (A header of rows, 申请人情况 over 自然人 …, is not repeated: a web page
    # printed repeats none, and one row of it would read as a new table's header.)
    one_row_header = any(_FIGURE.match(c) for c in rows[1])
    # Over a second header row whose label cell is empty (the label's name spans
    # both), a cell with empty ones after it (| 总量（亿元） | | 结构（%） | |) is a
    # merged cell, printed centred over the columns it spans.
    spans = [] if one_row_header or rows[1][0] or any(_FIGURE.match(c) for c in rows[0]) else [
        (0, k, last) for k in range(1, width) if rows[0][k]
        and (last := k + len(list(itertools.takewhile(lambda c: not c, rows[0][k + 1:])))) > k]
    return end, [*(Block("caption", row[0]) for row in captions),
                 Block("aligned", rows=rows, indents=[0] * len(rows),
                       repeats_header=one_row_header, spans=spans),
                 *(Block("note", row[0]) for row in notes)]


def _aligned_table(lines: list[str], i: int) -> tuple[int, Block | None]:
    """The table set with spaces whose header starts at line i, and the line
    after it; or (i, None). Header lines (up to three, a cell's words over
    them) come first, then rows: a label and figures, or a group's name."""
    start = i
    while i < len(lines) and i - start < 3 and (
            _header_line(lines[i]) or (i > start and _label_name_line(lines[i]))):
        i += 1
    if i == start or i >= len(lines) or not _table_row(lines[i]):
        return start, None
    end = i
    while end < len(lines):
        below = next((line for line in lines[end + 1:] if line.strip()), "")
        # a group's name, or blank lines where the text's page broke the table
        between = _group_row(lines[end]) or not lines[end].strip()
        if not (_table_row(lines[end]) or (between and _table_row(below))):
            break
        end += 1
    rows = [line for line in lines[i:end] if line.strip()]
    return end, _grid(lines[start:i], rows)


def _grouped_table(lines: list[str], i: int) -> tuple[int, Block | None]:
    """The table set with spaces at line i, or at the next when line i names a
    group of its figure columns (see _group_header)."""
    end, table = _aligned_table(lines, i)
    if table is not None or i + 1 >= len(lines):
        return end, table
    end, table = _aligned_table(lines, i + 1)
    if table is None:
        return i, None
    start = i + 1
    while _header_line(lines[start]):
        start += 1
    header = lines[i + 1:start]
    rows = [line for line in lines[start:end] if line.strip()]
    if not _group_header(lines[i], _spans(rows)):
        return i, None
    return end, _grid([lines[i], *header], rows)


def _spans(rows: list[str]) -> list[list[int]]:
    """The display columns a table's cells take: those its figure rows leave
    blank in every row part them."""
    full = [pieces for r in rows if len(pieces := _pieces(r)) > 1]
    # (A row's label is its first cell, however close a long one comes to the
    # figure right-aligned after it: 外商及港澳台商投资企业  6120.74 under 制造业
    # 43218.06. The figures' columns are found without the labels.)
    labels = [pieces[0] for pieces in full if not _FIGURE.match(pieces[0][2])]
    used = sorted({x for pieces in full for a, b, _ in (pieces[1:] if labels else pieces)
                   for x in range(a, b)})
    spans: list[list[int]] = []
    for x in used:
        if spans and x - spans[-1][1] < 2:  # two blank columns part cells
            spans[-1][1] = x + 1
        else:
            spans.append([x, x + 1])
    if labels and spans:
        start = min(a for a, _, _ in labels)
        spans.insert(0, [start, max(start + 1, min(max(b for _, b, _ in labels), spans[0][0]))])
    return spans


def _group_header(line: str, spans: list[list[int]]) -> bool:
    """A header line of one word over two columns or more of the figures, the
    name of their group (比重（%） over 2020 年 and 2010 年): a PDF prints it
    as a header cell merged over them, not as a line of text."""
    cells = _pieces(line)
    if len(cells) != 1 or _NOT_HEADER.search(line.strip()) or len(cells[0][2]) > 12:
        return False
    a, b, _ = cells[0]
    return a > spans[0][1] and sum(1 for lo, hi in spans[1:] if min(b, hi) > max(a, lo)) >= 2


def _grid(header: list[str], rows: list[str]) -> Block:
    """The cells of a table set with spaces: its columns are the display
    columns its figure rows leave blank in every row."""
    spans = _spans(rows)

    def column(a: int, b: int) -> int:
        overlaps = [min(b, hi) - max(a, lo) for lo, hi in spans]
        if max(overlaps) > 0:
            return overlaps.index(max(overlaps))
        middle = (a + b) / 2
        return min(range(len(spans)), key=lambda k: abs((spans[k][0] + spans[k][1]) / 2 - middle))

    def cells(line: str) -> list[str]:
        out = [""] * len(spans)
        for a, b, text in _pieces(line):
            k = column(a, b)
            glue = "" if out[k] and regex.match(r"\p{Han}", text) else " "
            out[k] = (out[k] + glue + text).strip()
        return out

    # a header line over the next whose words each name a group of columns
    # (机构数 over 2023年 and 2022年) is a header row of merged cells
    groups: list[list[str]] = []
    merged: list[tuple[int, int, int]] = []
    for n, line in enumerate(header[:-1]):
        parts = [[k for k, (lo, hi) in enumerate(spans) if min(b, hi) > max(a, lo)]
                 for a, b, _ in _pieces(line)]
        if not any(len(part) > 1 for part in parts):
            parts = _centred_groups(line, header[n + 1], spans, column) or parts
        if any(len(part) > 1 for part in parts) and not groups:
            row = [""] * len(spans)
            for (_, _, text), part in zip(_pieces(line), parts, strict=True):
                if part:
                    row[part[0]] = text
                if len(part) > 1:
                    merged.append((n, part[0], part[-1]))
            groups.append(row)
    head = [""] * len(spans)
    for line in header[len(groups):]:
        for k, text in enumerate(cells(line)):
            head[k] = f"{head[k]}\n{text}".strip("\n") if text else head[k]
    if groups and not groups[0][0]:  # the labels' header is printed over all header rows
        groups[0][0], head[0] = head[0], ""
    margin = min(len(r) - len(r.lstrip()) for r in rows)
    indents = [_width(r) - _width(r.lstrip()) - margin for r in rows]
    return Block("aligned", rows=[*groups, head] + [cells(r) for r in rows],
                 indents=[0] * (len(groups) + 1) + indents, spans=merged)


def _centred_groups(line: str, below: str, spans: list[list[int]],
                    column: Callable[[int, int], int]) -> list[list[int]] | None:
    """The columns each word of a header line heads, where words centred over
    names that repeat on the line below (1-12月 and 同比±%, each over 数量 |
    金额) are narrower than the names: each column goes to the word nearest
    its middle; or None unless two or more words then head the same names."""
    pieces = _pieces(line)
    middles = [(a + b) / 2 for a, b, _ in pieces]
    owner = [min(range(len(pieces)), key=lambda p: abs(middles[p] - (lo + hi) / 2))
             for lo, hi in spans]
    parts = [[k for k, p in enumerate(owner) if p == piece] for piece in range(len(pieces))]
    names = [""] * len(spans)
    for a, b, text in _pieces(below):
        names[column(a, b)] = text
    groups = [[names[k] for k in part] for part in parts if len(part) > 1]
    if len(groups) < 2 or not all(parts) or any(group != groups[0] for group in groups) \
            or not all(groups[0]):
        return None
    return parts


def _clean(line: str) -> str:
    line = line.strip().removeprefix("## ").strip()
    line = regex.sub(r"<sup>(\[\d+\])</sup>", r"\1", line)
    return _LINK.sub(r"\1", line)


_OPENS = regex.compile(r"^(?:[（(][一二三四五六七八九十]+[）)]|[一二三四五六七八九十]+、"
                       r"|\d{1,2}[.．、]\D|\p{Han}{1,4}$|(?:注|说明)[：:])")


def _reflow(lines: list[str], spaced: bool = False) -> list[str]:
    """The paragraphs of a text's lines: its lines joined where it was
    hard-wrapped. ``spaced``: the text sets a blank line after nearly every
    line (a paragraph a line, or a wrapped text double-spaced)."""
    widths = sorted((_width(line) for line in lines if not line.startswith(_TABLE_SLOT)),
                    reverse=True)
    full = widths[len(widths) // 10] if widths else 0
    long = [line for line in lines if not line.startswith(_TABLE_SLOT) and _width(line) >= 0.8 * full]
    # (a text wrapped unevenly, its lines 84 to 98 columns wide, still shows
    # its wrapping where most long lines stop short of a sentence's end)
    broken = sum(1 for line in long if not regex.search(r"[。！？；：:]$", line))
    if (spaced or sum(1 for w in widths if w >= 0.9 * full) < 0.4 * len(widths)) \
            and broken < 0.5 * len(long):
        # not hard-wrapped: a line is a paragraph (with a blank line after each,
        # its lines all about as wide, it still is unless they stop mid-sentence)
        return lines
    joined: list[str] = []
    open_paragraph = False
    physical = ""  # the line as printed: a marker or a comma wrapped alone belongs to it
    for line in lines:
        single = _is_row(line) or line.startswith(_TABLE_SLOT) or _CAPTION.match(line) \
            or _SERIES_LINE.match(line)
        # (a heading begins a paragraph; one that reaches the wrap width runs on
        # into its text: （一）113年經濟成長率為2.91%，較概估數 / 增加0.08個百分點)
        heading = _HEADING1.match(line) or _HEADING2.match(line)
        # (after a full stop, a line that opens with an ordinal, （三）聚焦…, or
        # a word alone, 注释, begins a paragraph, even after a full line)
        after_stop = bool(joined) and joined[-1].endswith("。") and bool(_OPENS.match(line))
        starts_block = single or heading or _FOOTNOTE.match(line) or after_stop
        glued = bool(_WRAPPED_MARKER.match(line) or _CONTINUES.match(line))
        if joined and not starts_block and (open_paragraph or glued):
            joined[-1] += line
        else:
            joined.append(line)
        # (spaces that set a line's parts apart, 统计局    2024-11-22, print as one)
        physical = physical + line if glued else regex.sub(" {2,}", " ", line)
        # a line that reaches the wrap width goes on in the next (unless it
        # ends a sentence short of the full width: the end of a paragraph)
        width = _width(physical)
        # (a full stop wrapped alone ends its paragraph: it did not fit)
        open_paragraph = not single and width >= 0.8 * full \
            and not (line.endswith("。") and (glued or width < 0.93 * full))
    return joined


# A line of a measure's values by year (常住人口（万人）：2015年860.6；2020年942.1): a
# line of its own, as a PDF prints it.
_SERIES_LINE = regex.compile(r"^[^\d：:]{2,24}[：:](?:\s*(?:19|20)\d{2}年[-\d.,]+[；;]?){2,}$")


def _is_row(line: str) -> bool:
    """A table row written as text: a label, then two or more figures."""
    cells = line.split()
    # (a part's label may open with 其中：, 其中：棒材 168.3 -6.2)
    return len(cells) >= 3 and not regex.search(r"[，。；：]", regex.sub(r"^其中[：:]", "", cells[0])) \
        and all(_CELL_NUMBER.match(c) or _EMPTY_CELL.match(c) for c in cells[1:]) \
        and any(_CELL_NUMBER.match(c) for c in cells[1:])


_CORNER_WORD = regex.compile(r"^\p{Han}{1,6}$")


def _table_end(lines: list[str], i: int) -> int:
    """Where a table that starts at line i (its caption) ends, or i."""
    # caption, two corner words, a header line, then rows of figures
    if i + 4 >= len(lines) or not _is_row(lines[i + 4]) \
            or not all(_CORNER_WORD.match(word) for word in lines[i + 1:i + 3]):
        return i
    end = i + 4
    while end < len(lines) and _is_row(lines[end]):
        end += 1
    return end


def _captioned_table_end(lines: list[str], i: int) -> int:
    """Where a table that starts at line i ends, or i: its caption (表3 …),
    a header line of words, then rows of figures, cells parted by spaces."""
    if not _CAPTION.match(lines[i]) or i + 2 >= len(lines) or not _is_row(lines[i + 2]):
        return i
    header = lines[i + 1].split()
    cells = len(lines[i + 2].split())
    if regex.search(r"[。；，]", lines[i + 1]) or not cells - 1 <= len(header) <= cells \
            or any(_CELL_NUMBER.match(c) for c in header):
        return i
    end = i + 2
    while end < len(lines) and _is_row(lines[end]) and len(lines[end].split()) == cells:
        end += 1
    return end


def _table_blocks(lines: list[str]) -> list[Block]:
    caption, corner_top, corner_bottom, header, *rows = lines
    table = [[f"{corner_top}\n{corner_bottom}", *header.split()]] + [row.split() for row in rows]
    return [Block("caption", caption), Block("table", rows=table)]


def _kind(line: str, first: bool) -> str:
    if first and "公报" in line:
        return "title"
    if _HEADING1.match(line):
        return "heading1"
    if _HEADING2.match(line):
        return "heading2"
    if _FOOTNOTE.match(line) or line.startswith(("注：", "说明：")):
        return "note"
    if _CAPTION.match(line) or (len(line) <= 40 and regex.match(r"^20\d\d[-–]", line)):
        return "caption"
    return "body"


# --- rendering ---------------------------------------------------------------------------


def _markup(text: str) -> str:
    """Paragraph markup: footnote markers inside the text as superscripts."""
    escaped = escape(text)
    return regex.sub(r"(?<=.)\[(\d{1,3})\]", r"<super>[\1]</super>", escaped)


class _LeaveRoom(Flowable):
    """Fills the frame down to ``room`` points above its bottom, so that what
    follows starts low on the page (and a table there splits over the page)."""

    def __init__(self, room: float) -> None:
        super().__init__()
        self.room = room

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.height = max(0.0, available_height - self.room)
        return available_width, self.height

    def draw(self) -> None:
        pass


def _table(rows: list[list[str]], width: float) -> Table:
    corner = rows[0][0]
    top, _, bottom = corner.partition("\n")
    first_column = 0.22 * width
    widths = [first_column] + [(width - first_column) / (len(rows[0]) - 1)] * (len(rows[0]) - 1)
    header_style = _style("cell", 10, alignment=TA_CENTER)
    cell_style = _style("cell", 10, alignment=TA_CENTER)
    data = [[_Corner(top, bottom, first_column)] + [Paragraph(escape(c), header_style)
                                                     for c in rows[0][1:]]]
    data += [[Paragraph(escape(c), cell_style) for c in row] for row in rows[1:]]
    table = Table(data, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                               ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    return table


def _aligned(block: Block, width: float, style: str) -> Table:
    """A table that the text set with spaces, set as a bureau sets it: ruled
    (``ruled``), or ruled only above and below its header and below its last
    row (``three-line``, 三线表); labels left-aligned (indented as in the
    text), the header's cells and the figures centred."""
    rows = block.rows
    label_chars = max(_width(row[0]) + indent for row, indent in zip(rows, block.indents, strict=True))
    first_column = min(0.4 * width, max(0.18 * width, label_chars * 5 + 12))
    # each column as wide as its widest cell (a merged cell aside), the page's
    # width shared out by that: a header cell wraps only where the page is short
    merged = {(row, k) for row, first, last in block.spans for k in range(first, last + 1)}
    needs = [max([_width(line) * 5 + 14 for r, row in enumerate(rows) if (r, k) not in merged
                  for line in row[k].split("\n")] + [30]) for k in range(1, len(rows[0]))]
    columns = [need * (width - first_column) / sum(needs) for need in needs]
    floor = min(30, (width - first_column) / len(needs))
    if min(columns) < floor:
        # (One long header, 本列数据的勾稽关系为…, would leave the others no room
        # for their padding: each gets a narrow cell's width, the rest is shared.)
        extra = [max(need - floor, 0) for need in needs]
        spare = width - first_column - floor * len(needs)
        columns = [floor + spare * e / sum(extra) for e in extra]
    centred = _style("cell", 10, alignment=TA_CENTER)
    heads = 1 + len({row for row, _, _ in block.spans})
    data = [[Paragraph(escape(c).replace("\n", "<br/>"), centred) for c in row]
            for row in rows[:heads]]
    for row, indent in zip(rows[heads:], block.indents[heads:], strict=True):
        label = _style("label", 10, leftIndent=indent * 5)
        data.append([Paragraph(escape(row[0]), label)]
                    + [Paragraph(escape(c), centred) for c in row[1:]])
    table = Table(data, colWidths=[first_column, *columns],
                  repeatRows=heads if block.repeats_header else 0)
    commands: list[tuple[object, ...]] = [("SPAN", (first, row), (last, row))
                                          for row, first, last in block.spans]
    if heads > 1:
        commands.append(("SPAN", (0, 0), (0, heads - 1)))  # the labels' header, over both
    if style == "ruled":
        commands += [("GRID", (0, 0), (-1, -1), 0.6, colors.black)]
    else:
        commands += [("LINEABOVE", (0, 0), (-1, 0), 1, colors.black),
                    ("LINEBELOW", (0, heads - 1), (-1, heads - 1), 0.5, colors.black),
                    ("LINEBELOW", (0, -1), (-1, -1), 1, colors.black),
                    ("TOPPADDING", (0, 1), (-1, -1), 1), ("BOTTOMPADDING", (0, 1), (-1, -1), 1)]
    table.setStyle(TableStyle([*commands, ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    return table


class _Corner(Flowable):
    """A corner cell split by a diagonal: a word at the top right, one at the
    bottom left."""

    def __init__(self, top: str, bottom: str, width: float) -> None:
        super().__init__()
        self.top, self.bottom, self.width, self.height = top, bottom, width - 12, 30

    def draw(self) -> None:
        c = self.canv
        c.setFont(FONT, 9)
        c.drawRightString(self.width, self.height - 9, self.top)
        c.drawString(0, 0, self.bottom)
        c.setLineWidth(0.4)
        c.line(-6, self.height + 6, self.width + 6, -6)


@dataclass
class Layout:
    running_header: str = ""
    page_numbers: str = "dash"
    split_first_table: bool = True
    """Start the first table low on a page so that it continues on the next."""
    tables: str = "ruled"
    """How a table the text set with spaces is printed: ``ruled`` or ``three-line``."""


def render_bulletin(blocks: list[Block], path: Path, layout: Layout | None = None) -> Path:
    """Lay the blocks out as an A4 PDF at ``path``."""
    layout = layout or Layout()
    total = _build(blocks, io.BytesIO(), layout, total=0)  # a dry run counts the pages
    _build(blocks, path, layout, total)
    return path


_MARGIN = 25 * mm


def _build(blocks: list[Block], target: Path | io.BytesIO, layout: Layout, total: int) -> int:
    pages: list[int] = []

    def furniture(c: canvas.Canvas, doc: SimpleDocTemplate) -> None:
        pages.append(doc.page)
        c.saveState()
        c.setFont(FONT, 9)
        if layout.running_header and doc.page > 1:
            c.drawCentredString(A4[0] / 2, A4[1] - 15 * mm, layout.running_header)
            c.setLineWidth(0.5)
            c.line(_MARGIN, A4[1] - 17 * mm, A4[0] - _MARGIN, A4[1] - 17 * mm)
        c.drawCentredString(A4[0] / 2, 12 * mm,
                            PAGE_NUMBER_STYLES[layout.page_numbers](doc.page, total))
        c.restoreState()

    document = SimpleDocTemplate(target if isinstance(target, io.BytesIO) else str(target),
                                 pagesize=A4, leftMargin=_MARGIN, rightMargin=_MARGIN,
                                 topMargin=_MARGIN, bottomMargin=_MARGIN)
    document.build(_story(blocks, layout, A4[0] - 2 * _MARGIN), onFirstPage=furniture,
                   onLaterPages=furniture)
    return len(pages)


def _story(blocks: list[Block], layout: Layout, width: float) -> list[Flowable]:
    story: list[Flowable] = []
    split = layout.split_first_table
    for index, block in enumerate(blocks):
        if block.kind == "table":
            story.append(_table(block.rows, width))
            continue
        if block.kind == "aligned":
            story.append(_aligned(block, width, layout.tables))
            continue
        paragraph = Paragraph(_markup(block.text), STYLES[block.kind])
        if split and index + 1 < len(blocks) and blocks[index + 1].kind == "table":
            # room for the caption, the header and two rows; the rest goes over the page
            table = _table(blocks[index + 1].rows, width)
            table.wrap(width, A4[1])
            caption_height = paragraph.wrap(width, A4[1])[1] + 10
            story.append(_LeaveRoom(caption_height + sum(table._rowHeights[:3]) + 2))
            split = False
        story.append(paragraph)
    return story


def render_sample(sample: Path, path: Path, layout: Layout | None = None) -> Path:
    """A PDF of a bulletin text file. Without a ``layout``, a running header
    the text carries (as text pulled out of a PDF does) is printed as one."""
    text = sample.read_text(encoding="utf-8")
    if layout is None:
        layout = Layout(running_header=_without_furniture(text.splitlines())[1])
    return render_bulletin(bulletin_blocks(text), path, layout)


def two_column_pdf(title: Block, columns: list[Block], below: list[Block], path: Path,
                   columns_height: float = 60 * mm) -> Path:
    """One page set the way yearbooks and some city bulletins are: the title
    across the page, then ``columns`` in two columns of ``columns_height``
    (the left one running on into the right, a paragraph split between
    them), then ``below`` across the page (a heading, a table, notes)."""
    width, height = A4
    gutter = 8 * mm
    column = (width - 2 * _MARGIN - gutter) / 2
    title_bottom = height - _MARGIN - 20 * mm
    columns_bottom = title_bottom - columns_height
    frames = [Frame(_MARGIN, title_bottom, width - 2 * _MARGIN, 20 * mm, id="title"),
              Frame(_MARGIN, columns_bottom, column, columns_height, id="left"),
              Frame(_MARGIN + column + gutter, columns_bottom, column, columns_height, id="right"),
              Frame(_MARGIN, _MARGIN, width - 2 * _MARGIN, columns_bottom - _MARGIN, id="below")]
    layout = Layout(split_first_table=False)
    story = [*_story([title], layout, width), FrameBreak(), *_story(columns, layout, column),
             FrameBreak(), *_story(below, layout, width - 2 * _MARGIN)]
    pages: list[int] = []
    document = BaseDocTemplate(str(path), pagesize=A4)
    document.addPageTemplates([PageTemplate("columns", frames=frames,
                                            onPage=lambda c, d: pages.append(d.page))])
    document.build(story)
    assert len(pages) == 1, "the columns should fit their frames, and the rest the page"
    return path


# --- bad PDFs ---------------------------------------------------------------------------


def image_only_pdf(path: Path, pages: int = 2) -> Path:
    """Pages that are pictures, as a scanner makes them: no text layer."""
    from PIL import Image, ImageDraw
    from reportlab.lib.utils import ImageReader

    picture = Image.new("L", (400, 200), 255)
    ImageDraw.Draw(picture).rectangle((40, 40, 360, 160), outline=0, width=3)
    c = canvas.Canvas(str(path), pagesize=A4)
    for _ in range(pages):
        c.drawImage(ImageReader(picture), 50, 400, 400, 200)
        c.showPage()
    c.save()
    return path


def encrypted_pdf(path: Path, text: str = "参保人数272.42万人。") -> Path:
    """A PDF that opens only with its password."""
    from reportlab.lib.pdfencrypt import StandardEncryption

    c = canvas.Canvas(str(path), pagesize=A4,
                      encrypt=StandardEncryption("open-sesame", "owner", canCopy=0))
    c.setFont(FONT, 12)
    c.drawString(72, 700, text)
    c.save()
    return path


def permissions_only_pdf(path: Path, text: str = "Insured 272.42 (10k), up 2.68%") -> Path:
    """Encrypted with an owner password only (copying forbidden): it opens
    without a password. (reportlab encrypts the strings of a CJK font's
    dictionary wrongly, so the text here is in a Latin font.)"""
    from reportlab.lib.pdfencrypt import StandardEncryption

    c = canvas.Canvas(str(path), pagesize=A4,
                      encrypt=StandardEncryption("", "owner", canCopy=0))
    c.setFont("Helvetica", 12)
    c.drawString(72, 700, text)
    c.save()
    return path


def truncated_pdf(source: Path, path: Path, keep: float = 0.6) -> Path:
    """The first part of a PDF, as an interrupted download leaves it."""
    data = source.read_bytes()
    path.write_bytes(data[:int(len(data) * keep)])
    return path


def corrupt_pdf(source: Path, path: Path) -> Path:
    """A PDF whose middle is overwritten (its end intact)."""
    data = bytearray(source.read_bytes())
    middle = len(data) // 3
    data[middle:2 * middle] = b"\x00garbage" * (middle // 8) + b"\x00" * (middle % 8)
    path.write_bytes(bytes(data))
    return path


def zero_page_pdf(path: Path) -> Path:
    """A well-formed PDF with no pages."""
    objects = ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [] /Count 0 >>"]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n{body}\nendobj\n".encode()
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{offset:010d} 00000 n \n".encode() for offset in offsets)
    out += (f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\n"
            f"startxref\n{xref}\n%%EOF\n").encode()
    path.write_bytes(bytes(out))
    return path


# --- a report with a complex table -------------------------------------------------------

REGIONS = [f"第{n}区" for n in range(1, 41)]


def region_table_pdf(path: Path) -> Path:
    """A short report whose ruled table has a caption row, a two-row header
    (a row label cell spanning both rows, a group cell spanning two columns,
    a header cell wrapped over two lines) and 40 rows, so that it continues
    on the next page under its repeated header; ``n/total`` page numbers, a
    running header, and a bare superscript ``2``."""
    style = _style("cell", 10, alignment=TA_CENTER)
    narrow = _style("narrow", 10, alignment=TA_CENTER)
    rows: list[list[object]] = [
        ["单位：万人", "", ""],
        ["地区", "参保人数", ""],
        ["", Paragraph("职工基本医疗保险", narrow), "居民医保"],
    ]
    rows += [[name, f"{10 + n}.5", f"{20 + n}.25"] for n, name in enumerate(REGIONS)]
    table = Table([[Paragraph(c, style) if isinstance(c, str) and c else c for c in row]
                   for row in rows], colWidths=[60 * mm, 22 * mm, 40 * mm], repeatRows=3)
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
        ("SPAN", (0, 0), (2, 0)), ("SPAN", (0, 1), (0, 2)), ("SPAN", (1, 1), (2, 1)),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    story = [
        Paragraph("某市医疗保障统计公报", STYLES["title"]),
        Paragraph("一、参保情况", STYLES["heading1"]),
        Paragraph("全市参保人数达到272.42万人<super>2</super>，比上年增长2.68%。各区参保人数见下表。",
                  STYLES["body"]),
        table,
        Paragraph("二、基金收支", STYLES["heading1"]),
        Paragraph("基金收入153.16亿元，比上年增长17.79%。", STYLES["body"]),
    ]
    pages: list[int] = []

    def furniture(c: canvas.Canvas, doc: SimpleDocTemplate) -> None:
        pages.append(doc.page)
        c.saveState()
        c.setFont(FONT, 9)
        c.drawCentredString(A4[0] / 2, A4[1] - 15 * mm, "某市医疗保障局")
        c.drawCentredString(A4[0] / 2, 12 * mm, f"{doc.page}/2")
        c.restoreState()

    SimpleDocTemplate(str(path), pagesize=A4, leftMargin=_MARGIN, rightMargin=_MARGIN,
                      topMargin=_MARGIN, bottomMargin=_MARGIN).build(
        story, onFirstPage=furniture, onLaterPages=furniture)
    assert len(pages) == 2, "the table should run over onto a second page"
    return path


def fake_bold_pdf(path: Path, text: str) -> Path:
    """A line printed twice, a third of a point apart: bold faked the way
    some office software does it."""
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont(FONT, 12)
    for shift in (0, 0.3):
        c.drawString(72 + shift, 700, text)
    c.save()
    return path


def three_line_table_pdf(path: Path, rows: list[list[str]], column_width: float = 55,
                         valign: str = "BOTTOM") -> Path:
    """A table ruled only above, below and under its header (三线表): no
    vertical rules, so no grid a table finder could take. Header cells
    wider than ``column_width`` (mm) wrap; cells are aligned ``valign``
    (TOP, MIDDLE, BOTTOM) in their rows."""
    style = _style("cell", 10, alignment=TA_CENTER)
    table = Table([[Paragraph(escape(c), style) for c in row] for row in rows],
                  colWidths=[40 * mm] + [column_width * mm] * (len(rows[0]) - 1))
    table.setStyle(TableStyle([("LINEABOVE", (0, 0), (-1, 0), 1, colors.black),
                               ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black),
                               ("LINEBELOW", (0, -1), (-1, -1), 1, colors.black),
                               ("VALIGN", (0, 0), (-1, -1), valign)]))
    story = [Paragraph("一、参保情况", STYLES["heading1"]),
             Paragraph("各级医疗机构支付比例如下。", STYLES["body"]), table]
    SimpleDocTemplate(str(path), pagesize=A4).build(story)
    return path


def unruled_table(rows: list[list[str]], widths: list[float], header_rows: int = 1,
                  figures: int = TA_CENTER, spans: tuple[tuple[int, int, int], ...] = ()
                  ) -> Table:
    """A table set without any rules: its words placed in columns only, as
    many bulletins print them, its columns ``widths`` (mm) wide. ``spans``
    merges header cells, each (row, first column, last column): a group's
    name centred over its columns. Labels are left-aligned, the
    ``header_rows`` first rows centred, figures aligned ``figures``
    (TA_CENTER, TA_RIGHT); rows set close together."""
    label = _style("label", 10)
    centred = _style("cell", 10, alignment=TA_CENTER)
    figure = _style("figure", 10, alignment=figures)
    data = [[Paragraph(escape(c), label if j == 0 else centred if r < header_rows else figure)
             for j, c in enumerate(row)] for r, row in enumerate(rows)]
    # rows set close, as a table's rows are, closer than a paragraph's lines
    commands: list[tuple[object, ...]] = [("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                                          ("TOPPADDING", (0, 0), (-1, -1), 0),
                                          ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]
    commands += [("SPAN", (first, row), (last, row)) for row, first, last in spans]
    table = Table(data, colWidths=[w * mm for w in widths])
    table.setStyle(TableStyle(commands))
    return table


def unruled_tables_pdf(path: Path, story: list[tuple[str, object]]) -> Path:
    """A page of paragraphs (``(style, text)``, a key of STYLES) and tables
    without rules (``("table", Table)``)."""
    flowables = [content if kind == "table" else Paragraph(_markup(str(content)), STYLES[kind])
                 for kind, content in story]
    SimpleDocTemplate(str(path), pagesize=A4, leftMargin=_MARGIN, rightMargin=_MARGIN,
                      topMargin=_MARGIN, bottomMargin=_MARGIN).build(flowables)
    return path
