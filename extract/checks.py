"""Arithmetic consistency between the facts of one document: the ``checks`` table.

Each check compares what some facts imply (``expected``) with what another
fact, or their sum, states (``actual``). The kinds, in ``CHECKS``:

``sum``
    The members of a breakdown add up to its total (202.79 + 20.71 + 48.92 =
    272.42 万人), and, when the breakdown is known to be complete, so do the
    members' changes (5.18 + 0.28 + 1.66 = 7.12 万人).
``shares``
    The shares of one complete breakdown add up to 100 %.
``balance``
    Income − expenditure = current balance (当期结存, 当期结余, 当年结余) of one fund.
``change``
    Level − previous level = the stated change, when all three are stated
    (56.55 % − 58.35 % against 上升-1.85 个百分点).
``growth``
    Change ÷ previous level = the stated growth; the previous level is the
    stated one, or level − change.

Tolerance: a figure written with *d* decimals is exact to ±0.5·10^-d of its
unit. A relation holds when the range of results its stated operands allow
meets the range of the stated result; ``tolerance`` is how far apart the two
stated values may then be. Approximate figures (约, 超过 …) are never checked.

A false alarm costs an auditor more than a missed check, so only figures whose
relation the text makes plain are compared:

* a breakdown is ≥ 2 levels of one unit in one sentence: the members one
  indicator enumerates (distinct dimensions), or the figures listed after
  其中 that name the same measure as the total before it. Its total is the
  nearest level before it, in the same section, without a dimension, in the
  same unit, that names the same measure (see ``_related``); figures of the
  same unit between the total and the members in their sentence make the
  breakdown ambiguous, and it is skipped; so is a total of an earlier sentence
  that the members do not add up to when it is itself a part (under 其中) or
  names a thing of its own before their measure (大豆播种面积 before 玉米、水稻
  播种面积): a sibling as likely as their whole (see ``_fitting_total``).
* a breakdown whose member names an overlap with the others (地下水与地表水资源
  不重复量) is not additive as listed and is skipped; a member that is the
  overlap the others count twice (平原区与山丘区之间的重复计算量) is subtracted
  (words in patterns/vocabulary.yaml: overlap_words, double_counted_pattern).
* a member in brackets after another member (退税106.85亿元（含留抵退税38.92亿元）)
  is its part, no sibling; a 其中 list naming one member twice (中央企业's
  profit, then its owners' share of it) is none; members that exceed a total
  of an earlier sentence are its parts only where their sentence says 其中.
* a 其中 list may name only some parts: members that fall short of the total
  are a mismatch only when the list is complete (a member named 其他/其余 at its
  start or end, or after 等/及), never after a ranking's head (居前3位的…);
  members that exceed their total are a mismatch (unless one of them is
  negative, when a partial list can exceed it too), but not members that add
  up to more than twice it: that figure is another's (a month's beside the
  year's, a part beside the whole), not their total misstated.
* shares and the members' changes are compared only for a complete breakdown:
  one with a catch-all member, or whose levels were found to add up; never
  shares of each member's own whole (占本地区…) or of a part of each member's
  level just given (东部、中部…移动电话用户分别达…，其中5G移动电话用户占比分别为…).
* figures of one fund's balance must name the same fund (统筹基金 income and
  expenditure against a 统筹基金 balance, never the whole fund's).
* a level's change, previous level and growth are those of its own indicator
  and dimension in its sentence, or, in a list (A、B、C分别为 … 分别上升 …),
  those at the same position of equally long lists, unless a level of another
  unit has their name; never those of another period (本月 beside 1-9月).
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal

import regex

from .records import Fact, Kind, MatchedDoc
from .rules import Vocabulary
from .words import common_suffix, start_after

CHECKS = ("sum", "shares", "balance", "change", "growth")

OK, MISMATCH = "ok", "mismatch"
_CATCH_ALL = regex.compile(r"^(?:其他|其它|其余)|(?:等|及)(?:其他|其它|其余)|(?:其他|其它|其余)$")
"""A member that names the rest of a breakdown (其他服务业, 灵活就业等其他人员, 个体及
其他; not the name 计算机、通信和其他电子设备制造业): a list holding one is complete."""
_SHARE_WORDS = ("占", "比重", "构成")
_NOT_ADDITIVE = ("均", "率", "比例", "比重", "指数", "/", "顺差", "逆差", "差额",
                 "最高", "最低", "上限", "下限", "标准")
"""Words of an indicator, dimension or unit that is an average, a rate, a ratio, a
difference or a bound (次均住院费用, 住院率, 支付比例, 元/人, 贸易顺差, 最高额度,
缴存基数上限, 补助标准): its members do not add up to it, nor does it add up with
the parts beside it."""
_RATE_UNITS = ("%", "‰", "个百分点", "百分点", "个千分点", "千分点", "")
"""Words of an indicator that is a share of a whole (占参保总人数, 比重)."""
_SENTENCE_END = regex.compile(r"[。！？!?\n]")
_PART_END = regex.compile(r"[。！？!?\n；;]")
_BRACKETED = regex.compile(r"[（(][^）)]*[)）]")
_INCOME = ("总收入", "收入")
_EXPENDITURE = ("总支出", "支出")
_BALANCE = ("当期结存", "当期结余", "当年结存", "当年结余", "当年收支结余", "当期收支结余")
_POINTS = "个百分点"
_HUNDRED = Decimal(100)


@dataclass(frozen=True, slots=True)
class Check:
    """One consistency check between facts of a document."""

    check: str
    """One of ``CHECKS``."""
    fact_ids: tuple[int, ...]
    """The facts compared: the operands, then the stated result."""
    expected: Decimal
    """What the operands imply, in the unit of ``actual``."""
    actual: Decimal
    """What the text states."""
    tolerance: Decimal
    """How far ``actual`` may lie from ``expected`` by rounding alone."""
    status: str
    """``ok`` or ``mismatch``."""
    detail: str
    """The arithmetic in words, naming the facts' indicators and values."""


@dataclass(frozen=True, slots=True)
class _Figure:
    """A checkable fact with what the checks need to know about it."""

    id: int
    fact: Fact
    sentence: int
    part: int
    """Index of the ；-separated part of a sentence holding it."""
    scale: Decimal
    """``value_base / value``: 10000 for 万人."""
    sign: int = 1
    """-1 for an overlap the other members of its breakdown count twice (重复计算量)."""
    unsummed: bool = False
    """Names an overlap with the other members (不重复量), or a period that runs
    up to another (a table's 12月 and 1-12月累计): they do not add up as listed."""

    @property
    def base(self) -> Decimal:
        return self.fact.value_base

    @property
    def half(self) -> Decimal:
        """Half a unit of the last written digit, in the base unit."""
        exponent = self.fact.value.as_tuple().exponent
        assert isinstance(exponent, int)
        return Decimal((0, (5,), exponent - 1)) * self.scale

    @property
    def low(self) -> Decimal:
        return self.base - self.half

    @property
    def high(self) -> Decimal:
        return self.base + self.half

    @property
    def name(self) -> str:
        fact = self.fact
        return f"{fact.indicator}（{fact.dimension}）" if fact.dimension else fact.indicator

    @property
    def written(self) -> str:
        """The signed value as written, with its unit; bracketed when negative."""
        return f"({self.stated})" if self.fact.value < 0 else self.stated

    @property
    def stated(self) -> str:
        return f"{self.fact.value}{self.fact.unit}"

    def shows(self, base_value: Decimal) -> str:
        """A base-unit value in this figure's unit, as text, to the digits it has."""
        return f"{format(base_value / self.scale, 'f')}{self.fact.unit}"


def check_document(matched: MatchedDoc, vocabulary: Vocabulary) -> list[Check]:
    """Every consistency check the facts of one document allow, in document order
    (with the words of the rules' ``vocabulary``)."""
    figures = _figures(matched, vocabulary)
    index = _Index(figures)
    checks: list[Check] = []
    breakdowns = _breakdowns(figures, matched.doc.norm.simplified, index, vocabulary)
    complete: list[_Breakdown] = []
    for breakdown in breakdowns:
        check = _sum_check(breakdown)
        if check:
            checks.append(check)
        signed = any(m.sign < 0 for m in breakdown.members)  # its shares are no sum
        if (breakdown.complete or (check and check.status == OK)) and not signed:
            complete.append(breakdown)
    for breakdown in complete:
        checks += _change_sum_checks(breakdown, index)
    checks += _share_checks(figures, complete, vocabulary)
    checks += _balance_checks(index)
    checks += _change_and_growth_checks(figures)
    return sorted(checks, key=lambda c: (c.fact_ids[-1], CHECKS.index(c.check), c.fact_ids))


# --- figures -----------------------------------------------------------------------


def _figures(matched: MatchedDoc, vocabulary: Vocabulary) -> list[_Figure]:
    """The facts a check may use: stated exactly, with a known scale."""
    text = matched.doc.norm.simplified
    sentence_ends = [m.start() for m in _SENTENCE_END.finditer(text)]
    part_ends = [m.start() for m in _PART_END.finditer(text)]
    figures = []
    for fact_id, fact in enumerate(matched.facts, start=1):
        if fact.qualifier:
            continue
        if fact.value == 0:  # the scale of a written 0 cannot be read off its base value
            if fact.unit != fact.unit_base:
                continue
            scale = Decimal(1)
        else:
            scale = fact.value_base / fact.value
        name = fact.indicator + fact.dimension
        double = vocabulary.double_counted.search(name) is not None
        overlapping = not double and any(w in name for w in vocabulary.overlap_words)
        # (Periods one after another, 一季度…四季度, are parts of their year; one
        # that runs up to another, 12月 beside 1-12月累计, is none.)
        period = vocabulary.period_member.match(fact.dimension) is not None \
            and vocabulary.running_period.search(fact.dimension) is not None
        figures.append(_Figure(fact_id, fact, bisect.bisect_right(sentence_ends, fact.start),
                               bisect.bisect_right(part_ends, fact.start), scale,
                               -1 if double else 1, overlapping or period))
    return figures


def _plain(value: Decimal) -> str:
    """A decimal without exponent or superfluous zeros.

    >>> _plain(Decimal("2724200.00")), _plain(Decimal("-0.050"))
    ('2724200', '-0.05')
    """
    text = format(value.normalize(), "f")
    return "0" if text in ("-0", "0") else text


def _related(a: str, b: str) -> bool:
    """Whether two indicators name the same measure: equal, or the shorter's
    characters in order in the longer (医疗费用 in 医疗机构发生费用).

    >>> _related("参保人", "参加职工医保人数"), _related("医疗费用", "药店支出")
    (True, False)
    """
    short, long = sorted((a, b), key=len)
    if len(short) < 2:
        return a == b
    rest = iter(long)
    return all(ch in rest for ch in short)


def _same_measure(a: str, b: str) -> bool:
    """Whether two indicators end in the same measure word (…累计结存, …费用)."""
    return len(a) >= 2 and len(b) >= 2 and a[-2:] == b[-2:]


def _additive(figure: _Figure) -> bool:
    """Whether parts of this figure's measure add up to it: a count or an amount."""
    fact = figure.fact
    return not figure.unsummed and fact.unit_base not in _RATE_UNITS and not any(
        word in text for word in _NOT_ADDITIVE
        for text in (fact.indicator, fact.dimension, fact.unit))


def _is_catch_all(figure: _Figure) -> bool:
    return _CATCH_ALL.search(figure.fact.dimension or figure.fact.indicator) is not None


# --- sums of breakdowns ------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Breakdown:
    total: _Figure
    members: tuple[_Figure, ...]
    complete: bool
    """Known to list every part of the total (it has a catch-all member)."""


class _Index:
    """A document's figures grouped the ways the checks look them up, built once
    (a lookup per figure must not scan every figure)."""

    def __init__(self, figures: Sequence[_Figure]) -> None:
        self.levels: dict[str, list[_Figure]] = {}
        self.unnamed_levels: dict[tuple[str, str], list[_Figure]] = {}
        self.sentence_levels: dict[tuple[str, int], list[_Figure]] = {}
        self.part_levels: dict[tuple[str, int, int], list[_Figure]] = {}
        self.companions: dict[tuple[Kind, str, str, str, int], list[_Figure]] = {}
        for figure in figures:
            fact = figure.fact
            self.companions.setdefault((fact.kind, fact.unit_base, fact.indicator,
                                        fact.dimension, figure.sentence), []).append(figure)
            if fact.kind != Kind.LEVEL:
                continue
            unit = fact.unit_base
            self.levels.setdefault(unit, []).append(figure)
            if not fact.dimension:
                self.unnamed_levels.setdefault((unit, fact.section_id), []).append(figure)
            self.sentence_levels.setdefault((unit, figure.sentence), []).append(figure)
            self.part_levels.setdefault((unit, figure.sentence, figure.part), []).append(figure)


def _before(figures: list[_Figure], figure_id: int) -> list[_Figure]:
    """The figures of an ordered list that come before ``figure_id``."""
    return figures[:bisect.bisect_left(figures, figure_id, key=lambda f: f.id)]


def _breakdowns(figures: Sequence[_Figure], text: str, index: _Index, vocabulary: Vocabulary
                ) -> list[_Breakdown]:
    """Enumerated members and 其中 lists with their totals, each once."""
    found: dict[tuple[int, ...], _Breakdown] = {}
    enumerations = [(_fitting_total(index, total, members, text), members)
                    for total, members in _enumerations(figures, index, text)]
    for total, listed in [*enumerations, *_listed_parts(index, text)]:
        if total is None or not all(map(_additive, [total, *listed])):
            continue
        # A ranking's head (居前3位的病种依次为…、其他感染性腹泻病和…) lists only some parts.
        ranked = vocabulary.ranking_head.search(
            text, start_after(text, listed[0].fact.start, "。！？\n"), listed[0].fact.start)
        for members in _breakdowns_by_part(total, listed):
            key = (total.id, *(m.id for m in members))
            complete = not ranked and any(_is_catch_all(m) for m in members)
            found.setdefault(key, _Breakdown(total, tuple(members), complete))
    return sorted(found.values(), key=lambda b: b.members[0].id)


def _breakdowns_by_part(total: _Figure, members: list[_Figure]) -> list[list[_Figure]]:
    """The members as one breakdown, or as one per ；-part where the parts break the
    total down two ways (其中男生2651人，女生1572人；省内生源3610人，省外生源613人): when
    all do not add up to it but the members of a part do."""
    parts = [list(group) for _, group in itertools.groupby(members, key=lambda m: m.part)]
    if len(parts) < 2 or _fits(total, members) \
            or not any(len(part) >= 2 and _fits(total, part) for part in parts):
        return [members]
    return [part for part in parts if len(part) >= 2]


def _fitting_total(index: _Index, total: _Figure, members: list[_Figure], text: str
                   ) -> _Figure | None:
    """The total of some members: the nearest candidate, unless it is itself listed
    under 其中 and the members do not add up to it but do to the candidate before
    it (社会消费品零售总额…。其中，除汽车以外的消费品零售额…。按经营单位所在地分，
    城镇…；乡村…: 城镇 and 乡村 make the whole, not the part). A candidate of an
    earlier sentence that the members do not add up to is none when it is such a
    part, or when it names a thing of its own before their measure: a sibling
    as likely as their whole (其中，大豆播种面积7320.5万亩。…玉米播种面积9724.6万亩…；
    水稻播种面积5470.2万亩; 即时通信用户规模达10.60亿人。网约车、在线旅行预订的用户规模
    分别为5.28亿人、5.09亿人)."""
    start = start_after(text, total.fact.start, "。！？\n")
    fits = _fits(total, members)
    if "其中" in text[start:total.fact.start]:
        if fits:
            return total
        earlier = _total_before(index, members, before=total.id)
        if earlier and not _intruders(index, earlier, members) and _fits(earlier, members):
            return earlier
    elif fits or total.sentence == members[0].sentence:
        return total
    elif not _names_its_own(total, members):
        # Members that exceed a total of an earlier sentence are its parts only
        # where their sentence says so (…88.2万个。其中：社会团体…); else they are
        # some of another whole's (进出口4.06万亿元。同期，对拉丁美洲、非洲分别进出口…).
        lead = text[start_after(text, members[0].fact.start, "。！？\n"):members[0].fact.start]
        exceed = sum((m.sign * m.base for m in members), Decimal(0)) > total.base
        return None if exceed and "其中" not in lead else total
    return None if total.sentence < members[0].sentence else total


def _fits(total: _Figure, members: list[_Figure]) -> bool:
    check = _sum_check(_Breakdown(total, tuple(members), False))
    return check is not None and check.status == OK


def _names_its_own(total: _Figure, members: list[_Figure]) -> bool:
    """Whether the total's indicator is the members' one after a name of its own
    (即时通信用户规模 beside the 用户规模 of 网约车)."""
    name, measure = total.fact.indicator, members[0].fact.indicator
    return len(name) > len(measure) and name.endswith(measure)


def _enumerations(figures: Sequence[_Figure], index: _Index, text: str
                  ) -> Iterable[tuple[_Figure, list[_Figure]]]:
    """Levels of one indicator with distinct dimensions in one sentence, and their total."""
    groups: dict[tuple[str, str, str, int], list[_Figure]] = {}
    for figure in figures:
        fact = figure.fact
        if fact.kind == Kind.LEVEL and fact.dimension:
            key = (fact.section_id, fact.indicator, fact.unit_base, figure.sentence)
            groups.setdefault(key, []).append(figure)
    for group in groups.values():
        members = _siblings(text, group)
        if len(members) < 2 or len({m.fact.dimension for m in members}) < len(members):
            continue
        if any("其中" in text[a.fact.end:b.fact.start] for a, b in itertools.pairwise(members)):
            # 60周岁及以上人口10.37万人…；其中80周岁及以上人口1.52万人: a part of the
            # member before, not a sibling.
            continue
        # A member that names the whole area (全国 beside 东部地区, 中部地区, 合计)
        # is the total of the others, not one of them.
        wholes = [m for m in members if _WHOLE.fullmatch(m.fact.dimension)]
        if wholes:
            parts = [m for m in members if m not in wholes]
            if len(wholes) == 1 and len(parts) >= 2:
                yield wholes[0], parts
            continue
        total = _total_before(index, members)
        if total and not _intruders(index, total, members):
            yield total, members


# A breakdown's member that is the whole of it: the area (全国, 全省, 全市) or the sum.
_WHOLE = regex.compile(r"全(?:国|省|市|县|区|州|盟|旗)|[合总]\s*计|总体")


def _total_before(index: _Index, members: list[_Figure], before: int | None = None
                  ) -> _Figure | None:
    """The nearest earlier dimensionless level of the members' section and unit that
    names the same measure (before figure ``before``, if given), or a farther one
    the members add up to where the nearest is another count of the measure
    (户籍总人口84.57万人…迁出人口10467人。户籍人口中，城镇人口34.90万人，乡村人口
    49.67万人); for a complete list, the nearest such level at all."""
    first = members[0]
    candidates = _before(index.unnamed_levels.get(
        (first.fact.unit_base, first.fact.section_id), []), before or first.id)
    related = [candidate for candidate in reversed(candidates)
               if _related(candidate.fact.indicator, first.fact.indicator)]
    if related:
        return next((candidate for candidate in related if _fits(candidate, members)),
                    related[0])
    if candidates and any(_is_catch_all(m) for m in members):
        return candidates[-1]
    return None


def _intruders(index: _Index, total: _Figure, members: list[_Figure]) -> list[_Figure]:
    """Levels of the members' unit in their sentence, after the total, that are not members."""
    ids = {m.id for m in members}
    return [f for f in index.sentence_levels.get((total.fact.unit_base, members[0].sentence), [])
            if f.id > total.id and f.id not in ids]


def _listed_parts(index: _Index, text: str) -> Iterable[tuple[_Figure, list[_Figure]]]:
    """A total, then 其中 and the levels of its unit up to the end of that part
    of the sentence, all naming the total's measure."""
    for unit_base, levels in sorted(index.levels.items()):
        for total, first in itertools.pairwise(levels):
            if total.fact.dimension or first.sentence - total.sentence > 1:
                continue
            if "其中" not in text[total.fact.end:first.fact.start]:
                continue
            parts = _siblings(text, [f for f in index.part_levels[
                (unit_base, first.sentence, first.part)] if f.id >= first.id])
            # (Parts are things of their own: not 中央企业 twice, its profit and its
            # owners' share of it.)
            named = [p.fact.dimension for p in parts if p.fact.dimension]
            if len(parts) >= 2 and len(set(named)) == len(named) and all(
                    _same_measure(p.fact.indicator, total.fact.indicator)
                    or _related(p.fact.indicator, total.fact.indicator) for p in parts):
                yield total, parts


# A bracket that lists parts: one saying so (（含…, （其中…), or one opened right after a
# figure and its unit (新增债券4215.30亿元（一般债券356.00亿元、…）).
_INNER_PART = regex.compile(
    r"(?:[（(](?:含|其中|包括)|\d[^\d\s，。；、（()）]{0,6}[（(])[^（()）]*$")


def _siblings(text: str, members: list[_Figure]) -> list[_Figure]:
    """The members but those in brackets after another member, its parts (退税
    106.85亿元（含留抵退税38.92亿元），缓税缓费40.77亿元; 新增债券4215.30亿元（一般债券
    356.00亿元、专项债券3859.30亿元），再融资债券…); a list all in brackets
    after its total (52座大中型水库（其中大型水库6座、中型水库46座）) stays."""
    outside = [m for m in members if not _INNER_PART.search(
        text, max(0, m.fact.start - 40), m.fact.start)]
    return outside or members


def _sum_check(breakdown: _Breakdown) -> Check | None:
    total, members = breakdown.total, breakdown.members
    # An overlap counted twice is subtracted: its low end lowers the sum's high end.
    check = _compare("sum", members, total,
                     sum((m.sign * m.base for m in members), Decimal(0)),
                     sum((m.low if m.sign > 0 else -m.high for m in members), Decimal(0)),
                     sum((m.high if m.sign > 0 else -m.low for m in members), Decimal(0)))
    partial = check.expected < check.actual or any(m.base < 0 for m in members)
    if check.status == MISMATCH and partial and not breakdown.complete:
        return None  # a list after 其中 may name only some of the parts
    if check.status == MISMATCH and check.expected > 2 * abs(check.actual):
        return None  # not their total: 进出口4.06万亿元 (of a month) beside 民营企业24.33万亿元…
    terms = "".join(f"{' + ' if m.sign > 0 else ' − '}{_label(m)} {m.written}"
                    for m in members).removeprefix(" + ")
    how = ("; the members exceed their total" if check.expected > check.actual
           else "; the list is complete (其他) but falls short")
    return _described(check, f"{terms} = {total.shows(_in_base(check, total))}; "
                             f"the text states {total.name} {total.stated}", how)


def _change_sum_checks(breakdown: _Breakdown, index: _Index) -> list[Check]:
    """The members' changes add up to the total's change."""
    total_change = _companion(index, breakdown.total, Kind.CHANGE)
    changes = [_companion(index, m, Kind.CHANGE) for m in breakdown.members]
    if total_change is None or any(c is None for c in changes):
        return []
    members = [c for c in changes if c is not None]
    if len({c.fact.basis for c in [*members, total_change]}) != 1:
        return []
    check = _compare("sum", members, total_change,
                     sum((m.base for m in members), Decimal(0)),
                     sum((m.low for m in members), Decimal(0)),
                     sum((m.high for m in members), Decimal(0)))
    terms = " + ".join(f"{_label(m)} {m.written}" for m in members)
    return [_described(check, f"changes: {terms} = "
                              f"{total_change.shows(_in_base(check, total_change))}; "
                              f"the text states {total_change.name} {total_change.stated}")]


def _companion(index: _Index, level: _Figure, kind: Kind) -> _Figure | None:
    """The figure of ``kind`` in the level's unit, indicator, dimension and sentence."""
    fact = level.fact
    same = index.companions.get((kind, fact.unit_base, fact.indicator, fact.dimension,
                                 level.sentence), [])
    return next((figure for figure in same if figure.id > level.id), None)


def _label(figure: _Figure) -> str:
    return figure.fact.dimension or figure.fact.indicator


# --- shares ------------------------------------------------------------------------


def _share_checks(figures: Sequence[_Figure], complete: Sequence[_Breakdown],
                  vocabulary: Vocabulary) -> list[Check]:
    """Shares of a complete breakdown (or one with a catch-all member) add up to 100 %."""
    known = {(b.total.fact.section_id, frozenset(m.fact.dimension for m in b.members))
             for b in complete}
    groups: dict[tuple[str, str, Kind, int], list[_Figure]] = {}
    levels: dict[int, list[_Figure]] = {}
    for figure in figures:
        fact = figure.fact
        if fact.kind == Kind.LEVEL and fact.dimension:
            levels.setdefault(figure.sentence, []).append(figure)
        if (fact.unit_base == "%" and fact.dimension and fact.kind in (Kind.LEVEL, Kind.PREVIOUS)
                and any(word in fact.indicator for word in _SHARE_WORDS)):
            key = (fact.section_id, fact.indicator, fact.kind, figure.sentence)
            groups.setdefault(key, []).append(figure)
    checks = []
    for (section_id, _, _, sentence), sentence_shares in groups.items():
        if _of_each_member(sentence_shares, levels.get(sentence, []), vocabulary):
            continue
        for shares in _wholes(sentence_shares):
            check = _shares_check(shares, section_id, known)
            if check:
                checks.append(check)
    return checks


def _of_each_member(shares: list[_Figure], levels: list[_Figure], vocabulary: Vocabulary
                    ) -> bool:
    """Whether each share is of its own member's whole, not a part of one whole: its
    base is the member's own (分别占本地区常住人口的…), or it names a part of a measure
    each member was just given (东部、中部…移动电话用户分别达…，其中5G移动电话用户占比
    分别为…: 5G users within each region's users). A name before the measure that
    names the members' kind is their whole (第一、第二、第三产业增加值分别为…，三次
    产业增加值占比分别为…)."""
    name = shares[0].fact.indicator
    if any(word in name for word in vocabulary.own_whole_words):
        return True
    part = name[:min((i for i in map(name.find, _SHARE_WORDS) if i >= 0), default=len(name))]
    members = {s.fact.dimension for s in shares}
    kind = common_suffix(sorted(members))
    given: dict[str, set[str]] = {}
    for level in levels:  # the measures each member was given before its share
        if level.id < shares[0].id and level.fact.unit_base != "%":
            given.setdefault(level.fact.indicator, set()).add(level.fact.dimension)
    for measure, dimensions in given.items():
        head = common_suffix([part, measure])
        extra = part.removesuffix(head)  # 5G of 5G(移动电话)用户
        if members <= dimensions and len(head) >= 2 and extra and extra not in measure:
            return not kind or kind not in extra
    return False


def _wholes(shares: list[_Figure]) -> list[list[_Figure]]:
    """A sentence's shares, cut into breakdowns where a ； follows shares that
    already make a whole (…其他占1.91%；中、低收入占97.62%，高收入占2.38%)."""
    wholes: list[list[_Figure]] = [[]]
    for share, following in itertools.zip_longest(shares, shares[1:]):
        wholes[-1].append(share)
        if following is not None and following.part != share.part \
                and _compare_with_whole(wholes[-1]).status == OK:
            wholes.append([])
    return wholes


def _shares_check(shares: list[_Figure], section_id: str,
                  known: set[tuple[str, frozenset[str]]]) -> Check | None:
    """The check that a breakdown's shares make 100 %, if it is known to be complete."""
    dimensions = frozenset(s.fact.dimension for s in shares)
    if len(shares) < 2 or len(dimensions) < len(shares):
        return None
    if (section_id, dimensions) not in known and not any(map(_is_catch_all, shares)):
        return None
    check = _compare_with_whole(shares)
    terms = " + ".join(f"{_label(s)} {s.written}" for s in shares)
    return _described(check, f"{shares[0].fact.indicator}: {terms} = "
                             f"{_plain(check.actual)}%; a whole is 100%")


# --- fund balances -----------------------------------------------------------------


def _flow(indicator: str, words: tuple[str, ...]) -> str | None:
    """The fund an income, expenditure or balance indicator names, or None.

    >>> _flow("职工医保统筹基金（含生育保险）收入", _INCOME)
    '职工医保统筹'
    """
    for word in words:
        if indicator.endswith(word):
            fund = _BRACKETED.sub("", indicator[:-len(word)])
            return fund.removesuffix("总").removesuffix("基金")
    return None


def _same_fund(a: str, b: str) -> bool:
    """Equal, or one the other's short form (统筹 for 职工医保统筹); never empty vs named."""
    if not a or not b:
        return a == b
    return a.endswith(b) or b.endswith(a)


def _balance_checks(index: _Index) -> list[Check]:
    checks = []
    money = index.levels.get("元", [])
    alike: dict[tuple[str, str], list[_Figure]] = {}
    for figure in money:
        alike.setdefault((figure.fact.section_id, figure.fact.dimension), []).append(figure)
    for balance in money:
        fund = _flow(balance.fact.indicator, _BALANCE)
        if fund is None:
            continue
        earlier = _before(alike[(balance.fact.section_id, balance.fact.dimension)], balance.id)
        spent = _nearest_flow(earlier, _EXPENDITURE, fund)
        if spent is None:
            continue
        income = _nearest_flow([f for f in earlier if f.id < spent.id], _INCOME, fund,
                               _flow(spent.fact.indicator, _EXPENDITURE) or "")
        if income is None:
            continue
        check = _compare("balance", [income, spent], balance, income.base - spent.base,
                         income.low - spent.high, income.high - spent.low)
        checks.append(_described(
            check, f"{income.name} {income.written} − {spent.name} {spent.written} = "
                   f"{balance.shows(_in_base(check, balance))}; the text states "
                   f"{balance.name} {balance.stated}"))
    return checks


def _nearest_flow(figures: Sequence[_Figure], words: tuple[str, ...], *funds: str
                  ) -> _Figure | None:
    for figure in reversed(figures):
        fund = _flow(figure.fact.indicator, words)
        if fund is not None and all(_same_fund(fund, other) for other in funds):
            return figure
    return None


# --- a level, its change, its previous level and its growth ------------------------


def _change_and_growth_checks(figures: Sequence[_Figure]) -> list[Check]:
    by_sentence: dict[int, list[_Figure]] = {}
    for figure in figures:
        by_sentence.setdefault(figure.sentence, []).append(figure)
    checks = []
    for sentence in by_sentence.values():
        if all(figure.fact.kind == Kind.LEVEL for figure in sentence):
            continue  # no previous level, change or growth to check a level against
        relatives = _Relatives(sentence)
        for level in sentence:
            if level.fact.kind != Kind.LEVEL:
                continue
            previous, change, growth = relatives.of(level)
            checks += _change_check(level, previous, change)
            checks += _growth_check(level, previous, change, growth)
    return checks


class _Relatives:
    """A sentence's figures, indexed to find the previous level, change and growth
    that belong to a level (once per sentence, not once per level)."""

    def __init__(self, sentence: list[_Figure]) -> None:
        self.levels: dict[str, list[_Figure]] = {}
        self.of_kind: dict[tuple[Kind, str], list[_Figure]] = {}
        self.keyed: dict[tuple[Kind, str, str, str], list[int]] = {}
        self.by_id = {f.id: f for f in sentence}
        for figure in sentence:
            fact = figure.fact
            if fact.price_basis == "real":
                continue  # (at constant prices: not the level's own change over its previous)
            if fact.kind == Kind.LEVEL:
                self.levels.setdefault(fact.unit_base, []).append(figure)
            self.of_kind.setdefault((fact.kind, fact.unit_base), []).append(figure)
            self.keyed.setdefault((fact.kind, fact.unit_base, fact.indicator, fact.dimension),
                                  []).append(figure.id)
        self.place = {f.id: i for levels in self.levels.values() for i, f in enumerate(levels)}
        self.level_units = {(f.fact.indicator, f.fact.dimension): f.fact.unit_base
                            for levels in self.levels.values() for f in levels}
        self.after_first: dict[tuple[Kind, str, int], list[_Figure]] = {}

    def of(self, level: _Figure) -> tuple[_Figure | None, _Figure | None, _Figure | None]:
        unit = level.fact.unit_base
        levels = self.levels[unit]
        wanted = {Kind.PREVIOUS: unit, Kind.CHANGE: _POINTS if unit == "%" else unit,
                  Kind.GROWTH: "" if unit == "%" else "%"}
        found = []
        for kind, kind_unit in wanted.items():
            found.append(self._by_key(kind, kind_unit, level)
                         or self._by_position(kind, kind_unit, levels, level))
        # (Not a relative of another period: 本月 18.57 beside 1-9月 162.35, the
        # growth -4.41 being the 1-9月 figure's.)
        found = [None if f is None or (f.fact.period and level.fact.period
                                       and f.fact.period != level.fact.period) else f
                 for f in found]
        previous, change, growth = found
        bases = {f.fact.basis for f in found if f is not None}
        if len(bases) > 1 or "年均" in bases:
            return None, None, None
        return previous, change, growth

    def _by_key(self, kind: Kind, unit: str, level: _Figure) -> _Figure | None:
        """The first figure after the level with its indicator and dimension."""
        ids = self.keyed.get((kind, unit, level.fact.indicator, level.fact.dimension), [])
        k = bisect.bisect_right(ids, level.id)
        return self.by_id[ids[k]] if k < len(ids) else None

    def _by_position(self, kind: Kind, unit: str, levels: list[_Figure], level: _Figure
                     ) -> _Figure | None:
        """The candidate at the level's place, when the candidates after the first
        level are as many as the levels and their members agree."""
        if len(levels) < 2:
            return None
        key = (kind, unit, levels[0].id)
        if key not in self.after_first:
            self.after_first[key] = [f for f in self.of_kind.get((kind, unit), [])
                                     if f.id > levels[0].id]
        candidates = self.after_first[key]
        if len(candidates) != len(levels):
            return None
        figure = candidates[self.place[level.id]]
        fact = figure.fact
        if not _same_member(fact.dimension, level.fact.dimension) \
                or self.level_units.get((fact.indicator, fact.dimension), unit) != unit:
            return None  # (作品2,947件…；主债务金额56.72亿元，增长11.84%: that level's)
        return figure


def _same_member(a: str, b: str) -> bool:
    """Member names that may name the same member: 成年人 and 成年居民, 三级 and 三级医院."""
    return a == b or (bool(a) and bool(b) and (a in b or b in a or a[:2] == b[:2]))


def _change_check(level: _Figure, previous: _Figure | None, change: _Figure | None
                  ) -> list[Check]:
    """Level − previous = change (% and 个百分点, 万人 and 万人: one base unit)."""
    if previous is None or change is None:
        return []
    check = _compare("change", [level, previous], change, level.base - previous.base,
                     level.low - previous.high, level.high - previous.low)
    return [_described(check, f"{level.name} {level.written} − {previous.written} "
                              f"(previous) = {change.shows(_in_base(check, change))}; "
                              f"the text states a change of {change.stated}")]


def _growth_check(level: _Figure, previous: _Figure | None, change: _Figure | None,
                  growth: _Figure | None) -> list[Check]:
    """Change ÷ previous = growth, from whichever two of level, previous, change are stated."""
    if growth is None or (previous is None and change is None):
        return []
    if change is not None and previous is not None:
        operands, words = [change, previous], f"{change.fact.text} ÷ {previous.fact.text}"
        values = _corners(lambda chg, prev: chg / prev * _HUNDRED, change, previous)
    elif change is not None:
        operands = [level, change]
        words = f"{change.written} ÷ ({level.written} − {change.written})"
        values = _corners(lambda lv, chg: chg / (lv - chg) * _HUNDRED, level, change)
    else:
        assert previous is not None
        operands = [level, previous]
        words = f"({level.written} − {previous.written}) ÷ {previous.written}"
        values = _corners(lambda lv, prev: (lv - prev) / prev * _HUNDRED, level, previous)
    if values is None:
        return []
    check = _compare("growth", operands, growth, *values)
    exponent = growth.fact.value.as_tuple().exponent
    assert isinstance(exponent, int)
    return [_described(check, f"{level.name}: {words} = "
                              f"{_plain(round(check.expected, 2 - exponent))}%; "
                              f"the text states a growth of {growth.stated}")]


def _corners(function: Callable[[Decimal, Decimal], Decimal], a: _Figure, b: _Figure
             ) -> tuple[Decimal, Decimal, Decimal] | None:
    """A ratio of two stated figures at their values, and its least and greatest
    value over their rounding: the ratios here are monotone in each argument while
    the denominator keeps its sign, which it does unless it can be zero, and then
    one corner divides by zero (a written figure is at least twice its half unit)."""
    try:
        centre = function(a.base, b.base)
        values = [function(x, y) for x in (a.low, a.high) for y in (b.low, b.high)]
    except ArithmeticError:  # a denominator of zero
        return None
    return centre, min(values), max(values)


# --- comparing ---------------------------------------------------------------------


def _compare(name: str, operands: Sequence[_Figure], stated: _Figure,
             expected: Decimal, low: Decimal, high: Decimal) -> Check:
    """Compare a result implied by ``operands`` (its value and range, in base units)
    with a stated figure, in the stated figure's unit."""
    reach = (high - expected) if stated.base >= expected else (expected - low)
    status = OK if stated.low <= high and low <= stated.high else MISMATCH
    return Check(name, (*(o.id for o in operands), stated.id), expected / stated.scale,
                 stated.base / stated.scale, (reach + stated.half) / stated.scale, status, "")


def _compare_with_whole(shares: Sequence[_Figure]) -> Check:
    """Compare the sum of some shares with 100 %: ``actual`` is the sum."""
    total = sum((s.base for s in shares), Decimal(0))
    low = sum((s.low for s in shares), Decimal(0))
    high = sum((s.high for s in shares), Decimal(0))
    status = OK if low <= _HUNDRED <= high else MISMATCH
    tolerance = total - low if total >= _HUNDRED else high - total
    return Check("shares", tuple(s.id for s in shares), _HUNDRED, total, tolerance, status, "")


def _in_base(check: Check, stated: _Figure) -> Decimal:
    """A check's expected value back in base units (for showing it in a unit)."""
    return check.expected * stated.scale


def _described(check: Check, arithmetic: str, note: str = "") -> Check:
    difference = _plain(round(check.actual - check.expected, 4))
    verdict = ("within rounding" if check.status == OK else
               f"off by {difference}, more than rounding allows "
               f"(±{_plain(round(check.tolerance, 4))})")
    return Check(check.check, check.fact_ids, check.expected, check.actual, check.tolerance,
                 check.status, f"{arithmetic}: {verdict}{note if check.status == MISMATCH else ''}")
