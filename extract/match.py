"""Stage 4, match: every number in the text becomes a fact, a non-fact or unexplained.

Order of claims (the first claim on a number wins):

1. heading ordinals the segmenter found;
2. table value cells (rule ``table.cell``);
3. non-fact rules over the whole text (years, dates, markers …);
4. fact rules over each sentence, highest priority first; a match whose
   figures are already claimed is dropped whole.

Finding is separate from interpreting: a rule match gives spans; ``_item``
turns one span into a value with unit, scale and qualifier; ``Subjects``
gives it an indicator and a dimension.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Collection, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import cache, lru_cache

import regex

from .layout import (
    INDEX_BASE,
    MONTHS_LABEL,
    NOTE_SYMBOL,
    QUARTER_LABEL,
    REGION_LEVEL,
    ROW_ORDINAL,
    is_header_cell,
    label_year,
    unit_parts,
    written_unit,
)
from .normalise import to_simplified
from .records import (
    Cell,
    Fact,
    Kind,
    MatchedDoc,
    NonFact,
    Paragraph,
    SectionedDoc,
    Table,
    Unexplained,
)
from .rules import Rule, RuleSet
from .spans import clauses, sentences
from .subjects import Figure, Subject, Subjects
from .words import start_after


@dataclass(frozen=True, slots=True)
class _Item:
    """One figure of a match, interpreted."""

    start: int
    end: int
    value: Decimal
    scale: str
    unit: str
    qualifier: str
    label: str | None = None
    negative: bool = False
    """Whether its verb (下降, 减少 …) makes it a fall."""
    reach: int = 0
    """Where the quantity ends, qualifier words after it included (500万人以上)."""
    basis: str = ""
    """What it is compared with, where each figure of a list names its own
    (高于全国2.4个、全省1.0个百分点)."""


@dataclass(frozen=True, slots=True)
class _Match:
    rule: Rule
    start: int
    end: int
    items: tuple[_Item, ...]
    basis: str
    group: str = ""
    """The group the figures are of where the rule names it once for all
    (低于全国平均水平（15.1/10万、4.5‰）): their member if the subject names none."""


class _Claims:
    """Which numbers of the text are already explained."""

    def __init__(self, numbers: list[tuple[int, int]]) -> None:
        self.starts = [s for s, _ in numbers]
        self.claimed: set[int] = set()
        self.journal: list[int] = []
        """The numbers claimed since it was last emptied (see ``undo``)."""

    def inside(self, start: int, end: int) -> list[int]:
        lo = bisect.bisect_left(self.starts, start)
        hi = bisect.bisect_left(self.starts, end)
        return self.starts[lo:hi]

    def first_inside(self, start: int, end: int) -> int:
        """The start of the first number inside ``[start, end)``, or -1."""
        lo = bisect.bisect_left(self.starts, start)
        return self.starts[lo] if lo < len(self.starts) and self.starts[lo] < end else -1

    def claim_span(self, start: int, end: int) -> bool:
        """Claim the unclaimed numbers starting inside ``[start, end)``."""
        fresh = [s for s in self.inside(start, end) if s not in self.claimed]
        self.claimed.update(fresh)
        self.journal += fresh
        return bool(fresh)

    def undo(self) -> None:
        """Free the numbers claimed since the journal was last emptied."""
        self.claimed.difference_update(self.journal)
        self.journal = []

    def free(self, starts: list[int]) -> bool:
        return not any(s in self.claimed for s in starts)

    def any_free(self, start: int, end: int) -> bool:
        """Whether a number starting inside ``[start, end)`` is unclaimed."""
        return not self.claimed.issuperset(self.inside(start, end))


_HEADLINE_REACH = 60  # characters of a headline, at most


def match(doc: SectionedDoc, rules: RuleSet) -> MatchedDoc:
    """Find and interpret every figure of a sectioned document."""
    text = doc.norm.simplified
    # (Without a title, a news headline tells the release's kind as well:
    # 第五次全国经济普查结果公布：我国企业资产总计超千万亿元.)
    headline = doc.title or text.lstrip().partition("\n")[0][:_HEADLINE_REACH]
    quantities = rules.quantities.for_release(headline)
    if quantities is not rules.quantities:
        rules = replace(rules, quantities=quantities)
    numbers = [m.span() for m in rules.number.finditer(text)]
    claims = _Claims(numbers)
    nonfacts: list[NonFact] = []
    for nonfact in doc.nonfacts:
        if claims.claim_span(nonfact.start, nonfact.end):
            nonfacts.append(nonfact)
    facts: list[Fact] = []
    for table in doc.tables:
        for block in _side_by_side(table, rules):
            facts += _table_facts(doc, block, rules.table_rule, rules, claims)
    for rule in rules.nonfact_rules:
        if rule.requires and not rule.requires.search(text):
            continue
        for m in _scan(rule, text, 0, len(text)):
            if claims.claim_span(m.start(), m.end()):
                nonfacts.append(NonFact(m.start(), m.end(), rule.id))
    subjects = Subjects(text, rules, doc.region, title=to_simplified(doc.title))
    moves: dict[str, str] = {}
    failures: list[str] = []
    for paragraph in doc.paragraphs:
        claims.journal = []
        try:
            facts += _paragraph_facts(doc, paragraph, rules, claims, subjects, moves)
        except Exception as exc:  # a bug in one paragraph must not cost the others
            claims.undo()  # (its figures are left unexplained, where an audit sees them)
            failures.append(_failure(text, paragraph, exc))
    facts = _measured_by_heading(doc, facts, rules)
    facts.sort(key=lambda f: (f.start, f.end))
    left = [(s, e) for s, e in numbers if s not in claims.claimed]
    unexplained = tuple(Unexplained(doc.norm.text[s:e], s, e, context)
                        for (s, e), context in zip(left, _contexts(doc, left), strict=True))
    return MatchedDoc(doc=doc, facts=tuple(facts), nonfacts=tuple(sorted(
        nonfacts, key=lambda n: n.start)), numbers=len(numbers), unexplained=unexplained,
        failures=tuple(failures))


def _failure(text: str, paragraph: Paragraph, exc: Exception) -> str:
    """What a paragraph's failure says: where it is, how it begins, what was raised."""
    opening = text[paragraph.start:paragraph.end][:24].strip()
    return (f"the paragraph at character {paragraph.start} ({opening}…): "
            f"{type(exc).__name__}: {exc}")


# --- prose ---------------------------------------------------------------------------


# The end of a heading of one comparison's moves (环比变动情况, 同比涨跌情况).
_HEADING_ENDS = ("情况", "变动", "变化", "涨跌")
_HEADING_BASIS = regex.compile(r"(?P<basis>环比|同比)(?:价格)?(?:变动|变化|涨跌)(?:情况)?$")


def _paragraph_facts(doc: SectionedDoc, paragraph: Paragraph, rules: RuleSet, claims: _Claims,
                     subjects: Subjects, moves: dict[str, str]) -> list[Fact]:
    """The facts of a paragraph. ``moves`` holds, by section, the period the last
    move from one value to another was from (由二零二四年九月至十一月的1.1%下降至…,
    比较…与二零二四年九月至十一月，): the period of later moves that name none."""
    text = doc.norm.simplified
    facts: list[Fact] = []
    lead = _DIGIT_OR_END.search(text, paragraph.start, paragraph.end)
    opening = text[paragraph.start:lead.start() if lead else paragraph.end]
    subjects.start_paragraph(paragraph.start, compares="比较" in opening)
    # 从同比看，…: the comparison the paragraph's bare figures are against.
    opener = rules.basis_opener.match(text, paragraph.start, paragraph.end)
    if opener and "比较" in opener.group():
        moves[paragraph.section_id] = regex.sub(r"\s+", "", opener.group("basis"))
    # A heading that names the comparison (二、工业生产者价格环比变动情况) opens its
    # paragraphs as 从环比看 would: 生产资料价格下降0.1% is on the month before.
    heading = None if opener or not paragraph.section_path.endswith(_HEADING_ENDS) \
        else _HEADING_BASIS.search(paragraph.section_path)
    heading_basis = heading.group("basis") if heading else ""
    # No fact pattern crosses 。！？, so one scan of the paragraph gives each
    # sentence its matches. (Every match's first figure starts a number: where
    # all are claimed, each match would be ruled out.)
    matches = _matches(text, paragraph.start, paragraph.end, rules, claims) \
        if claims.any_free(paragraph.start, paragraph.end) else []
    match_starts = [m.start for m in matches]
    spans = sentences(text, paragraph.start, paragraph.end)
    periods = _Periods(text, spans, rules, default=next(
        (period for words in (paragraph.section_path, doc.title)
         if (period := _period_in(words, rules)) is not None), ""))
    for s_start, s_end in spans:
        found = matches[bisect.bisect_left(match_starts, s_start):
                        bisect.bisect_left(match_starts, s_end)]
        parts = clauses(text, s_start, s_end)
        starts = [c_start for c_start, _ in parts]
        prices = _Prices(text, parts, rules)
        by_clause: dict[int, list[_Match]] = {}
        for m in found:
            by_clause.setdefault(max(0, bisect.bisect_right(starts, m.start) - 1), []).append(m)
        context = _sentence_window(s_start, s_end)
        sentence_from = len(facts)
        for index, (c_start, c_end) in enumerate(parts):
            subjects.enter_clause(c_start, c_end, figured=index in by_clause)
            for m in by_clause.get(index, ()):
                if m.rule.id == _FROM_TO:
                    if m.basis:
                        moves[paragraph.section_id] = m.basis
                    elif (moved := moves.get(paragraph.section_id)) and not opener and not any(
                            b.group() != "同期" for b in rules.basis.finditer(
                                text, paragraph.start, m.start)):
                        # 失业率由6.3%上升至6.9%: over the period the moves before were;
                        # 同期，劳动人口由…减少至…: the same period.
                        found[found.index(m)] = m = replace(m, basis=moved)
                # A ratio against a unit base (生师比17.90:1) is one figure to name;
                # a list of them (16.66:1、11.74:1) has one member a ratio.
                per_member = 2 if m.rule.id == _RATIO_LIST else len(m.items) \
                    if _one_ratio(m) else 1
                figure = Figure(start=m.start, first=m.items[0].start, end=m.items[-1].reach,
                                count=len(m.items) // per_member, ranged=m.rule.range,
                                ratio=_one_ratio(m),
                                labels=tuple(i.label or "" for i in m.items)
                                if m.items[0].label is not None else None,
                                comparison=m.rule.kind != "level",
                                previous=m.rule.kind == "previous",
                                counted=_counted(m.items[-1], rules), unit=m.items[-1].unit,
                                scaled=bool(m.items[-1].scale),
                                units=tuple(i.unit for i in m.items[::per_member]),
                                amount=_base_value(m.items[0], rules)
                                if len(m.items) == 1 and m.rule.kind == "level" else None)
                subject = subjects.of(figure, c_start, c_end)
                if per_member > 1:
                    subject = Subject(*(tuple(n for n in names for _ in range(per_member))
                                        for names in (subject.indicators, subject.dimensions)))
                if m.rule.kind == "level" and all(
                        i.unit == "%" for i in m.items) and all(
                        name.endswith(rules.quantities.growth_measures)
                        for name in subject.indicators):
                    # 贷款增速最快，达到21.5%: a growth rate named as the measure.
                    m = replace(m, rule=replace(m.rule, kind="compare"))
                # 比初步核算数增加33790亿元，增幅为2.7%: a rate named after an amount the
                # sentence compared is that comparison's, on the same basis.
                rated = next((p.basis for p in reversed(found) if p.start < m.start
                              and p.rule.kind == "compare" and p.basis
                              and p.items[-1].unit != "%"), None) \
                    if m.rule.kind == "compare" and m.items[-1].unit == "%" and any(
                        w in text[c_start:m.items[0].start]
                        for w in rules.vocabulary.rate_words) else None
                basis = m.basis or rated or (_stated_basis(
                    text, paragraph.start, s_start, m.start, m.items[0].start, rules,
                    opener=opener.group("basis") if opener else heading_basis,
                    points=m.items[-1].unit in rules.quantities.point_units,
                    percent=m.items[-1].unit == "%",
                    # (Not a turn's earlier change, 由上月上涨0.5%转为下降0.3%: the
                    # figure after 转为 is a change of the same kind, not one on 上月.)
                    previous=next(((p.start, p.basis) for p in reversed(found)
                                   if p.start < m.start and p.rule.kind == "previous"
                                   and p.rule.id != _TURNED_FROM and p.basis), None),
                    period=periods.at(m.start), dated=periods.default == "")
                    if m.rule.kind != "level" else "")
                for item, indicator, dimension in zip(m.items, subject.indicators,
                                                      subject.dimensions, strict=True):
                    at = max(0, bisect.bisect_right(starts, item.start) - 1)
                    facts.append(_fact(doc, paragraph.section_id, paragraph.section_path,
                                       m, item, indicator, dimension or m.group,
                                       item.basis or basis, rules,
                                       context=context(item.start), clause=parts[at],
                                       prices=prices.of(at, item),
                                       period=periods.at(item.start) or subjects.period))
        _compared_measure_after(facts, sentence_from, text, s_start)
        named = [(f.indicator, f.start) for f in facts[sentence_from:] if not f.dimension]
        if len(named) >= 2:
            # Members named in parallel (室内体育场地…；室外体育场地…) are only
            # known once the next is named: so after the sentence.
            _split_members(facts, sentence_from, subjects.parallel_members(named))
            # 二线城市新建商品住宅销售价格…；二手住宅销售价格…: the tier goes on.
            _split_members(facts, sentence_from, subjects.carried_tiers(
                [(f.indicator, f.start) for f in facts[sentence_from:] if not f.dimension]))
            # 幼儿测试15项、成年人18项、老年人15项: groups counted, the measure once.
            _split_members(facts, sentence_from, subjects.counted_members(
                [(f.indicator, f.start) for f in facts[sentence_from:] if not f.dimension]))
            _split_members(facts, sentence_from, subjects.graded_members(
                [f.indicator for f in facts[sentence_from:] if not f.dimension]))
            _split_members(facts, sentence_from, subjects.parallel_shares(
                [f.indicator for f in facts[sentence_from:] if not f.dimension]))
            # 江苏软件业务收入…；浙江9860亿元: the measure named once, left out after.
            _split_members(facts, sentence_from, subjects.elided_measures(
                [(f.dimension + f.indicator, f.unit) for f in facts[sentence_from:]]))
        if subjects.sibling_split:
            # 大型企业景气指数…；中型企业为…: the sibling that named the measure is a member.
            _split_members(facts, sentence_from, subjects.sibling_split)
            subjects.sibling_split = {}
        shares = [f.dimension + f.indicator for f in facts[sentence_from:]
                  if f.dimension and f.indicator in rules.vocabulary.share_words]
        if len(shares) >= 2:
            # 从市场结构看，一线城市票房占比为15.9%，二线城市占比为…: under a frame the
            # first member holds the measure the others leave out (一线城市|票房占比).
            _split_members(facts, sentence_from, subjects.parallel_shares(shares),
                           dimensioned=True)
        subjects.end_sentence()
    # (After the paragraph: its members may be named in sentences of their own.)
    _split_members(facts, 0, subjects.members_of_shared_measure(
        [f.indicator for f in facts if not f.dimension]))
    _split_members(facts, 0, subjects.members_named_before(
        [(f.indicator, f.start) for f in facts if not f.dimension],
        [(f.indicator, f.dimension, f.start) for f in facts if f.dimension]))
    return facts


def _measured_by_heading(doc: SectionedDoc, facts: list[Fact], rules: RuleSet) -> list[Fact]:
    """Items that name a member and no measure take the measure of the heading
    they are numbered under: 三、全国生均一般公共预算教育经费增长情况 / 1.全国幼儿园为
    10227元 -> 生均一般公共预算教育经费 of 幼儿园 (not 幼儿园 as the measure)."""
    sections = {s.section_id: s for s in doc.sections}
    measures: dict[str, tuple[str, str]] = {}
    vocab = rules.vocabulary
    for section in doc.sections:
        parent = sections.get(section.section_id.rpartition(".")[0])
        # (The item's own words: its title ends before the figure, 全国幼儿园.)
        item = vocab.member_item.match(
            doc.norm.simplified[section.ordinal_span[1]:section.end].lstrip()) if parent else None
        if not parent or not item or _names_measure(item.group("member"), rules):
            continue
        measure = vocab.heading_trail.sub("", vocab.heading_place.sub("", parent.title.strip()))
        if len(measure) >= 4 and not regex.search(r"\d", measure):
            measures[section.section_id] = (measure, item.group("member"))
    out = []
    for fact in facts:
        measure, member = measures.get(fact.section_id, ("", ""))
        if measure and fact.indicator == member:
            fact = replace(fact, indicator=measure, dimension=fact.dimension or member)
        out.append(fact)
    return out


# A digit or a sentence's end: what a paragraph says before its first figure.
_DIGIT_OR_END = regex.compile(r"\d|。")
# The starting value of a move (由A增加到B).
_FROM_TO = "previous.from_to"
_TURNED_FROM = "previous.turned_from"
_RATIO_LIST = "ratio.list"


_COMPARED_WITH = "previous.compared_with"
_CLAUSE_MARK = regex.compile(r"[，,；;]")
_BRACKET_END = regex.compile(r"[)）]")


def _compared_measure_after(facts: list[Fact], since: int, text: str, s_start: int) -> None:
    """A sentence that opens with its comparison (与五年前（2018年：18,940元）相比，
    平均月薪累计上升20.7%): the earlier value is of the measure the change after it
    names, not of the one the sentence before ended with."""
    for i in range(since, len(facts)):
        fact = facts[i]
        if fact.rule != _COMPARED_WITH or not text[s_start:fact.start].lstrip().startswith("与") \
                or _CLAUSE_MARK.search(text, s_start, fact.start):
            continue
        afters = [f for f in facts[i + 1:] if f.kind in ("change", "growth")
                  and f.basis == fact.basis]
        # 与上年同期（96.1%、86.9%、93.9%）相比，长江、黄河、珠江流域分别上升…: the
        # k-th value of the bracket is of the k-th member's change.
        k = 0
        while k < i - since and facts[i - k - 1].rule == _COMPARED_WITH \
                and not _BRACKET_END.search(text, facts[i - k - 1].end, facts[i - k].start):
            k += 1
        after = afters[k] if 0 < k < len(afters) and afters[k].dimension \
            and afters[k].dimension != afters[k - 1].dimension else next(iter(afters), None)
        if after is not None:
            facts[i] = replace(fact, indicator=after.indicator, dimension=after.dimension)


def _split_members(facts: list[Fact], since: int, split: dict[str, tuple[str, str]],
                   dimensioned: bool = False) -> None:
    """Give the facts from ``since`` on that have no member the (measure, member)
    that ``split`` reads their indicator as; with ``dimensioned``, the facts that
    have one, read by member and indicator together (一线城市 | 占比)."""
    for i in range(since, len(facts)):
        fact = facts[i]
        if bool(fact.dimension) == dimensioned \
                and (named := split.get(fact.dimension + fact.indicator)):
            facts[i] = replace(fact, indicator=named[0], dimension=named[1])


def _matches(text: str, start: int, end: int, rules: RuleSet, claims: _Claims) -> list[_Match]:
    """Rule matches in a stretch of prose, each claiming its figures, best rules first."""
    found: list[_Match] = []
    for rule in rules.fact_rules:
        if rule.table or (rule.requires and not rule.requires.search(text, start, end)):
            continue
        # (Groups by number: the regex module looks a name up many times slower.)
        groups = rule.pattern.groupindex
        kept = len(found)
        for m in _scan(rule, text, start, end):
            # A quantity's first number is its figure (words before it have no
            # digits). A claimed first figure rules the match out; a claimed later
            # one ends it: 上升1.35个百分点，15-59岁… is no list of two.
            spans = m.spans(groups["q"])
            spans = spans[:next((k for k, (s, e) in enumerate(spans)
                                 if claims.first_inside(s, e) in claims.claimed), len(spans))]
            if not spans:
                continue
            labels = m.captures(groups["label"]) if "label" in groups else None
            # Each figure goes with the last verb before it (增长4.6%和下降1.9%).
            verbs = list(zip(m.starts(groups["verb"]), m.captures(groups["verb"]), strict=True)) \
                if "verb" in groups else []
            items = [_item(text, s, e, rules, labels[k] if labels else None,
                           negative=_falls(verbs, s, rules)) for k, (s, e) in enumerate(spans)]
            for item in items:  # its figure, and digits of its unit (/10万); and a
                # sign read before it, that is a range's dash (1038.5小时（桑植）-1856.3小时)
                claims.claim_span(item.start - (text[item.start - 1] in "-+"), item.end)
            items = _shaped(rule, items, rules)
            first = spans[0][0]
            if len(items) > 1 and items[0].qualifier \
                    and "分别" in text[max(0, m.start() - 4):first] \
                    and any(text.startswith(w, first) for p, w in rules.quantities.qualifier_of
                            if p == "before"):
                # 分别…增长超过20倍、15倍和11倍: a qualifier before the first of a
                # 分别 list is of each figure that has none of its own.
                items = [items[0], *(replace(i, qualifier=i.qualifier or items[0].qualifier)
                                     for i in items[1:])]
            elif len(items) > 1 and items[-1].qualifier \
                    and "分别" in text[max(0, first - 8):first] \
                    and any(text.startswith(w, items[-1].end) for p, w in
                            rules.quantities.qualifier_of if p == "after"):
                # 分别控制在4.5‰和6.0‰以下: so is one after the last.
                items = [*(replace(i, qualifier=i.qualifier or items[-1].qualifier)
                           for i in items[:-1]), items[-1]]
            written = m.captures(groups["basis"]) if "basis" in groups else []
            basis = _written_basis(written[-1], text, start, m.start(), rules) if written else ""
            # Each figure against its own group: 高于全国2.4个、全省1.0个百分点;
            # 比全国、全省分别高2.4个和1.0个百分点.
            each = written if len(written) > 1 else rules.vocabulary.listed.split(basis)
            if len(each) > 1 and len(each) == len(m.spans(groups["q"])):
                items = [replace(item, basis=_basis(group, rules))
                         for item, group in zip(items, each, strict=False)]
            # 增加5万人或0.49%: one change written twice, not a list of two.
            part_start = m.start()
            group = m.group("group") or "" if "group" in groups else ""
            for part in _alternatives(text, items):
                found.append(_Match(rule, part_start, m.end(), part, basis, group))
                part_start = part[-1].reach
        if len(found) > kept and not claims.any_free(start, end):
            break  # every figure is claimed: each match of the rules left would be ruled out
    return _restatements(text, sorted(found, key=lambda m: m.start))


_OR = regex.compile(r"\s*或\s*")


def _alternatives(text: str, items: list[_Item]) -> list[tuple[_Item, ...]]:
    """A match's items in groups that 或 separates."""
    groups = [[items[0]]]
    for before, item in itertools.pairwise(items):
        if _OR.fullmatch(text, before.reach, item.start):
            groups.append([])
        groups[-1].append(item)
    return [tuple(group) for group in groups]


_RESTATED = regex.compile(r"\s*[（(]\s*$")


def _restatements(text: str, found: list[_Match]) -> list[_Match]:
    """A lone figure in brackets right after a comparison restates it in another
    unit (比上年增加35.0万公顷（525万亩）): it is a change too, against the same
    period, with the same sign."""
    restated = list(found)
    for k in range(1, len(found)):
        before, m = found[k - 1], found[k]
        if m.rule.kind != "level" or before.rule.kind == "level" or len(m.items) != 1 \
                or not _RESTATED.fullmatch(text, before.items[-1].reach, m.start) \
                or not _CLOSES.match(text, m.items[0].reach):
            continue
        item = replace(m.items[0], negative=before.items[-1].negative)
        restated[k] = replace(m, rule=before.rule, items=(item,), basis=before.basis)
    return restated


_CLOSES = regex.compile(r"\s*[)）]")


def _falls(verbs: list[tuple[int, str]], start: int, rules: RuleSet) -> bool:
    """Whether the last of a match's verbs (start, word) before ``start`` is a fall."""
    before = [word for at, word in verbs if at < start]
    return bool(before) and before[-1] in rules.quantities.down_verbs


# A comparison's figure in % within its clause (同比增长9.7%).
_PERCENT_AFTER = regex.compile(r"[^，。；,;%]{0,12}?%")
# A comparison that frames what follows it (从环比看，).
_FRAMED = regex.compile(r"(?:来|上)?看\s*[，,：:]")
# The second part of a ratio that states one measure against a unit base.
_RATIO_BASES = frozenset(Decimal(b) for b in (1, 10, 100, 1000))
# An aside on what is compared with (与第三次全国国土调查（以2019年12月31日为标准时点）相比).
_BASIS_ASIDE = regex.compile(r"[（(][^（()）]*[)）]")
_HEADER_UNIT = regex.compile(r"^(?P<name>.*?)\s*[（(](?P<unit>[^（）()]{1,8})[)）]$")
# No single rule may spend longer than this on one stretch of text: a hostile
# input then leaves numbers unexplained instead of hanging the run.
REGEX_TIME_LIMIT = 2.0
_UNGUARDED = 5000
# A "sentence" longer than this is not prose: its facts get a window of it.
_CONTEXT_LIMIT = 300


def _scan(rule: Rule, text: str, start: int, end: int) -> list[regex.Match[str]]:
    """All matches of a rule in ``text[start:end]``, or those found before the time
    limit. The limit (which costs a little on every match) guards long stretches
    only: the patterns are linear, a short stretch cannot take long."""
    if end - start <= _UNGUARDED:
        return list(rule.pattern.finditer(text, start, end))
    found: list[regex.Match[str]] = []
    try:
        for m in rule.pattern.finditer(text, start, end, timeout=REGEX_TIME_LIMIT):
            found.append(m)
    except TimeoutError:
        pass
    return found


def _sentence_window(start: int, end: int):  # type: ignore[no-untyped-def]
    """The context span of a figure: its sentence, or a window of an overlong one."""
    if end - start <= _CONTEXT_LIMIT:
        return lambda at: (start, end)
    half = _CONTEXT_LIMIT // 2
    return lambda at: (max(start, at - half), min(end, at + half))


@cache
def _quantity_groups(quantity: regex.Pattern[str]) -> tuple[int, ...]:
    """The numbers of the quantity's groups qb, num, qm, scale, sub, subscale, unit
    and qa (the regex module looks a group up by number many times faster than
    by name, and builds its table of names anew each time it is asked)."""
    return tuple(map(quantity.groupindex.__getitem__, (
        "qb", "num", "qm", "scale", "sub", "subscale", "unit", "qa")))


def _item(text: str, start: int, end: int, rules: RuleSet, label: str | None,
          negative: bool = False) -> _Item:
    """One quantity span, interpreted: ``约5200多人`` -> 5200, 人, over."""
    m = rules.quantity.fullmatch(text, start, end)
    if m is None:  # a rule captured something that is not a quantity: take its number
        m = rules.quantity.search(text, start, end)
        assert m is not None
    qb, num, qm, sc, sub, subsc, un, qa = _quantity_groups(rules.quantity)
    qualifier_of = rules.quantities.qualifier_of
    before, number, mid, scale, unit, after = m.group(qb, num, qm, sc, un, qa)
    qualifier = ""
    for position, word in (("before", before), ("mid", mid), ("after", after)):
        if word:
            qualifier = qualifier_of.get((position, word), qualifier)
    if not before:
        # 约占45%, 约占陆域国土面积的18%: the qualifier before the 占 that makes
        # the figure a share, in the figure's clause.
        reach = max(0, m.start() - _SHARE_REACH)
        lead = text[start_after(text, m.start(), _CLAUSE_ENDS + "：:", floor=reach):m.start()]
        at = lead.rfind(_SHARE_VERB)
        if at > 0:
            qualifier = next((q for (position, word), q in qualifier_of.items()
                              if position == "before" and lead[:at].endswith(word)), qualifier)
        elif lead.endswith(_OF):
            qualifier = _qualifier_of_whole(lead, qualifier_of,
                                            rules.vocabulary.subject_stops) or qualifier
        elif currency := next((c for c in rules.quantities.currencies if lead.endswith(c)), ""):
            # 约合人民币180.60亿元: the qualifier before the currency the figure is
            # restated in.
            head = lead[:-len(currency)]
            qualifier = next((q for (position, word), q in qualifier_of.items()
                              if position == "before" and head.endswith(word)), qualifier)
    if not after and (bound := rules.vocabulary.target_bound.match(text, m.end())):
        # 控制在4.5%的目标以内: a bound written after the target the figure sets.
        qualifier = qualifier_of.get(("after", bound.group("after")), qualifier)
    value = Decimal(number.replace(",", ""))
    if m.group(sub):  # 1,161万4千人: 1161.4万人; 11万9,862辆: 11.9862万辆
        scales = rules.quantities.scales
        below = scales[m.group(subsc)] if m.group(subsc) else Decimal(1)
        value += Decimal(m.group(sub).replace(",", "")) * below / scales[scale]
    end = max(m.end(num, qm, sc, sub, subsc, un))  # an unmatched part ends at -1
    return _Item(start=m.start(num), end=end, value=value, scale=scale or "", unit=unit or "",
                 qualifier=qualifier, label=label, negative=negative, reach=m.end())


_SHARE_VERB = "占"
_SHARE_REACH = 24  # characters back from a share's figure to its 占 (占…总产量的)
_OF = "的"
_DIGIT = regex.compile(r"\d")
_YEAR = regex.compile(r"(?<!\d)(?:19|20)\d{2}(?=年)")


def _qualifier_of_whole(lead: str, qualifier_of: dict[tuple[str, str], str],
                        stops: tuple[str, ...]) -> str:
    """The qualifier of a figure taken of a named whole: 约为宁波的2.1倍,
    不低于低保标准的1.3倍, 不足全国平均水平的20%. The word stands before the
    whole's name (no figure in it) up to the 的 the figure follows; a word of
    one character (约, 近, 超) is too often part of another word to be read so,
    and one before a move's start (就业不足率由…的1.1%) is part of the subject."""
    found, best = "", (-1, 0)
    # (A year names the whole's period, not a figure in it: 约为2019年的62.6%.)
    figures = _YEAR.sub("----", lead) if "年" in lead else lead  # (the same length)
    for (position, word), q in qualifier_of.items():
        end = lead.rfind(word) + len(word)
        # the last word, and of two that end together the longer (不低于, not 低于)
        if (position == "before" and len(word) > 1 and end >= len(word)
                and (end, len(word)) > best and end < len(lead) - 1
                and not _DIGIT.search(figures, end)
                and not any(stop in lead[end:] for stop in stops)):
            found, best = q, (end, len(word))
    return found


def _shaped(rule: Rule, items: list[_Item], rules: RuleSet) -> list[_Item]:
    """Ranges get their ends marked; a unit written once at the end of a list
    applies to every figure of it (0.15、-5.64、1.34个百分点), also where the
    figures before it are written short (88.9万、274.8万人; 0.6个、1.1个百分点)."""
    shaped = list(items)
    unit, scale = "", ""
    for k in range(len(shaped) - 1, -1, -1):
        item = shaped[k]
        shortened = item.scale == scale and unit and (
            (item.scale and not item.unit)
            or (item.unit and unit.startswith(item.unit) and unit in rules.quantities.point_units))
        if rule.ratio:
            continue
        if shortened or not (item.unit or item.scale):
            shaped[k] = replace(item, unit=unit, scale=scale)
        else:
            unit, scale = item.unit, item.scale
    if rule.range and len(shaped) == 2:
        shaped = [replace(shaped[0], qualifier="range_min"),
                  replace(shaped[1], qualifier="range_max")]
    return shaped


def _one_ratio(m: _Match) -> bool:
    """Whether a ratio is one measure written against a base of 1, 10, 100 …
    (生师比17.90:1, 性别比105.23:100), not the shares of a whole's parts
    (三次产业结构6.0:46.9:47.1)."""
    return m.rule.ratio and len(m.items) == 2 and m.items[1].value in _RATIO_BASES


def _basis(written: str | None, rules: RuleSet) -> str:
    """What a comparison is against: 比上年 -> 上年, 较上年末 -> 上年末, 同比 -> 上年."""
    if not written:
        return ""
    basis = written.strip()
    if basis in rules.quantities.basis_of:  # 同比, 环比, 按年
        return rules.quantities.basis_of[basis]
    vocab = rules.vocabulary
    basis = vocab.on_top_of.sub(r"\1", vocab.basis_lead.sub("", _BASIS_ASIDE.sub("", basis)))
    basis = vocab.census_after_year.sub("", vocab.basis_trail.sub("", basis))
    return rules.quantities.basis_of.get(basis, basis)


def _written_basis(written: str, text: str, paragraph_start: int, at: int,
                   rules: RuleSet) -> str:
    """What a comparison written at ``at`` is against (``_basis``); 环比 against the
    period before the one the paragraph last named (二季度…环比 -> 上季度, 3月份…
    环比 -> 上月), unless the release's title set its cadence (a 周报)."""
    basis = _basis(written, rules)
    quantities = rules.quantities
    if written.strip() not in quantities.sequential_words or quantities.titled:
        return basis
    # Where nothing names the period (截至2023年末…环比增长1.03%: a quarter's end
    # or a month's?), the words of the comparison stand (SCHEMA), not a guess.
    last, basis = -1, written.strip()
    for period_basis, pattern in quantities.sequential_by_period:
        for m in pattern.finditer(text, paragraph_start, at):
            if m.start() > last:
                last, basis = m.start(), period_basis
    return basis


def _of_rate(text: str, m: regex.Match[str], rules: RuleSet) -> bool:
    """Whether a comparison is that of a rate's move, not of a figure: 降幅比上月扩大
    0.2个百分点, 涨幅与上月相同 (a period after 比/与, with a rate word before it in
    its clause, or a figure in points after it). A bare 同比/环比 names the
    series a figure is of, a rate's move too (影响CPI环比下降约0.02个百分点)."""
    if m.group().strip() in rules.quantities.basis_of:
        return False
    start = start_after(text, m.start(), _CLAUSE_ENDS)
    ends = [at for mark in _CLAUSE_ENDS if (at := text.find(mark, m.end())) >= 0]
    clause_end = min(ends, default=len(text))
    return any(word in text[start:m.start()] for word in rules.vocabulary.rate_words) \
        or any(unit in text[m.end():clause_end] for unit in rules.quantities.point_units)


_CLAUSE_ENDS = "，；。！？,;"


def _stated_basis(text: str, paragraph_start: int, sentence_start: int, end: int,
                  figure: int, rules: RuleSet, opener: str = "", points: bool = False,
                  percent: bool = False, previous: tuple[int, str] | None = None,
                  period: str = "", dated: bool = False) -> str:
    """The comparison period a change without one is against: the last one named
    earlier in its sentence (比上年减少…，下降0.65%), else the one its verb
    names (偏高 -> 常年), else the one the paragraph opened with (从同比看，…),
    else the period the paragraph compared with
    (比上年末增加…。其中…增加; 环比下降3.2%。食品中，鲜菜价格下降12.4%), but
    for a year's flow (全年…), else the year before: a bulletin's bare 增长 is
    year on year. ``end`` is where the match starts, ``figure`` its figure.
    A period whose value the sentence stated before the figure (``previous``:
    where, and its basis; 由2018年的2.49%提高到3.11%，累计提高0.62个百分点) is one
    it named: the change is on 2018年, not on the year before. A move within
    one month or quarter (``period``), nothing compared, in a release that
    compares with the period before, or named in one of a year (``dated``), has none.

    A figure not in points (``points``) never takes the comparison of a rate's
    move (猪肉价格下降30.1%，降幅比上月扩大8.1个百分点；鲜果价格下降0.6%: 鲜果's
    is not 上月); a move in points takes, after its own sentence, the one the
    paragraph's moves were against before the opener's."""

    def growth_bases(start: int, stop: int) -> list[regex.Match[str]]:
        return [m for m in rules.basis.finditer(text, start, stop)
                if points or not _of_rate(text, m, rules)]

    # 年增2.20% is year on year whatever the sentence compared before (较前年扩大).
    if verb := next((w for w in rules.quantities.dated_verbs
                     if text.startswith(w, end, figure)), None):
        return rules.quantities.dated_verbs[verb]
    if rules.quantities.per_span and (per := rules.quantities.per_span.search(
            text, max(sentence_start, end - 12), end)):
        return "每" + regex.sub(r"\s+", "", per.group("span"))  # 平均每10年升高0.31℃
    clause_start = start_after(text, end, _CLAUSE_ENDS, floor=sentence_start)
    if points and not any(rules.basis.finditer(text, clause_start, figure)) and any(
            word in text[clause_start:figure] for word in rules.vocabulary.rate_words):
        # A rate's move with no comparison of its own is on the period the
        # paragraph's moves of rates were (降幅比上月收窄1.1个百分点。其中，生产资料
        # 价格下降1.6%，降幅收窄1.5个百分点 -> 上月), not on its rate's 同比.
        moved = [m for m in rules.basis.finditer(text, paragraph_start, clause_start)
                 if _of_rate(text, m, rules)]
        if moved:
            return _written_basis(moved[-1].group(), text, paragraph_start,
                                  moved[-1].start(), rules)
    found = growth_bases(sentence_start, end)
    # (Only in its own clause: 汽车行业利润增长20.4%，10月份为下降3.5%；电力行业利润
    # 增长27.0% — October's value was the other member's, not where 电力 started.)
    if previous and not any(m.start() > previous[0] for m in found) \
            and not _PART_END.search(text, previous[0], end):
        return previous[1]
    if not found and rules.quantities.uncompared and rules.quantities.uncompared.search(
            text, max(sentence_start, end - 12), end):
        return ""  # 每吨分别提高150元, 周内累计下跌2.8%: a move against no period
    if found:
        # A growth in % goes with the last comparison the sentence made in %, not
        # with one of an amount (存款余额…同比增长9.7%，比年初增加362.41亿元；贷款余额
        # …，增长12.4%: 上年, not 年初).
        # A comparison that frames the clauses after it (；从环比看，增长0.59%) is theirs.
        in_percent = [m for m in found if _PERCENT_AFTER.match(text, m.end())
                      or _FRAMED.match(text, m.end())] if percent else []
        last = (in_percent or found)[-1]
        written = _written_basis(last.group(), text, paragraph_start, last.start(), rules)
        if "；" in text[last.end():end] and any(c.isdigit() for c in written):
            # A dated comparison added after the year's (增长9.75%，较2019年增长35.8%；
            # 总进站量…增长9.51%) is an aside of its clause: the next clause's
            # bare 增长 is on the year's basis.
            headline = next((b for m in found if m.start() < last.start()
                             and (b := _written_basis(m.group(), text, paragraph_start,
                                                      m.start(), rules))
                             in rules.quantities.headline_bases), None)
            written = headline or written
        return written
    span = rules.quantities.span_start
    if span and (opened := span.match(text, sentence_start, end)):
        return regex.sub(r"\s+", "", opened.group("start"))
    implied = rules.quantities.implied_basis
    if word := next((w for w in implied if w in text[end:figure]), None):
        # (Against what the sentence, or the one its parts break down, departed
        # from: 比多年平均值偏少0.9%。其中，海河区偏多18.6% -> 多年平均值.)
        before = _broken_down(text, paragraph_start, sentence_start, end,
                              rules.vocabulary.parts_opening)
        departed = [m for m in rules.departure.finditer(text, before, end)] \
            if implied[word] else []
        return _basis(departed[-1].group("basis"), rules) if departed else implied[word]
    single = rules.quantities.single_periods
    # (The word stands just before the verb: 制造业PMI单月回落1.5个百分点 -> 上月.)
    if points and (word := next((w for w in single if w in text[
            max(sentence_start, end - len(w) - 2):figure]), None)):
        return single[word]
    if opener:
        moved = [m for m in rules.basis.finditer(text, paragraph_start, sentence_start)
                 if _of_rate(text, m, rules)] if points else []
        written, at = (moved[-1].group(), moved[-1].start()) if moved else (opener, end)
        return _written_basis(written, text, paragraph_start, at, rules)
    if not points and not percent and (flowed := _stock_flow_basis(
            text, paragraph_start, sentence_start, end, rules)):
        return flowed
    compared = growth_bases(paragraph_start, sentence_start)
    stated = [_basis(m.group(), rules) for m in compared]
    periods = rules.quantities.basis_of.values()
    carried = None
    if rules.vocabulary.parts_opening.match(text, sentence_start, end):
        # The parts of a figure (其中…, 食品中，…) go with the comparison the
        # sentence they break down named first (环比上涨3.0%，同比上涨9.4%。其中…;
        # 同比上涨0.3%，环比下降0.3%。其中，城市上涨0.3%).
        before = _broken_down(text, paragraph_start, sentence_start, end,
                              rules.vocabulary.parts_opening)
        # Of the same kind of figure where the sentence compared both (比年初增加
        # …亿元，比上年末增长12.4%。其中…增长12.6%: the % on 上年末, an amount on 年初).
        named = growth_bases(before, sentence_start)
        alike = [m for m in named
                 if bool(_PERCENT_AFTER.match(text, m.end())) == percent] if not points else []
        # Any period it named, a dated one too (比9月末增加514万平方米。其中，
        # 住宅…增加232万平方米: on 9月末).
        carried = next((_basis(m.group(), rules) for m in alike or named), None)
    # Else the year before (or its end; in a weekly report, the week before too)
    # if the paragraph compared with it: a rate's move on the month before
    # (同比增长6.3%，比上月加快1.2个百分点) does not carry. Another period (上月 in
    # a 环比 paragraph, 年初) carries into the parts of what it compared only,
    # never 2010年.
    carried = carried or next((b for b in reversed(stated)
                               if b in rules.quantities.headline_bases), None)
    if carried is None and rules.vocabulary.parts_opening.match(text, sentence_start, end):
        carried = next((b for b in reversed(stated) if b in periods), None)
    if carried is None and compared and compared[0].group().strip() in \
            rules.quantities.sequential_words and len(set(stated)) == 1:
        # A paragraph that compared with the period before only (5月份，CPI环比下降
        # 0.1%。其中…。非食品价格下降0.1%) goes on with it, not back to the year before.
        carried = _written_basis(compared[0].group(), text, paragraph_start,
                                 compared[0].start(), rules)
    if carried is None and rules.quantities.surveyed:
        # 平均受教育年限由8.51年提高至9.32年 in a census: against the census before.
        carried = next((_basis(m.group(), rules) for m in reversed(list(
            rules.basis.finditer(text, 0, sentence_start)))), None)
    if carried is None and _ONE_PERIOD.fullmatch(period) and not any(
            word in text[sentence_start:end] for word in rules.quantities.flow_measures) \
            and (_leads_sequential(text, rules)
                 or (dated and not _release_of(text, period, rules))):
        # 12月，美元指数上涨2.6%; 四季度…令外债余额减少约300亿美元: in a release that
        # compares a month or quarter with the one before (外汇储备较11月末下降…), a
        # move of a level (an index, a stock) within one, no comparison named in
        # its paragraph, is not on the year before; which end it moved from is
        # unsaid: none (SCHEMA: the words of the comparison). A monthly release
        # that leads with 同比 (10月份，…生产资料价格下降3.5%) and a month's flow
        # (11月份，利润增长7.6%) go on year on year; a month named in a year's
        # bulletin (12月，美元指数上涨2.6%) is not the year on year of its release.
        return ""
    carried = carried or "上年"
    if carried == "上年末" and _of_flow(text[sentence_start:end], rules,
                                       parts=bool(rules.vocabulary.parts_opening.match(
                                           text, sentence_start, end))):
        return "上年"
    return carried


def _broken_down(text: str, paragraph_start: int, sentence_start: int, end: int,
                 parts: regex.Pattern[str]) -> int:
    """Where the sentence a figure's sentence breaks down starts, if it opens with
    its parts (其中…, 食品中，…); else where its own starts."""
    if not parts.match(text, sentence_start, end):
        return sentence_start
    return start_after(text, sentence_start - 1, "。！？", floor=paragraph_start)


def _leads_sequential(text: str, rules: RuleSet) -> bool:
    """Whether a release's first comparison is with the month or quarter before
    (较11月末, 较2024年9月末, 环比), not with the year before (同比, 比上年同期,
    or a verb that names it: 中国11月出口年增6.7%)."""
    first = rules.basis.search(text)
    return bool(first) and bool(_SEQUENTIAL_BASIS.fullmatch(
        _basis(first.group(), rules))) and not any(
        text.find(verb, 0, first.start()) >= 0 for verb in rules.quantities.dated_verbs)


def _release_of(text: str, period: str, rules: RuleSet) -> bool:
    """Whether the text is that month's or quarter's release: its first comparison,
    year on year, is of that period (10月份，全国工业生产者出厂价格同比下降2.9%)."""
    first = rules.basis.search(text)
    return bool(first) and _period_in(text[:first.start()], rules) == period


# A month's or quarter's end or the period before (11月末, 2024年9月末, 上月, 上季度).
_SEQUENTIAL_BASIS = regex.compile(
    r"(?:(?:19|20)\d{2}年)?(?:(?:1[0-2]|[1-9])月份?|[一二三四]季度)(?:末|底)?|上月末?|上季(?:度)?末?")

# One month or one quarter, as the period column names it (not 1-11月, 前三季度,
# 12月末: a sum so far or a point in time).
_ONE_PERIOD = regex.compile(r"(?:1[0-2]|[1-9])月|[一二三四]季度")

# The end of a sentence or of a part of one set off by a semicolon (not a comma,
# as _CLAUSE_ENDS has).
_PART_END = regex.compile(r"[；;。！？!?]")


def _stock_flow_basis(text: str, paragraph_start: int, sentence_start: int, end: int,
                      rules: RuleSet) -> str:
    """The start of the period over which a stock changed, where the sentence
    names a stock and the paragraph the period (6月份，人民币贷款增加… -> 上月末;
    上半年住户存款增加…。其中… -> 年初), else ""."""
    quantities = rules.quantities
    words = text[sentence_start:end]
    if not any(word in words for word in quantities.stock_words) \
            or any(word in words for word in quantities.flow_measures) \
            or any(word in words for word in quantities.period_ends):
        return ""
    named = [(m.start(), basis) for basis, pattern in quantities.stock_flow_periods
             for m in pattern.finditer(text, paragraph_start, end)]
    return max(named)[1] if named else ""


def _of_flow(words: str, rules: RuleSet, parts: bool) -> bool:
    """Whether the words of a sentence before its figure say it is of a flow,
    whose bare change is on the year before, not on the year's end: a year's
    flow (全年…), or, in a sentence of its own (not the parts of the one
    before: 其中…), a measure of a flow (水产品产量) where no word names a
    stock or a period's end (年末, 余额). A 上年末 carried from a stock's
    sentence belongs to stocks."""
    quantities = rules.quantities
    if any(word in words for word in quantities.flow_periods):
        return True
    return not parts and any(word in words for word in quantities.flow_measures) \
        and not any(word in words for word in quantities.stock_words)


def _counted(item: _Item, rules: RuleSet) -> bool:
    return item.unit in rules.quantities.count_units or (bool(item.scale) and not item.unit)


def _kind(rule: Rule, unit: str, rules: RuleSet) -> Kind:
    if unit in rules.quantities.point_units:
        return Kind.CHANGE
    if rule.kind == "compare":
        return Kind.GROWTH if unit in rules.quantities.growth_units else Kind.CHANGE
    if rule.kind == "previous":
        return Kind.PREVIOUS
    return Kind.LEVEL


def _base_value(item: _Item, rules: RuleSet) -> Decimal:
    """An item's value scaled out of 万/亿 into its base unit, signed."""
    value = -item.value if item.negative else item.value
    return value * rules.quantities.scales.get(item.scale, Decimal(1))


class _Prices:
    """The prices a sentence says its changes are at (real, nominal): words
    before a change in its own clause (扣除价格因素实际增长5.5%) or in an aside
    right after it (增长6.1%（按可比价格计算）), else a clause of those words alone
    before it, which holds for the rest of the sentence (按可比价格计算，第一产业
    增加值增长3.5%；第二产业…). Each clause is read once: a clause of many figures
    (a list of 100,000) would otherwise be read again for each."""

    def __init__(self, text: str, clauses: list[tuple[int, int]], rules: RuleSet) -> None:
        self.text, self.rules = text, rules
        pattern = rules.quantities.price_basis
        # per clause: the price words in it (start, end, which prices)
        self.words: list[list[tuple[int, int, str]]] = [
            [(m.start(), m.end(), m.lastgroup or "") for m in pattern.finditer(text, start, end)]
            if pattern is not None else [] for start, end in clauses]
        # per clause: what a clause of price words alone before it says
        self.held: list[str] = []
        said = ""
        for (start, end), words in zip(clauses, self.words, strict=True):
            self.held.append(said)
            if words and words[-1][2] and not _DIGIT.search(text, start, end):
                said = words[-1][2]

    def of(self, clause: int, item: _Item) -> str:
        """The prices of ``item``, a figure of the ``clause``-th clause."""
        own = next((prices for start, end, prices in reversed(self.words[clause])
                    if end <= item.start), "")
        if not own and (aside := _ASIDE_AFTER.match(self.text, item.reach)):
            own = _named_prices(self.text, self.rules, item.reach, aside.end())
        return own or self.held[clause]


def _named_prices(text: str, rules: RuleSet, start: int = 0, end: int | None = None) -> str:
    """The prices the last words of prices in ``text[start:end]`` name, or ''."""
    if rules.quantities.price_basis is None:
        return ""
    said = [m.lastgroup for m in rules.quantities.price_basis.finditer(
        text, start, len(text) if end is None else end)]
    return said[-1] or "" if said else ""


_ASIDE_AFTER = regex.compile(r"\s*[（(][^（()）。；，]{1,20}[)）]")


class _Periods:
    """The periods a paragraph names (``periods`` in quantities.yaml), for the
    figures after them: one that opens a sentence holds for it and the
    sentences that go on from it; one inside a sentence, for the rest of that
    sentence. Else ``default`` (its heading's or the title's)."""

    def __init__(self, text: str, sentences: list[tuple[int, int]], rules: RuleSet,
                 default: str) -> None:
        self.starts = [start for start, _ in sentences]
        self.named: list[list[tuple[int, str]]] = []  # per sentence: (end, period)
        self.carried: list[str] = []  # per sentence: the period it starts under
        lead, goes_on = rules.quantities.opener_lead, rules.quantities.goes_on
        self.default = default  # (the heading's or title's: '' for a year's bulletin)
        carried = default
        for start, end in sentences:
            named = _named_periods(text, start, end, rules)
            if named and lead is not None and lead.match(text[start:named[0][0]]):
                carried = named[0][2]  # (the sentence's own, from its start)
            elif goes_on is None or not goes_on.match(text, start, end):
                carried = default
            self.carried.append(carried)
            self.named.append([(m_end, name) for _, m_end, name in named])

    def at(self, offset: int) -> str:
        k = bisect.bisect_right(self.starts, offset) - 1
        if k < 0:
            return self.carried[0] if self.carried else ""
        return next((name for end, name in reversed(self.named[k]) if end <= offset),
                    self.carried[k])


def _named_periods(text: str, start: int, end: int, rules: RuleSet
                   ) -> list[tuple[int, int, str]]:
    """(start, end, period) of each period ``text[start:end]`` names, '' for the
    whole year; not one a comparison is against (比9月份回落0.2个百分点)."""
    return _periods_between(text, start, end, rules.quantities.periods,
                            rules.quantities.comparison_before)


def _periods_between(text: str, start: int, end: int, periods: regex.Pattern[str] | None,
                     comparison: regex.Pattern[str] | None) -> list[tuple[int, int, str]]:
    if periods is None or comparison is None:
        return []
    return [(m.start(), m.end(),
             _period_name(m.group("period")) if m.lastgroup == "period" else "")
            for m in periods.finditer(text, start, end)
            if not comparison.search(text, max(start, m.start() - 9), m.start())]


def _period_in(words: str, rules: RuleSet) -> str | None:
    """The period a heading or a title names last, '' for the whole year, None if none."""
    return _last_period(words, rules.quantities.periods, rules.quantities.comparison_before)


@lru_cache(maxsize=1024)  # (a heading, a title, a header: asked of every paragraph and cell)
def _last_period(words: str, periods: regex.Pattern[str] | None,
                 comparison: regex.Pattern[str] | None) -> str | None:
    named = _periods_between(words, 0, len(words), periods, comparison)
    return named[-1][2] if named else None


_PERIOD_DASH = regex.compile(r"\s*[-—–~～至到]\s*")
_RUN_OF_MONTHS = regex.compile(r"1-(?P<last>\d{1,2})月$")  # a period's name (_period_name)


def _period_name(written: str) -> str:
    """A period as the column writes it: 2024年1—10月份 -> 1-10月, 第一季度 ->
    一季度, 6月底 -> 6月末, 09月 -> 9月 (a span over two years keeps them)."""
    name = _PERIOD_DASH.sub("-", "".join(written.split())).replace("份", "").replace("底", "末")
    if name.count("年") == 1:
        name = name.partition("年")[2]
    return _LEADING_ZERO.sub("", name.removeprefix("第"))


_LEADING_ZERO = regex.compile(r"(?<!\d)0(?=\d)")


def _fact(doc: SectionedDoc, section_id: str, section_path: str, m: _Match, item: _Item,
          indicator: str, dimension: str, basis: str, rules: RuleSet,
          context: tuple[int, int], clause: tuple[int, int], prices: str = "",
          period: str = "") -> Fact:
    kind = _kind(m.rule, item.unit, rules)
    value = -item.value if item.negative else item.value
    norm = doc.norm
    return Fact(
        section_id=section_id, section_path=section_path,
        indicator=indicator, dimension=dimension, kind=kind,
        value=value, unit=item.scale + item.unit, value_base=_base_value(item, rules),
        unit_base=item.unit, basis=basis if kind != Kind.LEVEL else "",
        qualifier=item.qualifier,
        text=norm.text[item.start:item.end], context=norm.text[context[0]:context[1]].strip(),
        start=item.start, end=item.end, rule=m.rule.id, clause=clause,
        period=period if kind != Kind.PREVIOUS else "",
        # (Not of a level, nor of a rate's move in points: 占GDP的比重…提高0.3个百分点.)
        price_basis=prices if kind == Kind.GROWTH or (
            kind == Kind.CHANGE and item.unit not in rules.quantities.point_units) else "")


# --- tables --------------------------------------------------------------------------


def _side_by_side(table: Table, rules: RuleSet) -> list[Table]:
    """A table set in blocks side by side, its header repeated (城市 | 环比 | 同比 |
    城市 | 环比 | 同比), as that many tables, each with its own row labels. The
    repeated row may stand under a row naming the blocks (收入 | 支出 over 项目 |
    预算数 | 项目 | 预算数, a 收支总表's halves): it heads them too; or the block's
    name may lead its label header (收入项目 | 预算数 | 支出项目 | 预算数, the two
    rows read as one)."""
    if not table.header_rows:
        return [table]

    def shared_label(a: str, b: str) -> str:
        """The label header two blocks' names lead (收入项目, 支出项目 -> 项目), or ""."""
        return next((w for w in rules.vocabulary.generic_label_headers
                     if a != w and a.endswith(w) and b.endswith(w)), "")

    def same(block: list[str], first: list[str]) -> bool:
        return block == first or (block[1:] == first[1:] and bool(shared_label(block[0], first[0])))

    def repeat(header: list[str]) -> int:
        return next((k for k in range(2, len(header) // 2 + 1)
                     if len(header) % k == 0 and header[0] and all(
                         same(header[i:i + k], header[:k]) for i in range(k, len(header), k))),
                    0)

    headers = [[cell.text for cell in row] for row in table.rows[:table.header_rows + 1]]
    at, width = next(((at, width) for at, header in enumerate(headers)
                      if (width := repeat(header)) and all(map(is_header_cell, header))), (0, 0))
    if not width:
        return [table]
    header = headers[at]
    header_rows = max(table.header_rows, at + 1)
    # (A block without a row there, 五、事业收入 | 1,515.77 |  |  , has none.)
    # (收入项目 | 支出项目: each block's label header is the word they share, 项目.)
    shared = shared_label(header[0], header[width]) if header[0] != header[width] else ""

    def cells(k: int, row: tuple[Cell, ...]) -> tuple[Cell, ...]:
        return (replace(row[0], text=shared), *row[1:]) if shared and k == at else row

    return [replace(table, header_rows=header_rows, rows=tuple(
        cells(k, row[i:i + width]) for k, row in enumerate(table.rows)
        if k < header_rows or any(cell.text for cell in row[i:i + width])))
        for i in range(0, len(header), width)]


def _table_facts(doc: SectionedDoc, table: Table, rule: Rule, rules: RuleSet,
                 claims: _Claims) -> list[Fact]:
    """Value cells of a table: the column header names the measure and the row
    label the member, unless the header names no measure (指标数据): then the
    row label is the measure, and a numbered sub-row (1.… / 其中：…) is a member
    of the row above it."""
    vocab = rules.vocabulary
    generic = vocab.generic_value_headers
    text = doc.norm.simplified
    body = table.rows[table.header_rows:]
    headers, spanning = _column_headers(table, max(len(row) for row in body), rules)
    # A box of figures without a header (地区生产总值 | 6379.79亿元 | -39.2%):
    # a signed column in % after one of amounts holds their growth, on the
    # period the box's note names (（增速为同比增速）), else the year before.
    signed = set() if table.header_rows else _signed_rate_columns(body)
    line_end = text.find("\n", table.end + 1)
    signed_basis = _comparison_basis(text[table.end:line_end if line_end >= 0 else len(text)],
                                     rules) if signed else ""
    # (A note's symbol after a header, 第4季#, is no part of its name.)
    headers = {j: NOTE_SYMBOL.sub("", h) for j, h in headers.items()}
    if _is_category_column(body, rules):
        # The row's member is its item (品名), not the category over items (类别).
        body = tuple(row[1:] if len(row) > 2 else row for row in body)
        headers = {j - 1: h for j, h in headers.items() if j}
        spanning = {j - 1: h for j, h in spanning.items() if j > 1}
    # A column that is part of the one before (60岁及以上 | 其中：65岁及以上) is named
    # without its lead.
    # (#女性 is a part as 其中：女性 is, the # marking 其中项 in census tables.)
    leads = {j: lead.end() for j, h in headers.items()
             if (lead := vocab.subrow_lead.match(h)) and lead.group()[-1:] in "：:#"}
    headers = {j: h[leads.get(j, 0):] for j, h in headers.items()}
    sub_columns = set(leads)
    # Columns of an index on a base (环比 over 上月=100, 同比（上年同月=100）): their
    # figures are the index's levels, named by the column (环比, 同比, 定基).
    indexed = {j for j, h in headers.items() if j and INDEX_BASE.search(h)}
    headers |= {j: (INDEX_BASE.sub("", headers[j]) or spanning.get(j, "")).strip()
                for j in indexed}
    # Measures under a cell of changes (按年变动百分率 over 价值 | 数量): each
    # column holds the changes of its measure (价值按年变动百分率).
    changed = {j: headers[j] for j, above in spanning.items()
               if j in headers and vocab.change_header.search(above)
               and not vocab.change_header.search(headers[j]) and not _is_period(headers[j])
               and not _is_period(above)}
    headers |= {j: measure + spanning[j] for j, measure in changed.items()}
    # Columns of dated periods (2021.12 | 2022.12, 2022年用户规模 | 2023年用户规模):
    # the earlier ones hold the comparison period's values.
    headers, dated_earlier, dated_basis = _dated_columns(headers, rules)
    unit_column = next((j for j, h in headers.items() if h in vocab.unit_headers), None)
    if unit_column is None:
        # A column of units without a header (粮  食 | 万吨 | 43500 under 1990年 |
        # 比上年增长％ only): every row writes one.
        rows = [row for row in body if len(row) > 2]
        unit_column = next((j for j in range(1, min(map(len, rows), default=0) - 1)
                            if j not in headers and all(
                                unit_parts(row[j].text, rules) != ("", "")
                                and not rule.pattern.fullmatch(row[j].text) for row in rows)),
                           None)
    # A column of units gives each row its own (指标 | 单位 | 城市 | 农村): the rows
    # are measures, unless the label column's header names a breakdown's
    # members (产品名称 | 单位 | 产量), counted each in its own unit.
    member_rows = _is_member_header(headers.get(0, ""), rules)
    rows_are_measures = unit_column is not None and not member_rows
    # So are rows whose labels each write their unit (特殊化妆品注册证（件） under
    # 类别 | 国产 | 进口 | 合计), even under a header of members: a label with
    # its unit in brackets names what is counted; a column without one, a member
    # (合计 too: the members' total).
    labelled = [row[0].text for row in body if len(row) > 1]
    rows_are_measures = rows_are_measures or (bool(labelled) and all(
        _header_name(label, rules)[1] for label in labelled))
    caption_units = _caption_units(table, rules)
    column_units = _column_units(headers, caption_units, unit_column, rules)
    # A unit line that names its measure (金额单位：亿元 over 数量 | 金额, the
    # quantities' units in a column of units) gives its unit to that measure's
    # columns only, before the row's unit.
    unit_measure = _unit_measure(table, rules) if len(caption_units) == 1 else ""
    measure_units = {j: caption_units[0] for j, h in headers.items()
                     if j and unit_measure and _header_name(h, rules)[0] == unit_measure}
    if exception := _caption_exception(table, rules):
        # (单位：微克/立方米（CO为毫克/立方米）: the column it names has its own.)
        column_units |= {j: exception[1] for j, h in headers.items()
                         if j in column_units and _header_name(h, rules)[0] == exception[0]}
    caption_title = _table_title(table, rules)
    # (A year's header may write its unit: 2019年（吨） | 2018年（吨）.)
    latest_year = max((year for h in (*headers.values(), *spanning.values())
                       if (year := label_year(h) or label_year(_header_name(h, rules)[0]))),
                      default=0)
    # Rows of members (商品名称: 鞋靴, 钢材) beside generic columns that tell
    # their figures apart (数量 | 金额): each column names its measure.
    told_apart = {name for j in headers if j and j != unit_column
                  and (name := _header_name(headers[j], rules)[0]) in generic
                  and name not in vocab.period_headers} if member_rows else set()
    if len(told_apart) > 1:
        generic = generic - told_apart
    # The measures the columns name (进出口 | 出口 | 进口), which a column of
    # changes may name before its comparison (进出口同比).
    measures = {name for j, header in headers.items() if j
                if (name := _header_name(header, rules)[0]) not in generic} | set(changed.values())
    value_headers = [h for j, h in headers.items() if j and j != unit_column]
    # Rows that are members of a breakdown (险种: 职工医保, 居民医保) of the
    # measure the table's title names, where no column names one (2022年 |
    # 2023年 | 增减 name periods and changes only).
    named_columns = any(_column(_header_name(h, rules)[0], latest_year, rules, measures)[2]
                        not in ("", *generic) for h in value_headers)
    # (A table without a caption is named by the line leading into it:
    # 按学院划分的平均月薪如下： over 学院 | 2022年 | 2023年.)
    member_title = caption_title or ("" if table.caption else _lead_title(text, table.start))
    title = member_title if member_rows or (
        unit_column is None and not named_columns
        and _rows_are_members(headers.get(0, ""), body, member_title, caption_units, rules)
    ) else ""
    # (The rows are the members the title breaks its measure into: 入境旅客按客源地统计.)
    if (frame := vocab.by_frame.match(title)) and frame.group("total"):
        title = frame.group("total")
    elif title != caption_title and (by := _BY_LEAD.match(title)):
        title = by.group("measure")  # 按学院划分的平均月薪: the members' 平均月薪
    # A first row that names a measure over rows of its members, each an
    # industry or a place (规模以上工业增加值 | 采矿业 | 制造业, under 12月同比增长 |
    # 1-12月同比增长): the rows are its breakdown, not measures of their own.
    whole_row, whole_rows = ("", 0) if title or unit_column is not None \
        else _whole_of_members(body, latest_year, rules)
    if member_rows and named_columns:
        # Rows of members (场地类型: 篮球场地) beside columns of measures (面积（万平方米））:
        # a generic column in a unit of its own (数量（个）) is their count, a measure
        # too; not under a group's cell (企业 over 数量（家） | 比重), which names it.
        generic = generic - {name for j, h in headers.items() if j and j not in spanning
                             and (name_unit := _header_name(h, rules))[1]
                             and (name := name_unit[0]) in generic}
    # Columns under a cell of the comparison period (2022年 over 绝对数 | 增长)
    # hold its values, whatever they are.
    earlier: dict[int, str] = dict(dated_earlier)  # column -> basis
    for j, above in spanning.items():
        above_kind, above_basis, _ = _column(above, latest_year, rules)
        if above_kind == "previous":
            earlier[j] = above_basis
    earlier |= _previous_month(headers, rules)
    group_measures = _group_measures(headers, spanning, latest_year, rules)
    # A unit written only in the cell spanning the columns (总量（亿元） over 总产出 |
    # 增加值, 结构（%） over the same) is that of the levels under it.
    spanning_units = {j: unit for j, above in spanning.items()
                      if unit_column is None and j in headers and headers[j] != above
                      and (unit := _header_name(above, rules)[1])
                      and _column(_header_name(headers[j], rules)[0], latest_year, rules)[0]
                      == "level"}
    chained = _chained_bases(headers, latest_year, rules)
    measure_groups = {j: group for j, group in _measure_groups(
        headers, spanning, latest_year, rules).items() if j not in group_measures}
    # A unit line of one unit per group of columns, then the rates' (单位：万件、万元、%
    # over 快递业务量 | 快递业务收入, each over 累计 | 增长): a group's columns count in its unit.
    amounts = [u for u in caption_units if u not in rules.quantities.rate_points]
    if measure_groups and 1 < len(amounts) < len(caption_units) \
            and len(amounts) == len(groups := list(dict.fromkeys(measure_groups.values()))):
        column_units |= {j: amounts[groups.index(group)] for j, group in measure_groups.items()
                         if not column_units.get(j)}
    # Groups of columns that are members of a breakdown (城镇常住居民 | 农村常住居民,
    # 甲县 | 乙县, each over 金额 | 增长): the rows name the measures.
    member_groups = measure_groups if _are_places(
        list(dict.fromkeys(measure_groups.values())), latest_year, rules) else {}
    # Columns of places (全国 | 东部地区 | 中部地区, 全省 | 珠三角 | 粤东, 城镇 |
    # 乡村) are members of a breakdown: the rows name the measures.
    # (Not beside rows of places, 越城区 | 柯桥区 | 全市 over 合计 | 职工医保 | 居民医保:
    # there the columns are the measure's parts.)
    place_columns = _place_columns(value_headers, latest_year, rules) and not _are_places(
        [_row_label(row[0].text, rules)[0] for row in body if len(row) > 1], latest_year, rules)
    # A unit line over columns of places or periods names one unit per group
    # of rows, in the rows' order (单位：万户、万个 over 农业经营户 | #规模农业经营户 |
    # 农业经营单位 | #农民合作社): a row and its sub-rows count in its unit.
    group_units = _row_group_units(body, caption_units, rules) if place_columns or all(
        _is_period(h) for h in value_headers) else {}
    if group_units:
        column_units = {}
    # Columns of members that name no measure (早籼稻 | 中籼稻 | 三种稻谷平均) under
    # rows that each count something (主产品产量, 总成本 under 单位：元/亩、公斤/亩):
    # the rows are the measures, each in the caption's unit it counts.
    member_columns = not place_columns and not group_units and unit_column is None \
        and not member_rows and _member_columns(value_headers, body, latest_year, rules)
    if member_columns:
        place_columns, column_units = True, {}
    # A part's column (从业人员 | 比重 | #女性) counts in the unit of the whole,
    # the nearest column on its left that is not a rate.
    for j in sorted(sub_columns):
        if not column_units.get(j):
            column_units[j] = next((unit for k in range(j - 1, 0, -1)
                                    if (unit := column_units.get(k, ""))
                                    and unit not in rules.quantities.rate_points), "")
    # A caption that names a comparison (实质按年变动百分率（%）, 比上年增长（%）,
    # 居民消费价格比上年涨跌幅度) over columns of periods or of places only:
    # each cell is the change of its period or its place. So over columns of
    # measures when the caption ends in the comparison (CPI | PPI under …月度同比
    # 涨跌幅) and no column names a comparison or a period of its own.
    # So where a line of the caption under its title names it (表1：本地生產總值… over
    # （與一年前比較的實質增減百分率）), and its unit (百分率: %) is the cells'.
    caption_changes = _caption_changes(table, caption_title, rules)
    caption_basis = _comparison_basis(caption_changes, rules) if value_headers and (all(
        _is_period(h) or h in generic for h in value_headers) or place_columns or (
            unit_column is None and vocab.change_label.search(caption_changes)
            and not any(vocab.change_header.search(h) or vocab.previous_header.match(h)
                        or _is_period(h) for h in value_headers))) \
        and caption_changes else ""
    if caption_basis and caption_units == [""]:
        caption_units = [_header_name(caption_changes, rules)[1]]
    # Two columns of the current period (本月 and 1-6月累计) tell a row's figures
    # apart by their periods.
    column_periods = {} if dated_earlier else _column_periods(
        headers, spanning, earlier, caption_basis, latest_year, rules)
    # Periods tell apart a row's figures of the same kind (5月 | 1-5月: two
    # levels); where every column of a period holds changes (12月环比涨跌幅 |
    # 12月同比涨跌幅 | 1-12月比上年同期涨跌幅), their comparisons do, and the
    # period (in ``period``) is no member: the row label keeps its place.
    period_members = any(_column(_header_name(headers[j], rules)[0], latest_year, rules)[0]
                         != "compare" for j in column_periods)

    def column_period(j: int) -> str:
        """(Its header's: 10月 | 1-10月累计, or that of the period's columns it
        follows (1-10月 | 同比增长); else its group's, the caption's, the heading's
        or the title's; 本月 under a 1-9月 title is 9月.)"""
        period = next((period for words in (headers.get(j, ""), column_periods.get(j, ""),
                                             spanning.get(j, ""), caption_title,
                                             table.section_path, doc.title)
                       if (period := _period_in(words, rules)) is not None), "")
        run = _RUN_OF_MONTHS.match(period)
        if run and _header_name(headers.get(j, ""), rules)[0] in vocab.month_headers:
            return f"{run['last']}月"
        return period

    # A column headed 增长 without a unit (比上年同期增长) beside a column of units
    # holds the rows' growth in %, but in the rows a note under the table says
    # hold changes in their own unit (「比上年同期增长」栏中，利用小时为比上年同期
    # 增减小时数，其余为增长率（%）).
    rate_columns = {j: _changes_noted(text, table.end, h) for j, h in headers.items()
                    if j and unit_column is not None and j != unit_column
                    and vocab.growth_header.fullmatch(h)}
    # A column of changes in a table of rates (单位：%) moves them in points.
    rates_moved = not caption_basis and _rates_table(caption_units, value_headers, latest_year,
                                                     rules)
    facts: list[Fact] = []
    group = group_unit = ""  # the latest group row's label and the unit it writes
    group_owns = False  # whether the group is a numbered row without figures, its rows' owner
    group_top = False  # whether the group is a numbered row with figures (一、社会保险基金收入)
    group_indent = sub_indent = -1  # the indents of the latest group and sub-row
    group_unit_cell = ""  # what the group's row writes in the column of units
    sub_before = False  # whether the row above, with figures, is a sub-row
    sub_label = ""  # the label of the latest sub-row
    heading = False  # whether the group is a row without figures that writes a unit
    members_of = ""  # a row without figures that names a breakdown (性别构成 over 男性, 女性)
    members_indent = -1
    breakdown = False  # whether the rows stand under a breakdown's row (按…分)
    # The row above if it is numbered (1. 经常账户) under no group row, its
    # indent and unit: the rows indented under it (贷方, 借方) are its members.
    numbered = ("", -1, "", "")
    numbered_group = False  # whether the group is such a row
    # A numbered sub-row of a numbered group and its indent (一、参保人数 over
    # 1.职工基本医疗保险): the whole of the rows indented under it (其中：在职职工, 退休人员).
    part_whole = ("", -1)
    indents = [_indent(doc, row[0].start) for row in body]
    # Rows numbered by account codes (1.A 货物和服务, 2.2.1.1 直接投资, as a
    # 国际收支平衡表 writes them), or with an account's sides (1. 经常账户 | 贷方 |
    # 借方): every numbered row, 1. and 3. too, is an account of its own.
    coded = any(_is_account_code(row[0].text) or row[0].text.strip() in vocab.account_sides
                for row in body)
    # Indents count from the table's least (the padding every label has).
    least = min((indent for indent in indents if indent >= 0), default=0)
    deepest = max(indents, default=0) - least
    # The first figure of the group's row in a column of levels, and the sum
    # of its parts' figures so far, in the same column.
    level_columns = {j for j, h in headers.items() if j and j != unit_column
                     and (named := _header_name(h, rules))[1] not in rules.quantities.rate_points
                     and _column(named[0], latest_year, rules, measures)[0] == "level"}
    group_figure: tuple[int, Decimal] | None = None
    numbered_parts = set() if coded else _numbered_parts(body, indents, level_columns,
                                                          unit_column, rules)
    total_changed = _total_changed(headers, unit_column, caption_title, latest_year, measures,
                                   rules)
    parts = Decimal(0)
    blocks = _total_blocks(body, rules) if deepest == 0 else {}
    for at, (row, indent) in enumerate(zip(body, indents, strict=True)):
        label, level = _row_label(row[0].text, rules, coded)
        if level == "plain" and label in vocab.account_sides:
            level = "sub"  # 贷方 / 借方 under 1. 经常账户: the sides of the account above
        label, label_unit = _header_name(label, rules)  # 参保人数（万人）
        if label_unit and _counter_of_caption_count(label_unit, caption_units, rules):
            # 社区卫生服务中心（站） under 机构数（个）: the other things the row counts.
            label, label_unit = _row_label(row[0].text, rules)[0], ""
        indent = indent - least if indent >= 0 else -1
        if len(row) < 2 and label_unit:
            # A row without figures that names a measure and its unit
            # (性别构成（%）) heads the rows below, its members, up to the next
            # such row or a row that writes its own unit.
            group, group_indent, group_unit, heading = label, indent, label_unit, True
            continue
        if label_unit:
            heading = False
        if len(row) < 2 and level == "top":
            # A numbered group row without figures (七、长期护理保险) names what the
            # numbered rows below it measure (1.参保人数: 长期护理保险参保人数).
            group, group_indent, group_unit, group_unit_cell = label, indent, label_unit, ""
            group_owns, heading, members_of = True, False, ""
            continue
        if len(row) < 2:  # a row that heads sub-rows of the group above (按常住地分：)
            sub_indent, sub_before = indent, False
            breakdown = bool(vocab.by_frame.match(label.rstrip("：:")))
            named = level == "plain" and not breakdown and label == label.rstrip("：:")
            members_of, members_indent = (label, indent) if named else ("", -1)
            continue
        if 0 <= indent <= members_indent < deepest:
            # In a table that indents members, a row set as far left as the
            # breakdown's name is none of it.
            members_of = ""
        # A breakdown's row (按经营单位所在地分 over 城镇 | 乡村) heads the rows
        # below it, not those set left of it.
        breakdown = breakdown and indent >= sub_indent
        unit_cell = row[unit_column].text if unit_column is not None and unit_column < len(row) \
            else ""
        if numbered_group and 0 <= indent <= group_indent:
            # (A row as far left as 1. 经常账户, 2. 资本和金融账户, is none of its members.)
            group, group_indent, group_unit, group_unit_cell = "", -1, "", ""
            numbered_group = False
        if level == "plain" and 0 <= numbered[1] < indent:
            group, group_indent, group_unit, group_unit_cell = numbered
            group_owns, numbered_group = False, True
        numbered = (label, indent, label_unit, unit_cell) \
            if label and ROW_ORDINAL.match(row[0].text) and not group else ("", -1, "", "")
        # Where the whole writes its unit in its label (本年到位资金（亿元）), so
        # does a measure (房屋施工面积（万平方米）): a row that writes none is a part.
        labelled_part = unit_column is None and bool(group_unit) and not label_unit
        if level == "plain" and at in blocks:
            level = "sub"  # a fund under 社会保险基金支出合计 (_total_blocks)
        if level == "plain" and at in numbered_parts:
            level = "sub"  # 银行自身 under 一、结汇 (_numbered_parts)
        if level == "plain" and (0 < sub_indent <= indent or 0 <= group_indent < indent
                                 or breakdown or heading):
            level = "sub"  # 其中：在职职工 / (indented) 退休人员: a sibling below
        elif level == "plain" and group_owns and _names_measure(group, rules) \
                and not _names_measure(label, rules):
            # Unnumbered rows under a numbered group row without figures that
            # names a measure (二、重点景区接待人次 | | over 黄山风景区) are its
            # members, set as far left as it or not; a row naming a measure ends it.
            level = "sub"
        elif level == "plain" and deepest == 0 and sub_before \
                and unit_cell == group_unit_cell and (
                    unit_cell or labelled_part or _names_measure(group, rules)) \
                and not _names_measure(label, rules) \
                and not _is_total(label, rules) and not vocab.change_label.search(label) \
                and (labelled_part or not _sibling_measure(label, group, sub_label)) \
                and not _whole(row, body[at + 1] if at + 1 < len(body) else (),
                               unit_cell or group_unit, group_figure, parts, level_columns, rules):
            # A table that indents nothing (a pipe or web table): the rows
            # after 其中：主板 that name no measure and count in its unit (创业板,
            # 科创板) go on with it; a measure, or another unit, ends it.
            # So in the unit the whole's label writes (本年到位资金（亿元） |
            # 其中：国内贷款 | 利用外资 | 自筹资金), up to a label that writes its own.
            # Without a column of units, rows after 其中：在职职工 (退休人员) go
            # on with it under a group that names a measure (职工医保参保人数).
            # A row that is more than its whole is one of its own (_whole).
            level = "sub"
        sub_indent = indent if level == "sub" else -1
        if level == "sub" and 0 <= part_whole[1] < indent:
            whole = part_whole[0]
        else:
            whole = ""
            part_whole = (label, indent) if level == "sub" and group_owns \
                and ROW_ORDINAL.match(row[0].text) else ("", -1)
        sub_before = level == "sub"
        sub_label = label if sub_before else ""
        # A row of changes (规模以上工业增加值增速, 同比): of the measure its
        # label names, else of the row above or of the table's title.
        comparison = vocab.change_label.search(label)
        if comparison:
            label = label[:comparison.start()].strip()
        if level != "sub" and label:  # the row a 其中： or numbered sub-row breaks down
            group, group_indent, group_unit = label, indent, label_unit
            group_unit_cell, group_owns = unit_cell, False
            group_top = level == "top"
            group_figure, parts = _first_figure(row, level_columns), Decimal(0)
        elif (figure := _first_figure(row, level_columns)) and group_figure \
                and figure[0] == group_figure[0]:
            parts += figure[1]
        # A sub-row (其中：住宅) is counted in the unit its group's label writes
        # (房地产开发投资（亿元）), unless it writes its own.
        row_unit = row[unit_column].text if unit_column is not None and unit_column < len(row) \
            else label_unit or (group_unit if level == "sub" else "")
        # The measure of the nearest named column to the left, and the rate
        # (in %) of the nearest such column.
        measure_before = rate_before = ""
        row_measured = False  # a generic column (金额) on the left made the row the measure
        before_changed = False  # whether a column of changes followed measure_before
        for j, cell in enumerate(row[1:], start=1):
            if j == unit_column or not cell.text:
                continue
            m = rule.pattern.fullmatch(text, cell.start, cell.end)
            if m is None or not claims.free([s for s, _ in m.spans("q")]):
                continue
            # (A second figure in brackets, 5.4（5.2）, is one of the same column.)
            for q_start, q_end in m.spans("q"):
                item = _item(text, q_start, q_end, rules, None)
                claims.claim_span(item.start, item.end)
                name, header_unit = _header_name(headers.get(j, ""), rules)
                group_measure, group_measure_unit = group_measures.get(j, ("", ""))
                header_unit = header_unit or group_measure_unit or measure_units.get(j, "") \
                    or spanning_units.get(j, "")
                written = bool(item.unit or item.scale)
                in_rates = False  # whether a 增长 column's cell without a unit is in %
                if not written:  # the cell's own unit, else the column's, the row's, the caption's
                    caption_unit = column_units.get(j) or group_units.get(group) or next(
                        (u for name in (group, label)
                         if (u := _unit_for(name, caption_units, rules))), "")
                    scale, unit = unit_parts(header_unit or row_unit or caption_unit, rules) \
                        if header_unit or not unit_cell else written_unit(unit_cell, rules)
                    if in_rates := j in rate_columns and not any(
                            row_name in label or row_name in group for row_name in rate_columns[j]):
                        scale, unit = "", "%"
                    item = replace(item, scale=scale, unit=unit)
                column_kind, basis, name = _column(name, latest_year, rules, measures)
                if j in indexed:  # (70个大中城市…价格指数 | 环比)
                    column_kind, basis, name = "level", "", caption_title + headers[j]
                name = name or group_measure
                # (Of a member's group: 金额 and 增长 are of the row's measure;
                # a 增长 after 人均收入 is of that.)
                member = member_groups.get(j, "") if name in generic or not (
                    name or measure_before) else ""
                if name and name not in generic and j in measure_groups:
                    name = measure_groups[j] + name  # 城镇私营单位 over 平均工资
                elif (name in generic or (not name and column_kind == "level")) \
                        and j in measure_groups and not member:
                    # 法人单位 over 数量 | 比重: its count; 营业收入 over （亿元） | 增长（%）,
                    # a unit alone, the same.
                    name = measure_groups[j]
                if j in earlier:
                    column_kind, basis = "previous", earlier[j]
                elif j in chained:
                    basis = chained[j]
                elif column_kind == "compare" and dated_basis \
                        and not rules.basis.search(headers.get(j, "")):
                    basis = dated_basis  # 增长率 beside 2021.12 | 2022.12: against 2021.12
                elif caption_basis and not comparison:  # (a row of 环比 says its own)
                    column_kind, basis = "compare", caption_basis
                elif j in signed and column_kind == "level" and not comparison:
                    column_kind, basis = "compare", signed_basis
                kind = column_kind
                if kind == "level" and not comparison and item.unit == "%" \
                        and label.endswith(rules.quantities.growth_measures):
                    # A row named as a rate of change holds growths (本地生產總值實質
                    # 變動率 | % | 80.5); its name stays, as in prose (增速最快，达21.5%).
                    kind, basis = "compare", _comparison_basis(label, rules)
                if comparison and kind == "level":
                    kind, basis = "compare", _comparison_basis(comparison.group(), rules)
                column_rule = replace(rule, kind=kind) if kind != rule.kind else rule
                if column_kind == "compare":
                    rate_row = row_unit in rules.quantities.rate_points \
                        and bool(rules.vocabulary.rate_label.search(label))
                    if ((not (written or header_unit or in_rates) and (row_unit or rates_moved))
                            or (rate_row and not written)) \
                            and item.unit in rules.quantities.rate_points:
                        # 同比增减 of a row (or a table) in %: the rate moved in points,
                        # also under 同比增长（%） (亏损面 | % | 16.8 | -2.9).
                        item = replace(item, unit=rules.quantities.rate_points[item.unit])
                elif column_kind == "level" and name not in generic \
                        and name not in vocab.target_headers:
                    # A rate beside a measure (为预算%, 占比) is no new measure: a
                    # growth after it is the measure's; a move in points, the rate's.
                    if item.unit in rules.quantities.rate_points:
                        rate_before = name
                        measure_before = measure_before or ("" if row_measured else name)
                    elif not (j in sub_columns and measure_before and not before_changed):
                        # (A part's column, 耕地面积 | 其中：水田 | 比上年度增减, leaves
                        # the change to the whole, unless the whole has had its own.)
                        measure_before, before_changed = name, False
                elif column_kind == "level" and name in generic:
                    row_measured = True  # 金额 | 比重 | 增长: the growth is the row's
                elif column_kind == "previous" and name:
                    measure_before = name  # 上一年项目数量 | 本年增/减: the change is of it
                if total_changed and j == total_changed[0]:
                    measure_before = total_changed[1]  # (the total's, not the nearest part's)
                moved = item.unit in rules.quantities.point_units
                before_changed = before_changed or (column_kind == "compare" and not name)
                name = name or (rate_before if moved and rate_before else measure_before)
                if name and row_unit and not header_unit and name not in generic and (
                        rows_are_measures or _names_measure(label, rules)) \
                        and (not _names_measure(name, rules) or (
                            rows_are_measures and _is_total(name, rules))):
                    # 次均住院费用（元） under 职工医保: the row, with its unit and a
                    # measure's name (or in a table of measures), is the measure;
                    # the column a member.
                    indicator, dimension = label, name
                elif ((place_columns and name) or member) and (label or group):
                    # A member of a group row (男性 under 性别构成（%）) is of the
                    # group's measure; a 其中： row names a measure of its own.
                    indicator = f"{group} {label}" if heading else \
                        f"{members_of} {label}" if members_of and label else label or group
                    dimension = member or name
                elif name in vocab.target_headers and (label or group):
                    indicator, dimension = label or group, name
                elif name and name not in generic:
                    # (Of a breakdown a row without figures names: 农业生产经营人员性别构成.)
                    # A total row names the rows indented under it (职工医保合计 over
                    # 三级 | 二级: 职工医保住院人次 by 三级).
                    # So does a numbered row that names a measure (一、社会保险基金收入
                    # over its indented funds): its ordinal marks it the rows' whole, as
                    # 合计 does; a numbered group without figures owns its rows too.
                    of_total = blocks.get(at) or ((_total_of(group, rules) or (
                        group if (group_top or group_owns) and _names_measure(group, rules)
                        and not _names_measure(label, rules) else ""))
                        if level == "sub" and 0 <= group_indent < indent else "")
                    indicator, dimension = of_total + name + members_of, label
                elif (level == "sub" or not label) and group and (not title or (
                        _names_measure(group, rules) and not _is_total(group, rules)
                        and not title.startswith(group))):
                    # (Under a title whose members the rows are, a group of
                    # them, 粮食 over 稻谷, is a member too: the title measures;
                    # so is the whole the title breaks down, 规模以上工业 over
                    # 汽车制造业 under 规模以上工业分行业增加值增速.)
                    # (A numbered group's rows that name a measure are its own,
                    # 七、长期护理保险 | 1.参保人数; the rest are members of the
                    # measure it names, 三、邮政服务业务量 | 1.函件.)
                    indicator, dimension = (group + label, "") \
                        if group_owns and label and _names_measure(label, rules) \
                        else (whole + group, label)
                elif title:
                    indicator, dimension = title, label
                elif member_rows and headers.get(j):
                    # Rows of members (品名) without a title to measure: the
                    # column names what (本周, 上周, 环比).
                    indicator, dimension = _header_name(headers[j], rules)[0], label
                elif at < whole_rows and label:
                    indicator, dimension = whole_row, label if at else ""
                else:
                    indicator = label or caption_title or (comparison.group() if comparison else "")
                    dimension = ""
                if not dimension and j in column_periods and at >= whole_rows and period_members:
                    dimension = column_periods[j]
                span = (row[0].start, row[-1].end)
                # (实际增长（%）, a caption's 按可比价格计算, a row of 名义增长.)
                prices = _named_prices(" ".join((caption_title, spanning.get(j, ""),
                                                 headers.get(j, ""), row[0].text)), rules)
                facts.append(_fact(doc, table.section_id, table.section_path,
                                   _Match(column_rule, cell.start, cell.end, (item,), basis),
                                   item, indicator, dimension, basis, rules,
                                   context=span, clause=span, prices=prices,
                                   period=column_period(j)))
    return facts


# A note on a column, its header in quotes: 「比上年同期增长」栏中，…
_COLUMN_NOTE = regex.compile(r"[「“‘\"'](?P<header>[^」”’\"'\n]{2,20})[」”’\"']栏[中内]?[，,：:]?"
                             r"(?P<body>[^。\n]*)")
_NOTE_REACH = 1500  # characters after a table that its notes stand in
_AMOUNT_CHANGE = regex.compile(r"增减|增加|减少")


def _changes_noted(text: str, table_end: int, header: str) -> list[str]:
    """The rows a note under the table says its column ``header`` holds changes
    in their own unit for (「比上年同期增长」栏中，利用小时为比上年同期增减小时数，
    新增发电装机容量为比上年同期增减万千瓦数，其余为增长率（%）: 利用小时,
    新增发电装机容量), named as the row's label or its group's contains them."""
    for note in _COLUMN_NOTE.finditer(text, table_end, min(len(text), table_end + _NOTE_REACH)):
        if note.group("header") == header:
            return [row for clause in regex.split(r"[，,；;]", note.group("body"))
                    if (row := clause.partition("为")[0]) and "为" in clause
                    and _AMOUNT_CHANGE.search(clause) and "率" not in clause]
    return []


def _total_changed(headers: dict[int, str], unit_column: int | None, title: str,
                   latest_year: int, measures: Collection[str], rules: RuleSet
                   ) -> tuple[int, str] | None:
    """The one column of changes, last, after columns of a total and its parts
    whose total alone the title names (各地区原保险保费收入情况表 over 原保险保费收入 |
    财产险 | 人身险 | 同比增长), and the total's measure: the changes are of the
    total, not of the nearest part. None where the columns are not so, or the
    changes' header names its measure (进出口同比)."""
    columns = {j: _column(_header_name(h, rules)[0], latest_year, rules, measures)
               for j, h in sorted(headers.items()) if j and j != unit_column}
    changes = [j for j, (kind, _, _) in columns.items() if kind == "compare"]
    if len(changes) != 1 or changes[0] != max(columns) or columns[changes[0]][2]:
        return None
    names = [name for kind, _, name in columns.values()
             if kind == "level" and name and name not in rules.vocabulary.generic_value_headers]
    if len(names) < 2 or len(names) < len(columns) - 1 or names[0] not in title \
            or any(name in title for name in names[1:]):
        return None
    return changes[0], names[0]


# A period that leads a column's header: 2021.12, 2022年, 2022年6月末 (of
# 2021.12用户规模（万）, 2022年用户规模（万人）, or the whole header); or the
# months to its last of a year (2023年1-9月 beside 2024年1-9月, 2024年1—9月累计);
# or a year's end (2024 年末 | 2023 年末: the whole header, no measure 末).
_DATED = regex.compile(r"^(?P<year>(?:19|20)\d{2})\s*(?:[.．]\s*(?P<dot>1[0-2]|0?[1-9])(?![\d.])"
                       r"|年\s*(?:(?:(?:1[0-2]|0?[1-9])\s*月?\s*[-~至—]\s*)?"
                       r"(?P<month>1[0-2]|0?[1-9])\s*月(?:份|末|底)?(?:累计)?|[末底])?)")


def _dated_columns(headers: dict[int, str], rules: RuleSet
                   ) -> tuple[dict[int, str], dict[int, str], str]:
    """Columns of dated periods, the latest the figures' own and the earlier
    ones the comparison's: headers that put the period before their measure
    (2021.12用户规模（万） | 2022.12用户规模（万）) are renamed to the measure, and
    columns of two dated months (2021.12 | 2022.12, 2021年12月 | 2022年12月),
    a year apart or the earlier at the year's end (not months of a series:
    2024.1 | 2024.2), compare the later with the earlier. Returns the
    headers, column -> basis of the earlier columns, and that basis when they
    share it (for a 增长率 column)."""
    generic = rules.vocabulary.generic_value_headers
    # (2025年春节 | 2024年春节: the years tell the columns apart, as 2025年 | 2024年.)
    headers = {j: year.group() if j and (year := _DATED.match(h)) and not year.group("month")
               and rules.vocabulary.holiday.fullmatch(h, year.end()) else h
               for j, h in headers.items()}
    dated: dict[int, tuple[int, int]] = {}
    renamed = dict(headers)
    measured: dict[str, set[tuple[int, int]]] = {}  # measure -> the periods it is given for
    for j, header in headers.items():
        m = _DATED.match(header) if j else None
        if m is None:
            continue
        month = int(m.group("dot") or m.group("month") or 0)
        rest = header[m.end():].strip()
        if rest:
            name = _header_name(rest, rules)[0]
            if not regex.match(r"\p{Han}", name) or name in generic or _is_period(name) \
                    or _column(name, 0, rules)[0] != "level":
                continue
            renamed[j] = rest
            measured.setdefault(name, set()).add((int(m.group("year")), month))
        elif not month:
            continue  # a bare year: _column compares it
        dated[j] = (int(m.group("year")), month)
    # A measure given for one period only (2018年计划 | 2018年完成 | 2019年目标)
    # is no measure by periods: such headers stay whole.
    for j, header in headers.items():
        if renamed[j] != header and len(measured[_header_name(renamed[j], rules)[0]]) < 2:
            renamed[j] = header
            del dated[j]
    prefixed = renamed != headers
    periods = set(dated.values())
    if len(periods) < 2 or (not prefixed and len(periods) != 2):
        return headers, {}, ""
    year, month = max(periods)
    earlier: dict[int, str] = {}
    for j, (y, mo) in dated.items():
        if (y, mo) == (year, month):
            continue
        if not mo or not month:
            earlier[j] = "上年" if y == year - 1 and not mo and not month else f"{y}年"
        elif (y, mo) == (year - 1, 12):
            earlier[j] = "上年末"
        elif (y, mo) == (year - 1, month):
            earlier[j] = "上年同期"
        else:
            earlier[j] = f"{y}年{mo}月"
    bases = set(earlier.values())
    if not prefixed and not bases <= {"上年末", "上年同期"}:
        return headers, {}, ""  # months of a series (2024.1 | 2024.2), not a comparison
    return renamed, earlier, bases.pop() if len(bases) == 1 else ""


# A month's column alone (8月, 7月份): see _previous_month.
_MONTH_COLUMN = regex.compile(r"^(1[0-2]|0?[1-9])\s*月份?$")


def _previous_month(headers: dict[int, str], rules: RuleSet) -> dict[int, str]:
    """Column -> 上月 for the earlier of two consecutive months beside a column
    of changes on the month before (8月 | 7月 | 比上月增减（百分点）, as PMI tables
    head them): the month before's values, no period of their own. Months of
    a series (1月 | 2月 | 3月) have no such column."""
    months = {j: int(m.group(1)) for j, h in headers.items()
              if j and (m := _MONTH_COLUMN.match(_header_name(h, rules)[0]))}
    if len(months) != 2 or not any(
            rules.vocabulary.change_header.search(h) and _comparison_basis(h, rules) == "上月"
            for j, h in headers.items() if j and j not in months):
        return {}
    (j, a), (k, b) = months.items()
    if a % 12 + 1 == b:
        return {j: "上月"}
    return {k: "上月"} if b % 12 + 1 == a else {}


def _place_columns(value_headers: list[str], latest_year: int, rules: RuleSet) -> bool:
    """Whether a table's value columns are places, members of a breakdown by
    area (全国 | 东部地区 | 中部地区; 城镇 | 乡村): each names a place or a
    member, or the first names the whole (全省, 合计) and the others are short
    names of its parts (珠三角 | 粤东 | 粤西), no measure, period or change."""
    names = [_LETTER_SPACING.sub("", _header_name(h, rules)[0]) for h in value_headers]
    return _are_places(names, latest_year, rules)


def _are_places(names: list[str], latest_year: int, rules: RuleSet) -> bool:
    """Whether some column names are places or members of a breakdown (see
    ``_place_columns``): a place's name (全国, 东部地区, 新昌县, 沛县), a
    member's (城镇, 女性) or a member's kind of people (城镇常住居民, 农村居民)."""
    vocab = rules.vocabulary

    def whole(name: str) -> bool:
        # (A total that names what it sums, 营造林合计, is a measure's, not a
        # place's: 合计 alone, or 全省合计, is the whole of places.)
        return name in vocab.place_words or (_is_total(name, rules) and (
            not (of := _total_of(name, rules)) or place(of)))

    def place(name: str) -> bool:
        return whole(name) or name in vocab.member_words or bool(
            _REGION.fullmatch(name) or vocab.county.fullmatch(name)) or any(
            name.startswith(word) and name.endswith(vocab.member_heads)
            for word in vocab.member_words)

    def part(name: str) -> bool:
        return bool(_PART_NAME.fullmatch(name)) and not _names_measure(name, rules) \
            and _column(name, latest_year, rules)[0] == "level" and not _is_period(name) \
            and name not in vocab.generic_value_headers

    if len(names) < 2:
        return False
    return all(map(place, names)) or (whole(names[0]) and all(map(part, names[1:])))


def _member_columns(value_headers: list[str], body: Sequence[Sequence[Cell]], latest_year: int,
                    rules: RuleSet) -> bool:
    """Whether a table's value columns are members and its rows measures (see
    ``_table_facts``): no column names a measure, a unit, a period or a change;
    every row label names what it counts (a measure's word or a unit's)."""
    def counts(name: str) -> bool:
        return _names_measure(name, rules) or bool(_header_name(name, rules)[1]) or any(
            word in name for words in rules.vocabulary.unit_words.values() for word in words)

    labels = [row[0].text.strip() for row in body if len(row) > 1 and row[0].text.strip()]
    names = [_header_name(h, rules)[0] for h in value_headers]
    return len(names) > 1 and len(labels) > 1 and all(
        _is_measure_header(name, rules) and not counts(name)
        and _column(name, latest_year, rules)[0] == "level" for name in names) \
        and all(map(counts, labels))


_REGION = regex.compile(REGION_LEVEL)
_PART_NAME = regex.compile(r"\p{Han}{2,6}")  # 珠三角, 苏南, 皖北: a part's short name


def _column_periods(headers: dict[int, str], spanning: dict[int, str], earlier: Collection[int],
                    caption_basis: str, latest_year: int, rules: RuleSet) -> dict[int, str]:
    """Column -> the current period its figures cover, where two or more such
    periods tell a row's figures apart: its own header (本月 | 1-6月累计), else
    the period over its cell (3月 | 1-3月, each over 绝对值 | 同比增长（%）), the
    period a header of changes names first (3月同比增长（%）), or that of the
    nearest column of a period on its left (3月 | 同比增长（%） | 1-3月 |
    同比增长（%）: the change is of its period). Columns of the comparison
    period (上年同期) have none. (Generic headers, 数量 | 金额, tell the figures
    apart as periods do.)"""
    vocab = rules.vocabulary

    def period(header: str) -> bool:
        return header in vocab.period_headers or bool(
            MONTHS_LABEL.match(header) or QUARTER_LABEL.match(header))

    found: dict[int, str] = {}
    current = ""  # the period of the nearest column of one on the left
    for j, header in sorted(headers.items()):
        if not j or j in earlier:
            continue
        name = _header_name(header, rules)[0]
        above = _header_name(spanning.get(j, ""), rules)[0]
        kind = _column(name, latest_year, rules)[0]
        change = vocab.change_header.search(name) if kind == "compare" else None
        if period(name) or (caption_basis and label_year(name)):
            found[j] = current = name  # (the nearest period: 1月 | 2月 under 一季度)
        elif above != name and period(above):
            found[j] = current = above
        elif header in vocab.generic_value_headers:
            found[j] = current = name
        elif change and period(lead := name[:change.start()].strip()):
            found[j] = lead  # 3月同比增长（%）
        elif kind == "compare" and current:
            found[j] = current
        else:
            current = ""  # a measure's column (出口额) ends the period's columns
    return found if len(set(found.values())) >= 2 else {}


def _measure_groups(headers: dict[int, str], spanning: dict[int, str], latest_year: int,
                    rules: RuleSet) -> dict[int, str]:
    """Column -> the group a header cell above its measure names, where two
    or more groups tell apart columns of the same measures (城镇非私营单位 and
    城镇私营单位, each over 平均工资 | 增长): the group is part of the measure.
    Not a period, a previous period or a generic name above them (2023年 over
    绝对数 | 增长), which say what the columns' figures are."""
    vocab = rules.vocabulary
    found: dict[int, str] = {}
    for j, above in spanning.items():
        name = _header_name(above, rules)[0]
        kind, _, measure = _column(name, latest_year, rules)
        if above != headers.get(j) and kind == "level" and measure \
                and measure not in vocab.generic_value_headers and not _is_period(name):
            found[j] = measure
    return found if len(set(found.values())) >= 2 else {}


def _chained_bases(headers: dict[int, str], latest_year: int, rules: RuleSet
                   ) -> dict[int, str]:
    """Column of changes -> the period it compares with, where that is the
    period of the column of previous values just left of it and both are
    periods just before, not a year ago (本周 | 上周 | 环比: 环比 against 上周,
    not the 上月 it means in a monthly release)."""
    found: dict[int, str] = {}
    columns = sorted(headers.items())
    for (_, before), (j, header) in itertools.pairwise(columns):
        kind, basis, _ = _column(_header_name(header, rules)[0], latest_year, rules)
        before_kind, before_basis, _ = _column(_header_name(before, rules)[0], latest_year,
                                               rules)
        if kind == "compare" and before_kind == "previous" and before_basis != basis \
                and not any(_YEAR_WORD in b for b in (basis, before_basis)):
            found[j] = before_basis
    return found


_YEAR_WORD = "年"  # a basis a year ago (上年, 上年同期), not a chain (上月, 上周)


def _is_category_column(body: Sequence[Sequence[Cell]], rules: RuleSet) -> bool:
    """Whether a table's first column holds categories of the items the second
    names (类别 | 品名 | 单位 | 本周: 肉禽蛋 over 精瘦肉, 五花肉): a category
    stands over several rows, written again or left blank (a merged cell),
    and every row names its item in words."""
    rows = [row for row in body if len(row) > 2]
    repeated = any(not row[0].text or row[0].text == above[0].text
                   for above, row in itertools.pairwise(rows))
    return repeated and bool(rows[0][0].text) and all(
        _ITEM_NAME.search(row[1].text) and not rules.quantity.fullmatch(row[1].text)
        and unit_parts(row[1].text, rules) == ("", "") for row in rows)


_ITEM_NAME = regex.compile(r"\p{Han}")  # an item's name has words (大豆调和油（5L桶装）)


def _group_measures(headers: dict[int, str], spanning: dict[int, str], latest_year: int,
                    rules: RuleSet) -> dict[int, tuple[str, str]]:
    """Column -> the measure and unit of the header cell above its period
    (机构数（个） over 2021年 | 2020年): a group header names the measure of the
    periods under it, as a single header row names that of its column."""
    found: dict[int, tuple[str, str]] = {}
    for j, above in spanning.items():
        name, unit = _header_name(above, rules)
        below = headers.get(j, "")
        below_name = _header_name(below, rules)[0]  # (1—11月（亿元）: a period, in 亿元)
        kind, _, measure = _column(name, latest_year, rules)
        if below != above and (_is_period(below_name) or rules.vocabulary.previous_header.match(
                below_name)) and kind == "level" and measure \
                and measure not in rules.vocabulary.generic_value_headers:
            found[j] = (measure, unit)
    return found


_ALSO_KINDS = regex.compile(r"[（(][^（）()]+[)）]$")


def _is_member_header(header: str, rules: RuleSet) -> bool:
    """Whether a table's label column header says its rows are members of a
    breakdown (险种, 地区, 机型), not measures (项目, 指标). A bracket after
    the kind names the other kinds among its rows (区（新区）, 市（州）)."""
    header = _ALSO_KINDS.sub("", header) or header
    return header in rules.vocabulary.member_headers \
        or bool(rules.vocabulary.kind_header.fullmatch(header))


def _rows_are_members(label_header: str, body: Sequence[Sequence[Cell]], caption: str,
                      caption_units: list[str], rules: RuleSet) -> bool:
    """Whether the rows of a table whose columns name no measure (2022年 |
    2023年 | 增减) are members of the breakdown its caption measures (表2 农民工
    年龄构成: 16-20岁, 21-30岁): the rows are periods (1月, 2月), or the label
    column's header is the breakdown the caption announces (分行业… over 行业),
    or it has no header and no row label names a measure or writes a unit of
    its own (制造业, 合计), as rows of measures do (农民工总量, 参保人数（万人）),
    and the caption does not name one of them with its parts (本地生产总值及其
    主要开支组成部分按年实质增减率: the rows are GDP and the parts).
    Under a header that says nothing of its rows (项目), they are members
    only where the caption names what its unit counts (…参保情况, 单位：万人:
    职工医保, 居民医保), not a mere subject (港口生产情况, 单位：万吨: 货物吞吐量)."""
    if not caption:
        return False
    labels = [_row_label(row[0].text, rules)[0] for row in body]
    if all(_is_period(label) for label in labels):
        return True
    # (X及其…组成部分: the caption names a row, X, and its parts, each a measure.)
    if any(label and caption.startswith(f"{label}及其") for label in labels):
        return False
    vocab = rules.vocabulary
    if label_header in vocab.generic_label_headers:
        counted = {word for unit in caption_units
                   for word in vocab.unit_words.get(unit_parts(unit, rules)[1], ())}
        # (A caption of changes, 按年实质增减率（%）, says how the rows' measures moved.)
        if not any(word in caption for word in counted) or vocab.change_header.search(caption):
            return False
    elif label_header:
        return any(f"{lead}{label_header}" in caption for lead in rules.vocabulary.breakdown_leads)
    # (社区卫生服务中心（站） under 机构数（个） writes no unit of its own.)
    return not any((_names_measure(label, rules) and not _is_total(label, rules))
                   or ((unit := _header_name(label, rules)[1])
                       and not _counter_of_caption_count(unit, caption_units, rules))
                   for label in labels)


def _whole_of_members(body: Sequence[Sequence[Cell]], latest_year: int, rules: RuleSet
                      ) -> tuple[str, int]:
    """The first row's label where it names a measure and the rows right after
    it members of it, industries or places (规模以上工业增加值 | 采矿业 | 制造业,
    then 钢材（万吨）, a measure of its own), none a measure (社会消费品零售总额
    names none, nor a kind), and how many rows it heads, itself too; else ("", 0)."""
    labels = [_row_label(row[0].text, rules)[0] for row in body]
    if len(labels) < 2 or len(body[0]) < 2 or not _names_measure(labels[0], rules) \
            or _is_total(labels[0], rules):
        return "", 0
    # (Not people, 退休人员 under 参保人数: a count of its own.)
    if _are_places(labels[1:], latest_year, rules):
        return labels[0], len(labels)
    members = next((k for k, label in enumerate(labels[1:], start=1)
                    if not label.endswith(rules.vocabulary.kind_heads)
                    or _names_measure(label, rules)), len(labels))
    return (labels[0], members) if members > 1 else ("", 0)


def _total_blocks(body: Sequence[Sequence[Cell]], rules: RuleSet) -> dict[int, str]:
    """Row -> the whole it is a member of, in a table that indents nothing
    whose named total rows (社会保险基金收入合计, 社会保险基金支出合计) each open a
    block of the same members (企业职工基本养老保险基金 under both): only the
    block row tells the members' figures apart. Where the members stand above
    their total (利润收入 … 收入合计), the total closes its block: no blocks."""
    labels = [_row_label(row[0].text, rules)[0] for row in body]
    opens = [k for k, label in enumerate(labels) if len(body[k]) > 1
             and _names_measure(whole := _total_of(label, rules), rules) and whole]
    if len(opens) < 2:
        return {}
    runs = [range(k + 1, end) for k, end in zip(opens, [*opens[1:], len(labels)], strict=True)]
    named = [{labels[k] for k in run} for run in runs]
    before = set(labels[:opens[0]])
    if not all(named) or before & set().union(*named) \
            or not any(a & b for x, a in enumerate(named) for b in named[x + 1:]):
        return {}
    return {k: _total_of(labels[opens[x]], rules) for x, run in enumerate(runs) for k in run
            if not _names_measure(labels[k], rules) and not _is_total(labels[k], rules)}


def _is_total(label: str, rules: RuleSet) -> bool:
    """Whether a row label is a breakdown's total: 合计, 总数, or the whole's
    name before it (基本医疗保险合计 over 职工医保 | 城乡居民医保)."""
    return any(m.end() == len(label) for m in rules.vocabulary.total_row.finditer(label))


def _total_of(label: str, rules: RuleSet) -> str:
    """The whole a total row names before its total word (职工医保 of
    职工医保合计), or "" (合计 alone, or no total)."""
    m = rules.vocabulary.total_row.search(label)
    return label[:m.start()].strip() if m and m.end() == len(label) else ""


def _signed_rate_columns(body: Sequence[Sequence[Cell]]) -> set[int]:
    """Columns of a table without a header that hold changes: every figure
    written in %, some of them negative (no share or rate is), and the column
    on their left holds figures not in % (the amounts they are the growth of)."""
    columns = set()
    for j in range(2, max(map(len, body), default=0)):
        rows = [row for row in body if len(row) > j]
        cells = [row[j].text for row in rows if _SIGNED_FIGURE.fullmatch(row[j].text)]
        before = [row[j - 1].text for row in rows if _SIGNED_FIGURE.fullmatch(row[j - 1].text)]
        if cells and all(cell.endswith("%") for cell in cells) \
                and any(cell.startswith(("-", "−")) for cell in cells) \
                and any(not cell.endswith("%") for cell in before):
            columns.add(j)
    return columns


# A figure a cell writes alone, with its unit perhaps (6379.79亿元, -39.2%).
_SIGNED_FIGURE = regex.compile(r"[-−+]?\d[\d,]*(?:\.\d+)?\p{Han}{0,4}%?")


def _row_group_units(body: Sequence[Sequence[Cell]], units: list[str], rules: RuleSet
                     ) -> dict[str, str]:
    """The unit of each group of rows, where a caption gives as many units as
    there are rows with figures that are not sub-rows (#…, 其中：…, 1.…): the
    group's label -> its unit, in order; else none."""
    labels = [label for row in body if len(row) > 1
              if (label_level := _row_label(row[0].text, rules))[1] != "sub"
              and (label := _header_name(label_level[0], rules)[0])]
    if not 1 < len(units) == len(labels) or len(set(labels)) < len(labels) \
            or any(unit_parts(unit, rules) == ("", "") for unit in units):
        return {}
    return dict(zip(labels, units, strict=True))


def _rates_table(caption_units: list[str], value_headers: list[str], latest_year: int,
                 rules: RuleSet) -> bool:
    """Whether a table's figures are rates: its caption gives one unit, a rate
    (单位：%), and a column holds levels (2023年), not only changes (环比 |
    同比). A column of changes (增减) beside them then moves the rates in
    points, as it does where a unit column writes % on a row."""
    return len(caption_units) == 1 and caption_units[0] in rules.quantities.rate_points and any(
        _column(_header_name(h, rules)[0], latest_year, rules)[0] != "compare"
        for h in value_headers)




# Spaces that pad a header's name to its column's width (产  量): no part of it.
_LETTER_SPACING = regex.compile(r"(?<=\p{Han})[ \t\u3000]+(?=\p{Han})")


def _column_headers(table: Table, width: int, rules: RuleSet
                    ) -> tuple[dict[int, str], dict[int, str]]:
    """Column -> its header: the lowest header cell over it (比上年增长（%） under
    2023年); and column -> the cell of the row above that spans it, as a
    merged cell (2022年 over 绝对数 | 增长（%）) is written: filled, then empty
    cells up to the next filled one or the row's end. A header of one row
    narrower than the body names the columns on its right (the label
    column's name left out)."""
    headers: dict[int, str] = {}
    spanning: dict[int, str] = {}
    rows = _units_joined([[_LETTER_SPACING.sub("", cell.text) for cell in row] for row in
                          table.rows[:table.header_rows]], rules)
    for row in rows:
        offset = width - len(row) if len(rows) == 1 and len(row) < width else 0
        headers |= {j + offset: text for j, text in enumerate(row) if text}
    for above in rows[-2:-1]:
        cell = ""
        for j in range(1, width):
            cell = above[j] if j < len(above) and above[j] else cell
            if cell:
                spanning[j] = cell
    # A column named in a higher row (结果维持 beside 未经复议直接起诉, both under
    # the top row's 行政复议 | 行政诉讼) stands under the merged cell of the row
    # above its name, where that row parts the columns into groups (not one
    # cell over them all: 申请人情况).
    for k in range(len(rows) - 2, 0, -1):
        if sum(map(bool, rows[k - 1][1:])) < 2:
            continue
        cell = ""
        for j in range(1, width):
            cell = rows[k - 1][j] if j < len(rows[k - 1]) and rows[k - 1][j] else cell
            if cell and j < len(rows[k]) and rows[k][j] and not any(
                    j < len(row) and row[j] for row in rows[k + 1:]):
                spanning[j] = cell
    return headers, spanning


def _units_joined(rows: list[list[str]], rules: RuleSet) -> list[list[str]]:
    """Header rows, a row of units alone (（亿元） | （%）) joined to the names of
    the row above (增加值 | 比上年增长): one row 增加值（亿元） | 比上年增长（%）, as
    a web table stacks them (its label column's cell spanning both rows)."""
    joined: list[list[str]] = []
    for row in rows:
        units = [text for text in row if text]
        if joined and units and all(
                (m := _HEADER_UNIT.match(text)) and not m.group("name")
                and unit_parts(m.group("unit"), rules) != ("", "") for text in units):
            above = joined[-1]
            joined[-1] = [above[j] + row[j] if j < len(row) else above[j]
                          for j in range(len(above))] + row[len(above):]
            continue
        joined.append(row)
    return joined


def _column(name: str, latest_year: int, rules: RuleSet,
            measures: Collection[str] = ()) -> tuple[str, str, str]:
    """What a column's figures are (the kind of rule, its basis) and the
    measure its header names. A column of the comparison period (上年同期, 2022年
    beside 2023年; 上一年项目数量 names its measure too), of changes (增长（%）)
    or of the figures' own period (2023年, 1-4月) names no measure: the row
    does; unless the changes are of a measure the header names first, one of
    the table's ``measures`` or a measure's word (进出口同比（%） beside 进出口 | 出口 | 进口),
    or the end of one measure's name (起数同比 beside 事故起数 | 死亡人数)."""
    year = label_year(name)
    if year and year < latest_year:  # 2022年 beside 2023年
        # (2023年末 beside 2024年末: the year's end before; 2022届 beside 2023届:
        # that cohort, as written.)
        if year == latest_year - 1 and not name.endswith(_COHORT):
            return "previous", "上年末" if name.endswith(("末", "底")) else "上年", ""
        return "previous", name, ""
    if year or MONTHS_LABEL.match(name) or QUARTER_LABEL.match(name):
        return "level", "", ""
    if previous := rules.vocabulary.previous_header.match(name):
        if measure := previous.group("measure"):  # 上一年项目数量: the count of 上年
            return "previous", _basis(name[:previous.start("measure")], rules), measure
        return "previous", _basis(rules.vocabulary.achieved.sub("", name), rules), ""
    if change := rules.vocabulary.change_header.search(name):
        measure = name[:change.start()].strip()
        ends = [m for m in measures
                if m.endswith(measure) and m != measure and not _is_period(m)]
        if len(measure) >= 2 and measure not in measures and len(ends) == 1:
            measure = ends[0]
        if not measure or _is_period(measure) or (
                measure not in measures and not _names_measure(measure, rules)):
            measure = ""  # (3月同比增长: the period of the changes, no measure)
        return "compare", _comparison_basis(name, rules), measure
    if current := _CURRENT_PRICE.match(name):
        return "level", "", current.group("measure")  # 本期均价 beside 上期均价: 均价
    return "level", "", name




_COHORT = "届"  # a year's graduates (2022届 beside 2023届)

# The current period's price in a price monitoring table (本期均价 | 上期均价,
# 本月价格 | 上月价格): the period is the table's, the price the measure, as the
# previous column's (vocabulary previous_header) is.
_CURRENT_PRICE = regex.compile(
    r"^(?:本期|本月|本周|本旬|当月|当期)(?P<measure>(?:平均)?(?:价格|均价|单价))$")


def _is_period(header: str) -> bool:
    """A header that names the period of its column (2023年, 1-4月, 第一季)."""
    return bool(label_year(header) or MONTHS_LABEL.match(header) or QUARTER_LABEL.match(header))


def _comparison_basis(words: str, rules: RuleSet) -> str:
    """The period a column or row of changes names (环比 -> 上月, 比上年增长 ->
    上年), else the one its words imply (气温距平 -> 常年), else what it compares
    with (与多年平均比较 -> 多年平均), else the year before."""
    if m := rules.basis.search(words):
        return _basis(m.group(), rules)
    if implied := next((basis for word, basis in rules.quantities.implied_basis.items()
                        if word in words), None):
        return implied  # 气温距平 -> 常年
    other = rules.vocabulary.change_header.search(words)
    return other.group("basis") if other and other.group("basis") else "上年"


# An account's code before its name (1.A 货物和服务, 2.2.1.1 直接投资, 3. 净误差与遗漏).
_ACCOUNT_CODE = regex.compile(
    r"^\d{1,2}(?P<parts>(?:[.．](?:\d{1,2}|[A-Za-z]))*)[.．]?(?P<gap>\s*)(?=\p{Han})")


def _is_account_code(label: str) -> bool:
    """Whether a row label begins with a code of two parts or more (1.A, 2.2.1),
    not a decimal figure (2.5万人): a letter in it, a third part or a space after."""
    m = _ACCOUNT_CODE.match(label)
    return bool(m and m.group("parts") and (
        m.group("gap") or regex.search(r"[A-Za-z]", m.group("parts"))
        or len(regex.findall(r"[.．]", m.group("parts"))) > 1))


def _row_label(label: str, rules: RuleSet, coded: bool = False) -> tuple[str, str]:
    """A row label without its ordinal, and whether it heads a group ("top"),
    is a member of the group above ("sub") or stands alone ("plain"); in a
    table of account codes (``coded``), a coded row is an account ("account")."""
    if coded and (code := _ACCOUNT_CODE.match(label)) and regex.search(r"[.．]", code.group()):
        return label[code.end():].strip(), "account"
    m = ROW_ORDINAL.match(label)
    level = "plain"
    if m:
        level = "top" if m.group("top") else "sub"
        label = label[m.end():]
    lead = rules.vocabulary.subrow_lead.match(label)
    if lead:
        level = "sub"
        label = label[lead.end():]
    return label.strip(), level


def _indent(doc: SectionedDoc, offset: int) -> int:
    """How many spaces indent the label that begins at ``offset``: in a pipe
    row, the spaces after its pipe (web and Word tables indent sub-rows with
    ideographic spaces: 　工业 under 第二产业); else those of the raw text (the
    normaliser drops them) before its line, or -1 when other text stands
    before it (a web page's tags)."""
    text = doc.norm.text
    before = text[text.rfind("\n", 0, offset) + 1:offset]
    pipe = max(before.rfind("|"), before.rfind("｜"))
    if pipe >= 0:
        return len(before) - pipe - 1 if not before[pipe + 1:].strip() else -1
    raw = doc.norm.raw.text
    at = doc.norm.to_raw[offset]
    start = raw.rfind("\n", 0, at) + 1
    return at - start if not raw[start:at].strip() else -1


def _counter_of_caption_count(unit: str, units: list[str], rules: RuleSet) -> bool:
    """Whether a row label's bracketed ``unit`` is a bare counter in a table whose
    caption gives one count unit: there every row counts in it, and the bracket
    names what else the row counts (社区卫生服务中心（站）, 门诊部（所）)."""
    counted = rules.quantities.count_units
    return len(units) == 1 and unit in counted and unit != units[0] \
        and unit_parts(units[0], rules)[1] in counted


def _unit_for(name: str, units: list[str], rules: RuleSet) -> str:
    """The unit of a column (or row) named ``name`` among a caption's units:
    the only one, else the one whose base unit the name counts (参保人数 -> 万人,
    基金收入 -> 亿元), else none. Where the name has words of two units, the
    last one is what it counts, the head of the name (占户籍总人口比重 -> %)."""
    if len(units) == 1:
        return units[0]
    if rules.vocabulary.amount_change_header.search(name):  # 比年初增减: the amount's unit
        return ""
    if "%" in units and rules.vocabulary.change_header.search(name):  # 同比增减 of 万人、亿元、%
        return "%"
    word_ends = [(max(name.rfind(word) + len(word) for word in words if word in name), unit)
                 for unit in units
                 # (A unit per acre, 元/亩, counts what its unit of the top counts.)
                 if (words := rules.vocabulary.unit_words.get(
                     unit_parts(unit, rules)[1].split("/")[0], ()))
                 and any(word in name for word in words)]
    return max(word_ends, key=lambda end_unit: end_unit[0])[1] if word_ends else ""


def _column_units(headers: dict[int, str], units: list[str], unit_column: int | None,
                  rules: RuleSet) -> dict[int, str]:
    """The unit of each named value column among a caption's units: where
    they are as many as the value columns, each column's in order; else the
    one its name counts in (_unit_for), and for the one column left the one unit
    left (单位：万亩、% over 面积 | 占比: 占比 is in %, so 面积 in 万亩). A
    column of changes in the amount (比年初增减) is in the unit of the amount
    on its left (单位：亿元，% over 余额 | 比年初增减 | 同比增长)."""
    values = sorted(j for j in headers if j and j != unit_column)
    if 1 < len(units) == len(values) \
            and all(unit_parts(unit, rules) != ("", "") for unit in units) \
            and all(_is_measure_header(_header_name(headers[j], rules)[0], rules) for j in values):
        # One unit per column, in the columns' order (单位：毫米、亿立方米、亿立方米
        # over 年降水量 | 地表水资源量 | 水资源总量; 单位：立方米、升/日 over two 用水量).
        # Over columns of periods or changes (本期数 | 上年同期 | 同比增减) the
        # units are those of the rows.
        return dict(zip(values, units, strict=True))
    amount_changes = [j for j, name in headers.items()
                      if rules.vocabulary.amount_change_header.search(name)]
    found = {j: _unit_for(name, units, rules) for j, name in headers.items()
             if j and j != unit_column and j not in amount_changes}
    left = [j for j, unit in found.items() if not unit]
    unused = [unit for unit in units if unit and unit not in found.values()]
    if len(unused) == 1:  # 单位：元、% over 2023年 | 2022年 | 增长: the years in 元
        found |= dict.fromkeys(left, unused[0])
    if len(units) == 1 and units[0] and units[0] not in rules.quantities.rate_points:
        # A bare 增长 beside amounts (单位：元) is their growth in %; a change
        # in the amount is headed 增减 or 增加额.
        found |= {j: "%" for j in found if rules.vocabulary.growth_header.fullmatch(headers[j])}
    for j in sorted(amount_changes):
        found[j] = next((found[k] for k in range(j - 1, 0, -1) if found.get(k)), "")
    return found


def _is_measure_header(name: str, rules: RuleSet) -> bool:
    """A column header that names a measure, not a period (2023年, 本期数,
    上年同期) nor a change (同比增减)."""
    vocab = rules.vocabulary
    return bool(name) and name not in vocab.generic_value_headers and not _is_period(name) \
        and not vocab.previous_header.match(name) and not vocab.change_header.search(name)




_HEAD = 2  # characters of a measure's head (面积, 人数, 加值, 产量)


def _sibling_measure(label: str, group: str, sub_label: str) -> bool:
    """Whether a row after a group's sub-row is another measure of the group's
    kind, not a member: it ends as the group does and the sub-row does not
    (商品房竣工面积 after 商品房施工面积 | 其中：住宅; 建筑业增加值 after
    工业增加值 | 其中：规模以上工业), and it is no member named by the group's
    whole label (城镇职工参保人数 under 参保人数)."""
    head = group[-_HEAD:]
    return len(group) > _HEAD and label.endswith(head) and not label.endswith(group) \
        and not sub_label.endswith(head)


_FIGURE = regex.compile(r"-?\d[\d,]*(?:\.\d+)?")


def _first_figure(row: Sequence[Cell], columns: Collection[int]) -> tuple[int, Decimal] | None:
    """The column and figure of a row's first cell in a column of levels
    (1498.3 of 移动电话用户 | 万户 | 1498.3 | 2.5), if it holds a figure alone."""
    j = min((j for j in columns if j < len(row) and row[j].text), default=None)
    if j is None or not _FIGURE.fullmatch(text := row[j].text.strip()):
        return None
    return j, Decimal(text.replace(",", ""))


def _whole(row: Sequence[Cell], after: Sequence[Cell], unit: str,
           group: tuple[int, Decimal] | None, parts: Decimal, columns: Collection[int],
           rules: RuleSet) -> bool:
    """Whether a row after a group's sub-row, in a table that indents nothing,
    is a whole of its own, not a part of the group: a part is never more than
    its whole (蜂窝物联网终端用户 3126.4 after 移动电话用户 1498.3 | 其中：5G用户),
    nor does it take the parts beyond it where it heads a 其中： of its own
    (固定互联网宽带接入用户 612.5 | 其中：1000Mbps…, after 5G用户 896.7 of
    1498.3); a part with parts (火电 | 其中：燃煤 under 发电装机容量) fits in.
    Only totals add up: counts (万户, 个) and scaled amounts (亿元, 万千瓦), not
    averages (利用小时 | 小时, 平均工资 | 元), whose parts may be above them."""
    scale, counted = unit_parts(unit, rules)
    if not scale and counted not in rules.quantities.count_units:
        return False
    figure = _first_figure(row, columns)
    if figure is None or group is None or figure[0] != group[0] or not group[1] > 0 \
            or figure[1] < 0:
        return False
    heads = bool(after) and bool(rules.vocabulary.subrow_lead.match(after[0].text))
    return figure[1] > group[1] or (heads and parts + figure[1] > group[1])


def _numbered_parts(body: Sequence[Sequence[Cell]], indents: Sequence[int],
                    columns: Collection[int], unit_column: int | None,
                    rules: RuleSet) -> set[int]:
    """The rows, set as far left as it, that follow a numbered row with figures
    up to the next numbered row, where every such row is a part of it (in its
    unit, no more than its figure): the numbered row is their group, as a 结售汇
    table writes 一、结汇 13927 | 银行自身 262 | 银行代客 13665 | 其中：经常项目 … |
    二、售汇 15790 | 银行自身 230 …. A numbered row with none after it (三、差额)
    stands alone; so do all where a row after one is more than it or in another
    unit, or the table numbers at two levels (一、 over 1.: its sub-rows say the
    groups)."""
    ordinals = [ROW_ORDINAL.match(row[0].text) for row in body]
    if len({bool(m.group("top")) for m in ordinals if m}) != 1:
        return set()

    def unit(row: Sequence[Cell]) -> tuple[str, str]:
        """(The row's cell of units, and the unit its label writes: 人口（万人）.)"""
        cell = row[unit_column].text if unit_column is not None and unit_column < len(row) else ""
        return cell, _header_name(_row_label(row[0].text, rules)[0], rules)[1]

    parts: set[int] = set()
    at = 0
    while at < len(body):
        whole = _first_figure(body[at], columns) if ordinals[at] and len(body[at]) > 1 else None
        end = at + 1
        while end < len(body) and not ordinals[end] and len(body[end]) > 1 \
                and indents[end] == indents[at] \
                and not _is_total(_row_label(body[end][0].text, rules)[0], rules):
            end += 1
        if whole is not None and end > at + 1:
            for k in range(at + 1, end):
                part = _first_figure(body[k], columns)
                if part is None or part[0] != whole[0] or not 0 <= part[1] <= whole[1] \
                        or unit(body[k]) != unit(body[at]):
                    return set()
            parts.update(range(at + 1, end))
        at = end
    return parts


def _names_measure(text: str, rules: RuleSet) -> bool:
    return any(word in text for word in rules.vocabulary.measure_words)


def _table_title(table: Table, rules: RuleSet) -> str:
    """What a table's caption says it shows: 表2 2024年各险种参保情况（单位：万人）->
    各险种参保情况; 居民消费价格涨跌幅（%） -> 居民消费价格涨跌幅."""
    vocab = rules.vocabulary
    caption = table.caption
    # (A caption begins at its table's number: a running header above it, 江苏省
    # 冶金行业协会 2024年…通报 over 附表 over the title, is the page's.)
    numbered = [k for k, cell in enumerate(caption) if vocab.table_number.match(cell.text.strip())]
    for cell in caption[numbered[0]:] if numbered else caption:
        title = vocab.table_number.sub("", cell.text)
        unit = vocab.unit_caption.search(title)
        title = _header_name(title[:unit.start()] if unit else title, rules)[0]
        title = vocab.fillers.sub("", title).strip()
        if title and not (unit and title in vocab.generic_value_headers):  # (金额单位：亿元)
            return title
    return ""


# A line that leads into a table (2023年按学院划分的平均月薪如下：): what it names.
_LEAD_LINE = regex.compile(r"(?:^|[，。；\n])(?P<title>[^，。；：:\n]{2,40}?)(?:情况|数据)?"
                           r"(?:如下|见下表)[：:]?\s*$")
_LEAD_REACH = 80  # characters above a table to its lead line
# A breakdown before its measure (按学院划分的平均月薪, 分地区的): the measure.
_BY_LEAD = regex.compile(
    r"^[^，。；]*?[按分]\p{Han}{1,8}?(?:划分|分组|统计|分)?的(?P<measure>\p{Han}{2,})$")


def _lead_title(text: str, start: int) -> str:
    """What the line just above a table that has no caption names, where it
    leads into it: 按学院划分的平均月薪如下： -> 按学院划分的平均月薪."""
    m = _LEAD_LINE.search(text[max(0, start - _LEAD_REACH):start].rstrip())
    return m.group("title").strip() if m else ""


def _caption_changes(table: Table, title: str, rules: RuleSet) -> str:
    """The words of a caption that name a comparison, which its cells may be:
    its title (居民消费价格比上年涨跌幅度), else a line of its own under the
    title, without its brackets (（與一年前比較的實質增減百分率）, 同比增长（%））."""
    vocab = rules.vocabulary
    if vocab.change_header.search(title):
        return title
    lines = (cell.text.strip().strip("（()）") for cell in table.caption[1:])
    return next((line for line in lines if vocab.change_header.search(line)
                 and not vocab.unit_caption.search(line)), "")


def _caption_units(table: Table, rules: RuleSet) -> list[str]:
    """The units a caption gives bare cells: 单位：万人、亿元 (or 元；%), else the
    one in brackets after its title (表2 居民消费价格涨跌幅（%）), also where the
    number stands alone on the line above it (附表1 / 银行结售汇数据（亿美元））."""
    vocab = rules.vocabulary
    for cell in table.caption:
        if m := vocab.unit_caption.search(cell.text):
            return regex.split(r"[、，,；;]", m.group("unit"))
    title = table.caption[0].text if table.caption else ""
    if not vocab.table_number.match(title):
        return [""]
    if not vocab.table_number.sub("", title).strip() and len(table.caption) > 1:
        title = table.caption[1].text
    return [_header_name(title, rules)[1]]


# A unit line that names the measure it is for: 金额单位：亿元.
_MEASURE_UNIT_LINE = regex.compile(r"^[（(]?(?P<measure>\p{Han}{2,3})单位[：:]")


def _unit_measure(table: Table, rules: RuleSet) -> str:
    """The generic measure (金额, 数量) a caption's unit line is for, if it names one."""
    for cell in table.caption:
        if (m := _MEASURE_UNIT_LINE.match(cell.text.strip())) \
                and m.group("measure") in rules.vocabulary.generic_value_headers:
            return m.group("measure")
    return ""


def _caption_exception(table: Table, rules: RuleSet) -> tuple[str, str] | None:
    """The column a caption's unit line excepts and its unit: 单位：微克/立方米
    （CO为毫克/立方米） -> (CO, 毫克/立方米)."""
    for cell in table.caption:
        if (m := rules.vocabulary.unit_caption.search(cell.text)) and m.group("exception"):
            return m.group("exception"), m.group("exception_unit")
    return None


@lru_cache(maxsize=1024)  # (read again for every cell of its column)
def _header_name(header: str, rules: RuleSet) -> tuple[str, str]:
    """A column header without its unit: ``参保人数（万人）`` -> (参保人数, 万人)."""
    if header.endswith(("%", "‰")) and len(header) > 1:  # 同比增长%
        return header[:-1].rstrip(), header[-1]
    if header.endswith(rules.vocabulary.percent_words) and len(header) > 3:  # 按年变动百分率: in %
        return header, "%"
    m = _HEADER_UNIT.match(header)
    if m and unit_parts(m.group("unit"), rules) != ("", ""):
        return m.group("name"), m.group("unit")
    # (A unit labelled as a caption labels it: 本年收费金额（单位：万元）.)
    m = rules.vocabulary.unit_caption.search(header)
    if m and m.start() and unit_parts(m.group("unit"), rules) != ("", ""):
        return header[:m.start()].rstrip(), m.group("unit")
    if header[:1].isalpha() and unit_parts(header, rules) != ("", ""):
        return "", header  # a unit alone, under its measure's group (营业收入 over 亿元)
    return _periods_named(header, rules) or header, ""


# Between the periods one header names (1-6月/6月末, 本年累计（本月末）).
_PERIODS_JOINED = regex.compile(r"\s*(?:[/／、]|[（(]|[)）])\s*")


def _periods_named(header: str, rules: RuleSet) -> str:
    """The first period a header names, where it names only periods, also two
    at once (1-6月/6月末: the flows' and the stocks' of one column) or a dated
    period word (6月末到达数), else ""."""
    words = rules.vocabulary.period_headers

    def period(part: str) -> str:
        for at in range(len(part), -1, -1):  # (a date, then a period word)
            head, tail = part[:at], part[at:]
            if (not head or _is_period(head)) and (not tail or tail in words):
                return head or tail
        return ""

    parts = [p for p in _PERIODS_JOINED.split(header) if p]
    named = [period(p) for p in parts]
    if (len(parts) >= 2 or named[:1] != parts[:1]) and all(named):
        return named[0]
    return ""


def _contexts(doc: SectionedDoc, spans: list[tuple[int, int]]) -> list[str]:
    """The sentence (or a window of an overlong one) around each of some sorted spans."""
    text = doc.norm.text
    contexts: list[str] = []
    line_end, cuts, cut_starts = -1, [(0, 0)], [0]
    for start, _ in spans:
        if start >= line_end:
            line_start = text.rfind("\n", 0, start) + 1
            found = text.find("\n", start)
            line_end = len(text) if found < 0 else found
            cuts = sentences(text, line_start, line_end) or [(line_start, line_end)]
            cut_starts = [s for s, _ in cuts]
        k = max(0, bisect.bisect_right(cut_starts, start) - 1)
        s, e = cuts[k]
        s, e = _sentence_window(s, e)(start)
        contexts.append(text[s:e].strip())
    return contexts
