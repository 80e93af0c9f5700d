"""The shape of lines: wrap width, table rows and headers.

Shared by the normaliser (which must not join or squeeze table lines) and the
segmenter (which reads the tables). Pure functions of text.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Callable, Collection
from dataclasses import dataclass, replace
from functools import lru_cache, partial
from itertools import pairwise

import regex

from .rules import RuleSet

SENTENCE_END = regex.compile(r"[。！？!?][”’」』）)\"']*$")
# Characters that cannot begin a line of prose: the line continues the one before.
CONTINUATION_START = regex.compile(r"^[，,。、；;：:）)%％﹪‰！？!?”’」』]")
MARKER = r"(?:\[\d{1,3}\]|［\d{1,3}］|[①-⑳])"
"""A footnote marker: [2], ［2］ or ②."""
MARKER_ONLY = regex.compile(rf"^{MARKER}$")
NOTE_WORDS = r"(?:附注|注释?|说明|备注|名词解释)"
"""The words that label a bulletin's notes (注, 说明…; not 注射)."""
NOTE_LABEL = regex.compile(rf"^\s*(?:附\s*[：:]?\s*)?{NOTE_WORDS}\s*(?:[：:]\s*|$)")
"""The label that opens a bulletin's notes: 注：, 附注：, 说明：."""
# Sentence and clause marks (a comma between digits is a thousands separator).
PUNCTUATION = regex.compile(r"[，。；：！？;!?、]|,(?!\d{3})")
# A 、 between the words of one name (交通运输、仓储和邮政业, 农、林、牧、渔业),
# as the official names of industries write it: no clause mark in a row label;
# so between initialisms (CPI、PPI), as captions of price tables write them.
NAME_ENUMERATION = regex.compile(r"(?<=[\p{Han}A-Za-z])、(?=[\p{Han}A-Za-z])")
PAGE_NUMBER_LINE = regex.compile(
    r"^[ \t]*(?:[-—－][ \t]*\d{1,4}[ \t]*[-—－]|[·•・][ \t]*\d{1,4}[ \t]*[·•・]"
    r"|第[ \t]*\d{1,4}[ \t]*页(?:[ \t]*[,，/／]?[ \t]*共"
    r"[ \t]*\d{1,4}[ \t]*页)?|\d{1,4}[ \t]*[/／][ \t]*\d{1,4})[ \t]*$", regex.MULTILINE)
# Words that name a bulletin or a release of figures (…统计公报, …住房公积金
# 2023年年度报告, …农民工监测调查报告, …居民消费价格变动情况). A report ends
# the title that names it (…年度报告（2023年）); inside a line, 报告 is what a
# sentence counts (全省共收到…事件报告 / 5.2万份).
TITLE_WORDS = regex.compile(r"公报|快报|公告|年鉴|摘要|主要指标|统计数据|主要数据|统计月报|通报"
                            r"|报告(?=\s*(?:[（(][^（）()]*[)）])?\s*$)|年报|情况$|概况$")
_FIRST_TOKEN = regex.compile(r"[\d.,%％０-９．]+|[A-Za-z]+|.")
EMPTY_CELL = frozenset({"-", "—", "–", "－", "…", "/", "／", "×"})


# Runs of characters that take one column. Counting these (few, in Chinese
# prose) is five times faster than counting the wide ones.
_NARROW_RUN = regex.compile("[^\u2e80-\U0010ffff]+")


def display_width(text: str) -> int:
    """Columns the text takes: CJK characters count two.

    >>> display_width("2024 年")
    7
    """
    return 2 * len(text) - sum(map(len, _NARROW_RUN.findall(text)))


@dataclass(frozen=True, slots=True)
class Wrap:
    """How a document's prose is laid out."""

    width: int
    """Typical display width of a full line (0 when lines are not wrapped)."""
    in_characters: bool = False
    """Whether the width counts characters, not display columns: text wrapped
    after so many characters, a digit as wide as a Han character (as an
    export with a fixed line length writes it), not by the page's width."""

    def measure(self, text: str) -> int:
        return len(text) if self.in_characters else display_width(text)

    def is_full(self, line: str, following: str = "") -> bool:
        """A line that reaches the wrap width, so its sentence goes on in the next
        line: the line ended because the next line's first token (a character, a
        number) would not fit. A line much wider than the others (a title) is not
        a wrapped line; nor is one of two things set apart by a wide gap (a
        running header: 国家税务总局嘉兴市税务局<spaces>税收统计分析)."""
        if self.width <= 0 or _WIDE_GAP.search(line.strip()):
            return False
        width = self.measure(line.strip())
        token = _FIRST_TOKEN.match(following.strip())
        reach = width + (self.measure(token.group()) if token else 0)
        return reach >= 0.85 * self.width and width <= 1.3 * self.width


_PROSE_WIDTH = 20  # narrower lines are headings, captions, table rows
_WIDE_GAP = regex.compile(r"\S(?: {6,}|\u3000{3,})\S")  # no justified prose line spaces so


# A gap that parts two columns of text set side by side (a box beside the prose).
_COLUMN_GAP = regex.compile(r"[ \u3000]{2,}(?=\S)")
_SIDE_LINES = 3  # lines of two columns in a row, at least
_SIDE_SLACK = 2  # display columns the right column's lines may start apart (a PDF's rounding)
_SIDE_START = 16  # display columns: a narrower left column is a list's labels
_CLAUSE_MARK = regex.compile(r"[，。；！？]")  # (full-width by now; a thousands comma is none)
SideLine = tuple[int, int, int]
"""A line of two columns side by side: its index, where the gap between them
starts and where the right column's text does."""


def side_columns(lines: list[str]) -> list[list[SideLine]]:
    """Runs of lines that set two columns of text side by side, as a PDF's
    text gives a box (资料链接, 专栏) printed beside the prose: each line the
    left column's line, a gap, the right column's.

    The right column starts at one display column (within a PDF's rounding)
    on three lines in a row or more, each line parted by that one gap only,
    and both columns are prose: their lines hold clause marks, which the
    cells of a table do not.

    >>> side_columns(["营业收入1586.3亿元，    资料链接", "增长29.1%。年末全县     全县新能源产业",
    ...               "工业企业812家。         产值742.6亿元，增长26.7%。"])
    [[(0, 13, 17), (1, 12, 17), (2, 9, 18)]]
    """
    parts: list[tuple[int, int, int] | None] = []
    for line in lines:
        if "  " not in line and "\u3000" not in line:  # (no gap: most lines)
            parts.append(None)
            continue
        text = line.rstrip()
        indent = len(text) - len(text.lstrip())
        gaps = list(_COLUMN_GAP.finditer(text, indent))
        parts.append((gaps[0].start(), gaps[0].end(), display_width(text[:gaps[0].end()]))
                     if len(gaps) == 1 else None)
    runs: list[list[SideLine]] = []
    i = 0
    while i < len(lines):
        first = parts[i]
        j = i + 1
        while first and j < len(lines) and (part := parts[j]) \
                and abs(part[2] - first[2]) <= _SIDE_SLACK:
            j += 1
        run = [(k, part[0], part[1]) for k in range(i, j) if (part := parts[k])]
        if first and len(run) >= _SIDE_LINES and first[2] >= _SIDE_START \
                and _CLAUSE_MARK.search("".join(lines[k][:gap] for k, gap, _ in run)) \
                and _CLAUSE_MARK.search("".join(lines[k][right:] for k, _, right in run)):
            runs.append(run)
        i = max(j, i + 1)
    return runs


def wrap_of(lines: list[str], tables: Collection[int] = ()) -> Wrap:
    """Detect hard wrapping: many lines end at the same, widest, width.

    The wrap width is the widest width that a cluster of lines (within 7%
    below it) reaches: at least three lines and 30% of the lines long enough
    to be prose (headings and table rows are short, and there may be many).
    Pipe rows and the lines of space-aligned tables (indexes in ``tables``)
    are no prose: a long table's rows of one width wrap nothing.
    A page wraps by display width (a digit half as wide as a Han character);
    where no width clusters so, lines cut after so many characters do.
    """
    prose = [s for i, line in enumerate(lines)
             if len(s := line.strip()) >= 3 and not is_title(s) and not is_pipe_row(s)
             and i not in tables]
    width = _clustered_width(sorted(map(display_width, prose)), _PROSE_WIDTH)
    if width:
        return Wrap(width)
    width = _clustered_width(sorted(map(len, prose)), _PROSE_WIDTH // 2)
    return Wrap(width, in_characters=True) if width else Wrap(0)


def _clustered_width(widths: list[int], narrowest: int) -> int:
    """The widest width that a cluster of ``widths`` reaches, or 0."""
    needed = max(3, 0.3 * (len(widths) - bisect.bisect_left(widths, narrowest)))
    for width in reversed(widths):
        if width < narrowest:
            break
        cluster = bisect.bisect_right(widths, width) - bisect.bisect_left(widths, 0.93 * width)
        if width <= 200 and cluster >= needed:
            return width
    return 0


# A chart's caption (图2 2022年三次产业结构), and what PDF text keeps of the
# chart under it: lines of bare figures (axis ticks, data labels, years, the
# axes' units) and of short names (a pie's members, a legend), no sentence.
CHART_CAPTION = regex.compile(r"^\s*[图圖]\s*\d{1,2}(?:[-.．]\d{1,2})?(?!\d)[^，。；！？]*$")
_CHART_FIGURE = regex.compile(r"[-+]?\d[\d.,]*[%‰]?|(?:19|20)\d{2}\s*年?")
_CHART_WORDS = regex.compile(r"\p{Han}{1,8}|[%‰]|[（(][^（）()\s]{1,6}[)）]|单位[：:]\S{1,6}")


def chart_lines(lines: list[str]) -> set[int]:
    """The lines under each chart caption that are its residue, up to the
    first that is not: tokens of figures alone (ticks, data labels, years),
    or of words alone (a pie's members over their shares, a legend, the
    axes' units), never a name and its figure together, as a line of a
    table or of a box of data writes them.

    >>> sorted(chart_lines(["图2 2022年三次产业结构", "第一产业", "11.8%", "第二产业", "38.5%",
    ...                     "年末常住人口49.63万人。"]))
    [1, 2, 3, 4]
    """
    found: set[int] = set()
    for i, line in enumerate(lines):
        if not CHART_CAPTION.match(line):
            continue
        for k in range(i + 1, len(lines)):
            tokens = lines[k].split()
            if not (all(_CHART_FIGURE.fullmatch(token) for token in tokens)
                    or all(_CHART_WORDS.fullmatch(token) for token in tokens)):
                break
            found.add(k)
    return found


def is_title(line: str) -> bool:
    """A line that names a bulletin (2024年全市医疗保障事业发展统计公报)."""
    return bool(TITLE_WORDS.search(line)) and not PUNCTUATION.search(line) and len(line) <= 60


def is_pipe_row(line: str) -> bool:
    return line.lstrip().startswith(("|", "｜"))


ROW_ORDINAL = regex.compile(
    r"^(?:(?P<top>[一二三四五六七八九十]+[、.．])"
    r"|(?P<sub>\d{1,2}[.．、](?!\d)|[（(]\d{1,2}[)）]|[（(][一二三四五六七八九十]+[)）]))\s*")
"""The ordinal of a table row's label: a group ("top": 一、) or a sub-row (1. （1）)."""


# The digits of a year, also of the Republic (2020, 113), that a PDF may space
# from its 年 (2020 年常住人口).
YEAR_DIGITS = r"(?:1[89]\d{2}|20\d{2}|1[0-2]\d)"
# A word; a figure in brackets after a figure (5.4 （5.2）: real growth beside
# nominal) goes with it, as in a cell written without the space; so does a year
# and its 年.
# So does an ordinal a PDF spaces from its words (第 31 届世界大学生夏季运动会).
SPACED_ORDINAL = regex.compile(r"第[ \t]*\d{1,4}[ \t]*(?=\p{Han})")
# A figure whose thousands are parted by single spaces (3 820 900), as Hong
# Kong's tables write them: one cell where the cells are parted by wider gaps.
GROUPED_THOUSANDS = regex.compile(
    r"(?<=[ \t]{2}|^)[-+]?\d{1,3}(?: \d{3})+(?:\.\d+)?(?=[ \t]{2}|[ \t]*$)")
_CELL = regex.compile(rf"{GROUPED_THOUSANDS.pattern}"
                      rf"|(?:{YEAR_DIGITS} (?=年))?(?:\S*?{SPACED_ORDINAL.pattern})?"
                      r"\S+(?:(?<=[\d%‰])\s+[（(]\s*[-+]?\d[\d.,]*\s*[^\s（）()]{0,6}\s*[)）]"
                      r"(?!\S))?")


# A short row label padded to the width of the longer ones by spaces between
# its characters (河  北, 合  计, 黑 龙 江), as Chinese tables align names.
_PADDED_LABEL = regex.compile(r"[ \t]*\p{Han}(?:[ \t]+\p{Han}){1,3}(?=[ \t]|$)")
_HAN = regex.compile(r"\p{Han}")
_LATIN_LETTER = regex.compile(r"[A-Za-z]")
_SPACES = regex.compile(r"\s+")


def cell_spans(line: str, rules: RuleSet) -> list[tuple[int, int]]:
    """Where the cells of a line whose cells are separated by spaces stand.

    >>> from extract.rules import load_rules
    >>> line = "收入  36587  5.4 （5.2）"
    >>> [line[s:e] for s, e in cell_spans(line, load_rules())]
    ['收入', '36587', '5.4 （5.2）']
    >>> line = "河  北  6460.7"
    >>> [line[s:e] for s, e in cell_spans(line, load_rules())]
    ['河  北', '6460.7']
    >>> line = "杭州第 19 届亚运会 7 3 2"
    >>> [line[s:e] for s, e in cell_spans(line, load_rules())]
    ['杭州第 19 届亚运会', '7', '3', '2']
    >>> line = "劳动人口（人）    3 820 900    111 300   3.1"
    >>> [line[s:e] for s, e in cell_spans(line, load_rules())]
    ['劳动人口（人）', '3 820 900', '111 300', '3.1']
    """
    return list(_cell_spans(line, rules))


# The table search asks it of each line many times, and again in each version of the text.
@lru_cache(maxsize=4096)
def _cell_spans(line: str, rules: RuleSet) -> tuple[tuple[int, int], ...]:
    spans = _latin_words_joined(_label_in_parts([m.span() for m in _CELL.finditer(line)], line),
                                line)
    spans = _padded_labels_beside(spans, line)
    padded = _PADDED_LABEL.match(line)
    # A lone character after the first that is a unit (煤  吨) is a cell of its own,
    # unless it is a member's head (市  级: 级 is a unit of grades, 最大阵风11级).
    if padded is None or any(unit_parts(ch, rules) != ("", "")
                             and ch not in rules.vocabulary.member_heads
                             for ch in padded.group().split()[1:]):
        return tuple(spans)
    label = [span for span in spans if span[1] <= padded.end()]
    # Padding spreads one name's characters evenly (黑 龙 江); a wider gap
    # parts two names (全 市      城 郊).
    gaps = [after[0] - before[1] for before, after in pairwise(label)]
    label = label[:next((k + 1 for k, gap in enumerate(gaps) if gap != gaps[0]), len(label))]
    return ((label[0][0], label[-1][1]), *spans[len(label):])


# A note's mark after a figure (4.8*); not a period's (114年(f), a header).
_MARKED_FIGURE = regex.compile(r"(?<=\d)[#*※]{1,3}$")
# A cell of figures only (a value, not a label's words).
_FIGURE_CELL = regex.compile(r"[-+]?\d[\d.,]*%?")


def _padded_labels_beside(spans: list[tuple[int, int]], line: str) -> list[tuple[int, int]]:
    """Spans with a padded row label after a figure one span, as a table set in
    blocks side by side starts its second block's row (96.7      唐  山      99.6):
    single characters parted by even gaps narrower than those around them.

    >>> line = "北京  96.9      唐  山      99.6"
    >>> [line[s:e] for s, e in _padded_labels_beside(
    ...     [m.span() for m in regex.finditer(r"\\S+", line)], line)]
    ['北京', '96.9', '唐  山', '99.6']
    """
    joined: list[tuple[int, int]] = []
    k = 0
    while k < len(spans):
        last = k
        if joined and _FIGURE_CELL.fullmatch(line[slice(*joined[-1])]):
            while last + 1 < len(spans) and last - k < 3 and all(
                    _HAN.fullmatch(line[slice(*spans[i])]) for i in (last, last + 1)):
                last += 1
        gaps = {spans[i + 1][0] - spans[i][1] for i in range(k, last)}
        around = [spans[k][0] - joined[-1][1]] + (
            [spans[last + 1][0] - spans[last][1]] if last + 1 < len(spans) else []) \
            if gaps else []
        if len(gaps) == 1 and max(gaps) < min(around):
            joined.append((spans[k][0], spans[last][1]))
            k = last + 1
        else:
            joined.append(spans[k])
            k += 1
    return joined


def _label_in_parts(spans: list[tuple[int, int]], line: str) -> list[tuple[int, int]]:
    """Spans with a row label written in parts one span: a group's name and
    its member's, each after the first numbered (（三）不予公开  1.属于国家秘密
    0  0, 三、本年度办理结果 （一）予以公开 17), as a merged cell's name stands
    beside the first (or middle) row of its group; only before figures.

    >>> line = "（三）不予公开  1.属于国家秘密  0  2"
    >>> [line[s:e] for s, e in _label_in_parts([(0, 7), (9, 17), (19, 20), (22, 23)], line)]
    ['（三）不予公开  1.属于国家秘密', '0', '2']
    """
    parts = 1
    while parts < len(spans) and ROW_ORDINAL.match(line[slice(*spans[parts])]) \
            and _HAN.search(line[slice(*spans[parts])]):
        parts += 1
    if parts == 1 or parts == len(spans) or not _HAN.search(line[slice(*spans[0])]) \
            or not _FIGURE_CELL.fullmatch(line[slice(*spans[parts])]):
        return spans
    return [(spans[0][0], spans[parts - 1][1]), *spans[parts:]]


_LATIN_WORD = regex.compile(r"[!-~]*[A-Za-z][!-~]*")  # R&D, PM2.5, 5G, GDP
# Words with Han, not a figure (5.2万人, 2023年), perhaps after a Latin word (5G基站).
_HAN_WORDS = regex.compile(r"(?:[!-~]*[A-Za-z]|(?![\d+\-.]))\S*\p{Han}\S*")
LATIN_END = regex.compile(r"[A-Za-z][!-~]*$")  # 其中：5G, PM2.5
LATIN_START = regex.compile(r"[!-~]*[A-Za-z]")  # GDP（亿元）


def _latin_words_joined(spans: list[tuple[int, int]], line: str) -> list[tuple[int, int]]:
    """Spans with a name of a Latin word and Han words one span where a line's
    cells stand apart by wider gaps (a PDF's columns aligned by runs of
    spaces): the single spaces between them (R&D 经费（亿元）, PM2.5 浓度, R&D
    人员 全时当量, 其中：5G 移动电话用户, 亿 GB) are the name's own, as its cell
    writes it.

    >>> line = "地 区      R&D 人员 全时当量   GDP 增速（%）   GDP 4521.3   PM2.5 PM10"
    >>> spans = [m.span() for m in regex.finditer(r"\\S+", line)]
    >>> [line[s:e] for s, e in _latin_words_joined(spans, line)]
    ['地', '区', 'R&D 人员 全时当量', 'GDP 增速（%）', 'GDP', '4521.3', 'PM2.5', 'PM10']
    """
    if not _ALIGNING_SPACES.search(line) or not _LATIN_LETTER.search(line):
        return spans
    joined: list[tuple[int, int]] = []
    run: list[tuple[int, int]] = []  # words parted by single spaces

    def close() -> None:
        words = [line[s:e] for s, e in run]
        # (A Latin word beside Han ones: two Latin names, PM2.5 PM10, stay apart.)
        if any(LATIN_END.search(a) or LATIN_START.match(b) for a, b in pairwise(words)) \
                and not all(_LATIN_WORD.fullmatch(w) for w in words):
            joined.append((run[0][0], run[-1][1]))
        else:
            joined.extend(run)
        run.clear()

    for s, e in spans:
        if run and line[run[-1][1]:s] != " ":
            close()
        if _LATIN_WORD.fullmatch(line[s:e]) or _HAN_WORDS.fullmatch(line[s:e]):
            run.append((s, e))
        else:  # (a figure: GDP 4521.3)
            close()
            joined.append((s, e))
    close()
    return joined


def label_parts(label: str) -> list[tuple[int, int]]:
    """Where the parts of a row label written in parts stand (a group's name,
    then its numbered members': 三、本年度办理结果 （一）予以公开), the whole
    label one part where it has no such parts.

    >>> label_parts("（三）不予公开  1.属于国家秘密")
    [(0, 7), (9, 17)]
    """
    words = [m.span() for m in _WORD.finditer(label)]
    cut = [0] + [k for k, (s, e) in enumerate(words) if k and ROW_ORDINAL.match(label[s:e])]
    return [(words[a][0], words[b - 1][1]) for a, b in pairwise([*cut, len(words)])] \
        if words else [(0, 0)]


def header_cell_spans(line: str, width: int, rules: RuleSet) -> list[tuple[int, int]]:
    """Where the cells of a table's header stand over rows of ``width`` cells.
    A two-character name padded to its column's width by spaces between its
    characters (产  量, 单  位: closer to each other than to the cells beside
    them) is one cell where the header has more cells than the rows: two
    columns of one character each (男  女) stay apart when they are the
    rows' columns.

    >>> from extract.rules import load_rules
    >>> line = "产品名称    单  位    数  量    比上年增长(%)"
    >>> [line[s:e] for s, e in header_cell_spans(line, 4, load_rules())]
    ['产品名称', '单  位', '数  量', '比上年增长(%)']
    >>> line = "指  标  名  称      单位    2024年    比上年增长（%）"
    >>> [line[s:e] for s, e in header_cell_spans(line, 4, load_rules())]
    ['指  标  名  称', '单位', '2024年', '比上年增长（%）']
    >>> line = "地区    男    女"
    >>> [line[s:e] for s, e in header_cell_spans(line, 3, load_rules())]
    ['地区', '男', '女']
    """
    spans = cell_spans(line, rules)

    def single(k: int) -> bool:
        return bool(_HAN.fullmatch(line[spans[k][0]:spans[k][1]]))

    k = 0
    # (A header may leave the label column unnamed: one cell fewer than the rows.)
    while len(spans) > width - 1 and k + 1 < len(spans):
        # A run of single characters spread evenly (指  标  名  称, 单  位), each
        # closer to the next than the run is to the cells beside it.
        last = k
        while last + 1 < len(spans) and single(last) and single(last + 1):
            last += 1
        gaps = [spans[i + 1][0] - spans[i][1] for i in range(k, last)]
        gap_before = spans[k][0] - spans[k - 1][1] if k else len(line)
        gap_after = spans[last + 1][0] - spans[last][1] if last + 1 < len(spans) else len(line)
        while gaps and (max(gaps) - min(gaps) > 1 or max(gaps) >= min(gap_before, gap_after)):
            # (Two names side by side: 男  女 of a wider gap, or a run too uneven.)
            last = k + 1
            gaps = gaps[:1]
            gap_after = spans[last + 1][0] - spans[last][1] if last + 1 < len(spans) \
                else len(line)
            if gaps[0] >= min(gap_before, gap_after):
                gaps = []
        if gaps:
            spans[k:last + 1] = [(spans[k][0], spans[last][1])]
        k += 1
    return spans


def space_row_cells(line: str, rules: RuleSet, words: bool = False) -> list[str] | None:
    """The cells of a table row whose cells are separated by spaces, else None.

    A row is a label (after an ordinal, 一、 or 1., or a sub-row's 其中：)
    followed by one or more value cells, each a quantity, a unit of the row
    (亿千瓦时) or an empty-cell mark, at least one a quantity, and no sentence
    punctuation. A serial number or rank may stand before the label. With
    ``words``, a value cell may also be words (水质类别 Ⅳ类, 营养状态 贫营养).
    """
    cells = _space_row_cells(line, rules, words)
    return None if cells is None else list(cells)


# The normaliser and the segmenter look for tables in the same lines again.
@lru_cache(maxsize=4096)
def _space_row_cells(line: str, rules: RuleSet, words: bool) -> tuple[str, ...] | None:
    if len(line.split(maxsplit=1)) < 2:  # one word: one cell at most (the most lines, prose)
        return None
    tokens = [line[s:e] for s, e in cell_spans(line, rules)]
    if len(tokens) < 2 or PUNCTUATION.search(" ".join(tokens[2 if len(tokens) >= 3 else 1:])):
        return None  # (a line of prose: a clause mark among the values, after any serial)
    serial = int(len(tokens) >= 3 and is_serial_row(tokens, rules))
    label, values = tokens[serial], tokens[serial + 1:]
    name = label[ordinal.end():] if (ordinal := ROW_ORDINAL.match(label)) else label
    lead = rules.vocabulary.subrow_lead.match(name)
    name = NAME_ENUMERATION.sub("", name[lead.end():] if lead else name)
    if PUNCTUATION.search(without_notes(name)) or PUNCTUATION.search(
            " ".join(values)) or (rules.quantity.fullmatch(label)
                                  and not is_class_label(label, rules)
                                  and not _is_period_label(label)):
        return None
    if all(YEAR_LABEL.match(v) or MONTHS_LABEL.match(v)
           or _LETTERS_APART.sub("", v) in rules.vocabulary.unit_headers for v in values):
        return None  # 指标 (单位) 2023年 2022年: a header of periods (a units column's among them)
    # (3 820 900: the normaliser drops the spaces of its thousands.)
    values = [v.replace(" ", "") if GROUPED_THOUSANDS.fullmatch(v) else v for v in values]
    # (A figure with a note's mark, 4.8*, is a figure: the note under the table explains it.)
    values = [_MARKED_FIGURE.sub("", v) for v in values]
    quantities = [v for v in values if rules.table_rule.pattern.fullmatch(v)]
    if not quantities or not all(v in EMPTY_CELL or v in quantities or unit_parts(v, rules) != (
            "", "") or (words and is_word_cell(v, rules)) for v in values):
        return None
    return tuple(tokens)


def _is_period_label(label: str) -> bool:
    """A row label that names a period (2019年, 2024年1月, 第一季度): the rows
    of a series, not a figure (12.54) standing first."""
    return bool(YEAR_LABEL.match(label) or MONTHS_LABEL.match(label) or QUARTER_LABEL.match(label))


# A note in brackets within a label, its clauses apart by commas (部分公开（区分处理
# 的，只计这一情形）), perhaps cut by the label's wrap: opened and not closed on
# this line, or closed only.
_BRACKET_NOTE = regex.compile(r"[（(][^（）()\s]*[，,；;：:][^（）()\s]*(?:[)）]|$)"
                              r"|^[^（）()\s]*[，,；;：:][^（）()\s]*[)）]")


def without_notes(label: str) -> str:
    """A label with its bracketed notes empty, whose clause marks are no
    sentence's.

    >>> without_notes("部分公开（区分处理的，只计这一情"), without_notes("形，不计其他情形）")
    ('部分公开（）', '（）')
    """
    return _BRACKET_NOTE.sub("（）", label)


_WORD_CELL = regex.compile(r"[\p{L}\p{Nl}][^\d|｜]*")


def is_word_cell(cell: str, rules: RuleSet) -> bool:
    """A cell of words (Ⅳ类, 轻度富营养), not a figure or a unit."""
    return bool(_WORD_CELL.fullmatch(cell)) and unit_parts(cell, rules) == ("", "")


# Signs of a bound before a figure (≤14岁, ≥65岁), as tables write a class's.
_BOUND_SIGNS = frozenset("≤≥<>⩽⩾＜＞")


def is_class_label(text: str, rules: RuleSet) -> bool:
    """A row label that names a class by its bound (65岁及以上, 500万人以上,
    ≤14岁), not a figure."""
    m = rules.quantity.fullmatch(text)
    return bool(m and m.group("unit") and (m.group("qa") or m.group("qb") in _BOUND_SIGNS))


SERIAL = regex.compile(r"^\d{1,4}$")
"""A cell of a column of serial numbers or ranks (序号, 排名): no statistic."""


def is_serial_row(cells: list[str], rules: RuleSet) -> bool:
    """A row that begins with a serial number or rank, its label after it (1 金华 …)."""
    return len(cells) >= 2 and bool(SERIAL.match(cells[0])) and not rules.quantity.fullmatch(
        cells[1]) and cells[1] not in EMPTY_CELL


def unit_parts(text: str, rules: RuleSet) -> tuple[str, str]:
    """Scale and unit of a unit written alone (``万元`` -> (万, 元)); ("", "") if
    the text is no unit. Counters in brackets after a counter are its
    alternatives, kept as written as in prose (``万头（只）`` -> (万, 头（只）));
    other units in brackets are dropped for the first (``万吨（立方米）``).

    >>> from extract.rules import load_rules
    >>> unit_parts("万头（只、匹）", load_rules()), unit_parts("万元（现价）", load_rules())
    (('万', '头（只、匹）'), ('', ''))
    """
    return _unit_parts(text.strip(), rules)


# A table's cells of units, and its headers' units, are read again row after row.
@lru_cache(maxsize=4096)
def _unit_parts(text: str, rules: RuleSet) -> tuple[str, str]:
    alternatives = _ALTERNATIVE_UNITS.search(text)
    if alternatives and not rules.quantity.fullmatch("1" + text) and all(
            rules.quantity.fullmatch("1" + unit)
            for unit in alternatives.group("units").split("、")):
        text = text[:alternatives.start()]
    # A unit of 元 that names its currency after it (亿元人民币, as trade
    # releases write it) is that unit, as in prose (41.76万亿元人民币).
    if currency := regex.search(rf"(?<=元)(?:{rules.fragments['currency_word']})$", text):
        text = text[:currency.start()]
    m = rules.quantity.fullmatch("1" + text)
    if not m:
        return _per_package(text, rules)
    return m.group("scale") or "", m.group("unit") or ""


def written_unit(text: str, rules: RuleSet) -> tuple[str, str]:
    """Scale and unit of a cell of a column of units: one the rules know
    (unit_parts), else the cell's words, less a scale before them (万锭纱 ->
    (万, 锭纱)): the column says it is a unit.

    >>> from extract.rules import load_rules
    >>> written_unit("万锭纱", load_rules()), written_unit("万吨", load_rules())
    (('万', '锭纱'), ('万', '吨'))
    """
    parts = unit_parts(text, rules)
    text = text.strip()
    if parts != ("", "") or not is_word_cell(text, rules):
        return parts
    scale = next((s for s in sorted(rules.quantities.scales, key=len, reverse=True)
                  if s and text.startswith(s) and len(text) > len(s)), "")
    return scale, text[len(scale):]


# A unit per a package the vocabulary does not count in (元/桶, 元/袋).
_PER_PACKAGE = regex.compile(r"(?P<unit>[^/／]+)[/／](?P<package>\p{Han}{1,2})")


def _per_package(text: str, rules: RuleSet) -> tuple[str, str]:
    """Scale and unit of a known unit per a package (元/桶 -> ("", 元/桶)), as a
    price table's column of units writes them; else ("", "")."""
    m = _PER_PACKAGE.fullmatch(text)
    per = rules.quantity.fullmatch("1" + m.group("unit")) if m else None
    if not (m and per and per.group("unit")):
        return "", ""
    return per.group("scale") or "", f"{per.group('unit')}/{m.group('package')}"


_ALTERNATIVE_UNITS = regex.compile(r"(?<=\p{Han})[（(](?P<units>[\p{Han}、]{1,8})[)）]$")


# (市 of 市场 ends no place: 文化和旅游市场情况.)
_REGION_SUFFIXES = "特别行政区|自治区|自治州|自治县|地区|省|市(?!场)|县|区|州|盟|旗"
# One level of an administrative region's name (浙江省, 鄂尔多斯市, 内蒙古自治区).
REGION_LEVEL = rf"[\p{{Han}}]{{2,10}}?(?:{_REGION_SUFFIXES})"
_REGION_SUFFIX = regex.compile(f"(?:{_REGION_SUFFIXES})$")


def region_names(region: str) -> set[str]:
    """The ways a text names its region: each level, with and without its
    suffix (鄂尔多斯市东胜区 -> 鄂尔多斯市东胜区, 鄂尔多斯市, 鄂尔多斯, 东胜区, 东胜)."""
    levels = regex.findall(REGION_LEVEL, region)
    return {region, *levels, *(_REGION_SUFFIX.sub("", level) for level in levels)}


YEAR_LABEL = regex.compile(r"^(?:(?P<year>(?:19|20)\d{2})\s*[年届]?"
                          r"|(?:民国)?(?P<roc>9\d|1[01]\d)\s*年"
                          r"|(?P<numerals>[一二][〇○零一二三四五六七八九]{3})\s*年)"
                          r"(?:度|末|底)?(?:数|值)?$")
"""A column of one year: 2023年, 2023, 2023年末, a year's cohort of graduates (2023届);
or of the Republic's calendar (112年);
or in Chinese numerals (二零二四年), as Hong Kong's releases date their columns."""
_NUMERALS = str.maketrans("〇○零一二三四五六七八九", "000123456789")


def label_year(text: str) -> int | None:
    """The year a period label names (2023年 -> 2023, 112年 -> 2023, 二零二四年 ->
    2024), else None."""
    m = YEAR_LABEL.match(text)
    if m is None:
        return None
    if m.group("numerals"):
        return int(m.group("numerals").translate(_NUMERALS))
    return int(m.group("year")) if m.group("year") else int(m.group("roc")) + 1911


# The months a column covers (1-4月, 2025年1-6月, 6月末, 2024.1): the figures' own
# period; also in Chinese numerals, as Hong Kong's releases date their columns
# (二零二四年十月至十二月, three months to a period).
_MONTH = r"(?:\d{1,2}|十[一二]?|[一二三四五六七八九])"
MONTHS_LABEL = regex.compile(
    r"^(?:(?:(?:(?:19|20)\d{2}|[一二][〇○零一二三四五六七八九]{3})\s*年)?"
    rf"\s*(?:{_MONTH}\s*月?\s*(?:-|~|至|—)\s*)?{_MONTH}\s*月(?:份|末|底)?(?:累计)?"
    r"|(?:19|20)\d{2}\s*[.．/-]\s*(?:1[0-2]|0?[1-9]))$")


# A column of a quarter or half of a year (2024年第一季, 二○二三年第四季度, 上半年,
# 113年第4季 in the Republic's calendar), or of the whole year beside its
# quarters (2024年 over 全年 | 第1季 …).
QUARTER_LABEL = regex.compile(
    r"^(?:(?:(?:19|20)\d{2}|[一二][〇○零一二三四五六七八九]{3}|(?:民国)?(?:9\d|1[01]\d))\s*年)?\s*"
    r"(?:第?[一二三四1-4]\s*季度?|首季|[上下]半年|前三季度|全年)$")


# Digits that are part of a Latin name (PM2.5, PM10, O3, NO2, SO2; a class's
# 5A级, 4G; its parts joined by hyphens, each with a letter: O3-8h-90per,
# CO-95per, as air quality is reported): no figure.
_LATIN_NAME = regex.compile(r"(?<![\d.])\d?[A-Za-z][A-Za-z\d.₀-₉]*(?:-[\d.]*[A-Za-z][A-Za-z\d.]*)*")
# Digits that are part of a period a header names among its words (6月末余额,
# 比2019年增长（%）, 1-8月累计): no figure either.
_PERIOD_WORD = regex.compile(r"(?:19|20)\d{2}\s*[年届]|(?:\d{1,2}\s*(?:-|~|至|—)\s*)?\d{1,2}\s*月"
                          # a dotted month before a measure's name (2021.12用户规模（万）)
                          r"|^(?:19|20)\d{2}[.．](?:1[0-2]|0?[1-9])(?=\p{Han}{2})(?![万亿千百])")
# And of an age band or bound that names a group of people (0—14岁, 60岁及以上,
# 60周岁及以上老年人口), as census and ageing tables head their columns.
_AGE_CLASS = regex.compile(r"\d{1,3}\s*(?:[-~—–－至到]\s*\d{1,3}\s*周?岁(?:及?以上|及?以下)?"
                           r"|周?岁(?:及?以上|及?以下|(?=\p{Han})))")
# So is a band or bound of grades, magnitudes or degrees (M3.0-3.9级, M5.0级以上,
# 2-6度, 25度以上), as earthquake and slope tables head theirs; a grade alone
# (6.4级) is a figure.
_GRADE_CLASS = regex.compile(
    r"(?<![\d.])(?:[A-Za-z]{1,2}\s*)?\d{1,3}(?:\.\d+)?\s*(?:[-~～—–－至到]\s*(?:[A-Za-z]{1,2}\s*)?"
    r"\d{1,3}(?:\.\d+)?\s*[级度](?:及?以上|及?以下)?|[级度]\s*(?:及?以上|及?以下))")


# A rate per a population, in brackets after its name (发病率（/10万）,
# 死亡率(1/10万), 出生率（1/千）): a unit, not a figure.
PER_POPULATION = regex.compile(r"[（(]\s*1?\s*[/／]\s*(?:\d{1,6}|十)?\s*[万千百]?\s*[)）]$")
# The base of an index a header names (上月=100, （2020年=100）); unbracketed,
# a period only, so that a base wrapped onto the column's name keeps the name
# (环比 / 上月=100 read as 环比上月=100, 1-10月平均上年同期=100).
INDEX_BASE = regex.compile(r"(?:[（(][^（）()=＝]{0,10}"
                           r"|(?:[上去前本]|基期|\d{2,4}年)[^（）()=＝]{0,8})[=＝]\s*100\s*[)）]?$")
# A note's symbol after a column's name (第4季#, 2024年*): a table's notes
# below it say what it marks (# 预先估计数字), as Hong Kong's releases write them;
# or a letter in brackets after a period (114年(f), 第4季(p): 註：(f)為預測數).
NOTE_SYMBOL = regex.compile(r"(?<=\S)[#*※]{1,3}$|(?<=[年季月度])[(（][a-z][)）]$")


@lru_cache(maxsize=4096)  # (each table search asks it of the same cells again)
def is_header_cell(text: str) -> bool:
    """A cell that names a column: words, or a period (2023年, 1-4月), not a figure.

    >>> is_header_cell("PM2.5浓度（微克/立方米）"), is_header_cell("河北6460.7")
    (True, False)
    >>> is_header_cell("6月末余额（亿元）"), is_header_cell("比2019年增长(%)")
    (True, True)
    >>> is_header_cell("2021.12用户规模（万）"), is_header_cell("2021.12万人")
    (True, False)
    >>> is_header_cell("0—14岁"), is_header_cell("60周岁及以上老年人口"), is_header_cell("79岁")
    (True, True, False)
    >>> is_header_cell("同比（上年同月=100）"), is_header_cell("2020年=100")
    (True, True)
    >>> is_header_cell("发病率（/10万）"), is_header_cell("死亡率(1/10万)")
    (True, True)
    >>> is_header_cell("2024年第1季"), is_header_cell("第3季度")
    (True, True)
    >>> is_header_cell("其中5A级"), is_header_cell("5.4A"), is_header_cell("O3-8h-90per")
    (True, False, True)
    >>> is_header_cell("M3.0-3.9级"), is_header_cell("M5.0级以上"), is_header_cell("2-6度")
    (True, True, True)
    >>> is_header_cell("2度以下"), is_header_cell("6.4级"), is_header_cell("15度")
    (True, False, False)
    >>> is_header_cell("第4季#"), is_header_cell("2024年*"), is_header_cell("3.1#")
    (True, True, False)
    """
    text = PER_POPULATION.sub("", INDEX_BASE.sub("", NOTE_SYMBOL.sub("", text.strip())))
    words = _GRADE_CLASS.sub("", text)  # (before a Latin name takes M3.0 of M3.0-3.9级)
    words = _AGE_CLASS.sub("", _PERIOD_WORD.sub("", _LATIN_NAME.sub("", words)))
    return not any(ch.isdigit() for ch in words) or bool(
        YEAR_LABEL.match(text) or MONTHS_LABEL.match(text) or QUARTER_LABEL.match(text))


def is_header_line(line: str, columns: int, rules: RuleSet) -> bool:
    """A line of at least ``columns`` space-separated names, no sentence
    punctuation but the colon of a column that is part of the one before
    (60岁及以上  其中：65岁及以上). A table's number (表1 主要指标) starts a
    caption, not a header."""
    tokens = line.split()
    if len(tokens) < columns:  # (most lines: prose, one token)
        return False
    lead = rules.vocabulary.subrow_lead
    # (A 、 between the words of one name, 区、县（市）, is none: as in a row label.
    # A name is its token less some words, so only a token with a mark has a name with one.)
    return not any(PUNCTUATION.search(token) and PUNCTUATION.search(
        NAME_ENUMERATION.sub("", lead.sub("", token))) for token in tokens) and all(
        map(is_header_cell, tokens[1:])) and not rules.vocabulary.table_number.match(
        line.strip())


Extent = tuple[float, float]
"""The left and right edge of a word of a line, in display columns or points."""


def stacked_columns(lines: list[list[Extent]]) -> list[list[tuple[int, int]]] | None:
    """The words of consecutive lines (top to bottom) stacked into columns, as
    a header cell's text wraps: the middle of a word lies within the column it
    goes on with, or the column's middle within the word, whichever is
    narrower (lines of a cell are centred or left-aligned); a word beside
    every column starts one. Each column lists its words as (line, word)
    indexes, top to bottom. None where a word covers the edge of a column
    only, or two columns (a header spanning columns: 2023年 over 绝对数 增长),
    or two words of one line fall in one column.

    >>> stacked_columns([[(0, 8), (20, 26)], [(21, 25)]])
    [[(0, 0)], [(0, 1), (1, 0)]]
    >>> stacked_columns([[(14, 19)], [(10, 16), (20, 24)]]) is None
    True
    """
    columns: list[tuple[float, float, list[tuple[int, int]]]] = []
    for line, words in enumerate(lines):
        for word, (x0, x1) in enumerate(words):
            over = [k for k, (c0, c1, _) in enumerate(columns) if x0 < c1 and c0 < x1]
            if not over:
                columns.append((x0, x1, [(line, word)]))
                continue
            c0, c1, members = columns[over[0]]
            (a0, a1), (b0, b1) = sorted([(x0, x1), (c0, c1)], key=lambda e: e[1] - e[0])
            if len(over) > 1 or not b0 <= (a0 + a1) / 2 <= b1 or members[-1][0] == line:
                return None
            columns[over[0]] = (min(c0, x0), max(c1, x1), [*members, (line, word)])
    return [members for _, _, members in sorted(columns)]


_WORD = regex.compile(r"\S+")


def wrapped_header(top: str, below: str, rules: RuleSet) -> list[list[tuple[int, int, int]]] | None:
    """The cells of a table header laid out in columns by spaces whose cells
    wrap from line ``top`` onto line ``below`` (比上年 / 增长（%）): each cell
    the spans of its words, (0 or 1 for the line, start, end), top to bottom.
    None unless both lines only name columns and at least one cell wraps.
    The top line stands in columns: one word at its start is a caption, and
    so is one word that reads as a title or stands over no word below it.
    A line of bracketed units below gives the last cells theirs, in order.

    >>> from extract.rules import load_rules
    >>> wrapped_header("指标      比上年", "          增长（%）", load_rules())
    [[(0, 0, 2)], [(0, 8, 11), (1, 10, 15)]]
    >>> wrapped_header("居民收支主要数据", "指标    绝对数（元）", load_rules()) is None
    True
    >>> header = "指标名称" + " " * 12 + "单位" + " " * 12 + "绝对数"
    >>> wrapped_header(" " * 14 + "2024年主要指标", header, load_rules()) is None
    True
    >>> wrapped_header("地区 播种面积 总产量", " （千公顷） （万吨）", load_rules())
    [[(0, 0, 2)], [(0, 3, 7), (1, 1, 6)], [(0, 8, 11), (1, 7, 11)]]
    """
    units = units_under_header(top, below, rules)
    if units is not None:
        return units
    if rules.vocabulary.table_number.match(top.strip()):
        return None  # (附表  2022年…主要指标: a caption, its number apart from its title)
    # (A name padded to its column, 指  标, is one word.)
    spans = [cell_spans(line, rules) for line in (top, below)]
    if len(spans[0]) == 1 and spans[0][0][0] < 2:
        return None
    for line, words in zip((top, below), spans, strict=True):
        cells_apart = all(b[0] - a[1] >= 2 for a, b in pairwise(words))  # not one space
        # (其中：卫生 / 技术人员（人）: the colon of a column that is part of the one before.)
        if any(PUNCTUATION.search(rules.vocabulary.subrow_lead.sub("", line[s:e]))
               for s, e in words) or not cells_apart or not all(
                is_header_cell(line[s:e]) for s, e in words):
            return None
    extents = [[(display_width(line[:s]), display_width(line[:e])) for s, e in words]
               for line, words in zip((top, below), spans, strict=True)]
    stacked = stacked_columns(extents)
    if stacked is None or all(len(column) == 1 for column in stacked) or (
            len(spans[0]) == 1 and _is_caption_word(top.strip(), extents, stacked)):
        return None
    return [[(line, *spans[line][word]) for line, word in column] for column in stacked]


# A table's title: a year and then what the table shows (2023年主要农业指标),
# not the year of a column (2023年末).
_YEAR_TITLE = regex.compile(r"^(?:19|20)\d{2}\s*年\p{Han}{4,}")


_CENTRED = 0.1  # how far a centred title's middle may be from the header's, of its width


def _is_caption_word(word: str, extents: list[list[Extent]],
                     stacked: list[list[tuple[int, int]]]) -> bool:
    """Whether the one word of a line above a header is the table's caption, not
    the first line of a header cell: it reads as a title (2023年主要农业指标,
    …主要数据), or it does not stand over the word below it (its middle within
    that word), as the first part of a wrapped cell is centred or left-aligned
    over its column while a title is centred over the whole table. Centred
    over the header and wider than the word below it (主要农产品产量 over
    2003年), it is a title too: a wrapped cell's first line keeps to its column."""
    if _YEAR_TITLE.match(word) or is_title(word):
        return True
    column = next(column for column in stacked if (0, 0) in column)
    if len(column) < 2:
        return True
    (x0, x1), (b0, b1) = extents[0][0], extents[1][column[1][1]]
    left, right = extents[1][0][0], extents[1][-1][1]
    centred = abs((x0 + x1) - (left + right)) / 2 <= _CENTRED * (right - left)
    return not b0 <= (x0 + x1) / 2 <= b1 or (centred and x1 - x0 > b1 - b0)


_BRACKETED_UNIT = regex.compile(r"[（(](?P<unit>[^（）()]{1,10})[)）]")
_COMPARED_OPEN = regex.compile(r"\p{Han}(?:比|较|与)$")  # (营业收入比 | 2018 年)


def units_under_header(top: str, below: str, rules: RuleSet
                       ) -> list[list[tuple[int, int, int]]] | None:
    """The cells of a header (``top``) whose units stand on the line below, one
    bracketed unit for each of its last cells (播种面积 总产量 / （千公顷） （万吨）),
    in the shape ``wrapped_header`` gives; else None. The units go by order,
    not by position: tabs leave no columns to align."""
    names: list[tuple[int, int]] = []
    for s, e in cell_spans(top, rules):
        if names and _COMPARED_OPEN.search(top[names[-1][0]:names[-1][1]]) \
                and top[s:s + 1].isdigit():
            names[-1] = (names[-1][0], e)  # (a comparison goes on to its year: 比 2018 年)
        else:
            names.append((s, e))
    units = [m.span() for m in _WORD.finditer(below)]
    # The label column's name may stand on the units' line, left of the names
    # (地区生产总值  比上年增长 / 年  份  （亿元）  （%）): a column of its own.
    # (The words before the first unit are the name, padded or not: 年  份.)
    lead = next((k for k, u in enumerate(units) if _BRACKETED_UNIT.fullmatch(below[slice(*u)])), 0)
    label = [(units[0][0], units[lead - 1][1])] if lead and names else []
    if label and (len(units) - lead != len(names) or label[0][1] > names[0][0]
                  or not is_header_cell(below[slice(*label[0])])):
        return None
    units = units[lead:]
    if not 0 < len(units) <= len(names) or len(names) < 2 or PUNCTUATION.search(top) \
            or not all(is_header_cell(top[s:e]) and not _BRACKETED_UNIT.fullmatch(top[s:e])
                       for s, e in names):
        return None
    for k, (s, e) in enumerate(units):
        unit = _BRACKETED_UNIT.fullmatch(below[s:e])
        if unit is None and k == len(units) - 1:
            # The last name's end, with its unit (营业收入比 2018 年 / 增长（%）).
            unit = _BRACKETED_UNIT.search(below, s, e)
            unit = unit if unit and unit.end() == e and is_header_cell(below[s:e]) else None
        if unit is None or unit_parts(unit.group("unit"), rules) == ("", ""):
            return None
    under = dict(zip(range(len(names) - len(units), len(names)), units, strict=True))
    return [[(1, *span)] for span in label] + [
        [(0, s, e), *([(1, *under[k])] if k in under else [])] for k, (s, e) in enumerate(names)]


def is_group_row(line: str, rules: RuleSet, numbered: bool = False) -> bool:
    """A table row without figures that heads the rows below it: a breakdown
    (按常住地分：, 分行业), a lead (其中：) or a measure with its unit, whose
    members the rows below are (性别构成（%） over 男性, 女性). With
    ``numbered``, where the row cannot be a section's heading (a pipe row),
    so is a numbered group (三、邮政服务业务量 over 1.函件, 2.包裹)."""
    text = line.strip()
    ordinal = ROW_ORDINAL.match(text) if numbered else None
    if ordinal and ordinal.group("top"):
        text = text[ordinal.end():]
    name = text.rstrip("：:")
    unit = _BRACKETED_UNIT.search(name)
    measured = bool(unit and unit.end() == len(name) and unit.start() > 0
                    and unit_parts(unit.group("unit"), rules) != ("", ""))
    # (A measure's name may be long: 规模农业经营户农业生产经营人员年龄构成（%）.)
    if not 0 < len(name) <= (_MEASURE_ROW_MAX if measured else _GROUP_ROW_MAX) \
            or PUNCTUATION.search(name) or any(ch.isdigit() for ch in name):
        return False
    return name != text or bool(rules.vocabulary.by_frame.match(name)) or measured \
        or bool(ordinal and ordinal.group("top"))


# A group row that names a breakdown bare (分季节, 分品种, 按行业), as a
# table's stub lists its groups; a section's heading names a topic.
_BREAKDOWN_ROW = regex.compile(r"[分按]\p{Han}{1,6}[：:]?")
_GROUP_ROW_MAX = 20  # characters
_MEASURE_ROW_MAX = 40


# The first line of a row label that wraps: the words of one name (brackets and
# a 、 between words allowed), no figure, no clause mark.
_LABEL_START = regex.compile(r"[\p{Han}（）()]+")
_WRAPPED_LABEL_MIN = 6  # characters: a column narrow enough to wrap shorter names is rare


def is_label_wrap(line: str, row: list[str] | None, rules: RuleSet, below: str = "") -> bool:
    """Whether ``line`` holds the first part of the label of ``row`` (the
    cells of the line below), as a narrow label column wraps a long name
    (电力、热力、燃气及水生产和 / 供应业  0.62  0.6): the line is a name alone,
    longer than the rest of it below, and no row that heads others (其中：,
    按行业分).

    >>> from extract.rules import load_rules
    >>> is_label_wrap("电力、热力、燃气及水生产和", ["供应业", "0.62"], load_rules())
    True
    >>> is_label_wrap("城镇居民", ["工资性收入", "100"], load_rules())
    False
    """
    name = _lone_name(line, rules)
    if row is None or name is None:
        return False
    return len(name) >= _WRAPPED_LABEL_MIN and ROW_ORDINAL.match(row[0]) is None \
        and len(row[0]) < len(name) and (not below or _fills_label_column(line, below, rules))


def _lone_name(line: str, rules: RuleSet) -> str | None:
    """The name a line holds alone (without 、 between its parts), if it is no
    more than a name and no row that heads others (其中：, 按行业分)."""
    text = line.strip()
    name = NAME_ENUMERATION.sub("", text)
    return name if _LABEL_START.fullmatch(without_notes(name)) \
        and not is_group_row(without_notes(text), rules) else None


def is_label_end(line: str, row: list[str] | None, rules: RuleSet, above: str = "") -> bool:
    """Whether ``line`` holds the rest of the label of ``row`` (the cells of
    the line above), as a label column wraps a long name whose figures stand
    on its first line (电力、热力、燃气及水生产  168920 / 和供应业): the line is
    a name alone, no ordinal or row that heads others, shorter than the label
    above, which fills its column.

    >>> from extract.rules import load_rules
    >>> is_label_end("和供应业", ["电力、热力、燃气及水生产", "168920"], load_rules())
    True
    >>> is_label_end("城镇居民", ["合计", "100"], load_rules())
    False
    """
    if row is None:
        return False
    # A label in parts (三、本年度  3.补正后申请内容仍不明) wraps each part in its
    # column (办理结果  确): the line's last word goes on with the last part.
    parts = label_parts(row[0])
    words = line.split()
    if 1 < len(words) == len(parts):
        line, row = words[-1], [row[0][slice(*parts[-1])]]
    name = _lone_name(line, rules)
    if name is None or ROW_ORDINAL.match(line.strip()):
        return False
    spans = cell_spans(above, rules) if above else []
    if spans and not _fills_label_column(above[:spans[0][1]], above, rules):
        return False
    label = regex.sub(r"\s|(?<=\p{Han})、(?=\p{Han})", "", row[0])
    return len(label) >= _WRAPPED_LABEL_MIN and len(name) < len(label)


_LABEL_FILL = 0.6  # of the way to a row's first figure


def _fills_label_column(label: str, row_line: str, rules: RuleSet) -> bool:
    """Whether ``label`` (a line's start) reaches near the edge of the label
    column of the row ``row_line``, as a name must to wrap: a shorter line
    between rows is a row of its own (性别构成 over 男性, 女性)."""
    spans = cell_spans(row_line, rules)
    return len(spans) < 2 or display_width(label.rstrip()) >= _LABEL_FILL * display_width(
        row_line[:spans[1][0]])


def under_merged_cell(line: str, first_row: str, rules: RuleSet) -> bool:
    """Whether the row ``line`` leaves the first column blank under the table's
    first row ``first_row``: its first cell starts right of that row's first
    cell and before its third, so it stands in the second column."""
    spans, above = cell_spans(line, rules), cell_spans(first_row, rules)
    if not spans or len(above) < 3:
        return False
    start = display_width(line[:spans[0][0]])
    return display_width(first_row[:above[0][1]]) < start < display_width(
        first_row[:above[2][0]])


def beside_group_label(line: str, first_row: str, rules: RuleSet) -> bool:
    """Whether the row ``line``, one cell fewer than the table's first row
    ``first_row``, leaves its group's column blank where single spaces part
    the cells, as a PDF's text without layout does, so no position tells the
    columns: the first row names a group and its first member before its
    figures (职工医保 在职职工 41256), the row another member (退休人员 12034)."""
    above = cell_spans(first_row, rules)
    return len(above) >= 3 and not any(
        _ALIGNING_SPACES.search(text.strip()) for text in (line, first_row)) \
        and is_word_cell(first_row[slice(*above[1])], rules)


_TOTAL_NAME = regex.compile(r"^[合总小]\s*计")
_STACKED_LINES = 3  # header lines of a browser's copy: groups over groups over columns


def header_tree(names: list[list[str]], values: int) -> list[list[int | None]] | None:
    """The first value column of each cell of header lines (top to bottom)
    as a browser copies a web table's header: each line lists only the cells
    that begin in it, a merged cell once (行政复议 | 行政诉讼 / 结果维持 … 总计 |
    未经复议直接起诉 | 复议后起诉 / 结果维持 … 总计 twice, over 15 columns).

    The lowest line's cells are columns; a line above holds columns whose
    cells span down to the lowest (rowspan), and groups over the cells of the
    line below it, as many columns as the lowest line leaves unnamed: the top
    line groups only, where lines are three; two lines that name every
    column between them, the lower two or more, have no group, the top
    line's columns first. A group's members are consecutive: the line's
    groups are its last cells but totals (合计, 总计), which close a row,
    and they share the cells below in runs of one kind (columns, then
    groups), else equally. The first cell of the top line is
    the corner over the row labels (None) where only so do the cells name
    ``values`` columns, or where it is a note (本列数据的勾稽关系为：…). None
    where the lines do not fit together so.

    >>> header_tree([["行政复议", "行政诉讼"], ["维持", "总计", "未经复议", "复议后"],
    ...              ["维持", "总计", "维持", "总计"]], 6)
    [[0, 2], [0, 1, 2, 4], [2, 3, 4, 5]]
    >>> header_tree([["（注：一加二）", "申请人"], ["自然人", "法人", "总计"], ["企业", "其他"]], 4)
    [[None, 0], [0, 1, 3], [1, 2]]
    >>> header_tree([["PMI"], ["生产", "新订单", "从业人员"]], 4)
    [[0], [1, 2, 3]]
    """
    if not 2 <= len(names) <= _STACKED_LINES or not all(names) or values > _HEADER_COLUMNS:
        return None
    if len(names) == 2 and len(names[1]) >= 2 and len(names[0]) + len(names[1]) == values:
        # No group: the top line's cells span down, the composite before its
        # components (PMI over 生产 新订单 …, a web table's rowspan copied alone).
        # (One name a line is a cell printed over lines: listed_header's.)
        return [list(range(len(names[0]))), list(range(len(names[0]), values))]
    corners = (True,) if PUNCTUATION.search(names[0][0]) else (False, True)
    for corner in corners:
        lines = [names[0][1:] if corner else names[0], *names[1:]]
        firsts = _tree_columns(lines, values) if lines[0] else None
        if firsts is not None:
            return [[None, *firsts[0]] if corner else firsts[0], *firsts[1:]]
    return None


def _tree_columns(lines: list[list[str]], values: int) -> list[list[int]] | None:
    """``header_tree`` for lines without a corner cell."""
    bottom = len(lines[-1])
    # Columns named on each line above the lowest: none on the top of three.
    leaves = [0] * (len(lines) - 2) + [values - bottom]
    kinds: list[list[bool]] = [[False] * bottom]  # per line, whether each cell is a group
    for line, named in zip(reversed(lines[:-1]), reversed(leaves), strict=True):
        groups = len(line) - named
        candidates = [j for j, name in enumerate(line) if not _TOTAL_NAME.match(name)]
        if named < 0 or groups < 1 or len(candidates) < groups:
            return None
        chosen = set(candidates[len(candidates) - groups:])
        kinds.insert(0, [j in chosen for j in range(len(line))])
    members: list[list[list[int]]] = []  # per line above the lowest, per group, its cells below
    for k in range(len(lines) - 1):
        below = list(range(len(lines[k + 1])))
        groups = sum(kinds[k])
        runs = [list(g) for _, g in itertools.groupby(below, key=lambda j: kinds[k + 1][j])]
        if groups == 1:
            runs = [below]
        elif len(runs) != groups:
            if len(below) % groups:
                return None
            size = len(below) // groups
            runs = [below[g * size:(g + 1) * size] for g in range(groups)]
        members.append(runs)
    widths = [[1] * bottom]
    for k in reversed(range(len(lines) - 1)):
        runs = iter(members[k])
        widths.insert(0, [sum(widths[0][j] for j in next(runs)) if kinds[k][i] else 1
                          for i in range(len(lines[k]))])
    if sum(widths[0]) != values:
        return None
    firsts = [list(itertools.accumulate([0, *widths[0][:-1]]))]
    for k in range(len(lines) - 1):
        placed = [0] * len(lines[k + 1])
        groups = [i for i in range(len(lines[k])) if kinds[k][i]]
        for group, run in zip(groups, members[k], strict=True):
            column = firsts[k][group]
            for j in run:
                placed[j] = column
                column += widths[k + 1][j]
        firsts.append(placed)
    return firsts


@dataclass(frozen=True, slots=True)
class SpaceTable:
    """Line indexes of a table whose cells are separated by spaces."""

    captions: tuple[int, ...]
    header: int | None
    rows: tuple[int, ...]
    wrapped: int | None = None
    """A line between header and rows that goes on with the header's cells."""
    label_starts: tuple[int, ...] = ()
    """Lines that hold the first part of the label of the row below (is_label_wrap)."""
    label_ends: tuple[int, ...] = ()
    """Lines that hold the rest of the label of the row above (is_label_end)."""
    groups: tuple[int, ...] = ()
    """Lines above a header of periods that name what the periods under them
    measure (机构数（个） over 2021年 | 2020年), and the columns without a period;
    or above a header of names that repeat, the groups that tell them apart."""
    blank_firsts: tuple[int, ...] = ()
    """Rows whose first cell is blank: under a merged cell (a category written
    on the first row of its group only, as pdftotext prints it)."""
    placed: tuple[tuple[int, tuple[int, ...]], ...] = ()
    """Rows with blank cells (a column that does not apply to them): each
    line with the column its every cell stands in."""
    stacked: tuple[int, ...] = ()
    """Header lines of a browser's copy of a header over several rows, each
    listing the cells that begin in it (header_tree), top to bottom."""
    unlabelled: bool = False
    """Rows of figures only, without a label column (行政复议 | 行政诉讼 over one row)."""
    aligned: AlignedHeader | None = None
    """A header over several lines set in columns by spaces (aligned_header)."""
    listed: tuple[tuple[int, ...], ...] = ()
    """A header printed one cell per line (listed_header): the label column's
    lines (none perhaps), then each value column's, top to bottom."""
    cell_lines: tuple[tuple[int, ...], ...] = ()
    """Rows printed one cell per line (a PDF's text without layout): each
    row's lines, its label's first; ``rows`` holds those first lines."""
    stub: int | None = None
    """The label column's name alone on a line between ``header`` and
    ``wrapped`` (stub_between)."""

    @property
    def lines(self) -> list[int]:
        """All its lines, captions to rows."""
        return [*self.captions, *self.groups, *self.stacked,
                *(self.aligned.lines if self.aligned else ()),
                *(i for column in self.listed for i in column),
                *(i for i in (self.header, self.stub, self.wrapped) if i is not None),
                *sorted({*self.label_starts, *self.label_ends, *self.rows,
                         *(i for row in self.cell_lines for i in row)})]


Locate = Callable[[int, int, int], Extent]
"""The display columns (left, right) that characters start to end of line i take."""


def space_tables(lines: list[str], rules: RuleSet, wrap: Wrap,
                 locate: Locate | None = None) -> list[SpaceTable]:
    """Find tables written as lines of space-separated cells.

    Two or more consecutive row lines with the same number of cells make a
    table (one does under a header), and so do rows with fewer cells whose
    every cell stands in a column of the others (blank cells, in the display
    columns ``locate`` gives: those of the lines by default, those of the raw
    text where ``lines`` are normalised); the line above them is its header when
    it names enough columns, or the two lines above when the header's cells
    wrap onto the second, and short unpunctuated lines above that are its
    caption. Rows with columns of words (水质类别: Ⅳ类) make a table under a
    header only, two rows at least, their words in the same columns.
    """
    nonblank = [i for i, line in enumerate(lines) if line.strip()]
    cells = {i: space_row_cells(lines[i], rules) for i in nonblank}
    worded: dict[int, list[str] | None] = {}

    def worded_row(i: int) -> list[str] | None:
        if i not in worded:
            worded[i] = cells[i] or space_row_cells(lines[i], rules, words=True)
        return worded[i]

    def word_columns(row: list[str]) -> set[int]:
        return {j for j, cell in enumerate(row) if j and is_word_cell(cell, rules)}

    def with_units(i: int, units_at: int | None) -> list[str] | None:
        """Row line ``i`` read by a header with a column of units: its cell
        there is the row's unit, one the rules know or not (万锭纱)."""
        row = cells[i]
        if row is None and units_at is not None and (words := worded_row(i)) is not None \
                and word_columns(words) <= {units_at}:
            return words
        return row

    def at(i: int, start: int, end: int) -> Extent:
        return (display_width(lines[i][:start]), display_width(lines[i][:end]))

    where = locate or at
    placed: dict[int, tuple[int, ...]] = {}

    def padded(i: int, row: list[str], rows: list[int], width: int) -> list[str] | None:
        """The cells of row line ``i``, blanks where it has none under the
        columns of those of ``rows`` with ``width`` cells; None unless each
        of its cells stands in one column, in order, the first in the label's."""
        full = [k for k in rows if len(cell_spans(lines[k], rules)) == width]
        if "\t" in lines[i] or not full:
            return None
        columns: list[Extent] = []
        for j in range(width):
            edges = [where(k, *cell_spans(lines[k], rules)[j]) for k in full]
            columns.append((min(e[0] for e in edges), max(e[1] for e in edges)))
        at_columns = placed_in(columns, [where(i, *span) for span in cell_spans(lines[i], rules)])
        if at_columns is None or len(at_columns) != len(row):
            return None
        placed[i] = at_columns
        filled = dict(zip(at_columns, row, strict=True))
        return [filled.get(j, "") for j in range(width)]

    def captions_above(position: int) -> list[int]:
        """The caption lines up to ``nonblank[position]``, top to bottom."""
        captions: list[int] = []
        while position >= 0 and len(captions) < 4 and cells[nonblank[position]] is None:
            if not _is_caption_line(lines[nonblank[position]], rules, wrap):
                break
            captions.insert(0, nonblank[position])
            position -= 1
        return captions

    tables: list[SpaceTable] = []
    k = 0
    while k < len(nonblank):
        first = cells[nonblank[k]]
        row_at = cells.__getitem__
        if first is None and k and is_header_line(lines[nonblank[k - 1]], 2, rules):
            first, row_at = worded_row(nonblank[k]), worded_row
        units_at = None if first is None or not k else units_column(
            lines[nonblank[k - 1]], len(first), rules)
        if units_at is not None and row_at is not worded_row:
            row_at = partial(with_units, units_at=units_at)
        if first is None:
            if unlabelled := _unlabelled_table(lines, nonblank, k, rules, where):
                tables.append(unlabelled)
                k = bisect.bisect_right(nonblank, unlabelled.rows[-1])
                continue
            if listed_rows := _one_cell_per_line(lines, nonblank, k, rules):
                width = len(listed_rows[0])
                tables.append(SpaceTable(
                    tuple(captions_above(k - 1)), None, tuple(row[0] for row in listed_rows[1:]),
                    listed=((nonblank[k],), *((i,) for i in listed_rows[0][1:])),
                    cell_lines=tuple(listed_rows[1:])))
                k += width * len(listed_rows)
                continue
            k += 1
            continue
        # Blanks in the first row: its cells in the columns of the first wider
        # row of those that follow.
        wider: list[int] = []
        for i in nonblank[k + 1:]:
            if (row := row_at(i)) is None or len(row) > len(first):
                wider = [i] if row is not None else []
                break
        if wider:
            first = padded(nonblank[k], first, wider, len(row_at(wider[0]) or ())) or first
        # A numbered group row between the header and the first row (指标名称 | 单位 |
        # 累计 over 一、参保人数 over 职工基本医疗保险  万人  794.36) names the measure
        # of the rows below it, as in a pipe table: the table's, no heading.
        numbered_above = k >= 2 and _numbered_group(lines[nonblank[k - 1]], rules) \
            and is_header_line(lines[nonblank[k - 2]], len(first) - 1, rules) \
            and _in_label_column(nonblank[k - 1], nonblank[k], lines, rules, where)
        run = [nonblank[k]]
        label_starts: list[int] = []
        label_ends: list[int] = []
        blank_firsts: list[int] = []
        while k + len(run) + len(label_starts) + len(label_ends) < len(nonblank):
            after = k + len(run) + len(label_starts) + len(label_ends)
            # (A name alone over a header is the next table's caption: 第二十条第（六）项.)
            # A long name wraps over several lines, each the rest of the row's label.
            above = run[-1] if nonblank[after - 1] in label_ends else nonblank[after - 1]
            if is_label_end(lines[nonblank[after]], row_at(above), rules,
                            lines[above]) and not (
                    after + 1 < len(nonblank) and is_header_line(
                        lines[nonblank[after + 1]], len(first) - 1, rules)):
                label_ends.append(nonblank[after])
                continue
            wraps = after + 1 < len(nonblank) and is_label_wrap(
                lines[nonblank[after]], row_at(nonblank[after + 1]), rules,
                lines[nonblank[after + 1]])
            # A name alone that does not wrap heads the rows below it (性别构成
            # over 男性, 女性), as 按常住地分： does: it goes on with them; one
            # numbered as a group (二、长期护理保险) where the rows above number
            # theirs so (一、参保人数 …), or naming a breakdown (一、分季节 under
            # 全年粮食总计), not a heading after the table.
            ordinal = ROW_ORDINAL.match(lines[nonblank[after]].strip())
            heads = not wraps and _lone_name(lines[nonblank[after]], rules) is not None \
                and (ordinal is None or (ordinal.group("top") is not None and (any(
                    (above_ordinal := ROW_ORDINAL.match(lines[i].strip())) is not None
                    and above_ordinal.group("top") is not None
                    for i in (*run, *(nonblank[k - 1:k] if numbered_above else ())))
                    or _BREAKDOWN_ROW.fullmatch(lines[nonblank[after]].strip()[ordinal.end():]))))
            if after + 1 < len(nonblank) and (wraps or heads or is_group_row(
                    lines[nonblank[after]], rules)):
                after += 1
            nxt = row_at(nonblank[after])
            if nxt is not None and len(nxt) == len(first) - 1 and (under_merged_cell(
                    lines[nonblank[after]], lines[run[0]], rules) or beside_group_label(
                    lines[nonblank[after]], lines[run[0]], rules)):
                nxt = ["", *nxt]
                blank_firsts.append(nonblank[after])
            elif nxt is not None and len(nxt) < len(first):
                nxt = padded(nonblank[after], nxt, run + wider, len(first))
            if nxt is None or len(nxt) != len(first) or not word_columns(nxt) <= word_columns(
                    first) | {units_at}:
                break
            if wraps:
                label_starts.append(nonblank[after - 1])
                run.append(nonblank[after])
            else:
                run += nonblank[k + len(run) + len(label_starts) + len(label_ends):after + 1]
        position = k - 1
        heading: list[int] = []
        if numbered_above:
            heading = [nonblank[position]]
            position -= 1
        elif position >= 1 and is_label_wrap(lines[nonblank[position]], first, rules,
                                           lines[nonblank[k]]) \
                and is_header_line(lines[nonblank[position - 1]], len(first) - 1, rules):
            label_starts.insert(0, nonblank[position])  # the first row's label wraps
            position -= 1
        elif position >= 1 and (_lone_name(lines[nonblank[position]], rules) is not None or (
                is_group_row(lines[nonblank[position]], rules)
                and _in_label_column(nonblank[position], nonblank[k], lines, rules, where))) \
                and (is_header_line(lines[nonblank[position - 1]], len(first) - 1, rules) or (
                    position >= 2 and wrapped_header(lines[nonblank[position - 2]],
                                                     lines[nonblank[position - 1]], rules))) \
                and len(cell_spans(lines[nonblank[position]], rules)) == 1 \
                and ROW_ORDINAL.match(lines[nonblank[position]].strip()) is None:
            heading = [nonblank[position]]  # the first group row (性别构成（%） over 男性)
            position -= 1
        header = wrapped = None
        stacked: tuple[int, ...] | None = None
        aligned: AlignedHeader | None = None
        listed: tuple[tuple[int, ...], ...] | None = None
        groups: tuple[int, ...] = ()
        above = [lines[i] for i in nonblank[max(0, position - 1):position + 1]]
        two_line_header = wrapped_header(*above, rules) if len(above) == 2 else None
        stub = None
        if two_line_header is None and position >= 2 and stub_between(
                *(lines[i] for i in nonblank[position - 2:position + 1]), rules) and max(
                2, len(first) - 1) <= len(wrapped_header(lines[nonblank[position - 2]],
                                                         lines[nonblank[position]], rules)
                                          or ()) <= len(first):
            stub = nonblank[position - 1]
        elif max(2, len(first) - 1) <= len(two_line_header or ()) <= len(first):
            # Names wrapped over two lines may go on from a line above them,
            # under groups (2024年12月 over 销货价值 | 与2023年12月 / 比较的变动):
            # a header set in columns over all those lines.
            aligned = aligned_header(lines, nonblank[:position + 1], run, len(first) - 1,
                                     rules, where)
            if aligned is not None and len(aligned.lines) <= 2:
                aligned = None
        if stub is not None:
            header, wrapped = nonblank[position - 2], nonblank[position]
            position -= 3
        elif aligned is not None:
            position -= len(aligned.lines)
        elif grouped := _grouped_header(lines, nonblank, position, len(first), rules, where):
            header, groups = grouped
            position -= 1 + len(groups)
        elif max(2, len(first) - 1) <= len(two_line_header or ()) <= len(first):
            header, wrapped = nonblank[position - 1], nonblank[position]
            position -= 2
        elif position >= 0 and (is_header_line(lines[nonblank[position]], len(first) - 1, rules)
                                or _values_header(lines, nonblank[position], run[0], rules,
                                                  where)):
            header = nonblank[position]
            position -= 1
        elif stacked := stacked_header(lines, nonblank[:position + 1], len(first) - 1, rules):
            position -= len(stacked)
        elif aligned := aligned_header(lines, nonblank[:position + 1], run, len(first) - 1,
                                       rules, where):
            position -= len(aligned.lines)
        elif listed := listed_header(lines, nonblank[:position + 1], len(first) - 1, rules):
            position -= sum(map(len, listed))
        # One row is a table under a header that names two or more value columns,
        # or one under its own caption (第二十条第（五）项 over 信息内容 | 本年处理决定数量
        # over 行政许可  48563); rows with words are one under a header only, and two
        # rows at least.
        if (len(run) < 2 and ((header is None and not stacked and not aligned and not listed)
                              or (len(first) < 3 and (header is None
                                                      or not captions_above(position)))
                              or row_at is worded_row)) or (
                row_at is worded_row and header is None):
            k += 1
            continue
        run[:0] = heading
        tables.append(SpaceTable(tuple(captions_above(position)), header, tuple(run), wrapped,
                                 tuple(label_starts), tuple(label_ends), groups,
                                 tuple(i for i in blank_firsts if i in run),
                                 tuple((i, placed[i]) for i in run if i in placed),
                                 stacked or (), aligned=aligned, listed=listed or (),
                                 stub=stub))
        k = bisect.bisect_right(nonblank, run[-1])
    return tables


def _numbered_group(line: str, rules: RuleSet) -> bool:
    """A row without figures numbered as a group (一、参保人数)."""
    ordinal = ROW_ORDINAL.match(line.strip())
    return ordinal is not None and ordinal.group("top") is not None \
        and is_group_row(line, rules, numbered=True)


def _in_label_column(i: int, row: int, lines: list[str], rules: RuleSet, where: Locate
                     ) -> bool:
    """Whether line ``i`` starts in the label column of row line ``row``, left of
    its first figure, as a group row heading the rows below does (性别构成（%）
    over 男性); a header cell wrapped onto a line of its own (增长（%） under 比上年)
    stands over a value column."""
    spans = cell_spans(lines[row], rules)
    own = cell_spans(lines[i], rules)
    return len(spans) < 2 or not own or where(i, *own[0])[0] < where(row, *spans[1])[0]


def stub_between(top: str, stub: str, below: str, rules: RuleSet) -> bool:
    """Whether line ``stub`` is the label column's name alone, set between the
    two lines of a header whose cells wrap from ``top`` onto ``below``, as a
    PDF centres it in a header over three lines (年降水量  与上年 / 行政分区 /
    （毫米）  比较（%）): one name, left of both lines' first words.

    >>> from extract.rules import load_rules
    >>> stub_between(" " * 14 + "年降水量", "  行政分区", " " * 14 + "（毫米）", load_rules())
    True
    >>> stub_between("  年降水量", "  行政分区", "  （毫米）", load_rules())
    False
    """
    if len(cell_spans(stub, rules)) != 1 \
            or _lone_name(_LETTERS_APART.sub("", stub), rules) is None:
        return False
    if units_under_header(top, below, rules) is not None \
            and not _ALIGNING_SPACES.search(top.strip() + below.strip()):
        # A PDF's text without layout (单位数 从业人员 / 地 区 / （万个） （万人）):
        # names, the stub, then a unit for each name, in order.
        return True
    end = display_width(stub.rstrip())
    return all(display_width(line) - display_width(line.lstrip()) >= end + 2
               for line in (top, below))


def units_column(line: str, width: int, rules: RuleSet) -> int | None:
    """The column of a header line over rows of ``width`` cells that it heads
    单位 (计量单位): the rows' units."""
    if not is_header_line(line, width - 1, rules):
        return None
    names = [_LETTERS_APART.sub("", line[s:e]) for s, e in header_cell_spans(line, width, rules)]
    at = next((j for j, name in enumerate(names) if name in rules.vocabulary.unit_headers), None)
    return None if at is None else at + width - len(names) if len(names) < width else at


_LETTERS_APART = regex.compile(r"(?<=\p{Han})[ \t\u3000]+(?=\p{Han})")  # 单  位


def stacked_header(lines: list[str], above: list[int], values: int, rules: RuleSet
                   ) -> tuple[int, ...] | None:
    """The last lines of ``above`` (indexes of lines with text, the last just
    above a table's rows) that make a header of ``values`` columns as a
    browser copies one over several rows (header_tree): lines of names, three
    if they fit, else two; the first name may be the corner's note."""
    for count in range(_STACKED_LINES, 1, -1):
        chosen = above[len(above) - count:] if len(above) >= count else []
        names = [lines[i].split() for i in chosen]
        # (A browser parts a copy's cells by one tab; a PDF's text aligns them
        # in columns by runs of spaces, which aligned_header reads.)
        if chosen and not any(_ALIGNING_SPACES.search(lines[i].strip()) for i in chosen) \
                and all(_is_stacked_line(lines[i], k == 0, values, rules)
                          for k, i in enumerate(chosen)) \
                and header_tree(names, values) is not None:
            return tuple(chosen)
    return None


_ALIGNING_SPACES = regex.compile(r"\S[ \t]{2,}\S")


@dataclass(frozen=True, slots=True)
class AlignedHeader:
    """A header over several lines whose cells stand in columns by spaces
    (a PDF's text): its lines, and its cells as word spans (line, start, end)."""

    lines: tuple[int, ...]
    """All its lines, top to bottom, with those of the corner's note alone."""
    groups: tuple[tuple[tuple[int, int, tuple[tuple[int, int, int], ...]], ...], ...]
    """Per line of groups, top to bottom: each group's first and last value
    column and its words."""
    columns: tuple[tuple[tuple[int, int, int], ...], ...]
    """Per value column, the words that name it, top to bottom (a name wrapped)."""


_ALIGNED_LINES = 6  # header lines over a table's rows, the corner's note among them
_HEADER_COLUMNS = 40  # value columns a header over several lines names, at most
_OVERREACH = 2  # display columns a header word may reach into the room of the next column


def aligned_header(lines: list[str], above: list[int], rows: list[int], values: int,
                   rules: RuleSet, where: Locate, labelled: bool = True
                   ) -> AlignedHeader | None:
    """The header over ``rows`` (of a label and ``values`` figures) in the
    lines ``above`` them (the nearest last), set in columns by spaces over
    several lines: names of one column each at the foot, wrapped onto the
    lines below perhaps (商业 / 企业), and above them names of groups, each
    centred over the columns it spans (行政复议 over five, 行政诉讼 over ten;
    未经复议直接起诉 and 复议后起诉 over five each below it). Words left of the
    figures are the corner's note (本列数据的勾稽关系为：…), which may wrap below
    the names. None unless every column is named, and there are groups or the
    names wrap over three lines.
    Rows not ``labelled`` are figures only."""
    lead = int(labelled)
    if not 2 <= values <= _HEADER_COLUMNS:
        return None
    spans = {i: cell_spans(lines[i], rules) for i in rows}
    full = [i for i in rows if len(spans[i]) == values + lead]
    if not full:
        return None
    extents = []
    for j in range(lead, values + lead):
        edges = [where(i, *spans[i][j]) for i in full]
        extents.append((min(e[0] for e in edges), max(e[1] for e in edges)))
    # Each column's room: halfway to the columns beside it.
    centres = [(a + b) / 2 for a, b in extents]
    bounds = [-1e9, *((a + b) / 2 for a, b in pairwise(centres)), 1e9]
    # Words whose middle stands left of the first column's room are the corner's.
    edge = centres[0] - (centres[1] - centres[0]) / 2
    taken: list[tuple[int, list[tuple[int, int]]]] = []  # bottom to top
    for i in reversed(above[max(0, len(above) - _ALIGNED_LINES):]):
        text = lines[i].strip()
        words = [m.span() for m in _WORD.finditer(lines[i])]
        named = [w for w in words if sum(where(i, *w)) / 2 > edge]
        if rules.heading_start.match(text) or rules.vocabulary.table_number.match(text) \
                or not all(
                is_header_cell(lines[i][s:e]) and not PUNCTUATION.search(lines[i][s:e])
                for s, e in named):
            break
        taken.insert(0, (i, named))
    while taken and not taken[0][1]:
        taken.pop(0)  # the corner's note above the names is a caption's
    lines_named = [(i, words) for i, words in taken if words]

    def over(i: int, word: tuple[int, int]) -> list[int]:
        # (A word reaching a character into the next column's room is not
        # over it: full-width brackets widen a line set with ASCII ones.)
        x0, x1 = where(i, *word)
        return [j for j in range(values)
                if x0 + _OVERREACH < bounds[j + 1] and bounds[j] < x1 - _OVERREACH]

    foot = len(lines_named)
    while foot and all(len(over(i, w)) == 1 for w in lines_named[foot - 1][1]
                       for i in [lines_named[foot - 1][0]]):
        foot -= 1
    leaves, tops = lines_named[foot:], lines_named[:foot]
    columns: list[list[tuple[int, int, int]]] = [[] for _ in range(values)]
    for i, words in leaves:
        for w in words:
            columns[over(i, w)[0]].append((i, *w))
    # (Without groups, names wrapped over three lines or more, 发明专利 / 授权量 /
    # （件）: two are a wrapped header's, wrapped_header.)
    if not leaves or not (tops or len(leaves) >= 3) or not all(columns):
        return None
    groups = [_group_runs(i, words, extents, where) for i, words in tops]
    for k in reversed(range(len(groups) - 1)):  # a group spans the groups below it
        groups[k] = [(min([a, *(c for c, d, _ in groups[k + 1] if a <= (c + d) / 2 <= b)]),
                      max([b, *(d for c, d, _ in groups[k + 1] if a <= (c + d) / 2 <= b)]), w)
                     for a, b, w in groups[k]]
    return AlignedHeader(tuple(i for i, _ in taken),
                         tuple(tuple(line) for line in groups),
                         tuple(tuple(column) for column in columns))


def _group_runs(i: int, words: list[tuple[int, int]], extents: list[Extent], where: Locate
                ) -> list[tuple[int, int, tuple[tuple[int, int, int], ...]]]:
    """The columns each group word of line ``i`` spans: from the column under
    its middle, as far to either side alike as the line's other groups and
    the table's edges allow (a name centred over its columns)."""
    middles = [sum(where(i, *w)) / 2 for w in words]
    centres = [(a + b) / 2 for a, b in extents]
    runs = []
    for m in middles:
        # The column under its middle, or the two it is centred between.
        j = min(range(len(extents)), key=lambda j: abs(centres[j] - m))
        pair = next(([k, k + 1] for k in range(len(centres) - 1)
                     if abs(m - (centres[k] + centres[k + 1]) / 2) < abs(m - centres[j])), None)
        runs.append(pair or [j, j])
    grown = True
    while grown:
        grown = False
        for k, run in enumerate(runs):
            a, b = run[0] - 1, run[1] + 1
            others = [r for n, r in enumerate(runs) if n != k]
            if a >= 0 and b < len(extents) and not any(r[0] <= b and a <= r[1] for r in others):
                runs[k] = [a, b]
                grown = True
    return [(a, b, ((i, *w),)) for (a, b), w in zip(runs, words, strict=True)]


_LISTED_LINES = 3  # lines of one header cell printed a line each: its name, wrapped, its unit


def listed_header(lines: list[str], above: list[int], values: int, rules: RuleSet
                  ) -> tuple[tuple[int, ...], ...] | None:
    """The header over a table's rows of ``values`` figures in the last lines
    of ``above``, printed one cell per line as PDF text without layout gives
    it (地区 / R&D经费 / （亿元） / R&D经费投入 / 强度（%）): each value
    column's name ends with its unit, in brackets after it or on a line of
    its own, and a line without one goes on in the line below (a name
    wrapped), so the units part the columns. The line above the first
    column's name is the label column's (地区). Per column top to bottom, its
    lines, the label column's first (empty where there is none); else None."""
    if values < 2:
        return None
    columns: list[list[int]] = []
    corner: tuple[int, ...] = ()
    for i in reversed(above[max(0, len(above) - _LISTED_LINES * values - 1):]):
        text = lines[i].strip()
        if not _is_listed_line(text, rules):
            break
        unit = _ends_with_unit(text, rules)
        if unit and len(columns) < values:
            columns.insert(0, [i])
        elif unit or not columns:
            break
        elif len(columns) == values and not _BRACKETED_UNIT.fullmatch(lines[columns[0][0]].strip()):
            corner = (i,)  # (the first column's name is whole: what stands above is the corner's)
            break
        elif len(columns[0]) < _LISTED_LINES:
            columns[0].insert(0, i)
        else:
            break
    if len(columns) != values or any(_BRACKETED_UNIT.fullmatch(lines[c[0]].strip())
                                     for c in columns):
        return None  # (a unit alone names no column)
    return (corner, *map(tuple, columns))


def _ends_with_unit(text: str, rules: RuleSet) -> bool:
    """A header cell's name that ends with its unit in brackets (强度（%）), or that unit alone."""
    unit = _BRACKETED_UNIT.search(text)
    return bool(unit and unit.end() == len(text)
                and unit_parts(unit.group("unit"), rules) != ("", ""))


_LISTED_WIDTH = 8  # cells of a table printed one per line, at most
_LISTED_CELL = 20  # characters of a cell on a line of its own, at most


def _one_cell_per_line(lines: list[str], nonblank: list[int], k: int, rules: RuleSet
                       ) -> list[list[int]] | None:
    """A table printed one cell per line from ``nonblank[k]`` on, as a PDF's
    text without layout gives it: the header's names (产品名称 / 单位 / 产量 /
    比上年增长（%）), then each row's cells, as many (粮食 / 万吨 / 40.25 /
    0.8). The width is the one at which the lines after the names read as
    rows of a label and figures, two at least. The header's lines, then each
    row's; else None."""
    def single(i: int) -> bool:
        text = lines[i].strip()
        return len(text) <= _LISTED_CELL and len(cell_spans(text, rules)) == 1

    if not (single(nonblank[k]) and _is_listed_line(lines[nonblank[k]].strip(), rules)):
        return None
    for width in range(2, _LISTED_WIDTH + 1):
        header = nonblank[k:k + width]
        if len(header) < width or not all(
                single(i) and _is_listed_line(lines[i].strip(), rules) for i in header):
            return None
        rows: list[list[int]] = []
        at = k + width
        while at + width <= len(nonblank):
            row = nonblank[at:at + width]
            cells = space_row_cells(" ".join(lines[i].strip() for i in row), rules)
            if not all(map(single, row)) or cells is None or len(cells) != width:
                break
            rows.append(row)
            at += width
        if len(rows) >= 2:
            return [header, *rows]
    return None


@lru_cache(maxsize=4096)  # (asked of the same short lines by each table search)
def _is_listed_line(text: str, rules: RuleSet) -> bool:
    """A line that may be one header cell or a part of it: a name (words
    apart by single spaces at most, or padded to its column: 地  区), no row
    of figures, clause mark, caption, heading or title."""
    vocab = rules.vocabulary
    name = _SPACES.sub("", text)
    return bool(name) and (not _ALIGNING_SPACES.search(text) or len(cell_spans(text, rules)) == 1) \
        and is_header_cell(name) and not rules.quantity.fullmatch(name) \
        and not PUNCTUATION.search(vocab.subrow_lead.sub("", name)) \
        and not (vocab.table_number.match(text) or vocab.unit_caption.search(text)
                 or rules.heading_start.match(text) or is_title(text) or _YEAR_TITLE.match(name))


def _is_stacked_line(line: str, top: bool, values: int, rules: RuleSet) -> bool:
    """A line of names of a header over several rows: no more than the
    columns, no caption or heading; only the top line's first name (the
    corner's note) may have clause marks."""
    text = line.strip()
    names = text.split()
    vocab = rules.vocabulary
    return 0 < len(names) <= values + int(top) and all(
        is_header_cell(name) and not rules.quantity.fullmatch(name) for name in names) \
        and not any(PUNCTUATION.search(name) for name in names[int(top):]) \
        and not (vocab.table_number.match(text) or vocab.unit_caption.search(text)
                 or rules.heading_start.match(text) or is_title(text))


def _unlabelled_table(lines: list[str], nonblank: list[int], k: int, rules: RuleSet,
                      where: Locate) -> SpaceTable | None:
    """A table of rows of figures only, from ``nonblank[k]`` on, under a
    header over several rows that names each of their columns (行政复议 |
    行政诉讼 over 结果维持 … over 15 figures), as a browser copies a table
    without a label column; else None."""
    def figures(i: int) -> int:
        tokens = lines[i].split()
        return len(tokens) if len(tokens) >= 2 and all(
            rules.table_rule.pattern.fullmatch(t) for t in tokens) else 0

    width = figures(nonblank[k])
    if not 2 <= width <= _HEADER_COLUMNS:
        return None
    run = [nonblank[k]]
    while len(run) + k < len(nonblank) and figures(nonblank[k + len(run)]) == width:
        run.append(nonblank[k + len(run)])
    if stacked := stacked_header(lines, nonblank[:k], width, rules):
        return SpaceTable((), None, tuple(run), stacked=stacked, unlabelled=True)
    aligned = aligned_header(lines, nonblank[:k], run, width, rules, where, labelled=False)
    if aligned is None:
        return None
    return SpaceTable((), None, tuple(run), unlabelled=True, aligned=aligned)


def _values_header(lines: list[str], header: int, first_row: int, rules: RuleSet,
                   where: Locate) -> bool:
    """Whether a line heads only the value columns of the row below it
    (1990年  比上年增长％ over 粮  食  万吨  43500  6.7, the label and unit
    columns left without a name, as old bulletins print them): a name over
    each of its two or more figures, all right of its units."""
    line, row_line = lines[header], lines[first_row]
    row = cell_spans(row_line, rules)
    texts = [row_line[s:e] for s, e in row]
    lead = next((j for j, text in enumerate(texts) if j and rules.quantity.fullmatch(text)), 0)
    tokens = cell_spans(line, rules)
    if lead < 2 or len(tokens) != len(row) - lead or len(tokens) < 2 or not all(
            unit_parts(text, rules) != ("", "") for text in texts[1:lead]) or not all(
            rules.quantity.fullmatch(text) for text in texts[lead:]):
        return False
    return is_header_line(line, len(tokens), rules) \
        and where(header, *tokens[0])[0] >= where(first_row, *row[lead - 1])[1]


def placed_in(columns: list[Extent], cells: list[Extent]) -> tuple[int, ...] | None:
    """The column each of a row's cells stands in, among ``columns`` (their
    left and right edges): the one it overlaps, alone, the columns in order,
    the first cell in the first column; else None.

    >>> placed_in([(0, 8), (12, 17), (22, 26), (30, 34)], [(0, 6), (13, 17), (31, 34)])
    (0, 1, 3)
    >>> placed_in([(0, 8), (12, 17), (22, 26)], [(0, 6), (15, 24)]) is None
    True
    """
    found: list[int] = []
    for x0, x1 in cells:
        over = [j for j, (c0, c1) in enumerate(columns) if x0 < c1 and c0 < x1]
        if len(over) != 1 or (found and over[0] <= found[-1]) or (not found and over[0]):
            return None
        found.append(over[0])
    return tuple(found)


_GROUP_LINES = 2  # a header's lines above its periods: groups, and cells of columns without


def _grouped_header(lines: list[str], nonblank: list[int], position: int, columns: int,
                    rules: RuleSet, where: Locate) -> tuple[int, tuple[int, ...]] | None:
    """The header of a table of ``columns`` columns whose header ends at
    ``nonblank[position]`` in a line of periods (2021年 2020年 2021年 2020年)
    or of names that repeat (平均工资 增长 平均工资 增长),
    with the one or two lines above it that name what the periods measure
    (机构数（个） 床位数（张）, each over its periods) or head the columns that
    have no period (人口数（人）): (header, group lines); else None. Which
    column each word stands over is for the segmenter to read off the raw
    text's spacing; a line above that stands over none is a caption after all.
    Groups over names that repeat are fewer than the names: a word over each
    name goes on with it (城镇职工基本 over 医疗保险 | 医疗保险)."""
    line = lines[nonblank[position]]
    periods = _is_periods_line(line, columns, rules)
    names = 0 if periods else _repeated_names(line, columns, rules)
    if position < 1 or not (periods or names):
        return None
    groups: list[int] = []
    k = position - 1
    while k >= 0 and len(groups) < _GROUP_LINES and _is_group_line(
            lines[nonblank[k]], columns, rules) and (periods or _words_over(
                lines, nonblank[k], nonblank[position], where) < names):
        groups.insert(0, nonblank[k])
        k -= 1
    return (nonblank[position], tuple(groups)) if groups else None


def _words_over(lines: list[str], group: int, names: int, where: Locate) -> int:
    """How many words of group line ``group`` stand over the names of line
    ``names``, not over the columns that line leaves blank (商品名称 | 计量单位
    beside 1-12月 | 同比±%, over 数量 | 金额 | 数量 | 金额)."""
    first = _WORD.search(lines[names])
    left = where(names, *first.span())[0] if first else 0
    return sum(where(group, *m.span())[1] > left for m in _WORD.finditer(lines[group]))


def _is_period_cell(text: str, rules: RuleSet) -> bool:
    return bool(YEAR_LABEL.match(text) or MONTHS_LABEL.match(text) or QUARTER_LABEL.match(text)
                or rules.vocabulary.previous_header.match(text))


def _is_periods_line(line: str, columns: int, rules: RuleSet) -> bool:
    """A header line of two or more periods over value columns (the label
    column's name before them perhaps, padded: 地  区): 2021年 2020年 2021年 2020年."""
    tokens = [line[s:e] for s, e in cell_spans(line, rules)]
    periods = tokens[1:] if len(tokens) == columns else tokens
    return 2 <= len(periods) < columns and all(_is_period_cell(t, rules) for t in periods) \
        and (len(periods) == len(tokens) or is_header_cell(tokens[0]))


def _repeated_names(line: str, columns: int, rules: RuleSet) -> int:
    """How many value columns a header line names where the names repeat
    (平均工资 | 增长 | 平均工资 | 增长: only groups above them, 非私营单位 and
    私营单位, tell the columns apart); else 0."""
    tokens = [line[s:e] for s, e in cell_spans(line, rules)]
    names = tokens[1:] if len(tokens) == columns else tokens
    repeated = 2 <= len(names) < columns and len(set(names)) < len(names) \
        and all(map(is_header_cell, tokens)) and not PUNCTUATION.search(line)
    return len(names) if repeated else 0


def _is_group_line(line: str, columns: int, rules: RuleSet) -> bool:
    """A line of names of columns or of groups of them, not all periods, and
    no caption: no table number, unit or title."""
    text = line.strip()
    tokens = text.split()
    vocab = rules.vocabulary
    return 0 < len(tokens) <= columns and not PUNCTUATION.search(text) \
        and all(map(is_header_cell, tokens)) \
        and not all(_is_period_cell(t, rules) for t in tokens) \
        and not (vocab.table_number.match(text) or vocab.unit_caption.search(text)
                 or is_title(text) or _YEAR_TITLE.match(text))


def _is_caption_line(line: str, rules: RuleSet, wrap: Wrap) -> bool:
    """Whether a line above a table can be its caption: a unit line (（…）
    单位：万人), or a line without punctuation that is no heading and no line
    of wrapped prose."""
    text = line.strip()
    if rules.vocabulary.unit_caption.search(text):
        return True
    # (The colon after a table's number, 表1：…, is no clause's.)
    text = rules.vocabulary.table_number.sub("", text)
    # (Nor is the 、 between the words of one name: 药品、化妆品生产经营许可情况.)
    return not (PUNCTUATION.search(NAME_ENUMERATION.sub("", text)) or SENTENCE_END.search(text)
                or wrap.is_full(text)
                or rules.heading_start.match(text.lstrip("# ")))


def prose_wrap_and_tables(lines: list[str], rules: RuleSet) -> tuple[Wrap, list[SpaceTable]]:
    """The wrap of a text's prose and its space-aligned tables. The wrap is
    measured without the tables' rows and headers, which may be many lines of
    one width (a table of twelve months); a table's caption is then cut at the
    first line above it that is wrapped prose, as ``space_tables`` does."""
    tables = space_tables(lines, rules, Wrap(0))  # the wrap decides captions only
    wrap = wrap_of(lines, {i for t in tables for i in t.lines if i not in t.captions})
    return wrap, [replace(table, captions=_captions_within(table.captions, lines, rules, wrap))
                  for table in tables]


def _captions_within(captions: tuple[int, ...], lines: list[str], rules: RuleSet,
                     wrap: Wrap) -> tuple[int, ...]:
    """The caption lines nearest the table, up to the first that ``wrap``
    shows to be wrapped prose."""
    kept = len(captions)
    while kept and _is_caption_line(lines[captions[kept - 1]], rules, wrap):
        kept -= 1
    return captions[kept:]
