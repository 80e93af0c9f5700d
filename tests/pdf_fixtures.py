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


_WRAPPED_MARKER = regex.compile(r"^\[\d{1,3}\]$")
_CONTINUES = regex.compile(r"^[，,。、；;：:）)%！？]")
_HEADING1 = regex.compile(r"^[一二三四五六七八九十]+、\S{1,30}$")
_HEADING2 = regex.compile(r"^[（(][一二三四五六七八九十]+[）)]\s*\S{1,30}$")
_FOOTNOTE = regex.compile(r"^\[\d{1,3}\]\s*\D")  # [2]根据… (not [3]136.17亿元, a wrapped marker)
_CELL_NUMBER = regex.compile(r"^-?\d+(?:\.\d+)?%?$")
_LINK = regex.compile(r"\[([^\]]+)\]\(#\)")


def _width(text: str) -> int:
    return sum(2 if ord(ch) >= 0x2E80 else 1 for ch in text)


def bulletin_blocks(text: str) -> list[Block]:
    """The blocks of a bulletin text. A hard-wrapped text (most lines of one
    width, as text pulled out of a PDF) is reflowed into paragraphs first."""
    lines = [_clean(line) for line in text.splitlines()]
    lines = [line for line in lines if line]
    lines = _reflow(lines)
    blocks: list[Block] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        table_end = _table_end(lines, i)
        if table_end > i:
            blocks += _table_blocks(lines[i:table_end])
            i = table_end
            continue
        blocks.append(Block(_kind(line, first=not blocks), line))
        i += 1
    return blocks


def _clean(line: str) -> str:
    line = line.strip().removeprefix("## ").strip()
    line = regex.sub(r"<sup>(\[\d+\])</sup>", r"\1", line)
    return _LINK.sub(r"\1", line)


def _reflow(lines: list[str]) -> list[str]:
    widths = sorted((_width(line) for line in lines), reverse=True)
    full = widths[len(widths) // 10] if widths else 0
    if sum(1 for w in widths if w >= 0.9 * full) < 0.4 * len(widths):
        return lines  # not hard-wrapped: a line is a paragraph
    joined: list[str] = []
    open_paragraph = False
    physical = ""  # the line as printed: a marker or a comma wrapped alone belongs to it
    for line in lines:
        single = _HEADING1.match(line) or _HEADING2.match(line) or _is_row(line)
        starts_block = single or _FOOTNOTE.match(line)
        glued = bool(_WRAPPED_MARKER.match(line) or _CONTINUES.match(line))
        if joined and not starts_block and (open_paragraph or glued):
            joined[-1] += line
        else:
            joined.append(line)
        physical = physical + line if glued else line
        # a line that reaches the wrap width goes on in the next (unless it
        # ends a sentence short of the full width: the end of a paragraph)
        width = _width(physical)
        # (a full stop wrapped alone ends its paragraph: it did not fit)
        open_paragraph = not single and width >= 0.8 * full \
            and not (line.endswith("。") and (glued or width < 0.93 * full))
    return joined


def _is_row(line: str) -> bool:
    """A table row written as text: a label, then two or more figures."""
    cells = line.split()
    return len(cells) >= 3 and not regex.search(r"[，。；：]", cells[0]) \
        and all(_CELL_NUMBER.match(c) for c in cells[1:])


def _table_end(lines: list[str], i: int) -> int:
    """Where a table that starts at line i (its caption) ends, or i."""
    # caption, two corner words, a header line, then rows of figures
    if i + 4 >= len(lines) or not _is_row(lines[i + 4]):
        return i
    end = i + 4
    while end < len(lines) and _is_row(lines[end]):
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
    if line.startswith("单位") or (len(line) <= 40 and regex.match(r"^20\d\d[-–]", line)):
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
    """A PDF of a bulletin text file."""
    return render_bulletin(bulletin_blocks(sample.read_text(encoding="utf-8")), path, layout)


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
