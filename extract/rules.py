"""Load and validate the rule files in ``patterns/``.

The files are data (see ``patterns/README.md``): word lists, named regex
fragments, heading, fact and non-fact rules, each rule with an id and its
own examples. Everything is checked when it loads; a mistake is reported as
``patterns/facts.yaml: rule level.quantity: unknown fragment {unti}``.
"""

from __future__ import annotations

import hashlib
import sys
from dataclasses import dataclass, field, fields, replace
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any

import regex
import yaml

from .cache import cached
from .errors import PatternFileError
from .leading import with_leading_test
from .words import add_words

FLAGS = regex.MULTILINE
_FRAGMENT_REF = regex.compile(r"(?<!\\[pPN])\{([A-Za-z_][A-Za-z0-9_]*)\}")  # not \p{Han}
_NAMED_GROUP = regex.compile(r"\(\?P<[A-Za-z_][A-Za-z0-9_]*>")
FILES = ("quantities.yaml", "fragments.yaml", "vocabulary.yaml", "headings.yaml",
         "facts.yaml", "nonfacts.yaml")


@dataclass(frozen=True, slots=True)
class Example:
    """An example sentence of a rule and what the rule must make of it."""

    text: str
    expect: tuple[dict[str, Any], ...] = ()
    """Fact rules: rows (a subset of columns) the rule must produce."""
    explains: tuple[str, ...] = ()
    """Non-fact rules: the numbers the rule must explain, as written."""


@dataclass(frozen=True, slots=True)
class Rule:
    """A fact or non-fact rule."""

    id: str
    pattern: regex.Pattern[str]
    source: str
    description: str = ""
    kind: str = ""
    """level | previous | compare (growth by % unit, else change); empty for non-facts."""
    priority: int = 0
    range: bool = False
    ratio: bool = False
    table: bool = False
    requires: regex.Pattern[str] | None = None
    """Words without which the rule cannot match: text lacking them is not scanned."""
    examples: tuple[Example, ...] = ()


@dataclass(frozen=True, slots=True)
class HeadingRule:
    id: str
    level: int
    pattern: regex.Pattern[str]
    examples: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Quantities:
    """The quantity grammar's word lists, for interpreting a match."""

    scales: dict[str, Decimal]
    units: tuple[str, ...]
    point_units: frozenset[str]
    rate_points: dict[str, str]
    """The unit a rate's move is in: % -> 个百分点."""
    growth_units: frozenset[str]
    count_units: frozenset[str]
    currencies: tuple[str, ...]
    """Currencies named before an amount (约合人民币180.60亿元)."""
    qualifier_of: dict[tuple[str, str], str]
    """(position, word) -> qualifier, position being before/mid/after."""
    down_verbs: frozenset[str]
    up_verbs: frozenset[str]
    basis_of: dict[str, str]
    """Comparison period as written -> basis (去年 -> 上年)."""
    flow_periods: tuple[str, ...] = ()
    """Words of a year's flow (全年): a change stated without its basis is on the year before."""
    flow_measures: tuple[str, ...] = ()
    """Measures of a flow (产量, 收入): a bare change of one is on the year before,
    not on the year's end a stock before it was compared with."""
    stock_words: tuple[str, ...] = ()
    """Words of a stock or of a period's end (年末, 余额): a sentence with one is
    of a stock, whatever flow word it has."""
    growth_measures: tuple[str, ...] = ()
    """Words that name a growth rate (增速, 增幅): a figure in % of one is a growth."""
    implied_basis: dict[str, str] = field(default_factory=dict)
    """Words that imply their comparison (偏高, 距平 -> 常年), where the text names none."""
    single_periods: dict[str, str] = field(default_factory=dict)
    """Words of one period's figure (单月 -> 上月): its move in points is on the period before."""
    dated_verbs: dict[str, str] = field(default_factory=dict)
    """Verbs that name their own period (年增 -> 上年): before any the sentence names."""
    kin: dict[str, str] = field(default_factory=dict)
    """Unit -> the first unit of its group of kindred units (只 -> 头), for the others."""
    sequential: tuple[tuple[str, regex.Pattern[str]], ...] = ()
    """(basis, title pattern): what 环比 is against in a release whose title matches."""
    sequential_words: tuple[str, ...] = ()
    sequential_by_period: tuple[tuple[str, regex.Pattern[str]], ...] = ()
    """(basis, period pattern): what 环比 is against after a paragraph names that
    period (二季度 -> 上季度, 3月份 -> 上月), where the title does not set it."""
    stock_flow_periods: tuple[tuple[str, regex.Pattern[str]], ...] = ()
    """(basis, period pattern): what a stock's bare change over that period is
    against (6月份 -> 上月末, 上半年 -> 年初)."""
    period_ends: tuple[str, ...] = ()
    """The end of a period (年末, 月底): a stock's sentence with one is of a point
    in time, not of a change over the period the paragraph named."""
    titled: bool = False
    """Whether the release's title set what 环比 is against (a 周报)."""
    span_start: regex.Pattern[str] | None = None
    """A sentence's opening span from a point in time (从2012年末到2019年末): its
    changes without a basis are on the span's start (group ``start``)."""
    per_span: regex.Pattern[str] | None = None
    """A trend's rate per span of years before its verb (平均每10年升高): group ``span``."""
    uncompared: regex.Pattern[str] | None = None
    """What before a change's verb says it compares with no period (每吨提高, 周内下跌)."""
    per_goods_unit: regex.Pattern[str] | None = None
    """A unit goods are priced per, after 每 (每公斤): no measure's name alone."""
    surveys: regex.Pattern[str] | None = None
    """Titles of releases that compare with an earlier survey, not the year before
    (第七次全国人口普查公报, 1%人口抽样调查)."""
    surveyed: bool = False
    """Whether the release is one of those: its bare changes are against the
    comparison the document last named (与2010年第六次全国人口普查相比)."""
    periods: regex.Pattern[str] | None = None
    """Periods a figure may be of (group ``period``), and the whole year (``whole``)."""
    comparison_before: regex.Pattern[str] | None = None
    """Words just before a period that make it a comparison's (比9月份)."""
    opener_lead: regex.Pattern[str] | None = None
    """What may stand before a period that opens a sentence (截至2024年)."""
    goes_on: regex.Pattern[str] | None = None
    """How a sentence that goes on with the one before's period begins (其中)."""
    price_basis: regex.Pattern[str] | None = None
    """Words of the prices a change is measured at; the name of the group that
    matched (real, nominal) is the fact's ``price_basis``."""
    headline_bases: tuple[str, ...] = ("上年", "上年末")
    """What a release's bare changes are against, where its paragraph named one
    of these: the year before, and in a weekly report the week before too."""

    def for_release(self, title: str) -> Quantities:
        """The grammar for a release of this title: a weekly report's 环比 is on
        the week before, not the month."""
        basis = next((b for b, pattern in self.sequential if pattern.search(title)), None)
        if basis is None:
            surveyed = bool(self.surveys and self.surveys.search(title))
            return replace(self, surveyed=True) if surveyed else self
        return replace(self, basis_of={**self.basis_of,
                                       **dict.fromkeys(self.sequential_words, basis)},
                       headline_bases=(*self.headline_bases, basis), titled=True)

    def kindred(self, unit: str) -> str:
        """The unit that stands for a unit's kin: figures in kindred units count
        the same things (牛…万头, 羊…万只), and so do a counter's written
        alternatives (头（只）) as its first counter's."""
        head = unit.split("（", 1)[0]
        return self.kin.get(head, head)


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """Words that shape a figure's subject (see patterns/vocabulary.yaml)."""

    fillers: regex.Pattern[str]
    place_words: tuple[str, ...]
    nation_rank: regex.Pattern[str]
    """A place's standing in the nation in a title (位居全国第一): no region of it."""
    rank_adverb: regex.Pattern[str]
    """Adverbs between a figure and the nation's rank it gives (以…继续领跑全国)."""
    range_join: regex.Pattern[str]
    """What joins the ends of a range, spaces around it too (500万至1000万)."""
    lead_words: regex.Pattern[str]
    trail_words: regex.Pattern[str]
    measure_words: tuple[str, ...]
    """Heads of measures, the owned ones included, longest first."""
    measure_word: regex.Pattern[str]
    """Any of ``measure_words``: a search finds where the first of them begins."""
    owned_measures: tuple[str, ...]
    measure_word_set: frozenset[str]
    """``measure_words`` as a set, with ``bare_measures`` (measures only alone): a
    subject is looked up in it for every figure, where a tuple of some 130 words is
    compared word by word."""
    owned_measure_set: frozenset[str]
    per_unit_measures: frozenset[str]
    """Amounts of a per-unit account (总成本, 净利润): named alone after a measure per
    unit, they are of the same entity and unit (…每头总成本…，净利润… -> …每头净利润)."""
    rate_words: tuple[str, ...]
    measure_modifiers: tuple[str, ...]
    statistic_modifiers: tuple[str, ...]
    """What makes a statistic of a measure over time (日均, 最高日): of its owner."""
    list_verbs: tuple[str, ...]
    deed_verbs: tuple[str, ...]
    span_verbs: tuple[str, ...]
    circumstance_ends: tuple[str, ...]
    """Words that end a clause setting a circumstance (在…的情况下): no subject."""
    extreme_words: tuple[str, ...]
    """Words that open the largest or smallest of a whole's parts (其中单笔最高…): no member."""
    owner_heads: tuple[str, ...]
    group_heads: tuple[str, ...]
    sample_verbs: tuple[str, ...]
    """Heads of a group of people whose rates follow its count (患者…人，规范管理率…)."""
    origin_heads: tuple[str, ...]
    """People a place word before them says where they come from (内地旅客)."""
    share_words: tuple[str, ...]
    event_heads: tuple[str, ...]
    settled_verbs: tuple[str, ...]
    payment_ends: tuple[str, ...]
    generic_heads: tuple[str, ...]
    predicate_starts: tuple[str, ...]
    place_part_verbs: tuple[str, ...]
    """Verbs of where a part is, before 的 and its figure (设在农村的3.6万处)."""
    member_words: tuple[str, ...]
    settlement_words: tuple[str, ...]
    """Kinds of settlement whose measures a list gives (建制镇用水普及率…，污水处理率…)."""
    member_heads: tuple[str, ...]
    goods_words: tuple[str, ...]
    """Goods a measure is given for one after another (石油…；天然气…；煤炭…)."""
    kind_heads: tuple[str, ...]
    """One-character heads that end a kind (乐透数字型, 竞猜型), not a rank of a name."""
    industry_sectors: tuple[str, ...]
    """The three sectors industry is broken down by (采矿业, 制造业, 电力…供应业)."""
    member_leads: tuple[str, ...]
    shared_affixes: tuple[str, ...]
    """What one-character members of a list share with the last (东、中、西|部地区)."""
    owner_verbs: tuple[str, ...]
    verb_adverbs: tuple[str, ...]
    milestone_words: tuple[str, ...]
    """Words after a figure that make it a milestone passed, no measure (新台阶)."""
    existential_verbs: tuple[str, ...]
    target_opener: regex.Pattern[str]
    """Names of targets opening a list of them (主要预期目标：, 发展目标为); ``colon``
    set where a colon opens it."""
    target_verbs: tuple[str, ...]
    target_adverbs: tuple[str, ...]
    project: regex.Pattern[str]
    """Projects named by their head and up to two words before it (民生实事, 重大工程)."""
    project_amounts: frozenset[str]
    """Verbs relating a measure to its target (达到, 距): one met before a list of
    targets makes it the actuals."""
    record_words: tuple[str, ...]
    cause_verbs: tuple[str, ...]
    cause_trails: tuple[str, ...]
    agent_totals: tuple[str, ...]
    measure_word_modifies: tuple[str, ...]
    agent_heads: tuple[str, ...]
    having_verbs: tuple[str, ...]
    receipt_verbs: tuple[str, ...]
    disposal_verbs: tuple[str, ...]
    member_measure_verbs: tuple[str, ...]
    owner_count_units: tuple[str, ...]
    measure_ends: tuple[str, ...]
    spending_ends: tuple[str, ...]
    employer_heads: tuple[str, ...]
    position_frames: tuple[str, ...]
    measure_openers: tuple[str, ...]
    """Words that open a measure of things counted just before (46个断面|水质…比例)."""
    verb_sums: tuple[str, ...]
    benefit_words: tuple[str, ...]
    """Money paid out to people (津贴), a measure of its own after another (医疗费用)."""
    verb_measures: tuple[str, ...]
    """Measures a lead word begins (完成投资, 发生额): it stays."""
    counterparts: dict[str, tuple[str, ...]]
    """Words that stand in each other's place in parallel clauses (昼间 -> 夜间)."""
    paired_measures: tuple[tuple[str, tuple[str, str]], ...]
    """Words that name two measures at once (产销 -> 产量, 销量), longest first."""
    list_heads: tuple[str, ...]
    institution_heads: tuple[str, ...]
    composition_words: tuple[str, ...]
    """Words after a measure that name its make-up (收入构成): its parts are measures."""
    concessive_words: tuple[str, ...]
    """Words that open a concession (虽然…，但…): a remark, naming no subject."""
    head_compounds: tuple[str, ...]
    """Words that begin with a head noun but name no holder (单位面积)."""
    list_closers: regex.Pattern[str]
    period_member: regex.Pattern[str]
    named_period: regex.Pattern[str]
    """A named period opening a sentence (春节假期, 暑期): the member of its measures."""
    named_period_requires: regex.Pattern[str] | None
    """Characters one of which every named period holds: a clause without one is
    not cleaned to be tested."""
    holiday: regex.Pattern[str]
    """A holiday by its name alone (春节, “五一”假期): after a year, a column's period."""
    frame: regex.Pattern[str]
    by_frame: regex.Pattern[str]
    component_topic: regex.Pattern[str]
    """A topic 从X看 that names the sub-indices of a scope (非制造业其他分类指数)."""
    measure_lead: regex.Pattern[str]
    aspect: regex.Pattern[str]
    """A clause naming what the sentence is about (人民币贷款方面): group ``topic``."""
    class_opened: regex.Pattern[str]
    """A clause opening with the class it picks some of out (乙类传染病中…): group ``whole``."""
    class_named: regex.Pattern[str]
    """The class a clause names after a list (…等新兴业务): group ``name``."""
    only_member: regex.Pattern[str]
    """A measure and its only member (常住人口…只有苏州市): groups ``measure``, ``member``."""
    defined: regex.Pattern[str]
    """A clause saying what a term's figure counts (高标准农田为当年新建面积): groups
    ``term``, ``what``."""
    definition: regex.Pattern[str]
    """A subject that defines a term (…企业是指年营业收入): groups ``term``, ``measure``."""
    contribution: regex.Pattern[str]
    """What a part gave to the growth of a whole (对地区生产总值增长的贡献率)."""
    computed: regex.Pattern[str]
    """A clause that says how its measure is computed (按…计算)."""
    threshold_member: regex.Pattern[str]
    """What a threshold is of, written after it (2000万元及以上的|批发业|企业): group ``member``."""
    count_measure: regex.Pattern[str]
    """The measure of a count of a thing's units (贷款|户数), after the thing."""
    compared: regex.Pattern[str]
    """Words of a change opening a figure's clause (比上年增加…): no member's level."""
    relative_predicate: regex.Pattern[str]
    area_part: regex.Pattern[str]
    counted_area: regex.Pattern[str]
    counted_cities: regex.Pattern[str]
    exclusion: regex.Pattern[str]
    subject_stops: tuple[str, ...]
    segmenter_words: tuple[str, ...]
    """Words jieba's dictionary cuts wrongly (得分为 as 得/分为), kept whole."""
    not_places: tuple[str, ...]
    """Words jieba's dictionary tags as places that bulletins use otherwise (普通高中)."""
    subject_numbers: regex.Pattern[str]
    unit_headers: frozenset[str]
    generic_value_headers: frozenset[str]
    """Headers of value columns that name no measure (绝对值, 本月), the period ones among them."""
    period_headers: frozenset[str]
    """Headers of the period a column covers, in words (本月, 累计)."""
    month_headers: frozenset[str]
    """The period headers that name the month a release reports (本月, 当月)."""
    member_headers: frozenset[str]
    generic_label_headers: frozenset[str]
    """Headers of a label column that say nothing of its rows (项目, 指标)."""
    target_headers: frozenset[str]
    row_number_headers: frozenset[str]
    """Headers of a column that numbers the rows (行次, 序号): no data."""
    account_sides: frozenset[str]
    """Row labels of an account's sides (贷方, 借方): members of the account row above."""
    unit_words: dict[str, tuple[str, ...]]
    """Base unit -> words of measures counted in it (人: 人数, 参保; 元: 收入, 支出)."""
    unit_caption: regex.Pattern[str]
    table_number: regex.Pattern[str]
    table_name: regex.Pattern[str]
    subrow_lead: regex.Pattern[str]
    previous_header: regex.Pattern[str]
    change_header: regex.Pattern[str]
    amount_change_header: regex.Pattern[str]
    """Headers of changes in the amount's own unit (比年初增减), not in %."""
    change_label: regex.Pattern[str]
    flat: regex.Pattern[str]
    list_standing: regex.Pattern[str]
    partner: regex.Pattern[str]
    """A trade measure after its partner (与东盟贸易总值, 对美国出口): groups ``lead``,
    ``partner``, ``measure``."""
    partner_standing: regex.Pattern[str]
    """A figureless clause that names a partner by its rank (欧盟为我国第二大贸易伙伴)."""
    partner_standing_requires: regex.Pattern[str] | None
    """Characters one of which every such clause holds: one without is not cleaned
    to be tested."""
    partner_heads: tuple[str, ...]
    carried_verbs: tuple[str, ...]
    parallel_measures: tuple[str, ...]
    progress_ends: tuple[str, ...]
    """Words after a list's members and measure that say where they stand (居前三位)."""
    """The end of a figureless clause that says its subject did not move (同比持平)."""
    moved: regex.Pattern[str]
    """The end of a figureless clause that says which way its subject moved (较上季轻微减少)."""
    trend: regex.Pattern[str]
    """The end of a figureless clause that says how its subject fared (稳步发展)."""
    turn: regex.Pattern[str]
    """The end of a figureless clause that says its subject turned (由降转升)."""
    grade: regex.Pattern[str]
    """A grade that opens a tier of one thing (二级|达标企业, 甲级|医院)."""
    overlap_words: tuple[str, ...]
    """Words of a breakdown's member that overlaps the others (不重复量): no sum."""
    double_counted: regex.Pattern[str]
    """A member that is the overlap counted twice by the others (重复计算量): subtracted."""
    own_whole_words: tuple[str, ...]
    """Bases of a share that are each member's own whole (占本地区…, 各自)."""
    running_period: regex.Pattern[str]
    """A period from the start of the year or a span (1-12月, 前三季度, 累计)."""
    divided_tiers: regex.Pattern[str]
    """A clause that only divides a measure into counted tiers (标准分为四档)."""
    superlative: regex.Pattern[str]
    """A clause naming the top or bottom of a breakdown (降水量最大, 其次是Y)."""
    origin_of_people: regex.Pattern[str]
    """After a place: people grouped by birth or residence (出生者, 居民人口)."""
    parallel_heads: tuple[str, ...]
    """Heads of measures a parallel clause writes without their owner (率, 余额)."""
    unsplit_ends: tuple[str, ...]
    """Ends of a measure that is no whole of a 分X看 breakdown after it (死亡率)."""
    moved_to_verbs: tuple[str, ...]
    """Verbs of moving before a place word that belongs to the name (迁往, 来到)."""
    staying_verbs: tuple[str, ...]
    """Verbs of where people are, after 在 and a place that names their class (工作)."""
    difference_words: tuple[str, ...]
    """Words of a difference between parts (贸易顺差): no part of their whole."""
    price_words: tuple[str, ...]
    """Prices of goods (进口均价, 出口单价)."""
    people_units: tuple[str, ...]
    """Units of people (人, 人次): a count of people owns no measure."""
    money_units: tuple[str, ...]
    """Units of money (元, 亿元): an amount owns no other amount after it."""
    case_units: tuple[str, ...]
    """Units of counts of cases, projects and deals (件, 单): they own the amounts after them."""
    deal_units: tuple[str, ...]
    """Units of counts of deals (宗, 笔): they own the amounts and the rates after them."""
    gain_ends: tuple[str, ...]
    """Ends of what deals saved or gained (节约资金, 增值): of the count before."""
    case_nouns: tuple[str, ...]
    """Nouns that name cases (案件): what the clause after their count names is theirs."""
    sample_units: tuple[str, ...]
    """Units that count samples taken (抽检…批次)."""
    share_of_ends: tuple[str, ...]
    """Ends of a share or a rate: a member's share of one names no whole."""
    rate_of_parts: tuple[str, ...]
    """The share of parts that grew or fell (增长面): a measure."""
    contribution_verbs: tuple[str, ...]
    """A measure's contribution to a whole's growth (拉动, 带动)."""
    bare_totals: tuple[str, ...]
    """Measures that are only a total, named by the word before them (用水总量)."""
    by_rate_words: tuple[str, ...]
    """Words before the rate something is done at (按照30%的比例)."""
    doer_heads: tuple[str, ...]
    """Heads of those who do an act (外出务工农村劳动力): a subject so ending names its doer."""
    ranked: regex.Pattern[str]
    """A ranking and what follows it (最高的三个行业是…)."""
    ranking: regex.Pattern[str]
    """The ranking in a list's lead (居前的, 最高的三个, 排名前三位的省份)."""
    giving_verbs: regex.Pattern[str]
    """Verbs of giving to, whose object a head noun after them is (授予, 面向)."""
    cause_leads: tuple[str, ...]
    """Words opening why a place's figure stands out (因, 由于)."""
    group_listed: regex.Pattern[str]
    """A group before the verb that lists its places (长三角地区城市包括…)."""
    quality_grades: tuple[str, ...]
    """The grades of that clause (优, 良好, 轻度污染)."""
    member_graded: regex.Pattern[str]
    """A clause naming a member and its grade, no figure (长江流域水质为优)."""
    ranking_head: regex.Pattern[str]
    """A ranking's head before its list (居前3位的, 前十大, 最多的三个): the list is some parts."""
    ranked_list: regex.Pattern[str]
    """A list after a ranked lead and its copula (出口增长较快的领域是A、B): the lead's
    measure is the list's."""
    rate_applied: regex.Pattern[str]
    """The name of a rate after its figure (…30%的比例)."""
    done_to: regex.Pattern[str]
    """What was done to those counted (食品开展抽检: 抽检食品)."""
    bound_after: regex.Pattern[str]
    """A bound right after a measure word (面积2000亩及以上, 票房过10亿元)."""
    main_list: regex.Pattern[str]
    """A list framed as the main parts (以A、B为主): 以 and 为主 are no member's."""
    list_opening: regex.Pattern[str]
    """The opening of a list of members (依次为：, 其次是)."""
    placed: regex.Pattern[str]
    """The places a list holds in a ranking (分列第二、三位, 分列…前三位)."""
    class_bound: regex.Pattern[str]
    """A class's bound inside a member's name (30万亩及以上灌区, 过10亿元的)."""

    area_ends: tuple[str, ...]
    """How the name of an area ends (县城, 建制镇建成区, 全省)."""
    area_frames: tuple[str, ...]
    """Ends of a breakdown by area (分地区看, 分县（市、区）看): its members are areas."""
    area_heads: tuple[str, ...]
    """Heads of an area named as a member without a frame (其他地区)."""
    rest_words: tuple[str, ...]
    """Words that begin the rest of a list, not "its" (其他快递业务收入)."""
    range_words: tuple[str, ...]
    """What goes on a member into a range (一级|及以下, 60岁|及以上)."""
    negations: tuple[str, ...]
    """Prefixes that make a word the other one's complement (非私营单位, 未成年人)."""
    bound_suffixes: tuple[str, ...]
    not_industry_ends: tuple[str, ...]
    """Words ending in 业 that name no industry (企业, 就业, 工业): no member under 分行业看."""
    """Suffixes that make a word an attribute, no name of its own (工资性, 经营净)."""
    list_copulas: tuple[str, ...]
    """What leads from a measure into the members listed after it (…的三个行业是A，B，C)."""
    per_heads: tuple[str, ...]
    """What a per-population measure is per (每千人口, 每万户): a scale or a head."""
    institution_units: frozenset[str]
    """Units that count institutions and facilities (家, 座; not 个)."""
    part_ratios: tuple[str, ...]
    """A ratio of those of a group that the words before it name (…就读的比例)."""
    restating_words: tuple[str, ...]
    """Words that restate a figure in another unit (120亿斤（合600万吨）)."""
    nested_openers: tuple[str, ...]
    """Clauses that open the parts of a breakdown's member (其中：省级1个…)."""
    period_frames: tuple[str, ...]
    holiday_frames: tuple[str, ...]
    """A breakdown by period (分季度看, 从季节看): its members are period_member."""
    object_prepositions: tuple[str, ...]
    item_units: tuple[str, ...]
    """Units of things counted whose amount follows as a bare 额 (…4.2万项，成交额…)."""
    source_place: regex.Pattern[str]
    """A sentence's source, a body of a province or city, before its 全省/全市."""
    leading_origin: regex.Pattern[str]
    """An origin ranked first before a share (来自|广东省|的游客最多，占…)."""
    """Before a count that is their object (对, 向)."""
    sum_openers: tuple[str, ...]
    """A subject that sums the members before (合计, 共占)."""
    list_whole_leads: tuple[str, ...]
    """A measure opening with them after a list of counts is of all of it (总面积)."""
    object_pointers: tuple[str, ...]
    """Where an act's object would stand, pointing back to it (通过其中25件)."""
    all_of_words: tuple[str, ...]
    """Before a member's head, they name all or the one in hand (各, 该)."""
    copulas: tuple[str, ...]
    """Copulas: opening a clause on the figure before (为全年最高), before a list."""
    next_ranks: tuple[str, ...]
    """Words after a figure that rank it below the first (…91.2万元次之)."""
    measure_noun_end: regex.Pattern[str]
    """How the name of an amount or rate ends (零售额, 产量, 普及率)."""
    concentration_end: regex.Pattern[str]
    """How the name of a mean or a concentration ends (PM2.5平均浓度, 年均值)."""
    rate_end: regex.Pattern[str]
    """How the name of a rate or share ends (增长面, 达标率, 比重)."""
    share_end: regex.Pattern[str]
    """How the name of a share ends (比例, 比重, 参保率)."""
    average: regex.Pattern[str]
    """Words of an average or a per-head figure (人均, 日均, 平均)."""
    per_head_start: regex.Pattern[str]
    """How a per-head figure opens (月人均, 人均)."""
    per_case: regex.Pattern[str]
    """Words of an average per head, per day or per case (次均, 平均)."""
    head_average: regex.Pattern[str]
    """Words of an average per head (人均, 户均; not 平均)."""
    class_head: regex.Pattern[str]
    """A name of a class (肉类总产量), its head (肉) in the group ``head``."""
    enum_separator: regex.Pattern[str]
    """What separates the names of a list (、, 以及, 和)."""
    measure_list: regex.Pattern[str]
    """Between measures listed of one owner (总产出和增加值)."""
    flow: regex.Pattern[str]
    """What was added in the period (全年新建5G基站, 新认定): a flow."""
    tally: regex.Pattern[str]
    """A tally of a period before a bare verb (累计领用, 新增发放)."""
    next_in_rank: regex.Pattern[str]
    """The next place in a ranking (其次, 次之, 第二)."""
    threshold: regex.Pattern[str]
    """Words of a threshold in a part's condition (超过1年的, 1年以上的)."""
    count_bound: regex.Pattern[str]
    """The bound word of a class a count counts (人口超过500万人的市有1个)."""
    count_bound_before_figure: regex.Pattern[str]
    """That bound right before its figure (营业收入超过|100亿元)."""
    label_trail: regex.Pattern[str]
    """What a paragraph's label may say of its owner besides its name (…企业审计)."""
    ranked_by_figure: regex.Pattern[str]
    """A measure after a figure, then the verb of its rank (…的产量居全国第三位)."""
    part_after: regex.Pattern[str]
    """Where a figure in brackets is or goes to, after it (（…）主要分布在制造业)."""
    counted_group: regex.Pattern[str]
    """Members listed, then the counted group they make (广东、江苏、浙江三省)."""
    per_capita: regex.Pattern[str]
    """What a per-population measure is per (每千人口, 每万户)."""
    per_head_lead: regex.Pattern[str]
    """A clause that names the rate per head of the list after it (按每千人口计，)."""
    count_verb: regex.Pattern[str]
    """An existential verb of two characters or more right before a figure (发现|3.14万人)."""
    share_of: regex.Pattern[str]
    """A member's share named after the member (0—14岁人口的比重, 城镇所占比重)."""
    share_whole: regex.Pattern[str]
    """The whole a share is of, as its measure names it (占地区生产总值的|比重)."""
    campaign: regex.Pattern[str]
    """A clause of a campaign against something (严惩电信网络诈骗犯罪)."""
    target_after: regex.Pattern[str]
    """Words after a figure that make it a target (…的规划目标)."""
    target_bracket: regex.Pattern[str]
    """A figure in brackets right after a target (目标（90%以上）)."""
    extreme_end: regex.Pattern[str]
    """A measure's extreme (年降水量最大点, 最低值)."""
    caption: regex.Pattern[str]
    """A data box's caption (近五年我国软件业务收入情况): the measure of its rows."""
    list_lead: regex.Pattern[str]
    """What a list of names with bracketed figures is of (…居前的为杭州（3.86%）)."""
    picked_by: regex.Pattern[str]
    """A count of the members a bound on a measure picks (经费超过千亿元的省（市）)."""
    class_count: regex.Pattern[str]
    """A class by a threshold or a band, then the noun it counts (人口超过500万人的市有)."""
    class_after_count: regex.Pattern[str]
    """A bound on a measure after a count of places (等5市酸雨频率高于20%)."""
    class_after_counted: regex.Pattern[str]
    """A count after 有, its noun, then the bound that picks them (有1041家企业
    营业收入超过100亿元)."""
    rank_before: regex.Pattern[str]
    """A clause giving a rank before the clause of its move (长沙经开区排名第9位，)."""
    member_share: regex.Pattern[str]
    """A member named before its share (城镇占…); an aside is one of its words."""
    list_separator_at_start: regex.Pattern[str]
    """A list going on after a figure, perhaps after the count's measure (…12人死亡、5人受伤)."""
    share_of_whole: regex.Pattern[str]
    """What names a share after its whole (占持证残疾人总数比例, 占移动电话用户的比重)."""
    part_count: regex.Pattern[str]
    """A count of the part of a counted whole (41个大类行业中有30个…)."""
    counted_thing_listed: regex.Pattern[str]
    """The thing a count is of, after it, then the next count of a list (214枚金牌、)."""
    post_stop: regex.Pattern[str]
    """Where the words after a figure stop naming its subject (比上, 同比, 注1)."""
    each: regex.Pattern[str]
    """Words after a list of members that say it of each (甲市、乙市…均低于)."""
    divided_into: regex.Pattern[str]
    """The classes a measure is divided into, closing the clause before (标准分为A、B、C三档，)."""
    counted_frame: regex.Pattern[str]
    """A frame that counts the places it covers (珠三角9市中, 全县18个乡镇中, 31个省份中)."""
    or_after_figure: regex.Pattern[str]
    """A figure, its unit and 或 before another (增加1079元或2.43%)."""
    facility_name: regex.Pattern[str]
    """A facility or a zone named after the place (宁波舟山港, 广州南站)."""
    place_system: regex.Pattern[str]
    """A city's transit system after the city's name (广州|地铁, 北京|轨道交通)."""
    qizhong_clause: regex.Pattern[str]
    """A clause that is only 其中, before the one of the first member (…，其中，专任教师…)."""
    labelled_goes_on: regex.Pattern[str]
    """After a labelled figure (X：12.3), a list or a comparison going on (，同比增长)."""
    count_noun_and: regex.Pattern[str]
    """A noun then a conjunction (DRG付费试点城市和, 设区市及)."""
    measure_bound: regex.Pattern[str]
    """A bound written right after the measure it bounds (设计灌溉面积2000亩及以上的灌区)."""
    examples_before_count: regex.Pattern[str]
    """Examples of what a count counts, after 对 and before 等 (对肉制品等33大类食品)."""
    share_in_words: regex.Pattern[str]
    """A share written in words, then its figure in brackets (企业的近六成（58.2%）)."""
    band_class: regex.Pattern[str]
    """A class named by a band or a place, 的, and the noun it qualifies (位于…地区的耕地)."""
    population_scope: regex.Pattern[str]
    """An age scope and an attribute of the people in it (15岁及以上人口的平均受教育年限)."""
    member_share_of: regex.Pattern[str]
    """A member's share of a whole it names (农药残留超标占不合格样品总量的)."""
    main_part: regex.Pattern[str]
    """A clause naming the main part of what the sentence counted (以3-9岁儿童为主)."""
    main_member: regex.Pattern[str]
    """A clause naming the main kind of a way of doing (公开招标仍是主要采购方式)."""
    weight_words: tuple[str, ...]
    """What a measure is given in an index's make-up (新订单指数，权数为30%)."""
    next_member_share: regex.Pattern[str]
    """The next member's share right after, as a list of them goes on (，微生物污染占17.2%)."""
    count_in_words: regex.Pattern[str]
    """A count in words that ends a clause (自然保护地近万处, 三千余家)."""
    place_part: regex.Pattern[str]
    """A part named by where it is (其中设在农村的)."""
    condition: regex.Pattern[str]
    """A part named by a threshold (其中超过1年的, 闲置1年以上的) before its figure."""
    ordinal_range: regex.Pattern[str]
    """Classes named as a range of their ordinals (一类至四类地区, 第一档至第三档)."""
    name_before_bracket: regex.Pattern[str]
    """A member named before the bracket that holds its figure (依次为广东（4802.6亿元）)."""
    heading_trail: regex.Pattern[str]
    """What a heading says after its measure (…教育经费增长情况, …经费执行情况)."""
    parts_opening: regex.Pattern[str]
    """A sentence about the parts of what the one before it stated."""
    basis_lead: regex.Pattern[str]
    """What opens a basis written out (比…, 与…相比; not 同期, a period)."""
    basis_trail: regex.Pattern[str]
    """What closes a basis written out (…相比, 上年数)."""
    on_top_of: regex.Pattern[str]
    """A basis written as what a figure is on top of (在基本医保基础上)."""
    census_after_year: regex.Pattern[str]
    """The census a year's figures come from (2010年第六次全国人口普查)."""
    target_bound: regex.Pattern[str]
    """A figure as the bound of a target (…的预期目标以内)."""
    kind_header: regex.Pattern[str]
    """A label header that names a kind of thing (机型, 船舶类型, 学校类别)."""
    total_row: regex.Pattern[str]
    """The row of a breakdown's total."""
    achieved: regex.Pattern[str]
    """What was achieved in the comparison period (上年完成, 上年实际数)."""
    growth_header: regex.Pattern[str]
    """A header of a relative change alone, without a unit (增长, 比上年增长, 增速)."""
    rate_label: regex.Pattern[str]
    """A row label that names a rate (亏损面, 资产负债率, 营业收入利润率)."""
    listed: regex.Pattern[str]
    """What separates the members of a list of figures (A、B和C)."""
    breakdown_leads: tuple[str, ...]
    """What announces a breakdown in a table's caption (分行业…, 按地区…)."""
    percent_words: tuple[str, ...]
    """Words that end a header of figures in % (按年变动百分率, 所占百分比)."""
    member_item: regex.Pattern[str]
    """A numbered item that names only a member and 为 (1.全国幼儿园为10227元)."""
    heading_place: regex.Pattern[str]
    """The whole place a heading opens with (全省…)."""
    quoted_title: regex.Pattern[str]
    """A bulletin's title quoted in its text (《…统计公报》)."""
    continued_table: regex.Pattern[str]
    """A table continued from the page before (续表)."""
    yearbook: regex.Pattern[str]
    """A yearbook named by its edition (宜昌年鉴2021, 桐庐年鉴（2016）)."""
    yearbook_sector: regex.Pattern[str]
    """The sector a yearbook's name ends with, after its place (宜昌统计年鉴)."""
    breadcrumb: regex.Pattern[str]
    """A web page's trail of links (当前位置：首页 > 统计数据): no title."""
    census: regex.Pattern[str]
    """A national census by its number (第七次全国人口普查)."""
    national_survey: regex.Pattern[str]
    """So is 全国 in a national sample survey's (湖南省2015年全国1%人口抽样调查)."""
    national: regex.Pattern[str]
    """Words of a title that speak for the nation (中国, 国务院, 央行, 海关总署)."""
    not_entry_title: regex.Pattern[str]
    """A bracketed line that titles no yearbook entry (…讯, a bare numeral)."""
    publication: regex.Pattern[str]
    """A title's words that name a publication, no yearbook part (年鉴, 公报)."""
    nation_words: tuple[str, ...]
    """Names of the nation in a title (全国, 国家统计局): no region."""
    generic_titles: tuple[str, ...]
    """Labels that head a release without naming it (新闻稿, 统计公报)."""
    special_regions: tuple[str, ...]
    """Regions named without an administrative suffix (香港, 澳门)."""
    bodies_before_region: tuple[str, ...]
    """Bodies whose name puts their region after them (政协成都市委员会)."""
    frame_parts: tuple[str, ...]
    """Parts of a yearbook that hold no entries (大事记, 附录): they end the entries above."""
    station: regex.Pattern[str]
    """A station measured at, named with its place (梁家庄站, 北京门头沟区王家园水库站)."""
    named_area: regex.Pattern[str]
    """A region named as an area of a kind (皖北地区, 成都平原经济区)."""
    member_of_rate: regex.Pattern[str]
    """A member (a name, perhaps a list."""
    period_unit: regex.Pattern[str]
    """How a period listed by its number ends (7、8月份; 一、二季度)."""
    grade_class: regex.Pattern[str]
    """A water (soil, air) quality grade."""
    industry_name: regex.Pattern[str]
    """An industry's name, however long (电力、热力、燃气及水生产和供应业)."""
    industry_lead: regex.Pattern[str]
    """An industry's name opening a subject (建筑业|则录得撤资)."""
    roc_year: regex.Pattern[str]
    """A year of the Republic of China calendar (民国113年)."""
    county: regex.Pattern[str]
    """A county named by one character (沛县, 萧县)."""
    census_years: dict[str, dict[int, int]]
    """The year of each national census of a kind, by its number (人口: 第七次 -> 2020)."""

@dataclass(frozen=True, slots=True, eq=False)
class RuleSet:
    """Everything in a patterns directory, compiled. A rule set is equal to
    itself only (and hashes so): a function of a text and the rules may be
    memoised (``functools.lru_cache``)."""

    directory: Path
    fragments: dict[str, str]
    quantities: Quantities
    vocabulary: Vocabulary
    headings: tuple[HeadingRule, ...]
    heading_start: regex.Pattern[str]
    """Any heading ordinal at the start of a line."""
    title_ends: str
    fact_rules: tuple[Rule, ...]
    """Highest priority first."""
    nonfact_rules: tuple[Rule, ...]
    quantity: regex.Pattern[str]
    """Full match of one quantity, parts named qb, num, qm, scale, unit, qa."""
    number: regex.Pattern[str]
    basis: regex.Pattern[str]
    """A comparison period as written (比上年, 同比, 与2020年相比)."""
    basis_opener: regex.Pattern[str]
    """A paragraph's opening words that name its comparison (从同比看，), group basis."""
    departure: regex.Pattern[str]
    """A departure with what it departs from (比多年平均值偏少), group basis."""
    unit_start: regex.Pattern[str]
    """A scale or unit at the start of a text (万人…, %…)."""

    @property
    def table_rule(self) -> Rule:
        """The rule for a table's value cells."""
        return next(r for r in self.fact_rules if r.table)

    def rule(self, rule_id: str) -> Rule:
        for rule in (*self.fact_rules, *self.nonfact_rules):
            if rule.id == rule_id:
                return rule
        raise KeyError(rule_id)


def default_directory() -> Path:
    """The shipped rules: inside the installed package, or the repository's."""
    here = Path(__file__).resolve().parent
    packaged = here / "patterns"
    return packaged if packaged.is_dir() else here.parent / "patterns"


def rules_fingerprint(directory: Path | None = None) -> str:
    """A digest of the rule files: it changes whenever a rule file does.

    A database of extracted documents records it, so that a rerun extracts
    again what the new rules would extract differently.
    """
    directory = Path(directory) if directory else default_directory()
    digest = hashlib.sha256()
    for name in FILES:
        path = directory / name
        digest.update(name.encode() + b"\0" + (path.read_bytes() if path.is_file() else b""))
    return digest.hexdigest()[:16]


def _counterparts(pairs: list[list[str]]) -> dict[str, tuple[str, ...]]:
    """Each word of the pairs -> the words it stands in the place of."""
    found: dict[str, tuple[str, ...]] = {}
    for pair in pairs:
        for word in pair:
            found[str(word)] = (*found.get(str(word), ()), *(str(o) for o in pair if o != word))
    return found


@cache
def load_rules(directory: Path | None = None) -> RuleSet:
    """Load, validate and compile the rule files of ``directory``.

    A compiled rule set is kept in the cache (``cache.py``) under the bytes
    of the rule files, of this module and the regex module's version, so a
    process after the first loads it without compiling.
    """
    directory = Path(directory) if directory else default_directory()
    parts = [rules_fingerprint(directory), str(directory), Path(__file__).read_text("utf-8"),
             regex.__version__, sys.version]
    rules = cached("rules", [p.encode() for p in parts], lambda: _compile_rules(directory),
                   RuleSet)
    add_words(rules.vocabulary.segmenter_words)  # (a cached rule set too: jieba is per process)
    return rules


def _compile_rules(directory: Path) -> RuleSet:
    docs = {name: _load_yaml(directory / name) for name in FILES}
    quantities_doc = docs["quantities.yaml"]
    # Word lists go into patterns as the regex module's named lists (\L<unit>),
    # matched by a set lookup: compiling an alternation of every unit into
    # each of the patterns that mention it was most of the start-up.
    lists = _word_lists(quantities_doc, f"{directory.name}/quantities.yaml")
    fragments = {name: _list_fragment(name, words) for name, words in lists.items()}
    # A scale is not read where a unit starts (5000千瓦 is in 千瓦, 120兆瓦 in 兆瓦).
    scale_led = [u for u in lists["unit"] if any(u.startswith(s[0]) for s in lists["scale"])]
    if scale_led:
        fragments["scale"] = f"(?!{words_pattern(scale_led)})" + fragments["scale"]
    # (An alternation, not a named list: patterns compiled without the lists use it.)
    fragments["currency_word"] = words_pattern(quantities_doc.get("currencies", []))
    raw_fragments = _mapping(docs["fragments.yaml"], "fragments", "fragments.yaml")
    fragments.update({k: str(v) for k, v in raw_fragments.items()})
    if "quantity" not in fragments:
        raise PatternFileError(f"{directory}/fragments.yaml: missing fragment 'quantity'")
    # {q} is {quantity} without its group names, so a rule can repeat it.
    fragments["q"] = _NAMED_GROUP.sub("(?:", fragments["quantity"])
    expanded = _expand_all(fragments, f"{directory.name}/fragments.yaml")
    compile_ = _Compiler(expanded, lists)

    headings_doc = docs["headings.yaml"]
    headings = tuple(_heading_rule(item, compile_) for item in headings_doc.get("headings", []))
    heading_start = compile_("|".join(f"(?:{h.pattern.pattern})" for h in headings),
                             "headings.yaml", "heading_start")
    fact_rules = _rules(docs["facts.yaml"], "facts.yaml", compile_, fact=True)
    nonfact_rules = _rules(docs["nonfacts.yaml"], "nonfacts.yaml", compile_, fact=False)
    ids = [r.id for r in (*fact_rules, *nonfact_rules)] + [h.id for h in headings]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    if duplicates:
        raise PatternFileError(f"{directory}: duplicate rule ids: {', '.join(duplicates)}")
    return RuleSet(
        directory=directory,
        fragments=expanded,
        quantities=_quantities(quantities_doc),
        vocabulary=_vocabulary(docs["vocabulary.yaml"], compile_),
        headings=headings,
        heading_start=heading_start,
        title_ends=str(headings_doc.get("title_ends", "。")),
        fact_rules=tuple(sorted(fact_rules, key=lambda r: -r.priority)),
        nonfact_rules=tuple(nonfact_rules),
        quantity=compile_(f"(?:{expanded['quantity']})", "fragments.yaml", "quantity"),
        number=compile_(expanded["num"], "fragments.yaml", "num"),
        basis=compile_(expanded["basis"], "fragments.yaml", "basis"),
        basis_opener=compile_(expanded.get("basis_opener", "(?!)"), "fragments.yaml",
                              "basis_opener"),
        departure=compile_(expanded.get("departure", "(?!)"), "fragments.yaml", "departure"),
        unit_start=compile_(f"(?:{expanded['scale']}|{expanded['unit']})", "fragments.yaml",
                            "unit_start"),
    )


def _list_fragment(name: str, words: list[str]) -> str:
    """A word list as a fragment: ``\\L<name>`` behind a test of its first
    character, since the set lookup is slow and is tried at every digit a
    pattern backtracks over; the test only rules out what the list cannot match.

    >>> print(_list_fragment("scale", ["万", "亿", "万亿"]))
    (?=[万亿])\\L<scale>
    """
    if not words:
        return "(?!)"
    if "" in words:
        return rf"\L<{name}>"
    firsts = "".join(regex.escape(c) for c in dict.fromkeys(w[0] for w in words))
    return rf"(?=[{firsts}])\L<{name}>"


def words_pattern(words: list[str] | tuple[str, ...]) -> str:
    """An alternation of literal words, longest first.

    >>> words_pattern(["万", "万亿", "亿"])
    '万亿|万|亿'
    """
    ordered = sorted(dict.fromkeys(str(w) for w in words), key=lambda w: (-len(w), w))
    return "|".join(regex.escape(w) for w in ordered)


# --- loading helpers -----------------------------------------------------------------


# libyaml's safe loader where PyYAML was built with it: it reads the rule files
# in a tenth of the pure-Python loader's time, which every process pays.
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _load_yaml(path: Path) -> dict[str, Any]:
    try:
        with path.open(encoding="utf-8") as f:
            data = yaml.load(f, Loader=_YAML_LOADER)
    except FileNotFoundError as exc:
        raise PatternFileError(f"{path}: missing rule file") from exc
    except yaml.YAMLError as exc:
        raise PatternFileError(f"{path}: not valid YAML: {exc}") from exc
    if not isinstance(data, dict):
        raise PatternFileError(f"{path}: expected a mapping at the top level")
    return data


def _mapping(doc: dict[str, Any], key: str, where: str) -> dict[str, Any]:
    value = doc.get(key)
    if not isinstance(value, dict):
        raise PatternFileError(f"patterns/{where}: '{key}' must be a mapping")
    return value


def _word_lists(doc: dict[str, Any], where: str) -> dict[str, list[str]]:
    """The word lists of quantities.yaml that patterns use as fragments."""
    try:
        qualifiers = doc["qualifiers"]
        comparison = doc["comparison"]
        fragments = {
            "scale": list(doc["scales"]),
            "unit": doc["units"],
            "point_unit": doc["point_units"],
            "growth_unit": doc["growth_units"],
            "count_unit": doc["count_units"],
            "up": comparison["up"],
            "up_after_basis": comparison.get("up_after_basis", []),
            "down_after_basis": comparison.get("down_after_basis", []),
            "moved": comparison.get("moved", []),
            "down": comparison["down"],
            "than_up": comparison["than_up"],
            "than_down": comparison["than_down"],
            "manner": comparison.get("manner", []),
            "basis_word": [w for ws in comparison["basis"].values() for w in ws],
            "earlier_period": [w for basis in comparison.get("earlier_periods", [])
                               for w in comparison["basis"][basis]],
            "basis_alone": [w for ws in comparison.get("basis_alone", {}).values() for w in ws],
        }
        for position in ("before", "mid", "after"):
            fragments[f"qual_{position}"] = [w for q in qualifiers.values()
                                             for w in q.get(position, [])]
        return {name: [str(w) for w in words] for name, words in fragments.items()}
    except (KeyError, TypeError, AttributeError) as exc:
        raise PatternFileError(f"{where}: missing or malformed section {exc}") from exc


def _expand_all(fragments: dict[str, str], where: str) -> dict[str, str]:
    expanded: dict[str, str] = {}

    def expand(name: str, stack: tuple[str, ...]) -> str:
        if name in expanded:
            return expanded[name]
        if name in stack:
            raise PatternFileError(f"{where}: fragment cycle {' -> '.join((*stack, name))}")
        if name not in fragments:
            raise PatternFileError(f"{where}: fragment {{{stack[-1]}}} uses unknown "
                                   f"fragment {{{name}}}")
        text = _FRAGMENT_REF.sub(lambda m: f"(?:{expand(m.group(1), (*stack, name))})",
                                 fragments[name])
        expanded[name] = text
        return text

    for name in fragments:
        expand(name, ())
    return expanded


class _Compiler:
    """Substitutes fragments into a pattern and compiles it, naming the culprit on error."""

    def __init__(self, fragments: dict[str, str], lists: dict[str, list[str]]) -> None:
        self.fragments = fragments
        self.lists = lists

    def __call__(self, pattern: str, where: str, rule_id: str,
                 lead: bool = False) -> regex.Pattern[str]:
        """The pattern compiled; ``lead``: behind a test of its first characters
        (``leading.py``), for a pattern tried at every place of short texts."""

        def substitute(match: regex.Match[str]) -> str:
            name = match.group(1)
            if name not in self.fragments:
                raise PatternFileError(f"patterns/{where}: rule {rule_id}: unknown fragment "
                                       f"{{{name}}}")
            return f"(?:{self.fragments[name]})"

        text = _FRAGMENT_REF.sub(substitute, pattern)
        if lead:
            text = with_leading_test(text, self.lists)
        try:
            return regex.compile(text, FLAGS, ignore_unused=True, **self.lists)
        except regex.error as exc:
            raise PatternFileError(f"patterns/{where}: rule {rule_id}: pattern does not "
                                   f"compile: {exc}") from exc


_RULE_KEYS = {f.name for f in fields(Rule)} - {"source"}
_EXPECT_KEYS = {"kind", "value", "unit", "basis", "qualifier", "indicator", "dimension"}


def _rules(doc: dict[str, Any], where: str, compile_: _Compiler, fact: bool) -> list[Rule]:
    items = doc.get("rules")
    if not isinstance(items, list) or not items:
        raise PatternFileError(f"patterns/{where}: 'rules' must be a non-empty list")
    return [_rule(item, where, compile_, fact) for item in items]


def _rule(item: Any, where: str, compile_: _Compiler, fact: bool) -> Rule:
    if not isinstance(item, dict) or "id" not in item:
        raise PatternFileError(f"patterns/{where}: every rule needs an 'id'")
    rule_id = str(item["id"])
    unknown = set(item) - _RULE_KEYS
    if unknown:
        raise PatternFileError(f"patterns/{where}: rule {rule_id}: unknown keys "
                               f"{', '.join(sorted(unknown))}")
    if "pattern" not in item:
        raise PatternFileError(f"patterns/{where}: rule {rule_id}: missing 'pattern'")
    if fact and item.get("kind") not in ("level", "previous", "compare"):
        raise PatternFileError(f"patterns/{where}: rule {rule_id}: kind must be level, "
                               "previous or compare")
    pattern = compile_(str(item["pattern"]), where, rule_id)
    if fact and "q" not in pattern.groupindex:
        raise PatternFileError(f"patterns/{where}: rule {rule_id}: pattern captures no "
                               "quantity (group q)")
    examples = tuple(_example(e, where, rule_id, fact) for e in item.get("examples") or [])
    if not examples:
        raise PatternFileError(f"patterns/{where}: rule {rule_id}: needs at least one example")
    requires = compile_(str(item["requires"]), where, rule_id) if "requires" in item else None
    return Rule(id=rule_id, pattern=pattern, source=where, requires=requires,
                description=str(item.get("description", "")), kind=str(item.get("kind", "")),
                priority=int(item.get("priority", 0)), range=bool(item.get("range", False)),
                ratio=bool(item.get("ratio", False)), table=bool(item.get("table", False)),
                examples=examples)


def _example(item: Any, where: str, rule_id: str, fact: bool) -> Example:
    key = "expect" if fact else "explains"
    if not isinstance(item, dict) or "text" not in item or key not in item:
        raise PatternFileError(f"patterns/{where}: rule {rule_id}: each example needs "
                               f"'text' and '{key}'")
    if fact:
        rows = item["expect"]
        if not isinstance(rows, list) or not rows:
            raise PatternFileError(f"patterns/{where}: rule {rule_id}: example "
                                   f"{item['text']!r} expects no rows")
        for row in rows:
            unknown = set(row) - _EXPECT_KEYS
            if unknown:
                raise PatternFileError(f"patterns/{where}: rule {rule_id}: example expects "
                                       f"unknown columns {', '.join(sorted(unknown))}")
        return Example(text=str(item["text"]), expect=tuple(dict(r) for r in rows))
    return Example(text=str(item["text"]), explains=tuple(str(n) for n in item["explains"]))


def _heading_rule(item: Any, compile_: _Compiler) -> HeadingRule:
    try:
        rule_id, level, pattern = str(item["id"]), int(item["level"]), str(item["pattern"])
    except (KeyError, TypeError, ValueError) as exc:
        raise PatternFileError(f"patterns/headings.yaml: heading needs id, level and "
                               f"pattern ({exc})") from exc
    compiled = compile_(pattern, "headings.yaml", rule_id)
    if "ordinal" not in compiled.groupindex:
        raise PatternFileError(f"patterns/headings.yaml: rule {rule_id}: no group 'ordinal'")
    examples = tuple(str(e) for e in item.get("examples") or [])
    if not examples:
        raise PatternFileError(f"patterns/headings.yaml: rule {rule_id}: needs examples")
    return HeadingRule(id=rule_id, level=level, pattern=compiled, examples=examples)


def _quantities(doc: dict[str, Any]) -> Quantities:
    qualifier_of = {
        (position, word): name
        for name, positions in doc["qualifiers"].items()
        for position, words in positions.items()
        for word in words
    }
    goods = words_pattern(tuple(doc["comparison"].get("goods_units") or ()))
    basis_of = {w: basis for section in ("basis", "basis_alone")
                for basis, words in doc["comparison"].get(section, {}).items() for w in words}

    def period_pattern(key: str) -> regex.Pattern[str] | None:
        """A pattern of the optional ``periods`` section, None without it."""
        return regex.compile(doc["periods"][key]) if doc.get("periods") else None

    def basis_by_word(key: str) -> dict[str, str]:
        """A comparison map written basis → words (上月: [单月, 当月]), by word."""
        return {str(word): str(basis) for basis, words
                in (doc["comparison"].get(key) or {}).items() for word in words}

    return Quantities(
        scales={k: Decimal(str(v)) for k, v in doc["scales"].items()},
        units=tuple(doc["units"]),
        point_units=frozenset(doc["point_units"]),
        rate_points=dict(doc.get("rate_points", {})),
        growth_units=frozenset(doc["growth_units"]),
        count_units=frozenset(doc["count_units"]),
        currencies=tuple(doc.get("currencies", ())),
        qualifier_of=qualifier_of,
        down_verbs=frozenset(doc["comparison"]["down"]) | frozenset(doc["comparison"]["than_down"])
        | frozenset(doc["comparison"].get("down_after_basis", []))
        | frozenset(doc["comparison"].get("short_down") or ()),
        up_verbs=frozenset(doc["comparison"]["up"]) | frozenset(doc["comparison"]["than_up"]),
        basis_of=basis_of,
        flow_periods=tuple(doc["comparison"].get("flow_periods", [])),
        flow_measures=tuple(doc["comparison"].get("flow_measures", [])),
        stock_words=tuple(doc["comparison"].get("stock_words", [])),
        growth_measures=tuple(doc["comparison"].get("growth_measures", [])),
        implied_basis=basis_by_word("implied_basis"),
        single_periods=basis_by_word("single_periods"),
        dated_verbs=basis_by_word("dated_verbs"),
        sequential=tuple((str(basis), regex.compile(pattern)) for basis, pattern
                         in (doc["comparison"].get("sequential_by_title") or {}).items()),
        sequential_words=tuple(doc["comparison"].get("sequential_words") or ()),
        span_start=regex.compile(doc["comparison"]["span_start"])
        if doc["comparison"].get("span_start") else None,
        per_span=regex.compile(doc["comparison"]["per_span"])
        if doc["comparison"].get("per_span") else None,
        uncompared=regex.compile(doc["comparison"]["uncompared"].replace("{goods_units}", goods))
        if doc["comparison"].get("uncompared") else None,
        per_goods_unit=regex.compile(f"每(?:{goods})") if goods else None,
        surveys=regex.compile(doc["comparison"]["survey_titles"])
        if doc["comparison"].get("survey_titles") else None,
        sequential_by_period=tuple(
            (str(basis), regex.compile(pattern)) for basis, pattern
            in (doc["comparison"].get("sequential_by_period") or {}).items()),
        stock_flow_periods=tuple(
            (str(basis), regex.compile(pattern)) for basis, pattern
            in (doc["comparison"].get("stock_flow_periods") or {}).items()),
        period_ends=tuple(doc["comparison"].get("period_ends", [])),
        periods=period_pattern("named"),
        comparison_before=period_pattern("comparison_before"),
        opener_lead=period_pattern("opener_lead"),
        goes_on=period_pattern("goes_on"),
        price_basis=regex.compile(doc["comparison"]["price_basis"])
        if doc["comparison"].get("price_basis") else None,
        kin={str(unit): str(group[0]) for group in doc.get("kindred_units") or []
             for unit in group[1:]},
    )


def _vocabulary(doc: dict[str, Any], compile_: _Compiler) -> Vocabulary:
    def words(key: str) -> tuple[str, ...]:
        value = doc.get(key)
        if not isinstance(value, list):
            raise PatternFileError(f"patterns/vocabulary.yaml: '{key}' must be a list")
        return tuple(str(v) for v in value)

    def pattern(key: str) -> regex.Pattern[str]:
        """The pattern ``<key>_pattern``; one that never matches where there is none."""
        return compile_(str(doc.get(f"{key}_pattern", "(?!)")), "vocabulary.yaml", key)

    def optional_pattern(key: str) -> regex.Pattern[str] | None:
        return compile_(str(doc[key]), "vocabulary.yaml", key) if key in doc else None

    def alternation(patterns: list[str]) -> str:
        return "|".join(f"(?:{p})" for p in patterns)

    def alt(key: str) -> str:
        """The words of the list ``key`` as an alternation, longest first."""
        return words_pattern(words(key)) or "(?!)"

    def built(key: str, structure: str) -> regex.Pattern[str]:
        """A pattern whose shape is code and whose words are lists (``alt``); its
        ^ and $ anchor the whole text, not a line."""
        return compile_(f"(?-m:{structure})", "vocabulary.yaml", key)

    def verbatim(key: str) -> regex.Pattern[str]:
        """The pattern ``<key>_pattern`` as written, its ^ and $ anchoring the whole
        text (as a pattern compiled in code did), not a line."""
        return built(key, str(doc[f"{key}_pattern"]))

    table = doc.get("table") or {}
    # (count_verb: the existential verbs of two characters or more.)
    long_existential = tuple(v for v in words("existential_verbs") if len(v) >= 2)
    # (A circumstance a figure is set against is an aside: 在…突破350万辆的情况下.)
    circumstance = rf"(?<=\p{{Han}})的?(?:{words_pattern(words('circumstance_ends'))})$"
    fillers = alternation([*words("time_patterns"), *words("aside_patterns"), circumstance])
    measures = tuple(sorted({*words("measure_words"), *words("owned_measures"),
                             *words("rate_words")}, key=len, reverse=True))
    return Vocabulary(
        fillers=compile_(fillers, "vocabulary.yaml", "fillers", lead=True),
        place_words=words("place_words"),
        nation_rank=pattern("nation_rank"),
        rank_adverb=pattern("rank_adverb"),
        range_join=compile_(r"\s*{range_join}\s*", "vocabulary.yaml", "range_join"),
        lead_words=compile_(f"^(?:(?!{words_pattern(words('lead_word_exceptions'))})"
                            f"(?:{words_pattern(words('lead_words'))}"
                            f"|{doc.get('cap_lead_pattern', '(?!)')}))+",
                            "vocabulary.yaml", "lead_words"),
        trail_words=compile_(f"(?:(?!{words_pattern(words('trail_word_exceptions'))})"
                             f"(?!(?<={words_pattern(words('verb_adverbs'))})"
                             f"(?:{words_pattern(words('trail_verbs_kept'))}))"
                             f"(?:{words_pattern(words('trail_words'))}))+$",
                             "vocabulary.yaml", "trail_words"),
        measure_words=measures,
        # (Not the 规模 of 规模以上工业企业, a class of the owner's; nor one after 按,
        # the way a member is had: 其中，按比例就业…万人.)
        measure_word=compile_(f"(?<!按)(?:{words_pattern(measures) or '(?!)'})"
                              f"(?!以上|以下|{words_pattern(words('measure_word_modifies'))})",
                              "vocabulary.yaml", "measure_word"),
        owned_measures=tuple(sorted(words("owned_measures"), key=len, reverse=True)),
        measure_word_set=frozenset((*measures, *words("bare_measures"))),
        owned_measure_set=frozenset(words("owned_measures")),
        per_unit_measures=frozenset(words("per_unit_measures")),
        rate_words=words("rate_words"),
        share_words=words("share_words"),
        measure_modifiers=words("measure_modifiers"),
        statistic_modifiers=tuple(sorted(words("statistic_modifiers"), key=len, reverse=True)),
        list_verbs=words("list_verbs"),
        deed_verbs=words("deed_verbs"),
        span_verbs=words("span_verbs"),
        circumstance_ends=words("circumstance_ends"),
        extreme_words=words("extreme_words"),
        owner_heads=words("owner_heads"),
        group_heads=words("group_heads"),
        sample_verbs=words("sample_verbs"),
        origin_heads=words("origin_heads"),
        event_heads=words("event_heads"),
        settled_verbs=words("settled_verbs"),
        payment_ends=words("payment_ends"),
        generic_heads=words("generic_heads"),
        predicate_starts=words("predicate_starts"),
        place_part_verbs=words("place_part_verbs"),
        member_words=tuple(sorted(words("member_words"), key=len, reverse=True)),
        settlement_words=tuple(sorted(words("settlement_words"), key=len, reverse=True)),
        goods_words=tuple(sorted(words("goods_words"), key=len, reverse=True)),
        member_heads=words("member_heads"),
        kind_heads=words("kind_heads"),
        industry_sectors=words("industry_sectors"),
        member_leads=words("member_leads"),
        shared_affixes=words("shared_affixes"),
        owner_verbs=words("owner_verbs"),
        verb_adverbs=words("verb_adverbs"),
        milestone_words=words("milestone_words"),
        existential_verbs=words("existential_verbs"),
        target_opener=compile_(f"(?:{words_pattern(words('target_names'))})"
                               r"(?:[是为]?\s*(?P<colon>[：:])|[是为](?!\d))",
                               "vocabulary.yaml", "target_names"),
        target_verbs=words("target_verbs"),
        target_adverbs=words("target_adverbs"),
        project=compile_("(?:(?![一二三四五六七八九十百千个项件方面的和及、])\\p{Han}){0,2}"
                         f"(?:{words_pattern(words('project_heads'))})",
                         "vocabulary.yaml", "project_heads"),
        project_amounts=frozenset(words("project_amounts")),
        record_words=tuple(sorted(words("record_words"), key=len, reverse=True)),
        cause_verbs=words("cause_verbs"),
        cause_trails=words("cause_trails"),
        agent_totals=words("agent_totals"),
        measure_word_modifies=words("measure_word_modifies"),
        agent_heads=words("agent_heads"),
        having_verbs=words("having_verbs"),
        receipt_verbs=words("receipt_verbs"),
        disposal_verbs=words("disposal_verbs"),
        member_measure_verbs=words("member_measure_verbs"),
        owner_count_units=words("owner_count_units"),
        measure_ends=words("measure_ends"),
        spending_ends=words("spending_ends"),
        employer_heads=words("employer_heads"),
        position_frames=words("position_frames"),
        measure_openers=words("measure_openers"),
        verb_sums=words("verb_sums"),
        benefit_words=words("benefit_words"),
        verb_measures=words("lead_word_exceptions"),
        counterparts=_counterparts(doc.get("counterparts") or []),
        paired_measures=tuple(sorted(
            ((str(word), (str(parts[0]), str(parts[1])))
             for word, parts in (doc.get("paired_measures") or {}).items()),
            key=lambda item: -len(item[0]))),
        list_heads=words("list_heads"),
        institution_heads=words("institution_heads"),
        composition_words=words("composition_words"),
        concessive_words=words("concessive_words"),
        head_compounds=words("head_compounds"),
        list_closers=compile_(alternation(words("list_closers_patterns")),
                              "vocabulary.yaml", "list_closers"),
        period_member=pattern("period_member"),
        named_period=pattern("named_period"),
        named_period_requires=optional_pattern("named_period_requires"),
        holiday=pattern("holiday"),
        frame=pattern("frame"),
        by_frame=pattern("by_frame"),
        component_topic=pattern("component_topic"),
        aspect=pattern("aspect"),
        measure_lead=pattern("measure_lead"),
        class_opened=pattern("class_opened"),
        class_named=pattern("class_named"),
        only_member=pattern("only_member"),
        defined=pattern("defined"),
        definition=pattern("definition"),
        contribution=pattern("contribution"),
        computed=verbatim("computed"),
        threshold_member=pattern("threshold_member"),
        count_measure=pattern("count_measure"),
        compared=pattern("compared"),
        relative_predicate=pattern("relative_predicate"),
        area_part=pattern("area_part"),
        counted_area=pattern("counted_area"),
        counted_cities=pattern("counted_cities"),
        exclusion=compile_(f"(?:{words_pattern(words('exclusion_leads')) or '(?!)'})",
                           "vocabulary.yaml", "exclusion"),
        subject_stops=words("subject_stops"),
        segmenter_words=words("segmenter_words"),
        not_places=words("not_places"),
        subject_numbers=compile_(alternation(words("subject_number_patterns")),
                                 "vocabulary.yaml", "subject_numbers", lead=True),
        unit_headers=frozenset(table.get("unit_headers", [])),
        generic_value_headers=frozenset(table.get("generic_value_headers", [])) | frozenset(
            table.get("period_headers", [])),
        period_headers=frozenset(table.get("period_headers", [])),
        month_headers=frozenset(table.get("month_headers", [])),
        member_headers=frozenset(table.get("member_headers", [])),
        generic_label_headers=frozenset(table.get("generic_label_headers", [])),
        target_headers=frozenset(table.get("target_headers", [])),
        row_number_headers=frozenset(table.get("row_number_headers", [])),
        account_sides=frozenset(table.get("account_sides", [])),
        unit_words={str(unit): tuple(map(str, words))
                    for unit, words in (table.get("unit_words") or {}).items()},
        table_number=compile_(str(table.get("table_number_pattern", "(?!)")), "vocabulary.yaml",
                              "table_number"),
        table_name=compile_(str(table.get("table_name_pattern", "(?!)")), "vocabulary.yaml",
                            "table_name"),
        unit_caption=compile_(str(table.get("unit_caption_pattern", "(?!)")),
                              "vocabulary.yaml", "unit_caption"),
        subrow_lead=compile_(str(table.get("subrow_lead_pattern", "(?!)")),
                             "vocabulary.yaml", "subrow_lead"),
        previous_header=compile_(str(table.get("previous_header_pattern", "(?!)")),
                                 "vocabulary.yaml", "previous_header"),
        change_header=compile_(str(table.get("change_header_pattern", "(?!)")),
                               "vocabulary.yaml", "change_header"),
        amount_change_header=compile_(str(table.get("amount_change_header_pattern", "(?!)")),
                                      "vocabulary.yaml", "amount_change_header"),
        change_label=compile_(str(table.get("change_label_pattern", "(?!)")),
                              "vocabulary.yaml", "change_label"),
        flat=pattern("flat"),
        moved=pattern("moved"),
        list_standing=pattern("list_standing"),
        partner=pattern("partner"),
        partner_standing=pattern("partner_standing"),
        partner_standing_requires=optional_pattern("partner_standing_requires"),
        partner_heads=words("partner_heads"),
        carried_verbs=words("carried_verbs"),
        parallel_measures=words("parallel_measures"),
        progress_ends=words("progress_ends"),
        trend=pattern("trend"),
        turn=pattern("turn"),
        overlap_words=words("overlap_words"),
        double_counted=pattern("double_counted"),
        own_whole_words=words("own_whole_words"),
        running_period=pattern("running_period"),
        grade=pattern("grade"),
        divided_tiers=pattern("divided_tiers"),
        superlative=pattern("superlative"),
        origin_of_people=pattern("origin_of_people"),
        parallel_heads=words("parallel_heads"),
        unsplit_ends=words("unsplit_ends"),
        moved_to_verbs=words("moved_to_verbs"),
        staying_verbs=words("staying_verbs"),
        difference_words=words("difference_words"),
        price_words=words("price_words"),
        people_units=words("people_units"),
        money_units=words("money_units"),
        case_units=words("case_units"),
        deal_units=words("deal_units"),
        gain_ends=words("gain_ends"),
        case_nouns=words("case_nouns"),
        sample_units=words("sample_units"),
        share_of_ends=words("share_of_ends"),
        rate_of_parts=words("rate_of_parts"),
        contribution_verbs=words("contribution_verbs"),
        bare_totals=words("bare_totals"),
        by_rate_words=words("by_rate_words"),
        doer_heads=words("doer_heads"),
        ranked=built("ranked", rf"(?:{alt('ranking_degrees')})的.*$"),
        ranking=built("ranking", rf"(?:(?:{alt('top_rank_verbs')})在?前[\p{{Han}}\d]{{0,4}}"
                      rf"|(?:{alt('ranking_degrees')})\p{{Han}}{{0,5}})"
                      r"(?:的(?:\p{Han}{1,4}(?:[（(]\p{Han}{1,6}[)）])?)?)?$"),  # (…的县（区）)
        ranking_head=built("ranking_head", rf"(?:{alt('top_rank_verbs')})在?前"
                           r"|前\s*(?:\d{1,2}|[一二三四五六七八九十两]{1,3})\s*(?:位|名|大|强)"
                           rf"|(?:{alt('ranking_degrees')})的(?:\d{{1,2}}|[一二三四五六七八九十两]{{1,3}})个"),
        giving_verbs=compile_(alt("giving_verbs"), "vocabulary.yaml", "giving_verbs"),
        cause_leads=words("cause_leads"),
        group_listed=built("group_listed",
                           rf"(?P<group>[^、]{{2,}}?)(?:{alt('group_list_verbs')})"),
        quality_grades=words("quality_grades"),
        member_graded=built("member_graded", rf"(?P<member>\p{{Han}}{{2,10}}?)"
                            rf"(?:{alt('graded_qualities')})(?:总体)?(?:为|保持|达到)?"
                            rf"(?:{alt('quality_grades')})$"),
        ranked_list=built("ranked_list", rf"(?P<lead>[^，；]+?)(?:{alt('ranking_degrees')})的"
                          r"\p{Han}{0,4}?(?:是|为)(?P<list>[^，；]+?[、和及与][^，；]+)"),
        rate_applied=built("rate_applied", rf"的?(?P<measure>{alt('rate_names')})"
                           rf"(?:(?:{alt('rate_act_verbs')})?(?P<act>\p{{Han}}{{2,6}})(?=[，。；]|$))?"),
        done_to=built("done_to", rf"(?P<noun>\p{{Han}}{{1,8}}?)(?:{alt('done_to_verbs')})"
                  r"(?P<act>\p{Han}{2,6})"),
        bound_after=built("bound_after", rf"(?:{alt('bound_words')})?\d"),
        main_list=built("main_list", r"(?P<lead>[^，；以]*)以"
                      r"(?P<list>[^，；以]+?[、和及与][^，；以]+?)"
                      rf"(?:{alt('main_part_ends')})"),
        list_opening=built("list_opening", rf"^(?:(?:{alt('list_openers')})(?:为|是)"
                            rf"|(?:{alt('next_place_words')})(?:为|是)?)[：:]?"),
        placed=built("placed", rf"(?:{alt('placing_verbs')})(?:全[国省市县区])?"
                r"第?[一二三四五六七八九十\d、和至～~-]+位$"
                rf"|(?:{alt('top_placing_verbs')})\p{{Han}}{{0,8}}?前[二三四五六七八九十\d]+[位名]$"),
        class_bound=built("class_bound", r"\d+(?:\.\d+)?\p{Han}{0,4}?及?以[上下]"
                          rf"|(?:{alt('class_bound_leads')})\d+(?:\.\d+)?\p{{Han}}{{0,4}}?(?=的)"),
        area_ends=words("area_ends"),
        area_frames=words("area_frames"),
        area_heads=words("area_heads"),
        rest_words=words("rest_words"),
        range_words=words("range_words"),
        negations=words("negations"),
        bound_suffixes=words("bound_suffixes"),
        not_industry_ends=words("not_industry_ends"),
        list_copulas=words("list_copulas"),
        per_heads=words("per_heads"),
        institution_units=frozenset(words("institution_units")),
        part_ratios=words("part_ratios"),
        restating_words=words("restating_words"),
        nested_openers=words("nested_openers"),
        period_frames=words("period_frames"),
        holiday_frames=words("holiday_frames"),
        object_prepositions=words("object_prepositions"),
        item_units=words("item_units"),
        source_place=built("source_place", r"\s*(?P<place>\p{Han}{2,3}(?P<level>[省市]))"
                           rf"[^，。；：\d]{{1,16}}?(?:{alt('source_nouns')})(?:{alt('source_verbs')})"
                           r"[，,：:][^，。；\d]{0,8}?全(?P=level)"),
        leading_origin=built("leading_origin", rf"(?:{alt('origin_verbs')})"
                             r"(?P<member>[^，。；、的]{2,8})的[^，。；]{0,6}?"
                             rf"(?:{alt('extreme_words')})\s*$"),
        sum_openers=words("sum_openers"),
        list_whole_leads=words("list_whole_leads"),
        object_pointers=words("object_pointers"),
        all_of_words=words("all_of_words"),
        copulas=words("copulas"),
        next_ranks=words("next_ranks"),
        measure_noun_end=built("measure_noun_end", rf"(?:{alt('measure_noun_ends')})$"),
        concentration_end=built("concentration_end", rf"(?:{alt('concentration_ends')})$"),
        rate_end=built("rate_end", rf"(?:{alt('rate_ends')})$"),
        share_end=built("share_end", rf"(?:{alt('share_ends')})$"),
        average=built("average", alt("average_words")),
        per_head_start=built("per_head_start", alt("per_head_starts")),
        per_case=built("per_case", alt("per_case_words")),
        head_average=built("head_average", alt("head_average_words")),
        class_head=built("class_head", rf"^(?P<head>\p{{Han}}+?)(?:{alt('class_words')})"),
        enum_separator=built("enum_separator", alt("enum_separators")),
        measure_list=built("measure_list", alt("measure_list_marks")),
        flow=built("flow", rf"(?:全年)?(?:{alt('flow_words')})"),
        tally=built("tally", alt("tally_words")),
        next_in_rank=built("next_in_rank", rf"{alt('next_in_rank_words')}|第[二三四五六七八九十]"),
        threshold=built("threshold", alt("threshold_words")),
        count_bound=built("count_bound", alt("count_bound_words")),
        count_bound_before_figure=built("count_bound_before_figure",
                                        rf"(?:{alt('count_bound_words')})\s*(?=\d)"),
        label_trail=built("label_trail", rf"(?<=\p{{Han}}{{2}})(?:{alt('label_trails')})$"),
        ranked_by_figure=verbatim("ranked_by_figure"),
        part_after=verbatim("part_after"),
        counted_group=verbatim("counted_group"),
        per_capita=verbatim("per_capita"),
        per_head_lead=built("per_head_lead",
                            rf"按\s*(?P<per>{doc['per_capita_pattern']})\s*计算?\s*[，,]\s*$"),
        count_verb=built("count_verb", rf"(?:{words_pattern(long_existential)})(?=\s*\d)"),
        share_of=verbatim("share_of"),
        share_whole=verbatim("share_whole"),
        campaign=verbatim("campaign"),
        target_after=verbatim("target_after"),
        target_bracket=verbatim("target_bracket"),
        extreme_end=verbatim("extreme_end"),
        caption=verbatim("caption"),
        list_lead=verbatim("list_lead"),
        picked_by=verbatim("picked_by"),
        class_count=verbatim("class_count"),
        class_after_count=verbatim("class_after_count"),
        class_after_counted=verbatim("class_after_counted"),
        rank_before=verbatim("rank_before"),
        member_share=verbatim("member_share"),
        list_separator_at_start=verbatim("list_separator_at_start"),
        share_of_whole=verbatim("share_of_whole"),
        part_count=verbatim("part_count"),
        counted_thing_listed=verbatim("counted_thing_listed"),
        post_stop=verbatim("post_stop"),
        each=verbatim("each"),
        divided_into=verbatim("divided_into"),
        counted_frame=verbatim("counted_frame"),
        or_after_figure=verbatim("or_after_figure"),
        facility_name=verbatim("facility_name"),
        place_system=verbatim("place_system"),
        qizhong_clause=verbatim("qizhong_clause"),
        labelled_goes_on=verbatim("labelled_goes_on"),
        count_noun_and=verbatim("count_noun_and"),
        measure_bound=verbatim("measure_bound"),
        examples_before_count=verbatim("examples_before_count"),
        share_in_words=verbatim("share_in_words"),
        band_class=verbatim("band_class"),
        population_scope=verbatim("population_scope"),
        member_share_of=verbatim("member_share_of"),
        main_part=verbatim("main_part"),
        main_member=verbatim("main_member"),
        weight_words=words("weight_words"),
        next_member_share=verbatim("next_member_share"),
        count_in_words=verbatim("count_in_words"),
        place_part=verbatim("place_part"),
        condition=verbatim("condition"),
        ordinal_range=verbatim("ordinal_range"),
        name_before_bracket=verbatim("name_before_bracket"),
        heading_trail=verbatim("heading_trail"),
        parts_opening=verbatim("parts_opening"),
        basis_lead=verbatim("basis_lead"),
        basis_trail=verbatim("basis_trail"),
        on_top_of=verbatim("on_top_of"),
        census_after_year=verbatim("census_after_year"),
        target_bound=verbatim("target_bound"),
        kind_header=verbatim("kind_header"),
        total_row=verbatim("total_row"),
        achieved=verbatim("achieved"),
        growth_header=verbatim("growth_header"),
        rate_label=verbatim("rate_label"),
        listed=verbatim("listed"),
        breakdown_leads=words("breakdown_leads"),
        percent_words=words("percent_words"),
        member_item=built("member_item", rf"(?:{alt('whole_place_words')})?"
                          r"(?P<member>\p{Han}{2,12}?)为\s*\d"),
        heading_place=built("heading_place", rf"^(?:{alt('whole_place_words')})"),
        quoted_title=verbatim("quoted_title"),
        continued_table=verbatim("continued_table"),
        yearbook=verbatim("yearbook"),
        yearbook_sector=verbatim("yearbook_sector"),
        breadcrumb=verbatim("breadcrumb"),
        census=verbatim("census"),
        national_survey=verbatim("national_survey"),
        national=verbatim("national"),
        not_entry_title=verbatim("not_entry_title"),
        publication=verbatim("publication"),
        nation_words=words("nation_words"),
        generic_titles=words("generic_titles"),
        special_regions=words("special_regions"),
        bodies_before_region=words("bodies_before_region"),
        frame_parts=words("frame_parts"),
        station=verbatim("station"),
        named_area=verbatim("named_area"),
        member_of_rate=verbatim("member_of_rate"),
        period_unit=verbatim("period_unit"),
        grade_class=verbatim("grade_class"),
        industry_name=verbatim("industry_name"),
        industry_lead=verbatim("industry_lead"),
        roc_year=verbatim("roc_year"),
        county=verbatim("county"),
        census_years={str(kind): {int(n): int(year) for n, year in years.items()}
                      for kind, years in (doc.get("census_years") or {}).items()},
    )
