"""Stage 3, segment: title, headings, footnotes, prose and tables.

Works line by line on the normalised text, where each line is a paragraph
(hard breaks are already joined). A heading is a line that starts with an
ordinal of one of the levels in ``patterns/headings.yaml`` and continues the
numbering of its level; numbers such as ``1.57%`` or table rows never start
one. Footnote definitions are lines that start with a marker (``[2]根据…``).

A yearbook's headings carry no ordinals: its entries (条目) open with a title
in 【】 or 〔〕 (``【概况】 安仁镇地处…``), grouped under lines that only name
a part (``乡镇（街道）`` / ``安仁镇``). They are headings one level below the
numbered heading they stand in: their titles enter ``section_path``, and
``section_id`` stays the numbered heading's (see ``_unnumbered_headings``).
"""

from __future__ import annotations

import bisect
import html
from dataclasses import dataclass, field, replace
from itertools import pairwise

import regex

from .layout import (
    EMPTY_CELL,
    NOTE_LABEL,
    NOTE_WORDS,
    PUNCTUATION,
    REGION_LEVEL,
    ROW_ORDINAL,
    SENTENCE_END,
    SERIAL,
    TITLE_WORDS,
    YEAR_LABEL,
    AlignedHeader,
    SpaceTable,
    Wrap,
    cell_spans,
    chart_lines,
    display_width,
    header_cell_spans,
    header_tree,
    is_group_row,
    is_header_cell,
    is_pipe_row,
    is_serial_row,
    label_parts,
    space_row_cells,
    space_tables,
    unit_parts,
)
from .leading import with_leading_test
from .normalise import to_simplified
from .records import (
    Cell,
    FootnoteDef,
    Marker,
    NonFact,
    NormDoc,
    Paragraph,
    Section,
    SectionedDoc,
    Table,
)
from .rules import HeadingRule, RuleSet

# (Not the digits of a larger figure: 20733元 names no year 2073.)
_YEAR = regex.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
# A title's year, which is no amount (交易额突破2000亿元, 营收超1900万元).
# (Nor the year compared with: …多项指标超过2019年同期水平.)
_TITLE_YEAR = regex.compile(r"(?<![\d.])(?:19|20)\d{2}(?![\d.]|\s*[万亿千百元余多%％]|\s*年同期)")
# A periodical's issue (统计分析  2025年第6期): a running header's, no title's.
_ISSUE = regex.compile(r"(?:19|20)\d{2}\s*年\s*第\s*\d{1,3}\s*期\s*$")
# A county may be named by one character (澧县, 沛县), not by a word that speaks of
# counties (全县, 该县, 各县, 市县两级).
_ONE_CHARACTER_COUNTY = r"[^\W\d_全本我该各每此多两一外某市区州省郊邻原新上下其]县"
# The places of a kind a report on a province covers name no level of its region
# (江西省设区市科技创新能力监测报告, 广东省地级以上市…: the region is the province).
_PLACES_OF_A_KIND = "设区市|地级以上市|地级市|县级市"
_REGION = regex.compile(
    rf"(?P<region>(?:(?!{_PLACES_OF_A_KIND})(?:{REGION_LEVEL}|{_ONE_CHARACTER_COUNTY}))+)")
# What a web page or a post puts before a title: 重磅｜, 【权威发布】.
_TITLE_LEAD = regex.compile(r"^(?:[^|｜]{1,12}[|｜]|【[^】]{1,12}】)")
_DOCUMENT_NUMBER = regex.compile(
    r"^\p{Han}{1,12}[〔\[［(（]\s*(?:19|20)\d{2}\s*[〕\]］)）]\s*\d+\s*号\s*")
_PLAN_SPAN = regex.compile(r"[（(](?:19|20)\d{2}\s*[-—–~～至]\s*(?:19|20)\d{2}\s*年?[)）]")
# The source a news headline names before a colon (央行：…, 国家统计局：…), or
# the news it tells (北京住房公积金2024年年度报告发布：全年缴存额…).
_HEADLINE_SOURCE = regex.compile(r"^[\p{Han}\d]{2,24}[：:]")
# A date to the day (2025年2月3日, 2025-04-08): a dateline's, when a line has no
# other year, under a headline or above a release; no title.
_DATE = regex.compile(
    r"(?P<year>(?:19|20)\d{2})\s*(?:年\s*(?P<month>\d{1,2})\s*月\s*\d{1,2}\s*日"
    r"|(?P<sep>[-/.])(?P<month>\d{1,2})(?P=sep)\d{1,2})")
# The period a cover prints under its title, in brackets: （2021年度）, （2025年1-6月）.
_PERIOD_LINE = regex.compile(r"[（(]\s*(?:19|20)\d{2}\s*年[^（）()]{0,12}[)）]")
_HAN_NAME = regex.compile(r"\p{Han}+")
# Provinces by their short names (四川发布…, 2023年宁夏城镇单位…, 前4个月广东外贸…),
# named in full as their own bulletins' titles name them.
_PROVINCE_NAMES = {
    **{name: name + "市" for name in ("北京", "天津", "上海", "重庆")},
    **{name: name + "省" for name in (
        "河北", "山西", "辽宁", "吉林", "黑龙江", "江苏", "浙江", "安徽", "福建", "江西", "山东",
        "河南", "湖北", "湖南", "广东", "海南", "四川", "贵州", "云南", "陕西", "甘肃", "青海")},
    "内蒙古": "内蒙古自治区", "广西": "广西壮族自治区", "西藏": "西藏自治区",
    "宁夏": "宁夏回族自治区", "新疆": "新疆维吾尔自治区"}
_PROVINCES = regex.compile("|".join(_PROVINCE_NAMES))
# What a body says of its area: 全国 in a national bulletin, 全省/全市… in another.
_WHOLE_NATION = "全国"
_WHOLE_AREA = regex.compile("全(?:省|市|区|县|州|盟|旗|镇|乡)")
# A region's name ending in its whole area (河南全省, 春节假期全省…), and the 全
# of one named as a whole (河南全省), which is no part of its name.
_AREA_LEVELS = "省|市|区|县|州|盟|旗"
_WHOLE_AT_END = regex.compile(f"全(?:{_AREA_LEVELS})$")
_WHOLE_OF_REGION = regex.compile(f"(?<=\\p{{Han}}{{2}})全(?=(?:{_AREA_LEVELS})$)")
_NATION_MENTIONS = 3
# A year in Chinese numerals: 二〇二三年, 二○二三年.
_CN_YEAR = regex.compile(r"([一二][〇○零一二三四五六七八九]{3})年")
_LEADING_TIME = regex.compile(
    r"^(?:(?:19|20)\d{2}\s*年度?)?(?:\d{1,2}\s*(?:-\s*\d{1,2}\s*)?月份?"
    r"|[上下]半年|前三季度|第?[一二三四]季度)?")
# 注1 marks a footnote too, where a mark or the line's end follows (人数812.45万人注1，),
# and so do * and ※ after a word (生产总值*), when a note defines them (注：*…),
# and 注1 in brackets (澳門居民[註1]人口, defined as 註1：…).
_MARKER_PATTERN = (r"\[注?(?P<id>\d{1,3})\]|(?P<circled>[①-⑳])"
                   r"|注(?P<note>\d{1,2})(?=[，。；、：:）)\s]|$)")
_SYMBOL = r"(?P<symbol>[*※]{1,3})(?![*※])"
# (Behind a test of their first characters: the look-behind before a symbol
# would have them tried at every place of a paragraph.)
_MARKER = regex.compile(with_leading_test(rf"{_MARKER_PATTERN}|(?<=[^\s\d*※]){_SYMBOL}"))
# A footnote definition starts its line, after 注： perhaps; more may follow on the
# line, each after the end of the one before (注：①…。②…); a bracketed marker
# may follow the label with no colon (注[1]：…).
_DEFINITION = regex.compile(rf"^\s*(?:{NOTE_WORDS}\s*(?:[：:]\s*|(?=\[\d)))?"
                            rf"(?P<marker>{_MARKER_PATTERN}|{_SYMBOL})\s*[：:]?\s*")
# Numbered items are no headings: a list's after a colon (分行业看： / ①…； /
# ②…。), and a note's (注：1.… / 2.…, 附注： / 1.… / 2.…), which are footnotes
# 1, 2 … of the document.
_NOTE_ITEM = regex.compile(r"(?P<marker>(?P<id>\d{1,2})\s*[.．、](?!\d))\s*")
_NEXT_NOTE_ITEM = regex.compile(r"(?<=[。；;]\s*)(?P<marker>(?P<id>\d{1,2})\s*[.．、](?!\d))\s*")
# A number that is no year (a headline's 1.7万亿元, not 2023年).
_FIGURE_BESIDE_YEAR = regex.compile(
    r"(?<![\d.])(?!(?:19|20)\d{2}(?![\d.]))\d+(?:\.\d+)?(?![\d.]|\s*年)")
# A note's number right before a figure (注：1.2023年起…; 2.10个市州…): the
# number the notes are at, not a decimal.
_NOTE_ITEM_BEFORE_FIGURE = regex.compile(r"(?P<marker>(?P<id>\d{1,2})[.．])(?=\d)")
_NEXT_NOTE_ITEM_BEFORE_FIGURE = regex.compile(
    r"(?<=[。；;]\s*)(?P<marker>(?P<id>\d{1,2})[.．])(?=\d)")
# A note of its own line with no number (注：本表数据为快报数。), or one closing in
# brackets ((注：每千人口指标按常住人口计算。)): the document's footnote 1, or the
# next free number when numbered notes exist.
_BRACKETED_NOTE = regex.compile(rf"^\s*[（(]\s*{NOTE_WORDS}\s*[：:](?P<body>.+)[）)]\s*$")
_LIST_ITEM = regex.compile(r"^\s*(?:(?P<number>\d{1,2})\s*[.．、](?!\d)"
                           r"|[（(]\s*(?P<number>\d{1,2})\s*[)）]|(?P<circled>[①-⑳])"
                           r"|[（(](?P<cn>[一二三四五六七八九十]{1,3})[)）])")
_NEXT_DEFINITION = regex.compile(
    with_leading_test(rf"(?<=[。；;]\s*)(?P<marker>{_MARKER_PATTERN}|{_SYMBOL})\s*"))
_HEADING_MARK = regex.compile(r"^\s*#{1,6}\s*")
_CN_DIGITS = {c: i for i, c in enumerate("零一二三四五六七八九")} | {"〇": 0, "○": 0}
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_PIPE_SEPARATOR_ROW = regex.compile(r"^[\s|:：\-—]+$")
_PIPE_CELL = regex.compile(r"[^|｜]+")
_PIPE = regex.compile(r"[|｜]")
_GLUED_FIGURE = regex.compile(r"(?<=\p{Han})\d[\d,]*(?:\.\d+)?$")
# A yearbook's entry title, run into the entry's text or alone on its line
# (【概况】 安仁镇地处…, 〔统计执法〕); not a news dateline (【大公报讯】), nor a
# page's buttons (【打印】【关闭】), nor an ordinal (【一】, a numbered heading).
_ENTRY = regex.compile(
    r"^\s*(?:【(?P<title>[^【】〔〕\n]{1,20})】|〔(?P<title>[^【】〔〕\n]{1,20})〕)\s*")
_ENTRY_TITLE = regex.compile(r"[\p{Han}（）()“”、]+")
# A line that names a yearbook's part (乡镇（街道）, 安仁镇, 综  述): words alone.
_PART_TITLE = regex.compile(r"[\p{Han}（）()]{2,16}")
# The levels of a yearbook's un-numbered headings, below every numbered one:
# a chapter (类目), a part (分目), an entry (条目).
_CHAPTER_LEVEL, _PART_LEVEL, _ENTRY_LEVEL = 5, 6, 7


def ordinal_value(ordinal: str) -> int:
    """The number an ordinal stands for.

    >>> [ordinal_value(o) for o in ("3", "九", "十", "十二", "二十一")]
    [3, 9, 10, 12, 21]
    """
    if ordinal.isdigit():
        return int(ordinal)
    if "十" not in ordinal:
        return _CN_DIGITS.get(ordinal, 0)
    tens, _, units = ordinal.partition("十")
    return (_CN_DIGITS.get(tens, 0) if tens else 1) * 10 + _CN_DIGITS.get(units, 0)


@dataclass
class _Line:
    index: int
    start: int
    text: str

    @property
    def end(self) -> int:
        return self.start + len(self.text)


@dataclass
class _OpenSection:
    level: int
    section_id: str
    section_path: str
    children_last: dict[int, int] = field(default_factory=dict)
    """Last ordinal seen at each deeper level under this heading."""


def segment(norm: NormDoc, rules: RuleSet) -> SectionedDoc:
    """Cut a normalised document into title, sections, footnotes, prose and tables."""
    text = norm.simplified
    lines = _lines(text)
    tables, table_lines, table_prose, serials = _tables(lines, rules, norm)
    title_lines, title_span = _title(lines, table_lines, rules)
    # In the source's own script; a title a page wrapped is one line again.
    title = "".join(part.strip() for part in
                    norm.text[title_span[0]:title_span[1]].splitlines())
    # A web page's <title> names the article when its body does not, and the
    # site (…_中华人民共和国财政部, …_宁波市税务局) the region the article omits.
    page_title = _page_title(norm.raw.text) if norm.raw.format == "html" else []
    dated = next((part for part in page_title if _YEAR.search(part) or _CN_YEAR.search(part)),
                 "")
    if not title and page_title:
        title = dated or page_title[0]
    masthead = ""
    if title and dated and not (
            _YEAR.search(title) or _CN_YEAR.search(title) or rules.vocabulary.census.search(title)):
        # 香港特别行政区政府 新闻公报 over the article: its <title> names what and
        # when; the masthead may name where.
        title, masthead = dated, title
    region, year = _region_and_year(to_simplified(title), rules)
    if (whole := _WHOLE_AT_END.search(region)) and not _is_place(region[:whole.start()]):
        region = ""  # 2024年春节假期全省文化和旅游市场: the body's whole area, named by a period
    if region == "全国" and not any(name in title for name in rules.vocabulary.nation_words):
        # 国家 in a headline may name a national label (慈溪国家高新技术企业…):
        # a place it begins with, which the body calls its own (全市), is nearer.
        region = _short_named_region(to_simplified(title), text[title_span[1]:]) or region
    if not region:
        region = next((named for part in (masthead, *page_title)
                       if (named := _region_and_year(to_simplified(part), rules)[0])), "")
    if not region:
        # A release's masthead above its title (香港特别行政区政府 / 政府统计处 /
        # 新闻稿): an issuer's name begins with its region in full; a dateline's
        # place (据新华社北京6月4日电) is where the news was sent from.
        region = next((m.group("region") for line in lines[:_MASTHEAD_LINES]
                       if line.end <= title_span[0] and not _DIGIT.search(line.text)
                       and not PUNCTUATION.search(line.text)
                       and (m := _REGION.match(to_simplified(line.text.strip())))), "")
    if not region:
        # A periodical's running header (四川统计信息  2024年第58期) names its region
        # as a title would.
        region = next((named for line in lines[:_MASTHEAD_LINES]
                       if line.end <= title_span[0] and _ISSUE.search(line.text)
                       and (named := _region_and_year(
                           to_simplified(_ISSUE.sub("", line.text).strip()), rules)[0])), "")
    if not region:
        region = _short_named_region(to_simplified(title), text[title_span[1]:])
    if not region and (issuer := _ISSUER.search(text, title_span[1], title_span[1] + _HEAD_REACH)):
        # 政府工作报告 / ——在合肥市第十七届人民代表大会… / 合肥市人民政府市长 罗云峰:
        # a report titled without its place is signed by the place's government.
        region = issuer.group("region")
    if not region and (office := _REGION_OFFICE.search(
            to_simplified(text[title_span[1]:title_span[1] + _HEAD_REACH * 2]))):
        region = _REGION_OFFICES[office.group()]  # 政府统计处今日公布…: Hong Kong's
    if not region and text.count(_WHOLE_NATION) >= _NATION_MENTIONS \
            and not _WHOLE_AREA.search(text):
        region = "全国"  # 2021年度人力资源和社会保障事业发展统计公报: a ministry's, 年末全国…
    opening = text[title_span[1]:title_span[1] + _HEAD_REACH * 2]
    if year is None:
        year = _reported_year(opening) or _month_dated_year(opening) or _this_year(opening)
    if not region and _OUR_COUNTRY in title + opening:
        region = "全国"  # 4月份我国制造业PMI为49.0%: news of the nation's figures
    region = _WHOLE_OF_REGION.sub("", region)  # 河南全省信访总量…: 河南省

    stack: list[_OpenSection] = []
    top_last: dict[int, int] = {}
    sections: list[Section] = []
    footnotes: list[FootnoteDef] = []
    paragraphs: list[tuple[int, int, str, str]] = []
    nonfacts: list[NonFact] = list(serials)
    table_sections: dict[int, tuple[str, str]] = {}

    unnumbered = _unnumbered_headings(lines, {*table_lines, *title_lines}, rules)
    chart = chart_lines([line.text for line in lines])
    open_unnumbered: list[tuple[int, str]] = []  # (level, title) below the numbered heading

    def current() -> tuple[str, str]:
        section_id, path = (stack[-1].section_id, stack[-1].section_path) if stack else ("", "")
        return section_id, " > ".join([*([path] if path else []),
                                       *(title for _, title in open_unnumbered)])

    items_open = is_item = notes_open = False
    list_next: int | None = None  # the number the next item of a list after a colon has
    numbered: set[int] = set()  # indexes in footnotes of numbered notes (注：1.…)
    unnumbered_notes: set[int] = set()  # indexes in footnotes of notes with no number
    titled: _TitledNotes | None = None  # notes whose items are titles, open
    note_spans: dict[int, list[tuple[int, int]]] = {}  # a titled note's lines
    previous_end = -1  # where the last line with text ended
    for line in lines:
        stripped = line.text.strip()
        if stripped:
            line_before_end, previous_end = previous_end, line.end
        if not stripped or line.index in title_lines:
            items_open = items_open and not is_item  # a blank line ends a list begun
            if _FIGURE_BESIDE_YEAR.search(stripped):
                # A news headline's figures are the article's (…突破1.7万亿元).
                indent = len(line.text) - len(line.text.lstrip())
                paragraphs.append((line.start + indent, line.end, "", ""))
            continue
        if titled is not None:
            found = None if line.index in table_lines else _titled_note(
                text, line, titled, footnotes, rules, stack, top_last)
            if found is not None:
                numbered.update(range(len(footnotes), len(footnotes) + len(found)))
                footnotes += found
                is_item = items_open = notes_open = True
                list_next = None
                continue
            titled = None
        label = NOTE_LABEL.match(line.text)
        alone = label is not None and not line.text[label.end():].strip()
        if alone and line.index not in table_lines and _titled_notes(lines, line.index,
                                                                     table_lines, rules):
            titled = _TitledNotes(note_spans)
        note = _NOTE_ITEM.match(line.text, label.end()) if label else (
            _NOTE_ITEM.match(line.text, len(line.text) - len(line.text.lstrip()))
            if notes_open else None)
        if note is None and (label or notes_open):
            first = _NOTE_ITEM_BEFORE_FIGURE.match(
                line.text, label.end() if label else len(line.text) - len(line.text.lstrip()))
            if first and (first.group("id") == "1" if label else _next_note(
                    first.group("id"), footnotes)):
                note = first
        if note is not None and not label and not items_open and not (
                _next_note(note.group("id"), footnotes) and stripped.endswith(_SENTENCE_ENDS)):
            # After a blank line only the next number, written as a sentence, goes
            # on with the notes: 2.医疗救助 is a heading.
            note = None
        # A note defined by its marker (※…) is an item of the notes around it.
        is_item = note is not None or (items_open and bool(
            _list_item(line.text, list_next, rules)
            or (notes_open and _DEFINITION.match(line.text))))
        # Items written as paragraphs of their own (a web page's <p> each) go on
        # with the list past a blank line: the next number, a sentence with figures.
        is_item = is_item or (not notes_open and list_next is not None
                              and _goes_on_list(line.text, list_next, rules))
        list_next = _item_number(line.text) + 1 if is_item and note is None else None
        notes_open = bool(label) or (notes_open and is_item)
        # A label alone on its line (附注) opens its items as a colon does; a
        # heading's colon opens headings below it (（三）贷款： / 1.个人住房贷款：…).
        items_open = is_item or alone or (stripped.endswith(("：", ":"))
                                          and not rules.heading_start.match(stripped))
        if note is not None and line.index not in table_lines:
            found = _note_items(text, line.start, note, line.end)
            numbered.update(range(len(footnotes), len(footnotes) + len(found)))
            footnotes += found
            # (A number the list ordinals cannot tell from a decimal: 1.2023年起.)
            nonfacts += [NonFact(f.start, f.start + len(f.footnote), "nonfact.list_ordinal")
                         for f in found if text[f.body_start - 1] in ".．"
                         and text[f.body_start].isdigit()]
            continue
        if line.index in table_lines:
            first = table_lines[line.index]
            table_sections.setdefault(first, current())
            for start, end in table_prose.get(line.index, ()):
                paragraphs.append((start, end, *current()))
            continue
        definition = _DEFINITION.match(line.text)
        # 注：①…。 / ②…: the next note, on the line after the one before, though
        # no sentence used its marker.
        if definition and (_defines(definition, line, text) or (
                footnotes and footnotes[-1].end == line_before_end
                and _next_note(_marker_id(definition), footnotes))):
            footnotes += _definitions(text, line.start, definition, line.end)
            continue
        bracketed = None if label else _BRACKETED_NOTE.match(line.text)
        if (label and not alone) or bracketed:
            body = (line.start + bracketed.start("body"), line.start + bracketed.end("body")) \
                if bracketed else (line.start + label.end(), line.end)
            unnumbered_notes.add(len(footnotes))
            indent = len(line.text) - len(line.text.lstrip())
            footnotes.append(FootnoteDef(footnote="", text=text[body[0]:body[1]].strip(),
                                         start=line.start + indent, end=body[1],
                                         body_start=body[0]))
            continue
        if line.index in unnumbered:
            level, title_text, body_start = unnumbered[line.index]
            while open_unnumbered and open_unnumbered[-1][0] >= level:
                open_unnumbered.pop()
            open_unnumbered.append((level, title_text))
            section_id, path = current()
            sections.append(Section(
                section_id=section_id, level=level, ordinal="", title=title_text,
                section_path=path, start=line.start, end=len(text),
                ordinal_span=(line.start, line.start),
                rule="heading.entry" if level == _ENTRY_LEVEL else "heading.part"))
            if body_start < line.end:
                paragraphs.append((body_start, line.end, section_id, path))
            continue
        # A line ending in ； is an item of a list, not a heading.
        heading = None if is_item or stripped.endswith(("；", ";")) \
            else _heading(line, rules, stack, top_last)
        if heading is None:
            if line.index not in chart:  # (a chart's labels and figures are no prose)
                paragraphs.append((line.start + len(line.text) - len(line.text.lstrip()),
                                   line.end, *current()))
            continue
        rule, level, ordinal, span, title_text, body_start = heading
        open_unnumbered.clear()
        while stack and stack[-1].level >= level:
            stack.pop()
        parent_last = stack[-1].children_last if stack else top_last
        parent_last[level] = ordinal_value(ordinal)
        for deeper in [lvl for lvl in parent_last if lvl > level]:
            del parent_last[deeper]
        number = str(ordinal_value(ordinal))
        section_id = f"{stack[-1].section_id}.{number}" if stack else number
        path = f"{stack[-1].section_path} > {title_text}" if stack else title_text
        stack.append(_OpenSection(level, section_id, path))
        sections.append(Section(section_id=section_id, level=level, ordinal=ordinal,
                                title=title_text, section_path=path, start=line.start,
                                end=len(text), ordinal_span=span, rule=rule.id))
        nonfacts.append(NonFact(span[0], span[1], rule.id))
        if body_start < line.end:
            paragraphs.append((body_start, line.end, section_id, path))

    for k in note_spans:
        note = footnotes[k]
        footnotes[k] = replace(note, text=text[note.body_start:note.end].strip())
    footnotes = _own_ids(footnotes, numbered)
    last = max((int(f.footnote) for f in footnotes if f.footnote.isdigit()), default=0)
    for number, k in enumerate(sorted(unnumbered_notes), last + 1):
        footnotes[k] = replace(footnotes[k], footnote=str(number))
    # A table's row labels carry markers too (茶叶*).
    labels = [(row[0].start, row[0].end, *table_sections.get(first_line, ("", "")))
              for first_line, t in tables for row in t.rows[t.header_rows:] if row]
    scanned = sorted([*paragraphs, *labels])
    markers = tuple(_markers(text, scanned, {f.footnote for f in footnotes}))
    footnote_paths = _footnote_paths(markers, scanned)
    all_paragraphs = [Paragraph(s, e, sid, path) for s, e, sid, path in paragraphs]
    for k, definition in enumerate(footnotes):
        # A titled note's text is its title and the lines after it, each a paragraph.
        for start, end in note_spans.get(k, [(definition.body_start, definition.end)]):
            if start < end:
                all_paragraphs.append(Paragraph(start, end, f"fn{definition.footnote}",
                                                footnote_paths.get(definition.footnote, "")))
    all_paragraphs.sort(key=lambda p: p.start)
    marker_at = {m.end: m.start for m in markers}
    placed_tables = tuple(
        Table(t.start, t.end, t.caption,
              tuple(tuple(_without_marker(c, marker_at) if k == 0 else c
                          for k, c in enumerate(row)) for row in t.rows),
              t.header_rows, *table_sections.get(first_line, ("", "")))
        for first_line, t in tables)
    return SectionedDoc(norm=norm, title=title, region=region, year=year,
                        sections=_with_ends(sections, len(text)), footnotes=tuple(footnotes),
                        markers=markers,
                        paragraphs=tuple(all_paragraphs), tables=placed_tables,
                        nonfacts=tuple(nonfacts))


def _without_marker(cell: Cell, marker_at: dict[int, int]) -> Cell:
    """A cell without the footnote marker that ends it (茶叶* -> 茶叶)."""
    start = marker_at.get(cell.end)
    if start is None or start <= cell.start:
        return cell
    # (Counted from the end: a wrapped label's text leaves out the line break.)
    return Cell(cell.text[:len(cell.text) - (cell.end - start)], cell.start, start)


def _with_ends(sections: list[Section], text_end: int) -> tuple[Section, ...]:
    """Each section ends where the next heading of its level or a higher one begins."""
    ended = []
    for i, section in enumerate(sections):
        end = next((s.start for s in sections[i + 1:] if s.level <= section.level), text_end)
        ended.append(replace(section, end=end))
    return tuple(ended)


def _lines(text: str) -> list[_Line]:
    lines = []
    start = 0
    for index, line in enumerate(text.split("\n")):
        lines.append(_Line(index, start, line))
        start += len(line) + 1
    return lines


def _title(lines: list[_Line], table_lines: dict[int, int], rules: RuleSet
           ) -> tuple[tuple[int, ...], tuple[int, int]]:
    """The bulletin's title (its lines, if it stands alone, and its span): an early
    line naming a bulletin, not a heading (二、业务运行情况), one with a year first
    (a web page's breadcrumb 首页 > 统计公报 names none), else a bulletin named
    in 《》, else an early short line with a year and no punctuation. A cover
    page may wrap the title after its region, year or a 和 (锡林郭勒盟2023年 /
    国民经济和社会发展统计公报): the two lines are one title; so may a 通报's,
    its issuer first (万州区应急管理局 / 关于2024年全区…情况的通报), when the
    title names no region of its own."""
    early = [line for line in lines if line.text.strip()][:6]
    found = []
    for position, line in enumerate(early):
        mark = _HEADING_MARK.match(line.text)
        candidate = line.text[mark.end() if mark else 0:].strip(" |")
        # A 通报 may run its document number into its title (锡安办〔2023〕4号关于
        # 2022年…的通报): the number is no part of it, nor is its year the one reported.
        candidate = _DOCUMENT_NUMBER.sub("", candidate)
        if not TITLE_WORDS.search(candidate) or len(candidate) > 60 or _ISSUE.search(candidate) \
                or SENTENCE_END.search(candidate) or rules.heading_start.match(candidate) \
                or rules.vocabulary.breadcrumb.search(candidate) or _DATE.match(candidate):
            continue  # (nor a dateline: 2025年02月15日 07:30 大公報 names a paper)
        start = line.start + line.text.index(candidate)
        end = start + len(candidate)
        indices: tuple[int, ...] = () if line.index in table_lines else (line.index,)
        head = early[position - 1].text.strip() if position and indices else ""
        if head and _is_title_head(head, rules, len(candidate)) and (
                not _YEAR.search(candidate)
                or (candidate.startswith("关于") and not _region_and_year(candidate, rules)[0])):
            before = early[position - 1]
            indices, start = (before.index, *indices), before.start + before.text.index(head)
            candidate = head + candidate
        elif candidate in rules.vocabulary.generic_titles:
            continue
        found.append((indices, (start, end), bool(_YEAR.search(candidate)
                                                  or rules.vocabulary.roc_year.search(candidate)
                                                  or rules.vocabulary.census.search(candidate))))
    if found:
        indices, span, dated = next((f for f in found if f[2]), found[0])
        after = next((line for line in early if line.start > span[1]), None)
        if not dated and indices and after is not None \
                and _PERIOD_LINE.fullmatch(after.text.strip()):
            # 广东省药品监督管理统计年报 / （2021年度）: the cover's period ends its title.
            return (*indices, after.index), (span[0], after.start + len(after.text.rstrip()))
        return indices, span
    # A bulletin quoted in the body (…此前发布的《2023年…公报》显示) titles the
    # document unless a headline above it does (民政部：2024年全国结婚登记610.6万对):
    # news of later figures often cites an earlier bulletin.
    quoted = next(((line, m) for line in lines[:200]
                   if (m := rules.vocabulary.quoted_title.search(line.text))), None)
    headline = _headline([line for line in early if quoted is None or line.start < quoted[0].start],
                         table_lines, rules)
    if headline is None and quoted is not None:
        line, m = quoted
        return (), (line.start + m.start(1), line.start + m.end(1))
    return headline or ((), (0, 0))


def _headline(early: list[_Line], table_lines: dict[int, int], rules: RuleSet
              ) -> tuple[tuple[int, ...], tuple[int, int]] | None:
    """A news headline or a release's title by its subject, among the ``early``
    lines: dated or naming a place, unpunctuated and short."""
    # A release titled by its subject (二○二四年第一季香港本地生产总值), or news
    # by its place and period (苏州1—10月主要经济指标持续向好).
    for position, line in enumerate(early):
        candidate = line.text.strip(" |")
        # News puts its dateline under its headline (…满意率达97.8% / 2024年02月05日
        # 04:12 香港文匯報): a line above a date heads the page, whatever it names.
        above_date = position + 1 < len(early) \
            and bool(_DATE.match(early[position + 1].text.strip()))
        # A news headline may name its source before a colon (央行：2023年末M2余额…),
        # and pair two headlines on its line (…授权92.1万件　每万人口…达11.8件):
        # as long as a bulletin's title may be.
        said = _HEADLINE_SOURCE.match(candidate)
        if (_YEAR.search(candidate) and not _YEAR.search(_DATE.sub("", candidate))) \
                or _ISSUE.search(candidate):
            continue
        # (A headline may name its place and its news but no year: 深圳市人民检察院
        # 工作报告解读：去年起诉…, 广东婴儿死亡率降至1.71‰, 12月末我国外汇储备…;
        # a masthead names a place without a colon.)
        if (_YEAR.search(candidate) or _CN_YEAR.search(candidate)
                or rules.vocabulary.roc_year.search(candidate) or _dated_place(candidate)
                or (said and (_REGION.match(to_simplified(candidate))
                              or rules.vocabulary.national.search(to_simplified(said.group()))))
                or _PROVINCES.match(to_simplified(candidate))
                or _OUR_COUNTRY in candidate or above_date) \
                and len(candidate) <= (_TITLE_MAX if said or above_date else _SUBJECT_TITLE_MAX) \
                and not PUNCTUATION.search(candidate[said.end() if said else 0:]) \
                and not rules.heading_start.match(candidate) and line.index not in table_lines:
            start = line.start + line.text.index(candidate)
            return (line.index,), (start, start + len(candidate))
    return None


_TITLE_MAX = 60  # characters of a title (or a news headline's two)
_SUBJECT_TITLE_MAX = 40  # of a release titled by its subject alone
# Two headlines on one line, parted by spaces (…门槛270.23亿元　浙江连续26年居首).
_PAIRED_HEADLINES = regex.compile(r"(\S{6,})[ \t　]+\S{6,}")


_PAGE_TITLE = regex.compile(r"<title\b[^>]*>(?P<title>[^<]{1,300})</title\s*>", regex.I)
# What parts a page's <title> into the article's and the site's names
# (2023年财政收支情况_中华人民共和国财政部): not the dash of a span (1-6月).
_TITLE_PARTS = regex.compile(r"\s*[_|｜]\s*|\s+[-–—]+\s+|(?<!\d)[-–—]+|[-–—]+(?!\d)")


def _page_title(page: str) -> list[str]:
    """The parts of a web page's <title>: the article's name and the site's."""
    m = _PAGE_TITLE.search(page)
    if not m:
        return []
    return [p for p in _TITLE_PARTS.split(html.unescape(m.group("title")).strip()) if p]


def _short_named_region(title: str, body: str) -> str:
    """The region a headline names by its short name (温州金融运行平稳…,
    宁波外贸…), where the body speaks of the whole area (全市) and names the
    place with that suffix (温州市): the longest such name the title begins with."""
    area = _WHOLE_AREA.search(body)
    if not area:
        return ""
    suffix = area.group()[1]
    named = next((title[:size] + suffix for size in (4, 3, 2)
                  if _HAN_NAME.fullmatch(title[:size]) and _named_in(title[:size] + suffix, body)),
                 "")
    # A body may name the place only as 全市 where its headline dates it (苏州1—10月…).
    return named or (place + suffix if (place := _dated_place(title)) else "")


def _is_place(name: str) -> bool:
    """Whether ``name`` is a place's name as jieba tags one (河南, 鄂尔多斯; not 春节假期)."""
    from .words import leading_place  # (rjieba only for a title's name)

    return bool(name) and leading_place(name) == name


def _dated_place(headline: str) -> str:
    """The place a news headline begins with when a period follows it (苏州1—10月…,
    常州前三季度…), as a headline dates a place's figures: a name jieba tags a place."""
    from .words import leading_place  # (rjieba only for a headline's name)

    place = leading_place(headline)
    period = _LEADING_TIME.match(headline[len(place):])
    return place if _HAN_NAME.fullmatch(place) and 2 <= len(place) <= 4 \
        and period is not None and period.end() > 0 else ""


def _named_in(name: str, body: str) -> bool:
    """Whether ``body`` names ``name`` as a word of its own: 政府市 is no place in
    合肥市人民政府市长 (人民政府 / 市长), so 政府工作报告 names none."""
    from .words import word_boundaries  # (rjieba only for a headline's name)

    at = body.find(name)
    while at >= 0:
        start = max(0, at - _NAME_CONTEXT)
        bounds = word_boundaries(body[start:at + len(name) + _NAME_CONTEXT])
        if at - start in bounds:
            return True
        at = body.find(name, at + 1)
    return False


_NAME_CONTEXT = 8  # characters on each side that decide the words around a name
# The government that signs a report, on a line of its own under the title.
_ISSUER = regex.compile(rf"(?m)^[ \t　]*(?P<region>(?:{REGION_LEVEL})+?)人民政府")
_HEAD_REACH = 200  # the lines under a title that sign it
# Statistics offices whose name is their region's alone, as releases and news
# quoting them write it (政府统计处今日公布…) without naming the region.
_REGION_OFFICES = {"政府统计处": "香港特别行政区", "统计暨普查局": "澳门特别行政区"}
_REGION_OFFICE = regex.compile("|".join(_REGION_OFFICES))
_MASTHEAD_LINES = 6  # the lines above a title that may name its issuer
_DIGIT = regex.compile(r"\d")
# A year the opening of a text reports on (发布2024年1—10月全市经济运行情况), not a
# date (2025年2月3日) nor a year compared with (比2019年, 与2023年相比).
_OPENING_YEAR = regex.compile(r"(?<![比较与同至到从自和及])(?P<year>(?:19|20)\d{2})\s*年")
_AS_OF_YEAR = regex.compile(r"截[至止]\s*(?P<year>(?:19|20)\d{2})\s*年")


# A month reported without its year (4月份, 1—4月) that is no day's (4月30日电).
_REPORTED_MONTH = regex.compile(
    r"(?<![\d年.])(?P<month>1[0-2]|[1-9])\s*月(?:份)?(?!\s*\d{1,2}\s*日)")
_OUR_COUNTRY = "我国"


def _reported_year(opening: str) -> int | None:
    """The year a text's opening reports on, where its headline names none
    (苏州1—10月主要经济指标… / …市统计局发布2024年1—10月全市经济运行情况), or
    the year of the date its figures stand at (中国共产党党内统计公报 / …截至2023年
    12月31日，党员总数为…), not a publication's date."""
    opening = _arabic_years(opening)
    m = _OPENING_YEAR.search(_DATE.sub("，", opening)) or _AS_OF_YEAR.search(opening)
    return int(m.group("year")) if m else None


def _month_dated_year(opening: str) -> int | None:
    """The year of the month a dated news item reports (2025年04月30日 … 4月份，
    我国制造业PMI为49.0%): the date's year, or the year before when the month
    is later than the date's (a January item on 12月份)."""
    date = _DATE.search(opening)
    month = _REPORTED_MONTH.search(_DATE.sub("，", opening))
    if not date or not month:
        return None
    year, dated_month = int(date.group("year")), int(date.group("month"))
    return year if int(month.group("month")) <= dated_month else year - 1


def _this_year(opening: str) -> int | None:
    """The year of a dated item's date where its opening reports on 今年 (2024年2月19日
    … 今年春节假期8天，全国国内出游4.74亿人次): this year is the date's."""
    date = _DATE.search(opening)
    return int(date.group("year")) if date and _THIS_YEAR in _DATE.sub("，", opening) else None


_THIS_YEAR = "今年"


def _arabic_years(text: str) -> str:
    """Years in Chinese numerals written in digits: 二〇二三年 -> 2023年."""
    return _CN_YEAR.sub(lambda m: "".join(str(_CN_DIGITS[c]) for c in m.group(1)) + "年", text)


def _is_title_head(text: str, rules: RuleSet, rest: int) -> bool:
    """A line that begins a title the next line (of ``rest`` characters) ends:
    unpunctuated, as long as a title with its end, naming a region or a year, or
    ending in 和/及/与 (日喀则市2020年国民经济和; …财政收支的审计 / 工作报告)."""
    return 0 < len(text) <= _TITLE_MAX - rest and not PUNCTUATION.search(text) \
        and not _DOCUMENT_NUMBER.fullmatch(text) and not TITLE_WORDS.search(text) \
        and not rules.heading_start.match(text) \
        and bool(_YEAR.search(text) or _REGION.search(text) or text.endswith(("和", "及", "与")))


def _region_and_year(title: str, rules: RuleSet) -> tuple[str, int | None]:
    """The region and year a title names: 2024年常州市…, 浙江省2023年… or
    四川省住房公积金2023年年度报告."""
    # Two headlines paired on a line (民企500强入围门槛270.23亿元 浙江连续26年居首):
    # a province the second names is news of one member, not the page's region.
    paired = _PAIRED_HEADLINES.fullmatch(title.strip())
    first_headline = _TITLE_LEAD.sub("", paired.group(1)) if paired else ""
    title = _TITLE_LEAD.sub("", title.replace(" ", ""))
    # A plan's span (纲要（2021—2030年）2022年统计监测报告) is not the year reported.
    title = _PLAN_SPAN.sub("", title) if _PLAN_SPAN.search(title) and len(
        _YEAR.findall(title)) > 2 else title
    title = _arabic_years(title)
    # A year of the Republic (民国112年, 112年劳动统计年报) is 1911 years on.
    title = rules.vocabulary.roc_year.sub(lambda m: f"{int(m.group(1)) + 1911}年", title)
    yearbook = rules.vocabulary.yearbook.match(title)
    if yearbook:  # 宜昌年鉴2021 records 2020
        name = rules.vocabulary.yearbook_sector.sub("", yearbook.group("name"))
        place = _REGION.match(name)
        region = "全国" if name.startswith("中国") else place.group("region") if place else name
        return region, int(yearbook.group("year")) - 1
    census = rules.vocabulary.census.search(title)
    if census:
        census_year = rules.vocabulary.census_years[census.group("kind")].get(
            ordinal_value(census.group("number")))
        title = title[:census.start()] + (f"{census_year}年" if census_year else "") + "普查"
    survey = rules.vocabulary.national_survey.search(title)
    if survey:
        title = title[:survey.start()] + title[survey.end():]
    year_match = _TITLE_YEAR.search(title)
    year = int(year_match.group()) if year_match else None
    if any(name in rules.vocabulary.nation_rank.sub("", title)
           for name in rules.vocabulary.nation_words):
        # 湖南省统计局 国家统计局湖南调查总队关于…: the national office's team in a
        # province issues with the province's own, whose name comes first.
        # (国家统计局城市司…: the nation's office and a department of it name no city.)
        lead = _REGION.match(title)
        return (lead.group("region") if lead and not lead.group("region").startswith(
            rules.vocabulary.nation_words) else "全国"), year
    special = next((name for name in rules.vocabulary.special_regions if name in title), "")
    if special and not _REGION.search(title):
        return special, year
    # A report's title names its issuer before 关于 and its matter after it
    # (宁波市人大常委会关于市…代表建议…的报告): the issuer's region is the report's;
    # with no issuer, the body whose matter it is may name it after a word of its
    # own (关于政协成都市…提案工作情况的报告).
    issuer, about, matter = title.partition("关于")
    if about and issuer and (named := _REGION.match(issuer.strip("《#"))):
        return named.group("region"), year
    if about and not issuer:
        title = next((matter.removeprefix(body) for body in
                              rules.vocabulary.bodies_before_region
                              if matter.startswith(body)), matter)
    whole = title
    if year_match:
        before = _REGION.match(title[:year_match.start()].strip("《#").removeprefix("关于"))
        if before:
            return before.group("region"), year
        title = title[year_match.start():]
    # (A region is named before the bulletin's name: 廣東發布2023年衛生健康統計公報
    # 全省人均預期壽命… names none after it.)
    title = title[:words.start()] if (words := TITLE_WORDS.search(title)) else title
    region = _REGION.match(_LEADING_TIME.sub("", title))
    if region:
        return region.group("region"), year
    if province := _PROVINCES.search(first_headline or whole):
        return _PROVINCE_NAMES[province.group()], year
    return ("全国" if census or survey or rules.vocabulary.national.search(whole) else ""), year


def _unnumbered_headings(lines: list[_Line], skip: set[int], rules: RuleSet
                         ) -> dict[int, tuple[int, str, int]]:
    """A yearbook's headings without ordinals, by line: their level, title and
    where the text run into them starts (their line's end when none is).

    Entries open with a title in 【】 or 〔〕, run in or alone on the line;
    a document has them when at least two lines open so (one 【…】 line is
    a dateline or a post's label). The parts they are grouped in are named
    by lines of words alone just above an entry: one such line is a part
    (安仁镇), two are a chapter and its part (乡镇（街道） / 晋原街道). No
    other short line is a heading: a caption, a unit line or a table's name
    has no entry below it. In a document with entries, a line naming a part
    every yearbook has without entries (大事记) is a chapter, which ends the
    entries above it. Lines in ``skip`` (tables, the title) are none."""
    entries: dict[int, tuple[int, str, int]] = {}
    for line in lines:
        if line.index not in skip and not rules.heading_start.match(line.text.strip()):
            entry = _ENTRY.match(line.text)
            if entry and _ENTRY_TITLE.fullmatch(title := entry.group("title").strip()) \
                    and not rules.vocabulary.not_entry_title.search(title) \
                    and not line.text.startswith(("【", "〔"), entry.end()):
                entries[line.index] = (_ENTRY_LEVEL, title, line.start + entry.end())
    if len(entries) < 2:
        return {}
    found = dict(entries)
    nonblank = [line for line in lines if line.text.strip()]
    for k, line in enumerate(nonblank):
        part = _part_title(line, skip, rules)
        if part in rules.vocabulary.frame_parts:
            found[line.index] = (_CHAPTER_LEVEL, part, line.end)
        if line.index not in entries:
            continue
        chain: list[tuple[_Line, str]] = []
        for before in reversed(nonblank[max(0, k - 2):k]):
            title = _part_title(before, skip, rules)
            if not title or before.index in found:
                break
            chain.insert(0, (before, title))
        levels = (_CHAPTER_LEVEL, _PART_LEVEL)[2 - len(chain):]
        for level, (before, title) in zip(levels, chain, strict=True):
            found[before.index] = (level, title, before.end)
    return found


def _part_title(line: _Line, skip: set[int], rules: RuleSet) -> str:
    """The title of a line that may name a yearbook's part: its words alone,
    without figures or punctuation, nor a heading's ordinal; else empty."""
    words = "".join(line.text.split())
    if line.index in skip or not _PART_TITLE.fullmatch(words) \
            or rules.heading_start.match(words) or NOTE_LABEL.match(words) \
            or rules.vocabulary.table_number.match(words) \
            or rules.vocabulary.publication.search(words):
        return ""
    return words


# A heading's title on a line of its own: a few words, no figure or sentence mark.
_TITLE_ALONE = regex.compile(r"[\p{Han}（）()、“”]{2,16}")

_Heading = tuple[HeadingRule, int, str, tuple[int, int], str, int]


def _heading(line: _Line, rules: RuleSet, stack: list[_OpenSection],
             top_last: dict[int, int]) -> _Heading | None:
    """The heading this line opens, if its ordinal continues its level's numbering."""
    mark = _HEADING_MARK.match(line.text)
    offset = mark.end() if mark else 0
    for rule in rules.headings:
        m = rule.pattern.match(line.text, offset)
        if not m:
            continue
        ordinal = m.group("ordinal")
        value = ordinal_value(ordinal)
        parent_last = _parent_for(rule.level, stack, top_last)
        previous = parent_last.get(rule.level)
        # The first heading of a level may start anywhere (an excerpt); later
        # ones continue the numbering or start it again, or skip ahead with a
        # title on a line of its own, as an excerpt keeps its sections (一、综合 /
        # … / 五、建筑业).
        rest = line.text[m.end():]
        if previous is not None and value not in (1, previous + 1) and not (
                value > previous and _TITLE_ALONE.fullmatch(rest.strip())):
            return None
        title, cut = _heading_title(rest, rules)
        if not title and rest.strip()[cut:cut + 1] in ("，", ","):
            # A run-in item that opens with its time (1.2023年，全省受理…) is
            # titled by the clause after it.
            title, _ = _heading_title(rest.strip()[cut + 1:], rules)
        if (figure := _TITLE_FIGURE.search(title)) and figure.start():
            # A paragraph numbered without a title of its own (1.职工医保基金收入
            # 12403.61亿元，…) is titled by what its first clause measures: the
            # words before the figure, without the verb that states it (为, 达到).
            title = _TITLE_VERB.sub("", title[:figure.start()]).strip() or title
        if not title:
            return None
        body_start = line.start + m.end()
        span = (line.start + m.start(), line.start + m.end())
        return rule, rule.level, ordinal, span, title, body_start
    return None


# A figure in a heading's title, not a digit of a name (PM2.5, 5G at the
# start) nor a time (预测114年经济成长率为3.14%, 1-6月).
_TITLE_FIGURE = regex.compile(r"(?<![A-Za-z\d.])\d[\d.,]*"
                              r"(?![\d.,\-－—~～至]*\s*(?:年|月|日|季度|周))")
# The verb (为, 达到, 共有) and currency that state that figure: no part of a measure.
_TITLE_VERB = regex.compile(r"(?:约?为|是|达到?了?|共计?有?|合计|累计)?(?:人民币|新台币)?$")


def _parent_for(level: int, stack: list[_OpenSection], top_last: dict[int, int]) -> dict[int, int]:
    for section in reversed(stack):
        if section.level < level:
            return section.children_last
    return top_last


def _item_number(text: str) -> int:
    """The number of a list item's ordinal (2 for 2. （2） ②), 0 for none."""
    m = _LIST_ITEM.match(text)
    if not m:
        return 0
    if m.group("cn"):
        return ordinal_value(m.group("cn"))
    return int(m.group("number")) if m.group("number") else _CIRCLED.index(m.group("circled")) + 1


def _list_item(text: str, next_number: int | None, rules: RuleSet) -> bool:
    """Whether a line after a colon is an item of its list, not a heading. The
    items of one list are alike: one with a title of its own, a sentence
    before its body (发现的主要问题是： / 1.预算编制不够准确。有21个部门…), is a
    heading, as the items after it are; （一） is a heading's ordinal unless the
    list's first item ends in ； (其中： / （一）社区志愿服务活动21.4万场，…； /
    （二）…。), where （一）养老服务类项目16426万元，占55.0%。 heads its own part."""
    m = _LIST_ITEM.match(text)
    if not m:
        return False
    if m.group("cn"):
        return text.rstrip().endswith(("；", ";")) or _item_number(text) == next_number
    rest = text[m.end():].strip()
    title, cut = _heading_title(rest, rules)
    return not (rest[cut:cut + 1] == "。" and rest[cut + 1:].strip() and title
                and not any(ch.isdigit() for ch in title))


def _goes_on_list(text: str, number: int, rules: RuleSet) -> bool:
    """Whether a line is item ``number`` of a list rather than a heading: a
    sentence with figures whose first clause states one or runs on after a
    comma (2.国内消费税16118亿元，…。, 11.土地和房地产相关税收中，契税…。),
    where a heading names a topic alone (2.医疗救助) or in a sentence of its
    own (2.基金收支规模扩大。2024年…)."""
    m = _LIST_ITEM.match(text)
    if not m or _item_number(text) != number or not text.rstrip().endswith(_SENTENCE_ENDS):
        return False
    rest = text[m.end():].strip()
    title, cut = _heading_title(rest, rules)
    return any(ch.isdigit() for ch in rest) and (
        any(ch.isdigit() for ch in title) or rest[cut:cut + 1] in ("，", ",", "、"))


def _heading_title(rest: str, rules: RuleSet) -> tuple[str, int]:
    """The title at the start of a heading line: all of a short line, else up
    to the first sentence or clause mark, without a trailing time phrase."""
    stripped = rest.strip()
    cut = len(stripped)
    for i, ch in enumerate(stripped):
        # (not the comma of a thousands separator: 审结1,264件)
        if ch in rules.title_ends and not (ch == "," and stripped[i - 1:i].isdigit()
                                           and stripped[i + 1:i + 2].isdigit()):
            cut = i
            break
    title = stripped[:cut]
    title = rules.vocabulary.fillers.sub("", title).strip()
    return title, cut


# --- tables ----------------------------------------------------------------------------


_SENTENCE_ENDS = ("。", "；", ";", ".", "．")


@dataclass
class _TitledNotes:
    """Notes under a label alone on its line whose items are titles, each
    item's text on the lines after it, as the web releases of the NBS end
    (附注 / 1.指标解释 / 营业收入：指… / 2.统计范围 / 规模以上…)."""

    spans: dict[int, list[tuple[int, int]]]
    """The lines of each titled note's text (by its index in the footnotes)."""
    last: int = 0
    """The number of the last item."""
    open: int | None = None
    """The index of the titled note whose text the next lines are."""


# An item's title: a few words, without punctuation or figures (指标解释, 统计范围).
_NOTE_TITLE = regex.compile(r"[\p{Han}（）()“”]{2,20}")
_TITLED_NOTES_REACH = 8  # lines looked at below the label (blank ones between)


def _titled_notes(lines: list[_Line], label_line: int, table_lines: dict[int, int],
                  rules: RuleSet) -> bool:
    """Whether the label alone on ``label_line`` opens notes whose items are
    titles: its first item is 1 with a title, and text, no item, follows."""
    following = [line for line in lines[label_line + 1:label_line + 1 + _TITLED_NOTES_REACH]
                 if line.text.strip()][:2]
    if len(following) < 2 or any(line.index in table_lines for line in following):
        return False
    item_line, text_line = following
    item = _NOTE_ITEM.match(item_line.text, len(item_line.text) - len(item_line.text.lstrip()))
    return item is not None and item.group("id") == "1" \
        and _NOTE_TITLE.fullmatch(item_line.text[item.end():].strip()) is not None \
        and not rules.heading_start.match(text_line.text.lstrip()) \
        and not NOTE_LABEL.match(text_line.text)


def _titled_note(text: str, line: _Line, titled: _TitledNotes, footnotes: list[FootnoteDef],
                 rules: RuleSet, stack: list[_OpenSection], top_last: dict[int, int]
                 ) -> list[FootnoteDef] | None:
    """A line of notes whose items are titles: the next item (its title, or a
    note written out) gives its definitions; a line of text goes on with the
    open item (the item's definition in ``footnotes`` then ends with it, the
    line is kept in ``titled.spans``; the text is set at the end) and gives
    none; None ends the notes: another label or marker, or a heading above
    the items' level."""
    if NOTE_LABEL.match(line.text) or _DEFINITION.match(line.text):
        return None
    indent = len(line.text) - len(line.text.lstrip())
    item = _NOTE_ITEM.match(line.text, indent)
    if item is not None and int(item.group("id")) == titled.last + 1:
        found = _definitions(text, line.start, item, line.end, _NEXT_NOTE_ITEM)
        titled.last = int(found[-1].footnote)
        titled.open = len(footnotes) if len(found) == 1 and _NOTE_TITLE.fullmatch(
            found[0].text) else None
        return found
    heading = _heading(line, rules, stack, top_last)
    if titled.open is None or (heading is not None and heading[1] < _ITEM_LEVEL):
        return None
    if titled.open in titled.spans and not PUNCTUATION.search(line.text) \
            and not _DIGIT.search(line.text):
        # A title without an ordinal after an item's text (朱虹解读工业企业利润数据,
        # the 解读 a release appends): items are numbered, so it is no item's.
        return None
    definition = footnotes[titled.open]
    titled.spans.setdefault(titled.open, [(definition.body_start, definition.end)]).append(
        (line.start + indent, line.end))
    footnotes[titled.open] = replace(definition, end=line.end)  # its text: once all are in
    return []


_ITEM_LEVEL = 3  # the level of a heading numbered 1. (patterns/headings.yaml)


def _own_ids(footnotes: list[FootnoteDef], numbered: set[int]) -> list[FootnoteDef]:
    """The footnotes with an id each. Numbered notes (注：1.…, 附注 1.…, at
    ``numbered`` in ``footnotes``) are footnotes 1, 2 …, unless footnotes
    defined by their markers ([1]…, ①…, 注1：…) take those numbers: the notes
    are then n1, n2 …, so that a marker names its own definition."""
    footnotes = _blocks_own_ids(footnotes, numbered)
    marked = {f.footnote for k, f in enumerate(footnotes) if k not in numbered}
    if not any(footnotes[k].footnote in marked for k in numbered):
        return footnotes
    return [replace(f, footnote=f"n{f.footnote}") if k in numbered else f
            for k, f in enumerate(footnotes)]


def _blocks_own_ids(footnotes: list[FootnoteDef], numbered: set[int]) -> list[FootnoteDef]:
    """Numbered notes in blocks that start again at 1 (注：1.… below a table, and
    注：1.… or 附注 1.… at the end): the last block, the document's own notes, keeps
    its numbers; an earlier block whose numbers a later one uses again is
    numbered after its place among the blocks (1.1, 1.2 for the first), so that
    every footnote has an id of its own."""
    blocks: list[list[int]] = []
    last = 0
    for k in sorted(numbered):
        number = int(footnotes[k].footnote) if footnotes[k].footnote.isdigit() else 0
        if not blocks or number <= last:
            blocks.append([])
        blocks[-1].append(k)
        last = number
    renamed = list(footnotes)
    for b, block in enumerate(blocks[:-1], start=1):
        later = {footnotes[k].footnote for rest in blocks[b:] for k in rest}
        if any(footnotes[k].footnote in later for k in block):
            for k in block:
                renamed[k] = replace(footnotes[k], footnote=f"{b}.{footnotes[k].footnote}")
    return renamed


def _next_note(note_id: str, footnotes: list[FootnoteDef]) -> bool:
    """Whether a numbered note follows the last footnote defined (2. after 注：1.…,
    written as paragraphs of their own)."""
    return bool(footnotes) and footnotes[-1].footnote.isdigit() \
        and int(note_id) == int(footnotes[-1].footnote) + 1


_Found = tuple[list[tuple[int, Table]], dict[int, int], dict[int, list[tuple[int, int]]],
               list[NonFact]]


def _tables(lines: list[_Line], rules: RuleSet, norm: NormDoc) -> _Found:
    """Tables, the lines they occupy (line -> first line of its table), the
    spans of prose held in table lines (notes written as one-cell rows) and the
    serial numbers of their rows."""
    found: list[tuple[int, Table]] = []
    occupied: dict[int, int] = {}
    prose: dict[int, list[tuple[int, int]]] = {}
    texts = [line.text for line in lines]

    def locate(i: int, start: int, end: int) -> tuple[int, int]:
        # Columns line up in the raw text: normalising squeezes padded labels.
        return _raw_columns(Cell("", lines[i].start + start, lines[i].start + end), norm)

    for space in space_tables(texts, rules, Wrap(0), locate):
        width = len(space.listed) if space.cell_lines else max(
            len(cell_spans(lines[i].text, rules)) for i in space.rows) + int(space.unlabelled)
        rows = tuple(tuple(_whole_line_cell(lines[i]) for i in row)  # a cell per line
                     for row in space.cell_lines) or tuple(
            _unlabelled_row(lines[i]) if space.unlabelled
            else _row_cells(lines, i, space, width, rules)
            if space_row_cells(lines[i].text, rules, words=True)
            else (_whole_line_cell(lines[i]),) for i in space.rows)  # a group row
        header: tuple[tuple[Cell, ...], ...] = ()
        if space.stacked:
            header = _tree_header([lines[i] for i in space.stacked], width)
        elif space.aligned:
            header = _aligned_rows(space.aligned, lines, width)
        elif space.listed:
            header = (_listed_row(space.listed, lines),)
        elif space.header is not None:
            header = (tuple(_cells_at(lines[space.header], header_cell_spans(
                lines[space.header].text, width, rules))),)
        groups, stacked = _group_lines(space, lines, rows, width, rules, norm)
        header = stacked or header
        space = replace(space, captions=space.captions + tuple(
            i for i in space.groups if i not in groups), groups=groups)
        first = (space.captions or (*space.groups, space.header) if space.header is not None
                 else space.captions or space.rows)[0]
        captions = tuple(_whole_line_cell(lines[i]) for i in space.captions)
        # A wrapped header line left (when not joined) is no row. The part of a
        # row's label wrapped onto the next line goes with the row (_row_cells)
        # only there, not past a blank line: such a line (乡镇街道 under the
        # last row) is the text's, not the table's.
        indexes = [i for i in space.lines
                   if (i not in space.label_ends or _end_of_row(i, space) is not None)
                   and (i not in space.label_starts or i + 1 in space.rows)]
        found.append((first, Table(lines[indexes[0]].start, lines[indexes[-1]].end, captions,
                                   header + rows, len(header), "", "")))
        occupied.update({i: first for i in indexes})
    run: list[_Line] = []
    ahead = _next_nonblank(lines)
    for line in [*lines, _Line(len(lines), 0, "")]:
        if is_pipe_row(line.text):
            run.append(line)
            continue
        # Blank lines between the rows of one table do not end it.
        if run and not line.text.strip() and is_pipe_row(ahead.get(line.index, "")):
            continue
        for part in _sub_tables(run, rules):
            captions = _captions_above(lines, part[0].index, occupied, rules)
            table, notes = _pipe_table(part, rules, tuple(_whole_line_cell(c) for c in captions))
            first = (captions or part)[0].index
            if table is not None:
                found.append((first, table))
                occupied.update({c.index: first for c in captions})
            occupied.update({r.index: first for r in part})
            for note in notes:
                prose.setdefault(part[0].index, []).append(note)
        run = []
    for part in _series_runs(lines, occupied):
        first = part[0][0].index
        found.append((first, _series_table(part)))
        occupied.update({line.index: first for line, _, _ in part})
    found.sort(key=lambda item: item[0])
    serials: list[NonFact] = []
    for k, (first, table) in enumerate(found):
        table, numbers = _without_serials(table, rules)
        table, row_numbers = _without_row_numbers(table, rules)
        numbers += row_numbers
        if k and any(rules.vocabulary.continued_table.match(cell.text) for cell in table.caption):
            # 续表: a table continued on the next page
            table = replace(table, caption=found[k - 1][1].caption + table.caption)
        found[k] = (first, table)
        serials += numbers + _label_numbers(table)
    return found, occupied, prose, serials


# A 主要年份 series written a line per measure, as news boxes and 统计摘要
# pages do (地区生产总值（亿元）：2015年8003.6；2020年12408.7；2023年16452.8):
# lines of the same years make a table with the years as its columns.
_SERIES_LINE = regex.compile(
    r"^\s*(?P<label>[^\d\s：:；;，,。|｜]{2,24})[：:]\s*"
    r"(?P<pairs>(?:(?:19|20)\d{2}\s*年\s*[-−]?\d[\d,]*(?:\.\d+)?\s*[；;，,]?\s*){2,})$")
_SERIES_PAIR = regex.compile(r"(?P<year>(?:19|20)\d{2}\s*年)\s*(?P<value>[-−]?\d[\d,]*(?:\.\d+)?)")


# A series line: the line, its match (the label) and its year-value pairs.
_SeriesLine = tuple[_Line, regex.Match[str], list[regex.Match[str]]]


def _series_runs(lines: list[_Line], occupied: dict[int, int]) -> list[list[_SeriesLine]]:
    """Runs of consecutive series lines (outside tables) that name the same years."""
    runs: list[list[_SeriesLine]] = []
    years: list[str] = []
    for line in lines:
        m = None if line.index in occupied or "年" not in line.text \
            else _SERIES_LINE.match(line.text)
        if m is None:
            years = []
            continue
        pairs = list(_SERIES_PAIR.finditer(line.text, m.start("pairs")))
        names = [p.group("year").replace(" ", "") for p in pairs]
        if names != years:
            runs.append([])
        years = names
        runs[-1].append((line, m, pairs))
    return runs


def _series_table(part: list[_SeriesLine]) -> Table:
    """The table of a run of series lines: a header of the first line's years
    (an empty cell over the labels), a row of label and values per line."""
    def cell(line: _Line, m: regex.Match[str], group: str) -> Cell:
        return Cell(m.group(group), line.start + m.start(group), line.start + m.end(group))

    first, _, pairs = part[0]
    header = (Cell("", first.start, first.start), *(cell(first, p, "year") for p in pairs))
    rows = tuple((cell(line, m, "label"), *(cell(line, p, "value") for p in found))
                 for line, m, found in part)
    return Table(first.start, part[-1][0].end, (), (header, *rows), 1, "", "")


def _group_lines(space: SpaceTable, lines: list[_Line], rows: tuple[tuple[Cell, ...], ...],
                 width: int, rules: RuleSet, norm: NormDoc
                 ) -> tuple[tuple[int, ...], tuple[tuple[Cell, ...], ...]]:
    """The lines above a header of periods that make a group header with it,
    and its rows (_stacked_header): all of them, else the lower ones, the
    first that stands over no columns (a title centred over the table) and
    those above it being captions; else the line just above a header of names
    that repeat, its words naming their runs in order (_groups_over_runs)."""
    groups = list(space.groups)
    while groups and space.header is not None:
        stacked = _stacked_header([lines[i] for i in (*groups, space.header)], rows, width,
                                  rules, norm)
        if stacked and tuple(groups) == space.groups[-1:] and _gap_between_groups(stacked[0]) and (
                runs := _groups_over_runs(lines[groups[-1]], lines[space.header], width,
                                          rules, norm)):
            # A name centred over a narrow column and a wide one stands over the
            # wide one only (营业收入 over 比上年同期增长% but not 亿元): where
            # the columns under it repeat in runs, each names its run.
            return tuple(groups), runs
        if stacked:
            return tuple(groups), stacked
        groups.pop(0)
    if space.groups and space.header is not None and (stacked := _groups_over_runs(
            lines[space.groups[-1]], lines[space.header], width, rules, norm)):
        return space.groups[-1:], stacked
    return (), ()


def _gap_between_groups(upper: tuple[Cell, ...]) -> bool:
    """Whether a group row leaves a value column without a group between
    columns that have one (营业收入 | 营业收入 | (none) | 利润总额)."""
    named = [j for j, cell in enumerate(upper) if j and cell.text]
    return bool(named) and any(not upper[j].text for j in range(named[0], named[-1]))


def _stacked_header(header_lines: list[_Line], rows: tuple[tuple[Cell, ...], ...], width: int,
                    rules: RuleSet, norm: NormDoc) -> tuple[tuple[Cell, ...], ...]:
    """The two header rows of a table whose header's last line holds periods
    and whose lines above name groups of them (机构数（个） over 2021年 |
    2020年) or columns without one (人口数（人）): each word stands over the
    columns it covers in the raw text's spacing, or, centred over two, over
    those on either side of its middle. The upper row repeats a group's cell
    over each of its columns, as a merged cell is written; the lower row holds
    the periods. Empty unless every word stands over columns this way and every
    value column is named."""
    extents: list[tuple[int, int] | None] = [None] * width
    for row in rows:
        if len(row) == width:
            for j, cell in enumerate(row):
                extents[j] = _hull(extents[j], _raw_columns(cell, norm))
    periods_line, above = header_lines[-1], header_lines[:-1]
    lower: list[Cell | None] = [None] * width
    for cell in _cells_at(periods_line, header_cell_spans(periods_line.text, width, rules)):
        # A period names one column: centred over figures set flush right, its
        # middle may fall left of them, next to the column before.
        over = _columns_under(_raw_columns(cell, norm), extents, spanning=False)
        if len(over) != 1 or lower[over[0]] is not None:
            return ()
        lower[over[0]] = cell
        extents[over[0]] = _hull(extents[over[0]], _raw_columns(cell, norm))
    upper: list[list[Cell]] = [[] for _ in range(width)]
    spans: list[tuple[int, ...] | None] = [None] * width
    for line in above:
        for cell in _split_cells(line, rules):
            over = _columns_under(_raw_columns(cell, norm), extents)
            if not over or (len(over) > 1 and (0 in over or any(lower[j] is None for j in over))):
                return ()
            for j in over:
                if spans[j] not in (None, over):  # words of different spans over one column
                    return ()
                spans[j] = over
                upper[j].append(cell)
    if any(not upper[j] and lower[j] is None for j in range(1, width)):
        return ()
    start = periods_line.start
    return (tuple(_joined_cells(cells) if cells else Cell("", start, start) for cells in upper),
            tuple(cell or Cell("", start, start) for cell in lower))


def _groups_over_runs(group_line: _Line, header_line: _Line, width: int, rules: RuleSet,
                      norm: NormDoc) -> tuple[tuple[Cell, ...], ...]:
    """The two header rows of a table whose header names the same columns in
    runs (总量（亿元） 结构（%） 总量（亿元） 结构（%）) under a line that names
    the runs (总产出 增加值), where the words do not stand over single columns
    (_stacked_header): header cells wider than the figures under them and
    names set off their middle, as PDF text copies print them. The k-th word
    names the k-th run, written over its first column as a merged cell is
    (the other columns of the run empty); a word before them that ends left
    of the first name is the label column's (体育产业类别名称). Empty unless
    the runs are two or more and the words as many, and each word's middle
    lies between the middles of the runs on either side of its own."""
    lower = _cells_at(header_line, header_cell_spans(header_line.text, width, rules))
    if len(lower) == width - 1:
        lower = [Cell("", header_line.start, header_line.start), *lower]
    names = [cell.text for cell in lower[1:]]
    if len(lower) != width or not all(names):
        return ()
    run = next((p for p in range(2, len(names) // 2 + 1) if not len(names) % p and all(
        name == names[j % p] for j, name in enumerate(names))), 0)
    words = _split_cells(group_line, rules)
    runs = len(names) // run if run else 0
    label: Cell | None = None
    if runs and len(words) == runs + 1 and _raw_columns(words[0], norm)[1] <= _raw_columns(
            lower[1], norm)[0] and not lower[0].text:
        label, words = words[0], words[1:]
    if not runs or len(words) != runs:
        return ()
    middles: list[float] = []
    for k in range(runs):
        left = _raw_columns(lower[1 + k * run], norm)[0]
        right = _raw_columns(lower[(k + 1) * run], norm)[1]
        middles.append((left + right) / 2)
    for k, word in enumerate(words):
        x0, x1 = _raw_columns(word, norm)
        middle = (x0 + x1) / 2
        if (k and middle <= middles[k - 1]) or (k + 1 < runs and middle >= middles[k + 1]):
            return ()
    start = header_line.start
    upper = [label or Cell("", start, start)] + [Cell("", start, start)] * (width - 1)
    for k, word in enumerate(words):
        upper[1 + k * run] = word
    return tuple(upper), tuple(lower)


def _raw_columns(cell: Cell, norm: NormDoc) -> tuple[int, int]:
    """The display columns a cell takes in its line of the raw text (CJK
    characters two), where a table's columns are laid out."""
    start, end = norm.raw_span(cell.start, cell.end)
    raw = norm.raw.text
    line_start = raw.rfind("\n", 0, start) + 1
    left = display_width(raw[line_start:start].expandtabs())
    return left, left + display_width(raw[start:end])


def _hull(extent: tuple[int, int] | None, other: tuple[int, int]) -> tuple[int, int]:
    return other if extent is None else (min(extent[0], other[0]), max(extent[1], other[1]))


def _columns_under(word: tuple[int, int], extents: list[tuple[int, int] | None],
                   spanning: bool = True) -> tuple[int, ...]:
    """The columns a header word stands over: those it overlaps, and where its
    middle falls between two columns (a name centred over both), those two;
    without ``spanning``, those it overlaps only."""
    x0, x1 = word
    middle = (x0 + x1) / 2
    over = {j for j, e in enumerate(extents) if e is not None and x0 < e[1] and e[0] < x1}
    if not spanning:
        return tuple(sorted(over))
    placed = [(j, e) for j, e in enumerate(extents) if e is not None]
    for (j, left), (k, right) in pairwise(placed):
        if left[1] <= middle <= right[0]:
            over |= {j, k}
    return tuple(sorted(over))


def _joined_cells(cells: list[Cell]) -> Cell:
    """One cell of the words of a header cell over several lines, top to bottom."""
    if len(cells) == 1:
        return cells[0]
    return Cell("".join(cell.text for cell in cells), cells[0].start, cells[-1].end)


def _label_numbers(table: Table) -> list[NonFact]:
    """The numbers in the headers and row labels of a table, which name its
    columns and rows (2023年, 15—64岁, 65岁及以上): no statistics. A bare
    figure glued to the end of a label's words (河北6460.7: a value cell the
    layout did not split off) names nothing: it stays to be explained."""
    header, body = table.rows[:table.header_rows], table.rows[table.header_rows:]
    cells = [*(cell for row in header for cell in row), *(row[0] for row in body)]
    named = [cell.text[:glued.start()] if (glued := _GLUED_FIGURE.search(cell.text))
             else cell.text for cell in cells]
    return [NonFact(cell.start, cell.end - (len(cell.text) - len(name)), "table.label")
            for cell, name in zip(cells, named, strict=True) if any(map(str.isdigit, name))]


def _without_serials(table: Table, rules: RuleSet) -> tuple[Table, list[NonFact]]:
    """A table whose first column numbers or ranks its rows (序号, 排名) without
    that column, the label after it; its numbers are no statistics."""
    body = table.rows[table.header_rows:]
    # A row of the whole has no rank (| — | 全市 | 6.12 |), the others one.
    unranked = [len(row) >= 3 and row[0].text in EMPTY_CELL and row[1].text not in EMPTY_CELL
                for row in body]
    if not body or all(unranked) or not all(
            skip or (len(row) >= 3 and is_serial_row([c.text for c in row], rules))
            for row, skip in zip(body, unranked, strict=True)):
        return table, []
    width = max(map(len, body))
    # A header as wide as the body names the serial column too (序号); a
    # narrower one is aligned to the right and does not.
    header = tuple(row[1:] if len(row) == width else row
                   for row in table.rows[:table.header_rows])
    rows = header + tuple(row[1:] for row in body)
    return replace(table, rows=rows), [NonFact(row[0].start, row[0].end, "table.serial")
                                       for row, skip in zip(body, unranked, strict=True)
                                       if not skip]


def _without_row_numbers(table: Table, rules: RuleSet) -> tuple[Table, list[NonFact]]:
    """A table without a column after the label that numbers its rows (项目 | 行次 |
    亿元 | 亿美元 of a 国际收支平衡表): headed 行次 (序号), or its cells 1 … n in
    order; its numbers are no statistics."""
    body = table.rows[table.header_rows:]
    width = max(map(len, body), default=0)
    full = [row for row in body if len(row) == width]
    if width < 3 or len(full) < 3:
        return table, []
    header = table.rows[table.header_rows - 1] if table.header_rows else ()
    for j in range(1, width - 1):
        cells = [row[j].text.strip() for row in full]
        named = len(header) == width and header[j].text.strip() in \
            rules.vocabulary.row_number_headers
        if (named and all(SERIAL.match(cell) or not cell for cell in cells)) or (
                len(cells) >= 4 and cells == [str(k) for k in range(1, len(cells) + 1)]):
            rows = tuple(row[:j] + row[j + 1:] if len(row) == width else row
                         for row in table.rows)
            return replace(table, rows=rows), [NonFact(row[j].start, row[j].end, "table.serial")
                                               for row in full if row[j].text.strip()]
    return table, []


def _next_nonblank(lines: list[_Line]) -> dict[int, str]:
    """For each blank line, the next line with text (to see a table go on)."""
    ahead: dict[int, str] = {}
    following = ""
    for line in reversed(lines):
        if line.text.strip():
            following = line.text
        else:
            ahead[line.index] = following
    return ahead


def _with_blank_first(cells: list[Cell], line: _Line, blank: bool) -> tuple[Cell, ...]:
    """A row's cells, an empty one first where it stands under a merged cell."""
    return (Cell("", line.start, line.start), *cells) if blank else tuple(cells)


def _row_cells(lines: list[_Line], i: int, space: SpaceTable, width: int,
               rules: RuleSet) -> tuple[Cell, ...]:
    """The cells of row line ``i`` of a space-aligned table: a blank one
    where it leaves a column blank, its label whole where the name wraps."""
    cells = _with_blank_first(_split_cells(lines[i], rules), lines[i], i in space.blank_firsts)
    ends = [lines[k] for k in space.label_ends if _end_of_row(k, space) == i]
    return _with_label_parts(_with_blanks(cells, dict(space.placed).get(i), width),
                             lines[i - 1] if i - 1 in space.label_starts else None, ends)


def _unlabelled_row(line: _Line) -> tuple[Cell, ...]:
    """A row of figures only, an empty label cell first (the header's corner)."""
    cells = _cells_at(line, [m.span() for m in regex.finditer(r"\S+", line.text)])
    return (Cell("", line.start, line.start), *cells)


def _tree_header(header_lines: list[_Line], width: int) -> tuple[tuple[Cell, ...], ...]:
    """The rows of a header over several rows as a browser copies it (each
    line the cells that begin in it): every cell in the column it begins in,
    the others empty, as a web table's merged cells are written; the
    corner's note over the label column."""
    cells = [_cells_at(line, [m.span() for m in regex.finditer(r"\S+", line.text)])
             for line in header_lines]
    firsts = header_tree([[cell.text for cell in line] for line in cells], width - 1) or []
    rows = []
    for line, line_cells, columns in zip(header_lines, cells, firsts, strict=False):
        row = [Cell("", line.start, line.start)] * width
        for cell, column in zip(line_cells, columns, strict=True):
            row[0 if column is None else column + 1] = cell
        rows.append(tuple(row))
    return tuple(rows)


def _aligned_rows(header: AlignedHeader, lines: list[_Line], width: int
                  ) -> tuple[tuple[Cell, ...], ...]:
    """The rows of a header set in columns by spaces over several lines
    (aligned_header), as a web table's merged cells are written: a row per
    line of groups, each group in its first column; then the columns' names,
    each written in the lowest row of groups where no group stands over it
    (a cell spanning down to the names' row), the words of a wrapped name
    joined."""
    def cell(words: tuple[tuple[int, int, int], ...]) -> Cell:
        return _joined_cells([Cell(lines[i].text[s:e], lines[i].start + s, lines[i].start + e)
                              for i, s, e in words])

    start = lines[header.lines[0]].start
    blank = Cell("", start, start)
    rows = [[blank] * width for _ in range(len(header.groups) + 1)]
    for row, groups in zip(rows, header.groups, strict=False):
        for first, _, words in groups:
            row[first + 1] = cell(words)
    lowest = header.groups[-1] if header.groups else ()
    for j, words in enumerate(header.columns):
        # (No groups: the names, wrapped over three lines, are the one row.)
        spanned = any(first <= j <= last for first, last, _ in lowest) or not header.groups
        rows[-1 if spanned else -2][j + 1] = cell(words)
    return tuple(tuple(row) for row in rows)


def _listed_row(listed: tuple[tuple[int, ...], ...], lines: list[_Line]) -> tuple[Cell, ...]:
    """The header row of a header printed one cell per line (listed_header):
    each cell its lines joined, the label column's empty where it has none."""
    start = lines[next(column for column in listed if column)[0]].start
    return tuple(_joined_cells([_whole_line_cell(lines[i]) for i in column]) if column
                 else Cell("", start, start) for column in listed)


def _end_of_row(i: int, space: SpaceTable) -> int | None:
    """The row whose label line ``i`` ends: the row just above it, or above
    the lines of the same label's rest between (a name wrapped over several
    lines); None past a blank line."""
    k = i - 1
    while k in space.label_ends:
        k -= 1
    return k if k in space.rows else None


def _with_blanks(cells: tuple[Cell, ...], columns: tuple[int, ...] | None,
                 width: int) -> tuple[Cell, ...]:
    """A row's cells in the ``columns`` they stand in, an empty cell (at the
    end of the cell before) in each column it leaves blank."""
    if columns is None:
        return cells
    row = list(cells[:1])
    for j in range(1, width):
        row.append(cells[columns.index(j)] if j in columns
                   else Cell("", row[-1].end, row[-1].end))
    return tuple(row)


def _with_label_parts(row: tuple[Cell, ...], start: _Line | None,
                      ends: list[_Line]) -> tuple[Cell, ...]:
    """A row whose label begins on the line ``start`` above it or goes on to
    the lines ``ends`` below it (a wrapped name): its label cell the whole
    name. Of a label in parts (a group's name beside its member's: （三）不予公开
    1.属于国家秘密) the member's, the innermost, as a merged cell's rows name
    their member; its rest is the last word of each line below."""
    label = row[0]
    a, b = label_parts(label.text)[-1]
    label = Cell(label.text[a:b], label.start + a, label.start + b)
    if start is not None:
        first = _whole_line_cell(start)
        label = Cell(first.text + label.text, first.start, label.end)
    # (Its span stays on the row's line: the figures after it are no part of it.)
    for end in ends:
        rest = _whole_line_cell(end)
        label = Cell(label.text + (rest.text.split() or [""])[-1], label.start, label.end)
    return (label, *row[1:])


def _whole_line_cell(line: _Line) -> Cell:
    stripped = line.text.strip()
    start = line.start + line.text.index(stripped) if stripped else line.start
    return Cell(stripped, start, start + len(stripped))


def _split_cells(line: _Line, rules: RuleSet) -> list[Cell]:
    return _cells_at(line, cell_spans(line.text, rules))


def _cells_at(line: _Line, spans: list[tuple[int, int]]) -> list[Cell]:
    return [Cell(line.text[s:e], line.start + s, line.start + e) for s, e in spans]


def _pipe_cells(line: _Line) -> list[Cell]:
    """The cells between a row's pipes. Empty cells before a filled one stay:
    they stand under a merged cell above (a header over two rows); a row of
    empty cells has none."""
    cells = []
    first_pipe = _PIPE.search(line.text)
    for m in _PIPE_CELL.finditer(line.text, first_pipe.end() if first_pipe else 0):
        stripped = m.group().strip()
        start = line.start + m.start() + (m.group().index(stripped) if stripped else 0)
        cells.append(Cell(stripped, start, start + len(stripped)))
    while cells and not cells[-1].text:
        cells.pop()
    return cells


def _filled(row: list[Cell]) -> int:
    return sum(1 for cell in row if cell.text)


def _captions_above(lines: list[_Line], index: int, occupied: dict[int, int],
                    rules: RuleSet) -> list[_Line]:
    """Lines just above a pipe table that caption it: its number (表2 …), its
    name (…销售情况表) or its unit (单位：万人), at most two, blank lines between
    allowed; and under them a line wholly in brackets that says what the cells
    are (表1：本地生产總值 / （與一年前比較的實質增減百分率））."""
    vocab = rules.vocabulary
    captions: list[_Line] = []
    k = index - 1
    while k >= 0 and len(captions) < 2 and k not in occupied:
        text = lines[k].text.strip()
        aside = _WHOLLY_BRACKETED.fullmatch(text) and not any(
            _WHOLLY_BRACKETED.fullmatch(c.text.strip()) for c in captions)
        # (a name under a number alone on its line: 附表 / 2024年江苏省主要钢铁产品产量)
        numbered = k > 0 and k - 1 not in occupied and len(text) <= _CAPTION_NAME \
            and not PUNCTUATION.search(text) \
            and vocab.table_number.fullmatch(lines[k - 1].text.strip()) is not None
        if text and not (vocab.table_number.match(text) or vocab.unit_caption.search(text)
                         or (vocab.table_name.search(text) and not PUNCTUATION.search(text))
                         or aside or numbered):
            break
        if numbered:
            captions[:0] = [lines[k - 1], lines[k]]
            break
        if text:
            captions.insert(0, lines[k])
        k -= 1
    # (a line in brackets that no number or name stands over is prose's aside)
    while captions and _WHOLLY_BRACKETED.fullmatch(captions[0].text.strip()):
        captions.pop(0)
    return captions


_WHOLLY_BRACKETED = regex.compile(r"[（(][^（()）]+[)）]")
_CAPTION_NAME = 40  # characters of a table's name on a line of its own


def _sub_tables(run: list[_Line], rules: RuleSet) -> list[list[_Line]]:
    """A run of pipe rows cut where a row without figures repeats the first
    cell of its header (信息内容 | 本年处理决定数量 after 信息内容 | 本年制发件数):
    a sub-table with its own header, from the one-cell rows that caption it
    (第二十条第（五）项) above that row; and where another table opens after
    a blank line (_next_table_at)."""
    if cut := _next_table_at(run, rules):
        return _sub_tables(run[:cut], rules) + _sub_tables(run[cut:], rules)
    rows = [(line, [c.text for c in _pipe_cells(line)]) for line in run]
    header = next((cells for _, cells in rows if sum(map(bool, cells)) >= 2), None)
    if header is None or not header[0]:
        return [run] if run else []
    parts: list[list[_Line]] = [[]]
    for k, (line, cells) in enumerate(rows):
        # (A row that repeats the whole header heads the table's next page.)
        if k and cells and cells[0] == header[0] and cells != header \
                and sum(map(bool, cells)) >= 2 and not any(
                rules.table_rule.pattern.fullmatch(c) for c in cells) and any(
                sum(map(bool, other)) >= 2 for _, other in rows[:k] if other != cells):
            captions = 0
            while captions < len(parts[-1]) and sum(map(bool, _line_cells(
                    parts[-1][-1 - captions]))) == 1:
                captions += 1
            moved = parts[-1][len(parts[-1]) - captions:]
            del parts[-1][len(parts[-1]) - captions:]
            parts.append(moved)
        parts[-1].append(line)
    return [part for part in parts if part]


def _next_table_at(run: list[_Line], rules: RuleSet) -> int:
    """The first row of a run of pipe rows, after a blank line and below rows of
    figures, that opens another table: a header row (words, no figures) under a
    caption row of one cell (| 各地区保费收入情况表 |) or of another width than
    the rows above it; 0 when none. A blank line alone does not end a table."""
    def figured(cells: list[str]) -> bool:  # (a period, 2023年, heads a column)
        return any(rules.table_rule.pattern.fullmatch(c) and not is_header_cell(c)
                   for c in cells[1:])

    rows = [_line_cells(line) for line in run]
    for k in range(1, len(rows)):
        if run[k].index == run[k - 1].index + 1 or not any(map(figured, rows[:k])):
            continue
        j = k
        while j < len(rows) and sum(map(bool, rows[j])) == 1:
            j += 1
        if j == len(rows) or sum(map(bool, rows[j])) < 2 or not all(
                is_header_cell(c) for c in rows[j] if c):
            continue
        above = next(len(cells) for cells in reversed(rows[:k]) if sum(map(bool, cells)) >= 2)
        if j > k or len(rows[j]) != above:
            return k
    return 0


def _line_cells(line: _Line) -> list[str]:
    return [c.text for c in _pipe_cells(line)]


def _pipe_table(run: list[_Line], rules: RuleSet, captions: tuple[Cell, ...] = ()
                ) -> tuple[Table | None, list[tuple[int, int]]]:
    """Rows of a pipe table; the caption lines above it and one-cell rows above
    the first multi-cell row are its caption, one-cell rows after the body are
    notes (prose), and so are those within it, but rows that head the rows
    below them (按经营单位所在地分, 其中：), which stay."""
    rows = [cells for line in run if not _PIPE_SEPARATOR_ROW.match(line.text)
            if (cells := _pipe_cells(line))]
    multi = [i for i, row in enumerate(rows) if _filled(row) >= 2]
    if not multi:
        return None, [(c.start, c.end) for r in rows for c in r if c.text]
    first, last = multi[0], multi[-1]
    caption = captions + tuple(c for row in rows[:first] for c in row if c.text)
    body = rows[first:last + 1]
    notes = [(c.start, c.end) for row in rows[last + 1:] for c in row if c.text]
    body = [row for row in body if _filled(row) >= 2 or (
        len(row) == 1 and is_group_row(row[0].text, rules, numbered=True))]
    notes += [(c.start, c.end) for row in rows[first:last + 1] if _filled(row) == 1
              and row not in body for c in row if c.text]
    header_rows = 1 if all(is_header_cell(c.text) for c in body[0][1:]) else 0
    # A table without a label column (行政复议 | 行政诉讼 over 结果维持 | … over
    # 14 | 1 | …): every row under its header is figures from the first cell,
    # and all the rows above them head its columns. Its rows get an empty
    # label first, as the header's corner would be.
    figured = [any(rules.table_rule.pattern.fullmatch(c.text) for c in row) for row in body]
    lead = figured.index(True) if True in figured else len(body)
    if 0 < lead < len(body) and not _year_rows(body, lead) and all(row[0].text and all(
            rules.table_rule.pattern.fullmatch(c.text) or c.text in EMPTY_CELL for c in row)
            for row in body[lead:]) and all(is_header_cell(c.text) for row in body[:lead]
                                             for c in row if c.text):
        body = [[Cell("", row[0].start, row[0].start), *row] for row in body]
        header_rows = lead
    # A header over two rows: the second row's cells stand under the merged
    # cells of the first (指标 | 2023年 over 金额 | 比上年增长), its first
    # cell empty under the label column's name.
    while header_rows and header_rows < len(body) - 1 and not body[header_rows][0].text \
            and all(is_header_cell(c.text) for c in body[header_rows]):
        header_rows += 1
    if len(body) <= header_rows:  # a header without rows is not a table: its cells are prose
        return None, [(c.start, c.end) for row in rows for c in row if c.text]
    start = captions[0].start if captions else run[0].start
    return Table(start, run[-1].end, caption, _labels_in_one_cell(body, header_rows, rules),
                 header_rows, "", ""), notes


# A 历年 table's rows are years under a label column named for them (年份 |
# 地区生产总值 over 2022 | 6739.45): the years are its labels, not figures.
_YEARS_HEADER = regex.compile(r"^年\s*[份度]?$")


def _year_rows(body: list[list[Cell]], lead: int) -> bool:
    return bool(_YEARS_HEADER.match(body[lead - 1][0].text)) and all(
        YEAR_LABEL.match(row[0].text) for row in body[lead:])


def _labels_in_one_cell(rows: list[list[Cell]], header_rows: int, rules: RuleSet
                        ) -> tuple[tuple[Cell, ...], ...]:
    """Rows whose label is spread over several cells before the figures (a
    group's cell spanning rows, an item's spanning columns: 三、本年度办理结果 |
    （三）不予公开 | 1.属于国家秘密 | 2 | 3, then  |  | 2.其他… | 4 | 5), each with
    one label cell: its innermost, the last with words, as a merged cell's
    rows name their member. Only where the label columns leave cells blank
    (merged) and hold no units (指标 | 单位 | 2023年 stays)."""
    def figure(cell: Cell) -> bool:
        return bool(rules.table_rule.pattern.fullmatch(cell.text)) or cell.text in EMPTY_CELL

    body = rows[header_rows:]
    firsts = [next((j for j, cell in enumerate(row) if cell.text and figure(cell)), None)
              for row in body]
    width = min((j for j in firsts if j is not None), default=0)
    labels = [row[:width] for row, j in zip(body, firsts, strict=True) if j is not None]
    if width < 2 or not any(not cell.text for row in labels for cell in row) or any(
            unit_parts(cell.text, rules) != ("", "") or figure(cell)
            for row in labels for cell in row[1:] if cell.text) or any(
            cell.text in rules.vocabulary.unit_headers
            for row in rows[:header_rows] for cell in row[1:width]):
        return tuple(tuple(row) for row in rows)
    joined = []
    above = [""] * width  # the label each label column last wrote (its merged cell)
    for k, row in enumerate(rows):
        named = [cell for cell in row[:width] if cell.text]
        label = named[-1] if named else row[0]
        if k >= header_rows:
            # (A written cell ends the merged cells right of it.)
            first = next((j for j in range(width) if row[j].text), width)
            above[:] = above[:first] + [cell.text for cell in row[first:width]]
            inner = next((j for j in range(width - 1, -1, -1) if row[j].text), 0)
            label = _rest_of(label, next((text for text in reversed(above[:inner]) if text), ""),
                             rules)
        joined.append((label, *row[width:]))
    return tuple(joined)


def _rest_of(label: Cell, parent: str, rules: RuleSet) -> Cell:
    """A sub-row of the rest (3.其他) named with its parent row (（六）其他处理):
    alone it means nothing, 其他处理其他 does."""
    ordinal = ROW_ORDINAL.match(label.text)
    bare = label.text[ordinal.end() if ordinal else 0:].strip()
    if not parent or bare not in rules.vocabulary.rest_words:
        return label
    parent = parent[m.end() if (m := ROW_ORDINAL.match(parent)) else 0:].strip()
    return Cell(label.text[:len(label.text) - len(bare)] + parent + bare, label.start, label.end)


# --- footnote markers ----------------------------------------------------------------


def _markers(text: str, paragraphs: list[tuple[int, int, str, str]], defined: set[str]
             ) -> list[Marker]:
    """The footnote markers in the body; a symbol (*, ※) only where a note defines it."""
    markers = [Marker(_marker_id(m), m.start(), m.end())
               for start, end, _, _ in paragraphs for m in _MARKER.finditer(text, start, end)
               if not m.group("symbol") or m.group("symbol") in defined]
    return sorted(markers, key=lambda m: m.start)


def _defines(definition: regex.Match[str], line: _Line, text: str) -> bool:
    """Whether a line that starts with a marker defines a footnote: after a
    note label (注：①…), or as a note numbered in its label (注1：… / 注2：…,
    each on a line of its own, where no sentence need use the marker), or
    when the marker stood in the text before (a ① that no sentence used
    starts an item of a list)."""
    labelled = bool(definition.group().strip()) and definition.start("marker") > len(
        line.text) - len(line.text.lstrip())
    numbered_note = bool(definition.group("note")) and _NOTE_COLON.match(
        line.text, definition.end("marker")) is not None
    return labelled or numbered_note or text.find(definition.group("marker"), 0, line.start) >= 0


# A numbered note's label ends at its colon (注1：当期数据为初步数。).
_NOTE_COLON = regex.compile(r"\s*[：:]")


def _definitions(text: str, line_start: int, first: regex.Match[str], end: int,
                 following: regex.Pattern[str] | None = None) -> list[FootnoteDef]:
    """The footnote definitions of a line that starts with ``first``, and of the
    ``following`` markers on it."""
    spans = [(_marker_id(first), line_start + first.start("marker"), line_start + first.end())]
    spans += [(_marker_id(m), m.start("marker"), m.end())
              for m in (following or _NEXT_DEFINITION).finditer(text, line_start + first.end(),
                                                                end)]
    ends = [start for _, start, _ in spans[1:]] + [end]
    return [FootnoteDef(footnote=footnote, text=text[body:stop].strip(), start=start, end=stop,
                        body_start=body)
            for (footnote, start, body), stop in zip(spans, ends, strict=True)]


def _note_items(text: str, line_start: int, first: regex.Match[str], end: int
                ) -> list[FootnoteDef]:
    """The numbered notes of a line that starts with ``first``: each after a 。 or
    ；, numbered as such, or the next number before a figure (。3.1公顷=15亩)."""
    found = _definitions(text, line_start, first, end, _NEXT_NOTE_ITEM)
    at = 0
    while at < len(found):
        note = found[at]
        following = _NEXT_NOTE_ITEM_BEFORE_FIGURE.search(text, note.body_start, note.end)
        if following and note.footnote.isdigit() \
                and int(following.group("id")) == int(note.footnote) + 1:
            next_note = FootnoteDef(footnote=following.group("id"),
                                    text=text[following.end():note.end].strip(),
                                    start=following.start(), end=note.end,
                                    body_start=following.end())
            found[at:at + 1] = [replace(note, text=text[note.body_start:following.start()]
                                        .strip(), end=following.start()), next_note]
        at += 1
    return found


def _marker_id(match: regex.Match[str]) -> str:
    """``[2]`` and ``②`` both mark footnote 2; ``*`` marks footnote ``*``."""
    groups = match.groupdict()
    if groups.get("id") or groups.get("note") or groups.get("symbol"):
        return groups.get("id") or groups.get("note") or groups["symbol"]
    return str(_CIRCLED.index(match.group("circled")) + 1)


def _footnote_paths(markers: tuple[Marker, ...],
                    paragraphs: list[tuple[int, int, str, str]]) -> dict[str, str]:
    """Each footnote's text sits under the section where its marker first appears."""
    paths: dict[str, str] = {}
    starts = [start for start, _, _, _ in paragraphs]
    for marker in markers:
        k = bisect.bisect_right(starts, marker.start) - 1
        if marker.footnote not in paths and k >= 0 and marker.start < paragraphs[k][1]:
            paths[marker.footnote] = paragraphs[k][3]
    return paths
