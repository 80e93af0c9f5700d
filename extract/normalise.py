"""Stage 2, normalise: rewrite the raw text for matching, keeping a map back.

Normalisation is a registry of small named steps (``STEPS``). Each step is a
pure function of the current text that returns either a new text of the same
length (a character-for-character rewrite) or a list of edits
``(start, end, replacement)``. ``normalise`` applies them in order and
composes an offset map, so every character of the result knows the raw
offset it came from, and records how many characters each step changed.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable
from functools import cache, lru_cache
from itertools import pairwise

import regex

from .layout import (
    CONTINUATION_START,
    GROUPED_THOUSANDS,
    LATIN_END,
    LATIN_START,
    MARKER,
    MARKER_ONLY,
    NOTE_LABEL,
    NOTE_WORDS,
    PAGE_NUMBER_LINE,
    PUNCTUATION,
    ROW_ORDINAL,
    SENTENCE_END,
    SPACED_ORDINAL,
    YEAR_DIGITS,
    Wrap,
    cell_spans,
    chart_lines,
    display_width,
    header_cell_spans,
    is_pipe_row,
    is_title,
    prose_wrap_and_tables,
    side_columns,
    space_tables,
    wrapped_header,
)
from .leading import with_leading_test
from .records import NormDoc, RawDoc
from .rules import RuleSet, words_pattern
from .words import word_boundaries

Edit = tuple[int, int, str] | tuple[int, int, str, int]
"""``(start, end, replacement)``, or ``(start, end, replacement, source)``
for text moved from ``text[source:source + len(replacement)]``."""
Step = Callable[[str, RuleSet], "str | list[Edit]"]


def apply_edits(text: str, offsets: list[int], edits: Iterable[Edit]) -> tuple[str, list[int]]:
    r"""Apply sorted, non-overlapping edits to ``text`` and carry its offsets along.

    ``offsets`` has one entry per character plus one for the end. A
    replacement of the same length keeps the offsets of the characters it
    replaces; text moved from elsewhere (an edit's fourth item, where it was)
    keeps its own; any other replacement maps all its characters to the
    offset of the first replaced one.

    >>> apply_edits("a  b", [0, 1, 2, 3, 4], [(1, 3, "")])
    ('ab', [0, 3, 4])
    >>> apply_edits("ab\nc", [0, 1, 2, 3, 4], [(1, 2, ""), (4, 4, "b", 1)])
    ('a\ncb', [0, 2, 3, 1, 4])
    """
    parts: list[str] = []
    new_offsets: list[int] = []
    position = 0
    for start, end, replacement, *moved in edits:
        parts.append(text[position:start])
        new_offsets.extend(offsets[position:start])
        parts.append(replacement)
        if moved:
            new_offsets.extend(offsets[moved[0]:moved[0] + len(replacement)])
        elif len(replacement) == end - start:
            new_offsets.extend(offsets[start:end])
        else:
            new_offsets.extend([offsets[start]] * len(replacement))
        position = end
    parts.append(text[position:])
    new_offsets.extend(offsets[position:])
    return "".join(parts), new_offsets


def _regex_edits(pattern: regex.Pattern[str], text: str,
                 replace: Callable[[regex.Match[str]], str]) -> list[Edit]:
    return [(m.start(), m.end(), replace(m)) for m in pattern.finditer(text)]


# --- the steps -------------------------------------------------------------------------

# A form feed after a line break (a page break, as a PDF's raw text has it) is
# no line of its own: a table or sentence running on over the page stays whole.
_NEWLINES = regex.compile(r"(?:\r\n?|\n)?\x0c|\r\n?|[\u2028\u2029\x0b\x85]")


def unify_newlines(text: str, rules: RuleSet) -> list[Edit]:
    r"""CR LF, CR, form feeds and Unicode line separators become LF.

    >>> unify_newlines("a\r\nb", None)
    [(1, 3, '\n')]
    >>> unify_newlines("a\n\x0cb", None)
    [(1, 3, '\n')]
    """
    return _regex_edits(_NEWLINES, text, lambda m: "\n")


_INVISIBLE = regex.compile(r"[\x00-\x08\x0e-\x1f\x7f\u00ad\u200b-\u200f\u2060\ufeff]+")


def drop_invisible(text: str, rules: RuleSet) -> list[Edit]:
    """Zero-width characters, soft hyphens, NULs and other control characters go.

    >>> drop_invisible("2\u200b024", None)
    [(1, 2, '')]
    """
    return _regex_edits(_INVISIBLE, text, lambda m: "")


# (A substitution: translating by a table is several times slower.)
_SPACES = regex.compile("[\t\xa0\u1680\u2000-\u200a\u202f\u205f\u3000]")


def unify_spaces(text: str, rules: RuleSet) -> list[Edit]:
    """Tabs, no-break and ideographic spaces become plain spaces; an
    ideographic space between words two, as wide a gap as the cells of a
    table aligned by spaces have (区　PM2.5 年均浓度: two cells, not three).

    >>> unify_spaces("a\u3000b c\xa0d", None)
    [(1, 2, '  '), (5, 6, ' ')]
    """
    edits: list[Edit] = []
    for m in _SPACES.finditer(text):
        start, end = m.span()
        between_words = m.group() == "\u3000" and start > 0 and not text[start - 1].isspace() \
            and not text[end:end + 1].isspace()
        edits.append((start, end, "  " if between_words else " "))
    return edits


# A page, or a fragment of one (an article's body saved alone: <h1>…</h1><p>…).
_HTML_DOCUMENT = regex.compile(
    r"^\s*(?:<!doctype\s+html|<html|<\?xml|<(?:h[1-6]|p|div|table|section|article)[\s>])"
    r"|<body[\s>]", regex.I)
# A site's menu: a <nav>, or a list whose every item is one short link
# (首页, 机构设置 …). It is page furniture, and its many lines would push the
# page's title out of the first lines, where the title is looked for.
_MENU = (r"<nav\b[^>]*>.*?</nav\s*>"
         r"|<(?P<list>ul|ol)\b[^>]*>\s*(?:<li\b[^>]*>\s*<a\b[^>]*>[^<]{0,20}</a>\s*</li>\s*)+"
         r"</(?P=list)\s*>")
_HTML_LAYOUT = regex.compile(
    r"(?P<drop><(?P<element>script|style|head|noscript|template)\b[^>]*>.*?</(?P=element)\s*>"
    rf"|{_MENU}|<!--.*?-->|<![A-Za-z][^>]*>|<\?[^>]*\?>)"
    r"|(?P<row><tr\b[^>]*>)"
    r"|(?P<cell></t[dh]\s*>)"
    r"|(?P<cell_start><t[dh]\b[^>]*>)"
    r"|(?P<block></?(?:p|div|br|li|ul|ol|h[1-6]|table|tbody|thead|tfoot|tr|section|article"
    r"|blockquote|pre|caption|center)\b[^>]*>)"
    r"|(?P<space>[ \t]*\n\s*)",
    regex.I | regex.S)


def html_document(text: str, rules: RuleSet) -> list[Edit]:
    r"""A web page's layout becomes lines: scripts, styles, the head and comments go,
    line breaks of the source are spaces (as in a browser), block elements start
    lines (but inside a table cell) and table rows become pipe rows
    (``| 指标 | 数值 |``). Inline tags and
    entities are left to ``html_remnants``. Text that is not an HTML document
    is left alone.

    >>> html_document("<html><p>参保\n人数</p><tr><td>1</td></tr>", None)[3:]
    [(18, 22, '\n|'), (22, 26, ''), (27, 32, ' |'), (32, 37, '\n')]
    """
    if not _HTML_DOCUMENT.search(text, 0, 4096):
        return []
    replacement = {"drop": "", "row": "\n|", "cell": " |", "cell_start": "", "block": "\n",
                   "space": " "}
    edits: list[Edit] = []
    in_cell = False  # a cell's paragraphs (<td><p>61.38</p></td>) stay in its row
    grid = _SpanGrid()
    # Per open table: whether its current cell is a page's layout, not data.
    layout = [False]
    row_edit = -1  # the edit that started the current row, while it has no cell
    for m in _HTML_LAYOUT.finditer(text):
        kind = m.lastgroup if m.lastgroup not in ("element", "list") else "drop"
        tag = m.group().lower()
        if kind == "block" and tag.startswith("<table"):
            layout.append(False)
        elif kind == "block" and tag.startswith("</table") and len(layout) > 1:
            layout.pop()
        if kind == "cell_start" and _is_layout_cell(text, m.end()):
            # An article set in a layout cell: its paragraphs are lines of
            # prose, and the row it stands in is none.
            layout[-1], in_cell = True, False
            if row_edit >= 0:
                edits[row_edit] = (*edits[row_edit][:2], "\n")
            row_edit = -1
            edits.append((m.start(), m.end(), "\n"))
            continue
        if kind == "cell" and layout[-1]:
            layout[-1] = False
            edits.append((m.start(), m.end(), "\n"))
            continue
        if kind in ("cell_start", "cell", "row"):
            in_cell = kind == "cell_start"
            row_edit = len(edits) if kind == "row" else -1
        written = " " if in_cell and kind == "block" else replacement[kind]
        if kind == "row" or (kind == "block" and tag.startswith("<table")):
            grid.new_row(table=kind == "block")
        elif kind == "cell_start":
            written = " |" * grid.cell(m.group())
        elif kind == "cell":
            written = " |" * grid.colspan
        edits.append((m.start(), m.end(), written))
    return edits


# What ends a cell's own content: the next cell, its end, or a table nested in it.
_CELL_CONTENT_END = regex.compile(r"<(?:/?t[dh]|table)\b", regex.I)
_PARAGRAPH_BREAK = regex.compile(r"<(?:p|br|div|h[1-6])\b", regex.I)
_LAYOUT_SENTENCES = 2  # sentences in paragraphs of their own: an article, not a cell's text


def _is_layout_cell(text: str, start: int) -> bool:
    """Whether the table cell whose content starts at ``start`` lays out a
    page (an old site's article in ``<td class="content">``): it holds a
    table of its own, or paragraphs of sentences, where a data cell holds a
    figure or a name, perhaps wrapped (``<p>政策范围内</p><p>比例</p>``)."""
    end = _CELL_CONTENT_END.search(text, start)
    if end is not None and end.group().lower() == "<table":
        return True
    content = text[start:end.start() if end else len(text)]
    return len(_PARAGRAPH_BREAK.findall(content)) >= 2 and content.count("。") >= _LAYOUT_SENTENCES


_SPAN = regex.compile(r"""\b(?P<which>rowspan|colspan)\s*=\s*["']?\s*(?P<n>\d{1,3})""", regex.I)


class _SpanGrid:
    """Where a table's merged cells (rowspan, colspan) stand, so that every
    row has a cell for each column it spans: an empty cell in the rows a cell
    above still covers, and after a cell for each further column it covers."""

    def __init__(self) -> None:
        self.column = 0
        self.colspan = 1
        self.covered: dict[int, int] = {}  # column -> rows below a cell above still covers

    def new_row(self, table: bool = False) -> None:
        if table:
            self.covered = {}
        for column in [c for c in self.covered if c >= self.column]:  # left over at the row's end
            self._pass(column)
        self.column = 0

    def cell(self, tag: str) -> int:
        """Start a cell: how many covered columns come before it."""
        before = 0
        while self.column in self.covered:
            self._pass(self.column)
            self.column += 1
            before += 1
        spans = {m.group("which").lower(): int(m.group("n")) for m in _SPAN.finditer(tag)}
        self.colspan = max(1, min(spans.get("colspan", 1), 50))
        rowspan = max(1, min(spans.get("rowspan", 1), 500))
        for column in range(self.column, self.column + self.colspan):
            if rowspan > 1:
                self.covered[column] = rowspan - 1
        self.column += self.colspan
        return before

    def _pass(self, column: int) -> None:
        self.covered[column] -= 1
        if not self.covered[column]:
            del self.covered[column]


_SUP = regex.compile(r"<sup>\s*[\[［]?\s*(\d{1,3})\s*[\]］]?\s*</sup>", regex.IGNORECASE)
_BLOCK_TAG = regex.compile(r"<(?:br|/p|/div|/tr|/li|/h[1-6]|p|div|tr|li|h[1-6])(?:\s[^<>\n]*)?/?>",
                           regex.IGNORECASE)
_TAG = regex.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>\n]{0,300})?/?>")
_BOLD = regex.compile(r"\*\*")
_ENTITY = regex.compile(r"&(?:nbsp|amp|lt|gt|quot|apos|#\d{1,6}|#x[0-9a-fA-F]{1,5});")
_ENTITIES = {"&nbsp;": " ", "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&apos;": "'"}


def _entity(match: regex.Match[str]) -> str:
    name = match.group()
    if name in _ENTITIES:
        return _ENTITIES[name]
    code = int(name[3:-1], 16) if name[2] in "xX" else int(name[2:-1])
    return chr(code) if 0 < code < 0x110000 else ""


def html_remnants(text: str, rules: RuleSet) -> list[Edit]:
    """Markup left over from a web page: ``<sup>[1]</sup>`` becomes the marker ``[1]``,
    block tags become line breaks, other tags and Markdown's bold marks
    (``**一、综合**``) go, entities are decoded.

    >>> html_remnants("7915.67万人<sup>[1]</sup>参加", None)
    [(9, 15, '['), (16, 23, ']')]
    """
    edits: list[Edit] = []
    taken: list[tuple[int, int]] = []
    for m in _SUP.finditer(text):
        edits += [(m.start(), m.start(1), "["), (m.end(1), m.end(), "]")]
        taken.append(m.span())
    for pattern, replace in ((_BLOCK_TAG, lambda m: "\n"), (_TAG, lambda m: ""),
                             (_BOLD, lambda m: ""), (_ENTITY, _entity)):
        for m in pattern.finditer(text):
            if not any(s <= m.start() < e for s, e in taken):
                edits.append((m.start(), m.end(), replace(m)))
                taken.append(m.span())
    return sorted(edits)


_FULLWIDTH = {chr(c): chr(c - 0xFEE0) for c in range(0xFF10, 0xFF1A)}  # digits
_FULLWIDTH |= {chr(c): chr(c - 0xFEE0) for c in range(0xFF21, 0xFF3B)}  # A-Z
_FULLWIDTH |= {chr(c): chr(c - 0xFEE0) for c in range(0xFF41, 0xFF5B)}  # a-z
_FULLWIDTH |= {"％": "%", "．": ".", "＋": "+", "－": "-", "／": "/", "＝": "=", "＜": "<",
               "＞": ">", "［": "[", "］": "]", "＃": "#", "｜": "|", "﹪": "%", "＠": "@",
               "＆": "&", "＿": "_", "＊": "*"}
_FULLWIDTH_TABLE = str.maketrans(_FULLWIDTH)
# (The standard library's re: it scans for a set of plain characters several times faster.)
_ANY_FULLWIDTH = re.compile("[" + "".join(map(re.escape, _FULLWIDTH)) + "]")


def halfwidth(text: str) -> str:
    """``text`` with full-width forms in ASCII. (A search first: translating
    with a table is slow, and most lines have nothing to translate.)"""
    return text.translate(_FULLWIDTH_TABLE) if _ANY_FULLWIDTH.search(text) else text


def fullwidth_to_halfwidth(text: str, rules: RuleSet) -> str:
    """Full-width digits, letters, % and the like become ASCII.

    >>> fullwidth_to_halfwidth("１５３．１６％", None)
    '153.16%'
    """
    return halfwidth(text)


# Clause punctuation becomes the Chinese full-width forms, except where it
# belongs to a number: 1,234 (thousands), 105.23:100 (ratio), 10:52 (time),
# 2020–2024 and 60%—85% (a span, canonical '-').
_PUNCT_TO_FULL = {",": "，", ";": "；", "!": "！", "?": "？", "(": "（", ")": "）", ":": "："}
_PUNCT = regex.compile(r"[,;!?():：∶︰–—―−~～〜]")
_DASHES = "–—―−~～〜"
_THREE_DIGITS_WRAPPED = regex.compile(r"\n?\d(?:\n?\d){2}(?!\d)")


def _between_digits(text: str, at: int) -> bool:
    """Whether the nearest characters around ``at`` that are not white space are digits."""
    before = text[max(0, at - 40):at].rstrip()
    after = text[at + 1:at + 40].lstrip()
    return bool(before) and before[-1].isdigit() and bool(after) and after[0].isdigit()


def canonical_punctuation(text: str, rules: RuleSet) -> str:
    """One form for each punctuation mark, full-width in prose, ASCII inside numbers.

    >>> canonical_punctuation("参保(万人),比例5.5:4.5,2020–2024年,结构6：47", None)
    '参保（万人），比例5.5:4.5，2020-2024年，结构6:47'
    """
    chars = list(text)
    for m in _PUNCT.finditer(text):
        i, ch = m.start(), m.group()
        before = text[i - 1] if i else ""
        after = text[i + 1] if i + 1 < len(text) else ""
        if ch == ",":  # (a page may wrap the number: 1,6⏎52.37亿元)
            thousands = before.isdigit() and (m3 := _THREE_DIGITS_WRAPPED.match(text, i + 1)) \
                and m3.group().count("\n") <= 1
            chars[i] = "," if thousands else "，"
        elif ch in ":：∶︰":  # 10.4：39.7：49.9 is a ratio, also spaced out (5 ：4)
            chars[i] = ":" if _between_digits(text, i) else "："
        elif ch in _DASHES:  # 9—18个月, 60%—85%: a range
            chars[i] = "-" if (before.isdigit() or before in "%‰") and after.isdigit() else ch
        else:
            chars[i] = _PUNCT_TO_FULL[ch]
    return "".join(chars)


# Box-drawing characters (U+2500–U+257F): the horizontal strokes become rules
# of a pipe table's separator row, every other one (│ ┃ ║, the corners and
# junctions ┌ ┬ ┼ ╠ …) a pipe.
_BOX_STROKES = "─━┄┅┈┉═╌╍╼╾"
_BOX_TO_PIPES = str.maketrans({chr(c): "-" if chr(c) in _BOX_STROKES else "|"
                               for c in range(0x2500, 0x2580)})
# A line of a table drawn with them: a wall or a junction on it.
_BOX_WALL_LINE = regex.compile("^[^\n]*[" + "".join(
    chr(c) for c in range(0x2500, 0x2580) if chr(c) not in _BOX_STROKES) + "][^\n]*$",
    regex.MULTILINE)
_BOX_CHARACTER = regex.compile("[\u2500-\u257f]")
# The ASCII border of such a table: +------+----+ (or +====+).
_ASCII_BORDER = regex.compile(r"^[ \t]*\+(?:[-=]+\+)+[ \t]*$", regex.MULTILINE)


def box_drawn_tables(text: str, rules: RuleSet) -> str:
    """A table drawn with box characters (``┌──┬──┐`` / ``│ 小学 │ 41 │`` /
    ``└──┴──┘``), as a PDF or a word processor's text export writes it, or
    with their ASCII form (``+----+----+`` / ``| 小学 | 41 |``), becomes a
    pipe table: its walls pipes, its borders separator rows. Only lines with
    a wall or a junction change: a run of ─ alone is a dash or a rule.

    >>> box_drawn_tables("┌──┬──┐\\n│ a│ 1│\\n+--+--+", None)
    '|--|--|\\n| a| 1|\\n|--|--|'
    """
    if _BOX_CHARACTER.search(text):  # (a search of one range is fast, and most texts have none)
        text = _BOX_WALL_LINE.sub(lambda m: m.group().translate(_BOX_TO_PIPES), text)
    return _ASCII_BORDER.sub(lambda m: m.group().replace("+", "|").replace("=", "-"), text)


def join_table_cell_lines(text: str, rules: RuleSet) -> list[Edit]:
    """A table row written one cell per line (``| 一、参保人数 |`` / ``人 |`` /
    ``714699 |``) becomes one line.

    >>> join_table_cell_lines("| a |\\nb |\\n| c |", None)
    [(5, 6, ' ')]
    """
    edits: list[Edit] = []
    in_row = False
    position = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if is_pipe_row(line):
            in_row = True
        elif in_row and stripped.endswith(("|", "｜")):
            edits.append((position - 1, position, " "))
        else:
            in_row = False
        position += len(line) + 1
    return edits


_INNER_PIPE = regex.compile(r"[|｜]")
_BORDERLESS_ROWS = 2  # lines of a table, at least: one such line is a page's menu or byline


def border_pipe_rows(text: str, rules: RuleSet) -> list[Edit]:
    """Rows of a pipe table written without outer pipes (``城市 | 优良天数比例（%）``
    / ``杭州 | 83.0``), as a web page flattened to text gives them, get their
    outer pipes: consecutive lines with as many pipes each, every cell filled,
    none a sentence, and a figure in some cell.

    >>> from extract.rules import load_rules
    >>> border_pipe_rows("城市 | 比例\\n杭州 | 83.0\\n", load_rules())
    [(0, 0, '| '), (7, 7, ' |'), (8, 8, '| '), (17, 17, ' |')]
    """
    lines = text.split("\n")
    starts = list(itertools.accumulate((len(line) + 1 for line in lines), initial=0))

    def pipes(line: str) -> int:
        cells = _INNER_PIPE.split(line)
        if len(cells) < 2 or not all(c.strip() for c in cells) or "。" in line:
            return 0
        return len(cells) - 1

    edits: list[Edit] = []
    for count, run in itertools.groupby(range(len(lines)), key=lambda k: pipes(lines[k])):
        rows = list(run)
        if not count or len(rows) < _BORDERLESS_ROWS or not any(
                rules.table_rule.pattern.fullmatch(c.strip())
                for k in rows for c in _INNER_PIPE.split(lines[k])):
            continue
        for k in rows:
            edits += [(starts[k], starts[k], "| "), (starts[k] + len(lines[k].rstrip()),
                                                     starts[k] + len(lines[k].rstrip()), " |")]
    return edits


def drop_page_furniture(text: str, rules: RuleSet) -> list[Edit]:
    """Lines of a page's furniture go: a page number alone (``- 3 -``, ``第3页``,
    ``3/12``) or after a running header or footer (``江西省医疗保障局  — 1 —``),
    the running header below a page number (``_running_header``), the title
    repeated at the top of later pages, and a list of contents
    (``一、基本医疗保险 ……… 1``, or after 目录 ``二、医疗救助<tab>3``).

    >>> drop_page_furniture("正文\\n- 3 -\\n正文", None)
    [(3, 8, '')]
    """
    # One scan for the patterns of furniture lines; the title's repeats and a
    # list of contents only where the text has them.
    edits = {m.start(): (m.start(), m.end(), "") for m in PAGE_NUMBER_LINE.finditer(text)}
    for number in list(edits.values()):
        # A running header or footer that is the issuing body's name alone
        # (平遥县统计局) beside the page number.
        before = text.rfind("\n", 0, max(0, number[0] - 1)) + 1
        for body in (_BODY_LINE.fullmatch(text, before, max(before, number[0] - 1)),
                     _BODY_LINE.match(text, number[1] + 1)):
            if body:
                edits[body.start()] = (body.start(), body.end(), "")
        # The running header at the top of the next page (徐州市卫生健康委员会
        # <spaces> 2022 年…统计公报): a title's words beside its publisher's.
        head = _RUNNING_HEADER.match(text, number[1])
        if head and is_title(head.group("line").strip()):
            edits[head.start("line")] = (head.start("line"), head.end("line"), "")
        elif head := _running_header(text, number) or _repeated_header(text, number):
            edits[head[0]] = (*head, "")
    for number in _bare_page_numbers(text):
        edits[number[0]] = (*number, "")
    # A running header that names the bulletin with the page number at the
    # margin, wide spaces between (某某监测报告（2023）      3): no sentence
    # names its release and ends in a bare number so.
    for line in _TITLE_BESIDE_NUMBER.finditer(text):
        if is_title(line.group("head").strip()):
            edits[line.start()] = (line.start(), line.end(), "")
    for end in _FURNITURE_END.finditer(text):  # rare marks first: the whole line then
        line_start = text.rfind("\n", 0, end.start()) + 1
        line = _FURNITURE_LINE.match(text, line_start, end.end())
        if line:
            edits[line_start] = (line_start, line.end(), "")
    first = _FIRST_LINE.search(text)
    title = first.group().strip() if first else ""
    if title and is_title(title):
        at = text.find(title, first.end())
        while at >= 0:
            line_start = text.rfind("\n", 0, at) + 1
            line_end = text.find("\n", at)
            line_end = len(text) if line_end < 0 else line_end
            if text[line_start:line_end].strip() == title:
                edits[line_start] = (line_start, line_end, "")
            at = text.find(title, at + len(title))
    for head in _CONTENTS_HEAD.finditer(text):
        position = head.end() + 1
        for line in text[position:].split("\n"):
            if line.strip() and not _CONTENTS_ENTRY.match(line):
                break
            if line.strip():
                edits[position] = (position, position + len(line), "")
            position += len(line) + 1
    return [edits[k] for k in sorted(edits)]


def _running_header(text: str, number: tuple[int, int, str]) -> tuple[int, int] | None:
    """Where the running header at the top of the page after a page number
    stands (blank lines between): a line of no clause that names the issuing
    body and its series (某县统计局·统计信息), an issue of a periodical
    (湖南统计信息（第158期）) or the release and its year (浙江省住房公积金 2022 年
    年度报告, which a page break may put between the rows of a table), or,
    where the page cut a sentence (so no heading or caption can open the next
    page), one that names the bulletin (全国电力工业统计快报): the sentence goes
    on below it."""
    head = _NEXT_LINE.match(text, number[1])
    if head is None:
        return None
    line = head.group("line").strip()
    if PUNCTUATION.search(line):
        return None
    named = bool(_BODY_LINE.fullmatch(line) or _ISSUE_LINE.fullmatch(line)
                 or _RELEASE_LINE.fullmatch(line))
    if not named:
        before = text[:number[0]].rstrip()
        last = before[before.rfind("\n") + 1:].strip()
        cut = bool(last) and not (SENTENCE_END.search(last) or is_pipe_row(last)
                                  or _ALIGNED.search(last) or last.endswith(("：", ":")))
        named = cut and is_title(line)
    return head.span("line") if named else None


def _repeated_header(text: str, number: tuple[int, int, str]) -> tuple[int, int] | None:
    """Where the line at the top of the page after a page number stands when it
    is a running header by repetition: a short line of no clause, no table row
    or caption, that stands alone on another line of the text too (the
    report's title on its cover and on every page: 2024年某市知识产权发展与保护
    状况). A heading or a sentence is not written twice."""
    head = _NEXT_LINE.match(text, number[1])
    if head is None:
        return None
    line = head.group("line").strip()
    if (len(line) > 40 or PUNCTUATION.search(line) or _ALIGNED.search(line)
            or _CAPTION_START.match(line) or not regex.search(r"\p{Han}{4}", line)):
        return None
    repeats = regex.finditer(rf"(?m)^[ \t]*{regex.escape(line)}[ \t]*$", text)
    return head.span("line") if sum(1 for _ in repeats) >= 2 else None


_TITLE_BESIDE_NUMBER = regex.compile(
    r"^[ \t]*(?:(?P<head>\S[^\n]*?\S)[ \t]{4,}\d{1,3}"
    r"|\d{1,3}[ \t]{4,}(?P<head>\S[^\n]*?\S))[ \t]*$",
    regex.MULTILINE)
_CAPTION_START = regex.compile(r"(?:附)?表[ \t]*\d|图[ \t]*\d|注")


def _bare_page_numbers(text: str) -> list[tuple[int, int]]:
    """Where the bare page numbers stand (1, 2, 3 alone between blank lines,
    as a PDF's text gives a page's foot): such lines that count up by one, a
    page of text apart or more (a chart's ticks, a list's figures stand close)."""
    found = [(m.start(), m.end(), int(m.group("n"))) for m in _BARE_NUMBER_LINE.finditer(text)]
    pages: set[int] = set()
    for (s0, _, n0), (s1, _, n1) in pairwise(found):
        if n1 == n0 + 1 and s1 - s0 >= _PAGE_CHARACTERS:
            pages |= {s0, s1}
    return [(start, end) for start, end, _ in found if start in pages]


# A line of one number with blank lines (or the text's edge) around it.
_BARE_NUMBER_LINE = regex.compile(
    r"(?<=(?:^|\n)[ \t]*\n)[ \t]*(?P<n>\d{1,3})[ \t]*(?=\n[ \t]*(?:\n|$)|$)")
_PAGE_CHARACTERS = 300  # a page of prose holds more
_ALIGNED = regex.compile(r"\S[ \t]{2,}\S")  # a row of a table aligned by spaces
# The next line that is not blank.
_NEXT_LINE = regex.compile(r"[ \t]*(?:\n[ \t]*)+(?P<line>\S[^\n]*)")
# A periodical's name and issue (湖南统计信息（第158期）, 统计分析2019年第3期), after
# its publisher's name where the header gives it (某县调查队　统计分析　2023年第5期).
_ISSUE_LINE = regex.compile(
    r"(?:\p{Han}{2,20}[ \t]+)?\p{Han}{2,20}"
    r"[ \t]*[（(]?[ \t]*(?:\d{4}[ \t]*年[ \t]*)?第[ \t]*\d{1,4}[ \t]*期[ \t]*[)）]?")


# Lines of furniture: a page number alone (PAGE_NUMBER_LINE), a running header
# or footer with one (江西省医疗保障局    — 1 —), an entry of contents with
# leaders (一、基本医疗保险 ……………… 1).
_FURNITURE_LINE = regex.compile(
    r"[ \t]*(?:\S[^\n]{0,40}?[ \t]+[-—－][ \t]*\d{1,4}[ \t]*[-—－]"
    r"|\S[^\n]{0,60}?(?:…{2,}|\.{4,}|·{4,}|．{4,})[ \t]*\d{1,4})[ \t]*$")
_FURNITURE_END = regex.compile(
    r"(?:[-—－][ \t]*\d{1,4}[ \t]*[-—－]|(?:…{2,}|\.{4,}|·{4,}|．{4,})[ \t]*\d{1,4})[ \t]*$",
    regex.MULTILINE)
_BODY_LINE = regex.compile(
    r"[ \t]*\p{Han}{2,20}?(?:局|厅|委员会|办公室|人民政府|中心)"
    # (and its series, ·统计信息, or the release it heads, wide apart and no
    # clause: 澳门统计暨普查局        2024年12月入境旅客)
    r"(?:[ \t]*[·•・][ \t]*\p{Han}{2,12}|[ \t]{2,}[^\s，。；：,;:][^\n，。；：,;:]{0,29}?)?"
    r"[ \t]*(?=\n|$)")
# The line after a page number, blank lines between, its words apart by wide spaces.
_RUNNING_HEADER = regex.compile(
    r"(?:[ \t]*\n)+(?P<line>[ \t]*\S[^\n]*?\S[ \t]{4,}\S[^\n]*)(?=\n|$)")
# A line that names the release and its year: a 公报 or 报告 of a year, no
# clause in it, no table's caption.
_RELEASE_LINE = regex.compile(
    r"(?!(?:附)?表[ \t]*\d|\d{1,2}[.．、])(?=[\p{Han}\d])"
    r"[^\n，。；：、,;:]{0,30}?(?:19|20)\d{2}[ \t]*年[^\n，。；：、,;:]{0,20}?"
    r"(?:公报|快报|年报|报告|年鉴|通报)")
_FIRST_LINE = regex.compile(r"^[ \t]*\S[^\n]*", regex.MULTILINE)
_CONTENTS_HEAD = regex.compile(r"^[ \t]*目[ \t]*录[ \t]*$", regex.MULTILINE)
_CONTENTS_ENTRY = regex.compile(r"^[^\n]{1,60}?[\t ]\d{1,4}[ \t]*$")


def part_side_columns(text: str, rules: RuleSet) -> list[Edit]:
    """Two columns of text set side by side (a box printed beside the prose,
    layout.side_columns) are read one after the other: the right column's
    lines move, as lines of their own, after the left column's paragraph.
    Each column wraps at its own width (新能源产业：全县新能源 / 产业实现…, where
    the break parts two words): a line that fills its column goes on in the
    next, unless it ends a sentence.

    >>> text = ("营业收入1586.3亿元，比上年    资料链接\\n"
    ...         "增长29.1%。年末全县规模     全县新能源产业实现\\n"
    ...         "以上工业企业812家。         产值742.6亿元。")
    >>> apply_edits(text, list(range(len(text) + 1)), part_side_columns(text, None))[0]
    '营业收入1586.3亿元，比上年增长29.1%。年末全县规模以上工业企业812家。\\n资料链接\\n全县新能源产业实现产值742.6亿元。'
    """
    lines = text.split("\n")
    starts = [0]
    for line in lines[:-1]:
        starts.append(starts[-1] + len(line) + 1)
    edits: list[Edit] = []
    for run in side_columns(lines):
        lefts = [lines[i][:gap].strip() for i, gap, _ in run]
        rights = [lines[i][right:].rstrip() for i, _, right in run]
        left_wrap = Wrap(max(map(display_width, lefts)))
        right_wrap = Wrap(max(map(display_width, rights)))
        last, gap, right = run[-1]
        width = display_width(lines[last][:right])
        # The left column's sentence may go on below the box, as narrow lines.
        while not SENTENCE_END.search(lines[last][:gap] if last == run[-1][0]
                                      else lines[last].rstrip()) \
                and last + 1 < len(lines) and lines[last + 1].strip() \
                and display_width(lines[last + 1].rstrip()) < width:
            last += 1
        at = starts[last] + len(lines[last])
        moved: list[Edit] = []
        for k, (i, gap, right) in enumerate(run):
            end = starts[i] + len(lines[i])
            if k + 1 < len(run) and _fills(lefts[k], lefts[k + 1], left_wrap):
                indent = len(lines[i + 1]) - len(lines[i + 1].lstrip())
                edits.append((starts[i] + gap, starts[i + 1] + indent,
                              _glue(lefts[k][-1], lefts[k + 1][0], wrapped=True)))
            else:
                edits.append((starts[i] + gap, end, ""))
            goes_on = k and _fills(rights[k - 1], rights[k], right_wrap)
            moved += [(at, at, _glue(rights[k - 1][-1], rights[k][0], wrapped=True)
                       if goes_on else "\n"),
                      (at, at, rights[k], starts[i] + right)]
        edits += [edit for edit in moved if edit[2]]
    return sorted(edits, key=lambda edit: edit[:2])


def _fills(line: str, following: str, wrap: Wrap) -> bool:
    """A column's line that reaches its width and ends no sentence: it goes on."""
    return bool(line) and bool(following) and not SENTENCE_END.search(line) \
        and wrap.is_full(line, following)


def join_hard_breaks(text: str, rules: RuleSet) -> list[Edit]:
    """Line breaks inside a sentence go (with the blank lines and spaces around them).

    A break is inside a sentence when the next line cannot start one (it starts
    with a comma or a unit after a number, or is only a footnote marker), or
    when the text is hard-wrapped and the line reaches the wrap width without
    ending its sentence. Headings, tables and captions keep their lines.
    Where the text indents its paragraphs, a full line that ends a sentence
    also goes on in the next line if that one is not indented. A table
    header's cells wrapped onto the next line join their first lines.
    """
    lines = text.split("\n")
    starts = [0]
    for line in lines[:-1]:
        starts.append(starts[-1] + len(line) + 1)
    # Tables are found in the simplified script, as the segmenter finds them
    # (units and captions are words of the rules: 百萬元 is 百万元).
    wrap, tables = prose_wrap_and_tables(to_simplified(text).split("\n"), rules)
    # (A chart's lines, labels over their figures, are no sentence to join.)
    keep = {i for table in tables for i in table.lines} | chart_lines(lines)
    indents = _indents_paragraphs(lines, wrap)
    # (and wraps its lines back to the margin: an indented line begins a paragraph)
    opens = indents and _wraps_to_margin(lines, wrap)
    nonblank = [i for i, line in enumerate(lines) if line.strip()]
    # Notes printed at a page's foot between the parts of a paragraph or a
    # table that runs over the page: the parts join as if the notes were not
    # there, and the notes follow the paragraph or the table.
    notes = _notes_between_parts(lines, nonblank, wrap, rules, indents)
    noted = {i for block, _ in notes.values() for i in block}
    nonblank = [i for i in nonblank if i not in noted]
    joined: set[int] = set()  # lines joined to the next
    edits: list[Edit] = []
    # A short line glued to the one before by a comma or a lone marker was one
    # line in the source (a superscript split it): its width is theirs together.
    carried = ""
    in_notes: set[int] = set()  # lines that go on with a note's text
    for k, (a, b) in enumerate(pairwise(nonblank)):
        line_a, line_b = lines[a].strip(), lines[b].strip()
        physical, carried = carried + line_a, ""
        runs_on = indents and _continues_paragraph(lines[b])
        # b as it will read with a line glued after it (0 / %) or its unit (0 /
        # 支), for its figure: so a second pass, which reads them as one line, joins
        # as this one did.
        after = lines[nonblank[k + 2]].strip() if k + 2 < len(nonblank) else ""
        glued_after = bool(after) and (_glued(after) or _unit_follows(line_b, after, rules))
        b_read = line_b + after if glued_after else line_b
        cut = a in notes and not notes[a][1]  # by the page, past its notes
        in_note = a in in_notes or bool(_NOTE_TEXT.match(line_a))
        if b > a + 1 and _INDENT.match(lines[b]):
            continue  # a paragraph indented after a blank line begins anew
        if opens and _INDENT.match(lines[b]) and (
                (physical[-1:].isdigit() and line_b[:1].isdigit())
                or not _joins(physical, line_b, Wrap(0), rules, runs_on, b_read)):
            # …浏览次数：1263 / 　　2024年，全市…: that a line is full does not join
            # it to a paragraph indented after it, nor does a number go on into
            # one; only what the words say joins them (…其中发明专利授权 / 　　816件)
            continue
        if a in keep or b in keep or not (
                cut or _joins(physical, line_b, wrap, rules, runs_on, b_read)
                or (in_note and _note_goes_on(physical, lines[b], wrap, rules, indents))):
            continue
        if in_note:
            in_notes.add(b)
        if _glued(line_b) and wrap.width and not wrap.is_full(physical):
            carried = physical
        end_a = starts[a] + len(lines[a].rstrip())
        start_b = starts[b] + len(lines[b]) - len(lines[b].lstrip())
        # Cut by the page's width, or inside a number (no number begins 0 and
        # a digit: 2 / 022年).
        wrapped = cut or wrap.is_full(physical, line_b) or bool(_NUMBER_TAIL.match(line_b))
        edits.append((end_a, start_b, _glue(text[end_a - 1], text[start_b], wrapped)))
        joined.add(a)
    edits += _moved_notes(text, lines, starts, nonblank, notes, joined)
    for table in tables:
        if table.header is not None and table.wrapped is not None:
            edits += _header_cell_joins(lines, starts, table.header, table.wrapped, rules)
        if table.stub is not None and table.header is not None:
            # The label column's name goes into the header's line, at its place.
            stub = lines[table.stub].rstrip()
            header = lines[table.header]
            if display_width(header) - display_width(header.lstrip()) < display_width(stub):
                # (A PDF's text without layout leaves it no room: 单位数 从业人员 / 地 区.)
                name = stub.strip()
                at = starts[table.stub] + stub.index(name)
                edits += [(starts[table.header], starts[table.header], name, at),
                          (starts[table.header], starts[table.header], " ")]
            else:
                edits.append((starts[table.header], starts[table.header] + display_width(stub),
                              stub, starts[table.stub]))
    # By position only: header cells inserted at one point keep their columns' order.
    return sorted(edits, key=lambda edit: edit[:2])


# A footnote's text at a page's foot: a marker and words ([2]规模以上…, ①…), or
# a note label (注：…); not a marker before a figure ([2]312.6元, a wrapped line)
# or a mark ([1]。, the end of a sentence the page pushed down).
_NOTE_START = regex.compile(
    rf"^\s*(?:{MARKER}\s*(?=[^\d\s.\-+，。；、,;)）])|(?:注释?|说明)\s*\d{{0,2}}\s*[：:])")
_NOTE_LINES = 4  # a page's foot holds a few lines of notes
_CUT_WIDTH = 20  # narrower lines are headings, captions, the ends of paragraphs


def _notes_between_parts(lines: list[str], nonblank: list[int], wrap: Wrap, rules: RuleSet,
                         indents: bool) -> dict[int, tuple[list[int], bool]]:
    """Footnotes printed at a page's foot between two parts of a paragraph or
    table that runs over the page (raw text keeps a page's lines in order):
    by the line before them, their lines and whether they part a table.

    They start with a footnote's marker or a note label and end a sentence;
    the line before them does not end its own, and the line after them goes
    on with it (…总额3875.6 / [2]规模以上…。 / 亿元，…), or both are rows of
    one table (a table's rows, a note, its header repeated over the rest)."""
    notes: dict[int, tuple[list[int], bool]] = {}
    for k, a in enumerate(nonblank):
        first = k + 1
        if first >= len(nonblank) or not _NOTE_START.match(lines[nonblank[first]]):
            continue
        ends = [j for j in range(first, min(first + _NOTE_LINES, len(nonblank)))
                if SENTENCE_END.search(lines[nonblank[j]].rstrip())]
        ends = [j for j in ends if j + 1 < len(nonblank)
                and not _NOTE_START.match(lines[nonblank[j + 1]])]
        if not ends:
            continue
        block, c = nonblank[first:ends[0] + 1], nonblank[ends[0] + 1]
        line_a, line_c = lines[a].strip(), lines[c].strip()
        if is_pipe_row(line_a) and is_pipe_row(line_c):
            if line_a.count("|") == line_c.count("|"):
                notes[a] = (block, True)
            continue
        if SENTENCE_END.search(line_a) or is_pipe_row(line_a) or is_pipe_row(line_c) \
                or _starts_block(line_c, rules) or _STARTS_WITH_MARKER.match(lines[c]):
            continue
        runs_on = indents and _continues_paragraph(lines[c])
        # A line of prose cut short by the page: as wide as the prose (where
        # lines are wrapped), and the next page goes on without an indent.
        cut = not (_starts_block(line_a, rules) or is_title(line_a) or _INDENT.match(lines[c])) \
            and display_width(line_a) >= _CUT_WIDTH and (not wrap.width or wrap.is_full(line_a))
        if cut or _joins(line_a, line_c, wrap, rules, runs_on, line_c):
            notes[a] = (block, False)
    return notes


def _moved_notes(text: str, lines: list[str], starts: list[int], order: list[int],
                 notes: dict[int, tuple[list[int], bool]], joined: set[int]) -> list[Edit]:
    """Edits that move the notes between the parts of a paragraph (joined
    past them) after its last line, and those between a table's parts after
    its last row (``order``: the lines left once the notes are out)."""
    edits: list[Edit] = []
    position = {line: k for k, line in enumerate(order)}
    for a, (block, table) in notes.items():
        if not table and a not in joined:
            continue
        source = starts[a] + len(lines[a])  # the line feed before the notes
        end = starts[block[-1]] + len(lines[block[-1]])
        k = position[a] + 1
        if table:
            edits.append((source, end, ""))
            while k + 1 < len(order) and is_pipe_row(lines[order[k + 1]].strip()):
                k += 1
        else:
            while order[k] in joined and k + 1 < len(order):
                k += 1
        last = order[k]
        at = starts[last] + len(lines[last])
        edits.append((at, at, text[source:end], source))
    return edits


_COMPARED_YEAR_GAP = regex.compile(
    r"(?<=\p{Han}[比较与])[ \t]+(?=\d)|(?<=(?:19|20)\d\d)[ \t]+(?=年)")


_PADDING = regex.compile(r"(?<=\p{Han})[ \t\u3000]+(?=\p{Han})")


def _header_cell_joins(lines: list[str], starts: list[int], top: int, below: int,
                       rules: RuleSet) -> list[Edit]:
    """Edits that move the words of a header's line ``below`` up into the
    cells of line ``top`` they go on with (or between them, a cell of their
    own, as the columns stand), and drop line ``below``: one header line.

    >>> from extract.rules import load_rules
    >>> _header_cell_joins(["指标    比上年", "        增长"], [0, 10], 0, 1, load_rules())
    [(9, 9, '增长'), (9, 20, '')]
    """
    cells = wrapped_header(to_simplified(lines[top]), to_simplified(lines[below]), rules) or []
    heads = [next((s for line, s, _ in cell if line == 0), None) for cell in cells]
    edits: list[Edit] = []
    for k, cell in enumerate(cells):
        moved = [lines[below][s:e] for line, s, e in cell if line == 1]
        if not moved:
            continue
        ends = [e for line, _, e in cell if line == 0]
        # (A comparison and its year are one name, not two cells: 营业收入比 2018 年
        # / 增长（%）, in a PDF's text without layout.)
        edits += [(starts[top] + gap.start(), starts[top] + gap.end(), "")
                  for _, s, e in cell[:1] for gap in _COMPARED_YEAR_GAP.finditer(lines[top], s, e)]
        if ends:  # the cell's first line: the wrapped word goes on after it
            at = starts[top] + ends[-1]
            edits.append((at, at, _glue(lines[top][ends[-1] - 1], moved[0][0]) + moved[0]))
            continue
        after = next((s for s in heads[k + 1:] if s is not None), None)
        at = starts[top] + (after if after is not None else len(lines[top].rstrip()))
        moved[0] = _PADDING.sub("", moved[0])  # (a name padded to its column: 年  份)
        edits.append((at, at, moved[0] + "  " if after is not None else "  " + moved[0]))
    end = starts[top] + len(lines[top])
    return [*edits, (end, starts[below] + len(lines[below]), "")]


def _wrapped_line_joins(text: str, offsets: list[int], line_ends: tuple[int, ...],
                        rules: RuleSet) -> list[Edit]:
    """Edits that join the lines whose raw line feeds (``line_ends``) are still
    line feeds of ``text``, unless the next line opens a heading (a list of
    contents wraps nothing). A space the steps put between two digits in
    place of such a line feed goes: the page cut a number there."""
    edits: list[Edit] = []
    # (By a map, not a search: moved notes leave the offsets out of order.)
    breaks = {offsets[at]: at for at, char in enumerate(text) if char == " "}
    breaks |= {offsets[at]: at for at, char in enumerate(text) if char == "\n"}
    for end in line_ends:
        at = breaks.get(end, -1)
        if not 0 < at < len(text) - 1:
            continue
        if text[at] == " " and text[at - 1].isdigit() and text[at + 1].isdigit():
            edits.append((at, at + 1, ""))
            continue
        if text[at] != "\n":
            continue
        line_end = text.find("\n", at + 1)
        if _starts_block(text[at + 1:line_end if line_end >= 0 else len(text)], rules):
            continue
        edits.append((at, at + 1, _glue(text[at - 1], text[at + 1], wrapped=True)))
    return edits


def _glue(left: str, right: str, wrapped: bool = False) -> str:
    """What joins two lines: a space between ASCII words, else nothing. A
    line the page ``wrapped`` between two digits cut a number (2 / 022年,
    1 / 2.5%), as a page's width cuts a figure anywhere: its digits join."""
    if wrapped and left.isdigit() and right.isdigit():
        return ""
    return " " if left.isascii() and left.isalnum() and right.isascii() and right.isalnum() else ""


def _joins(a: str, b: str, wrap: Wrap, rules: RuleSet, runs_on: bool = False,
           b_read: str = "") -> bool:
    """Whether line ``b`` continues the sentence (or, if ``runs_on``, the
    paragraph) of line ``a`` (``b_read``: b with the line glued after it)."""
    if _glued(b):
        return True
    if is_title(a) and _ENDS_WITH_YEAR.search(a):
        return False  # 大邑年鉴2024 / 户籍人口…: a title's year, no figure
    if _unit_follows(a, b, rules):
        return True
    unit = not (a[-1].isdigit() and _begins_word(b, rules))
    if unit and _unit_goes_on(a, b, rules):
        return True
    if MARKER_ONLY.match(a):
        return False
    if (SENTENCE_END.search(a) and not runs_on) or is_pipe_row(a) or is_pipe_row(b) \
            or is_title(b):
        return False
    if _PERIOD_ROW.match(b):
        return False  # 近五年…情况 / 2018年 63061亿元: a row set apart by its period's label
    if is_title(a):
        # …共收到…事件报告 / 5.2万份，…: what reads as a report's title is the
        # subject of the figure that starts the next line.
        return _starts_with_figure(_MARKER_START.sub("", b_read or b), rules) \
            and not _YEAR_TITLE_START.match(a)
    if a.endswith(_LIST_GOES_ON):  # 第一、/ 二、三产业…: no heading follows 、 or ，
        return True
    if _change_end(rules).search(a) and "，" in a and _AMOUNT_START.match(b):
        # …，比去年同期增加 / 11天。: a change's verb wants its amount, in a sentence
        # (not a headline's 生猪价格连续三周回落 / 12月第1周…, nor a date after it)
        return True

    if _starts_block(b, rules):
        return False
    if _ONE_CHARACTER_CLAUSE.search(a):  # …按年上升14.9%，不 / 過夜旅客…: a word cut, not a clause
        return True
    if a.endswith(_OBJECT_WANTED) and "，" in a:  # (in a sentence: not a name's 和)
        return True
    if _COPULA_BEFORE_FIGURE.match(b) and _SUBJECT_END.search(a):
        return True  # …初中文化程度的人口 / 为1906291人: no sentence starts so
    if (lead := _change_lead(rules).match(b)) and _SUBJECT_END.search(a) \
            and _starts_with_figure(b[lead.end():], rules):
        return True  # nor so: …规模以上工业企业利润 / 增长6.8% (a title wrapped)
    # A heading's line ends its title, commas and all ((三)分规模看，大中型企业景气度较高).
    heading = _starts_block(a, rules) and "。" not in a
    if _CLAUSE_GOES_ON.search(a) and _WORDS_TO_FIGURE.match(b) and not heading:
        return True  # …，其中，市辖区内人户 / 分离人口为305412人: a clause's subject cut
    # 年末常住人口 / 356.2万人: a subject, then its figure on the next line (a <br>
    # in a web page). A figure does not begin a sentence; dates and years do.
    # A footnote's marker may stand on either side of the break (门诊费用 /
    # [2]312.6元, 门诊费用[2] / 312.6元), where a superscript met the margin.
    # (A heading's line that runs on into prose, 2.经营净收入保持增长。农村…增长, is prose.)
    return wrap.is_full(a, b) or (_SUBJECT_END.search(_MARKER_END.sub("", a)) is not None
                                  and _starts_with_figure(_MARKER_START.sub("", b_read or b),
                                                          rules)
                                  and not heading) \
        or (_word_across(a, b) and not heading)


def _unit_follows(a: str, b: str, rules: RuleSet) -> bool:
    """455.53 / 万人: a figure, then its unit on the next line (％ is still
    full-width here); not 浏览次数：5632 / 根据…, where the unit's character
    begins a word."""
    return a[-1:].isdigit() and not _begins_word(b, rules) \
        and rules.unit_start.match(halfwidth(b[:_FIGURE_REACH])) is not None


def _begins_word(b: str, rules: RuleSet) -> bool:
    """Whether ``b`` starts with a unit of one character (no scale) that is
    the first of a longer word (根据, 个人, 台湾): no figure's unit, so no
    figure at the end of the line before goes on into it."""
    unit = rules.unit_start.match(halfwidth(b[:_FIGURE_REACH]))
    return unit is not None and unit.end() == 1 and _HAN.match(b[0]) is not None \
        and b[0] not in rules.quantities.scales and 1 not in word_boundaries(b[:_WORD_REACH])


def _word_across(a: str, b: str) -> bool:
    """Whether the break cuts a word (…比上年增 / 长12.9%): a box or a column
    narrower than the page wraps at its own width, where no line is full."""
    if not (_HAN.match(a[-1]) and _HAN.match(b[0])):
        return False
    tail, head = a[-_WORD_REACH:], b[:_WORD_REACH]
    return len(tail) not in word_boundaries(tail + head)


_HAN = regex.compile(r"\p{Han}")
# (A clause of one character ends no line but where the page's width cut it.)
_ONE_CHARACTER_CLAUSE = regex.compile(r"[，、；,;]\p{Han}$")  # (ASCII marks not yet folded)
_WORD_REACH = 4  # characters each side of the break: longer words are names


# A note's text after its label (注：…, 注2：…, 说明：…), not a label alone.
_NOTE_TEXT = regex.compile(rf"^\s*{NOTE_WORDS}\s*\d{{0,2}}\s*[：:]\s*\S")
_NOTE_WRAP = 40  # a note's line this wide (20 characters) that ends no sentence was wrapped


def _note_goes_on(a: str, b: str, wrap: Wrap, rules: RuleSet, indents: bool) -> bool:
    """Whether line ``b`` goes on with the text of a note whose line ``a``
    ends no sentence, in a text too short to show a wrap width (注2：…金融公司等 /
    3类…2023年1月末金 / 融机构…增加1.35万亿元。): a note's sentence goes on where its
    wide line stops, up to a line that starts a note, an item, a heading or a
    table (or a paragraph, where the text indents them)."""
    return not wrap.width and display_width(a) >= _NOTE_WRAP \
        and not SENTENCE_END.search(a) and not a.endswith(("；", ";", "：", ":")) \
        and not _starts_block(b.strip(), rules) and not _NOTE_START.match(b) \
        and not ROW_ORDINAL.match(b.strip()) and not is_title(b.strip()) \
        and not (indents and _INDENT.match(b))


# Marks no quantity holds: a line ending with one ends no figure's unit.
_NO_QUANTITY_END = tuple("。，；：！？、）)")


def _unit_goes_on(a: str, b: str, rules: RuleSet) -> bool:
    """The break falls inside the unit of a figure (87.3万人 / 次。, 0.7个百 / 分点)."""
    if a.endswith(_NO_QUANTITY_END):  # (most lines end a sentence or a clause)
        return False
    m, read = _last_figure(a, rules, following=b)
    # (Its parts end within it: most quantities end before b, and their parts are not read.)
    return m is not None and m.end() > read and max(m.end("num", "scale", "unit")) > read


def _last_figure(text: str, rules: RuleSet, following: str = ""
                 ) -> tuple[regex.Match[str] | None, int]:
    """The quantity read from the last number near the end of ``text`` (on into
    ``following``), and how many characters of ``text``'s end were read."""
    # (Its clause commas read as the full-width marks they will become, 增长5.2%,1
    # as 增长5.2%，1: joining judges the same line alike before and after them.)
    tail = halfwidth(canonical_punctuation(text[-_FIGURE_REACH:], rules))
    starts = [m.start() for m in rules.number.finditer(tail)]
    if not starts:
        return None, len(tail)
    # (A point spaced from its decimals, 5 / . 3%, is read as the spaces will be
    # dropped later, so that normalising twice joins nothing more.)
    following = _SPACED_POINT.sub("", halfwidth(following[:_FIGURE_REACH]), count=1)
    return rules.quantity.match(tail + following, starts[-1]), len(tail)


_SPACED_POINT = regex.compile(r"(?<=^\.)[ \t]+(?=\d)")


def _starts_block(line: str, rules: RuleSet) -> bool:
    """A line that opens a heading (一、, ## …), a yearbook's entry (【工业】…)
    or the notes (注：), or is a table row or a table's unit line (金额单位：亿元)."""
    return bool(rules.heading_start.match(line.lstrip("#").lstrip())) or line.startswith("#") \
        or is_pipe_row(line) or bool(NOTE_LABEL.match(line)) or bool(_ENTRY_TITLE.match(line)) \
        or bool(_UNIT_LINE.match(line))


# (单位：万元, 金额单位：亿元, （单位：%）: a caption's line of its own.)
_UNIT_LINE = regex.compile(r"\s*[（(]?\p{Han}{0,4}[单單]位\s*[：:]")


_ENTRY_TITLE = regex.compile(r"\s*(?:【[^【】\d]{1,20}】|〔[^〔〕\d]{1,20}〕)")
_ENDS_WITH_YEAR = regex.compile(r"(?:19|20)\d{2}$")
# A data row labelled by its year, the label spaced from its figure (2018年 63061亿元):
# prose writes no space there.
_PERIOD_ROW = regex.compile(r"\s*(?:19|20)\d{2}\s*年[ \t\u3000]+[-+]?\d")
_YEAR_TITLE_START = regex.compile(r"^(?:(?:19|20)\d{2}|[一二][〇○零一二三四五六七八九]{3})\s*年")


# (…第 / 二、三产业…: an ordinal's 第 wants its numeral, so no heading follows it either.)
_LIST_GOES_ON = ("、", "，", ",", "第")
# Words that want what follows them: no heading, title or sentence ends with
# one (…，分别比 / 上年增长…; …占 / 全市的…).
_OBJECT_WANTED = ("分别比", "同比", "比", "较", "占", "由", "从", "与", "和", "及", "的")
_NUMBER_TAIL = regex.compile(r"0\d")
_COPULA_BEFORE_FIGURE = regex.compile(r"(?:为|达到?|占)\s*[-+]?\d")
_FIGURE_REACH = 30  # a figure with its qualifiers and unit is shorter
# A sentence's last clause begun and not done: words after a clause mark, no
# figure yet; prose, since headings and captions have no clause mark. (Marks
# of either width: joining comes before punctuation is made canonical.)
_CLAUSE_GOES_ON = regex.compile(r"[，；,;][^，；,;。\d]*\p{Han}$")
# A line whose words run on to a figure (分离人口为305412人): the rest of that clause.
# (Spaces among the words and before the figure are ones drop_stray_spaces
# takes later: a second pass, without them, must join as the first did.)
_WORDS_TO_FIGURE = regex.compile(r"(?:\p{Han}[ \t]*){1,16}?[-+]?\d")
_SUBJECT_END = regex.compile(r"[\p{Han}）)]$")
_MARKER_END = regex.compile(with_leading_test(rf"{MARKER}$"))  # (not tried at every place)
_MARKER_START = regex.compile(rf"^\s*{MARKER}")


def _change_verbs(rules: RuleSet) -> str:
    """The change verbs of two characters or more (增长, 下降; not 高, 多, which
    begin words), as an alternation."""
    quantities = rules.quantities
    return words_pattern([v for v in quantities.up_verbs | quantities.down_verbs if len(v) > 1])


@lru_cache(maxsize=8)
def _change_end(rules: RuleSet) -> regex.Pattern[str]:
    """A line's end in a change's verb (…比去年同期增加)."""
    return regex.compile(rf"(?:{_change_verbs(rules)})$")


_AMOUNT_START = regex.compile(r"\s*[-+]?\d+(?:\.\d+)?(?!\d|\.|\s*(?:年|月|日|号|时|周))")


@lru_cache(maxsize=8)
def _change_lead(rules: RuleSet) -> regex.Pattern[str]:
    """A change's verb, its basis before it perhaps (增长, 同比下降, 比上年增长)."""
    return regex.compile(rf"(?:比?(?:{words_pattern(tuple(rules.quantities.basis_of))}))?"
                         rf"(?:{_change_verbs(rules)})")


def _starts_with_figure(line: str, rules: RuleSet) -> bool:
    # As the figure will read once full-width forms and stray spaces are gone.
    m = rules.quantity.match(halfwidth("".join(line[:_FIGURE_REACH].split())))
    return m is not None and bool(m.group("num")) and (
        bool(m.group("scale")) or m.group("unit") not in (None, "年", "日", "天"))


def _glued(line: str) -> bool:
    """A line that only continues the one before: a marker, or a start such as ，or ％
    (joining runs before full-width forms become ASCII, so both forms count)."""
    # Six characters tell: a marker is at most five ([123]), a start is one.
    return _glued_head(line[:6])


@lru_cache(maxsize=4096)  # (joining asks it of each line up to three times)
def _glued_head(head: str) -> bool:
    head = halfwidth(head)
    return bool(MARKER_ONLY.match(head) or CONTINUATION_START.match(head)
                or _MARKER_THEN_MARK.match(head))


# A marker the page pushed to the next line, before its sentence's mark ([1]。).
_MARKER_THEN_MARK = regex.compile(rf"^{MARKER}\s*[,.;:)，。；：）、]")
_INDENT = regex.compile(r"^ {2,}\S")
_STARTS_WITH_MARKER = regex.compile(rf"^\s*{MARKER}")


def _indents_paragraphs(lines: list[str], wrap: Wrap) -> bool:
    """Whether the text marks where paragraphs begin by indenting them (the
    raw text of a PDF does, where the page does): full lines that are
    indented, not only short centred ones (titles, captions)."""
    return sum(1 for line in lines if _INDENT.match(line) and wrap.is_full(line.strip())) >= 3


def _wraps_to_margin(lines: list[str], wrap: Wrap) -> bool:
    """Whether the text's wrapped lines go on at the margin: full lines
    that are not indented (a text indenting every line indents no paragraph)."""
    return sum(1 for line in lines if line.strip() and not _INDENT.match(line)
               and wrap.is_full(line.strip())) >= 3


def _continues_paragraph(line: str) -> bool:
    """In a text that indents its paragraphs: a line that is not indented,
    nor a footnote's text, goes on with the paragraph above it."""
    return not _INDENT.match(line) and not _STARTS_WITH_MARKER.match(line)


_SPACE_RUN = regex.compile(r" +")
# An item's number that opens a line or a note (1. , 注：2. , 。3. ).
_ITEM_NUMBER_BEFORE = regex.compile(r"(?:^|[：:。；;])\s*\d{1,2}[.．]$")
_YEAR_BEFORE = regex.compile(rf"(?<![\d.,]){YEAR_DIGITS}$")
# Thousands parted by spaces, as Hong Kong's releases write them (3 709 600人):
# groups of three after the first, no figure spaced on either side (1 23 456
# is no number); a space at the end of the line, or before a word, is none.
# A decimal part is the number's when a unit or a word follows (PDFs write
# 4 911.26万人, 2 765.84/10万); before another figure or the line's end, as in
# a table's row, 12 345.6 is two cells.
_SPACED_THOUSANDS = regex.compile(r"(?<![\d.,])(?<!\d )\d{1,3}(?: \d{3})+"
                                  r"(?:\.\d+(?= *[^\d.,\s|｜])|(?!\d|\.\d| +\d))")

# A justified PDF line spreads a figure's characters apart and from the words
# around it (救助  7 4 3 . 5 2  万人次, 采购 2 1 类): one figure when a unit follows;
# a table's row of one-digit cells (结转数量 0 1 0 1) ends with no unit.
_SPREAD_FIGURE = regex.compile(r"(?<=\p{Han} +)\d(?: [\d.]){1,12}(?<=\d) +")


def _spread_figures(line: str, rules: RuleSet) -> set[int]:
    """The places of the spaces inside a figure spread letter by letter, and after it."""
    return {at for m in _SPREAD_FIGURE.finditer(line)
            if m.group().count(".") <= 1 and rules.unit_start.match(line, m.end())
            for at in range(m.start(), m.end()) if line[at] == " "}


def drop_stray_spaces(text: str, rules: RuleSet) -> list[Edit]:
    """Spaces inside numbers, units and words go (``272.42 万人``, ``2024 年``).

    Spaces stay between two ASCII letters or digits (``10:52 AM``, ``GB
    3095``), not between a Latin word and its figure (``GDP 4521.3亿元``), and
    between the cells of table lines; spaces at line ends go, and so do those
    that pad a cell's name (``河  北``).

    >>> from extract.rules import load_rules
    >>> drop_stray_spaces("收入 153.16 亿元", load_rules())
    [(2, 3, ''), (9, 10, '')]
    """
    lines = text.split("\n")
    simple = to_simplified(text).split("\n")  # the tables as the segmenter reads them
    tables = space_tables(simple, rules, Wrap(0))
    keep = {i for t in tables
            for i in (*t.rows, *t.groups, *t.stacked, *t.label_ends, t.header, t.wrapped,
                      *(t.aligned.lines if t.aligned else ()))
            if i is not None}
    # The rows of a table with blank first cells keep their indent, which shows
    # the cell blank (under a merged one) and not the row's label missing.
    indented = {i for t in tables if t.blank_firsts for i in t.rows}
    # A header's names padded to their columns' widths (全 省  珠三角  粤 东) are
    # no line spaced out letter by letter: its cells keep apart.
    headers = {i: max(len(cell_spans(simple[k], rules)) for k in t.rows)
               for t in tables for i in (t.header, t.wrapped) if i is not None}
    edits: list[Edit] = []
    position = 0
    for index, line in enumerate(lines):
        if " " not in line:  # (most lines of Chinese prose: nothing to drop)
            position += len(line) + 1
            continue
        grouped = {
            at for m in (GROUPED_THOUSANDS if index in keep else _SPACED_THOUSANDS).finditer(line)
            for at in range(m.start(), m.end()) if line[at] == " "}
        if index not in keep:
            grouped |= _spread_figures(line, rules)
        # (An ordinal's digits spaced from its words in a table's cell: 第 31 届.)
        ordinal = {at for m in SPACED_ORDINAL.finditer(line)
                   for at in range(m.start(), m.end()) if line[at] in " \t"} \
            if index in keep else set()
        # (A pipe row's tokens are short for its pipes and empty cells, not spaced out.)
        spaced = index not in headers and not is_pipe_row(line) and _letter_spaced(line)
        cells = header_cell_spans(simple[index], headers[index], rules) if index in headers \
            else cell_spans(simple[index], rules) if index in keep else []
        for m in _SPACE_RUN.finditer(line):
            start, end = m.span()
            if start == 0 and index in indented:
                continue
            if start == 0 or end == len(line) or spaced:
                edits.append((position + start, position + end, ""))
                continue
            if end - start == 1 and line[end] == "年" and _YEAR_BEFORE.search(line, 0, start):
                # A year is no cell nor a figure of its own (2020 年常住人口, 113 年).
                edits.append((position + start, position + end, ""))
                continue
            if start in ordinal:
                edits.append((position + start, position + end, ""))
                continue
            if line[end].isdigit() and line[start - 1] in ".．" \
                    and _ITEM_NUMBER_BEFORE.search(line, 0, start):
                # A note's item number before a figure (注：1. 168个重点城市排名…): one
                # space keeps them two, not the number 1.168.
                continue
            if start in grouped:  # (a table's cell of 3 820 900 too)
                edits.append((position + start, position + end, ""))
                continue
            if index in keep or is_pipe_row(line):
                # (A cell's words: 营业 收入, R&D 经费, as in prose.)
                if (is_pipe_row(line) or any(s < start and end < e for s, e in cells)) and (
                        (_HAN.match(line[start - 1]) and _HAN.match(line[end]))
                        or _latin_and_han(line, start, end)):
                    edits.append((position + start, position + end, ""))
                continue
            left, right = line[start - 1], line[end]
            if left.isdigit() and _latin_unit_at(line, end, rules):
                # A figure's Latin unit is the figure's: 54.1 dB（A）, 100 Mbps.
                edits.append((position + start, position + end, ""))
                continue
            # (Not after a Latin word before its figure: 实现GDP 4521.3亿元; a
            # code's number stays apart: GB 3095-2012.)
            if left.isascii() and right.isascii() and left.isalnum() and right.isalnum() \
                    and not (left.isalpha() and _starts_with_figure(line[end:], rules)):
                # (Two figures a wide gap parts keep it: one space would make
                # 12  345 the spaced thousands 12 345 on a second pass.)
                kept = 2 if left.isdigit() and right.isdigit() else 1
                if end - start > kept:
                    edits.append((position + start + kept, position + end, ""))
                continue
            if _HAN.match(right) and _ends_with_figure(
                    simple[index][:start], simple[index][end:], rules):
                # 城镇新增就业1256万人 调查失业率5.1%: a headline's clauses (its units
                # read in simplified script: 535.48萬公里 高鐵…).
                if end - start > 1:
                    edits.append((position + start + 1, position + end, ""))
                continue
            edits.append((position + start, position + end, ""))
        position += len(line) + 1
    return edits


def _latin_unit_at(line: str, at: int, rules: RuleSet) -> bool:
    """Whether a unit in Latin letters starts at ``at`` and ends there as a
    word (dB（A）, Mbps, TEU; not the PB of PBOC, nor a code's letters before
    its number, GB 3095)."""
    m = rules.unit_start.match(line, at) if line[at:at + 1].isascii() \
        and line[at:at + 1].isalpha() else None
    return m is not None and not (line[m.end():m.end() + 1].isascii()
                                  and line[m.end():m.end() + 1].isalnum()) \
        and not _CODE_NUMBER.match(line, m.end())


_CODE_NUMBER = regex.compile(r"[ \t]*\d")


def _latin_and_han(line: str, start: int, end: int) -> bool:
    """Whether the spaces from ``start`` to ``end`` part a Latin word from Han
    words (R&D 经费, PM2.5 浓度, 其中：5G 移动电话用户, 全市 GDP), as in prose
    they go."""
    return bool((LATIN_END.search(line, 0, start) and _HAN.match(line, end))
                or (_HAN.match(line, start - 1) and LATIN_START.match(line, end)))


def _ends_with_figure(text: str, following: str, rules: RuleSet) -> bool:
    """Whether text ends with a figure and its unit (1256万人), not a bare number
    nor a unit that goes on in ``following`` (396.38万 / 人)."""
    m, read = _last_figure(text, rules, following)
    return m is not None and m.end() == read and bool(m.group("unit") or m.group("scale"))


def _letter_spaced(line: str) -> bool:
    """A line a PDF extractor spaced out letter by letter (参 保 人 数 2 7 2 . 4 2):
    nearly every character stands alone between spaces, so no space means anything.

    A table's row of one-digit cells (上年结转申请数量 0 1 0 1 0 1 0, its cells
    apart by a tab or by runs of spaces) is no such line: letter spacing
    parts a line's words as well as its digits, by single spaces.

    >>> _letter_spaced("参 保 人 数 2 7 2 . 4 2 万 人"), _letter_spaced("发布于 2025-07-31 10:52")
    (True, False)
    >>> _letter_spaced("结转数量 0 1 0 1 0 1 0"), _letter_spaced("河 北  0  1  0  1  0  1")
    (False, False)
    """
    tokens = line.split()
    if len(tokens) < 8:
        return False
    lone = [t for t in tokens if len(t) == 1]
    if len(lone) < 0.8 * len(tokens) or all(t.isdigit() for t in lone):
        return False
    gaps = _SPACE_RUN.findall(line.strip())
    return sum(len(g) == 1 for g in gaps) >= 0.8 * len(gaps)


def _differing(text: str, other: str) -> int:
    """How many characters of ``text`` differ from those of ``other`` at the
    same places (the texts of the same length). The texts are compared as
    two integers of 32 bits a character, XORed: each character's bits are
    folded onto the lowest bit of its own 32, and those bits counted. (A loop
    over the characters took five times as long.)

    >>> _differing("参保(万人)", "参保（万人）"), _differing("abc", "abc")
    (2, 0)
    """
    if text == other:
        return 0
    bits = int.from_bytes(text.encode("utf-32-le"), "little") \
        ^ int.from_bytes(other.encode("utf-32-le"), "little")
    for shift in (16, 8, 4, 2, 1):  # 31 places in all: no bit reaches the character before
        bits |= bits >> shift
    return (bits & int.from_bytes(b"\x01\x00\x00\x00" * len(text), "little")).bit_count()


PDF_WRAPS = "join_pdf_wrapped_lines"
"""The name under which joining a PDF's wrapped lines is reported (and may be
chosen in ``normalise(steps=…)``); it runs last, from the reader's geometry."""

STEPS: dict[str, Step] = {
    "unify_newlines": unify_newlines,
    "drop_invisible": drop_invisible,
    "unify_spaces": unify_spaces,
    "html_document": html_document,
    "html_remnants": html_remnants,
    "box_drawn_tables": box_drawn_tables,
    "join_table_cell_lines": join_table_cell_lines,
    "border_pipe_rows": border_pipe_rows,
    "drop_page_furniture": drop_page_furniture,
    "part_side_columns": part_side_columns,
    # Joining judges line widths as laid out, so full-width digits are still
    # wide and ASCII brackets still narrow (较上年 / 同月(%) over a column).
    "join_hard_breaks": join_hard_breaks,
    "canonical_punctuation": canonical_punctuation,
    "fullwidth_to_halfwidth": fullwidth_to_halfwidth,
    "drop_stray_spaces": drop_stray_spaces,
}


def normalise(raw: RawDoc, rules: RuleSet, steps: Iterable[str] | None = None) -> NormDoc:
    """Run the named steps (all of ``STEPS`` by default) over the raw text,
    then join the lines a PDF's page wrapped (``RawDoc.wrapped_line_ends``)
    that the steps left apart."""
    text = raw.text
    offsets = list(range(len(text) + 1))
    changed: dict[str, int] = {}
    for name in steps if steps is not None else STEPS:
        if name == PDF_WRAPS:
            continue
        result = STEPS[name](text, rules)
        if isinstance(result, str):
            if len(result) != len(text):
                raise AssertionError(f"normalise step {name} changed the text's length")
            changed[name] = _differing(text, result)
            text = result
        else:
            changed[name] = sum(max(e - s, len(r)) for s, e, r, *_ in result)
            text, offsets = apply_edits(text, offsets, result)
    if raw.wrapped_line_ends and (steps is None or PDF_WRAPS in steps):
        edits = _wrapped_line_joins(text, offsets, raw.wrapped_line_ends, rules)
        changed[PDF_WRAPS] = len(edits)
        text, offsets = apply_edits(text, offsets, edits)
    return NormDoc(raw=raw, text=text, simplified=to_simplified(text), to_raw=offsets,
                   steps=changed)


@cache
def _converter():  # type: ignore[no-untyped-def]
    import opencc  # a compiled library: loaded on first use

    return opencc.OpenCC("t2s")


@cache
def _phrase_converter():  # type: ignore[no-untyped-def]
    import opencc

    return opencc.OpenCC("tw2s")


# A character that traditional script writes for two simplified ones, which
# only its phrase tells apart (衣著, 隨著 → 着; 顯著, 著名 → 著).
_BY_PHRASE = "著"

# Hong Kong's forms of a character that t2s leaves as written (衞生 for 卫生,
# 敍述, 枱, 衹): the same character, so simplified as the others are.
_HK_FORMS = str.maketrans("衞敍枱粧糭衹", "卫叙台妆粽只")


def to_simplified(text: str) -> str:
    """Traditional characters to simplified, character for character.

    OpenCC converts phrases; where a phrase would change the length, the line
    is converted one character at a time so offsets stay aligned. In a
    traditional line, 著 is read by its phrase (t2s leaves it as written); a
    simplified line keeps its 著 (显著 is no 显着). Hong Kong's forms of a
    character (衞) become the simplified one too.

    >>> to_simplified("參保人數達到1.2億人")
    '参保人数达到1.2亿人'
    >>> to_simplified("衣著類價格顯著上漲\\n显著增长")
    '衣着类价格显著上涨\\n显著增长'
    >>> to_simplified("衞生健康支出")
    '卫生健康支出'
    """
    if text.isascii():
        return text
    convert = _converter().convert
    result = convert(text)
    if len(result) == len(text) and (_BY_PHRASE not in text or result == text):
        return result.translate(_HK_FORMS)
    lines = []
    for line in text.split("\n"):
        converted = convert(line)
        if len(converted) != len(line):
            converted = "".join(c if len(c := convert(ch)) == 1 else ch for ch in line)
        if _BY_PHRASE in line and converted != line:
            phrased = _phrase_converter().convert(line)
            if len(phrased) == len(line):
                converted = "".join(p if ch == _BY_PHRASE else c
                                    for ch, c, p in zip(line, converted, phrased, strict=True))
        lines.append(converted)
    return "\n".join(lines).translate(_HK_FORMS)
