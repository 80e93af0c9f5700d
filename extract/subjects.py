"""Whom a figure is about: its indicator and, in a breakdown, its dimension.

The indicator of a figure is the subject of its clause (the words before the
figure) without fillers of time and place. Bulletins leave subjects out where
a reader carries them over, and this module carries them the same way, within
a paragraph:

* a clause without a subject (比上年增长 2.68%) takes the one before;
* a clause whose subject is only a measure that needs an owner (累计结存) takes
  the owner of the subject before (统筹基金当期结存 → 统筹基金累计结存);
* a subject that starts with a predicate (占当地GDP比重) is the subject before
  plus that predicate;
* under 其中 (or after a frame such as 医疗机构发生费用中), a short subject is a
  member of the total before it: its dimension (其中在职职工 27491.84万人);
  a member followed by a measure splits (在职职工住院率 → 在职职工 | 住院率);
* a breakdown (A、B、C分别为 x、y、z) gives each figure its member; later
  clauses of the sentence (分别比上年增加 …) and later sentences with a
  breakdown of the same size take the same members.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from decimal import Decimal
from functools import cache
from itertools import pairwise, takewhile

import regex

from .layout import REGION_LEVEL, region_names, unit_parts
from .rules import RuleSet, Vocabulary
from .spans import (
    masked_asides,
    open_bracket,
    split_top_level,
    without_asides,
    without_repeated_asides,
)
from .words import common_suffix, leading_place, start_after, tagged, word_boundaries

# (2. and ① of items; 「」『』 are Hong Kong's and Taiwan's quote marks.)
_EDGE_PUNCTUATION = "，、：；,;:“”「」『』\"' ·。！？.．①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
# Each closing quote mark's opening one.
_QUOTE_PAIRS = {"”": "“", "」": "「", "』": "『"}
_RESPECTIVELY = "分别"
# A clause that lists the kinds a whole is made of, before their count (数字经济核心
# 产业包括数字产品制造业、…4大类; 包括信息服务、…等9个大类).
_KINDS_LISTED = regex.compile(
    r"(?P<whole>[^，。；：\d]*?)(?:包括|包含|涵盖|分为)[^，。；：\d]+、[^，。；：\d]+?等?\s*")
# The term a sentence defines ([2]高技术服务业：按照…; 数字经济核心产业：指…).
_TERM_DEFINED = regex.compile(
    r"\s*(?:\[\d+\]|［\d+］)?\s*(?P<term>\p{Han}[^，。；：\d]{1,20}?)[：:]")
# The words for the kinds counted (4大类, 9个大类).
_KIND_WORDS = ("大类", "中类", "小类", "门类", "类", "种")
# A share named with its measure (营业收入占全国比重, 营业收入占比).
_SHARE_OWNED = regex.compile(r"(?P<measure>[^占]{2,}?)占(?:[^占]*?(?:比重|比例|份额)|比)")
# A clause that tells how the pace of a measure moved (营业收入增速逐季回升).
_PACE_MOVED = regex.compile(
    r"(?P<measure>\p{Han}{2,20}?)(?:增速|增幅)\p{Han}{0,2}?(?:回升|加快|回落|放缓|提升|下降|趋缓)")
# A place named as an area, by its level (浙江省, 牡丹江市), not any word jieba tags ns.
_REGION_NAME = regex.compile(REGION_LEVEL)
# An age band written straight before its people, without 的 (60岁以上老年消费者占).
_AGE_BAND_PEOPLE = regex.compile(
    r"(?P<band>\d+(?:[至~～—–-]\d+)?岁(?:及以上|以上|及以下|以下)?)(?P<noun>\p{Han}{2,})")
# The places a ranking's top or bottom holds (前20位城市中，浙江、福建三省共占10席):
# the group the seats are counted in, and the holders before 占 without their count.
_SEATS_GROUP = regex.compile(
    r"(?P<rank>[前后]\d+[位名])的?(?P<what>[^\d，,；;。：:、]{0,6}?(?=中|则|[，,；;：:]|$))")
_SEATS_HOLDER_END = regex.compile(r"(?:[\d一二三四五六七八九十两]+[省市国个家])?[共均合计]*$")
_SCALE = "规模"  # the size of a measure named before (逆差规模, of 服务贸易逆差)
_CUMULATIVE = "累计"  # (what a total so far is named by, replaced by a per-period average)
_BRACKETED = regex.compile(r"[（(][^（）()\d]{1,12}[)）]")
_PARENTHETICAL_AT_START = regex.compile(r"^[（(][^）)]*[)）]")
# 每, a count of units if any, then the unit and what is measured per it (每50公斤平均出售价格).
_PER_UNIT = regex.compile(r"每\d*(?P<unit>\p{Han}{3,})$")
# A count per unit that names only the unit (平均每个城乡社区8.6个): what it counts
# is left out (see _remember).
_PER_UNIT_ONLY = regex.compile(r"(?:平均)?每[个家户所座][\p{Han}（）]{2,8}")
# How far a subject reaches back from its figure, and words after it forward:
# longer runs are not a subject (and would make long clauses quadratic).
_SUBJECT_REACH = 120
# The longest name a group given after its measure has (未成年人和大学生).
_MEMBER_LIMIT = 8
# The shortest measure members named in parallel share (体育场地, 营业收入).
_PARALLEL_MEASURE = 4
# The longest name of an area named as a member without a frame, by the vocabulary's
# area_heads (港澳台及国外等其他地区).
_AREA_MEMBER_LIMIT = 12
_INVOLVING = "涉及"
# Units counting deals or filings, whose amount a bare …额 after them gives
# (技术合同4.2万项，成交额…; not acts, 处理支付业务…亿笔，金额…).
_BARE_MEASURE_LIMIT = 6
"""No longer subject is a bare measure of an owner before it (床位总数, 日处理能力)."""
# An owner carried to a later bare measure names a thing (危险化学品事故), not a
# two-character modifier of the measure (常住|人口, 利税|总额, 出生|人口).
_OWNER_LEAST = 4
# A sentence that is only a short name labels its paragraph (海洋渔业。…).
_LABEL = regex.compile(r"\p{Han}{2,12}")
# Counts of places by their level, listed (审计了18个省、36个市和42个县的…).
_LOCALITY_HEADS = "省市县区州盟旗乡镇"
_LOCALITY_COUNTS = regex.compile(
    rf"(?:\d+个[{_LOCALITY_HEADS}](?:、|和|及|以及|与))+\d+个[{_LOCALITY_HEADS}](?=的|[，。；,;]|$)")
# A survey's scope, the counts it covered listed (据对1.78万个建制镇、0.81万个乡统计汇总，…).
_SURVEY_SCOPE = regex.compile(
    r"(?:据|根据)对(?P<counts>[^，。；：,;:的]{2,60}?)(?P<done>(?:统计|调查)?汇总|统计|调查)(?=[，,])")
# A part a note's clause says a term includes (…，含2023年新认定2364家), and the term
# that clause defines (高新技术企业数为…: what it counts, without 数).
_INCLUDED = ("含", "其中")  # (其中含 too)
_TERM_IS = regex.compile(r"(?P<term>\p{Han}{2,12}?)数?(?:为|是|指)")
# The one member past a threshold, then its figure (城镇化率超过80%的仅有鹿城区，为95.2%).
_ONLY_MEMBER_BEFORE = regex.compile(
    r"(?<![^，。；：\s])(?P<measure>\p{Han}{2,12}?)(?:超过|高于|低于|不足)[^，。；]{1,12}?的"
    r"(?:只有|仅有)(?P<member>\p{Han}{2,12}?)[，,]\s*(?:为|达到?|是)?\s*$")
# What each of the counted did, before a figure of each (脱贫县均培育形成了2至3个…).
_EACH_VERB = regex.compile(r"[均都](?=\p{Han})")  # (not 全部: 全部规模以上工业企业)
# How a ratio of two groups is named (在职退休比, 抚养比, 性别比).
_RATIO_END = "比"
# A verb with 了 before a share of a noun (城市群承载了全国75%以上的人口).
_DONE_SHARE = regex.compile(r"(?P<noun>\p{Han}{2,12}?)\p{Han}{2}了[^，。；\d]{0,6}[\d.]+\s*[%％]")
# A list of what those named have, each with its own 有 (有实体、有服务、有收益的基层社):
# the 有 is part of each member, no verb to strip.
_HAS_LIST = regex.compile(r"有[^、，。；]{1,8}、有")
# The predicate that ends a list of counts written before their nouns, shared by all
# (9180个城市街道、29604个乡镇…、49.0万个行政村已建立党组织): an adverb of all, then a verb.
# (Not 全部, which also opens a noun: 143家粉尘涉爆企业、26家涉氨制冷企业全部纳入… stays.)
_SHARED_PREDICATE = regex.compile(r"(?:均已|都已|已经|已|均|都)(?=\p{Han})")
# A news subhead: a short line of its own between paragraphs, without a sentence's
# end or a clause's comma (粤苏京浙鲁沪六地超2000亿, 基础研究占比达6.57%). Its figure
# is its own; its subject is no total of the paragraph below (分地区看，…).
_SUBHEAD = regex.compile(r"\s*[^\n。！？；，,;!?：:]{2,24}\s*")
_PERIOD_ROW = regex.compile(r"(?:(?:19|20)\d{2}年(?:\d{1,2}月份?)?|\d{1,2}月份?|[一二三四]季度)"
                           r"[：:]?\d")
# Where a measure of things counted before it opens with a grade or a Latin name
# (46个断面Ⅰ～Ⅲ类水质比例, 339个城市PM2.5平均浓度).
_MEASURE_OPENING = regex.compile(r"(?<=\p{Han})(?:劣?[Ⅰ-Ⅻ]|[A-Za-z])")
# A count's noun and 的, then a count of its parts (企业的251个产品…).
_COUNT_OF_PARTS = regex.compile(r"\p{Han}{1,12}?的\d+(?:\.\d+)?")
_NAME_OPENING_SENTENCE = regex.compile(
    r"(?<=^|[。；;！？\n])(?P<name>[^\d、，。；：:（）()\s和及与]{1,8})$")
# A figure in brackets after a member of a list (香港旅客（5,517,930人次）及…).
_NUMERALS = "一二三四五六七八九十"
# Members told apart by their ordinal alone, a series that needs no frame to be
# members (海洋第一产业增加值…，第二产业增加值…，第三产业增加值…).
_ORDINAL = regex.compile(r"第[一二三四五六七八九十]")
# What a clause says after a level in brackets (…药费（118.6元）占次均门诊费用的).
_SHARE_AFTER_BRACKET = regex.compile(r"[（(][^（）()]*\d[^（）()]*[)）](?P<share>[^（）()\d]+)$")


def _ordinal_series(a: str, b: str) -> bool:
    """Whether ``b`` is written as ``a`` (or its end) with another ordinal."""
    x, y = _ORDINAL.search(a), _ORDINAL.search(b)
    return bool(x and y and x.group() != y.group()
                and _ORDINAL.sub("第", a).endswith(_ORDINAL.sub("第", b)))


# An industry named in a list, up to the first 业 a separator follows (采矿业、
# 金融业和电力、热力、燃气及水生产和供应业: the last name holds 、 of its own).
_LISTED_INDUSTRY = regex.compile(r"\p{Han}[\p{Han}、]*?业(?=[、和])")
# What a count of members is picked out by, a measure's growth (年平均工资增速
# 超过全省平均水平的行业).
_GROWTH_COUNTED = regex.compile(r"^(?P<measure>\p{Han}{2,12}?)(?:增速|增幅)\p{Han}*的\p{Han}{1,4}$")
# A part named bare after 其中 (其中，出口3.68万亿元).
_BARE_PART = regex.compile(r"[，,：:]?\s*\p{Han}{1,4}\s*\d")
# 占全国财政支出和GDP的比重分别为…: the shares of one figure in each of two wholes.
_SHARES_OF_WHOLES = regex.compile(
    r"(?P<verb>占|相当于)(?P<wholes>[^，；的和与]{2,20}(?:[和与、][^，；的和与、]{2,20})+)"
    r"(?P<tail>的(?:比重|比例|份额))")
# A figure (and its unit) right before a bracket: 医院33.8万张（占79.3%）.
_FIGURE_BEFORE_BRACKET = regex.compile(r"\d\s*\p{Han}{0,4}[%‰]?\s*$")
_BRACKETED_FIGURE = regex.compile(r"[（(]\s*[\d.,]+\s*\p{Han}{0,4}[%‰]?\s*[)）]")
# A list of names, each with its figure in brackets, and after it the word of
# what the figures are (海南（17.8%）、西藏（15.5%）等10个省份增速超过全国平均水平;
# 汽车制造业（35.2%）、电子信息业（20.1%）占比居前): matched inside the first bracket.
_LIST_TAIL = regex.compile(r"[^（）()]*[)）](?:、[^、，。；：（）()\d]{1,12}[（(][^（）()]*[)）])*"
                           r"(?P<tail>[^，。；：,;:（）()]*)")
# The same list after 以, then 为 and what its figures are of (以英国（42.3%）、美国（21.5%）
# 及澳洲（13.8%）为主要目的地).
_LIST_THEN_WEI = regex.compile(r"[^（）()]*[)）](?:(?:、|以及|及|和)[^、，。；：（）()\d]{1,12}"
                               r"[（(][^（）()]*[)）])*为(?P<measure>[^，。；：,;:（）()\d]{1,10})")
# What a list of members with bracketed figures is spread over names its measure before
# it (省外就业主要集中在广东（16.83%）: of 省外就业, whatever was named before).
_SPREAD_OVER = ("集中在", "分布在", "分布于")
# A bracket closed right after the level it gives, the clause going on with how it
# changed (旅客(683,214人次)按年上升35.1%; …(216,333人次)則上升8.1%).
_OWN_LEVEL_BRACKETED = regex.compile(
    r"[)）]\s*(?:则|按年|同比|较上年|比上年)?(?:上升|下降|增长|增加|减少|下跌|上涨)")
# Members each with a bracketed level, listed before 分别 (香港旅客(588,209人次)及台灣
# 旅客(81,452人次)分別上升…; from inside the first bracket).
_OWN_LEVELS_THEN_EACH = regex.compile(
    r"[^（）()，。；]*[)）](?:(?:、|以及|及|和)[^、，。；：（）()\d]{1,12}[（(][^（）()]*[)）])*"
    r"\s*分[别別]")
_OWN_LEVELS_LISTED = regex.compile(
    r"(?:[^、，。；：（）()\d]{1,12}[（(][^（）()]*[)）](?:、|以及|及|和))*[^、，。；：（）()\d]{1,12}[（(]")
# A sentence opening with a name and its level in brackets (中國內地旅客(2,434,593人次)…),
# after a lead clause if any (按客源分析，).
_NAME_WITH_OWN_LEVEL = regex.compile(r"(?:[^，,。；\d]*[，,])?[^，,。；（）()\d]{2,12}[（(]\d"
                                    r"|[按分][^，,。；\d]{1,8}[，,]")
# What the places of a counted frame did, before their count (上涨的有3个).
_DID_COUNT = regex.compile(r"[，,\s]*(?P<did>[^，。；,;\d的]{1,16})的有\s*")
# A member's bracketed figure, then the ， that parts it from the next member.
_LIST_COMMA = ("），", "),", "）,", ")，")
# An item of a list that names what a figure after it counts (一是…问题，23件).
_ENUMERATOR = regex.compile(r"[一二三四五六七八九十]是")
# A numbered item run into a sentence after ：or ；(依次为：（1）…；（2）…): a subject of its own.
_RUN_IN_ITEM = regex.compile(r"\s*(?:[（(]\d{1,2}[)）]|[①-⑳])\s*")
# A list item that is a paragraph of its own (其中：¶（一）社区志愿服务活动21.4万场，…).
_ITEM_PARAGRAPH = regex.compile(r"\s*(?:[（(](?:\d{1,2}|[一二三四五六七八九十]{1,3})[)）]|[①-⑳])")
_CLAUSE_COMMA = regex.compile(r"[，,]")
# A member named before 为 and its figure (…合理区间，职工医保为6-9个月): the clause
# before it, a measure's name alone, is read as before a colon.
_MEMBER_WEI = regex.compile(
    r"\s*(?!分别|依次|均|都|仍|则)(?P<member>\p{Han}{2,6}?)(?:为|是)\s*[约近]?\d")
# A name in quotes, whose place words stay (“平山发布”).
_QUOTED = regex.compile(r"“[^“”]{1,20}”")
# Months or quarters listed by their numbers, the unit written once after the
# last (7、8月份; 一、二季度) or after each (1月和12月月均浓度分别为…).
_PERIOD_LIST = regex.compile(
    r"(?P<numbers>(?:(?:1[0-2]|[1-9]|十[一二]|[一二三四五六七八九十])(?:月份?|季度)?[、和及])+)"
    r"(?P<last>1[0-2]|[1-9]|十[一二]|[一二三四五六七八九十])(?P<unit>月份?|季度)(?![\d日号])")
_LIST_MARK = regex.compile(r"[、和及]")
_COUNT_LIST_MARK = regex.compile(r"[、和及](?=\s*\d)")
_COMPARED_LEFT = regex.compile(r"(?<!占)(?:比|较)的$")
# Years listed each with its 年 (其中，2015年、2020年、2022年分别为…): the members
# of the list, which cleaning would take for fillers of time.
_YEAR_LIST = regex.compile(r"(?:(?:19|20)\d{2}年[、和及])+(?:19|20)\d{2}年")
_FRAME_LIMIT = 40
"""No clause longer than this opens a breakdown (医疗总费用中)."""
_RESTATED = 4
"""The shortest run of a total's name a member repeats to restate its measure."""
_ROUNDING = Decimal("1.02")
"""Members written rounded may add up to this much of their total."""
# Brackets emptied of their figures or dates (（2022年12月—2023年2月）).
_EMPTY_BRACKETS = regex.compile(r"[（(][\s\-—~至到、，,]*[)）]")
# The rate a conversion uses, its figure right after it (收入按当年人民币对美元平均
# 汇率7.1884折算): the figure is the rate's, not the converted measure's.
_RATE_USED = regex.compile(r"按照?(?P<rate>[^，。；：按]{1,14}汇率)\s*$")
# A comparison with another period of a breakdown (较一季度, 比上半年).
_PERIOD_COMPARED = regex.compile(r"[较比](?:[一二三四]季度|[上下]半年|\d{1,2}月份?)")
_RELATED = "相关"
_CLASS_MEASURE = regex.compile(r"(.{2,}?类)([^类]{2,})")
_WORD_START = regex.compile(r"[\p{Han}A-Za-z“「《]")  # (a quoted name: 12条“冰雪+”线路)
_LINE_LEAD = regex.compile(r"[\s■□●○◆◇▲△★☆▶►•▪◎]*")  # spaces and a bullet
_NAME_ONLY = regex.compile(r"\s*\p{Han}[^\d，。；！？,;!?]{1,40}?[。]?\s*")  # words, no figure


_TOTAL_WORD = "合计"  # (a breakdown's sum: 资金来源合计)


def _paced(indicator: str) -> str:
    """What a rate of change said after ``indicator`` is of: the measure a
    share was of (…占全国比重分别为…，增速分别为… -> 网络零售额增速); a share
    moves by points, its pace in % is the measure's."""
    owned = _SHARE_OWNED.fullmatch(indicator)
    return owned.group("measure") if owned else indicator


def _all_verbs(text: str) -> bool:
    """Whether jieba reads ``text`` as verbs only (接待, 复审换证)."""
    return all(tag == "v" for _, tag in tagged(text))


def _doer(subject: str) -> str:
    """The words of ``subject`` before the verb it ends with and that verb's
    modifiers (特种作业人员|新取证), or "" where it ends with no verb."""
    words = tagged(subject)
    if not words or words[-1][1] != "v":
        return ""
    cut = len(words) - 1
    while cut and words[cut - 1][1] in ("a", "d", "v"):
        cut -= 1
    return "".join(word for word, _ in words[:cut])


def _counted_thing(subject: str) -> str:
    """``subject`` without the verbs it opens with (认定登记|技术合同), where it
    ends with no verb (合同 reads as a); or ""."""
    words = tagged(subject)
    if not words or words[-1][1] in ("v", "d", "m"):
        return ""
    at = next((i for i, (_, tag) in enumerate(words) if tag not in ("v", "d")), len(words))
    return "".join(word for word, _ in words[at:])


def _before_verb(subject: str) -> str:
    """The words of ``subject`` before its first verb (星级饭店|接待游客), or ""."""
    words = tagged(subject)
    at = next((i for i, (_, tag) in enumerate(words) if tag == "v"), 0)
    return "".join(word for word, _ in words[:at])


def _common_lead(a: str, b: str) -> int:
    """How many characters two subjects begin with alike (进口均价, 进口原油 -> 2)."""
    if not a or not b or a == b:
        return 0
    return next((k for k, (x, y) in enumerate(zip(a, b, strict=False)) if x != y),
                min(len(a), len(b)))


_HAN = regex.compile(r"\p{Han}")
_DIGIT = regex.compile(r"\d")
_FIGURES = regex.compile(r"\d[\d,.]*")
# The whole a share is of, right after it (覆盖98.3%的人口).
_SHARE_NOUN_AFTER = regex.compile(r"的(\p{Han}{1,4})(?=[，。；]|$)")
# A measure per head of a group (人均纯收入, 户均): not what a count before the group counts.
_PER_HEAD = regex.compile(r"[人户]均")
_QUOTED_NAME = regex.compile(r"“([^“”]{1,8})”")
_BOOK_TITLE = regex.compile(r"《[^《》]*》")  # (its numbers are its name's: 《飞驰人生2》)
_NUMBER_OR_NOT = regex.compile(r"\d+(?:\.\d+)?|\D+")
# A frame that counts the whole its members break down (全年发生的12起较大事故中，
# 道路运输7起…): the count is the whole's own figure, the words after it its name.
# Or the count of a measure, named before it (死亡的13人中，艾滋病9人…): the members
# are of that measure.
_COUNTED_WHOLE = (r"(?<![\d.])\d+(?:\.\d+)?[万亿]?(?P<unit>{units})"
                  r"(?P<whole>\p{{Han}}{{2,12}}?)(?:中|当中)$"
                  r"|(?P<whole>\p{{Han}}{{2,6}}?)的\d+(?:\.\d+)?[万亿]?(?P<unit>{units})(?:中|当中)$")
_POST_REACH = 40
# A year (为1961年以来最高: no figure after the count's words)
_YEAR_AT = regex.compile(r"(?:19|20)\d{2}\s*年")
# Places set side by side with 在 (在全国…、在广东省…).
_PARALLEL_AT = regex.compile(r"[、；;]在")
# The count that closes a list of names (骨科、血液净化、康复三个领域; 甲县、乙县3县).
_CLOSING_COUNT = regex.compile(r"(?:\d+|[两二三四五六七八九十]+)个?\p{Han}")
# The count of a list's members and the group they make (三个片区), closing the list.
_COUNTED_GROUP = regex.compile(r"(?:\d{1,2}|[两二三四五六七八九十]{1,2})个(?P<noun>\p{Han}{1,4})$")
# A sum named by the count of the members summed (五省市合计, 三市共计): the group.
_GROUP_SUM = regex.compile(r"(?P<group>(?P<count>[两二三四五六七八九十])个?(?!者)\p{Han}{1,3}?)"
                           r"(?P<sum>(?:合计|共计|总计).*)")
# The verb a class by what it does or where it is opens with (从事第一产业、第二产业的):
# the band_class_pattern's, left alone when its members are listed.
_CLASS_VERB = regex.compile(r"(?:从事|位于|居住在|处于)的?")
# The steps a time measure spans, no stop of its subject (政府采购项目从公告发布到合同签订
# 平均用时…天); not a move (由…增加到…, whose verb ends before 到).
_STEP_SPAN = regex.compile(r"[从由]\p{Han}{2,10}?(?<![增减升降长高低少加短大])[到至]\p{Han}{2,}")


# The marks that end a clause, a sentence or a line: where a list's lead starts.
_LEAD_STARTS = "，。；,;\n"


def _holds(requires: regex.Pattern[str] | None, clause: str) -> bool:
    """Whether a clause has what a pattern's match needs: tested first where the
    pattern is tried on the cleaned clause, since cleaning is costly and only
    takes text out."""
    return requires is None or requires.search(clause) is not None


@cache
def _counted_whole(units: frozenset[str]) -> regex.Pattern[str]:
    return regex.compile(_COUNTED_WHOLE.format(
        units="|".join(regex.escape(u) for u in sorted(units, key=len, reverse=True))))


def _doers_end(words: str) -> int:
    """Where the nouns that open ``words`` end at a verb (试点城市|参加…人数), or 0."""
    tags = tagged(words)
    at = 0
    for word, tag in tags:
        if tag == "v":
            return at if at >= 2 else 0
        if not tag.startswith("n"):
            return 0
        at += len(word)
    return 0


# A month within the period a figure is of (其中，6月份当月增长9.2%; 11月单月).
# A month or quarter that opens a clause, with a subject after it (3月份全国…, 二季度…).
_PERIOD_OPENING = regex.compile(
    r"(?:(?:\d{1,2}|十[一二]|[一二三四五六七八九十])月份?|[一二三四]季度)(?![当单份\d—\-~至到、和])")
# The name of a rate after its measure's (同比改善幅度, 增幅).
_RATE_NAMED = regex.compile(r"(?:同比|环比)?(?:\p{Han}{0,2}幅度|增幅|降幅|增速)$")
# Words after a figure that close its bracket (（2个断面断流）): what it counts.
_TOLD_AFTER = regex.compile(r"(?P<words>\p{Han}{2,8})[)）]")
_MONTH_ITSELF = regex.compile(r"(?:\d{1,2}|十[一二]|[一二三四五六七八九十])月份?(?:当月|单月)")
# A single day under 其中 (其中，4月29日发送旅客…; 其中5月1日当天接待游客…): time, not a
# member (a span, 其中10月1日至3日平均出租率…, keeps its own words).
_DAY_ITSELF = regex.compile(
    r"(?:\d{1,2}|十[一二]|[一二三四五六七八九十])月\d{1,2}[日号](?![至到\-—～~])(?:当天|当日|单日)?")
# The end of a list of names right before a count of them (南京、苏州、无锡、常州|4市).
_LISTED_BEFORE = regex.compile(r"、\p{Han}{1,12}$")
# Classes of industries a frame may name (重点行业中，主要行业中): members, no measure.
_INDUSTRY_CLASSES = ("行业", "门类", "大类")
# The measure a count of parts grew by (32个行业增加值实现增长; 26种产品产量保持增长的).
_GROWN_MEASURE = regex.compile(r"(?P<measure>\p{Han}{2,8}?)(?:实现|保持|同比)?(?:增长|下降)")


# The threshold after 以…为 (以50为荣枯分界线, 以100为临界值): see _threshold_set.
_THRESHOLD_SET = regex.compile(
    r"\s*为\s*(?P<noun>\p{Han}{0,6}?(?:荣枯|枯荣|临界|分界)\p{Han}{0,3}?[线值点])")
_RANGE_END = regex.compile(r"的?(?:取值|变化|波动)?范围$")
_INDEX_NAME = regex.compile(r"\p{Han}{1,10}?(?:指数|PMI)")


@dataclass(frozen=True, slots=True)
class Figure:
    """What the subject logic needs to know of a rule match."""

    start: int
    """Where the match begins (its frame: 比上年增长, 分别为, the qualifier...)."""
    first: int
    """Where its first quantity begins."""
    end: int
    """Where its last quantity ends, qualifier words after it included (500万人以上)."""
    count: int
    labels: tuple[str, ...] | None
    """Members written before each figure (三级72.61%), if any."""
    comparison: bool
    """A change, growth or previous value: it restates a subject."""
    counted: bool
    """The unit counts things (人, 家, 个): a noun after it is what is counted."""
    unit: str = ""
    """The base unit of its figures (人, 元, %)."""
    scaled: bool = False
    """Whether its last figure is written with a scale (万人)."""
    units: tuple[str, ...] = ()
    """The base unit of each figure (笔, 元 for 168.43万笔、4893.75亿元)."""
    amount: Decimal | None = None
    """The value in its base unit of a lone level figure (3.2万人: 32000)."""
    ranged: bool = False
    """Whether its figures are the ends of one range (5%-12%): of one subject."""
    ratio: bool = False
    """Whether its figures are the parts of one ratio (17.90:1): of one subject."""
    previous: bool = False
    """A previous value: of the very measure before it (占…，上年为…)."""


@dataclass(frozen=True, slots=True)
class Subject:
    """One indicator and one dimension for each figure of a match."""

    indicators: tuple[str, ...]
    dimensions: tuple[str, ...]


@dataclass
class _State:
    subject: str = ""
    dimension: str = ""
    members: list[str] = field(default_factory=list)
    total: str | None = None
    """The subject before 其中 while a 其中 scope is open."""
    unit: str = ""
    """Base unit of the latest figure with a subject of its own."""
    total_unit: str = ""
    first_unit: str = ""
    """The unit of the breakdown's first member."""
    amount: Decimal | None = None
    """The value of the latest figure with a subject of its own (``Figure.amount``)."""
    total_amount: Decimal | None = None
    """The value of the total under 其中, where that figure was a lone level."""
    parts_sum: Decimal = Decimal(0)
    """The sum of the values of the total's members so far, in its unit."""
    frame: str | None = None
    """The X of a clause "X中" while its breakdown is open."""
    rest_of: str = ""
    """The class a clause of the sentence opened with, X中… (乙类传染病中白喉…):
    the owner of a subject 其余… after it."""
    frame_before: str | None = None
    """The frame of the sentence before if it named none of its members, which a
    sentence opening with 其中 takes up (分行业看，9个行业中有5个增长。其中，…)."""
    outer: tuple | None = None
    """The breakdown a member's own 其中 interrupts, restored at the next ；: total,
    its unit and amount, frame, members, their units, their sum, outside_scope."""
    counted_frame: str = ""
    """A clause "X中" whose X counts the frame's units (珠三角9市中): it opens the
    frame once its own figure (9市) is placed, at the next clause."""
    frame_line: str | None = None
    """The frame of a sentence that only opens a breakdown (按行业分析), if it was the
    latest: it heads the next paragraph."""
    frame_carried: bool = False
    """Whether the paragraph's frame is the ``frame_line`` of the one before."""
    scope_members: list[str] = field(default_factory=list)
    named_with_measure: bool = False
    """Whether the members were named with the total's measure (其中医院诊疗人次…)."""
    scope_unit: str = ""
    """The base unit of the breakdown's members."""
    last: tuple[str, str] = ("", "")
    """Indicator and dimension of the latest figure."""
    last_clause: int = -1
    """Where the clause of the latest figure begins."""
    class_noun: str = ""
    """What the sentence's counts of classes count (市（州）)."""
    class_measure: tuple[str, str] = ("", "")
    """The measure and bound word of the sentence's first count of a class (地区生产总值, 超过)."""
    subject_in_sentence: bool = False
    """Whether ``subject`` was named in the current sentence."""
    verb_owner: str = ""
    """The owner the sentence named before 完成/实现, or whose count it gave."""
    verb_named: str = ""
    """The owner the sentence named right before 完成/实现 a measure (对外承包工程完成营业额…)."""
    counted_verb_owner: str = ""
    """The owner the sentence counted (36个中心城市) and then named as the doer of a measure."""
    scope_before: str = ""
    """The counted owner whose measure the sentence before gave as its total (全国36个
    中心城市完成城市客运量…): a 其中 part of the next sentence is of that owner too."""
    event: str = ""
    """The event of the sentence that owns its measures (住院费用跨省直接结算)."""
    member_measure: str = ""
    rank_measure: str = ""
    """The measure a ranking ranks by (总薪资中位数以电力业105.5万元最高，…)."""
    partner: str = ""
    """The trade partner a figureless clause of the sentence ranked (欧盟为我国第二大
    贸易伙伴): the member of its bare trade measures (，贸易总值…)."""
    ranking: str = ""
    """The measure the sentence's ranking named its members of (最高的为X，达…；其次为Y，…):
    the members listed after them (；Z 4790元) are of it too."""
    share_owner: tuple[str, str, str] = ("", "", "")
    """The latest share's indicator, and the subject and member it is a share of
    (服务类投诉…，占投诉总量的52.4%): whose growth a growth after it is."""
    wholes: set[str] = field(default_factory=set)
    """The paragraph's indicators of wholes (国有企业负债总额), outside any breakdown."""
    """The measure of the sentence that groups were named after (支付比例在职职工为…)."""
    subject_before: str = ""
    """The subject of the paragraph before, if it had only one."""
    one_subject: bool | None = None
    """Whether the paragraph's figures had one subject (None before any)."""
    counted_owner: str = ""
    """The owner the sentence's latest figure counted (医养结合机构398家)."""
    counted_unit: str = ""
    """The unit it was counted in."""
    counted_group: str = ""
    """The group of people the sentence's latest figure counted (企业退休人员17.65万人)."""
    caption: str = ""
    """The measure a figureless caption line named (近五年…软件业务收入情况): the
    subject of the paragraphs after it whose rows name only their period."""
    topic: str = ""
    """The paragraph's run-in label (海洋渔业。…全年实现增加值4618亿元): the owner of a
    bare measure that a clause opens with 完成/实现."""
    aspect: str = ""
    """What the sentence's clause X方面 named (人民币贷款方面，年末余额…): the
    owner of a measure-only subject before the sentence names one of its own."""
    lead_measure: str = ""
    """The measure a lead phrase of the sentence named (以旅客人均消费计算，内地旅客为…)."""
    paragraph_aspect: str = ""
    """The latest X方面 of the paragraph, kept past its sentence: the owner of a bare
    measure with none of its own in a later sentence (職工醫保方面，…。其中…在職退休比為2.71)."""
    scope: str = ""
    """The scope whose sub-indices the sentence's topic named (从非制造业分类指数看):
    the member of its figures that name none."""
    period: str = ""
    """The named period the sentence opened with (春节假期8天，国内出游…): the member
    of its figures that name none."""
    clauses: int = 0
    """How many clauses of the sentence were entered."""
    history: list[list[str]] = field(default_factory=list)
    """Member lists seen in the paragraph, latest last."""
    outside_scope: bool = False
    """Whether the clause follows a ； that ends the part of its sentence under 其中:
    a bare measure there is the total's (收入…，其中统筹基金收入…；支出…)."""
    named: list[tuple[str, str, str]] = field(default_factory=list)
    """Indicator, dimension and unit of each figure of the sentence that named its
    own subject, in order."""
    member_of: dict[str, str] = field(default_factory=dict)
    """The indicator each breakdown member of the paragraph was given."""
    member_unit: dict[str, str] = field(default_factory=dict)
    """The base unit of the figure each breakdown member was last given."""
    measured: set[tuple[str, str]] = field(default_factory=set)
    """Each breakdown member of the paragraph with each indicator it was given."""
    measured_before: set[tuple[str, str]] = field(default_factory=set)
    """``measured`` of the paragraph before."""
    level: tuple[str, str] = ("", "")
    """Subject and unit of the paragraph's latest level figure with a subject."""
    level_amount: Decimal | None = None
    """The value of that level figure (``Figure.amount``)."""
    levels: list[tuple[str, str, Decimal]] = field(default_factory=list)
    """Subject, unit and value of each such level figure of the paragraph."""
    by_unit: dict[str, str] = field(default_factory=dict)
    """The paragraph's latest subject of a figure of its own, by base unit."""
    per_capita: str = ""
    """The 每千人口 that began the sentence's latest subject of an unscaled figure."""
    clause_words: str = ""
    """The words of the current clause if it has no figure, else empty."""
    prior_words: str = ""
    clause_text: str = ""
    """The current clause as written if it has no figure (its periods not yet
    dropped as fillers: 2023年一季度至四季度), else empty."""
    prior_text: str = ""
    sibling_measure: str = ""
    """The measure a member of the sentence took from the member before it."""
    area: str = ""
    """The area a measure of the sentence took from the measure before it (建制镇建成区
    用水普及率…，燃气普及率…): that of the measures after it too, up to a ；."""
    counted_set: str = ""
    """The set a clause N个X中 counted whose parts the sentence gives as shares, not
    counts (716个省考以上断面中，Ⅲ类及以上断面比例为93.0%): the owner of its shares."""
    set_opened: bool = False
    """Whether the clause before was such a count, not yet placed then."""
    region: tuple[str, int] = ("", -1)
    """The region of cities a clause of the sentence opened with (长三角地区41个城市),
    and where that clause begins: the owner of the measures after it, up to a ；."""
    item: str = ""
    """``clause_words`` of a figureless clause that is an item of a list (一是…)."""
    prior_item: str = ""
    item_owner: str | None = None
    """In the first sentence of a paragraph that is a list item, the subject its
    first figure named ("" before it): the member of the measures after it."""
    list_item: str = ""
    """The name a run-in numbered item opens with, in a clause of its own
    (（9）西北地区风雹灾害，造成…): the member of the item's figures."""
    cause: str = ""
    """The event the sentence named before 造成 (京津冀地区洪涝灾害造成…): the owner of
    its later figures."""
    whose: str = ""
    """``clause_words`` of a figureless clause that ends in 的 (入住定点护理机构的，…):
    those whom the next clause's figure is of."""
    prior_whose: str = ""
    main_part: str = ""
    """The part a figureless clause of the sentence named the main one (以…为主)."""
    main_member: str = ""
    """The kind a figureless clause opening the sentence named the main one (A是主要X方式)."""
    bare_clauses: list[str] = field(default_factory=list)
    """The words of the figureless clauses of the sentence since its last figure."""
    listed: tuple[int, int] = (-1, 0)
    """The clause the last member was named in, and how many members it named
    (其中滑坡3919起、崩塌1366起: two, a list)."""
    members_before: list[str] = field(default_factory=list)
    """``bare_clauses`` as they were before the current clause (信息传输、软件和信息
    技术服务业，租赁和商务服务业，金融业生产指数分别增长…: a list of members
    whose names hold 、 is written with commas)."""
    """``clause_words`` of the clause before the current one."""


@dataclass(slots=True)
class _Asked:
    """What the steps of ``Subjects._of`` know of one figure: each step reads it,
    and the steps that only read the figure's words fill in the fields after
    ``trade`` for the steps after them."""

    figure: Figure
    """The figure, its units made kindred (头, 只 as 头)."""
    clause_start: int
    """Where its clause begins (after a frame written without its comma)."""
    clause_end: int
    trade: str
    """The trade a threshold of a list is of (``Subjects._threshold_member``)."""
    before: str = ""
    """The words before the figure since the last figure."""
    subject: str = ""
    """The subject as far as the steps have read it (cleaned from _clean_subject on)."""
    predicate: str | None = None
    """The words after 分别, if the subject has it."""
    divided_into: list[str] | None = None
    """The classes the clause before divides a measure into (分为A、B三档)."""
    superlative: regex.Match[str] | None = None
    """The top or bottom of a breakdown the clause before names (降水量最大)."""
    members: list[str] | None = None
    """The members of the figures, one each, where a list names them."""
    raw_subject: str = ""
    """The subject before cleaning."""
    named_by_owner: bool = False
    """Whether the owner of the sentence's verb completed the subject."""
    predicate_text: str = ""
    """The predicate, cleaned."""
    post: str = ""
    """The words after the figure that name what it counts."""
    in_breakdown: bool = False
    """Whether a breakdown is open that the figure may be a member of."""
    elided: str | None = None
    """The subject before, of which this one leaves words out."""


# The quotes and the words for a holiday's days around its name (“五一”假期, 国庆黄金周).
_HOLIDAY_AFFIXES = regex.compile(r"[“”\"「」]|(?:小长假|长假|假期|黄金周)?(?:期间)?$")


class Subjects:
    """Assigns indicators and dimensions, clause by clause, through a paragraph."""

    def __init__(self, text: str, rules: RuleSet, region: str, title: str = "") -> None:
        self.text = text
        self._title = title  # (simplified: a holiday it names is the document's period)
        self.rules = rules
        self.vocab = rules.vocabulary
        places = {*self.vocab.place_words}
        if region and region != "全国":
            places |= region_names(region)
        # (The document's own region names no place apart from its figures.)
        self._own_region = region_names(region) if region and region != "全国" else set()
        # Compiled per document, each with its region's names: with the standard
        # re, which compiles a list of words in half the time the regex module takes.
        self._places = re.compile("|".join(
            re.escape(p) for p in sorted((p for p in places if len(p) >= 2), key=len,
                                         reverse=True)) or "(?!)")
        self.state = _State()
        self._figure_unit = ""
        self._figure_amount: Decimal | None = None
        self._clause_start = -1
        self._figure_start = -1
        self._figure_units: tuple[str, ...] = ()
        self._figure_count = self._figures_before = 0
        self._figure_is_level = True
        self._figure_unscaled = True
        self._existential = ""
        # Where the sentence began whose share of a noun named this owner (城市群承载了…).
        self._noun_share_owner: tuple[int, str] = (-1, "")
        self._cleaned: dict[tuple[str, bool], str] = {}
        # The breakdown a line of its own opened, and its total (see start_paragraph).
        self._held_frame: tuple[str, str] | None = None
        self._paragraph_start = 0
        # The wholes of the paragraphs before (indicator, unit, amount), latest last:
        # a breakdown after a heading may be of one (see _whole_members_fit).
        self._wholes_before: list[tuple[str, str, Decimal]] = []
        # The heads a tier of members ends in (二线城市, 东部地区): see _tier_opening.
        self._tier_heads = tuple(h for h in (*self.vocab.member_heads, *self.vocab.list_heads)
                                 if len(h) >= 2)
        # The sentence's siblings named with the measure a later one left out
        # (大型企业景气指数…；中型企业为…): indicator -> (measure, member), see _sibling_in_place.
        self.sibling_split: dict[str, tuple[str, str]] = {}
        # Where the bound of a class a count built stands, and its measure (有1041家企业
        # 营业收入超过100亿元: 100 is of 营业收入), see _count_above_bound_after.
        self._class_bound: tuple[int, str] = (-1, "")

    # --- scope ---------------------------------------------------------------------

    @property
    def period(self) -> str:
        """The named period the sentence opened with (春节假期8天，…: 春节假期) where it
        is the document's own (see ``_own_period``), else ''."""
        return self.state.period if self._own_period(self.state.period) else ""

    def _own_period(self, period: str) -> bool:
        """Whether the document's title names the holiday (2024年春节假期文化和旅游
        市场情况 of 春节假期8天，…): the time of all its figures, as a year is."""
        return bool(period) and _HOLIDAY_AFFIXES.sub("", period) in self._title

    def start_paragraph(self, start: int, compares: bool = False) -> None:
        """``compares``: the paragraph opens with the periods it compares
        (比较二零二四年十二月与二零二三年十二月，…; 在二零二四年全年，与二零二三年比较，)."""
        state = self.state
        subhead = _SUBHEAD.fullmatch(self.text, self._paragraph_start, start)
        self._paragraph_start = start
        self._wholes_before = [*self._wholes_before, *(
            level for level in state.levels if level[0] in state.wholes)][-20:]
        # A paragraph of one subject (全年调解各类矛盾纠纷8624件。) may be the total
        # the next breaks down (从纠纷类型看，…); a news subhead is not.
        self.state = _State(subject_before=state.subject if state.one_subject and not subhead
                            else "",
                            measured_before=state.measured)
        if state.caption and _PERIOD_ROW.match(self.text, start):
            # The caption holds for each row after it that is labelled by its period.
            self.state.subject = self.state.caption = state.caption
        if state.frame_line:
            # A line that only opens a breakdown (按零售商户类别分析) heads the
            # paragraph after it: its first sentence names the members.
            self._held_frame = (state.frame_line, self.state.subject_before)
        elif not compares:
            self._held_frame = None
        # (So do the paragraphs after that one that break the same down over
        # other periods, each opening with its comparison, 与二零二三年比较，….)
        if self._held_frame:
            self.state.frame, self.state.total = self._held_frame
        if self.text.startswith("其中", start):
            # (A paragraph that opens with 其中 goes on with the one before, as where news
            # lines end at a 。: 職工醫保方面，參保人數…。\n其中…在職退休比為2.71.)
            self.state.paragraph_aspect = state.paragraph_aspect
        if _ITEM_PARAGRAPH.match(self.text, start):
            self.state.item_owner = ""
            self.state.frame_carried = True

    def end_sentence(self) -> None:
        state = self.state
        if state.clauses == 1 and len(state.bare_clauses) == 1 and not state.item \
                and _LABEL.fullmatch(state.bare_clauses[0]):
            # (Not a numbered one, （一）市属国有企业审计。: a heading run in.)
            state.topic = self.vocab.label_trail.sub("", state.bare_clauses[0])
        state.frame_line = state.frame if state.clauses == 1 else None
        # A sentence that only opens a breakdown, run in before its members
        # (（一）从道路类型看。国省道发生事故…；城市道路…), opens it for the next one.
        run_in = (state.frame, state.total) if state.frame_line else None
        if state.last_clause < 0 and state.bare_clauses \
                and (caption := self.vocab.caption.fullmatch(state.bare_clauses[-1])):
            state.caption = self.clean(caption.group("measure"))
        state.clauses, state.aspect, state.lead_measure = 0, "", ""
        if len(state.scope_members) >= 2:
            state.history.append(list(state.scope_members))
        elif len(state.named) >= 2 and not any(d for _, d, _ in state.named) \
                and len({i for i, _, _ in state.named}) == len(state.named):
            # …生活补贴惠及28.44万人，…护理补贴惠及39.71万人。两项补贴标准分别…: a
            # sentence of subjects of their own is the latest list a later 分别
            # goes back to, not the members of a sentence before it.
            state.history.append([""] * len(state.named))
        if state.outer is not None:
            state.total, state.outer = state.outer[0], None
        if state.total is not None:
            state.subject = state.total
        state.total = state.total_amount = None
        state.parts_sum, state.first_unit = Decimal(0), ""
        # A frame whose sentence named none of its members opens the breakdown of
        # the next sentence, if that one opens with 其中.
        state.frame_before = state.frame if not state.scope_members else None
        state.frame, state.frame_carried, state.counted_frame = None, False, ""
        state.scope_members = []
        state.named_with_measure = False
        state.members = []
        state.named = []
        state.clause_words = state.prior_words = state.per_capita = state.class_noun = ""
        state.class_measure = ("", "")
        state.clause_text = state.prior_text = ""
        state.item = state.prior_item = state.sibling_measure = state.area = ""
        state.region, state.counted_set, state.set_opened = ("", -1), "", False
        state.whose = state.prior_whose = state.main_part = state.main_member = ""
        # (Only a counted owner, not any before 完成: most totals open with an owner of
        # their own, 各级各类学校…，其中…, whose parts are members.)
        counted_scope = state.counted_verb_owner
        state.scope_before = counted_scope if counted_scope \
            and state.verb_owner == counted_scope and state.subject.startswith(counted_scope) \
            and len(state.subject) > len(counted_scope) else ""
        state.counted_verb_owner = ""
        state.verb_owner = state.verb_named = state.counted_owner = state.counted_group = ""
        state.member_measure = state.event = state.list_item = state.cause = ""
        state.ranking = state.partner = state.rest_of = ""
        state.bare_clauses, state.members_before = [], []
        state.outside_scope = False
        state.subject_in_sentence = False
        state.scope = state.period = ""
        state.item_owner = None
        if run_in:
            state.frame, state.total = run_in
            state.frame_carried = True

    def enter_clause(self, start: int, end: int, figured: bool = False) -> None:
        """Note a clause that opens a breakdown: 其中…, X中, 分X看, Y按X分
        (``figured``: the clause holds a figure a rule matched)."""
        state = self.state
        item = _RUN_IN_ITEM.match(self.text, start) if not figured and state.total is None \
            and start > 0 and self.text[start - 1:start] in "：:；;" else None
        if item:
            # 十大自然灾害依次为：（1）…；（2）甘肃积石山6.2级地震，因灾死亡151人；…: an
            # item that opens with its name is a sentence of its own, nothing carried
            # from the one before (not the parts of a whole: 其中：（1）住宅火灾8912起).
            self.end_sentence()
            state = self.state
            state.subject = state.dimension = ""
        state.clauses += 1
        clause = self.text[start:end].strip(_EDGE_PUNCTUATION)
        if not figured and _holds(self.vocab.partner_standing_requires, clause) \
                and (standing := self.vocab.partner_standing.fullmatch(self.clean(clause))) \
                and self._is_partner(standing.group("partner")):
            state.partner = standing.group("partner")
        if item:
            state.list_item = self.clean(self.text[item.end():end], keep_numbers=True)
        # (Or one after ；, which ends the one before: 春节假期8天，…；国庆假期7天，….)
        if (state.last_clause < start_after(self.text, start, "。\n")
                or self.text[start - 1:start] in "；;") \
                and _holds(self.vocab.named_period_requires, clause) \
                and (named := self.vocab.named_period.match(self.clean(clause))) \
                and not _HAN.match(named.string, named.end()):
            # (A clause of its own, or its length after it (春节假期8天); not the time
            # of a measure the clause goes on to name: 「五一黄金周」期间旗下门市营业额上升8%.)
            state.period = named.group("period")  # (before the sentence's first figure)
        if not figured and (opened := self.vocab.class_opened.match(clause)):
            state.rest_of = self.clean(opened.group("whole"))
        state.prior_words, state.clause_words = state.clause_words, ""
        state.prior_text, state.clause_text = state.clause_text, ""
        state.prior_item, state.item = state.item, ""
        state.prior_whose, state.whose = state.whose, ""
        if state.outer is not None and self.text[start - 1:start] in "；;":
            # …，其中：省级1个…；妇幼保健机构108个: the ； closes the member's own
            # breakdown, and the list of the whole goes on.
            (state.total, state.total_unit, state.total_amount, state.frame,
             state.scope_members, state.scope_unit, state.first_unit, state.parts_sum,
             state.outside_scope) = state.outer
            state.outer = None
        if state.total is not None and self.text[start - 1:start] in "；;":
            state.outside_scope = not clause.startswith("其中")
        if self.text[start - 1:start] in "；;":
            # The region of cities goes on past the ； (长三角地区41个城市平均优良天数比例为
            # 85.3%…；PM2.5平均浓度为30微克/立方米), not to a clause opening with a
            # place (…；全省PM2.5年均浓度为23微克/立方米).
            state.area = ""
            if self._places.match(clause):
                state.region = ("", -1)
        # (Also after a frame that named no whole, where the member stands as its
        # own subject: 分部门看，住户贷款…；企（事）业单位贷款增加4689亿元，其中中长期贷款….)
        member = state.total == "" and state.frame is not None and bool(state.last[0]) \
            and not state.last[1] and state.subject_in_sentence
        if state.outer is None and clause.startswith(self.vocab.nested_openers) \
                and state.total is not None \
                and (member or (state.scope_members
                                and state.last == (state.total, state.scope_members[-1])
                                and not state.outside_scope
                                and self._measure_at(state.total) < 0)):
            # 专业公共卫生机构中，疾病预防控制中心105个，其中：省级1个…: a member's own
            # parts, of the member, until the ； after them (only after the member's
            # figure of the total's measure: not after its share, …占18.70%，其中…;
            # and where the total names no measure, which the member's name would lack:
            # 受雇员工人数…制造业…，其中电子零组件制造业…).
            state.outer = (state.total, state.total_unit, state.total_amount, state.frame,
                           state.scope_members, state.scope_unit, state.first_unit,
                           state.parts_sum, state.outside_scope)
            state.total, state.total_unit = state.last[1] or state.last[0], state.unit
            state.total_amount, state.frame, state.scope_members = state.amount, None, []
            state.parts_sum, state.outside_scope = Decimal(0), False
        frame_before, state.frame_before = state.frame_before, None
        counted, state.counted_frame = state.counted_frame, ""
        if state.set_opened:
            state.counted_set, state.set_opened = state.last[0], False
        if counted:
            self._open_frame(counted, counted=True)
        if state.total is None and state.subject and self.text[end:end + 1] in "：:" \
                and not figured and state.subject[-2:] in clause:
            # 居民消费价格同比下降0.2%。八大类商品和服务价格“三涨五降”：衣着类上涨0.8%…:
            # a clause that names the subject's measure again, before a colon, opens
            # its breakdown like 其中.
            state.total, state.total_unit = state.subject, state.unit
            state.subject_in_sentence = True
        elif state.total is None and not figured and (self.text[end:end + 1] in "：:" or (
                self.text[end:end + 1] in "，," and self.text[start - 1:start] in "。\n"
                and (wei := _MEMBER_WEI.match(self.text, end + 1))
                and self._measure_at(wei.group("member")) < 0)) \
                and (named := self.clean(clause)).endswith(self.vocab.measure_words):
            # 居民医保筹资标准：成年人1060元、未成年人900元: a measure named before a
            # colon is the whole its members break down; so is one that opens its
            # sentence before a comma and a member with 为 (备付能力合理区间，职工医保为…;
            # not a measure with 为, 全年无孕产妇死亡，婴儿死亡率为1.62‰).
            state.total, state.total_unit = named, ""
            state.subject, state.subject_in_sentence = named, True
        elif self.text[end:end + 1] in "：:" and not figured \
                and (alone := self.rules.quantity.match(self.text, end + 1)) \
                and (self.text[alone.end():alone.end() + 1] in ("", "。", "；", ";", "\n")
                     or self.vocab.labelled_goes_on.match(self.text, alone.end())) \
                and (named := self.clean(clause)):
            # ●妇幼保健机构：128家 (a data box's line): the label names the figure
            # that stands alone after it, or that another of it or its change
            # follows (缴存额：812.36亿元，同比增长6.2%; 发放贷款：2.15万笔、96.48亿元).
            state.subject, state.subject_in_sentence = named, True
        if clause.startswith("其中") and (state.total is None or (
                state.total == "" and state.subject.endswith(_TOTAL_WORD))):
            # (按资金来源分，本年资金来源合计…，其中…: a frame that named no whole
            # leaves 其中 the total its sentence gave.)
            if state.total is None and state.scope_members:
                # …，其中村民委员会…、居民委员会…；村（居）委会成员8902人，其中女性…: the
                # members of a breakdown closed before are none of this one's.
                state.scope_members, state.parts_sum = [], Decimal(0)
            state.frame = frame_before if state.total is None else state.frame
            state.total, state.total_unit = state.subject, state.unit
            if not state.subject and state.subject_before:
                # …吞吐量19.35亿吨，增长3.9%。¶其中，沿海港口…: a paragraph that opens
                # with 其中 breaks down the one subject of the paragraph before.
                state.total, state.total_unit = state.subject_before, ""
            state.total_amount = state.amount
            level, level_unit = state.level
            if not state.subject and frame_before and state.total == "" \
                    and frame_before not in self.vocab.period_frames \
                    and _BARE_PART.match(self.text, end) and (whole := next(
                    (lv for lv, unit, _ in reversed(state.levels) if unit != "%"), "")) \
                    and state.unit not in self.rules.quantities.count_units:
                # 从贸易方式看，一般贸易进出口6.5万亿元…。其中，出口…；进口…: the frame
                # named no whole and its sentence no member; the parts are of its level
                # (not under a frame of periods, 从月度看，12月当月…总额…。其中，出口…; only
                # parts named bare, not 其中，高新技术企业拥有有效发明专利…, nor of a count).
                state.frame, state.subject = None, whole
                state.total, state.total_unit = whole, ""
            if level and (state.subject.startswith(level) or (
                    self.vocab.average.match(state.subject) and level_unit == state.unit)):
                # …总额1256.3亿元，…增速比上年回落2.3个百分点。其中，出口…: the
                # breakdown is of the level, not of its derived measure, nor of
                # an average (受理诉求412.65万件，日均受理1.13万件。其中，…).
                state.total, state.total_unit = level, level_unit
                state.total_amount = state.level_amount
            if state.total and state.total.endswith(self.vocab.rate_of_parts) \
                    and (counted := next((lv for lv, _, _ in reversed(state.levels)
                                          if lv != state.total), "")) \
                    and (at := self._measure_at(counted)) >= 0 \
                    and (grown := _GROWN_MEASURE.match(counted, at)):
                # 32个行业增加值实现增长，增长面为78.0%。其中，X制造业增长…: the parts
                # are of the measure the count grew by, not of the share that grew.
                state.total, state.total_unit = grown["measure"], ""
            if state.share_owner[0] == state.subject and state.share_owner[1] \
                    and not state.share_owner[2] and self._names_measure(state.share_owner[1]):
                # 工业投资增长13.2%，占全部投资的比重为36.4%。其中，制造业投资…: the
                # parts are of what the share was of, not of the share (where it names
                # a measure: not 儿童福利类项目4180万元，占14.0%。其中，…惠及儿童…).
                # (In the unit of its level, if one was given: a member counted in
                # another unit, 总面积…，约占…。其中，国家级自然保护区23处, breaks
                # down the count in that unit, below.)
                state.total, state.total_unit = state.share_owner[1], next(
                    (unit for lv, unit, _ in reversed(state.levels)
                     if lv == state.share_owner[1]), "")
            # (Only a share named as a noun, 税收占比达…; one written 占…% has its own
            # rule above, share_owner.)
            share = next((w for w in self.vocab.share_words if state.total
                          and state.total.endswith(w)
                          and state.share_owner[0] != state.subject), "")
            stem = state.total[:-len(share)] if share and state.total else ""
            if len(stem) >= 2 and (amount := next(
                    (lv for lv, unit, _ in reversed(state.levels)
                     if unit not in ("%", "") and lv != state.total and lv.startswith(stem)), "")):
                # 税收收入…，增长4.6%，税收占比达83.6%…。其中，增值税增长8.9%: the parts
                # are of the amount the share was named of (税收收入), not of the share.
                state.total, state.total_unit = amount, ""
            state.subject_in_sentence = True  # 其中 carries the subject into its sentence
        # A clause with a figure opens nothing; numbers of names and times do not
        # count (60周岁及以上老年人口中, 2023年末全市常住人口中, 7月受理量最高).
        if figured or (_DIGIT.search(clause) and _DIGIT.search(self.vocab.subject_numbers.sub(
                "", self.vocab.fillers.sub("", _BOOK_TITLE.sub("", clause))))):
            state.members_before, state.bare_clauses = state.bare_clauses, []
            counted = self.vocab.counted_frame.search(clause)
            rest = self.text[end:].partition("。")[0]
            if counted:
                if not regex.search(
                        r"\d" + (counted.group("unit") or counted.group("place")), rest):
                    # (But a count of the places a frame covers names them next:
                    # 珠三角9市中，广州市耕地面积…，江门市…; unless the sentence counts
                    # some of them: 11个设区市中，偏多的有2个.)
                    state.counted_frame = clause
                else:
                    # (Those counts are of the places, by what they did: 31个省份中，
                    # 上涨的有3个 -> 上涨的省份, in _count_of_class.)
                    state.class_noun = self.clean(counted.group("noun"))
            elif not (whole := _counted_whole(self.rules.quantities.count_units).search(clause)):
                pass
            elif regex.match(r"[，,]?(?!有)(?:\p{Han}{2}|" + self.vocab.grade_class.pattern
                                    + r")[^\d]*?\d+(?:\.\d+)?"
                                    + (unit := regex.escape(whole.group("unit"))), rest) \
                    and whole.group("whole")[-2:] not in (first := _DIGIT.split(rest, 1)[0]) \
                    and (not regex.search(r"的(?:有|为)?$", first) or len(regex.findall(
                        r"\d" + unit + r"(?![\p{Han}\d])", rest)) >= 2):
                # (Only where the parts are named first and counted as the whole
                # is; not 97家企业中，有41家…, 41个行业中，烟草制品业增长1.4%. Nor
                # where the first part names the whole's head again, a kind of
                # its own, 69个城市中，酸雨城市27个; nor one part that does something,
                # 66项指标中，已实现目标的52项: the keys read both as indicators.
                # Parts named with 的 and listed are its members all the same:
                # 31个湖库中，贫营养的3个，中营养的25个, or with 的有, 42个品种中，价格上涨的
                # 有15个，下跌的有19个; so are grades, Ⅰ类水质的3个，Ⅱ类13个.)
                state.counted_frame = whole.group("whole") + "中"
            elif not regex.search(r"\d" + regex.escape(whole.group("unit")),
                                  regex.split(r"[，,；;]", rest[1:], maxsplit=1)[0]):
                # (Parts given as shares of the set, not counted: the set, named as
                # its count's indicator, owns the shares, 716个省考以上断面中，Ⅲ类…比例;
                # not 339个城市中，202个城市…达标，占59.6%.)
                state.set_opened = True
            return
        if self._open_frame(clause):
            return
        by = self.vocab.by_frame.match(clause)
        if by and (component := self.vocab.component_topic.match(self.clean(by.group("by")))):
            state.scope = component.group("scope")
        elif by and self.clean(by.group("by")) not in self.vocab.holiday_frames:
            # (从个体工商户看，全市实有个体工商户从业人员…，资金数额…: where the sentence
            # names the topic again as the owner of its measures, no breakdown opens.)
            if not self._measure_looked_at(clause, by.group("by"), end) \
                    and not self._topic_owner(by.group("by"), end) \
                    and not self._composition(by.group("by")):
                frame = self.clean(by.group("by"))
                if state.frame and frame != state.frame:
                    # 从事故类型看，…；从企业规模看，小微企业…: a breakdown by another
                    # grouping starts its members anew.
                    state.scope_members, state.parts_sum = [], Decimal(0)
                    state.total_amount, state.outside_scope = None, False
                state.frame = frame
                total = self.clean(by.group("total"))
                if total or state.total is None:
                    # (A paragraph may open with it: …增长5.8%。¶分经济类型看，….)
                    # (Not a rate just given, vocabulary unsplit_ends: 煤矿百万吨死亡率为
                    # 0.030。分行业看，建筑施工领域发生事故…、死亡…人: no parts of it.)
                    latest = state.subject or state.subject_before
                    stem, _, aside = latest.partition("（")
                    if aside and self.vocab.exclusion.match(aside):
                        # …投资（不含农户）419409亿元…；扣除房地产开发投资，全国固定资产投资
                        # 增长7.8%。分领域看，…: the narrower aggregate is a side figure;
                        # the breakdown is of the level of the whole before it.
                        latest = next((level for level, unit, _ in reversed(state.levels)
                                       if level != latest and level.startswith(stem)
                                       and unit != "%"), latest)
                    if (key := frame.removesuffix("种")) != frame \
                            and key not in latest.replace("非" + key, ""):
                        # 税收收入…；非税收入…。分税种看，国内增值税…: a grouping by
                        # kinds of X divides the latest whole that names X, not 非X.
                        latest = next((level for level, unit, _ in reversed(state.levels)
                                       if key in level.replace("非" + key, "")
                                       and unit != "%"), latest)  # (not its share)
                    state.total, state.total_unit = total or self._whole_members_fit(end) \
                        or ("" if latest.endswith(self.vocab.unsplit_ends) or "占" in latest
                            else latest) \
                        or self._whole_members_fit(end, earlier=True), ""
        else:
            # (《A》《B》《C》分列…前三位: titles written one after another are a list,
            # their numbers their names'.)
            titles = "》《" in clause
            state.clause_words = self.clean(clause.replace("》《", "》、《"), keep_numbers=titles)
            state.clause_text = clause
            if clause != "其中":  # (其中，A、B，C、D增加值分别…: the list begins after it)
                state.bare_clauses.append(state.clause_words)
            if _ENUMERATOR.match(clause):
                state.item = state.clause_words
            if clause.endswith("的") and state.clause_words:
                state.whose = state.clause_words
            if "分为" in clause and (tiers := self.vocab.divided_tiers.search(clause)) \
                    and tiers.end() == len(clause) and state.total is None and state.clause_words:
                state.frame, state.total, state.total_unit = tiers.group(), state.clause_words, ""
            if aspect := self.vocab.aspect.search(clause):
                state.aspect = state.paragraph_aspect = self.clean(aspect.group("topic"))
            if clause[:1] in "以按" and (lead := self.vocab.measure_lead.match(clause)):
                state.lead_measure = lead.group("measure")
            main = self.vocab.main_part.search(clause)
            if main and state.subject_in_sentence and state.subject:
                # 报告猩红热1026例，报告病例以3-9岁儿童为主，占89.4%: the part named
                # the main one is the member of the share after it.
                state.main_part = self.clean(main.group("member"), keep_numbers=True)
            elif not state.subject_in_sentence and "主要" in clause \
                    and (main := self.vocab.main_member.fullmatch(clause)):
                state.main_member = self.clean(main.group("member"))
            trend = self.vocab.trend.search(clause)
            if trend and not state.verb_owner:
                state.verb_owner = self.clean(clause[:trend.start()])
            # CPI同比持平，其中1月份下降0.3%: a figure of no change names its subject;
            # so does a move without its figure (就业人数较上季减少，但比上年增加1.8%),
            # and a turn opening a sentence (利润由降转升，同比增长5.4%).
            flat = self.vocab.flat.search(clause) or self.vocab.moved.search(clause) or (
                self.vocab.turn.search(clause) if not state.subject_in_sentence else None)
            if flat and (named := self.clean(clause[:flat.start()])):
                state.subject, state.dimension, state.unit = named, "", ""
                state.subject_in_sentence = True
                # (…4个城市中，新建商品住宅销售价格环比“一升三降”，杭州上涨0.3%: the
                # places' changes after it are of it, not of the count before.)
                # (Not one named again before a colon, above.)
                if flat.groupdict().get("tally") and self.text[end:end + 1] not in "：:":
                    state.level, state.level_amount = (named, ""), None
                    if state.total and self._measure_at(state.total) < 0:
                        state.total = named  # (the frame's places are its members)
            elif not state.subject_in_sentence \
                    and (computed := self.vocab.computed.search(clause)) \
                    and (named := self.clean(clause[:computed.start()])):
                # (Its rate is the measure's growth: 收入增幅 -> 收入.)
                named = next((named.removesuffix(w) for w in self.vocab.rate_words
                              if named.endswith(w) and len(named) > len(w)), named)
                state.subject, state.dimension, state.unit = named, "", ""
                state.subject_in_sentence = True

    def _measure_looked_at(self, clause: str, by: str, end: int) -> bool:
        """Whether a clause 从X看 (ending at ``end``) looks at a measure X whose
        figure the sentence gives next (从贷款利率看，新发放企业贷款加权平均利率为
        3.62%): the topic, not what divides it (从企业规模看，规模以上企业中…; a
        grouping by it is a breakdown: 按…收入分组，低收入组…)."""
        raw, by = by, self.clean(by)
        if not clause.endswith("看"):
            return False
        rest = self.text[end:].partition("。")[0]
        head = next((w for w in self.vocab.measure_words if by.endswith(w)), "")
        if head and regex.search(regex.escape(head) + r"(?:为|是|达到?)?约?\d", rest):
            return True
        if (per_head := self.vocab.per_head_start.match(by)) and per_head[0] in rest:
            # 从人均水平看，全市人均地区生产总值为…: the per-head measure named next is
            # the topic, no member of a breakdown.
            return True
        # (从单产看，全国粮食单位面积产量389.7公斤/亩: the topic is the measure written
        # short, its characters in order in the measure's name.)
        named = regex.search(f"(?:{self.vocab.measure_word.pattern})(?=(?:为|是|达到?)?约?\\d)",
                             rest) if head else None
        if named and len(named[0]) > len(head) and named[0][0] == head[0]:
            chars = iter(named[0])
            if all(c in chars for c in head):
                return True
        # (从市场预期看，生产经营活动预期指数为52.1%: the topic's last word names the
        # measure the figure is of, with the measure word after it; 预期 is a
        # trail word to clean, so the topic as written.)
        # (Not the topic whole, nor a member's head: 分产业看，第一产业增加值….)
        word = raw[max((b for b in word_boundaries(raw) if b < len(raw)), default=0):]
        heads = (*self.vocab.member_heads, *self.vocab.list_heads, "行业")
        if 2 <= len(word) < len(raw) and not word.endswith(heads) and regex.search(
                regex.escape(word) + r"(?:" + self.vocab.measure_word.pattern
                + r")(?:为|是|达到?)?约?\d", rest):
            return True
        # (从教师队伍看，普通高校专任教师…: the topic opens with the kind the measure
        # after it counts, 专任教师; the schools named with it are no members.)
        return any(any(w[-k:] == raw[:k] for k in range(2, len(w)))
                   and regex.search(regex.escape(w) + r"(?:为|是|达到?)?约?\d", rest)
                   for w in self.vocab.measure_words)

    def _composition(self, by: str) -> bool:
        """Whether X of a clause 从X看 is a measure's make-up (收入构成): the parts
        named next are measures of their own (渔民家庭经营性收入…，工资性收入…), not
        members that split off what they open with."""
        by = self.clean(by)
        # (从基金收支看，…基金收入…，基金支出…: X names two measures, not a grouping; 分城乡
        # 看 names members.)
        if any(by.endswith(w) and not set(parts) & set(self.vocab.member_words)
               for w, parts in self.vocab.paired_measures):
            return True
        word = next((w for w in self.vocab.composition_words if by.endswith(w)), "")
        return bool(word) and by[:-len(word)].endswith(self.vocab.measure_words)

    def _topic_owner(self, by: str, end: int) -> bool:
        """Whether the sentence after a clause 从X看 (ending at ``end``) names X
        again right before a measure word, as the owner of that measure (not a
        head its members share: 分产业看，第一产业增加值…)."""
        by = self.clean(by)
        if by.endswith((*self.vocab.member_heads, *self.vocab.list_heads, "行业")):
            return False
        rest = self.text[end:].partition("。")[0]
        at = rest.find(by) if len(by) >= 2 else -1
        return at >= 0 and bool(self.vocab.measure_word.match(rest, at + len(by)))

    def _open_frame(self, clause: str, counted: bool = False) -> bool:
        """Open the breakdown of a clause "X中" (医疗总费用中), if it is one
        (``counted``: X counts its places, 全省9市, a count that stays in its name)."""
        state = self.state
        frame = self.vocab.frame.match(clause) if len(clause) <= _FRAME_LIMIT else None
        if not frame:
            return False
        if self.vocab.label_trail.search(self.clean(frame.group("frame"))):
            # 民生资金审计中，审计抽查了…，发现…: the work the findings came from, a
            # topic, not a whole that its figures are the parts of.
            return True
        before, state.frame = state.frame, self.clean(frame.group("frame"), keep_numbers=counted)
        if before and state.total and before in state.total and state.frame != before:
            # 职工长护险基金收入中，个人缴费…；居民长护险基金收入中，个人缴费…: a
            # whole named after another's breakdown opens its own.
            state.total, state.scope_members, state.parts_sum = None, [], Decimal(0)
            state.total_amount, state.outside_scope = None, False
        if state.total is None or (not state.total and (state.frame_carried or before)):
            # 规模以上工业增加值…。在规模以上工业中: the subject names the total fully.
            # (So after a line that only opened a breakdown, （一）按行业分组, that
            # named no total: 在法人单位中 names it; so after a breakdown by a grouping
            # that named none, 从地区分布看，全国农业经营户中，东部地区占31.2%.)
            # (Not a rate per head of it: 每万人口执业药师…。执业药师中，药学类占….)
            # (Nor a share of it: 企业法人单位…万个，占全部法人单位的93.9%。在企业法人
            # 单位中: the whole is what the share was of.)
            subject = state.share_owner[1] if state.share_owner[0] == state.subject \
                and state.share_owner[1] else state.subject
            # (Nor an average of it: 城镇就业人员周平均工作时间…。城镇就业人员中，受雇就业
            # 人员占68.4%: a share of the people, not of their hours.)
            # (Nor a narrower class of it: 新设科技服务业民营企业…。全省民营企业中，有
            # 高新技术企业…: the frame is the whole, the subject one part of it.)
            fuller = subject if state.frame and state.frame in subject \
                and not self.vocab.per_capita.match(subject) \
                and not self.vocab.average.search(subject.partition(state.frame)[2]) \
                and (counted or not subject.endswith(state.frame) or subject == state.frame) \
                else ""
            if not fuller and subject and state.frame.endswith(_INDUSTRY_CLASSES):
                # 规模以上工业增加值增长7.8%。重点行业中，电气机械…增长12.6%: a class of
                # industries names the members, no measure; the one carried stays.
                fuller = subject
            state.total, state.total_unit = fuller or state.frame, ""
            if state.clauses == 1:
                # …，其余2.2%正在待业。在求职的毕业生当中，全职就业率为96.8%: a whole
                # a sentence opens with has none of the members the one before named.
                state.dimension = ""
            # A frame that names another whole (…基础研究支出…；地方财政科学技术
            # 支出中，东部地区…) carries no subject of the sentence into its members.
            state.subject_in_sentence = state.subject_in_sentence and bool(fuller)
        return True

    # --- the subject of one figure -------------------------------------------------

    def of(self, figure: Figure, clause_start: int, clause_end: int) -> Subject:
        """The indicator and dimensions of a figure in the given clause."""
        # (The trade a threshold of a list is of, asked once: both steps use it.)
        trade = self._threshold_member(figure)
        subject = self._of(figure, clause_start, clause_end, trade)
        first = subject.indicators[0]
        if not self.state.area and not subject.dimensions[0] \
                and (kind := _opening(self.vocab.settlement_words, first)) \
                and len(kind) in word_boundaries(first) and len(first) > len(kind):
            # 乡用水普及率…，污水处理率…; 建制镇建成区面积…，用水普及率…: the kind of
            # settlement a measure opens with is of the measures after it (to a ；).
            self.state.area = kind
        elif (area := self.state.area) and _opening(self.vocab.settlement_words, area) \
                and figure.count == 1 and not subject.dimensions[0] and len(first) <= 10 \
                and not first.startswith(area) \
                and not _opening(self.vocab.settlement_words, first) \
                and not self._places.search(first):
            # (…燃气普及率56.97%，人均公园绿地面积2.84平方米: a measure named alone
            # that the carry of a sibling did not reach.)
            subject = Subject((area + first,), subject.dimensions)
        if trade and not subject.dimensions[0]:
            # 年主营业务收入2000万元及以上的批发业、…: the first threshold of a list is
            # its trade's.
            subject = Subject(subject.indicators, (trade,))
        if target := self._target_of(figure, clause_start):
            subject = target
        elif opener := self._target_opener(figure.start):
            # 主要预期目标：地区生产总值增长6%左右；…: targets, not the year's figures.
            subject = Subject(tuple(i.partition(opener)[2] or i for i in subject.indicators),
                              tuple(d or "目标" for d in subject.dimensions))
        if partnered := self._with_partner(subject):
            return partnered
        if self.state.rest_of and subject.indicators[0].startswith(self.vocab.rest_words):
            # 乙类传染病中白喉无发病报告，其余23种传染病共报告发病…: the rest of the class.
            subject = Subject(tuple(_owned_rest(self.state.rest_of, i, self.vocab.rest_words)
                                    for i in subject.indicators), subject.dimensions)
        only = self.vocab.only_member.fullmatch(subject.indicators[0]) \
            if figure.count == 1 else None
        if only and not subject.dimensions[0]:
            # 常住人口超过1000万人的只有苏州市，为1295.8万人: the one member past the
            # threshold, of the measure.
            subject = Subject((only.group("measure"),), (only.group("member"),))
        elif figure.count == 1 and not subject.dimensions[0] \
                and (only := _ONLY_MEMBER_BEFORE.search(
                    self.text, max(0, figure.first - _SUBJECT_REACH), figure.first)):
            # 全省各县中，地区生产总值超过1000亿元的只有昆山市，为5140.6亿元 (仅有): the
            # same in the clause as written, where a frame or a trail word (仅有) kept
            # the member out of the subject.
            subject = Subject((only.group("measure"),), (only.group("member"),))
        subject = self._of_region(figure, clause_start, subject)
        subject = self._of_place_first(figure, subject)
        if (scope := self.state.scope) and not any(scope in i for i in subject.indicators):
            # (从非制造业其他分类指数看，新订单指数为…: 非制造业's, not the manufacturing one.)
            subject = Subject(subject.indicators, tuple(d or scope for d in subject.dimensions))
        if (period := self.state.period) and not any(subject.dimensions):
            # 春节假期8天，国内出游4.74亿人次…；国内游客出游总花费…: the holiday the
            # sentence opened with is the member of its measures, not of its length,
            # where the document goes through several (春节…；五一…；国庆…); in one on
            # that holiday, the time of its measures (the period column), no member.
            own = self._own_period(period)
            subject = Subject(tuple(i.removeprefix(period) if i != period else i
                                    for i in subject.indicators),
                              subject.dimensions if own else
                              tuple(period if i != period else "" for i in subject.indicators))
        if figure.count != 1 or any(subject.dimensions):
            return subject
        indicator, state = subject.indicators[0], self.state
        if state.item_owner == "":
            state.item_owner = indicator
        elif state.item_owner and not indicator.startswith(state.item_owner) \
                and not state.list_item:
            # （一）社区志愿服务活动21.4万场，服务时长2356.1万小时: the item's other
            # measures are of what its first figure named.
            state.subject, state.dimension = indicator, state.item_owner
            return self._remember(indicator, (state.item_owner,), subject_given=True)
        if state.list_item:
            # （9）西北地区风雹灾害，造成直接经济损失42.1亿元: the item named owns the
            # measure, as an event before 造成 does.
            owner = "" if indicator.startswith(state.list_item) else state.list_item
        elif (cause := self._cause(indicator)).startswith("因") and len(cause) > 1 \
                and state.frame is not None:
            # 按事故原因分，因违章作业导致事故61起…；因设备缺陷导致事故22起: in a
            # breakdown, each clause's own cause is its member, of what it caused.
            state.cause = ""
            caused = indicator.partition(cause)[2]
            measure = next((caused.removeprefix(v) for v in self.vocab.cause_verbs
                            if caused.startswith(v)), caused)
            state.subject, state.dimension = measure, cause[1:]
            return self._remember(measure, (cause[1:],), subject_given=True)
        elif not state.cause:
            state.cause, owner = self._cause(indicator), ""
        else:
            # …，因灾死亡失踪107人，直接经济损失…: of the event that caused the first.
            owner = "" if state.cause in indicator else state.cause
        if not owner:
            return subject
        state.subject = owner + indicator
        state.last = (state.subject, "")
        return Subject((state.subject,), subject.dimensions)

    def _of_region(self, figure: Figure, clause_start: int, subject: Subject) -> Subject:
        """The subject with the region of cities the sentence opened with before
        each measure that names no place of its own (长三角地区41个城市优良天数比例为
        83.5%，PM2.5平均浓度为32微克/立方米 -> 长三角地区PM2.5平均浓度)."""
        state = self.state
        if state.region[1] != clause_start and (m := self.vocab.counted_area.match(
                self.text, clause_start, figure.start)):
            state.region = (m.group("area"), clause_start)
        area, dimensions = state.region[0], subject.dimensions
        if area:
            # (Not a measure of a member that is the region: 分区域看，珠三角地区9市….)
            subject = Subject(tuple(
                i if not i or area in i + "".join(dimensions[k:k + 1]) or self._places.search(i)
                else area + i for k, i in enumerate(subject.indicators)), dimensions)
        owner = state.counted_set
        if not owner:
            return subject
        return Subject(tuple(
            owner + i if self.vocab.share_end.search(i) and owner not in i
            and not "".join(dimensions[k:k + 1]) else i  # (a member's is the measure's)
            for k, i in enumerate(subject.indicators)), dimensions)

    def _of_place_first(self, figure: Figure, subject: Subject) -> Subject:
        """The subject with the place a figureless clause of its sentence put first:
        one place doing something (四川省开展…专项整治，检查定点医药机构2.7万家) or
        given as an example (以江苏省为例，…), in a text about more than that place."""
        start = self._sentence_start()
        clauses = _CLAUSE_COMMA.split(self.text[start:figure.start])[:-1]
        place = ""
        for k, clause in enumerate(c.strip() for c in clauses):
            example = clause.endswith("为例")
            # (Only the first clause acts, a later one only gives an example: the
            # others need no tagging, as a figure's every clause before would.)
            if _DIGIT.search(clause) or not (k == 0 or example):
                continue
            words = tagged(clause)
            if len(words) < 2:
                continue
            if example and words[0][1] == "p" and words[1][1] == "ns":
                place = words[1][0]  # 以江苏省为例
            elif example and words[0][1] == "p":
                # 以某省一家三级综合医院为例，检查发现其…违规收费涉及金额: the example,
                # unnamed (某省, 一家 left out), is what 其 stands for.
                named = "".join(w for w, tag in words[1:-1] if tag not in ("r", "m"))
                return _of_referent(named, subject) if named else subject
            elif k == 0 and words[0][1] == "ns" and words[1][1] == "v":
                place = words[0][0]  # 四川省开展…
        if not place or place in self._own_region or any(
                d or place[:2] in i for i, d in zip(subject.indicators, subject.dimensions,
                                                    strict=True)):
            return subject
        return Subject(tuple(place + i for i in subject.indicators), subject.dimensions)

    def _with_partner(self, subject: Subject) -> Subject | None:
        """A trade measure with its partner as the member: 与东盟贸易总值 -> 贸易总值 of
        东盟; 对拉丁美洲、非洲分别进出口 -> 进出口 of each; a bare 贸易总值 after a clause
        that ranked its partner (欧盟为我国第二大贸易伙伴，贸易总值…) -> of 欧盟."""
        indicator, dimensions = subject.indicators[0], subject.dimensions
        if any(i != indicator for i in subject.indicators):
            return None
        partnered = self.vocab.partner.fullmatch(indicator)
        if partnered is None and self.state.partner and not any(dimensions):
            # (The pattern tells a trade measure: the bare one, with the ranked partner.)
            partnered = self.vocab.partner.fullmatch(f"与{self.state.partner}{indicator}")
            if partnered is None or partnered.group("lead"):
                return None
        if partnered is None:
            return None
        partners = tuple(partnered.group("partner").split("、"))
        lead, measure = partnered.group("lead"), partnered.group("measure")
        # (A list's members as the list rule cut them: 对日本, 韩国进出口.)
        if not all(self._is_partner(p) for p in partners) or (any(dimensions) and (
                len(dimensions) != len(partners) or not all(
                    d.removesuffix(measure).endswith(p)
                    for d, p in zip(dimensions, partners, strict=True)))) \
                or (not any(dimensions) and len(partners) != len(dimensions)):
            return None
        if lead and all(tag.startswith("n") and tag != "ns" for _, tag in tagged(lead)):
            # 民营企业对东盟出口: the trader is part of the measure; not the reporter
            # (中国与东协…) nor a time (同期对…, 前11月对…).
            measure = lead + measure
        return self._remember(measure, partners, subject_given=True)

    def _is_partner(self, name: str) -> bool:
        """A place (美国, 拉丁美洲), a bloc (东盟, 欧盟: jieba's abbreviations) or a group
        of them (共建“一带一路”国家)."""
        words = tagged(name)
        return bool(words) and (name.endswith(self.vocab.partner_heads) or all(
            tag in ("ns", "j") for _, tag in words))

    def _target_of(self, figure: Figure, clause_start: int) -> Subject | None:
        """The subject of a target written in brackets after 目标 or quoted before
        it, with dimension 目标, if the figure is one."""
        state = self.state
        if self.vocab.target_bracket.search(self.text, max(clause_start - 1, figure.start - 24),
                                  figure.start):
            # 婴儿死亡率为2.86‰，5岁以下儿童死亡率为4.12‰。两项指标均优于《规划》目标
            # （分别控制在4.5‰和6.0‰以下）: the targets of the latest levels in
            # their units, in order.
            levels = [(s, u) for s, u, _ in state.levels][-figure.count:]
            if len(levels) == figure.count and all(
                    u == figure_unit for (_, u), figure_unit in zip(
                        levels, figure.units or (figure.unit,), strict=True)):
                return Subject(tuple(s for s, _ in levels), ("目标",) * figure.count)
            return None
        quote = self.text.rfind("“", clause_start, figure.start)
        if figure.count != 1 or quote < 0 or "”" in self.text[quote:figure.start] \
                or not self.vocab.target_after.match(self.text, figure.end) \
                or "”" not in self.text[figure.end:figure.end + 2]:
            return None
        # 婴儿死亡率已提前达到《纲要》提出的“降至5.0‰以下”的目标，5岁以下儿童死亡率
        # 距“降至6.0‰以下”的目标…: the measure named before the verb.
        words = self.text[clause_start:quote]
        cut = min((at for v in self.vocab.target_verbs if (at := words.find(v)) > 0),
                  default=-1)
        words = words[:cut] if cut > 0 else ""
        while adverb := next((a for a in self.vocab.target_adverbs if words.endswith(a)), ""):
            words = words.removesuffix(adverb)
        own = self.clean(words) if words else ""
        if own and self._measure_at(own) >= 0:
            return Subject((own,), ("目标",))
        return None

    def _target_opener(self, at: int) -> str:
        """The words naming targets whose list holds the figure at ``at``, if any:
        after a colon, to the paragraph's end; else to the sentence's."""
        opener = next(iter(reversed(list(
            self.vocab.target_opener.finditer(self.text, self._paragraph_start, at)))), None)
        if opener is None or (not opener.group("colon") and regex.search(
                "[。！？!?]", self.text[opener.end():at])):
            return ""
        before = self.text[self._paragraph_start:opener.start()]
        clause = regex.split("[，,；;。！？!?：:]", before)[-1]
        if any(verb in clause for verb in self.vocab.target_verbs):
            return ""  # (完成了年初确定的主要目标：…: the targets met, the year's figures.)
        return opener.group()

    def _cause(self, indicator: str) -> str:
        """The event an indicator names before a verb of causing, if any."""
        for verb in self.vocab.cause_verbs:
            event, found, _ = indicator.partition(verb)
            if not found:
                continue
            # (京津冀地区洪涝灾害共造成…: 共, 均, 累计 are no part of the event.)
            while trail := next((t for t in self.vocab.cause_trails if event.endswith(t)), ""):
                event = event.removesuffix(trail)
            if event:
                return event
        return ""

    def _of(self, figure: Figure, clause_start: int, clause_end: int, trade: str) -> Subject:
        """The subject of a figure before the carries of ``of``; ``trade`` is the
        figure's ``_threshold_member``. Each step asks whether the figure is written
        in one way and answers with its subject, or None for the next step to ask;
        the steps marked "reads" only read the figure's words into ``a`` for the
        steps after them. The order is the order of precedence."""
        a = self._asked(figure, clause_start, clause_end, trade)
        for step in (
                self._share_in_words_restated,
                self._aside_in_brackets,
                self._written_twice,
                self._part_by_condition,
                self._part_by_place,
                self._count_of_class,
                self._count_of_kinds_listed,
                self._count_above_bound_after,
                self._counts_with_shared_predicate,
                self._next_threshold,
                self._read_before,  # (reads: answers nothing)
                self._share_after_level_in_brackets,
                self._part_counted_in_whole,
                self._read_subject,  # (reads: answers nothing)
                self._weight_of_measure_before,
                self._listed_after_measure,
                self._bound_of_each,
                self._named_by_clause_before,
                self._count_of_item,
                self._measure_of_whose,
                self._threshold_of_term,
                self._threshold_set,
                self._measure_of_defined_term,
                self._listed_measures,
                self._parse_members,  # (reads: answers nothing)
                self._clean_subject,  # (reads: answers nothing)
                self._complete_subject,  # (reads: answers nothing)
                self._read_after,  # (reads: answers nothing)
                self._place_of_clause_before,
                self._place_ranked_first,
                self._counted_in_survey,
                self._counted_after_preposition,
                self._share_of_noun_after,
                self._measure_after_count,  # (reads: answers nothing)
                self._sum_of_members_under_qizhong,
                self._sum_of_counted_list,
                self._sum_of_members_named,
                self._caused_by_event,
                self._ratio_of_people,
                self._amount_of_projects,
                self._target_of_measure,
                self._price_of_goods,
                self._verb_again,
                self._ranked_inline,
                self._ranked_by,
                self._ranked_with_measure_after,
                self._rate_applied,
                self._rank_moved,
                self._seats_in_ranking,
                self._ranking_goes_on,
                self._area_part,
                self._rest_of_list,
                self._class_of_band,
                self._member_after_measure,
                self._member_of_member_measure,
                self._paired_figures,
                self._members_of_figures,
                self._several_figures,
                self._fit_total,  # (reads: answers nothing)
                self._rate_of_figure_before,
                self._predicate_of_figure_before,
                self._share_of_member,
                self._relative_to_figure_before,
                self._measure_of_member_counted,
                self._measure_of_frame_units,
                self._period_of_breakdown,
                self._period_ranked_before,
                self._period_within_total,
                self._measure_again_for_span,
                self._people_in_scope,
                self._measure_of_part,
                self._member_of_spanned_class,
                self._member_of_measure_topic,
                self._member_of_lead_measure,
                self._statistic_of_figure_before,
                self._second_measure_of_member,
                self._member_graded_before,
                self._member_of_breakdown,
                self._average_of_next_member,
                self._member_given_before,
                self._like_member_before,
                self._subject_from_raw,  # (reads: answers nothing)
                self._change_in_own_unit,
                self._growth_of_share_owner,
                self._written_like_member,
                self._member_in_place,
                self._place_of_measure,
                self._member_sharing_modifier,
                self._locality_of_count,
        ):
            if (found := step(a)) is not None:
                if len(found.indicators) < figure.count and figure.ranged:
                    found = Subject(found.indicators * figure.count,
                                    found.dimensions * figure.count)  # (both ends)
                return self._share_named_before(a, found)
        return self._share_named_before(a, self._own_subject(a))

    def _share_named_before(self, a: _Asked, found: Subject) -> Subject:
        """A bare share word that moves by points is the share named before it in
        the paragraph (…占本地生产总值的33.1%，比重较2022年上升12.6个百分点), without
        the member that share was first given for (东部地区…占全国的比重为62.8%…。
        中部地区和西部地区比重分别提高0.9个和1.2个百分点)."""
        if not a.figure.comparison or a.figure.unit not in self.rules.quantities.point_units \
                or any(i not in self.vocab.share_words for i in found.indicators):
            return found
        share = next((i for i, unit, _ in reversed(self.state.levels)
                      if unit in self.rules.quantities.rate_points
                      and ("占" in i or i.endswith(self.vocab.share_words))), "")
        if not share:
            return found
        member = next((d for d in found.dimensions if d), "")
        if len(share) > len(member) >= 2 and share[len(member) - 1] == member[-1] \
                and "占" in share[len(member):]:
            share = share[len(member):]  # (东部地区 of 东部地区…占全国的比重, as 中部地区 is)
        return Subject((share,) * len(found.indicators), found.dimensions)

    def _asked(self, figure: Figure, clause_start: int, clause_end: int,
               trade: str) -> _Asked:
        """The figure in hand, its units made kindred and its clause begun after a
        frame written without its comma; the Subjects fields of the figure set."""
        # (How many figures the match before held: a list's, 分别报告…例、…例.)
        self._figures_before, self._figure_count = self._figure_count, figure.count
        kindred = self.rules.quantities.kindred
        if any(kindred(u) != u or u in self.rules.quantities.kin
               for u in (figure.unit, *figure.units)):
            # 牛存栏…万头；羊存栏…万只: figures in kindred units count alike.
            figure = replace(figure, unit=kindred(figure.unit),
                             units=tuple(kindred(u) for u in figure.units))
        self._figure_unit = figure.unit
        self._figure_amount = figure.amount
        member = next((w for w in self.vocab.member_words
                       if self.text.endswith(w, 0, figure.start)), "")
        inner = self.vocab.frame.match(
            self.text[clause_start:figure.start - len(member)]) if member else None
        if inner and self._open_frame(inner.group()):
            # 全年报告病例中男性8126例、女性5310例: a frame written without its comma
            # before a member word opens the breakdown all the same.
            clause_start += inner.end()
        self._clause_start = clause_start
        self._figure_start = figure.start
        self._figure_units = figure.units or (figure.unit,) * figure.count
        self._figure_unscaled = not figure.scaled
        self._figure_is_level = not figure.comparison
        self._existential = ""
        return _Asked(figure, clause_start, clause_end, trade)

    def _share_in_words_restated(self, a: _Asked) -> Subject | None:
        """A share in words, its figure in brackets after it (存量的八成以上（86.1%）分布在
        第三产业): the share of the whole before it, in the part its clause names after."""
        figure, clause_start = a.figure, a.clause_start
        share = self.vocab.share_in_words.search(self.text, clause_start, figure.start) \
            if figure.count == 1 and figure.unit == "%" else None
        if share is None:
            return None
        whole = self.clean(share.group("whole"))
        part = self.vocab.part_after.match(self.text, figure.end)
        return self._remember(whole, (self.clean(part.group("part")) if part else "",),
                              subject_given=True) if whole else None

    def _aside_in_brackets(self, a: _Asked) -> Subject | None:
        """A figure inside brackets: an aside of the subject before it."""
        figure, clause_start = a.figure, a.clause_start
        bracket = open_bracket(self.text, max(clause_start, figure.start - _SUBJECT_REACH),
                                figure.start)
        if bracket is not None and figure.count == 1 \
                and self.text[self.text.rfind("\n", 0, bracket) + 1:bracket].strip():
            # (A line all in brackets is no aside of a figure before it but text of
            # its own: （原标题：去年全省火灾起数下降9.3%）.)
            if self.text[figure.end:figure.end + 1] in "）)" \
                    and self.text.startswith(self.vocab.predicate_starts, figure.end + 1) \
                    and not _DIGIT.search(self.text, clause_start, bracket):
                # 次均门诊药费（118.6元）占次均门诊费用的31.8%: the level of the measure
                # the clause opens with, its share after; no aside of a figure before.
                return None
            if not figure.comparison and bracket + 1 == figure.start \
                    and _OWN_LEVEL_BRACKETED.match(self.text, figure.end) \
                    and not _DIGIT.search(self.text, clause_start, bracket):
                # 經港珠澳大橋入境的旅客(683,214人次)上升35.1%: a bracket that opens the
                # clause's first figure, its change after, is the level of the clause's
                # subject (not an aside of the clause before; not a list, 广东（…）、…).
                return None
            if not figure.comparison and not _DIGIT.search(
                    self.text, start_after(self.text, bracket, "。！？\n"), bracket) \
                    and (own := self._own_name_in_bracket(bracket + 1, figure.start)):
                # 跟踪调查（有效回收问卷2876份，回收率68.1%）: no figure before the bracket
                # for it to be a part of; the words in it name the measure of its figure.
                return self._remember(own, ("",), subject_given=True)
            found = self._aside(figure, bracket + 1)
            if self._share_after_name(bracket + 1) and self.text[bracket + 1] == "占" \
                    and found.dimensions[0]:
                # 集中在食品安全（占32.6%）、虚假宣传（占18.4%）: the member's share.
                return Subject(tuple(self._joined(i, "占比") for i in found.indicators),
                               found.dimensions)
            return found
        return None

    def _share_after_name(self, start: int) -> bool:
        """Whether the bracket opening before ``start`` follows a name, not a figure
        (食品安全（占32.6%）, not 医院33.8万张（占79.3%）)."""
        return not _FIGURE_BEFORE_BRACKET.search(self.text, max(0, start - 12), start - 1)

    def _place_of_clause_before(self, a: _Asked) -> Subject | None:
        """A place that a figureless clause names, maybe with an aside of why (因…,
        由于…), after a place member of the sentence: the member of the measure after
        it (上海为7.52元/升；海南因执行特殊税费政策，92号汽油…达到8.76元/升)."""
        state = self.state
        prior = state.prior_words
        if not prior or not a.subject or a.figure.count != 1 or not state.subject_in_sentence:
            return None
        place = leading_place(prior)
        if not place \
                or not (prior == place or prior.startswith(self.vocab.cause_leads, len(place))) \
                or leading_place(a.subject) or not leading_place(state.last[1] or state.last[0]) \
                or a.subject.startswith(self.vocab.predicate_starts):
            return None
        return self._remember(a.subject, (place,), subject_given=True)

    def _place_ranked_first(self, a: _Asked) -> Subject | None:
        """A place that leads a measure with 最多/最高 in a figureless clause, the figure
        after it given by 为 (朝阳区受理诉求量最多，为197.5万件；海淀区、丰台区分别为…):
        a member of the measure, as the places after it are, not part of its name."""
        prior = self.state.prior_words
        if a.figure.count != 1 or not a.subject or not prior or self.state.dimension:
            return None
        place = leading_place(a.subject)
        rest = prior[len(a.subject):] if prior.startswith(a.subject) else ""
        if not place or not self.vocab.named_area.fullmatch(place) \
                or len(a.subject) - len(place) < 2 or rest not in self.vocab.extreme_words \
                or leading_place(a.subject[len(place):]):
            return None
        return self._remember(a.subject[len(place):], (place,), subject_given=True)

    def _own_name_in_bracket(self, start: int, end: int) -> str:
        """The words in a bracket before a figure (from ``start``, the bracket's
        inside, to ``end``) where they are a name of their own (not a share or an
        inclusion, 占…, 含…, nor a restatement, 合…), else ""."""
        inner = self.text[start:end]
        words = self._strip_edges(inner[max(inner.rfind(mark) for mark in "，；,;") + 1:])
        if len(words) < 2 or _DIGIT.search(words) or words in self.vocab.restating_words \
                or words.startswith((*self.vocab.predicate_starts, *_INCLUDED)):
            return ""
        return self.clean(words)

    def _written_twice(self, a: _Asked) -> Subject | None:
        """One change written twice (增加1079元或2.43%), one count in two units
        (6.12万户24.35万人): the same subject."""
        state = self.state
        figure, clause_start = a.figure, a.clause_start
        if state.last[0] \
                and self.vocab.or_after_figure.search(self.text, clause_start, figure.first):
            # 增加1079元或2.43%: one change written twice, of the same subject.
            return Subject((state.last[0],), (state.last[1],))
        before = self.text[max(clause_start, figure.start - _SUBJECT_REACH):figure.start]
        last = self._last_quantity(before) if state.last[0] and figure.count == 1 \
            and not figure.comparison else None
        if last is not None and last.end() == len(before) and state.unit != self._figure_unit \
                and self.text[figure.end:figure.end + 1] in "，。；,;\n":
            # 其中脱贫不稳定户6.12万户24.35万人: a count in one unit right after one in
            # another, no word between, counts the same subject again (not one that
            # names its own thing after it: 9批374个品种).
            return self._remember(state.last[0], (state.last[1],), subject_given=True)
        return None

    def _part_by_condition(self, a: _Asked) -> Subject | None:
        """A part a condition names (其中超过1年的2.18亿元)."""
        state = self.state
        figure, clause_start = a.figure, a.clause_start
        condition = self.vocab.condition.fullmatch(self.text, clause_start, figure.start)
        if condition and figure.count == 1 and not figure.comparison and state.subject \
                and self.vocab.threshold.search(condition.group("condition")) \
                and not condition.group("condition").lstrip().startswith(
                    self.vocab.predicate_starts) \
                and not (figure.counted and "其中" not in condition.group()
                         and _WORD_START.match(self.text, figure.end)):
            # (占60岁及以上人口的: a share's whole; 满意率低于90%的12家承办单位: a count of
            # what meets the threshold, named after the count, no part of a whole.)
            # …沉淀资金3.46亿元，其中超过1年的2.18亿元: the part the condition names,
            # of the whole in its unit (the threshold's unit may be another's).
            member = self.clean(condition.group("condition"), keep_numbers=True)
            whole = state.by_unit.get(self._figure_unit) or state.total or state.subject
            return self._remember(whole, (member,), subject_given=False)
        return None

    def _part_by_place(self, a: _Asked) -> Subject | None:
        """The part of the level just given that is somewhere (设在农村的)."""
        state = self.state
        figure, clause_start = a.figure, a.clause_start
        place_part = self.vocab.place_part.fullmatch(self.text, clause_start, figure.start)
        if place_part and figure.count == 1 and not figure.comparison and state.level \
                and state.level[1] == self._figure_unit \
                and place_part.group("part").startswith(self.vocab.place_part_verbs):
            # 营业场所5.4万处，设在农村的3.6万处: the part of the level just given in
            # its unit that is there (the nearest whole, not the sentence's before).
            member = self.clean(place_part.group("part"))
            if member:
                return self._remember(state.level[0], (member,), subject_given=False)
        return None

    def _sum_of_members_under_qizhong(self, a: _Asked) -> Subject | None:
        """A sum word alone (合共, 合计) after the members of a 其中 breakdown: the sum
        of all of them, the total's measure and of no one member (三個常設委員會共舉行
        會議164次，其中第一…58次、…、第三常設委員會45次，合共約412小時)."""
        state = self.state
        raw = a.raw_subject.strip(_EDGE_PUNCTUATION)
        opener = next((w for w in self.vocab.sum_openers if raw.startswith(w)), "")
        if not opener or a.subject not in ("", opener) or self.clean(raw[len(opener):]) \
                or a.figure.count != 1 \
                or not state.total or not state.dimension or state.frame is not None \
                or state.last_clause < self._sentence_start():
            # (Under a frame, 办理结果中，予以公开…件…，总计573件, the total had no
            # figure before: its sum word names it, 结果总计.)
            return None
        # (Two members or more given the total's measure: a sum of one is no sum.)
        if sum(1 for i, d, _ in state.named if i == state.total and d) < 2:
            return None
        return Subject((state.total,), ("",))

    def _sum_of_counted_list(self, a: _Asked) -> Subject | None:
        """A sum (合计…) after a 、-list of the sentence that a count of them names
        as a group: the group's (广东、山东、福建三省海洋生产总值分别为…，合计占全国
        海洋生产总值的48.4%; 海洋船舶工业、…、滨海旅游业为…三大支柱产业，增加值合计占…)."""
        subject = a.subject
        at = subject.find(_TOTAL_WORD)
        if at < 0 or (at and self._measure_at(subject[:at]) != 0):
            return None
        before = self.text[self._sentence_start():a.clause_start]
        group = next(reversed(list(self.vocab.counted_group.finditer(before))), None)  # (the last)
        if group is None or len(group.group("list").split("、")) != \
                _NUMERALS.find(group.group("count")) + 1:
            return None
        owner = group.group("group")
        return self._remember(self._indicator(subject, a.predicate_text, a.post, a.figure),
                              (owner,), subject_given=True)

    def _sum_of_members_named(self, a: _Asked) -> Subject | None:
        """A sum (合计…) named by the count of the members just given their figures
        (…浙江（106家）、…北京（26家），五省市合计320家; 杭州、宁波、温州在册经营主体
        分别为…，三市合计占全省的50.8%): of their measure, named with the group
        (五省市入围企业数量合计); not 二者合计, no group."""
        state = self.state
        named = _GROUP_SUM.match(a.subject) if a.figure.count == 1 and state.last[1] else None
        if named is None or not state.last[0]:
            return None
        # (The members the sentence gave the measure, one by one or as a list.)
        given = list(takewhile(lambda n: n[0] == state.last[0] and n[1], reversed(state.named)))
        if _NUMERALS.find(named.group("count").replace("两", "二")) + 1 \
                != len(state.members or given):
            return None
        if state.last[0] in named.group("sum"):
            return None  # (三省市合计占全国缴存额的: the share names the measure itself)
        measure = self._joined(named.group("group"), state.last[0], named.group("sum"),
                               a.predicate_text)
        return self._remember(measure, ("",), subject_given=True)

    def _count_of_class(self, a: _Asked) -> Subject | None:
        """A count of what a threshold or band names (超过500万人的市有1个)."""
        state = self.state
        figure, clause_start, clause_end = a.figure, a.clause_start, a.clause_end
        class_count = self.vocab.class_count.fullmatch(self.text, max(
            clause_start, figure.start - _SUBJECT_REACH), figure.start) if figure.count == 1 \
            and figure.counted and not figure.comparison else None
        if class_count:
            # 人口超过500万人的市（州）有1个，在100万人至500万人之间的有8个: a count of
            # what a threshold or band names; the noun goes on when the next leaves it out.
            state.class_noun = self.clean(class_count.group("noun")) or self._after(
                figure, clause_end) or state.class_noun
            named = self.clean(class_count.group("class"), True)
            bound = self.vocab.count_bound.search(named)
            if bound and bound.start() > 0:
                state.class_measure = (named[:bound.start()], bound.group())
            elif bound and (state.class_measure[1] == bound.group()
                            or (state.class_measure[0] and named.endswith("平均水平"))):
                # 地区生产总值超过千亿元的县市有1个，超过500亿元的有6个: the same bound
                # again, without its measure, is on the measure the first named; so is
                # an average, which names no measure (高于全国平均水平的省份有9个，低于
                # 全国平均水平的有22个).
                named = state.class_measure[0] + named
            return self._remember(f"{named}的{state.class_noun}" if state.class_noun else named,
                                  ("",), subject_given=True)
        if state.class_noun and figure.count == 1 and figure.counted and not figure.comparison \
                and (did := _DID_COUNT.fullmatch(self.text, clause_start, figure.start)):
            # 31个省份中，生猪出场价格上涨的有3个，下降的有26个: the places that did so.
            return self._remember(f"{self.clean(did.group('did'))}的{state.class_noun}",
                                  ("",), subject_given=True)
        return None

    def _count_of_kinds_listed(self, a: _Asked) -> Subject | None:
        """A count of the kinds a list names (数字经济核心产业包括A、B、C、D4大类): the
        kinds of the whole before 包括, or of the term its sentence defines (高技术服务业：
        按照…，包括A、B…等9大类)."""
        figure = a.figure
        if figure.count != 1 or not figure.counted or figure.comparison \
                or "、" not in self.text[a.clause_start:figure.start]:
            return None
        listed = _KINDS_LISTED.fullmatch(self.text, a.clause_start, figure.start)
        if not listed:
            return None
        written = self.text[figure.first:figure.end]
        kind = next((k for k in _KIND_WORDS if written.endswith(k)), "") \
            or self._after(figure, a.clause_end)
        if kind not in _KIND_WORDS:
            return None  # (公办、民办机构80家: a count of the things, not of kinds)
        whole = self.clean(listed.group("whole"))
        if not whole and (term := _TERM_DEFINED.match(self.text, self._sentence_start())):
            whole = term.group("term")
        if not whole:
            return None
        # (The kind word names what is counted where it is more than 类: 4大类.)
        return self._remember(whole + kind if len(kind) > 1 else whole, ("",), subject_given=True)

    def _counts_with_shared_predicate(self, a: _Asked) -> Subject | None:
        """A count in a 、-list of counts written before their nouns with one predicate
        after the last noun (全国9180个城市街道、29604个乡镇、49.0万个行政村已建立党组织):
        the predicate is the measure of each, the noun its member."""
        figure, text = a.figure, self.text
        if figure.count != 1 or not figure.counted or figure.comparison \
                or "、" not in text[a.clause_start:a.clause_end]:
            return None  # (cheap guard: most clauses hold no 、)
        masked = _BRACKETED.sub(lambda m: "_" * len(m.group()), text[:a.clause_end])
        pieces, at = [], a.clause_start  # (quantity start, noun start, piece end)
        for piece in masked[a.clause_start:a.clause_end].split("、"):
            end = at + len(piece)
            quantity = self.rules.quantity.match(text, at, end) if pieces else next(
                reversed(list(self.rules.quantity.finditer(text, at, end))), None)
            if not quantity or not quantity.group("num") or not quantity.group("unit"):
                pieces = []  # (a list of names, not of counts: start again after it)
            else:
                pieces.append((quantity.start(), quantity.end(), end))
            at = end + 1
        if len(pieces) < 2 or not any(start <= figure.first < noun for start, noun, _ in pieces):
            return None
        last = text[pieces[-1][1]:pieces[-1][2]]
        shared = _SHARED_PREDICATE.search(last, 1)
        if not shared or shared.start() not in word_boundaries(last) \
                or _DIGIT.search(last):
            return None
        noun = next(text[noun:end] for start, noun, end in pieces if start <= figure.first < noun)
        if figure.first >= pieces[-1][0]:
            noun = last[:shared.start()]
        predicate = self.clean(last[shared.start():])
        if not predicate or not noun or _DIGIT.search(noun):
            return None
        return self._remember(predicate, (self.clean(noun) or noun,), subject_given=False)

    def _count_above_bound_after(self, a: _Asked) -> Subject | None:
        """A count of places listed with 等 that a bound on a measure after it
        picks (韶关、清远等5市酸雨频率高于20%): the places above the bound, as
        酸雨频率高于20%的市; the list names some of them only. Also a count after 有
        with its noun before the bound (有1041家企业营业收入超过100亿元)."""
        figure = a.figure
        if figure.start <= self._class_bound[0] < figure.end:
            # (…超过100亿元: the bound of the class is of the measure alone.)
            return self._remember(self._class_bound[1], ("",), subject_given=True)
        if figure.count == 1 and figure.counted \
                and self.text[max(0, figure.first - 4):figure.first].rstrip().endswith("有"):
            # 有1041家企业营业收入超过100亿元: the class the bound after the noun picks,
            # 营业收入超过100亿元的企业.
            bound = self.vocab.class_after_counted.match(self.text, figure.end, a.clause_end)
            if bound:
                named = self.clean(bound.group("class"), True)
                if over := self.vocab.count_bound_before_figure.search(bound.group("class")):
                    self._class_bound = (bound.start("class") + over.end(),
                                         self.clean(bound.group("class")[:over.start()]))
                return self._remember(f"{named}的{bound.group('noun')}", ("",),
                                      subject_given=True)
        if figure.count != 1 \
                or self.text[figure.end - 1:figure.end] not in ("市", "州", "县", "区") \
                or not (self.text[:figure.first].rstrip().endswith("等")
                        or _LISTED_BEFORE.search(self.text, max(0, figure.first - 13),
                                                 figure.first)):
            return None
        bound = self.vocab.class_after_count.match(self.text, figure.end, a.clause_end)
        if bound is None:
            return None
        named = self.clean(bound.group("class"), True)
        return self._remember(f"{named}的{self.text[figure.end - 1]}", ("",), subject_given=True)

    def _next_threshold(self, a: _Asked) -> Subject | None:
        """The next threshold of a list (…的批发业、500万元及以上的零售业)."""
        state = self.state
        figure, clause_start, trade = a.figure, a.clause_start, a.trade
        if trade and state.last[0] \
                and self.text[clause_start:figure.start].rstrip().endswith("、"):
            # …2000万元及以上的批发业、500万元及以上的零售业: the next threshold of the
            # list is of the same measure, for its own trade.
            return self._remember(state.last[0], (trade,), subject_given=True)
        return None

    def _read_before(self, a: _Asked) -> None:
        """The words before the figure since the last figure."""
        figure, clause_start = a.figure, a.clause_start
        a.before = self._since_last_figure(
            self.text[max(clause_start, figure.start - _SUBJECT_REACH):figure.start])
        # (The bracket a level opens is no word of its subject: 次均门诊药费（118.6元）占….)
        a.before = a.before.removesuffix("（").removesuffix("(")
        if figure.counted and figure.count == 1 and self._names_count_before(a.before, figure):
            # 30个DRG付费试点城市和71个DIP付费试点城市: the words before are the noun
            # of the count before; this one's follows it.
            a.before = ""

    def _share_after_level_in_brackets(self, a: _Asked) -> Subject | None:
        """A share after its owner's level in brackets (次均住院药费（2265.4元）占次均
        住院费用的21.9%): the share of the measure the level was given as, its
        scope carried (二级以上公立医院次均住院药费占…)."""
        state = self.state
        after = _SHARE_AFTER_BRACKET.search(a.before) if a.figure.count == 1 else None
        if after is None or not after.group("share").startswith(self.vocab.predicate_starts) \
                or not state.last[0] or state.last[1] or state.last_clause != a.clause_start:
            return None
        share = self.clean(after.group("share"))
        return self._remember(self._joined(state.last[0], _share(share)), ("",),
                              subject_given=True) if share else None

    def _part_counted_in_whole(self, a: _Asked) -> Subject | None:
        """A count of part of a whole (X中有…): of that whole."""
        figure, clause_end, before = a.figure, a.clause_end, a.before
        part_count = self.vocab.part_count.search(before, last.end() if (
            last := self._last_quantity(before)) else 0) \
            if figure.count == 1 and figure.counted and not figure.comparison else None
        if part_count and (whole := self.clean(part_count.group("whole"))):
            return self._remember(self._part_of(whole, self._after(figure, clause_end)),
                                  ("",), subject_given=True)
        return None

    def _read_subject(self, a: _Asked) -> None:
        """The subject and, after 分别, the predicate; a superlative before."""
        state = self.state
        before = a.before
        a.subject, a.predicate = self._split_respectively(before)
        a.divided_into = None
        # (虽然仍是五大类中最低的，但较…: a concession remarks on the figure before.)
        a.superlative = self.vocab.superlative.search(state.prior_words) \
            if not state.prior_words.startswith(self.vocab.concessive_words) else None

    def _weight_of_measure_before(self, a: _Asked) -> Subject | None:
        """新订单指数，权数为30%；生产指数，权数为25%: the weight of the measure the
        clause before names alone (after any colon: 构成：新订单指数，…)."""
        if (subject := self.clean(a.subject)) not in self.vocab.weight_words \
                or self.text[a.clause_start - 1:a.clause_start] not in "，,":
            return None
        named = self.clean(self.state.prior_text.rpartition("：")[2])
        if not 2 <= len(named) <= 12 or not (self.vocab.measure_noun_end.search(named)
                                             or self._names_measure(named)):
            return None
        return self._remember(self._joined(subject, a.predicate_text), (named,),
                              subject_given=True)

    def _listed_after_measure(self, a: _Asked) -> Subject | None:
        """Members one to a clause after what is measured (…最高的三个行业是…)."""
        figure, subject, predicate = a.figure, a.subject, a.predicate
        listed = self._listed_before(figure) if predicate is not None \
            and not self.clean(subject) else None
        if listed:
            # 年平均工资最高的三个行业是信息传输、软件和信息技术服务业，金融业，
            # 科学研究和技术服务业，分别为…: one member a clause, after what is measured.
            return self._remember(*listed, subject_given=True)
        return None

    def _bound_of_each(self, a: _Asked) -> Subject | None:
        """A bound that holds for each member (甲市、乙市…均低于…)."""
        state = self.state
        figure, subject, predicate = a.figure, a.subject, a.predicate
        each = self.vocab.each.search(subject) if figure.count == 1 and predicate is None else None
        if each and (of_each := self._list_of_each(subject[:each.start()])):
            # 甲市、乙市2市孕产妇死亡率均低于5/10万: a bound that holds for each member
            # is the measure's; the members go on to the figures after (，分别为…;
            # ，其中甲市为…).
            state.members = of_each[0]
            state.history.append(of_each[0])
            return self._remember(of_each[1], ("",), subject_given=True)
        return None

    def _named_by_clause_before(self, a: _Asked) -> Subject | None:
        """What the clause before names for a subject left out
        (…分为三档，分别为…; 降水量最大，为…); the subject it leaves, if no answer."""
        state = self.state
        figure, clause_start, superlative = a.figure, a.clause_start, a.superlative
        if a.predicate is None and not self.clean(a.subject) and figure.count >= 2 \
                and _RESPECTIVELY in self.text[figure.start:figure.first]:
            a.predicate = ""  # (分别增长…: the 分别 is in the match)
        if figure.count >= 2 and (state.prior_words or state.frame) \
                and self.vocab.ranking.fullmatch(a.subject.strip()):
            # 服务类投诉中，居前三位的分别是：…: where the members stand is no measure;
            # the clause before names it, or the breakdown it opens.
            a.subject = state.frame or ""
        if a.predicate is not None and not self.clean(a.subject) and state.prior_words:
            # 最低工资标准分为三档，分别为2000元、1880元和1750元: the clause before
            # names what the figures are of (not where its members stand: 居前三位).
            a.subject = self.vocab.list_standing.sub("", state.prior_words)
            divided = self.vocab.divided_into.search(
                self.text, max(0, clause_start - _SUBJECT_REACH), clause_start)
            if divided and divided.end() == clause_start and figure.count >= 2:
                # 照料护理标准分为全自理、半失能、全失能三档，分别为…: the classes it
                # is divided into are the figures' members.
                of_classes = self._member_list(divided.group("classes"), figure.count)
                a.divided_into = of_classes[0] if of_classes else None
        elif superlative and (not self.clean(a.subject)
                              or self.vocab.each.fullmatch(self.clean(a.subject))) \
                and figure.count == 1 and not state.prior_words.startswith(self.vocab.copulas):
            # (…上涨1.9%，为全年最高；8月份…: a clause ranking the figure before names
            # no measure for the next.) 均 names none either (通州区、大兴区较高，均为34…).
            # 汉中市降水量最大，为915.8毫米: the clause before names the figure's
            # member and measure; 死亡人数最多的是瑞安市，为25人: one and the other.
            measure = state.prior_words[:superlative.start()]
            if superlative.group("member") and not self.clean(measure):
                # …；最小的是南浔区，为1265.3毫米: of the measure the one before named
                # (the one ranked, not the share after it: …最多的是A，为9.86万人，
                # 占…28.40%；最少的是B，为0.69万人).
                measure = state.ranking or state.subject
            period = self.vocab.period_member.match(state.prior_text.lstrip(_EDGE_PUNCTUATION))
            if period and not superlative.group("member") and period.group() != "全年":
                # 一季度火灾起数最多，为8746起: the period that is most is the member, as
                # a place is (汉中市降水量最大), not the time of the figure. (…；2月最低，
                # 完成6.35亿件: a parallel clause leaves out the measure ranked before.)
                return self._remember(self.clean(measure) or state.subject, (period.group(),),
                                      subject_given=True)
            if superlative.group("member"):
                state.ranking = self.clean(measure)
                return self._remember(self.clean(measure),
                                      (self.clean(superlative.group("member")),),
                                      subject_given=True)
            places = measure.split("、")
            if len(places) >= 2 and state.subject \
                    and all(p and leading_place(p) == p for p in places):
                # 其中延庆区最低，为26…；通州区、大兴区较高，均为34…: places ranked
                # together, one figure for them all, of the measure before.
                return self._remember(state.ranking or state.subject, (measure,),
                                      subject_given=True)
            a.subject = measure
        return None

    def _count_of_item(self, a: _Asked) -> Subject | None:
        """A count of the item before it (一是…违规问题，23件)."""
        state = self.state
        figure, subject = a.figure, a.subject
        if state.prior_item and figure.count == 1 and not figure.comparison \
                and not self.clean(subject) and state.subject:
            # 主要有：一是…违规问题，23件；二是…，31件: a count of the item before it.
            return self._remember(state.subject, (state.prior_item,), subject_given=False)
        return None

    def _measure_of_whose(self, a: _Asked) -> Subject | None:
        """The measure of those a 的 clause before names."""
        state = self.state
        figure, subject = a.figure, a.subject
        if state.prior_whose and figure.count == 1 and not figure.comparison \
                and (measure := self.clean(subject)) and self._measure_at(measure) >= 0:
            # 入住定点护理机构的，长护险基金支付比例为70%，居家护理的为75%: the measure
            # of those the 的 clause before names; the next such group (…的为) is
            # a member of the same measure.
            state.member_measure = measure
            return self._remember(measure, (state.prior_whose,), subject_given=True)
        return None

    def _threshold_of_term(self, a: _Asked) -> Subject | None:
        """The threshold in a term's definition (指年主营业务收入2000万元及以上的…)."""
        state = self.state
        figure, clause_start, subject = a.figure, a.clause_start, a.subject
        definition = self.vocab.definition.fullmatch(self.clean(subject)) \
            if figure.count == 1 and not figure.comparison else None
        term = definition and (definition.group("term") or (
            self.clean(state.prior_words) if self.text[clause_start - 1:clause_start] in "：:"
            else ""))
        if definition and term and self._measure_at(definition.group("measure")) >= 0:
            # 规上工业企业：指年主营业务收入2000万元及以上的…; 规模以上服务业企业是指年
            # 营业收入…: the threshold of the term's measure; 指 is no part of it.
            return self._remember(term + definition.group("measure"), ("",),
                                  subject_given=True)
        return None

    def _threshold_set(self, a: _Asked) -> Subject | None:
        """The threshold an index is read against, set with 以…为 (PMI以50为荣枯分界线;
        …取值范围在0-200之间，以100为临界值): the index's, named as the text names it."""
        if not self.text[:a.figure.start].rstrip().endswith("以") \
                or not (named := _THRESHOLD_SET.match(self.text, a.figure.end)):
            return None
        owner = self.clean(a.subject.rstrip().removesuffix("以")) or self.state.subject or ""
        owner = _RANGE_END.sub("", owner)  # (the index's, not its range's)
        if not owner:  # (企业景气指数是…编制的指数，取值范围…，以100为临界值: the sentence's)
            index = _INDEX_NAME.search(self.text, self.text.rfind("。", 0, a.figure.start) + 1,
                                       a.figure.start)
            owner = self.clean(index.group()) if index else ""
        return self._remember(owner + named["noun"], ("",), subject_given=True)

    def _measure_of_defined_term(self, a: _Asked) -> Subject | None:
        """A measure of the kind a clause says a term's figure is."""
        state = self.state
        figure, subject = a.figure, a.subject
        defined = self.vocab.defined.fullmatch(state.prior_words) \
            if figure.count == 1 and not figure.comparison else None
        if defined and (measure := self.clean(subject)) and self._measure_at(measure) <= 0 \
                and _same_last_word(defined.group("what"), measure) \
                and defined.group("term")[-2:] != measure[-2:]:  # (a term that is a measure)
            # 高标准农田为当年新建面积，另完成改造提升面积150万亩: a clause (a note's)
            # says what a term's figure is; a measure of that kind after it is the term's.
            return self._remember(defined.group("term") + measure, ("",), subject_given=True)
        if figure.count == 1 and not figure.comparison and state.prior_words \
                and self.clean(subject) in ("", *self.vocab.copulas) \
                and (term := self.vocab.definition.match(state.prior_words)) \
                and len(term.group("term")) >= 2:
            # 全科医生数指…医师之和，2023年为55.8万人 (a note): the figure with only 为
            # before it is the defined term's.
            return self._remember(term.group("term"), ("",), subject_given=True)
        if figure.count == 1 and not figure.comparison and figure.counted \
                and a.subject.startswith(_INCLUDED) \
                and (term := _TERM_IS.match(state.prior_words)) \
                and (act := self.clean(a.subject)) and len(act) <= 4 \
                and self._measure_at(act) < 0 and tagged(act)[-1][1] == "v":
            # 高新技术企业数为有效期内…企业数，含2023年新认定2364家 (a note): an act alone
            # under a term a clause defined counts what the term counts (新认定高新技术企业).
            return self._remember(act + term.group("term"), ("",), subject_given=True)
        return None

    def _listed_measures(self, a: _Asked) -> Subject | None:
        """Measures listed (A、B分别为…), or the members the figures carry."""
        figure, subject, predicate, divided_into = a.figure, a.subject, a.predicate, a.divided_into
        # 分别为每人每月330元和每人每月340元: one word before every figure is what
        # each is written per, not the members; members tell the figures apart.
        labelled = bool(figure.labels) and not (
            len(figure.labels) > 1 and len(set(figure.labels)) == 1)
        a.members = list(figure.labels) if labelled else divided_into
        if a.members is None and figure.count >= 2 and subject.startswith("占") \
                and (shares := _SHARES_OF_WHOLES.fullmatch(self.clean(subject))) \
                and len(wholes := regex.split("[和与、]", shares["wholes"])) == figure.count:
            # 规模为33,929.6亿元，占全国财政支出和GDP的比重分别为9.1%和2.7%: a share of
            # the figure before in each whole, not a list of measures.
            return self._measures(subject, tuple(
                self._indicator(shares["verb"] + w + shares["tail"],
                                self.clean(predicate or ""), "", figure) for w in wholes))
        listed = self._measures_listed(subject, figure.count, self.clean(predicate or "")) \
            if a.members is None and (predicate is not None or figure.count >= 2) else None
        if listed:
            return listed
        return None

    def _parse_members(self, a: _Asked) -> None:
        """The members of a list in the subject or in the clause before."""
        state = self.state
        figure, predicate = a.figure, a.predicate
        if a.members is None and (figure.count >= 2 or predicate is not None) \
                and not figure.ranged \
                and (predicate is not None or len(set(self._figure_units)) == 1):
            # (单位和职工缴存比例均为5%-12%: one range of both; 新建、改建城市道路46条、
            # 72.8公里: without 分别, figures in units of their own count and measure
            # one thing, no members.)
            # (…PM2.5平均浓度同比改善幅度排名前三的是西宁、大同和太原，降幅分别为…: the
            # members a ranking lists, of the measure ranked by, its rate's name off.)
            parsed = self._ranked_lead(a.subject, figure.count) \
                or self._comma_members(a.subject, figure.count) \
                or self._member_list(a.subject, figure.count)
            if parsed:
                a.members, a.subject = parsed
                said = self.clean(predicate or "")
                if a.subject == "、".join(a.members) and (
                        said.startswith(self.vocab.predicate_starts)
                        or said.startswith(self.vocab.contribution_verbs)):
                    # 学生、农民分别占49.0%和20.8%: the members' shares, the list no measure;
                    # 最终消费支出、资本形成总额分别拉动经济增长…: their contributions.
                    a.subject = ""
                elif a.subject == "、".join(a.members) and predicate is None \
                        and (paced := _PACE_MOVED.fullmatch(state.prior_words)) \
                        and self._measure_at(paced.group("measure")) >= 0:
                    # 营业收入增速逐季回升，一季度、上半年、前三季度分别增长…: the list
                    # alone grew; what grew is the measure whose pace the clause before told.
                    a.subject = paced.group("measure")
                elif a.subject == "、".join(a.members) and predicate is None and state.subject \
                        and self._measure_at(a.subject) < 0 \
                        and not self.vocab.partner.fullmatch(a.subject):
                    # 社会物流总额…增长5.2%。分季度看，一季度、上半年分别增长…; 东部、中部地区
                    # 指数分别为…，中部和西部地区较上月分别回升…: the list alone moved; what
                    # moved is the measure said before. (对日本、韩国进出口分别…: trade, named.)
                    a.subject = ""
        if a.members is None and figure.count >= 2 and self.clean(a.subject) and state.prior_words \
                and (predicate is not None
                     or _RESPECTIVELY in self.text[figure.start:figure.first]):
            # 骨科、血液净化、康复三个领域…较为集中，涉及金额分别占…; 人工髋关节和人工
            # 膝关节接续采购后，平均价格分别为…: the clause before opens with the members.
            # (…，乙县、丙县分列第二、三位，分别为…: the clause is the list alone.)
            placed = self.vocab.placed.search(state.prior_words)
            ranged = self._ordinal_range(state.prior_text, figure.count)
            # (2023年一季度至四季度，经常账户顺差分别为…: one period each, which the
            # fillers would have dropped from the words.)
            a.members = ranged[0] if ranged \
                else self._members_opening(state.prior_words[:placed.start()], figure.count,
                                           whole=True) if placed \
                else self._members_opening(state.prior_words, figure.count)
            if a.members is None:
                a.members = self._members_opening(state.prior_words, figure.count, whole=True)
                if a.members:
                    # 钢铁、建材行业（受…影响），营业收入分别…: a clause that is the list
                    # alone; the 行业 the last ends with is the head of them all.
                    a.members[-1] = a.members[-1].removesuffix("行业") or a.members[-1]
                    a.members[-1] = _without_predicate(a.members[-1], a.members[:-1])
            if placed and a.members and a.subject.strip(_EDGE_PUNCTUATION) == state.prior_words:
                a.subject = ""  # (of the measure the ranking is by, the one before)
        if a.members is None and figure.count >= 2 and predicate is not None \
                and not figure.comparison and state.unit == self._figure_unit \
                and not self.clean(a.subject) and state.subject_in_sentence and state.subject \
                and self._figures_before == 1 \
                and (parsed := self._member_list(state.subject, figure.count)) \
                and parsed[1] != "、".join(parsed[0]):
            # 成都、北京、重庆汽车保有量超过600万辆，分别为667万辆、…: the members open
            # the subject of the clause before, which gave a bound of them all.
            a.members, a.subject = parsed

    def _ranked_lead(self, words: str, count: int) -> tuple[list[str], str] | None:
        """The members a ranking lists after its lead and the measure ranked by, its
        rate's name off (PM2.5平均浓度同比改善幅度排名前三的是西宁、大同和太原 ->
        ([西宁, 大同, 太原], PM2.5平均浓度)), or None."""
        lead = self.vocab.list_lead.match(words)
        if not lead or not self.vocab.ranking.search(lead.group("measure")):
            return None
        members = self._members_opening(words[lead.end():].lstrip("：:"), count, whole=True)
        measure = _RATE_NAMED.sub("", self.clean(self.vocab.ranking.sub("", lead.group("measure"))))
        return (members, measure) if members and measure else None

    def _clean_subject(self, a: _Asked) -> None:
        """The raw and the cleaned subject; one a trend clause before names."""
        state = self.state
        figure = a.figure
        a.raw_subject = a.subject
        # 县交通投资公司有2.15亿元融资资金闲置: what the amount is, after it.
        self._existential = next((v for v in self.vocab.existential_verbs
                                  if a.raw_subject.rstrip().endswith(v)), "")
        # A clause that begins with its comparison (比2010年第六次全国人口普查的3.22人
        # 减少0.19人) names no subject: it goes on with the one before.
        basis = self.rules.basis.match(opened := a.subject.lstrip(_EDGE_PUNCTUATION))
        if existed := self.vocab.count_verb.search(a.subject):
            # 发现3.14万人重复领取养老金2.69亿元: the verb that brought in the count
            # before is no word of the later figure's name, as it is none of the count's.
            # (Not 有, inside 拥有5G基站, 共有148家企业.)
            a.subject = a.subject[:existed.start()] + a.subject[existed.end():]
        a.subject = "" if basis and figure.comparison else self.clean(a.subject)
        if basis and figure.comparison and (place := opened[basis.end():].strip()) \
                and leading_place(place) == place:
            # (But a place after it is the member: 环比杭州上涨0.3%；同比杭州上涨1.2%.)
            a.subject = place
        # (A change too: 地表年平均气温呈显著上升趋势，平均每10年升高0.31℃.)
        if not a.subject and figure.count == 1 and state.prior_words \
                and (trend := self.vocab.trend.search(state.prior_words)) \
                and (self._measure_at(grown := state.prior_words[:trend.start()]) >= 0
                     or grown.endswith(self.vocab.origin_heads)):
            # 职工医保参保人数持续增长，达到3756.18万人: the measure the clause before
            # said grew, not the sentence before's; or the travellers counted
            # (磨憨铁路口岸出入境旅客持续增长，全年达84.6万人次).
            a.subject = grown
        elif not a.subject and figure.count == 1 and state.prior_words \
                and not state.subject_in_sentence and a.raw_subject.strip(_EDGE_PUNCTUATION) \
                and self._measure_at(state.prior_words) >= 0:
            # 注：1.地方一般公共预算收入增幅按可比口径计算，按自然口径计算下降1.9%: a
            # clause of asides only restates the measure the clause before named
            # (its rate named by the measure it is of).
            a.subject = state.prior_words
            if figure.comparison:
                a.subject = next((a.subject.removesuffix(w) for w in self.vocab.rate_words
                                if a.subject.endswith(w) and len(a.subject) > len(w)), a.subject)
        elif not a.subject and figure.count == 1 and figure.counted and state.prior_words \
                and not state.subject_in_sentence and a.raw_subject.strip(_EDGE_PUNCTUATION) \
                and (counted := self._count_named(state.prior_words)):
            # 公报首次公布全省互联网医院数量，截至去年底已达约300家; 养老机构数量持续增加，
            # 截至6月底达到1200家: a clause of a time and a reach verb counts what the
            # clause before named the number of.
            a.subject = counted

    def _counted_after_exclusion(self, prior: str) -> str:
        """The class a clause of exclusion (不含劳务分包建筑业企业) leaves a kind out
        of: the longest end of the kind, two characters or more, that the sentence
        named before that clause; else ""."""
        exclusion = self.vocab.exclusion.match(prior)
        if not exclusion:
            return ""
        kind = prior[exclusion.end():]
        before = self.text[self._sentence_start():self._clause_start]
        at = before.rfind(kind)
        before = before[:at] if at >= 0 else before
        starts = sorted(b for b in word_boundaries(kind) if b < len(kind) - 1)
        return next((kind[i:] for i in starts if kind[i:] in before), "")

    def _count_named(self, words: str) -> str:
        """What a clause names the number of (互联网医院数量, 养老机构数量持续增加 ->
        互联网医院, 养老机构), else ""."""
        if trend := self.vocab.trend.search(words):
            words = words[:trend.start()]
        word = next((w for w in _COUNT_WORDS if words.endswith(w)), "")
        return words[:-len(word)] if word and len(words) > len(word) + 1 else ""

    def _complete_subject(self, a: _Asked) -> None:
        """The subject with what the text leaves to the reader: owner, object,
        referent, the whole per head, the narrower aggregate."""
        state = self.state
        figure, clause_start, raw_subject = a.figure, a.clause_start, a.raw_subject
        named = a.subject
        a.subject = self._owned_by_verb(raw_subject, a.subject, figure)
        # (An owner of the sentence's, no verb's object.)
        a.named_by_owner = a.subject != named
        if a.subject and not figure.comparison and state.last_clause == clause_start:
            a.subject = self._object_listed(a.subject, figure) or a.subject
        if a.subject and not figure.comparison:
            a.subject = self._object_carried(a.subject) or a.subject
        if _RELATED in a.subject and (referent := self.vocab.campaign.match(state.prior_words)):
            # 严惩电信网络诈骗犯罪，审结相关案件1.1万件: the cases of that crime.
            a.subject = a.subject.replace(_RELATED, referent.group("object"), 1)
        if self.vocab.flow.fullmatch(a.subject) and not figure.comparison and state.subject \
                and figure.unit == state.unit and not self.vocab.flow.match(state.subject):
            # 高新技术企业达到1256家，当年新认定58家: those added of the same.
            a.subject += state.subject
        if a.subject in self.vocab.disposal_verbs and not figure.comparison \
                and figure.unit == state.unit and (received := next(
                    (v for v in self.vocab.receipt_verbs if v in state.subject), "")):
            # (法院)收到…抗诉的刑事案件216件，审结193件: of the matters received.
            a.subject += state.subject.partition(received)[2]
        if state.per_capita and a.subject and not figure.scaled and figure.count == 1 \
                and (figure.unit == state.unit or (
                    state.per_capita.endswith("拥有") and figure.counted)) \
                and len(a.subject) <= 10 and not a.subject.startswith("每") \
                and not self.vocab.parts_opening.match(raw_subject) \
                and not self._act_of_its_own(a.subject):
            # 每千人口执业（助理）医师2.98人，注册护士3.58人: per thousand too; so are
            # the goods listed after 拥有, each counted in its own unit (每百户拥有
            # 小汽车19.8辆，电冰箱84.6台). (Not a part after 其中: 每千人口床位数…，其中
            # 医院床位23864张 is a count of beds.)
            a.subject = state.per_capita + a.subject
        elif state.per_capita and (per := self.vocab.per_capita.match(a.subject)) \
                and len(state.per_capita) > len(per.group()) \
                and state.per_capita.endswith(per.group()):
            # 农村居民家庭每百户拥有家用汽车…；每百户拥有空调…: the same households'
            # goods, the owner left out where the per-head words are said again.
            a.subject = state.per_capita[:-len(per.group())] + a.subject
        exclusion = self.vocab.exclusion.match(state.prior_words)
        if exclusion and not a.subject and figure.count == 1 and figure.counted \
                and (counted := self._counted_after_exclusion(state.prior_words)):
            # …建筑业企业，不含劳务分包建筑业企业，共13286家: the count after a clause
            # that leaves a kind out is of the class that kind belongs to, named
            # earlier in the sentence (which the exclusion already defines).
            a.subject = counted
        elif exclusion and a.subject and figure.count == 1:
            # 扣除房地产开发投资，全国固定资产投资增长7.7%: a narrower aggregate.
            a.subject = f"{a.subject}（{state.prior_words}）"
        elif a.subject and figure.count == 1 and state.subject and state.subject_in_sentence \
                and self.vocab.exclusion.match(a.subject) and a.subject.endswith("后"):
            # 平均优良天数比例为85.5%，扣除沙尘异常超标天后为86.8%: the measure
            # before, of the narrower aggregate.
            a.subject = f"{state.subject}（{a.subject}）"

    def _act_of_its_own(self, subject: str) -> bool:
        """Whether ``subject`` opens with a verb of its own after a per-head figure
        of an act (每千人抽检4.9批次，检出不合格样品7792批次: no 每千人 检出), not
        of goods (每千人口执业医师…，注册护士…)."""
        act = self.state.subject[len(self.state.per_capita):]
        first = tagged(subject)[0]
        return bool(act) and first[1] == "v" and first[0] != act and _all_verbs(act)

    def _read_after(self, a: _Asked) -> None:
        """The predicate's words, and the words after the figure."""
        figure, clause_end, predicate = a.figure, a.clause_end, a.predicate
        a.predicate_text = self.clean(predicate or "")
        a.post = "" if figure.comparison else self._after(figure, clause_end)
        if a.post and figure.counted and figure.count == 1 \
                and _DIGIT.search(self.text, figure.end, clause_end):
            a.post = self._counted_noun(a.post) + self._act_of_parts(figure, clause_end)

    def _act_of_parts(self, figure: Figure, clause_end: int) -> str:
        """What the parts counted after a count's noun and 的 did, which its things did
        too (148家企业的251个产品获得拟中选资格 -> 获得拟中选资格, of 企业), else ""."""
        part = _COUNT_OF_PARTS.match(self.text, figure.end, clause_end)
        at = part.end() if part else -1
        for _ in range(2):  # (a scale, then a unit: 1.2万个)
            if at >= 0 and (unit := self.rules.unit_start.match(self.text, at, clause_end)):
                at = unit.end()
        if at < 0 or at == part.end():
            return ""
        words = tagged(self.text[at:clause_end])
        verb = next((k for k, (_, tag) in enumerate(words) if tag.startswith("v")), 0)
        if not verb or _DIGIT.search(self.text, at, clause_end):
            return ""  # (the parts' noun first, then what they did, with no figure of its own)
        return self.clean("".join(w for w, _ in words[verb:]))

    def _counted_in_survey(self, a: _Asked) -> Subject | None:
        """A count in the scope of a survey (据对1.78万个建制镇、0.81万个乡统计汇总): of
        what the survey covered (统计汇总建制镇), not the count of those given before.
        (Not a scope named with 的: 根据对全国31个省（区、市）的抽样调查和…的全面统计.)"""
        figure = a.figure
        if figure.count != 1 or "对" not in self.text[a.clause_start:figure.first]:
            return None
        scope = _SURVEY_SCOPE.search(self.text, a.clause_start, a.clause_end + 1)
        if not scope or not scope.start("counts") <= figure.first < scope.end("counts"):
            return None
        rest = self.text[figure.end:scope.end("counts")]
        # (A list of counts: 1.78万个建制镇、0.81万个乡; not the 及 of a name: 文化及相关产业.)
        mark = _COUNT_LIST_MARK.search(rest)
        member = self.clean(rest[:mark.start()] if mark else rest)
        return Subject((scope["done"] + member,), ("",)) if member else None

    def _counted_after_preposition(self, a: _Asked) -> Subject | None:
        """Those counted after 为/向 or 对 (为79.5万人代缴…)."""
        figure, subject, raw_subject, post = a.figure, a.subject, a.raw_subject, a.post
        if post and figure.count == 1 and figure.unit in self.vocab.people_units \
                and raw_subject.rstrip().endswith(("为", "向")):
            # 政府为79.5万人代缴了养老保险费: what was done for those counted; the
            # agent before 为 is neither a member nor the measure.
            return self._remember(post, ("",), subject_given=True)
        if post and figure.count == 1 and subject in self.vocab.object_prepositions:
            # 其中，对2.3万家企业实施“一案双罚”: the count is the object of the verb
            # after it; a preposition alone names no member nor measure.
            return self._remember(post, ("",), subject_given=True)
        if post and figure.count == 1 and self.vocab.examples_before_count.search(raw_subject):
            # 对粮食加工品、肉制品等33大类食品开展抽检: the examples before 等 name
            # neither member nor measure; what was done to those counted is (抽检食品),
            # in kinds where the unit counts kinds (大类).
            done = self.vocab.done_to.fullmatch(post)
            named = done.group("act") + done.group("noun") if done else post
            kinds = figure.unit if len(figure.unit) >= 2 and figure.unit.endswith("类") else ""
            return self._remember(named + kinds, ("",), subject_given=True)
        return None

    def _share_of_noun_after(self, a: _Asked) -> Subject | None:
        """A share written before its noun, after a verb with 了 (城市群承载了全国75%以上
        的人口，贡献了85%以上的地区生产总值): the subject's share of that noun
        (城市群人口占比); a clause of the verb alone goes on with the owner before."""
        figure, raw_subject, post = a.figure, a.raw_subject, a.post
        if post and a.subject.endswith(self.vocab.span_verbs) and figure.count == 1 \
                and figure.unit == "%" and not figure.comparison \
                and self.text.startswith("的", figure.end):
            # 覆盖约90%的统筹地区: the share is of the noun after, named with the verb.
            return self._remember(a.subject + post, ("",), subject_given=True)
        done = raw_subject.rfind("了")
        if not post or figure.count != 1 or figure.unit != "%" or figure.comparison \
                or done < 0 or self.clean(raw_subject[done + 1:]) \
                or not self.text.startswith("的", figure.end):
            return None
        words = _words(self.clean(raw_subject[:done]))
        owner = "".join(words[:-1])
        if not owner and self._noun_share_owner[0] == self._sentence_start():
            owner = self._noun_share_owner[1]
        if not owner:
            return None
        self._noun_share_owner = (self._sentence_start(), owner)
        return self._remember(owner + post + "占比", ("",), subject_given=True)

    def _measure_after_count(self, a: _Asked) -> None:
        """A measure that follows its count (造成12人死亡)."""
        figure = a.figure
        if not a.subject and a.post and figure.count == 1 \
                and self._is_measure_only(a.post, self.vocab.owned_measure_set):
            # 较大火灾3起，造成12人死亡、5人受伤: the measure follows its count.
            a.subject, a.post = a.post, ""

    def _caused_by_event(self, a: _Asked) -> Subject | None:
        """A count an event the clause before named caused (出现龙卷，造成3人死亡)."""
        state = self.state
        figure, subject, raw_subject = a.figure, a.subject, a.raw_subject
        caused = raw_subject.strip(_EDGE_PUNCTUATION).lstrip("".join(self.vocab.cause_trails))
        if caused in self.vocab.cause_verbs and subject and state.prior_words \
                and figure.count == 1 and not figure.comparison \
                and self._is_measure_only(subject, self.vocab.owned_measure_set):
            # 4月23日漳州市出现龙卷，造成3人死亡: of the event the clause before named,
            # not of the sentence before's measure.
            return self._remember(state.prior_words + caused + subject, ("",),
                                  subject_given=True)
        return None

    def _ratio_of_people(self, a: _Asked) -> Subject | None:
        """The ratio of the people counted before 其中."""
        state = self.state
        figure, subject = a.figure, a.subject
        if figure.count == 1 and not figure.comparison and state.total \
                and state.total_unit in self.vocab.people_units \
                and subject.endswith(self.vocab.part_ratios) \
                and not subject.startswith((state.total, *self.vocab.predicate_starts)) \
                and "中" not in subject:
            # 随迁子女1364.7万人，其中在公办学校就读的比例超过95%: the ratio of the
            # people counted before 其中 that the words name. (Not 其中，普惠性幼儿园
            # 在园幼儿…万人，占全国在园幼儿的比例…: 占 is the share of the figure before.)
            return self._remember(state.total + subject, ("",), subject_given=True)
        return None

    def _amount_of_projects(self, a: _Asked) -> Subject | None:
        """The amount of the projects the clause before names."""
        state = self.state
        figure, subject = a.figure, a.subject
        if figure.count == 1 and not figure.comparison and subject in self.vocab.project_amounts \
                and (projects := self.vocab.project.findall(state.prior_words)):
            # 十方面民生实事全部完成，完成投资18.4亿元: the projects' investment.
            return self._remember(projects[-1] + subject, ("",), subject_given=True)
        return None

    def _target_of_measure(self, a: _Asked) -> Subject | None:
        """The target of the measure just given (低于…的规划目标)."""
        state = self.state
        figure = a.figure
        if figure.count == 1 and state.subject and state.subject_in_sentence \
                and self.vocab.target_after.match(self.text, figure.end):
            # 孕产妇死亡率为4.63/10万，低于10/10万的规划目标: the measure's target.
            return Subject((state.subject,), ("目标",))
        return None

    def _price_of_goods(self, a: _Asked) -> Subject | None:
        """The price of the goods just counted (进口均价)."""
        state = self.state
        figure, subject = a.figure, a.subject
        lead = _common_lead(subject, state.subject) if figure.count == 1 \
            and state.subject_in_sentence and not figure.comparison else 0
        if lead >= 2 and self._measure_at(state.subject[lead:]) < 0 \
                and subject.startswith(self.vocab.price_words, lead):
            # 进口原油7523.1万吨，…，进口均价每吨4289元: the price of the same
            # goods, named after the verb the two share (进口原油均价每吨).
            return self._remember(state.subject + subject[lead:], (state.dimension,),
                                  subject_given=True)
        return None

    def _verb_again(self, a: _Asked) -> Subject | None:
        """The verb again, or its tally, of the same object (报告死亡; 累计领用)."""
        state = self.state
        figure, subject, named_by_owner = a.figure, a.subject, a.named_by_owner
        verb_object = self._object_of_verb(subject) if figure.count == 1 \
            and state.subject_in_sentence and not state.dimension and not named_by_owner else None
        if verb_object:
            # 全市报告肺结核3125例，报告发病率为32.08/10万；报告死亡21人: the verb
            # again, now with a measure, is of what the sentence said it of.
            return self._remember(verb_object + subject, ("",), subject_given=True)
        verb_object = self._object_of_tally(subject) if figure.count == 1 \
            and state.subject_in_sentence and not state.dimension else None
        if verb_object:
            # 新增领用电子社保卡186.4万张，累计领用342.7万张: the tally of the same
            # verb is of the same object.
            return self._remember(subject + verb_object, ("",), subject_given=True)
        return None

    def _ranked_inline(self, a: _Asked) -> Subject | None:
        """A member ranked in the subject (最多的是清远市…)."""
        state = self.state
        figure, subject = a.figure, a.subject
        inline = self.vocab.superlative.search(subject) \
            if figure.count == 1 and not figure.comparison else None
        if inline and inline.group("member") and self._measure_at(inline.group("member")) < 0 \
                and (measure := subject[:inline.start()] or state.ranking):
            # 水资源总量最多的是清远市178.35亿立方米，最少的是东莞市17.62亿立方米: the
            # member ranked, of the measure before it or, left out, the one ranked before.
            state.ranking = measure
            return self._remember(measure, (inline.group("member"),), subject_given=True)
        if inline is None and figure.count == 1 and not figure.comparison and subject \
                and self.text[:a.clause_start].rstrip().endswith(("：", ":")) \
                and self.vocab.ranking.search(state.prior_words) and self._measure_at(subject) < 0:
            # 作品登记量排名居前的是：北京市1176893件，…；上海市…: the members of a
            # ranking follow its colon, each with its figure, of the measure ranked by.
            measure = self.clean(self.vocab.ranking.sub("", state.prior_words).removesuffix("排名"))
            if measure:
                state.ranking = measure
                return self._remember(measure, (subject,), subject_given=True)
        return None

    def _ranked_by(self, a: _Asked) -> Subject | None:
        """A ranking by the measure before 以 (以电力…105.5万元最高)."""
        state = self.state
        figure, subject = a.figure, a.subject
        ranked = figure.count == 1 and self.text.startswith(
            (*self.vocab.extreme_words, *self.vocab.next_ranks), figure.end)
        if ranked and "以" in subject[1:]:
            # 总薪资中位数以电力及燃气供应业105.5万元最高: a ranking by the measure
            # before 以, of the member after it; the next ranked (…次之) likewise.
            measure, _, member = subject.rpartition("以")
            state.rank_measure = measure
            return self._remember(measure, (member,), subject_given=True)
        if ranked and state.rank_measure and subject and self._measure_at(subject) < 0:
            return self._remember(state.rank_measure, (subject,), subject_given=True)
        return None

    def _ranked_with_measure_after(self, a: _Asked) -> Subject | None:
        """A member ranked by its figure, the measure after it (万达院线以63.75亿元的票房居首位)."""
        figure, subject = a.figure, a.subject
        after = self.vocab.ranked_by_figure.match(self.text, figure.end) \
            if figure.count == 1 and subject.endswith("以") and len(subject) > 2 else None
        # (以4.48亿元位居档期票房榜首: the measure word the ranking ends with.)
        measure = after and (after.group("measure") or next(
            (w for w in self.vocab.measure_words if after.group("object").endswith(w)), ""))
        if measure:
            # 万达院线以63.75亿元的票房居全国院线首位: the member before 以, the
            # measure after the figure, before the rank it holds.
            return self._remember(measure, (subject[:-1],), subject_given=True)
        ranked = self.vocab.nation_rank.match(self.text, figure.end + len(adverb.group())) \
            if after is None and figure.count == 1 and subject.endswith("以") \
            and (adverb := self.vocab.rank_adverb.match(self.text, figure.end)) else None
        place = leading_place(subject[:-1]) if ranked else ""
        if place and self._measure_at(subject[len(place):-1]) >= 0:
            # 江苏建筑业总产值以40937亿元继续领跑全国: the place that leads the nation is
            # the member, the measure after its name what it leads by.
            return self._remember(subject[len(place):-1], (place,), subject_given=True)
        return None

    def _rate_applied(self, a: _Asked) -> Subject | None:
        """A rate that something is done at, named after it (按照30%的比例调出资金)."""
        figure, subject = a.figure, a.subject
        applied = self.vocab.rate_applied.match(self.text, figure.end) if figure.count == 1 \
            and subject.endswith(self.vocab.by_rate_words) else None
        if applied:
            # 按照30%的比例调出资金…, 单位按16%的费率缴纳: the rate, of what is before 按.
            owner = subject.removesuffix(next(w for w in self.vocab.by_rate_words
                                              if subject.endswith(w)))
            # 按不低于50%的比例给予结余留用。: nothing before 按, the act that ends the
            # clause names the rate (结余留用比例).
            owner = owner or applied.group("act") or ""
            return self._remember(owner + applied.group("measure"), ("",), subject_given=True)
        return None

    def _rank_moved(self, a: _Asked) -> Subject | None:
        """A move of the rank the clause before gives (排名第9位，较上年前移3位)."""
        figure = a.figure
        if not figure.comparison or figure.unit not in ("位", "名") or self.clean(a.subject):
            return None
        rank = self.vocab.rank_before.search(self.text, self._sentence_start(), a.clause_start)
        if rank:
            # 长沙经开区排名第9位，较上年前移3位: the move of that rank, of its owner.
            return self._remember(self.clean(rank.group("ranked")), ("",), subject_given=True)
        return None

    def _seats_in_ranking(self, a: _Asked) -> Subject | None:
        """Provinces counted after their list, of the group that lists them; places
        held in a ranking's top or bottom (后20位城市…，其中河南省占7席): of
        the group the sentence last named before the figure, held by the words before 占."""
        group = self.vocab.group_listed.match(self.clean(a.subject)) \
            if a.figure.unit == "省" else None
        if group:
            # 汾渭平原城市包括山西、河南、陕西3省: the provinces of the group listed.
            return self._remember(group.group("group") + "省份", ("",), subject_given=True)
        if a.figure.unit != "席" or a.figure.comparison:
            return None
        groups = list(_SEATS_GROUP.finditer(self.text, self._sentence_start(), a.clause_start))
        if not groups:
            return None
        holder = self.clean(a.subject).partition("占")[0]
        holder = _SEATS_HOLDER_END.sub("", holder.removeprefix("其中"))
        return self._remember("".join(groups[-1].group("rank", "what")), (holder,),
                              subject_given=True)

    def _ranking_goes_on(self, a: _Asked) -> Subject | None:
        """A ranking that goes on past its ranked words."""
        state = self.state
        figure, subject = a.figure, a.subject
        if state.ranking and figure.count == 1 and not figure.comparison and state.dimension \
                and state.last == (state.ranking, state.dimension) \
                and a.raw_subject.strip(_EDGE_PUNCTUATION).startswith("占"):
            # …北京市1176893件，占登记总量的18.31%；上海市654729件，占10.19%: the share
            # right after a ranked member's count is that member's, 占 no member.
            return self._remember(self._joined(state.ranking, "占比"), (state.dimension,),
                                  subject_given=True)
        if state.ranking and figure.count == 1 and not figure.comparison and state.dimension \
                and state.last == (state.ranking, state.dimension) \
                and self.vocab.relative_predicate.match(a.raw_subject.strip(_EDGE_PUNCTUATION)):
            # 最高的是金融业，为198650元，是全市平均水平的1.62倍: the multiple right
            # after a ranked member's figure is that member's, 是…的 no member.
            return self._remember(state.ranking, (state.dimension,), subject_given=True)
        if state.ranking and figure.count == 1 and not figure.comparison and subject \
                and self._measure_at(subject) < 0 and not self.vocab.per_capita.match(subject):
            # 月均收入最高的为交通运输业，达5530元；其次为建筑业，5214元；制造业4790元: the
            # ranking goes on past its ranked words, each member of the same measure.
            return self._remember(state.ranking, (subject,), subject_given=True)
        return None

    def _area_part(self, a: _Asked) -> Subject | None:
        """The same measure in part of the area (大部地区偏高…)."""
        state = self.state
        figure, subject = a.figure, a.subject
        if figure.count == 1 and state.subject and state.subject_in_sentence \
                and state.frame is None and self.vocab.area_part.fullmatch(subject) and (
                    figure.unit == state.unit or (
                        figure.comparison and figure.unit in self.rules.quantities.growth_units)):
            # 年平均气温…，较常年偏高0.9℃，大部地区偏高0.5℃以上: the same measure there.
            return self._remember(state.subject, (subject,), subject_given=True)
        return None

    def _rest_of_list(self, a: _Asked) -> Subject | None:
        """The rest of a list of members, written bare before its figure (在香港出生者
        占3.3%；其余10.0%在其他国家或地区出生): the same measure, of the rest."""
        state = self.state
        figure, subject = a.figure, a.subject
        if figure.count == 1 and subject in self.vocab.rest_words and state.last[1] \
                and state.subject_in_sentence and figure.unit == state.unit:
            return self._remember(state.last[0], (subject,), subject_given=True)
        return None

    def _class_of_band(self, a: _Asked) -> Subject | None:
        """The class a band names, of the noun it qualifies."""
        figure, subject, members = a.figure, a.subject, a.members
        band = self.vocab.band_class.fullmatch(subject) if members is None and figure.count == 1 \
            else None
        if band and self._measure_at(band.group("noun")) != 0 \
                and not self.vocab.measure_bound.match(band.group("band")):
            # 位于2度以下坡度（含2度）的耕地…; 居住在500万人以上城市的进城农民工…: the
            # class a band names is a member of the noun it qualifies.
            return self._remember(band.group("noun"), (band.group("band"),), subject_given=True)
        state = self.state
        aged = _AGE_BAND_PEOPLE.fullmatch(subject) if members is None and figure.count == 1 \
            and state.last[1].endswith(("岁", "以上", "以下")) and "占" in state.subject else None
        people = state.subject.partition("占")[0]
        if aged and len(people) >= 2 and aged.group("noun").endswith("占") \
                and aged.group("noun")[:-1].endswith(people):
            # 18至35岁的消费者占投诉人总数的58.3%，60岁以上老年消费者占6.4%: the next band
            # of the same people, its share of the same whole.
            return self._remember(state.subject, (aged.group("band"),), subject_given=True)
        return None

    def _member_after_measure(self, a: _Asked) -> Subject | None:
        """A group after the measure (在职职工为50%、退休人员为60%)."""
        state = self.state
        figure, subject, members, raw_subject = a.figure, a.subject, a.members, a.raw_subject
        trailing = self._trailing_member(subject) \
            if members is None and figure.count == 1 and raw_subject.rstrip().endswith("为") \
            else None
        if trailing is None and members is None and figure.count == 1:
            trailing = self._member_after_copula(subject)
        if trailing:
            # 普通门诊统筹支付比例在职职工为50%、退休人员为60%; 筹资标准为成年人1060元、
            # 未成年人980元: the group after the measure is a member of it, and so are
            # the groups after it.
            measure = trailing[0]
            extreme = self.vocab.extreme_end.fullmatch(measure)
            if extreme and state.subject:  # …最大点为黄山站…，最小点为砀山站…
                suffix = extreme.group("suffix") or ""
                swapped = self._in_place_of(extreme.group("extreme"),
                                            state.subject.removesuffix(suffix))
                measure = swapped + suffix if swapped else measure
            state.member_measure = measure
            return self._remember(measure, (trailing[1],), subject_given=True)
        return None

    def _member_of_member_measure(self, a: _Asked) -> Subject | None:
        """The next member of the measure of such groups."""
        state = self.state
        figure, subject = a.figure, a.subject
        if state.member_measure and subject and figure.count == 1 \
                and len(subject) <= _MEMBER_LIMIT and self._measure_at(subject) < 0:
            return self._remember(state.member_measure, (subject,), subject_given=True)
        return None

    def _paired_figures(self, a: _Asked) -> Subject | None:
        """Two figures of a pair of members or measures."""
        figure, predicate = a.figure, a.predicate
        # (产销增速较上年分别回落…和…: a comparison holds its 分别 itself.)
        if a.members is None and figure.count == 2 and (predicate is not None or (
                figure.comparison and "分别" in self.text[figure.start:figure.first])):
            pair = self._paired_members(a.subject)
            if pair:
                a.members, a.subject = pair
            paired = self._paired(a.subject) if a.members is None else None
            if paired:
                return paired
        return None

    def _members_of_figures(self, a: _Asked) -> Subject | None:
        """One member a figure, of the measure named."""
        state = self.state
        figure, members, predicate_text, post = a.figure, a.members, a.predicate_text, a.post
        per = self.vocab.per_capita.match(members[0]) if members and not a.subject.strip() \
            and len(members) == figure.count else None
        if per and per.end() < len(members[0]) and figure.count >= 2:
            # 全区卫生技术人员…，每千常住人口执业（助理）医师、注册护士分别为3.62人和4.05人:
            # a list opened by a rate per head names measures of their own, each per
            # head (每千常住人口注册护士), no members of the subject before.
            return self._measures(a.subject, tuple(
                self._joined(per.group() + m.removeprefix(per.group()), predicate_text)
                for m in members))
        if members and len(members) == figure.count >= 2 \
                and regex.sub(r"[、和及与\s]", "", a.subject) in ("", "".join(members)) \
                and self.text[a.clause_start - 2:a.clause_start].rstrip().endswith(("，", ",")) \
                and (lead := self.vocab.per_head_lead.search(
                    self.text, max(0, a.clause_start - 20), a.clause_start)):
            # 按每千人口计，医生及护士分别为2.9名及4.2名: the members' rate per head
            # that the clause before names.
            return self._remember(lead.group("per"), tuple(members), subject_given=True)
        if members is not None and len(members) == figure.count:
            # (年平均工资最高的三个行业分别是金融业…、…: 年平均工资 of each.)
            a.subject = self.vocab.ranked.sub("", a.subject) or a.subject
            if regex.sub(r"[、和及与]", "", a.subject) == "".join(members) \
                    and len(given := {state.member_of.get(m) for m in members}) == 1 \
                    and None not in given:
                # (苏南、苏中、苏北地区景气指数分别为…，苏中、苏北地区比上季度分别提高…:
                # members of the paragraph's breakdown, named alone, go on with the
                # measure they were given; not measures listed, 次均住院救助、门诊救助.)
                a.subject = given.pop()
            elif regex.sub(r"[、和及与]", "", a.subject) in ("", "".join(members)) \
                    and (measure := self._measure_of_listed_head(members, figure.start)):
                a.subject = measure
            if state.frame and state.total and _CLASS_VERB.fullmatch(a.subject.strip()):
                # 个体工商户中，…；从事第一产业、第二产业的分别为12.3万户和74.4万户: classes
                # by what they do, of the frame's whole, as one alone is (从事第三产业的有…).
                a.subject, members = state.total, [a.subject.strip().removesuffix("的") + m
                                                   for m in members]
            indicator = self._indicator(a.subject, predicate_text, post, figure)
            measure = self._indicator(a.subject, "", post, figure)
            previous = state.subject or ""
            if state.total is not None and a.subject and previous.endswith(a.subject) \
                    and (owner := previous[:-len(a.subject)]) and indicator.startswith(owner) \
                    and common_suffix([owner, *members]) and not state.total.startswith(owner):
                # 其中，金融业增加值…；现代物流业、信息服务业增加值分别增长…: members named
                # with the measure of a member before, of its kind (…业), are its
                # siblings in the breakdown, not parts of it (but 服务业增加值…。其中，
                # 住宿和餐饮业…增加值分别…: parts of the whole's owner).
                indicator = self._joined(a.subject, predicate_text)
                measure = a.subject
            place = _REGION_NAME.match(previous) if not a.subject and state.total is None \
                and previous and indicator.startswith(previous) else None
            if place and len(previous) - place.end() >= 2 and place.group() not in members \
                    and all(_REGION_NAME.fullmatch(m) and m[-1] == place.group()[-1]
                            for m in members):
                # 朝阳区受理诉求量最多，为…；海淀区、丰台区分别为…: places of the kind the
                # subject before opened with are its peers, of its measure alone.
                indicator, measure = indicator[place.end():], measure[place.end():]
            whole = _share_whole(predicate_text[1:], self.vocab.share_of_whole)
            if predicate_text.startswith("占") and whole and (
                    whole in measure or _said_shorter(whole, measure)):
                # 同城、异地、国际快递业务量分别占全部快递业务量的…: the members' shares
                # of the whole their measure names (全部快递业务量占比).
                indicator = _whole_share(predicate_text, self.vocab.share_of_whole)
            previous = state.subject or ""
            if state.total is None and a.subject and previous != a.subject \
                    and previous.endswith(a.subject) \
                    and indicator == self._joined(previous, predicate_text):
                # PM2.5年均浓度为…；PM10、二氧化氮年均浓度分别为…: members listed with
                # the measure just given, outside a 其中, are siblings of its owner,
                # not parts of it: of the measure alone.
                indicator = self._joined(a.subject, predicate_text)
            state.members = members
            state.history.append(members)
            if state.total is not None and indicator == state.total:
                # 其中，海河区、辽河区分别偏多…；珠江区偏少…: members of the whole listed
                # alone open its breakdown; a member alone after the ； goes on with it.
                state.scope_members.extend(members)
                state.scope_unit = state.scope_unit or self._figure_unit
            return self._remember(indicator, tuple(members), subject_given=True)
        return None

    def _measure_of_listed_head(self, members: list[str], before: int) -> str:
        """The measure of members listed after a colon that names their kind
        (增加额较多的省份是：广东、江苏…，分别增加…): the one the subject before, a
        count of that kind, named (27个省份彩票销售量出现增长 -> 彩票销售量); "" if none."""
        text = self.text[:before]
        at = max(text.rfind("："), text.rfind(":"))
        head = regex.search(r"的(\p{Han}{1,4}?)(?:是|为|有)?[：:]$", text[:at + 1]) \
            if at > 0 and regex.sub(r"[、和及与，\s]", "", text[at + 1:]) == "".join(members) \
            else None
        owner = self.state.subject
        if not head or len(owner) <= len(head[1]) or not owner.startswith(head[1]):
            return ""
        # (Without the verb that says it moved and a lead verb before it: 出现增长,
        # 实现增长, 增加.)
        rest = owner[len(head[1]):]
        moves = (*self.rules.quantities.up_verbs, *self.rules.quantities.down_verbs)
        rest = next((rest[:-len(w)] for w in sorted(moves, key=len, reverse=True)
                     if rest.endswith(w)), "")
        rest = next((rest[:-k] for k in (2, 1) if len(rest) > k
                     and self.vocab.lead_words.fullmatch(rest[-k:])), rest)
        return rest

    def _several_figures(self, a: _Asked) -> Subject | None:
        """Several figures: of the subjects the sentence named, or of members
        carried; every match of two or more figures is answered here."""
        state = self.state
        figure, subject, predicate_text, post = a.figure, a.subject, a.predicate_text, a.post
        named = state.named[-figure.count:]
        rate = subject if subject in (*self.vocab.rate_words, *self.vocab.share_words) else ""
        if figure.count >= 2 and (not subject or rate) and len(named) == figure.count \
                and len(set(named)) == figure.count and not figure.ranged:
            # (Not a range's two ends: …较好的10个城市依次是：…，降幅在18.2%—31.0%之间
            # is one measure's, the ranked one's, not of 168个重点城市 and 10个城市.)
            # 港口货物吞吐量4.8亿吨，集装箱吞吐量1023万标准箱，分别增长5.2%和8.7%:
            # one figure for each of the last subjects the sentence named; after 分别占
            # their shares, after 增速分别快于 their rates.
            share = _share(predicate_text) if predicate_text.startswith(
                self.vocab.predicate_starts) else predicate_text
            if state.frame and not state.total \
                    and predicate_text.startswith(self.vocab.predicate_starts) \
                    and not any(d for _, d, _ in named):
                # 按内容分，经济建设方面328件、社会建设方面389件，分别占立案总数的…: under
                # a frame of no measure the subjects were its members, each a share
                # of the whole (not a measure 经济建设方面占立案总数).
                return Subject((share,) * figure.count, tuple(i for i, _, _ in named))
            if rate in self.vocab.rate_words:
                named = [(_paced(i), d, x) for i, d, x in named]
            return Subject(tuple(self._joined(i, rate, share) for i, _, _ in named),
                           tuple(d for _, d, _ in named))
        if figure.count >= 2 and not rate and len(named) == figure.count \
                and len(set(named)) == figure.count and not any(d for _, d, _ in named) \
                and ((subject.endswith("率") and figure.unit in ("%", "‰"))
                     or (len(kind := common_suffix([i for i, _, _ in named])) >= 2
                         and subject.startswith(kind)
                         and figure.unit not in {u for *_, u in named})) \
                and (members := _parallel_names([i for i, _, _ in named])):
            # 规范管理高血压患者5.86万人、糖尿病患者1.73万人，规范管理率分别为71.4%、
            # 70.2%: a rate of each group the sentence just counted (the lead the
            # first one has, 规范管理, is not of its name); so is a measure of their
            # kind in a unit of its own (集中养育孤儿1.2万人，社会散居孤儿2.8万人，孤儿
            # 基本生活保障平均标准分别达到…元和…元).
            state.members = members
            state.history.append(members)
            return self._remember(subject, tuple(members), subject_given=True)
        if figure.count >= 2 and subject and not rate and len(named) == figure.count \
                and len(set(named)) == figure.count and not any(d for _, d, _ in named) \
                and (members := _owners_named(subject, [i for i, _, _ in named])):
            # 困难残疾人生活补贴对象6.83万人，重度残疾人护理补贴对象8.95万人，补贴标准分别
            # 为…80元、100元: the standard of each subsidy the clauses before counted
            # the people of, each named up to the word the measure opens with (补贴).
            state.members = members
            state.history.append(members)
            return self._remember(subject, tuple(members), subject_given=True)
        if figure.count >= 2 and subject and not predicate_text and len(named) == figure.count \
                and len({i for i, _, _ in named}) == 1 and all(d for _, d, _ in named) \
                and all(u == self._figure_unit for _, _, u in named) \
                and self._measure_at(subject) < 0 and self._right_after_qizhong():
            # 职工医保、居民医保…支付比例分别为86.3%、76.8%，其中三级医院分别为…: the
            # measure before, of a part (三级医院) of each of its members.
            return self._remember(named[0][0], tuple(d + subject for _, d, _ in named),
                                  subject_given=True)
        if figure.count >= 2 and not (figure.ranged and state.total and subject):
            # (A range of a member of an open breakdown, 合理区间：职工医保为6-9个月, is
            # the member's, below, each end.)
            indicator = self._indicator(subject, predicate_text, post, figure)
            # (Not to the parts of one ratio or range: 生师比17.90:1 after a list of two;
            # nor to one thing counted in two units, 其中，动车组4427标准组、35416辆.)
            kinds = {self.rules.quantities.kindred(u) for u in figure.units}
            carried = (None if figure.ratio or figure.ranged or len(kinds) > 1
                       else self._carried_members(figure.count)) or [""] * figure.count
            return self._remember(indicator, tuple(carried), subject_given=bool(subject))
        return None

    def _fit_total(self, a: _Asked) -> None:
        """The total a part in this unit can be of; whether a breakdown is open."""
        state = self.state
        figure, subject = a.figure, a.subject
        # A member has the unit of its total: under 其中 after a share, a count
        # breaks down the paragraph's latest count (就诊323.6万人次，基金支付比例
        # 69.05%。其中住院2.31万人次).
        # (Not a member's share, which is of the total in any unit: 一般公共预算收入
        # 365.3亿元，…，其中税收收入占比65.2%, not of a growth in % before it.)
        if state.total is not None and state.total_unit not in ("", figure.unit) \
                and state.by_unit.get(figure.unit) \
                and not self.vocab.member_share.fullmatch(subject):
            state.total, state.total_unit = state.by_unit[figure.unit], figure.unit
            state.total_amount = None
            if subject and not _same_last_word(subject, state.total) and (named := next((
                    level for level in reversed(state.levels) if level[1] == figure.unit
                    and _same_last_word(subject, level[0])
                    and (head := _shared_tail(level[0], subject))
                    and not _restates(subject[:-len(head)], level[0])), None)):
                # 立案查处价格违法案件259件，结案247件，罚没款…。其中，价格欺诈案件42件:
                # a kind of the head (案件) the count before named is its member, not
                # the latest count's; not a name that repeats that count's measure
                # (省法院受理案件 after 法院受理各类案件): a member with a measure of its own.
                state.total = named[0]
        if state.total is not None and not state.scope_members \
                and figure.unit == state.total_unit and None not in (
                    state.total_amount, figure.amount) \
                and figure.unit not in self.rules.quantities.rate_points \
                and not self.vocab.average.search(subject) \
                and figure.amount > state.total_amount * _ROUNDING \
                and not state.total.endswith(self.vocab.difference_words) \
                and (holds := next((level for level in reversed(state.levels)
                                    if level[1] == figure.unit
                                    and level[2] * _ROUNDING >= figure.amount), None)):
            # 收到报告1.8万份，每百万人口平均报告数为1,905份；其中新的和严重报告0.6万份;
            # 查处案件1,236宗，移送案件28宗。其中，查处药品案件652宗: no part is more
            # than its whole, which is the latest level of the paragraph that can hold
            # it (not so of rates, nor of averages: 人均消费…，其中留宿旅客人均消费…;
            # nor of a balance, less than the flows it nets: 证券投资逆差215亿美元。其中，
            # 对外证券投资2512亿美元，境外对我国证券投资2297亿美元).
            state.total, _, state.total_amount = holds
        # (A change may break down a total stated in another unit: 零售额98.6亿元，
        # 增长7.4%。其中，粮油食品类零售额增长9.6%，烟酒类增长11.2%.)
        a.in_breakdown = state.frame is not None or (state.total is not None and (
            state.total_unit in ("", figure.unit) or figure.comparison))
        if a.in_breakdown and state.frame is None and self._right_after_qizhong() \
                and _PERIOD_OPENING.match(self.text[self._clause_start:self._figure_start]
                                          .lstrip(_EDGE_PUNCTUATION).removeprefix("其中")
                                          .lstrip(_EDGE_PUNCTUATION)):
            # 1—3月，…优良天数比例为80.2%。其中，3月份全国339个城市平均优良天数比例为81.7%:
            # a month or quarter of the period is a time of the figures, no member.
            a.in_breakdown = False

    def _rate_of_figure_before(self, a: _Asked) -> Subject | None:
        """A rate of the figure before (增速比上年回落…)."""
        state = self.state
        subject, predicate_text = a.subject, a.predicate_text
        if subject in self.vocab.rate_words and state.subject:
            # 增长5.3%，增速比上年回落0.8个百分点: the rate of the figure before,
            # which stays the subject of what follows (，占全省的20.3%).
            indicator = self._joined(_paced(state.subject), subject, predicate_text)
            return self._remember(indicator, (state.dimension,), subject_given=False)
        return None

    def _predicate_of_figure_before(self, a: _Asked) -> Subject | None:
        """A predicate of the figure before (占…比重)."""
        state = self.state
        figure, subject, predicate_text = a.figure, a.subject, a.predicate_text
        if subject.startswith(self.vocab.predicate_starts):  # 占…比重: of the figure before
            indicator = self._indicator(subject, predicate_text, "", figure)
            # (Its member only where that figure is of the same sentence: a sentence
            # that opens with words of its own, 震害防御支出主要用于…，占…, is about
            # them, not the last member of the breakdown before.)
            # (The member of a part a condition names counts: 其中获评3A级的612个，占49.1%.)
            member = "" if not state.subject_in_sentence else state.main_part or (
                state.last[1] if state.last[0] == state.subject else state.dimension)
            if not member and "最" in state.prior_text \
                    and (leading := self.vocab.leading_origin.search(state.prior_text)):
                # 来自广东省的游客最多，占区外游客的38.5%: the share of the origin ranked first.
                member = leading.group("member")
            if figure.count == 1 and self._figures_before >= 2 \
                    and member == state.named[-1][1]:
                # 居前5位的病种依次为A、B…和E，分别报告…例，占…总数的93.44%: one share
                # after a list's figures is of the list together, not of its last member.
                member = ""
            state.main_part = ""  # (of the one share right after it)
            state.share_owner = (indicator, state.subject, member)
            return self._remember(indicator, (member,), subject_given=True)
        return None

    def _share_of_member(self, a: _Asked) -> Subject | None:
        """A member's share (其中第一产业占12.5%) and its kinds."""
        state = self.state
        subject, raw_subject, predicate_text = a.subject, a.raw_subject, a.predicate_text
        of_whole = self.vocab.member_share_of.fullmatch(subject) if state.frame \
            and self.vocab.next_member_share.match(self.text, a.figure.end) else None
        if of_whole \
                and not of_whole.group("whole").endswith(
                    self.vocab.part_ratios + self.vocab.share_of_ends) \
                and self._measure_at(of_whole.group("member")) < 0:
            # 从不合格项目看，农药残留超标占不合格样品总量的40.1%，微生物污染占17.2%: under
            # a frame, a member's share of the whole it names; the next members' go on.
            return self._remember("占" + of_whole.group("whole"), (of_whole.group("member"),),
                                  subject_given=True)
        member_share = self.vocab.member_share.fullmatch(subject)
        named = member_share.group("member") if member_share else ""
        bounds = word_boundaries(named) if "中" in named else frozenset()
        inner = next((at for at in bounds if 2 <= at < len(named) - 2 and named[at] == "中"
                      and at + 1 in bounds and self.vocab.frame.fullmatch(named[:at + 1])), 0)
        heads = self.vocab.member_heads
        if inner and self._measure_at(named) < 0 and named.endswith(heads, 0, inner) \
                and not named.endswith(heads):
            # 其中，外出农民工中女性占31.5%，本地农民工中女性占45.0%: the share of a kind
            # of people (女性) within a group of them the clause names first, the member.
            # (Not of a whole's member: 本地排放中移动源占比最大, 城镇就业人员中受雇就业人员占.)
            return self._remember(self._joined(named[inner + 1:], "占比"), (named[:inner],),
                                  subject_given=True)
        share_of = state.total or state.subject
        whole = member_share.group("member").removesuffix("的") if member_share else ""
        if whole.endswith("中") and len(whole) - 1 in word_boundaries(whole) and state.subject \
                and state.subject_in_sentence:
            # 新兴业务收入…，在电信业务收入中(的)占比19.4%: the share of the figure
            # before in a whole, as 占电信业务收入的 writes it (中 a word of its
            # own: not 初中的占44.3%; nor a sentence of its own, 我国在全球货物贸易中
            # 的占比…, after 进口… of the one before).
            owner = state.subject.partition("占")[0]
            indicator = self._joined(owner, "占", whole[:-1])
            return self._remember(indicator, (state.dimension,), subject_given=True)
        named = member_share.group("member") if member_share else ""
        at = self._measure_at(named) if named \
            and subject.endswith("占") else -1
        if at > 1 and self._splits_at(named, at):
            # 工业企业利润总额占55.1%: the member's share of the measure it names,
            # which the whole before it may name more fully (法人单位利润总额).
            measure = named[at:]
            whole = share_of if share_of and share_of.endswith(measure) else measure
            return self._remember(self._joined(whole, "占比"), (named[:at],),
                                  subject_given=True)
        own = named.removesuffix("约")  # (约占30%: 约 is the figure's qualifier)
        tail = own.rpartition("的")[2]
        if "的" in own and (self._measure_at(tail) == 0 or tail in self.vocab.measure_ends) \
                and self.text[self._clause_start - 1:self._clause_start] in ("；", ";"):
            # …其中雨水管道…；建成区中达到海绵城市建设要求的面积约占30%: after the ；, a
            # clause naming a measure of its own (…的面积) gives its own share, no member's.
            return self._remember(self._joined(own, "占比"), ("",), subject_given=True)
        if member_share and state.total is None and state.frame is None \
                and subject.endswith(self.vocab.share_words) and subject == self.clean(raw_subject):
            # 入园幼儿5912人。普惠性幼儿园在园幼儿占比为94.6%: outside a breakdown,
            # a share named as a noun (…占比为, not …占) is of the subject it names
            # (as written: 养老机构138家，床位…，占比72.1% is of the beds).
            return self._remember(self._joined(subject, predicate_text), ("",),
                                  subject_given=True)
        group = named.rpartition("的")[2]
        if member_share and group and group != named and subject.endswith(self.vocab.share_words) \
                and ((state.dimension and group.endswith(state.dimension)
                      and state.last[1] == state.dimension)
                     or (state.total and group.endswith(without_asides(state.total)))):
            # 随迁子女51.28万人，占46.36%；其中在公办学校就读的随迁子女占比为89.5%: a
            # part of the member just given, named with 的 and its share as a noun,
            # is a share within that member (its own base), not the total's; so is one
            # of the total's things (基层社412个，其中…；有实体、有服务、有收益的基层社占比…).
            return self._remember(self._joined(subject, predicate_text), ("",),
                                  subject_given=True)
        graded = self.vocab.grade_class.match(share_of or "")
        if member_share and graded and share_of.endswith("比例") \
                and self.vocab.grade_class.fullmatch(member_share.group("member")):
            # Ⅰ～Ⅳ类水质点位比例为77.8%，Ⅴ类占22.2%: another grade's value of the same
            # proportion, not its share of the first grade's.
            return self._remember(share_of[graded.end():], (member_share.group("member"),),
                                  subject_given=True)
        nearest = state.last
        if member_share and state.subject_in_sentence and nearest[0] != share_of \
                and state.levels and state.levels[-1][0] == nearest[0] \
                and (head := _shared_tail(member_share.group("member"), nearest[0])):
            # 其中养老机构129个，床位1.78万张，护理型床位占比60.2%: the share of a kind
            # of what the level just before counts (床位) is of that level, the
            # member's beds, not of the total the breakdown began with.
            base = nearest[1] + head if nearest[1] else nearest[0]
            return self._remember(self._joined(base, "占比"), (member_share.group("member"),),
                                  subject_given=True)
        if member_share and share_of and (share_of.endswith(("指数", "PMI")) or (
                state.last == (share_of, "") and share_of.endswith("的企业占比")
                and "的" in member_share.group("member"))):
            # 用工计划指数为102.7；认为成本上升的企业占41.3%，认为资金紧张的企业占19.8%:
            # no share is of an index; it is the share of those the clause names (the
            # respondents), and so is the next one named alike.
            return self._remember(self._joined(member_share.group("member"), "占比"), ("",),
                                  subject_given=True)
        if member_share and share_of and "占" not in share_of \
                and not share_of.endswith("率"):  # not a share of a share, nor of a rate
            # 其中第一产业占12.5%: a member's share of the total; of the total's own
            # member where it had one (从教师队伍看，普通高中专任教师…，其中研究生学历
            # 教师占比…: of 普通高中's teachers; not after a list, 基础研究、应用研究和
            # 试验发展经费所占比重分别为…，其中基础研究经费占比…, of no one member).
            owner = nearest[1] if nearest[1] and nearest[0] == share_of \
                and self._figures_before == 1 else ""
            indicator = self._joined(owner + share_of, "占比")
            return self._remember(indicator, (member_share.group("member"),), subject_given=True)
        if member_share and state.frame and not share_of and not self.vocab.measure_noun_end.search(
                state.frame) and self._measure_at(state.frame) < 0:
            # 按照报告人职业统计，医生占55.8%: under a frame of an attribute (not of a
            # whole: …金额中), a member's share of a whole the text leaves unsaid.
            return self._remember("占比", (member_share.group("member"),), subject_given=True)
        if member_share and not share_of and subject.endswith("占") \
                and self.vocab.next_member_share.match(self.text, a.figure.end) \
                and self._measure_at(member_share.group("member")) < 0:
            # 根据投诉性质分析，售后服务问题占26.91%，合同问题占25.14%，…: a run of
            # members' shares with no whole named is a breakdown all the same (the
            # next members' go on as under a frame).
            return self._remember("占比", (member_share.group("member"),), subject_given=True)
        if member_share and (state.dimension or state.last[1]) \
                and state.last == (state.subject, state.dimension or state.last[1]) \
                and (state.subject.endswith("占比") or state.subject.startswith("占")
                     or (not state.dimension and "占" in state.subject)):
            # …，初中的占44.3%: the next member's share of the same whole, also in a
            # sentence of its own (受教育程度为未上过学的占7.2%，小学的占41.6%), and after
            # a list's (A、B分别占投诉总量的31.4%、24.8%；C占9.2%).
            return self._remember(state.subject, (member_share.group("member"),),
                                  subject_given=True)
        return None

    def _relative_to_figure_before(self, a: _Asked) -> Subject | None:
        """A figure relative to the one before (是上年同期的1.8倍)."""
        state = self.state
        raw_subject, predicate_text = a.raw_subject, a.predicate_text
        relative = self.vocab.relative_predicate.match(raw_subject.strip(_EDGE_PUNCTUATION))
        if relative and state.subject:  # 是上年同期的1.8倍: of the figure before,
            # which stays the subject of what follows (but for a ratio, 与营业收入之比).
            ratio = relative.groupdict().get("ratio")
            predicate_words = ratio or relative.group("predicate")
            whole = state.subject.partition("占")[0] if predicate_words.startswith(
                self.vocab.contribution_verbs) else ""  # (…收入…，占比…，拉动…增长: the measure's)
            indicator = self._joined(whole or state.subject, predicate_words, predicate_text)
            return self._remember(indicator, (state.dimension,), subject_given=bool(ratio))
        return None

    def _measure_of_member_counted(self, a: _Asked) -> Subject | None:
        """A bare measure of another unit after a member's count."""
        state = self.state
        figure, clause_start, subject = a.figure, a.clause_start, a.subject
        predicate_text = a.predicate_text
        counted = next((i for i, d, u in reversed(state.named)
                        if state.scope_members and d == state.scope_members[-1]
                        and u == state.scope_unit), "") \
            if subject and not figure.comparison and figure.count == 1 else ""
        if counted and state.last[1] == state.scope_members[-1] \
                and self._figure_unit != state.scope_unit \
                and len(subject) <= _BARE_MEASURE_LIMIT \
                and (subject.endswith(self.vocab.measure_ends)
                     or (len(counted) >= 4 and subject.startswith(counted[-2:]))) \
                and not regex.search("[；;。]", self.text[state.last_clause:clause_start]):
            # 体育健身场地中，全民健身路径107.45万个，场地面积2.34亿平方米，长度…: a
            # bare measure of another unit, right after a member's count, is the
            # member's (教育系统体育场地…万个，占16.4%，场地面积…), of what it counted.
            head = counted[-2:] if subject.startswith(counted[-2:]) else ""
            return self._remember(self._joined(counted + subject[len(head):], predicate_text),
                                  (state.scope_members[-1],), subject_given=True)
        return None

    def _measure_of_frame_units(self, a: _Asked) -> Subject | None:
        """A measure of the units a frame names (限额以上单位中，…零售额)."""
        state = self.state
        subject, predicate_text = a.subject, a.predicate_text
        frame = state.frame or ""
        if frame and state.total == frame and state.dimension \
                and subject in self.vocab.measure_word_set \
                and state.member_of.get(state.dimension) \
                and not regex.search("[；;。]", self.text[state.last_clause:self._clause_start]):
            # 在企业法人单位中，制造业资产总计3.85万亿元，营业收入4.86万亿元: a measure
            # alone right after a member's measure, a comma between, is that member's.
            return self._remember(self._joined(subject, predicate_text), (state.dimension,),
                                  subject_given=True)
        if frame and state.total == frame and self._names_measure(subject) \
                and self._measure_at(frame) < 0 and not self._names_measure(frame) \
                and not self._opens_with_unit_of(frame, subject):
            # 限额以上单位中，通过公共网络实现的商品零售额增长21.5%: in a frame of
            # units, a subject that names a measure is a measure of those units, of a
            # class of goods if it names one (汽车类|商品零售额). So is a scope of units
            # (在规模以上工业企业中，R&D经费为…; 营业收入为…): no member of it.
            of_class = _CLASS_MEASURE.fullmatch(subject)
            member, measure = of_class.groups() if of_class else ("", subject)
            return self._remember(self._joined(frame + measure, predicate_text), (member,),
                                  subject_given=True)
        return None

    def _period_of_breakdown(self, a: _Asked) -> Subject | None:
        """A period that is the member of a breakdown by period."""
        state = self.state
        figure, subject, raw_subject = a.figure, a.subject, a.raw_subject
        predicate_text = a.predicate_text
        # (其中四季度…: one of the periods again, after the list of them.)
        periods = self.vocab.period_member
        # (After the breakdown's sentence, one period's rate compared with another's,
        # 二季度增速较一季度回落12.2个百分点, is still of a member.)
        frame = state.frame if state.frame is not None or not figure.comparison \
            or not periods.fullmatch(state.last[1]) \
            or not _PERIOD_COMPARED.search(self.text, figure.start, figure.first) \
            else self.vocab.period_frames[0]
        period = periods.match(raw_subject.lstrip(_EDGE_PUNCTUATION).removeprefix(
            "其中").lstrip(_EDGE_PUNCTUATION)) \
            if frame in self.vocab.period_frames and figure.count == 1 else None
        if period and period.group() != "全年" and (subject or state.subject):
            # (全年 is the whole a breakdown by period divides, not one of its parts:
            # 分月看，…全年快递业务量月均超过50亿件.)
            # 分季度看，一季度国内出游人次12.16亿…；二季度…: under a breakdown by
            # period the period that the subject opens with is its member, no filler.
            # (A season is no filler of time: 冬季平均气温 is the 平均气温 of 冬季.)
            measure = subject.removeprefix(period.group())
            measure = self._measure_left_out(measure, raw_subject) or measure or state.subject
            return self._remember(self._joined(measure, predicate_text),
                                  (period.group(),), subject_given=True)
        return None

    def _period_ranked_before(self, a: _Asked) -> Subject | None:
        """A period the clause before ranks (7月灾害损失最重，…)."""
        state = self.state
        periods = self.vocab.period_member
        figure, subject, predicate_text = a.figure, a.subject, a.predicate_text
        ranked = periods.match(state.prior_text.lstrip(_EDGE_PUNCTUATION)) \
            if subject and figure.count == 1 and not figure.comparison \
            and (top := self.vocab.superlative.search(state.prior_words)) \
            and not top.group("member") \
            and not state.prior_words.startswith(self.vocab.concessive_words) else None
        if ranked and ranked.group() != "全年" and not periods.match(subject) \
                and not leading_place(subject):
            # 从月份看，7月灾害损失最重，直接经济损失1330.3亿元: the period the clause
            # before ranks is the member of the measure this one names.
            return self._remember(self._joined(subject, predicate_text), (ranked.group(),),
                                  subject_given=True)
        return None

    def _measure_again_for_span(self, a: _Asked) -> Subject | None:
        """The measure of the clause before named again, bare, for the span so far
        (3月乘用车市场零售194.0万辆，…；今年以来累计零售512.9万辆): that measure, of
        the same owner."""
        state, subject = self.state, a.subject
        if not (a.figure.count == 1 and len(subject) >= 2 and state.subject_in_sentence
                and not state.dimension and state.subject != subject
                and state.subject.endswith(subject) and self._figure_unit == state.unit
                and self.vocab.running_period.search(a.raw_subject)):
            return None
        return self._remember(self._joined(state.subject, a.predicate_text), ("",),
                              subject_given=True)

    def _period_within_total(self, a: _Asked) -> Subject | None:
        """A period within the total's (其中6月降水量…)."""
        state = self.state
        periods = self.vocab.period_member
        figure, subject, raw_subject = a.figure, a.subject, a.raw_subject
        predicate_text = a.predicate_text
        opening = raw_subject.lstrip(_EDGE_PUNCTUATION)
        if (a.in_breakdown or opening.startswith("其中")) and state.total and subject \
                and figure.count == 1 \
                and _DAY_ITSELF.match(opening.removeprefix("其中").lstrip(_EDGE_PUNCTUATION)) \
                and state.total.endswith(subject[-2:]):
            # 铁路累计发送旅客1.2亿人次…。其中，4月29日发送旅客1966.1万人次: one day's figure
            # of the total's measure, not the running total (累计) nor a member of it.
            return self._remember(self._joined(state.total.replace("累计", ""), predicate_text),
                                  ("",), subject_given=True)
        period = periods.match(opening.removeprefix("其中").lstrip(_EDGE_PUNCTUATION)) \
            if state.frame is None and state.total and figure.count == 1 and (
                opening.startswith("其中") or periods.fullmatch(state.dimension)) \
            else None
        within = bool(period and state.total and len(subject) >= 2 and subject in state.total)
        if period and subject and (state.total.endswith(subject[-2:]) or within):
            # 1月至6月降水量…，其中6月降水量586.3毫米; 前三季度累计出栏…；其中第四季度
            # 单季出栏…；12月份生猪出栏…: a period within the total's, named with its
            # measure again, is a member, and so is the next period named so (a bare
            # one is time: 上涨5.1%，其中6月份同比上涨8.8%). A measure named short, by
            # a word of the total's (银行结售汇逆差…，其中6月份逆差…), is the total's.
            return self._remember(self._joined(state.total if within else subject,
                                               predicate_text),
                                  (period.group(),), subject_given=True)
        return None

    def _people_in_scope(self, a: _Asked) -> Subject | None:
        """The people a measure is of (15岁及以上人口的…)."""
        subject, in_breakdown = a.subject, a.in_breakdown
        if in_breakdown and self.vocab.population_scope.fullmatch(subject):
            # 全国人口中，15岁及以上人口的平均受教育年限…: the people a measure is of,
            # not one of the whole's members.
            return self._remember(subject, ("",), subject_given=True)
        return None

    def _measure_of_part(self, a: _Asked) -> Subject | None:
        """The whole's next measure named bare after a part (…，货邮吞吐量…)."""
        state = self.state
        figure, clause_start, subject = a.figure, a.clause_start, a.subject
        predicate_text, in_breakdown = a.predicate_text, a.in_breakdown
        if in_breakdown and subject and not state.scope_members and state.total \
                and state.subject_in_sentence and state.last_clause != clause_start \
                and not state.dimension and figure.unit == state.total_unit \
                and (owner := self._part_owner(subject)):
            # 全省机场旅客吞吐量…，货邮吞吐量…。其中，萧山机场旅客吞吐量…，货邮吞吐量91.4
            # 万吨: the whole's next measure, named bare after a part named with its
            # own, is that part's.
            return self._remember(self._joined(owner + subject, predicate_text), ("",),
                                  subject_given=True)
        return None

    def _member_of_spanned_class(self, a: _Asked) -> Subject | None:
        """A class named alone, an industry or a place, after a total that spans
        such classes (中国对外直接投资涵盖国民经济18个行业大类。其中，制造业273.4亿美元):
        the member of the measure named before the verb, not a whole of its own."""
        total, subject = self.state.total or "", a.subject
        verb = next((v for v in self.vocab.span_verbs if v in total), "")
        owner = total[:total.find(verb)] if verb else ""
        if len(owner) < 2 or not subject or self._measure_at(subject) >= 0 \
                or not (self.vocab.industry_name.fullmatch(subject) or _is_place_name(subject)) \
                or self._figure_unit == self.state.total_unit:
            return None
        return self._remember(owner, (subject,), subject_given=True)

    def _member_of_measure_topic(self, a: _Asked) -> Subject | None:
        """An industry named first under a topic X方面 that is a measure (流量方面，
        博彩业录得166.8亿元，金融业为12.7亿元，建筑业则录得撤资2.4亿元): the member
        of that measure; what the clause adds after a verb (撤资) goes with it."""
        aspect, subject = self.state.aspect, a.subject
        name = self.vocab.industry_lead.match(subject) if aspect and subject else None
        if not name or not self.vocab.measure_noun_end.search(aspect) \
                or self._measure_at(subject) >= 0:
            return None
        rest = self.vocab.lead_words.sub("", subject[name.end():])
        return self._remember(self._joined(aspect, rest), (name.group(),), subject_given=True)

    def _member_of_lead_measure(self, a: _Asked) -> Subject | None:
        """A member named under a lead phrase that names the measure (以旅客人均消费
        计算，内地旅客为2,498澳门元…；香港旅客为1,285澳门元): that measure's member."""
        measure, subject = self.state.lead_measure, a.subject
        if not measure or not subject or a.figure.count != 1 or measure in subject \
                or self._measure_at(subject) >= 0:
            return None
        return self._remember(measure, (subject,), subject_given=True)

    def _statistic_of_figure_before(self, a: _Asked) -> Subject | None:
        """A statistic over time of the measure just named with no member (其中，人民银行
        支付系统处理业务…，金额…，日均处理业务…): that owner's per day, no member."""
        if a.in_breakdown and a.subject and not self.state.last[1] \
                and (owner := self._owner_of_statistic(a.subject)):
            return self._remember(self._joined(owner + a.subject, a.predicate_text), ("",),
                                  subject_given=True)
        return None

    def _sibling_act(self, subject: str) -> str | None:
        """The subject before with its last word, of the subject's kind and
        neither a measure, in place of the subject (…担负诊疗 -> …担负住院;
        …联盟加盟影院3800余家、银幕6200余块 -> …联盟加盟银幕)."""
        previous = self.state.subject
        at = max((b for b in word_boundaries(previous) if b < len(previous)), default=0)
        last = previous[at:]
        if at < 2 or len(last) != len(subject) or last == subject or subject in previous \
                or _words(subject) != [subject] or self._measure_at(subject) >= 0 \
                or self._measure_at(last) >= 0 or subject in self.vocab.measure_word_set \
                or last in self.vocab.measure_word_set:
            return None
        return previous[:at] + subject

    def _second_measure_of_member(self, a: _Asked) -> Subject | None:
        """The second of two measures the total joined (诊疗…人次和住院…床日), named bare
        after the member's first: the member's, not a member (其中公立医院医师日均担负
        诊疗7.6人次和住院2.4床日 -> 公立医院's 住院, 诊疗6.9人次、住院2.3床日 alike)."""
        state, subject = self.state, a.subject
        total = state.total or ""
        if subject and a.figure.count == 1 and state.subject_in_sentence \
                and state.unit != self._figure_unit \
                and self.text[a.figure.start - len(subject) - 1:a.figure.start - len(subject)] \
                in ("和", "、") and (swapped := self._sibling_act(subject)):
            # (…诊疗7.6人次和住院2.4床日: the member's measure with the act in place.)
            return self._remember(self._joined(swapped, a.predicate_text), (state.last[1],),
                                  subject_given=True)
        if not (subject and total.endswith(subject) and len(total) > len(subject) + 2
                and _LIST_MARK.fullmatch(total[-len(subject) - 1]) and state.subject_in_sentence):
            return None
        first, named = total[:-len(subject) - 1], state.last[0]
        if len(named) > len(total) and named.endswith(total):
            # (…诊疗7.6人次和住院2.4床日: the member's first figure took both names.)
            return self._remember(named, (state.last[1],), subject_given=True)
        stem = max((b for b in word_boundaries(first) if b < len(first)), default=0)
        if not (stem >= 2 and len(named) > len(first) and named.endswith(first)):
            return None
        # (…诊疗6.9人次、住院2.3床日: the member's words, then the measure in place.)
        return self._remember(named[:-len(first)] + first[:stem] + subject,
                              (state.last[1],), subject_given=True)

    def _member_graded_before(self, a: _Asked) -> Subject | None:
        """A measure whose member the clause before named with its grade (全省四大流域中，
        长江流域水质为优，Ⅰ—Ⅲ类水质断面比例为100%): the measure whole, of that member."""
        if not a.in_breakdown or a.figure.count != 1 or not a.subject \
                or not self.state.prior_words.endswith(self.vocab.quality_grades):
            return None
        graded = self.vocab.member_graded.fullmatch(self.state.prior_words)
        if graded is None or self._measure_at(a.subject) < 0:
            return None
        return self._remember(a.subject, (graded.group("member"),), subject_given=True)

    def _member_of_breakdown(self, a: _Asked) -> Subject | None:
        """A member of the open breakdown, and the measure it is of."""
        state = self.state
        frame = state.frame or ""
        figure, clause_start, clause_end = a.figure, a.clause_start, a.clause_end
        subject, raw_subject, predicate_text = a.subject, a.raw_subject, a.predicate_text
        in_breakdown = a.in_breakdown
        counted_unit = state.member_unit.get(state.dimension, "") if state.dimension \
            else state.unit if state.subject else ""
        if in_breakdown and subject and figure.counted and not figure.comparison \
                and state.last == (state.subject, state.dimension) \
                and counted_unit and counted_unit != self._figure_unit \
                and raw_subject.strip(_EDGE_PUNCTUATION).startswith(_INVOLVING) \
                and "的" not in raw_subject:  # (not a kind: 涉及客车的事故86起)
            # 在预付式消费投诉中，群体性投诉有37起，涉及消费者1.1万余人: those the
            # member (or the class) just counted involved, counted in another unit,
            # no member (named whole: 群体性 of 欠薪案件 is 群体性欠薪案件).
            member = state.dimension if state.dimension.endswith(state.subject[-1:]) \
                else state.dimension + state.subject
            return self._remember(member + _INVOLVING + subject, ("",), subject_given=True)
        if in_breakdown and subject and figure.count == 1 \
                and self.vocab.per_capita.match(subject) \
                and not self.vocab.per_capita.match(state.total or ""):
            # 实有床位…，其中医院床位23864张，每千人口医院床位4.50张: a rate per head
            # is a measure of its own, no member of the total's breakdown.
            return self._remember(subject, ("",), subject_given=True)
        if in_breakdown and state.total and subject.endswith(("当月", "单月")) \
                and _MONTH_ITSELF.fullmatch(subject):
            # 上半年…增加值增长7.8%。其中，6月份当月增长9.2%: the last month of the
            # period is a time of the total's figure, no member of it.
            return self._remember(self._joined(state.total, predicate_text), ("",),
                                  subject_given=True)
        if in_breakdown and subject and state.frame and state.total \
                and self._figure_unit and self.vocab.average.search(state.total) \
                and (units := {u for u, i in state.by_unit.items() if i == state.total}) \
                and self._figure_unit not in units:
            # 平均住户人数为2.93人。按住户规模分析，一人住户有33,173户，二人住户占…%:
            # members counted in another unit than an average before the frame (or
            # shares) are no parts of it, but of the paragraph's whole in their unit.
            state.total = state.by_unit.get(self._figure_unit, "")
        if in_breakdown and figure.count == 1 and (flow := self.vocab.flow.match(subject)) \
                and len(subject) - flow.end() >= 2 \
                and state.total and not state.scope_members \
                and (not self.vocab.flow.search(state.total) or state.total.endswith(subject)) \
                and not (state.subject_in_sentence
                         and state.subject.endswith(subject[flow.end():])):
            # 运营里程10945.6公里。其中，12月新增开通运营线路7条，新增运营里程218.5公里: what
            # was added, with a measure of its own, is a flow, no member of the stock (one
            # added to the thing the sentence just counted is that owner's, below; a kind
            # of a flow, 发行新增债券…，其中新增专项债券, is a member).
            return self._remember(self._joined(subject, predicate_text), ("",),
                                  subject_given=True)
        if in_breakdown and subject:
            if frame and state.total == frame and not state.scope_members \
                    and not state.last[1] and any(
                        lv.startswith(frame[-2:]) and lv != frame and unit != self._figure_unit
                        and unit in self.rules.quantities.count_units
                        for lv, unit, _ in state.levels):
                # 500强企业中，有339家企业参与…行动，帮扶村1.26万个，投入资金312.6亿元: the
                # frame's units were counted (339家企业); a figure in another unit is a
                # measure of what they did, no member of the frame (with its verb: 投入资金).
                raw = raw_subject.strip()
                named = raw if raw.endswith(subject) and len(raw) - len(subject) <= 2 else subject
                return self._remember(self._joined(named, predicate_text), ("",),
                                      subject_given=True)
            if state.frame is None and not state.scope_members and state.total \
                    and self._right_after_qizhong() and (owner := next((
                        o for w in state.wholes if (o := self._entity(w, "")) and o != w
                        and subject.startswith(o) and len(subject) > len(o)), "")) \
                    and self._entity(state.total, "") in (None, state.total, owner) \
                    and (not state.total.startswith(owner)
                         or not state.total.startswith(subject[:len(owner) + 1])):
                # 中央企业营业收入…，上缴税费…。其中，中央企业净利润…: a measure of the
                # owner the paragraph's wholes name is no part of a total that names no
                # owner (上缴税费) or the same owner (中央企业上缴税费, carried on); the
                # sentence gives measures of its own.
                state.total = None
                return self._remember(self._joined(subject, predicate_text), ("",),
                                      subject_given=True)
            if state.frame is not None and state.total and not state.scope_members \
                    and figure.count == 1 and (level := next((
                        lv for lv, unit, _ in reversed(state.levels)
                        if unit == self._figure_unit and lv != state.total
                        and len(subject) > len(lv) >= 3 and subject.endswith(lv)
                        and self.vocab.measure_noun_end.search(lv)), "")):
                # …完成货物吞吐量156.85亿吨…；完成集装箱吞吐量2.96亿标准箱…。分沿海和内河
                # 港口看，沿海港口完成货物吞吐量101.31亿吨: a first member that names an
                # earlier level whole, in its unit, breaks down that level, not the
                # latest (茶园年产值…。分品种看，茶叶年产量… names none whole).
                state.total, state.total_unit = level, ""
            if state.outside_scope and state.total and state.frame is None \
                    and (per_unit := self._per_unit_words(subject, state.total)) \
                    and not any(per_unit in m for m in state.scope_members):
                # 苹果每亩总成本…，其中人工成本…；每亩净利润…: after the ； a measure per the
                # total's unit, which its parts did not name, is the entity's own (苹果
                # 每亩净利润), no part of the total; the breakdown ends.
                owner = state.total[:state.total.find(per_unit)]
                state.total, state.scope_members = None, []
                return self._remember(self._joined(owner + subject, predicate_text), ("",),
                                      subject_given=True)
            member, measure = self._member_of_total(subject)
            scope = state.scope_before
            if not member and scope and state.total and state.total.startswith(scope) \
                    and not subject.startswith(scope) and state.frame is None \
                    and not state.scope_members and self._right_after_qizhong() \
                    and len(common_suffix([subject, state.total])) >= 2 \
                    and leading_place(subject) in ("", *self.vocab.member_words):
                # 全国36个中心城市完成城市客运量…。其中，城市轨道交通客运量…: a part of a
                # counted group's total is that group's (中心城市城市轨道交通客运量), not
                # the national figure of the same name.
                return self._remember(self._joined(scope + subject, predicate_text), ("",),
                                      subject_given=True)
            if member and not measure and member in (state.total or "") \
                    and _YEAR_AT.search(raw_subject, 0, max(0, raw_subject.find(member))):
                # 累计向全国复制推广了349项…，其中2023年复制推广的有47项: the part a year
                # gave, the total's verb said again, names no member; it is the year's
                # flow of the total (the total without 累计).
                return self._remember(self._joined(state.total.replace("累计", "", 1),
                                                   predicate_text), ("",), subject_given=True)
            if not member and state.scope_members and state.outside_scope and state.total \
                    and (owner := self._entity(state.total, "")) \
                    and owner + subject in state.wholes:
                # 国有企业资产总额…；负债总额…。其中，中央企业资产总额…；负债总额…: a
                # measure the whole was given is, in its breakdown, the member's.
                return self._remember(subject, (state.scope_members[-1],), subject_given=True)
            total = state.total or ""
            if member and measure in (*self.vocab.share_words, "比例") and len(frame) >= 2 \
                    and member.endswith(frame[-2:]) and not member.endswith(frame):
                # 省控断面中，Ⅰ～Ⅲ类水质断面比例为…: the share of a class of the
                # frame's own units is the frame's, no member of it; one that names
                # its whole itself (双师型教师占专业课教师比例) is whole already.
                named = subject if "占" in member else self._joined(frame, subject)
                return self._remember(self._joined(named, predicate_text), ("",),
                                      subject_given=True)
            flow = self.vocab.flow.match(member)
            if flow and state.scope_members and member[flow.end():] == state.scope_members[-1]:
                # 其中5G基站231.2万个，全年新建5G基站88.7万个，占…: what the member
                # added, a flow of its own; the member goes on after it.
                return Subject((self._joined(subject, predicate_text),), ("",))
            added = member[flow.end():] if flow else ""
            if len(added) >= 2 and not measure and state.subject_in_sentence \
                    and not state.dimension and state.subject != total \
                    and len(state.subject) - len(added) >= 2 and state.subject.endswith(added):
                # 其中，北京证券交易所上市公司262家，全年新增上市公司23家: what was added
                # to the subject just counted is its owner's flow, no member of the total.
                owned = state.subject[:-len(added)] + member
                return self._remember(self._joined(owned, predicate_text), ("",),
                                      subject_given=True)
            if flow and state.outside_scope and state.scope_members \
                    and not any(self.vocab.flow.match(m) for m in state.scope_members):
                # 共有公园96个，其中综合公园…、社区公园…；全年新建口袋公园35个: after
                # the ；, what was added in the year is a flow of its own, no member of
                # the stock's list.
                member = ""
            if member and state.outside_scope and (not state.scope_members or (
                    state.named_with_measure and not measure) or (
                    _same_lead(member, total) and not _same_lead(member, state.scope_members[-1])
                    and (measure or not raw_subject.rstrip().endswith(self.vocab.owner_verbs))
                    # (not one named as the member before was, its head and measure:
                    # 教育系统体育场地…；体育系统体育场地…, though 体育 opens the total too)
                    and not (measure and len(common_suffix([member, state.scope_members[-1]])) >= 2
                             and any(i == measure and d == state.scope_members[-1]
                                     for i, d, _ in state.named)))):
                # …其中医院诊疗人次…；出院病人…: after the ； a subject is a member
                # only in a list of members (其中：在职职工…；退休人员…), not when
                # it goes on like the total (发行新增债券…，其中…；发行再融资债券…);
                # one named like the member before is the next of them (其中：中医类
                # 医院…；中医类门诊部及诊所…, though the total begins so too), and so is
                # one that 完成 the figure, leaving the measure to the total
                # (城市客运量…。其中，…；城市轨道交通完成294.66亿人). Members named
                # with the total's measure go on so (其中医院诊疗人次…；出院病人…).
                member = ""
            if member and state.outside_scope and subject.startswith(self.vocab.list_verbs) \
                    and not total.startswith(subject[:2]):
                # 供应化肥…，其中新型肥料…；储备化肥12万吨、农药1500吨: after the ； a verb
                # of its own opens another whole, no member of the total.
                member = ""
            if member and not measure and state.outside_scope and state.scope_members \
                    and _whole_like(member, total, state.scope_members[-1]):
                # 森林公园34处，其中国家级森林公园10处；湿地公园14处: after the ； a
                # subject named like the total, not like its members, is another
                # whole (野生动物…，其中国家一级…；野生植物…).
                member = ""
            if member and measure and state.outside_scope and state.scope_members \
                    and total.endswith(measure) and len(total) > len(measure) \
                    and len(common_suffix([member, total[:-len(measure)]])) >= 2 \
                    and not common_suffix([member, state.scope_members[-1]]):
                # 村委会成员…，其中女性成员…；居委会成员…: after the ； the total's
                # measure of an owner named like the total's (…委会), not like the
                # member before, is another whole.
                member = ""
            if member and not measure and state.outside_scope and state.scope_members \
                    and len(state.scope_members[-1]) > len(total) >= 2 \
                    and state.scope_members[-1].endswith(total) \
                    and not common_suffix([member, total]):
                # 银行业金融机构68家，其中法人银行业金融机构12家；小额贷款公司41家: the
                # members named the total whole; after the ； a name without it is
                # another whole, no member.
                member = ""
            if member and state.outside_scope and state.scope_members \
                    and (kin := self._members_kin(total, state.scope_members)) \
                    and kin not in subject:
                # 肉类总产量…，其中猪肉产量…；禽蛋产量…: the members named the total's
                # class head (肉 of 肉类) or its lead (公务用车 of 公务用车购置及运行
                # 维护费, 其中公务用车购置费…；公务接待费…); after the ； a name without
                # it is another whole, no member.
                member = ""
            if member and not measure and state.outside_scope and state.listed[1] >= 2 \
                    and state.listed[0] == state.last_clause and total \
                    and state.scope_members[-1].endswith(total[-2:]) \
                    and not common_suffix([member, total]):
                # A级旅游景区130家，其中5A级景区4家、4A级景区39家；星级饭店75家: the ；
                # closes a list of kinds of the total, named with its head (景区); a
                # subject without it is another whole. (其中：在职职工…；退休人员…, a
                # list the ； goes on with, keeps its members.)
                member = ""
            if member and not state.scope_members and state.subject_in_sentence \
                    and state.subject != total and not state.last[1] \
                    and self._elided(subject, figure):
                # 其中，制糖业增加值增长4.8%，有色金属…业增长21.5%，木材加工业增长
                # 9.7%: the list began with subjects of their own; it goes on so.
                member = ""
            if member and not (total or measure) and state.scope_members:
                # 采矿业增加值增长4.6%，制造业增长5.4%: the measure the breakdown began with,
                # as the member before had it in this unit (东部地区法人单位…万个，占全国的
                # …；中部地区…万个: not the share that came last).
                measure = next((i for i, d, u in reversed(state.named)
                                if u == self._figure_unit and d in state.scope_members),
                               None) or self._measure_left_out("", raw_subject) or state.last[0]
            named_before = state.last[0]
            if member and not measure and total and state.scope_members and state.named \
                    and state.last[1] == state.scope_members[-1] \
                    and state.named[-1] == (*state.last, self._figure_unit) and (
                        # 大型企业景气指数…。分规模看，大型企业企业家信心指数为…，中型企业
                        # 为…: the measure named in full (not a bare word: 餐饮收入…；商品
                        # 零售…), the nearest, not the whole's from the sentence before;
                        (state.subject_in_sentence and not figure.comparison
                         and not predicate_text and len(named_before) >= _PARALLEL_MEASURE
                         and self._measure_at(named_before) >= 0
                         and not total.endswith(named_before))
                        # 企业…。从地区分布看，东部地区科普人员78.96万人，中部地区56.51万人:
                        # not a whole carried from a sentence before, which this one never
                        # names.
                        or (state.last[1] != named_before and total not in named_before
                            and named_before not in total
                            and total not in self.text[self._sentence_start():self._clause_start])):
                # A member alone takes the measure the member right before it was named with.
                measure = named_before
            if member and not measure and total and state.scope_members \
                    and (units := {u for i, u, _ in state.levels if i == total}) \
                    and self._figure_unit not in units \
                    and (named := next((
                        i for i, d, u in reversed(state.named)
                        if u == self._figure_unit and d == state.scope_members[-1]), "")):
                # …年径流深786.3毫米。从行政分区看，甲县地表水资源量最多，为15.32亿立方米；
                # 乙区最少，为3.08亿立方米: a total given in another unit is not the
                # member's measure; the member before named it in this unit.
                measure = named
            if member and not measure and state.scope_members \
                    and (total == frame or self._measure_at(total) < 0) \
                    and state.last[1] == state.scope_members[-1] \
                    and not state.last[0].startswith(total) \
                    and self._figure_unit == state.scope_unit and self._measure_at(subject) < 0 \
                    and not self.vocab.measure_noun_end.search(frame) \
                    and self._measure_at(frame) < 0:
                # 各市中，广州市耕地面积…，江门市…: a frame of units names no measure;
                # the member before named it for the members after, in this unit (not
                # its share: 内资企业资产总计…，占94.7%；港澳台投资企业…万亿元). So
                # does a scope that names none, 规模以上工业中，分三大门类看，采矿业增加值….
                measure = next((i for i, d, u in reversed(state.named)
                                if u == self._figure_unit and d == state.scope_members[-1]),
                               state.last[0])
            if member and not total.endswith(member) and state.scope_members \
                    and self._figure_unit not in (state.scope_unit, state.first_unit) \
                    and (state.frame is None or self._measure_at(member) >= 0
                         or self._figure_unit in ("", *self.rules.quantities.rate_points)
                         or state.first_unit == "元"):
                # 在职职工93.15万人，退休人员35.32万人，在职退休比为2.64: a measure of
                # its own, not a member; but one in the first member's unit is (足球场地
                # …万个，场地面积…；篮球场地…万个). (Under a frame the members may count in
                # units of their own: 主要工业产品产量中，原煤…万吨；汽车…万辆; not one
                # of money: 投资中，管廊投资…亿元；累计建成管廊廊体约8000公里 is no part of it.)
                member = ""
            if member.endswith(self.vocab.difference_words):
                member = ""  # 出口…；进口…；贸易顺差…: the difference of two members, none
            elif member and total.endswith(self.vocab.difference_words):
                # 直接投资逆差…。其中，我国对外直接投资…，来华直接投资…: the flows a
                # balance nets (above it or not) are no parts of it, nor of each other.
                return self._remember(self._joined(subject, predicate_text), ("",),
                                      subject_given=True)
            per_head = _is_average(subject, self.vocab)
            if per_head and not state.scope_members and state.subject_in_sentence \
                    and state.last[0] != total and not state.last[1] \
                    and (lead := _opening(self.vocab.member_words, state.last[0])):
                # 其中，城市低保对象0.98万户、1.59万人，月人均补助水平512元: an average
                # after counts of a member named as a subject of its own is that
                # member's (城市), no member of the total.
                return self._remember(self._joined(subject, predicate_text), (lead,),
                                      subject_given=True)
            if member and per_head and not state.outside_scope \
                    and state.subject_in_sentence and state.scope_members \
                    and state.last[1] == state.scope_members[-1] \
                    and not self.vocab.average.search(total + state.scope_members[-1]):
                # 入境游客中，过夜游客1.02万人次，人均停留1.8天: an average is no member
                # of a whole that is none (人均筹资…，其中人均财政补助…，人均个人缴费…);
                # named bare right after a member, it is that member's.
                return self._remember(self._joined(frame + subject, predicate_text),
                                      (state.scope_members[-1],), subject_given=True)
            if member and (self._exceeds_total() or (
                    state.outside_scope and self.vocab.average.match(subject))):
                # 孤儿1026名，其中…312名，…714名；事实无人抚养儿童3280名: parts
                # never add up to more than their total; 其中人行道面积…；人均城市
                # 道路面积…: nor is an average one of them.
                member = ""
            if member and not measure and state.scope_members and (member == total or (
                    total.endswith(member) and self._figure_unit != state.scope_unit)):
                # 其中，各级…所属单位4235个，从业人员5.12万人: the total's measure, of
                # the member the clause before named; also where the total names its
                # owner (球类运动场地面积…。其中，足球场地…万个，场地面积…).
                member = state.scope_members[-1]
            if member and measure and total and not total.endswith(measure) and (
                    (state.scope_members and state.last == (total, state.scope_members[-1]))
                    or (not state.scope_members and frame and measure not in total
                        and not self._member_end(subject)
                        and not member.endswith(self.vocab.area_ends)
                        and self._next_item_unlike(measure, clause_end))):
                # 商品零售额…，增长3.3%；餐饮收入…: the members of one breakdown are
                # named alike, the one before whole, so this one too; and so is the
                # first, where the next names no such measure (按消费类型分，餐饮收入…；
                # 商品零售…: not 收入 of 餐饮, a measure 社会消费品零售总额 has not).
                member, measure = subject, ""
            if member and not measure and figure.comparison and "增" in state.last[0] \
                    and (counted := _GROWTH_COUNTED.search(state.last[0].removeprefix(total))) \
                    and self._measure_at(counted.group("measure")) >= 0:
                # 19个行业门类中，年平均工资增速超过全省平均水平的行业有7个，其中金融业
                # 增长12.1%: the members counted grow by the measure the count names.
                measure = counted.group("measure")
            if member and (total or measure):
                state.scope_unit = self._figure_unit
                state.first_unit = state.first_unit or self._figure_unit
                state.scope_members.append(member)
                state.named_with_measure = bool(measure) and subject == member + measure \
                    and total.endswith(measure) and state.frame is None
                state.listed = (clause_start, state.listed[1] + 1 if state.listed[0] == clause_start
                                else 1)
                state.outside_scope = False  # a member after the ； goes on with the list
                if self._figure_amount is not None and self._figure_unit == state.total_unit:
                    state.parts_sum += self._figure_amount
                named = measure if measure and (not total.endswith(measure) or (
                    # 人均用电量…。分产业看，第一产业用电量…: a member's own measure, not
                    # the whole's per head (an area's mean is its parts' too: 平均降水量)
                    self.vocab.head_average.search(total[:-len(measure)])
                    and not self.vocab.average.search(measure))) \
                    else total.removesuffix(_TOTAL_WORD)
                # (A member of 资金来源合计 is one of the 资金来源, not a sum.)
                indicator = self._joined(named, predicate_text)
                return self._remember(indicator, (member,), subject_given=True)
        return None

    def _average_of_next_member(self, a: _Asked) -> Subject | None:
        """The average the member before was given, of the next."""
        state = self.state
        subject, predicate_text = a.subject, a.predicate_text
        if _is_average(subject, self.vocab) and not state.last[1] \
                and (lead := _opening(self.vocab.member_words, state.last[0])) \
                and any(i == subject and d != lead and d in self.vocab.member_words
                        for i, d, _ in state.named):
            # …，月人均补助水平512元；农村低保对象…万人，月人均补助水平376元: the
            # average the sentence gave the member before is the next member's too.
            return self._remember(self._joined(subject, predicate_text), (lead,),
                                  subject_given=True)
        return None

    def _member_given_before(self, a: _Asked) -> Subject | None:
        """A member the paragraph gave a measure to before."""
        state = self.state
        figure, subject = a.figure, a.subject
        if subject in state.member_of and not (
                state.member_of[subject] in self.vocab.rate_words and figure.comparison
                and figure.unit in self.rules.quantities.growth_units) and not (
                figure.counted and state.member_unit.get(subject, figure.unit) != figure.unit
                and state.member_unit[subject] in self.rules.quantities.count_units) and not (
                state.subject_in_sentence and figure.unit == state.unit
                and state.member_unit.get(subject, figure.unit) != figure.unit):
            # 其中：医院36976个…。与上年相比，医院增加406个; but a member's growth is
            # its own, not of the rate it was given (销售面积降幅收窄…；…销售面积环比增长…),
            # nor a count of other things (…其中，普通高中在校生2876.82万人…。全国共有
            # 普通高中1.57万所: the schools, not their students), nor, in another unit,
            # of a measure the sentence just named in this one (外地雇员…占64.3%。本地雇员
            # 平均薪酬为23760元，外地雇员为16230元: the pay, as the sibling's).
            return self._remember(state.member_of[subject], (subject,), subject_given=True)
        return None

    def _like_member_before(self, a: _Asked) -> Subject | None:
        """A member written like one named before, or its share again."""
        subject, predicate_text = a.subject, a.predicate_text
        if alike := self._member_alike(subject):
            return self._remember(self._joined(alike[1], predicate_text), (alike[0],),
                                  subject_given=True)
        share_of = self._member_share(subject)
        if share_of:  # 0—14岁人口…占18.36%。…，0—14岁人口的比重上升0.35个百分点
            return self._remember(share_of[0], (share_of[1],), subject_given=True)
        return None

    def _subject_from_raw(self, a: _Asked) -> None:
        """The raw words when nothing else names the subject."""
        state = self.state
        raw_subject, post = a.raw_subject, a.post
        if not a.subject and not post and not state.subject:
            a.subject = self._strip_edges(raw_subject)

    def _change_in_own_unit(self, a: _Asked) -> Subject | None:
        """A change in a unit of its own: of the figure in that unit."""
        state = self.state
        figure, subject, post = a.figure, a.subject, a.post
        if not subject and not post and figure.comparison and figure.count == 1 \
                and figure.unit and figure.unit != state.unit \
                and figure.unit not in self.rules.quantities.point_units \
                and figure.unit not in self.rules.quantities.growth_units:
            # 老年人口233.15万人，占…的30.81%，比上年末增加4.87万人: a change in a
            # unit of its own is of the sentence's figure in that unit.
            same = self._named_in(figure.unit)
            if same:
                return self._remember(same[0], (same[1],), subject_given=False)
        return None

    def _growth_of_share_owner(self, a: _Asked) -> Subject | None:
        """A growth after a share: of what the share is of."""
        state = self.state
        figure, subject, post = a.figure, a.subject, a.post
        if not subject and not post and figure.comparison and not figure.previous \
                and figure.count == 1 and figure.unit in self.rules.quantities.growth_units \
                and state.share_owner[0] == state.subject and state.share_owner[1]:
            # 服务类投诉67.53万件，占…的52.4%，同比增长17.9%: a share moves in
            # 个百分点, so a growth in % after it is of what the share is of.
            _, owner, member = state.share_owner
            return self._remember(owner, (member,), subject_given=False)
        return None

    def _written_like_member(self, a: _Asked) -> Subject | None:
        """A member written like the one before, alone."""
        figure, subject = a.figure, a.subject
        if (alike := self._alike_member(subject, figure)) is not None:
            # 五年期以下（含五年）住房公积金贷款年利率为2.6%，五年期以上为3.1%: a
            # member written like the one before, alone: of the same measure.
            return self._remember(alike, (subject,), subject_given=True)
        return None

    def _member_in_place(self, a: _Asked) -> Subject | None:
        """A member alone in the place of the one before (女性为…)."""
        figure, subject = a.figure, a.subject
        state = self.state
        if len(state.members) >= 2 and state.last == (state.subject, state.members[-1]) \
                and subject and (len(subject) <= _MEMBER_LIMIT
                                 or self.vocab.industry_name.fullmatch(subject)) \
                and figure.count == 1 and figure.unit == state.unit \
                and (not figure.comparison or figure.unit.endswith("百分点")) \
                and self._measure_at(subject) < 0 and not _LIST_MARK.search(state.subject) \
                and not subject.endswith(state.subject[-2:]) \
                and any(m.endswith(subject[-1]) for m in state.members):
            # …毕业生的全职就业率分别为100%、98.5%及97.6%；商学院为97.2%，文学院为93.1%:
            # a name like the list's members, alone with its figure after the list, is
            # one more member of the same measure. (Not after a list of measures,
            # 高锰酸盐指数、氨氮年均浓度分别为…；总磷年均浓度为…: another measure.)
            # (So a move in points after moves in points: 采矿业、制造业增速分别提高
            # 0.6个、0.3个百分点，电力、热力…供应业回落1.4个百分点.)
            state.members.append(subject)
            return self._remember(state.subject, (subject,), subject_given=True)
        a.elided = self._elided(subject, figure)
        if a.elided and self._stands_for_member(subject, a.elided):
            # 男性平均身高为170.6厘米，女性为158.9厘米: a member alone in the place of
            # the one before is a member of the same measure, not a measure of its own.
            return self._remember(a.elided[len(subject):], (subject,), subject_given=True)
        return self._sibling_in_place(a)

    def _sibling_in_place(self, a: _Asked) -> Subject | None:
        """A name alone after a sibling of the same head with its measure
        (中央企业营业总成本…；地方国有企业365833.6亿元; 沿海港口完成货物吞吐量…，内河港口
        完成…): a member of that measure, of the whole the paragraph measured
        (国有企业营业总成本), else of the measure alone (货物吞吐量)."""
        state, figure, subject = self.state, a.figure, a.subject
        if not subject or figure.comparison or figure.counted or not state.subject_in_sentence \
                or figure.unit != state.unit or self._names_measure(subject) \
                or self._measure_at(subject) >= 0:
            return None  # (…企业118家；新增专精特新中小企业47家: a count names what it counts)
        before = state.subject
        # (The measure is what follows the sibling's name, a measure word or not:
        # 营业总成本.)
        at = next((at for at in sorted(word_boundaries(before))
                   if 2 <= len(common_suffix([before[:at], subject])) < min(at, len(subject))
                   and len(before) - at >= 2), 0)
        if at and "v" in (tagged(before[:at])[0][1], tagged(subject)[0][1]):
            return None  # (发放奖励金额…；单笔最高奖励…: an act, no sibling named)
        measure = before[at:]
        whole = next((s for s, unit, _ in reversed(state.levels) if unit == state.unit
                      and s.endswith(measure) and s != before), None) if at else None
        # (A whole measured before shows the rest a measure, as a measure word does.)
        if not at or (whole is None and not self._names_measure(measure)):
            return None
        if whole is None:  # (the sibling before is a member of the measure too)
            self.sibling_split[before] = (measure, before[:at])
        return self._remember(whole or measure, (subject,), subject_given=True)

    def _place_of_measure(self, a: _Asked) -> Subject | None:
        """A place's name alone: where the measure before was taken."""
        state = self.state
        figure, subject, raw_subject, post = a.figure, a.subject, a.raw_subject, a.post
        elided = a.elided
        whole = state.level[0] if figure.comparison \
            and figure.unit in self.rules.quantities.growth_units \
            else state.by_unit.get(self._figure_unit) or (
                state.level[0] if state.level[1] == self._figure_unit else "")
        if figure.count == 1 and not post and whole and not elided \
                and not leading_place(whole) and subject not in self.vocab.not_places and (
                (_is_place_name(subject) and (_REGION_NAME.fullmatch(subject)
                                              or leading_place(subject) == subject))
                or (not subject and not state.subject
                    and self._places.fullmatch(raw_subject.strip(_EDGE_PUNCTUATION)))):
            # 全国粮食总产量…。黑龙江增产42.7亿斤: a place's name alone is where the
            # measure before was taken (a member; none when it is the text's own
            # place), no measure. (A measure named with a place, 江苏软件业务收入…；
            # 浙江…, is parted into place and measure after the paragraph.)
            return self._remember(whole, (subject,), subject_given=True)
        return None

    def _locality_of_count(self, a: _Asked) -> Subject | None:
        """A count in a list of counts of places by level (审计了18个省、36个市和42个县
        的地方政府债务情况): the level is the member, what was done to them the measure."""
        figure = a.figure
        if figure.count != 1 or figure.unit != "个" \
                or self.text[figure.end:figure.end + 1] not in _LOCALITY_HEADS:
            return None
        listed = next((m for m in _LOCALITY_COUNTS.finditer(self.text, a.clause_start,
                                                            figure.end + 40)
                       if m.start() <= figure.first < m.end()), None)
        lead = self.clean(self.text[a.clause_start:listed.start()]) if listed else ""
        if len(lead) < 2:  # (全省共辖11个市、95个县: the places are what is counted)
            return None
        # (Not remembered as a member: a one-character level is no name to carry.)
        return Subject((lead,), (self.text[figure.end],))

    def _member_sharing_modifier(self, a: _Asked) -> Subject | None:
        """A count after 、 named by nouns alone, after a count named by what was done
        to its nouns (集中带量采购药品413个、医用耗材27类; 改造提升农贸市场46个、社区菜市场…):
        what was done is done to the next member too (集中带量采购医用耗材)."""
        state, subject = self.state, a.subject
        if not (subject and a.figure.counted and not a.figure.comparison
                and self.text[:a.figure.start].rstrip().removesuffix(a.raw_subject).endswith("、")
                and state.subject_in_sentence and state.last == (state.subject, "")):
            return None
        words = tagged(state.subject)
        verb = max((i for i, (_, tag) in enumerate(words) if tag == "v"), default=-1)
        done = "".join(word for word, _ in words[:verb + 1])
        if verb < 0 or not words[-1][1].startswith("n") \
                or not all(tag.startswith("n") for _, tag in tagged(subject)) \
                or subject.startswith(done):
            return None
        return self._remember(done + subject, ("",), subject_given=True)

    def _own_subject(self, a: _Asked) -> Subject:
        """The subject's own indicator, of the member just named if a bare measure."""
        state = self.state
        figure, clause_start, subject = a.figure, a.clause_start, a.subject
        predicate_text, post, elided = a.predicate_text, a.post, a.elided
        indicator = elided or self._indicator(subject, predicate_text, post, figure)
        if subject and "全" in self.text[clause_start:figure.start] \
                and (source := self.vocab.source_place.match(self.text, self._sentence_start())) \
                and source.end() <= figure.start \
                and not self._places.search(place := source.group("place")) \
                and not indicator.startswith(place):
            indicator = place + indicator  # (not the document's own: 全省 is kept out)
        if figure.comparison and subject and state.last[0] != indicator \
                and state.last[0].startswith(indicator) and state.last_clause == clause_start \
                and (close := max(self.text.rfind(")", clause_start, figure.start),
                                  self.text.rfind("）", clause_start, figure.start))) > 0 \
                and _OWN_LEVEL_BRACKETED.match(self.text, close) \
                and not _DIGIT.search(self.text, close, figure.start):
            # 留宿旅客人均消費(3,915澳門元)下跌6.9%，不過夜旅客(869澳門元)則上升3.3%: the
            # move after a bracketed level is of the measure that level was given.
            return Subject((state.last[0],), (state.last[1],))
        if subject and not post and not elided and figure.count == 1 and not state.dimension \
                and state.subject_in_sentence and state.unit != self._figure_unit \
                and self.text[figure.start - len(subject) - 1:figure.start - len(subject)] \
                in ("和", "、") and (swapped := self._sibling_act(subject)):
            # 医院医师日均担负诊疗10.2人次和住院1.9床日: an act named alone after the
            # figure of another stands in its place (医院医师日均担负住院).
            return self._remember(self._joined(swapped, predicate_text), ("",),
                                  subject_given=True)
        if state.last[1] and figure.count == 1 and self.vocab.contribution.fullmatch(subject) \
                and state.last_clause >= self._sentence_start():
            # 第一产业增加值…，增长5.3%，对地区生产总值增长的贡献率为47.2%: the
            # member's own contribution, as its growth before it.
            return self._remember(indicator, (state.last[1],), subject_given=True)
        if subject and state.dimension and state.total is not None and not elided \
                and not state.outside_scope and subject in state.wholes \
                and state.last_clause >= self._sentence_start():
            # 国有企业…，归属于母公司所有者的净利润…。其中中央企业…，归属于母公司所有者的
            # 净利润…: a measure the whole was given, named again in a member's clauses,
            # is the member's; the breakdown goes on with the total's measure (；地方…).
            return Subject((indicator,), (state.dimension,))
        if state.last[0] and not state.last[1] and figure.count == 1 \
                and self.vocab.contribution.fullmatch(subject) \
                and state.last_clause >= self._sentence_start() \
                and not self.vocab.contribution.search(state.last[0]):
            # 规模以上工业增加值增长6.1%，对经济增长的贡献率为38.2%: the contribution
            # of the measure the clause before gave, as its growth (最终消费支出拉动
            # 经济增长…: the measure's, before its verb; 实物商品网上零售额…，占…的比重为…，
            # 对…的贡献率…: the measure's, not its share's).
            owner = min((state.last[0].partition(v)[0]
                         for v in (*self.vocab.contribution_verbs, "占")), key=len)
            if owner:
                return self._remember(owner + indicator, ("",), subject_given=True)
        if figure.count == 1 and self.vocab.contribution.fullmatch(subject) \
                and state.last_clause < self._sentence_start() and state.members_before \
                and (said := state.members_before[-1]).find("占") >= 2 \
                and not self.vocab.contribution.search(said):
            # 工业品物流总额占社会物流总额的比重接近九成，对…增长的贡献率约为85%: a
            # share given in words (no figure) before the contribution still names
            # whose contribution it is, the measure before 占, as one with a figure does.
            return self._remember(said.partition("占")[0] + indicator, ("",), subject_given=True)
        if state.main_member and subject and not post and figure.count == 1 \
                and len(subject) <= 6 and self._measure_at(subject) >= 0:
            # 公开招标仍是主要采购方式，采购金额84.32亿元: the bare measure of the kind
            # the clause before named the main one (its share after goes with it).
            member, state.main_member = state.main_member, ""
            return self._remember(indicator, (member,), subject_given=True)
        if subject or post:
            # 其中，较大事故2起、死亡7人 (小学46所，在校学生…): a bare measure is of the
            # member the figure just before named (not after a ；, where it is the
            # total's, but for under a frame: 分险种看，职工医保基金收入…；支出…;
            # 次均住院费用 is a measure of its own).
            # (Nor after a list of members in a clause before: 其中滑坡…、崩塌…，造成90人
            # 死亡 is of them all.)
            member = state.dimension if state.total is not None and not elided and (
                state.last_clause == clause_start or not state.outside_scope
                or state.frame is not None) \
                and not (state.listed[1] >= 2 and state.listed[0] != clause_start) \
                and (subject in self.vocab.measure_word_set or (
                    # 分产业部门看，…R&D经费…；投入强度（与营业收入之比）…: an owned measure
                    state.frame is not None and without_asides(subject)
                    in self.vocab.owned_measure_set) or (
                    # 农产品抽检…，合格率…, 大型企业抽查…，不合格发现率…; not 城镇人口…，
                    # 城镇化率…, nor 县级检测机构…，县级覆盖率…: a rate that opens with
                    # the word the member's name (after any 的) opens with is the
                    # member's own share; 农业耗水量…，耗水率… stays 农业's
                    len(subject) <= 6 and self.vocab.rate_end.search(subject)
                    and not self.vocab.average.match(subject)  # (…，平均增值率8.4%: the whole's)
                    and state.dimension[:2] not in subject
                    and not state.dimension.rpartition("的")[2].startswith(subject[:2])
                    # (…种植树苗…，其中原生品种占…，树苗存活率…: a rate that opens with
                    # the head the whole ends with is the whole's.)
                    and not (state.total and state.total.endswith(subject[:2])))) \
                and not self._members_complete() \
                and not (subject.startswith(state.dimension) and self.vocab.rate_end.search(
                    subject, len(state.dimension))) \
                and not (len(state.dimension) >= 2 and (at := subject.find(
                    state.dimension[-2:])) >= 0 and self.vocab.rate_end.match(subject, at + 2)) \
                else ""
            # (其中住院131.48万人次，住院率16.92%: the rate of what the member counts is
            # the total's, no member's; so 其中已实现就业…，帮扶就业率为75.0%.)
            owner = indicator.removesuffix(subject) if indicator != subject else ""
            if not member and owner and state.frame is not None and state.subject_in_sentence \
                    and state.dimension in self.vocab.member_words \
                    and state.last == (state.subject, state.dimension) \
                    and state.subject.startswith(owner):
                # 按收入来源分，农村居民人均工资性收入…；人均经营净收入…: a measure that
                # takes its owner (居民) from the one before under a frame takes the
                # member word cut from that owner (农村) too.
                member = state.dimension
            return self._remember(indicator, (member,), subject_given=True)
        return self._remember(indicator, (state.dimension,), subject_given=False)


    def parallel_members(self, named: list[tuple[str, int]]) -> dict[str, tuple[str, str]]:
        """Members a sentence names in parallel, each before the same measure, in
        clauses parted by ；, outside the dimensions it gave: 室内体育场地…；室外
        体育场地… -> 室内体育场地: (体育场地, 室内), and so the indicators that go on
        from a member's measure (室内体育场地面积: 体育场地面积, 室内).

        ``named`` holds each undimensioned indicator of the sentence with where its
        figure begins. The members must be member words (城镇, 乡村; 室内, 室外) or
        end in the same member head (东部地区, 中部地区), so that two things of one
        owner (出口总额…；进口总额…), names of their own (委托贷款余额…；信托贷款
        余额…) and a scheme's parts (职工基本医疗保险基金收入…；城乡居民基本…)
        stay whole."""
        first: dict[str, int] = {}
        for indicator, at in named:
            first.setdefault(indicator, at)
        names = list(first)
        # (Shares are found through their levels: …占46.3%；中部地区… names no
        # measure of its own.)
        levels = [n for n in names if "占" not in n and not n.endswith(self.vocab.share_words)]
        members: dict[str, str] = {}  # member -> its measure
        for i, a in enumerate(levels):
            for b in levels[i + 1:]:
                # (Clauses parted by ， only under a frame, of members that share
                # a head: 从抽检环节看，生产环节抽检…，流通环节抽检…; outside one,
                # 集成电路产业营收…，新型显示产业营收… name wholes of their own.)
                between = self.text[first[a]:first[b]]
                if (("；" in between or ("，" in between and (
                        self.state.frame or _ordinal_series(a, b)))) and (
                        cut := self._parallel_cut(a, b, headed="；" not in between))) or (
                        cut := self._sector_cut(a, b)):
                    members.setdefault(a[:-len(cut)], cut)
                    members.setdefault(b[:-len(cut)], cut)
        split: dict[str, tuple[str, str]] = {}
        for indicator in names:
            member = max((m for m in members if indicator.startswith(m)
                          and indicator.startswith(members[m], len(m))), key=len, default="")
            if member:
                split[indicator] = (indicator[len(member):], member)
        return split

    def counted_members(self, named: list[tuple[str, int]]) -> dict[str, tuple[str, str]]:
        """Members counted one after another with 、, only the first with what is
        counted (幼儿测试15项、成年人18项、老年人15项): a member word or group each
        (成年人, 老年人), the first's member before a verb (测试), the measure of all.
        ``named`` as for parallel_members."""
        split: dict[str, tuple[str, str]] = {}
        heads = (*self.vocab.group_heads, *self.vocab.member_heads)

        def member(name: str) -> bool:
            return name in self.vocab.member_words or name.endswith(heads)

        for i in range(len(named) - 2):
            first, rest = named[i][0], named[i + 1:i + 3]
            words = tagged(first)
            if len(words) != 2 or words[1][1] not in ("v", "vn") \
                    or any(not member(n) or self._measure_at(n) >= 0 for n, _ in rest) \
                    or any(_CLAUSE_COMMA.search(self.text, a, b) or "；" in self.text[a:b]
                           or "、" not in self.text[a:b]
                           for (_, a), (_, b) in pairwise(named[i:i + 3])):
                continue
            measure = words[1][0]
            split[first] = (measure, words[0][0])
            for n, _ in named[i + 1:]:
                if not member(n):
                    break
                split.setdefault(n, (measure, n))
        return split

    def carried_tiers(self, named: list[tuple[str, int]]) -> dict[str, tuple[str, str]]:
        """Measures a sentence names after a ；without the tier (group) it named
        with the parallel measure before: 二线城市新建商品住宅销售价格…；二手住宅
        销售价格… -> 二线城市二手住宅销售价格. The tier ends in a member or list head
        (城市, 地区) after other words; the later measure names no tier of its own
        and ends in the same measure of some length (住宅销售价格). ``named`` as
        for parallel_members; the indicators that go on from such a measure
        (二手住宅销售价格降幅) take the tier too."""
        first: dict[str, int] = {}
        for indicator, at in named:
            first.setdefault(indicator, at)
        heads = self._tier_heads
        carried: dict[str, str] = {}  # measure -> its tier
        for b in first:
            if any(h in b for h in heads):
                continue
            for a in reversed([a for a in first if first[a] < first[b]]):
                tier = self._tier_opening(a, heads)
                shared = common_suffix([a[len(tier):], b]) if tier else ""
                if len(shared) >= _PARALLEL_MEASURE and shared not in (a[len(tier):], b) \
                        and "；" in self.text[first[a]:first[b]] \
                        and len(b) - len(shared) in word_boundaries(b) \
                        and not any(c != a and first[c] < first[a] and c.endswith(shared)
                                    and not self._tier_opening(c, heads) for c in first):
                    # (Not where kinds named without a tier came before the one that
                    # opens with it: 工业品物流总额…；单位与居民物品物流总额…；进口货物
                    # 物流总额…, parallel kinds, the 单位与居民 of one no tier of the next.)
                    carried[b] = tier
                    break
        split: dict[str, tuple[str, str]] = {}
        for indicator in first:
            measure = max((m for m in carried if indicator.startswith(m)), key=len, default="")
            if measure:
                split[indicator] = (carried[measure] + indicator, "")
        return split

    def _tier_opening(self, name: str, heads: tuple[str, ...]) -> str:
        """The tier ``name`` opens with (二线城市 of 二线城市新建商品住宅销售价格), or ""."""
        ends = [at + len(h) for h in heads if (at := name.find(h, 1)) > 0]
        end = min(ends, default=0)
        if not end or end > _MEMBER_LIMIT or len(name) - end < _PARALLEL_MEASURE \
                or end not in word_boundaries(name) or self._measure_at(name[:end]) >= 0 \
                or name.startswith(self.vocab.member_leads):
            # (参加城镇职工基本养老保险人数…；参加失业保险人数: the verb of joining and
            # whom joined, no tier the next measure is of.)
            return ""
        return name[:end]

    def parallel_shares(self, named: list[str]) -> dict[str, tuple[str, str]]:
        """Shares a sentence gives member by member, the whole named with the first
        only (第一产业增加值占地区生产总值的比重为22.7%，第二产业增加值比重为36.4%…
        -> 增加值占地区生产总值的比重 of 第一产业, 第二产业): one measure, its members
        ending in one member head. ``named`` holds the sentence's undimensioned
        indicators, in order."""
        shares: dict[str, tuple[str, str]] = {}  # name -> (member, measure without 占…的)
        for name in dict.fromkeys(named):
            if not name.endswith(self.vocab.share_words):
                continue
            head = next((h for h in self.vocab.member_heads if len(h) >= 2
                         and 0 < name.find(h) <= _MEMBER_LIMIT - len(h)), "")
            member = name[:name.find(head) + len(head)] if head else ""
            if member and self._measure_at(member) < 0:
                shares[name] = (member, self.vocab.share_whole.sub("", name[len(member):]))
        split: dict[str, tuple[str, str]] = {}
        for name, (member, measure) in shares.items():
            alike = [n for n, (m, r) in shares.items() if r == measure and m != member]
            # (Of a measure, 增加值比重; not 第一产业企业…，占比分别为…: a share of
            # the things counted, named whole.)
            of = next((measure[:-len(w)] for w in self.vocab.share_words
                       if measure.endswith(w)), "")
            if alike and self._measure_at(of) >= 0:
                # (The measure as the first of them writes it, whole included.)
                first = next(n for n in shares if shares[n][1] == measure)
                split[name] = (first[len(shares[first][0]):], member)
        names = [n for n in dict.fromkeys(named) if n not in split]
        for first, bare in pairwise(names):
            # 一线城市票房占比为15.9%，二线城市占比为41.2%: the next member gives its
            # share bare, the measure (票房) left out; the members end alike (城市).
            word = next((w for w in self.vocab.share_words if bare.endswith(w)), "")
            member = bare[:-len(word)] if word else ""
            if not (2 <= len(member) <= _MEMBER_LIMIT and first.endswith(word)) \
                    or self._measure_at(member) >= 0:
                continue
            tail = next((member[-k:] for k in range(2, len(member))
                         if 0 < first.find(member[-k:]) <= _MEMBER_LIMIT - k), "")
            end = first.find(tail) + len(tail) if tail else 0
            if end and len(first) - end > len(word) and self._measure_at(first[:end]) < 0:
                measure = split.setdefault(first, (first[end:], first[:end]))[0]
                split[bare] = (measure, member)
                for later in names[names.index(bare) + 1:]:
                    # (三线及以下城市占比为42.9%: and the members after it.)
                    rest = later[:-len(word)] if later.endswith(word) else ""
                    if rest.endswith(tail) and len(rest) <= _MEMBER_LIMIT \
                            and self._measure_at(rest) < 0:
                        split[later] = (measure, rest)
        return split

    def graded_members(self, named: list[str]) -> dict[str, tuple[str, str]]:
        """Tiers a sentence names one after another, each of one thing with its own
        grade, the first after a lead the others leave out: 新增安全生产标准化二级达标
        企业…，三级达标企业… -> (新增安全生产标准化达标企业, 二级达标企业) and
        (…, 三级达标企业). ``named`` holds the sentence's undimensioned indicators,
        in order; the tiers must follow each other with distinct grades."""
        split: dict[str, tuple[str, str]] = {}
        names = list(dict.fromkeys(named))
        for i, first in enumerate(names):
            graded = self.vocab.grade.search(first)
            thing = first[graded.end():] if graded else ""
            if not graded or len(thing) < 2 or not _HAN_NAME.fullmatch(thing):
                continue
            lead = first[:graded.start()]
            tiers = [first]
            for later in names[i + 1:]:
                tier = self.vocab.grade.match(later)
                # (核心一级资本充足率…，一级资本充足率: the same grade again is another
                # measure, not a tier of the first.)
                if not tier or later[tier.end():] != thing or later in tiers \
                        or tier.group() == graded.group():
                    break
                tiers.append(later)
            if len(tiers) >= 2:
                for tier in tiers:
                    split.setdefault(tier, (lead + thing, tier.removeprefix(lead)))
        return split

    def elided_measures(self, named: list[tuple[str, str]]) -> dict[str, tuple[str, str]]:
        """Members a sentence names after the first, leaving out the measure the
        first named with its member: 江苏软件业务收入…；浙江9860亿元 -> 江苏软件业务
        收入: (软件业务收入, 江苏), 浙江: (软件业务收入, 浙江); 二线城市新建商品住宅
        销售价格…，三线城市… the same. A bare subject is a member only if it is of
        the first's member's kind: both places (jieba's ns), or both ending in one
        member head (一线城市, 三线城市), so that a subject of its own (重工业) stays;
        and only with a figure in a unit the measure's had (服务企业…家 after
        科技特派员…人 is a count of its own).

        ``named`` holds each subject of the sentence (member and measure, as
        written), in order, with its figure's unit: a first already split in
        parallel (一线城市…；二线城市新建商品住宅销售价格…，三线城市…) counts."""
        split: dict[str, tuple[str, str]] = {}
        last = ""  # the subject before that names a measure
        units: dict[str, set[str]] = {}
        all_units: dict[str, set[str]] = {}
        for name, unit in named:
            all_units.setdefault(name, set()).add(unit)
        for name, unit in named:
            units.setdefault(name, set()).add(unit)
            if name in split:
                continue
            if self._measure_at(name) >= 0 or "的" in name or not (_HAN_NAME.fullmatch(name)
                                                   or self.vocab.station.fullmatch(name)):
                last = name
                continue
            # (Only of the subject just before: one of another measure between
            # ends the parallel.)
            member = self._member_like(last, name) if last and unit in units[last] else ""
            if member:
                split.setdefault(last, (last[len(member):], member))
                split[name] = (last[len(member):], name)
            elif last and (goods := self._good_of(last, name)):
                split.setdefault(last, goods)
                split[name] = (goods[0], name)
            elif last and all_units[name] <= all_units[last] \
                    and not self.vocab.measure_noun_end.search(name) \
                    and (owned := self._owned_measure(last)):
                # 超级市场货品的销货价值下跌4.4%，电器及摄影器材下跌3.7%: the first names
                # its member and, after 的, the measure the bare names after it leave out
                # (not a measure of their own, 流入界河的水量…，入海水量…, nor what they
                # count, 专项的资金…金额…亿元，7个省份…59.74亿元).
                split.setdefault(last, owned)
                split[name] = (owned[0], name)
        return split

    def _owned_measure(self, whole: str) -> tuple[str, str] | None:
        """(Measure, member) of ``whole`` written as member 的 measure (超级市场
        货品的销货价值 -> (销货价值, 超级市场货品)), else None."""
        member, _, measure = whole.rpartition("的")
        if 2 <= len(member) <= _MEMBER_LIMIT and _HAN_NAME.fullmatch(member) \
                and self._measure_at(member) < 0 and (
                    self._measure_at(measure) == 0 or self.vocab.measure_noun_end.search(measure)):
            return measure, member
        return None

    def _good_of(self, whole: str, bare: str) -> tuple[str, str] | None:
        """(Measure, member) of ``whole`` when it names a good with its measure and
        ``bare`` is another good: 石油剩余探明技术可采储量 -> (剩余探明技术可采储量,
        石油); 新增探明地质储量石油 (the good after) -> (新增探明地质储量, 石油). Each good
        has its unit (亿吨, 亿立方米), so no unit is asked of ``bare``."""
        goods = self.vocab.goods_words
        if bare not in goods:
            return None
        good = next((g for g in goods if g in whole and g != bare), "")
        at = whole.find(good) if good else -1
        if at < 0 or whole.find(bare) >= 0:
            return None
        end = at + len(good)
        bounds = word_boundaries(whole)
        if end == len(whole):
            measure, member = whole[:at], good
        else:
            measure, member = whole[end:], whole[:end]
        if at not in bounds or end not in bounds or len(member) > _MEMBER_LIMIT \
                or len(measure) < 2 or measure.startswith(goods):  # (原煤产量: 产量 of 原煤)
            return None
        return measure, member

    def _member_like(self, whole: str, bare: str) -> str:
        """The member ``whole`` opens with, before a measure, that is of ``bare``'s
        kind, or ""."""
        if self.vocab.station.fullmatch(bare):
            # 河北临城县梁家庄站过程累计降水量达…，北京门头沟区王家园水库站达…:
            # stations, each named with its place, the measure after the first.
            station = self.vocab.station.match(whole)
            rest = whole[station.end():] if station else ""
            return station.group() if station and station.group() != bare \
                and len(rest) >= _PARALLEL_MEASURE - 1 and self._measure_at(rest) >= 0 else ""
        heads = (*self.vocab.member_heads, *self.vocab.list_heads)
        place = leading_place(whole)
        if place and place != bare and leading_place(bare) == bare \
                and not _COUNTED_PLACES.match(place):  # (not 三市合计…)
            member = place
        else:
            # (Tiers of one head are written alike, 一线城市, 三线城市; a head after
            # words of a different length is of another thing, 惠及企业 after
            # 规上工业企业利润总额.)
            head = next((h for h in heads if len(h) >= 2 and bare.endswith(h)), "")
            at = whole.find(head, 1) if head else -1
            member = whole[:at + len(head)] if at > 0 else ""
            if len(member) != len(bare) or bare.startswith(self.vocab.list_verbs):
                return ""
        rest = whole[len(member):]
        # (A measure of some length after the member, not a word of its name.)
        if not member or member == bare or len(member) > _MEMBER_LIMIT \
                or len(member) not in word_boundaries(whole) \
                or len(rest) < _PARALLEL_MEASURE - 1 or rest.startswith(heads) \
                or self._measure_at(member) >= 0:
            return ""
        return member

    def members_of_shared_measure(self, names: list[str]) -> dict[str, tuple[str, str]]:
        """Subjects of a paragraph written member 的 measure, two or more members
        with the same measure (建造业的失业率…，零售业的失业率…; 建造业的就业不足率…。
        零售、住宿及膳食服务业的合计就业不足率…): the members of a breakdown of that
        measure. One member of several measures (零售业的就业人数…；零售业的失业率)
        is the owner of each and stays whole. Only rates (失业率, 合格率): before a
        share or a count the 的 ends a relative clause that says who is counted
        (使用自来水的农户比重, 居住在城镇的人口), which stays in the measure."""
        owned: dict[str, tuple[str, str]] = {}
        for name in dict.fromkeys(names):
            m = self.vocab.member_of_rate.fullmatch(name)
            if m and self._measure_at(m.group("measure")) >= 0 \
                    and self._measure_at(m.group("member")) < 0:
                owned[name] = (m.group("measure"), m.group("member"))
        split: dict[str, tuple[str, str]] = {}
        for name, (measure, member) in owned.items():
            # (合计失业率 and 失业率: one measure, a modifier before it.)
            if any(other != member and (m.endswith(measure) or measure.endswith(m))
                   for m, other in owned.values()):
                split[name] = (measure, member)
        return split

    def members_named_before(self, names: list[tuple[str, int]],
                             given: list[tuple[str, str, int]]) -> dict[str, tuple[str, str]]:
        """Subjects of a paragraph that name a member and the measure a member before
        was given in a sentence of its own (第二产业税收收入…；其中制造业…。第三产业税收
        收入…，占54.8%): the next member of that measure, and so the indicators that go
        on from it (第三产业税收收入占比). ``names`` holds the paragraph's undimensioned
        indicators with where their figures begin, ``given`` its (measure, member,
        where); the members must be parallel, of one head, and the given one come
        first (not 国有企业资产总额…。其中，中央企业资产总额…: the whole)."""
        first: dict[str, int] = {}
        for name, where in names:
            first.setdefault(name, where)
        heads = (*self.vocab.member_heads, *self.vocab.list_heads)
        split: dict[str, tuple[str, str]] = {}
        for name, where in first.items():
            for measure, member, before in given:
                at = name.find(measure, 2) if len(measure) >= 2 else -1
                # (Members of one kind, ending in one head: 第二产业, 第三产业; a bare
                # head is none: 有14个省份居民人均可支配收入… after 上海居民….)
                if before < where and at >= 2 and name[:at] != member \
                        and any(member.endswith(h) and name.endswith(h, 0, at)
                                and at > len(h) for h in heads) \
                        and self._parallel_cut(member + measure,
                                               name[:at + len(measure)]) == measure:
                    split[name] = (name[at:], name[:at])
                    break
        return split

    def _sector_cut(self, a: str, b: str) -> str:
        """The measure two subjects share after two of the industry's sectors, or "":
        采矿业增加值…，制造业增长… (制造业增加值) is a breakdown with no 分三大门类看."""
        sectors = self.vocab.industry_sectors
        if not (a.startswith(sectors) and b.startswith(sectors)):
            return ""
        measure = a[len(next(s for s in sectors if a.startswith(s))):]
        return measure if len(measure) >= 2 and b.endswith(measure) \
            and b[:-len(measure)] in sectors and a[:-len(measure)] != b[:-len(measure)] else ""

    def _parallel_cut(self, a: str, b: str, headed: bool = False) -> str:
        """The measure two parallel subjects share after the member each names, or "";
        ``headed`` (clauses parted by ， under a frame): only if the members end in
        one member head."""
        shared = common_suffix([a, b])
        bounds_a, bounds_b = word_boundaries(a), word_boundaries(b)
        short = next((w for w in self.vocab.parallel_measures if not headed
                      and shared.endswith(w) and len(a) - len(w) in bounds_a
                      and len(b) - len(w) in bounds_b), "")
        if short and a != b and all(
                2 <= len(m) <= _MEMBER_LIMIT and _HAN_NAME.fullmatch(m) and self._measure_at(m) < 0
                and not self.vocab.period_member.fullmatch(m)
                for m in (a[:-len(short)], b[:-len(short)])) \
                and _unmodified(a[:-len(short)], b[:-len(short)]) \
                not in self.vocab.measure_modifiers:
            # 一般贸易进出口…；加工贸易进出口…: a short measure of its own after each
            # member's whole name (not 一般|贸易进出口, cut where the names differ;
            # nor 乘用车厂商出口…；乘用车厂商累计出口…, one thing's month and total).
            return short
        # (A head the members share is of their names: 东部地区|….)
        heads = (*self.vocab.member_heads, *self.vocab.list_heads)
        kinds = self.vocab.kind_heads
        # (A kind's head ends its member where jieba runs on: 竞猜型|彩票; not where
        # it opens a word, 财产险业务|保费收入, leaving the measure a word's tail: 务保费.)
        size = next((n for n in range(len(shared), 1, -1)
                     if (len(a) - n in bounds_a or (a.endswith(kinds, 0, len(a) - n)
                                                    and 1 not in word_boundaries(shared[-n:])))
                     and (len(b) - n in bounds_b or (b.endswith(kinds, 0, len(b) - n)
                                                     and 1 not in word_boundaries(shared[-n:])))
                     and not shared.startswith((*heads, *kinds), len(shared) - n)), 0)
        member_a, member_b = a[:len(a) - size], b[:len(b) - size]
        # (A short measure is a member's own word more often than not: 税收|收入,
        # 载客|汽车, 装备制造业|产值.)
        # (Under a frame, a short measure after members of one member head is
        # theirs: 生产环节|抽检; not after a list's head, 民营企业|进出口 naming a
        # whole of its own.)
        kind = next((h for h in self.vocab.member_heads if len(h) >= 2
                     and a.endswith(h, 0, len(a) - size) and b.endswith(h, 0, len(b) - size)),
                    "") if headed else ""
        if size < (2 if kind else _PARALLEL_MEASURE) or member_a == member_b or not all(
                ((2 <= len(m) <= _MEMBER_LIMIT and _HAN_NAME.fullmatch(m))
                 or self.vocab.industry_name.fullmatch(m))
                and self._measure_at(m) < 0 and not self.vocab.period_member.fullmatch(m)
                for m in (member_a, member_b)):
            # (冬季平均气温: a season's is a measure of its time, a member only
            # under a breakdown by period.)
            return ""
        if self.vocab.per_head_start.match(member_a) or self.vocab.per_head_start.match(member_b):
            # 地区生产总值…；人均地区生产总值…: a per-head figure is a measure of its
            # own, 人均地区 no member.
            return ""
        measure = a[len(member_a):]
        if any(h in measure for h in self.vocab.owner_heads):
            # 城镇职工基本养老保险参保人数…；城乡居民…: the member names a scheme,
            # whose measure it is.
            return ""
        # (Not a rank, 省级|行政区划单位, 县级…: a one-character head is of a name.)
        head = next((h for h in heads if len(h) >= 2 and member_a.endswith(h)
                     and member_b.endswith(h)), "")
        words = self.vocab.member_words
        return measure if kind or (not headed and (head or (
            member_a in words and member_b in words) or (
            # (Not a size, 大型|水库, 中型|水库: its noun goes with it.)
            min(len(member_a), len(member_b)) >= 3
            and member_a.endswith(kinds) and member_b.endswith(kinds)))) else ""

    def _owned_by_verb(self, raw: str, subject: str, figure: Figure) -> str:
        """完成/实现 between an owner and its measure go (建筑业实现增加值 ->
        建筑业增加值); a later clause that opens with one (；实现利税…) is of the
        owner the sentence named before it, or counted (规模以上工业企业482家，
        完成工业总产值…)."""
        state = self.state
        for verb in self.vocab.owner_verbs:
            at = subject.find(verb, 1)
            end = at + len(verb)
            # (The words' bounds only where a verb stands: most subjects have none.)
            if at > 0 and at in (bounds := word_boundaries(subject)) and end in bounds \
                    and len(subject) - end >= 2 \
                    and not subject.startswith(self.vocab.verb_measures, at) \
                    and not subject.startswith(("或", "和", "及"), end):  # (已实现或提前实现目标)
                state.verb_owner = subject[:at]
                lead = raw[:raw.rfind(subject[:at])].rstrip()
                if lead[-1:] in self.vocab.owner_count_units and lead[-2:-1].isdigit():
                    state.counted_verb_owner = subject[:at]  # (36个|中心城市完成…)
                # (Not an agent that did things, 国家药监局组织完成…抽检16214批次: of a measure.)
                state.verb_named = subject[:at] \
                    if self.vocab.measure_noun_end.search(subject, end) \
                    or self._measure_at(subject[end:]) >= 0 else ""
                return subject[:at] + subject[end:]

        def lead() -> str:  # (asked of few figures: the fillers go only then)
            return self.vocab.fillers.sub("", raw).lstrip(_EDGE_PUNCTUATION)

        if not subject and state.topic and not state.subject_in_sentence \
                and lead() in self.vocab.owner_verbs:
            # 2.企业所得税。完成235.41亿元: a clause that gives only the verb is of
            # the paragraph's run-in title.
            return state.topic
        # (Also a sentence that opens with 涉及, which has no subject of its own:
        # …案件212.6万件，比上年增长16.2%。涉及劳动者251.9万人.)
        if subject and figure.counted and not figure.comparison and state.subject \
                and (state.subject_in_sentence or state.clauses == 1) \
                and state.total is None and state.frame is None \
                and not state.prior_words and lead().startswith(_INVOLVING) \
                and not self.text[:self._clause_start].rstrip("，, ").endswith(
                    self.vocab.circumstance_ends) \
                and (owner := self._entity(state.subject, "") or state.subject) \
                and not subject.startswith(owner) and not _same_last_word(subject, state.subject):
            # 办理劳动人事争议案件316.8万件，涉及劳动者318.4万人: those the cases
            # before involved (移送问题线索…，涉及金额…，涉及人员…: not the amount;
            # not after a clause without a figure, which names another event; nor
            # a subject with the head the one before had: 涉及预付式消费的投诉…。
            # 涉及老年人的投诉…, another kind of it).
            return owner + _INVOLVING + subject
        if subject and (bare := state.bare_clauses or state.members_before) \
                and not figure.counted and raw.endswith(subject) \
                and raw[:-len(subject)].endswith(self.vocab.owner_verbs) \
                and (named := self.vocab.class_named.search(bare[-1])):
            # 积极发展云计算、大数据等新兴业务，全年共完成业务收入4348亿元: the class
            # the clause before named (…等新兴业务) owns the measure that begins
            # with its head (业务收入 -> 新兴业务收入).
            name = named.group("name")
            overlap = next((k for k in range(len(name) - 1, 1, -1)
                            if subject.startswith(name[-k:])), 0)
            if overlap:
                return name[:-overlap] + subject
        owner = state.verb_owner or (
            state.topic if subject in self.vocab.measure_word_set else "")
        if subject and not owner and state.subject_in_sentence and state.total is None \
                and state.frame is None and not figure.counted \
                and lead().startswith(self.vocab.owner_verbs):
            # A级旅游景区接待总人数…，实现旅游收入…: who did what the subject before
            # names (its words before the verb) 实现s the next measure too.
            owner = _before_verb(state.subject)
            owner = owner if len(owner) >= _OWNER_LEAST and self._measure_at(owner) < 0 else ""
        if subject and owner and lead().startswith(self.vocab.owner_verbs) \
                and not subject.startswith(owner) and not figure.counted:
            # (Not a count: 新建幼儿园3所，完成…治理项目60个 counts other things.)
            return owner + subject
        if subject and state.verb_named and not figure.counted and not figure.comparison \
                and figure.count == 1 and state.total is None and state.frame is None \
                and len(subject) <= _BARE_MEASURE_LIMIT \
                and self.vocab.measure_noun_end.search(subject) \
                and not subject.startswith(state.verb_named):
            # 对外承包工程完成营业额…，下降3.7%；新签合同额…: a later bare measure of the
            # sentence is of the owner its 完成/实现 named, the verb left out.
            return state.verb_named + subject
        counted = _counted_thing(state.subject) if subject and len(subject) <= 4 \
            and state.subject_in_sentence and state.frame is None and figure.count == 1 \
            and self._figure_unit.endswith("元") and state.unit.endswith(self.vocab.item_units) \
            and subject.endswith("额") and subject[:2] not in state.subject \
            and not state.dimension else ""
        if len(counted) >= _OWNER_LEAST and not subject.startswith(counted) \
                and self._measure_at(counted) < 0:
            # 登记技术合同4.2万项，成交额1865.3亿元: the amount of the things the
            # count before counted (技术合同成交额), not of nobody.
            return counted + subject
        before = state.subject if state.subject_in_sentence and state.total is None \
            and state.frame is None and not figure.comparison and figure.count == 1 else ""
        last_word = _words(before)[-1] if len(subject) <= _BARE_MEASURE_LIMIT and before else ""
        verb = next((subject.removesuffix(e) for e in self.vocab.progress_ends
                     if subject.endswith(e)), "")
        if before and len(verb) >= 2 and before.endswith(verb) and len(before) > len(verb):
            # 专项债券资金已支出1057.28亿元，支出进度85.5%: how far the activity the
            # subject before ended with went, of that subject's owner (not its 已).
            owner = before[:-len(verb)]
            while trail := next((t for t in self.vocab.cause_trails if owner.endswith(t)), ""):
                owner = owner.removesuffix(trail)
            return owner + subject
        if len(last_word) >= 2 and subject.startswith(last_word) and before != last_word \
                and last_word not in self.vocab.measure_word_set \
                and len(subject) > len(last_word) and (
                    self._measure_at(subject[len(last_word):]) == 0
                    or subject.endswith((*self.vocab.measure_ends, *self.vocab.verb_sums))):
            # 城乡居民大病保险赔付12.6万人次，赔付金额4.37亿元: a measure of what
            # the subject before named last, of the same owner (not where that
            # was a measure: 死亡人口…，人口死亡率…); 高龄津贴发放…万人，发放资金….
            # (verb_sums only here: elsewhere a sum named 调入资金 is an item, no owner.)
            owner = before[:-len(last_word)]
            trail = next((t for t in self.vocab.cause_trails if owner.endswith(t)), "") \
                if subject.endswith("率") else ""
            # (…，已化解4127件，化解率…: the rate of the act, not of what is done so far.)
            return owner[:len(owner) - len(trail)] + last_word + subject[len(last_word):] \
                if before.endswith(last_word) else before + subject[len(last_word):]
        inner = self._inner_word_opening(before, subject) if last_word else -1
        # (Also under a 其中 that opens the paragraph, of no total: 其中，深圳湾口岸….)
        doing = before or (state.subject if state.subject_in_sentence and state.total == ""
                           and state.frame is None and not figure.comparison
                           and figure.count == 1 else "")
        if inner < 0 and doing and subject[:2] in doing[_OWNER_LEAST:] \
                and (inner := self._inner_verb_opening(doing, subject)) > 0:
            return doing[:inner] + subject
        if inner > 0:
            # 医保电子凭证激活用户…万人，激活率74.6%; 医疗救助资助参加基本医疗保险…，
            # 资助金额…: a measure opening with a word inside the subject before (激活,
            # 资助) is of that activity, of the owner named before it.
            return before[:inner] + subject
        total = state.total or ""
        inner = self._inner_word_opening(total, subject) \
            if total and state.frame is None and state.total_unit \
            and state.total_unit != self._figure_unit and not figure.counted \
            and len(subject) <= _BARE_MEASURE_LIMIT else -1
        if inner > 0:
            # 101.41万名灵活就业人员缴存住房公积金。其中，…缴存额近67亿元: under 其中, a
            # measure in another unit opening with the total's act (缴存) is not a
            # part: it is of the group the total counted (灵活就业人员缴存额).
            # (Not the total's 累计: the part is the year's, 缴存额 of 2023.)
            return total[:inner].removeprefix("累计").removeprefix("合计") + subject
        paid_for = _doer(before) if before.endswith(self.vocab.settled_verbs) \
            and subject.endswith(self.vocab.payment_ends) and state.unit != self._figure_unit \
            else ""
        while (last := tagged(paid_for)) and last[-1][1] == "ad":  # (…直接结算: not 直接)
            paid_for = paid_for[:-len(last[-1][0])]
        if len(paid_for) >= _OWNER_LEAST and not subject.startswith(paid_for):
            # 门诊慢特病结算12.36万人次，统筹基金支付2846.3万元: the fund paid for the
            # service the count before settled, of 门诊慢特病.
            return paid_for + subject
        words = _words(before) if last_word in self.vocab.measure_word_set else []
        stem = words[-2] if len(words) >= 3 else ""
        rest = subject[len(stem):] if stem and subject.startswith(stem) else ""
        if len(stem) >= 2 and (self.vocab.count_measure.fullmatch(rest)
                               or rest in self.vocab.measure_word_set):
            # 科技型中小企业贷款余额…，贷款户数2.86万户: another measure of the thing
            # whose balance came before (贷款), of the same owner; so is a sibling
            # measure word (职工医保个人账户收入…；个人账户支出… -> 职工医保个人账户支出).
            return before[:-len(stem + last_word)] + subject
        # (An average only: 个人账户收入…，个人账户支出… names its own owner.)
        modifier = next((m for m in self.vocab.measure_modifiers if m.endswith("均")
                         and subject.startswith(m) and len(subject) > len(m)), "") \
            if len(subject) <= _BARE_MEASURE_LIMIT and state.subject_in_sentence \
            and state.frame is None and not figure.comparison and figure.count == 1 \
            and state.subject != state.total else ""
        # (Under 其中 too: 其中，五星级饭店平均房价…, the member's owner; not the
        # total's: 全体居民人均消费支出…，其中人均居住支出… is a part of it.)
        at = state.subject.find(modifier) if modifier else -1
        before_modifier = state.subject[:at]
        if at >= _OWNER_LEAST and not subject.startswith(before_modifier) \
                and self._measure_at(before_modifier) < 0 and not state.dimension:
            # 五星级饭店平均房价…，平均出租率…: a measure opening with the modifier
            # (平均, 人均) the measure before opened with is of the same owner.
            return before_modifier + subject
        owner, of, measure = before.partition("的") if len(subject) <= _BARE_MEASURE_LIMIT \
            and not state.dimension else ("", "", "")
        if of and len(owner) >= _OWNER_LEAST and not _DIGIT.search(owner) \
                and not self.vocab.measure_noun_end.search(owner) \
                and self.vocab.measure_noun_end.search(measure) \
                and (self.vocab.measure_noun_end.search(subject) or any(
                    subject.startswith(m) for m in self.vocab.measure_modifiers
                    if m.endswith("均"))) \
                and not subject.startswith(owner) and not subject.startswith(measure):
            # 修课式硕士毕业生的全职就业率为91.3%，平均月薪为28,470元: the group named
            # before 的 is also the owner of the next bare measure of the sentence.
            return owner + subject
        act = tagged(subject)[-1][0] if subject and before and len(subject) <= _BARE_MEASURE_LIMIT \
            and state.unit == self._figure_unit and _DIGIT.search(subject) is None \
            and tagged(subject)[-1][1] == "v" else ""
        done_to = before.partition(act)[2] if len(act) >= 2 and act in before else ""
        if len(done_to) >= _OWNER_LEAST and not subject.endswith(done_to) \
                and all(tag.startswith("n") for _, tag in tagged(done_to)):
            # 新认定高新技术企业2156家，重新认定1032家: the same act again, its object
            # left out, is done to what the clause before named (重新认定高新技术企业).
            return subject + done_to
        doer = _doer(before) if before and len(subject) <= _BARE_MEASURE_LIMIT \
            and not figure.comparison and self._measure_at(before) < 0 \
            and self._measure_at(subject) < 0 and state.unit == self._figure_unit \
            and _all_verbs(subject) else ""
        if len(doer) >= _OWNER_LEAST and not subject.startswith(doer) \
                and subject not in self.vocab.measure_modifiers:  # (…登记4.36万人，累计…: a tally)
            # 旅行社国内旅游组织…人次，接待…人次; 特种作业人员新取证…、复审换证…: a
            # subject that is only what was done is done by whom the subject before
            # named doing something else, counted alike (not 残疾人…就业…万人，…改造…户).
            return doer + subject
        if before and before == state.verb_owner and figure.counted \
                and state.unit != self._figure_unit and len(subject) <= _BARE_MEASURE_LIMIT \
                and self._measure_at(subject) < 0 \
                and all(tag in ("v", "x") for _, tag in tagged(subject)):
            # 艺术表演场馆12个，全年演（映）出1826场次: what the things the figure before
            # counted did, counted in a unit of its own (not 注销…户, counted alike).
            return before + subject
        owner = self._entity(before, "") or "" if before and state.unit.endswith("元") \
            and self._figure_unit != state.unit \
            and subject.startswith(self.vocab.list_verbs) else ""
        if len(owner) >= _OWNER_LEAST and self._measure_at(before) == len(owner) \
                and self._measure_at(subject) < 0 and not subject.startswith(owner):
            # 医疗救助基金支出745亿元，资助参加基本医疗保险8599万人: those helped,
            # counted in a unit of their own, are helped by the owner of the amount
            # before (医疗救助基金), not by nobody.
            return owner + subject
        if before and subject in self.vocab.list_verbs and state.unit.endswith("元") \
                and self._figure_unit != state.unit and figure.count == 1 \
                and not figure.comparison:
            # 发放计划生育家庭特别扶助金1126.4万元，惠及1583人: a verb of reach with no
            # object names nothing alone; the count is of whom the amount reached.
            return before + subject
        if before and (before == state.verb_owner or before.endswith(self.vocab.event_heads)) \
                and not figure.comparison \
                and figure.count == 1 and state.unit != self._figure_unit \
                and state.total is None and state.frame is None \
                and self.text[state.last_clause:self._clause_start].rstrip().count("，") == 1 \
                and subject.startswith(self.vocab.deed_verbs):
            # 设立乡村公益性岗位10.6万个，吸纳脱贫劳动力9.8万人; 首次公开发行上市A股
            # 100只，筹资673亿元: what the things counted in the clause right before
            # did, in a unit of their own; of them (研发费用加计扣除政策惠及企业5826户，
            # 减免企业所得税…: of the subject before its 惠及). So what the events counted
            # brought about (跨省异地就医直接结算…人次，减少参保群众垫付资金…).
            verb = next((v for v in self.vocab.deed_verbs if before.find(v, 1) > 0), "")
            return before[:before.find(verb, 1)] + subject if verb else before + subject
        if before and figure.unit == "%" and subject in self.vocab.deed_verbs \
                and state.unit in self.vocab.people_units \
                and len(owner := _before_verb(before) or self._entity(before, "") or "") \
                >= _OWNER_LEAST and owner != before:
            # 社会保障卡持卡人数达13.86亿人，覆盖98.3%的人口: the reach of those counted
            # is their owner's, the people it is a share of after it (社会保障卡覆盖人口).
            whole = _SHARE_NOUN_AFTER.match(self.text, figure.end)
            return owner + subject + (whole.group(1) if whole else "")
        # (Not to no subject, 黑龙江省粮食播种面积…，稳定在2.2亿亩以上: that goes on
        # with the measure, not the place alone.)
        place = leading_place(before) if before and subject \
            and len(subject) <= _BARE_MEASURE_LIMIT else ""
        zone = self.vocab.facility_name.match(before, len(place)) if place else None
        if zone and zone.group().endswith("区"):
            # 天津自贸试验区新设外商投资企业…，实际使用外资…: a place's zone (自贸试验区,
            # 高新区, 开发区) owns the next measure as the place would.
            place = before[:zone.end()]
        system = self.vocab.place_system.match(before, len(place)) if place and not zone else None
        if system and len(before) > system.end() and not state.dimension \
                and not leading_place(subject) and len(subject) <= _BARE_MEASURE_LIMIT \
                and not subject.startswith((*self.vocab.predicate_starts, before[:system.end()])):
            # 广州地铁线网运营里程…，日均客运量…: a city's system (not a region, so not
            # above) owns its sentence's next bare measures, as its city would.
            return before[:system.end()] + subject
        if _REGION_NAME.fullmatch(place) and before != place \
                and not subject.startswith(place) \
                and not subject.startswith(self.vocab.predicate_starts) and not state.dimension \
                and not leading_place(subject) and subject not in self.vocab.measure_modifiers:
            # 浙江省接待游客…，实现旅游收入…: the place the subject before opened with
            # owns the next measure of its sentence too, as any owner written once.
            return place + subject
        carried = state.last[0] if figure.comparison and figure.count == 1 \
            and state.subject_in_sentence and not state.last[1] and not state.dimension \
            and state.frame is None and state.total is None \
            and not subject.startswith((*self.vocab.rate_words, *self.vocab.predicate_starts)) \
            and len(subject) <= _BARE_MEASURE_LIMIT and self._measure_at(subject) == 0 else ""
        owner = self._entity(carried, "") or "" if carried else ""
        if len(owner) >= _OWNER_LEAST and owner != carried and not subject.startswith(owner) \
                and self._measure_at(owner) < 0 and not leading_place(subject) \
                and not any(lead in owner for lead in self.vocab.member_leads):
            # 危险化学品事故起数下降…，死亡人数下降…: a bare measure changing after
            # another's change is of the owner named once ahead of that measure, as
            # a place is above (not who joined: 试点城市参加长期护理保险|人数;
            # changes only: levels so carried cost more than they fixed).
            return owner + subject
        counted = state.counted_owner.removeprefix("新增") if not (
            state.counted_unit in self.vocab.case_units
            and self.vocab.rate_end.search(subject)) else ""
        group = state.counted_group
        if group and state.subject_in_sentence and state.subject.endswith(group):
            group = state.subject  # (招生…，毕业生…: the group as its indicator named it)
        if not figure.comparison:  # (…2136户，增长4.9%，投资总额…: a change keeps it)
            state.counted_group = ""
            if subject not in self.vocab.measure_word_set \
                    and not subject.startswith(self.vocab.predicate_starts):
                # (…企业37.4万个，从业人员…，资产总计…: so does a bare measure of the same
                # owner, which it takes in _owner; and a share of the count, …万个，
                # 占全部…的99.8%；从业人员…)
                state.counted_owner = ""
        if subject and group and not figure.comparison and figure.count == 1 \
                and state.total is None and state.frame is None \
                and self.vocab.per_head_start.match(subject) and not subject.startswith(group):
            # 企业退休人员17.65万人，月人均基本养老金2563元: per head of the group.
            return group + subject
        sampled = self._sample_verb_at(group) >= 0
        if subject and (group.endswith(self.vocab.group_heads) or sampled) \
                and not figure.comparison \
                and figure.count == 1 and state.total is None and state.frame is None \
                and len(subject) <= _BARE_MEASURE_LIMIT and subject.endswith("率") \
                and not subject.startswith(group[-2:]):
            # 严重精神障碍患者3126人，规范管理率94.2%，面访率97.6%: the group's rates;
            # 抽检农药、兽药等农资产品6380批次，合格率…: what was sampled.
            state.counted_group = group
            if sampled:  # (the verb, and the list before 等: 抽检农药、兽药等|农资产品)
                thing = next((group[len(v):] for v in self.vocab.sample_verbs
                              if group.startswith(v)), group)  # (电商平台抽查产品: all)
                head = thing.rpartition("等")[2]
                return (head if len(head) >= 2 else thing) + subject
            return group + subject
        # (Not another item counted alike, in the unit of the one before and ending as
        # it does: 制定国际标准39项、国家标准412项 names a sibling, no measure of it.)
        sibling = len(counted) >= 2 and subject.endswith(counted[-2:]) \
            and state.counted_unit == self._figure_unit
        if counted.endswith(self.vocab.measure_words) and (
                entity := self._entity(counted, "") or "") != counted:
            counted = entity  # 固定电话用户总数…，普及率…: of the users
        elif entity := self._count_named(counted):
            counted = entity  # 海外仓数量超过1500个，面积…: of the warehouses counted
        # 篮球场地…万个，场地面积…: the measure repeats the owner's head noun.
        head = counted[-2:] if len(counted) >= 4 and subject.startswith(counted[-2:]) else ""
        # (Also under a frame that names no whole, whose members stand as subjects of
        # their own: 从场地类型看，田径场地20.35万个，场地面积8.86亿平方米.)
        if subject and len(counted) >= 3 and not figure.comparison and figure.count == 1 \
                and not sibling and ((state.total is None and state.frame is None) or (
                    state.total == "" and state.frame is not None
                    and state.last == (counted, ""))) \
                and len(subject) <= _BARE_MEASURE_LIMIT \
                and not subject.startswith(counted) and (head or (
                    not subject.startswith(counted[-2:]) and (counted[-1] not in subject or (
                        # (a character of a word of another sense: 工程建设项目招投标…个，
                        # 中标金额…; not 集体户…户，家庭户人口…, 户 a word of its own, nor a
                        # word of the count repeated, …建筑业企业…家，建筑业总产值…; nor
                        # after the last of listed counts, 森林火灾…起、草原火灾…起，因灾死亡…)
                        counted[-1] not in (words := {w for w, _ in tagged(subject)})
                        and words.isdisjoint(w for w, _ in tagged(counted))
                        and self.text[self.text.rfind(counted, 0, figure.start) - 1] != "、")))) \
                and not counted.endswith(self.vocab.measure_words) \
                and not self.vocab.measure_noun_end.search(counted) \
                and subject.endswith((*self.vocab.measure_words, *self.vocab.measure_ends,
                                      *self.vocab.gain_ends)) \
                and not (subject.startswith(self.vocab.list_whole_leads)
                         and self._after_counted_list()):
            # (A total after a list of counts is of all the list, not of its last:
            # 现有郊野公园24个、特别地区11个，总面积约44300公顷.)
            # 医养结合机构398家，床位总数11.4万张; 污水处理厂41座，日处理能力…: a
            # measure of the owner the figure right before counted (not of a count
            # of another kind: 集体户…户，家庭户人口…; nor of a measure alone:
            # 快递业务量). It owns the bare measures after it too (…，场地面积…，长度…).
            state.counted_owner = counted
            return counted + subject[len(head):]
        if subject and counted.endswith(self.vocab.case_nouns) and figure.count == 1 \
                and state.total is None and state.frame is None and not sibling \
                and len(subject) <= _MEMBER_LIMIT \
                and not any(noun in subject for noun in self.vocab.case_nouns) \
                and not self.vocab.rate_end.search(subject) \
                and subject not in self.vocab.disposal_verbs \
                and (self._figure_unit != state.counted_unit or tagged(subject)[0][1] == "v") \
                and not subject.startswith((counted, *self.vocab.predicate_starts)):
            # 审结破产案件3.2万件，涉及债权1.8万亿元; 审结…案件4.0万件，判处罪犯8.2万人;
            # 侦破走私案件1.1万起，案值增长…: what the clause right after a count of
            # cases names is of those cases (not their rates: 结案率, of all cases;
            # a disposal verb alone, 受理案件…件，审结…件, is read as such below; nor
            # a count of another thing alike: 办理诉讼案件…件，非诉讼法律事务…件).
            return counted + (_INVOLVING if lead().startswith(_INVOLVING) else "") + subject
        if subject and figure.count == 1 and not figure.comparison and (
                figure.unit in self.vocab.owner_count_units
                # (as written: A股100只 counts shares, whose kin is 头)
                or self.text.endswith(self.vocab.owner_count_units, 0, figure.end)):
            state.verb_owner = subject
            if figure.unit in self.vocab.institution_units or figure.unit in self.vocab.case_units \
                    or figure.unit in self.vocab.deal_units:
                state.counted_owner, state.counted_unit = subject, figure.unit
        if subject and figure.count == 1 and not figure.comparison and (
                (figure.unit in self.vocab.people_units
                 and subject.endswith((*self.vocab.owner_heads, *self.vocab.group_heads)))
                # 抽检农资产品6380批次: the rates after are of what was sampled
                # (or of a part of it, named before the verb, counted in batches as
                # samples are: 电商平台抽查产品…批次; not 检测机构…个)
                or (figure.counted and (subject.startswith(self.vocab.sample_verbs) or (
                    figure.unit.endswith(self.vocab.sample_units)
                    and self._sample_verb_at(subject) > 0)))):
            state.counted_group = subject
        elif subject and figure.count == 1 and not figure.comparison and subject.endswith("率") \
                and not state.subject_in_sentence \
                and (at := max((subject.rfind(h) + len(h) for h in self.vocab.group_heads
                                if h in subject), default=-1)) >= 4 \
                and at < len(subject) - 1 and at in word_boundaries(subject):
            # 严重精神障碍患者报告患病率为4.12‰，规范管理率为96.3%: a rate of a group
            # names it as a count of it does; the bare rates after are its too.
            # (Not one of a list of rates of several groups: 孕产妇系统管理率…，3岁以下
            # 儿童系统管理率…，住院分娩率…)
            state.counted_group = subject[:at]
        return subject

    def _sample_verb_at(self, subject: str) -> int:
        """Where a verb of a sample count stands as a word in a subject, else -1."""
        return next((b for b in sorted(word_boundaries(subject)) if b < len(subject)
                     and subject.startswith(self.vocab.sample_verbs, b)
                     and any(b + len(v) in word_boundaries(subject)
                             for v in self.vocab.sample_verbs if subject.startswith(v, b))), -1)

    def _object_listed(self, subject: str, figure: Figure) -> str | None:
        """An item of a list after 、 whose first item a verb opened (惠及企业9.8万户、
        职工356.2万人 -> 惠及职工): the verb's object too."""
        before = self.text[max(self._clause_start, figure.start - _SUBJECT_REACH):figure.start]
        last = self._last_quantity(before)
        separator = self.vocab.list_separator_at_start.match(before, last.end()) if last else None
        previous, member = self.state.last
        if not separator or separator.group("measure") or not previous or member:
            # (Not after a member: 接收安置退役军人…，其中安排工作312人、自主就业924人
            # lists members of the total, whose verb is none of theirs.)
            return None
        for verb in self.vocab.list_verbs:
            at = previous.find(verb)
            if at >= 0 and verb not in subject and len(previous) > at + len(verb):
                return previous[:at + len(verb)] + subject
        return None

    def _object_carried(self, subject: str) -> str | None:
        """A bare thing after a ； of a list whose first item a trade verb opened
        (进口铁矿砂12.37亿吨，增加4.9%；原油5.53亿吨 -> 进口原油): the verb's object
        too; not another flow or the balance (；出口…, 顺差…: counterparts)."""
        state = self.state
        # (So is a part under 其中 counted in another unit than its total, no member
        # of it: 进口能源产品…亿元，…，其中原油…万吨 -> 进口原油.)
        if not (self.text[self._clause_start - 1:self._clause_start] in "；;" or (
                state.total_unit not in ("", self._figure_unit) and self._right_after_qizhong())) \
                or not state.subject_in_sentence or state.dimension:
            return None
        previous = state.subject
        verb = next((v for v in self.vocab.carried_verbs
                     if previous.startswith(v) and len(previous) > len(v)), "")
        flows = (verb, *self.vocab.counterparts.get(verb, ())) if verb else ()
        if not verb or subject.startswith(self.vocab.carried_verbs) or subject.endswith(flows) \
                or self._measure_at(subject) >= 0 or not _GOODS_NAME.fullmatch(subject) \
                or not all(tag.startswith("n") for _, tag in tagged(subject)):
            return None
        return verb + subject

    def _object_of_verb(self, subject: str) -> str | None:
        """What an earlier subject of the sentence made of a verb and its object
        (报告|肺结核) says the verb of a subject made of it and a measure (报告|发病率)
        is of: 肺结核."""
        bounds = word_boundaries(subject)
        verb_end = min((b for b in bounds if b > 0), default=0)
        measure = subject[verb_end:]
        if verb_end < 2 or subject[:verb_end] in self.vocab.verb_adverbs \
                or not 2 <= len(measure) <= 4 or not (
                self._measure_at(measure) == 0 or self.vocab.measure_noun_end.search(measure)
                or self._is_measure_only(measure, self.vocab.owned_measures)):
            return None
        for named, dimension, unit in reversed(self.state.named):
            done = named[verb_end:]
            # (Not a count of institutions, which names no verb: 特殊教育学校…所；
            # 特殊教育专任教师… is not of 学校.)
            if not dimension and unit not in self.vocab.institution_units \
                    and named.startswith(subject[:verb_end]) \
                    and verb_end in word_boundaries(named) and len(done) >= 2 \
                    and self._measure_at(done) < 0 \
                    and not self.vocab.measure_noun_end.search(done) \
                    and not done.endswith((*self.vocab.owned_measures, *self.vocab.measure_ends)):
                return done
        return None

    def _object_of_tally(self, subject: str) -> str | None:
        """The object an earlier subject of the sentence gave the verb of a subject
        that is only a tally and that verb (新增领用电子社保卡 → 累计领用: 电子社保卡)."""
        tally = self.vocab.tally.match(subject)
        verb = subject[tally.end():] if tally else ""
        if not 2 <= len(verb) <= 3 or self._measure_at(verb) >= 0 \
                or tagged(verb)[0][1] != "v":  # (not 新增水田, a thing of its own)
            return None
        for named, dimension, _ in reversed(self.state.named):
            at = named.find(verb, 1)
            done = named[at + len(verb):] if at > 0 else ""
            if not dimension and len(done) >= 2 and at + len(verb) in word_boundaries(named) \
                    and self._measure_at(done) != 0:
                return done
        return None

    def _threshold_member(self, figure: Figure) -> str:
        """The member a threshold of a list is of, written after it (…2000万元及以上的
        批发业企业、500万元及以上的零售业…: 批发业); none for a lone threshold, whose
        words after it are what it counts (2000万元及以上的工业法人单位)."""
        after = self.vocab.threshold_member.match(self.text, figure.end) \
            if figure.count == 1 and not figure.comparison else None
        if not after:
            return ""
        before = self.text[max(0, figure.start - _SUBJECT_REACH):figure.start].rstrip()
        listed = regex.match(r"、\s*\d", self.text[after.end():after.end() + 3]) \
            or (before.endswith("、") and "以上的" in before)
        return after.group("member") if listed else ""

    def _paired_members(self, subject: str) -> tuple[list[str], str] | None:
        """The two members a subject names at once, and the subject without them
        (城乡低保标准分别为…和… -> 城镇, 农村 of 低保标准, as 城市和农村低保标准 gives)."""
        return next(((list(parts), subject.replace(word, "", 1))
                     for word, parts in self.vocab.paired_measures
                     if word in subject and all(p in self.vocab.member_words for p in parts)),
                    None)

    def _paired(self, subject: str) -> Subject | None:
        """Two figures of a subject that names two measures at once (汽车产销分别
        完成…和… -> 汽车产量, 汽车销量); the changes after them go with each."""
        for word, parts in self.vocab.paired_measures:
            at = subject.find(word)
            if at >= 0:
                owner = subject[:at] or self._pair_owner(subject)
                return self._measures(subject, tuple(owner + part + subject[at + len(word):]
                                                     for part in parts))
        return None

    def _pair_owner(self, subject: str) -> str:
        """The owner of a subject that opens with a pair word or one of its parts,
        from the sentence's subject before naming the pair or the other part
        (客车产销分别完成…，产量同比下降…，销量同比增长… -> 客车产量, 客车销量), else ""."""
        previous = self.state.subject
        if not self.state.subject_in_sentence or not previous:
            return ""
        sentence = self.text[self._sentence_start():self._clause_start]
        for word, parts in self.vocab.paired_measures:
            # (Only after the pair itself: not 其中统筹基金收入…；支出…, nor 个人住房贷款…，
            # 贷款余额….)
            if subject.startswith((word, *parts)) and word in sentence \
                    and not all(p in self.vocab.member_words for p in parts):
                at = min((i for w in (word, *parts) if (i := previous.find(w)) > 0), default=0)
                if at:
                    return previous[:at]
        return ""

    def _measures(self, subject: str, indicators: tuple[str, ...]) -> Subject:
        """Figures of a list, one measure each (no members); the changes after them
        go with each."""
        blank = ("",) * len(indicators)
        self._remember(subject, blank, subject_given=True)
        self.state.named[-len(indicators):] = [
            (indicator, "", unit) for indicator, unit
            in zip(indicators, self._figure_units, strict=True)]
        return Subject(indicators, blank)

    def _measures_listed(self, subject: str, count: int, predicate: str = "") -> Subject | None:
        """Figures of several measures of one owner (体育服务业总产出和增加值分别为…;
        规模以上服务业企业营业收入和利润总额分别为…): owner and measure each, no members."""
        text = self.clean(subject)
        pieces = [p for p in self.vocab.measure_list.split(text) if p]
        if count < 2 or len(pieces) != count:
            return None
        if (owned := _SHARE_OWNED.match(pieces[-1])) and owned.end() == len(pieces[-1]) \
                and not any("占" in p for p in pieces[:-1]) and all(
                    p.endswith((*self.vocab.measure_words, *self.vocab.measure_ends))
                    for p in (*pieces[:-1], owned["measure"])):
            # 运输费用、保管费用、管理费用占社会物流总费用的比重分别为…: the share in the
            # whole is each measure's, not the last one's alone.
            pieces = [p + pieces[-1][owned.end("measure"):] for p in pieces[:-1]] + pieces[-1:]
        if len(set(pieces)) == count and all(
                (p.endswith((*self.vocab.measure_words, *self.vocab.measure_ends))
                 or self.vocab.measure_noun_end.search(p)) and not self._is_measure_only(p)
                for p in pieces):
            # 事故起数、死亡人数、受伤人数分别下降…: each names a measure whole
            # (…分别占全市总量的…: and its share), of the owner the first names
            # where the others name none (生产安全事故起数、死亡人数).
            owner = self._entity(pieces[0], "") or ""
            owner = owner if owner != pieces[0] else ""
            return self._measures(text, tuple(
                self._joined(owner + self._per_head_of(pieces[0][len(owner):], p) + p
                             if k and self._measure_at(p) == 0
                             else (_owner_of_lead(pieces[0], p) or _owner_of_like_rate(
                                 pieces[0], p, self.vocab.parallel_heads)) + p if k else p,
                             predicate)
                for k, p in enumerate(pieces)))
        if not all(self._is_measure_only(p) or p in self.vocab.measure_ends for p in pieces[1:]):
            return None
        first = pieces[0]
        # (The owner may be left to the clause before: …发展势头良好，总产出和增加值分别为….)
        at = min((k for k in word_boundaries(first) if 0 <= k < len(first)
                  and first[k] not in "（(" and (  # an aside goes with the owner
                      self._is_measure_only(first[k:]) or first[k:] in self.vocab.measure_ends)),
                 default=-1)
        if at < 0:
            return None
        owner = first[:at].removesuffix("的")
        # (…资产总计和营业收入分别占全省的55.4%和44.5%: each measure's share.)
        return self._measures(text, tuple(self._joined(m, predicate) for m in (
            owner + first[at:],
            *(owner + self._per_head_of(first[at:], m) + m for m in pieces[1:]))))

    def _listed_before(self, figure: Figure) -> tuple[str, tuple[str, ...]] | None:
        """The measure and the members of figures written after their members,
        one figureless clause each, the first after the measure and 是/为/有."""
        before = self.state.members_before
        if figure.count < 2 or len(before) not in (1, figure.count) or not all(before):
            return None
        head, copula, first = max((before[0].rpartition(c) for c in self.vocab.list_copulas),
                                  key=lambda parts: len(parts[0]))
        # (依次为/分别是 name no measure: 省份有4个，依次为广东、…)
        head = head.removesuffix("依次").removesuffix("分别")
        measure = self.clean(self.vocab.ranking.sub("", self.vocab.ranked.sub("", head)))
        if measure and self.state.frame and self._measure_at(measure) < 0 \
                and self.vocab.ranking.search(head) and self._measure_at(self.state.frame) >= 0:
            # 跨省异地就医住院直接结算人次中，流入地排在前三位的依次为A、B、C，分别为…:
            # the ranking names what is ranked (流入地); the measure is the frame's
            # (not a frame of members: 分省份看，人均体育场地面积位居前三位的是…).
            measure = self.state.frame
        # (…占比最高，达30.4%；其次是A和B，分别占…: the next places name no measure.)
        if not copula or not first or not measure or self.vocab.next_in_rank.fullmatch(measure):
            return None
        if len(before) == 1:  # …居前3位的县（区）是东城区、西城区和南湖区，分别为…
            *others, last = split_top_level(first, "、")
            members = [*others, *self.vocab.enum_separator.split(last, maxsplit=1)]
            return (measure, tuple(members)) if len(members) == figure.count \
                and all(members) else None
        return measure, (first, *before[1:])

    def _members_opening(self, words: str, count: int, whole: bool = False) -> list[str] | None:
        """The ``count`` names a clause opens with, listed with 、 or 和, the last
        one ended by the count that closes the list (三个领域) or where a word ends
        as the first one does (人工髋关节和人工膝关节|接续采购后); ``whole``: the
        words are the list alone."""
        pieces = split_top_level(words.replace("》《", "》、《"), "、")  # (《A》《B》: titles)
        if len(pieces) == count - 1:
            pieces = [*pieces[:-1], *self.vocab.enum_separator.split(pieces[-1], maxsplit=1)]
        elif len(pieces) == 1 and count == 2:
            pieces = self.vocab.enum_separator.split(pieces[0], maxsplit=1)
        if len(pieces) != count:
            return None
        copula = max(pieces[0].rfind(c) for c in self.vocab.copulas)
        if copula > 0 and all(1 <= len(p) <= _MEMBER_LIMIT
                              for p in (pieces[0][copula + 1:], *pieces[1:])):
            # 主要污染指标为总磷、化学需氧量和氨氮，超标断面数分别为…: the list
            # closes the clause, after the copula that names what they are.
            return [pieces[0][copula + 1:], *pieces[1:]]
        if not all(2 <= len(p) <= _MEMBER_LIMIT for p in pieces[:-1]):
            return None
        *members, last = pieces
        closing = _CLOSING_COUNT.search(last)
        # (The last one ends as the first, in its last two characters or, where all
        # the others end alike, in that one: 长兴港、合溪新港和杨家浦港入湖….)
        tail = members[0][-2:] if len(members) == 1 or members[0][-2:] in last \
            else common_suffix(members)
        end = len(last) if whole else closing.start() if closing else (
            last.find(tail) + len(tail) if tail and tail in last else 0)
        if not closing and end not in word_boundaries(last):
            return None
        if not 2 <= end <= _MEMBER_LIMIT or any(self._measure_at(m) >= 0 for m in members):
            return None
        return [*members, last[:end]]

    def _member_alike(self, subject: str) -> tuple[str, str] | None:
        """Member and measure of a subject that names an area, then the measure
        areas named alike in a breakdown of its paragraph or the one before were given:
        从输入地看，在东部地区就业的农民工…。¶在京津冀地区就业的农民工… (more
        areas, of the same measure, where no frame is said again)."""
        state = self.state
        for measured in (state.measured, state.measured_before):
            for measure in {m for _, m in measured}:
                member = subject[:-len(measure)] if len(measure) >= 2 \
                    and subject.endswith(measure) else ""
                # (Areas all named alike, 东部地区、中部地区…: not the 地区 of 地区生产总值
                # after 宜昌、襄阳地区生产总值.)
                if 2 <= len(member) <= _AREA_MEMBER_LIMIT and (any(
                        member.endswith(head) and all(n.endswith(head) for n, m in measured
                                                      if m == measure)
                        for head in self.vocab.area_heads) or (
                        # (So places: 福田区、南山区投诉量分别为…；宝安区投诉量…; not
                        # a preposition's object, 对欧盟出口.)
                        tagged(member)[0][1] != "p"
                        and all(leading_place(n) == n or _REGION_NAME.fullmatch(n)
                                for n in (member, *(n for n, m in measured if m == measure))))):
                    return member, measure
        return None

    def _member_share(self, subject: str) -> tuple[str, str] | None:
        """The share and the member of a subject that names a member of the
        paragraph's breakdown, then its share: 0—14岁人口的比重 after 0—14岁人口…，
        占18.36% -> (人口比重, 0-14岁)."""
        share = self.vocab.share_of.search(subject)
        member = subject[:share.start()] if share else ""
        if not member or not self.state.member_of.get(member, "").endswith(("占比", "比重")):
            return None
        return share.group().replace("的", ""), member

    def _exceeds_total(self) -> bool:
        """Whether the figure, after a ； that may end the breakdown, would make
        the members add up to more than their total (by more than rounding).
        Members that already make up the total are one breakdown, and the figure
        may begin another (其中，城镇人口…，乡村人口…；男性人口…，女性人口…).
        Members in one run of commas may overlap (平原区…，山丘区…, with a
        重复计算量), so only the ； is judged; a figure above the total alone is
        no part of it after any mark."""
        state = self.state
        amount, total = self._figure_amount, state.total_amount
        # (Amounts are in the base unit: 1.86万人 and 2130人 compare.)
        if amount is None or total is None or total <= 0 \
                or self._figure_unit != state.total_unit \
                or self._figure_unit in self.rules.quantities.rate_points:
            return False
        if state.scope_members and amount > total * _ROUNDING \
                and self._figure_unit in self.rules.quantities.count_units \
                and not self.vocab.average.search(state.total or ""):
            # A later count above the whole alone is no part of it, whatever parts
            # the clause from the one before (扶持创业1.86万人，其中大学生2130人，创业
            # 带动就业7.42万人): 其中 reached only its own clause. (Not a rate or an
            # average, which a part may exceed: 农村孕产妇死亡率.)
            return True
        # Judging settles the sums too: a first member above the total shows that
        # total is not theirs, and members that make it up close one breakdown.
        if not state.scope_members and amount > total * _ROUNDING:
            state.total_amount = None
            return False
        if state.parts_sum * _ROUNDING >= total:
            state.parts_sum = Decimal(0)
        return state.outside_scope and state.parts_sum + amount > total * _ROUNDING

    def _whole_members_fit(self, end: int, earlier: bool = False) -> str:
        """The whole a breakdown opened without naming it (按人员类别分，… ending at
        ``end``) is of, where the paragraph named several in its members' unit: the
        one its members add up to within rounding (常住人口845.2万人，户籍人口…。按城乡
        分，城镇人口562.4万人，乡村人口282.8万人), else the only one that names a head
        its members end in (职工…参保人数，城乡居民…参保人数。按人员类别分，在职
        职工…，退休人员…); empty when nothing tells (the subject, the last, holds).
        ``earlier``: of the wholes of the paragraphs before, where the paragraph has no
        subject (党员总数为9918.5万名…¶（一）…¶从职业看，工人650.9万名，…), only the one
        three or more members add up to."""
        state = self.state
        wholes = {indicator: (unit, amount) for indicator, unit, amount in state.levels
                  if indicator in state.wholes}
        if earlier:  # (each whole's first figure: its parts' come after it)
            wholes = {}
            for indicator, unit, amount in self._wholes_before:
                wholes.setdefault(indicator, (unit, amount))
        if len(wholes) < (1 if earlier else 2):
            return ""
        kindred = self.rules.quantities.kindred
        scales = self.rules.quantities.scales
        members: list[tuple[str, str, Decimal, Decimal]] = []  # name, unit, amount, rounding
        rest, at = self.text[end:].partition("。")[0], 0
        for q in self.rules.quantity.finditer(rest):
            name = regex.split(r"[，,；;、：:]", rest[at:q.start()])[-1]
            at = q.end()
            if not q.group("unit") or self.vocab.compared.search(name) \
                    or q.group("qb") or q.group("qa"):
                continue  # (比上年增加…: a change, no member's level; 约, 以上: no sum)
            scale = scales.get(q.group("scale") or "", Decimal(1))
            number = Decimal(q.group("num").replace(",", ""))
            rounding = scale * Decimal(5).scaleb(number.as_tuple().exponent - 1)
            members.append((self.clean(name), kindred(q.group("unit")), number * scale,
                            rounding))
        units = {unit for _, unit, _, _ in members}
        if len(units) != 1:
            return ""
        unit = units.pop()
        fits = {i: amount for i, (u, amount) in wholes.items() if u == unit}
        if len(fits) < 2 and not (earlier and fits and len(members) >= 3):
            return ""
        # Each part and the whole are rounded: their sum may be off by the
        # rounding of them all (21.4万 + 304.1万 of 325.6万).
        total = sum(m[2] for m in members)
        slack = sum(m[3] for m in members) + max(m[3] for m in members)
        summed = [i for i, amount in fits.items() if abs(amount - total) <= slack] \
            if len(members) >= 2 else []
        if earlier:
            # (Not members that name the measure whole, 学前教育经费总投入…，义务教育
            # 经费总投入… of 全国教育经费总投入: each is its own indicator.)
            return summed[0] if len(summed) == 1 and not any(
                name[-2:] == summed[0][-2:] for name, _, _, _ in members) else ""
        if len(summed) == 1:
            return summed[0]
        heads = {h for name, _, _, _ in members for h in self.vocab.member_heads
                 if name.endswith(h)}
        headed = [i for i in fits if any(h in i for h in heads)]
        return headed[0] if len(headed) == 1 else ""

    def _members_complete(self) -> bool:
        """Whether the members named so far make up their total (城镇人口768.0万人，
        乡村人口201.7万人 of 969.7万人): a rate after them is the whole's
        (，城镇化率为79.2%), not the last member's."""
        state = self.state
        total = state.total_amount
        return total is not None and total > 0 and len(state.scope_members) >= 2 \
            and total / _ROUNDING <= state.parts_sum <= total * _ROUNDING

    def _measure_left_out(self, measure: str, raw: str) -> str | None:
        """The measure of the sentence's latest figure in this unit, where a parallel
        clause leaves out the rest of it: the object of its verb (12月份接报火灾7.1万起；
        7月份接报4.2万起 -> 接报火灾) or all but the 的 before its noun (…引发的火灾
        17.2万起，占…；用火不慎引发的12.8万起 -> 火灾; not the share between them)."""
        named = (self._named_in(self._figure_unit) or ("", ""))[0]
        if measure and len(named) > len(measure) and named.startswith(measure) \
                and self._measure_at(measure) < 0:
            return named
        head = named.rpartition("的")[2]
        if not measure and raw.rstrip().endswith("的") and 2 <= len(head) < len(named):
            return head
        return None

    def _named_in(self, unit: str) -> tuple[str, str] | None:
        """The indicator and dimension of the sentence's latest figure in ``unit``."""
        return next(((indicator, dimension) for indicator, dimension, named_unit
                     in reversed(self.state.named) if named_unit == unit), None)

    def _remember(self, indicator: str, dimensions: tuple[str, ...],
                  subject_given: bool) -> Subject:
        state = self.state
        if subject_given and not any(dimensions) and state.levels \
                and _PER_UNIT_ONLY.fullmatch(indicator) and "的" not in indicator \
                and self._measure_at(indicator) < 0 \
                and state.levels[-1][1] == self._figure_unit \
                and self._figure_unit in self.rules.quantities.count_units:
            # 备案社区社会组织12846个，平均每个城乡社区8.6个: the noun counted before,
            # in the same unit, is what each unit has.
            indicator += state.levels[-1][0]
        if subject_given and state.outside_scope and not any(dimensions) \
                and state.frame is None:
            # …其中统筹基金支出…；个人账户收入…: a subject of its own after the
            # ； ends the breakdown; what follows goes with it. (A frame, 主要
            # 工业产品产量中，…, holds for its whole sentence.)
            state.total, state.outside_scope = None, False
        if subject_given:
            state.one_subject = state.one_subject is None or (
                state.one_subject and indicator == state.subject)
            # (农村居民平均每百户拥有家用汽车…，摩托车…: the owner goes on with it.)
            per_capita = self.vocab.per_capita.search(indicator)
            state.per_capita = indicator[:per_capita.end()] \
                if per_capita and self._figure_unscaled else ""
            state.subject = indicator
            state.dimension = dimensions[0] if len(dimensions) == 1 else ""
            state.unit, state.amount = self._figure_unit, self._figure_amount
            if not any(dimensions) and state.total is None:
                state.by_unit[self._figure_unit] = indicator
                state.wholes.add(indicator)
            state.subject_in_sentence = True
            if self._figure_is_level and not self.vocab.average.match(indicator) \
                    and not self.vocab.per_capita.match(indicator):
                # (Not 日均受理…, 每百万人口平均报告数: an average is no total of parts.)
                state.level = (indicator, self._figure_unit)
                state.level_amount = self._figure_amount
                if self._figure_amount is not None:
                    state.levels.append((indicator, self._figure_unit, self._figure_amount))
            # Figures of a list count one each, with or without members (累计发放
            # 个人住房贷款168.43万笔、4893.75亿元，贷款余额…，分别增加6.22%、9.30%、
            # 5.88%; 城镇、农村居民人均可支配收入分别达到…元、…元，增长8.6%、10.4%).
            state.named += [(indicator, dimension, unit) for dimension, unit
                            in zip(dimensions, self._figure_units, strict=False)]
            state.member_of.update((d, indicator) for d in dimensions if d)
            state.member_unit.update((d, u) for d, u in zip(
                dimensions, self._figure_units, strict=False) if d)
            state.measured.update((d, indicator) for d in dimensions if d)
        state.last = (indicator, dimensions[-1])
        state.last_clause = self._clause_start
        return Subject((indicator,) * len(dimensions), dimensions)

    def _aside(self, figure: Figure, start: int) -> Subject:
        """A figure inside brackets after another is a part of that one: its member
        (中成药1336个（含民族药95个）), or its share (医院33.8万张（占79.3%）)."""
        owner_indicator, owner_dimension = self.state.last
        inner = self.text[start:figure.start]
        # Parts of an aside are its clauses (（其中：资助参保1.1亿元，直接救助2.1亿元）).
        inner = inner[max(inner.rfind(mark) for mark in "，；,;") + 1:]
        words = self._strip_edges(self._since_last_figure(inner))
        if words in self.vocab.restating_words:
            # 120亿斤（合600万吨）: the same figure in another unit
            return Subject((owner_indicator,), (owner_dimension,))
        if words == "占" and self._share_after_name(start):
            words = ""  # (the member's share: the caller names it a share)
        if words.startswith(self.vocab.predicate_starts):
            return Subject((self._joined(owner_indicator, _share(words)),), (owner_dimension,))
        member = self.clean(words)
        if not member:  # 依次为广东（4802.6亿元）、江苏（4212.3亿元）: the name before it,
            # a member of what the clause names before 为 if it does.
            named = self.vocab.name_before_bracket.search(self.text, max(0, start - 20),
                                                          start - 1) \
                or _NAME_OPENING_SENTENCE.search(self.text, max(0, start - 20), start - 1)
            member = self.clean(named.group("name")) if named else ""
            if member and not self._figure_unit and self._measure_at(member) >= 0:
                # 甲类消费物价指数（104.05）及乙类消费物价指数（104.63）分别上升…: a level
                # without a unit after a measure's name is that measure's (an index's),
                # no member of the measure before.
                return Subject((member,), ("",))
            lead_start = self._clause_start
            if self.text[lead_start - 1:lead_start] in ("：", ":"):
                # (…较高的产品有：电动自行车（27.7%）: the lead is the clause before the ：)
                lead_start = start_after(self.text, lead_start - 1, _LEAD_STARTS)
            lead = self.vocab.list_lead.match(self.text, lead_start, start)
            measure = self.clean(self.vocab.ranking.sub("", lead.group("measure"))) if lead else ""
            if lead and member and (after := self.clean(self.text[lead.end():start - 1])) \
                    and len(after) < len(member) and member.endswith(after):
                # 运动项目依次为健步行（42.7%）: the member is the name after the lead, none
                # of the lead's words.
                member = after
            if lead and not measure and self.vocab.ranking.search(lead.group("measure")) \
                    and not (owner_dimension and self._figure_unit == self.state.unit):
                # 商品类投诉中，排名前三的分别是：家居用品（9.86万件）…: the ranking is
                # within the breakdown the clause before opens (not after a member ranked
                # in the same unit: …浓度最低的是信阳市（27微克/立方米），最高的是安阳市
                # （49微克/立方米）, the same measure).
                measure = self.state.frame or ""
            if member and owner_dimension and self.state.last_clause == self._clause_start:
                # 依次为广东（42.86万个）、山东（36.12万个）: the next of the clause's list.
                return self._remember(owner_indicator, (member,), subject_given=True)
            if member and owner_dimension and not lead and self._figure_unit == self.state.unit \
                    and self.text[self._clause_start - 2:self._clause_start] in _LIST_COMMA:
                # 集中在制造业（28.64%），信息传输、软件和信息技术服务业（17.92%）: a list
                # parted by ， goes on; the clause is the member, whole with its 、.
                whole = self.clean(self.text[self._clause_start:start - 1])
                if whole and len(whole) <= _AREA_MEMBER_LIMIT * 2 and not _DIGIT.search(whole):
                    return self._remember(owner_indicator, (whole,), subject_given=True)
            if not lead and (rated := self._rate_after_list(start, owner_indicator)):
                # 其中，海南（17.8%）、西藏（15.5%）等10个省份增速超过…: each member's
                # rate of the measure the clause before named (全社会用电量增速); the
                # first member opens the clause.
                member = member or self.clean(self.text[self._clause_start:start - 1])
                if member and len(member) <= _MEMBER_LIMIT and not _DIGIT.search(member):
                    return self._remember(rated, (member,), subject_given=True)
            # (What a ranking is by is a measure, named so or not: 拥有量排名前三位的省市.)
            ranked = bool(lead and self.vocab.ranking.search(lead.group("measure")))
            # (A lead that names its list before a ： (以下行业：) names its measure too.)
            # (Nor does a measure given in a sentence before stand for the lead's:
            # 市民平均每周运动2.9次。市民最常参与的运动项目依次为健步行（42.7%）.)
            if member and measure and (not owner_indicator or ranked
                                       or self.state.last_clause < self._sentence_start()
                                       or self._measure_at(measure) >= 0
                                       or lead.group().endswith(("：", ":", *_SPREAD_OVER))) \
                    and not self.vocab.next_in_rank.fullmatch(measure):
                return self._remember(measure, (member,), subject_given=True)
            if member and owner_indicator and lead and (
                    not measure or self.vocab.next_in_rank.fullmatch(measure)):
                # …最高的是舟山市（29.62%），其次是湖州市（27.35%），最低的是杭州市
                # （22.18%）: the next in a ranking, of the same measure. After a count
                # of the members a bound picks, in another unit (…超过千亿元的省（市）
                # 有11个，分别为广东（4411.9亿元）), the measure the bound is on.
                picked = self.vocab.picked_by.fullmatch(owner_indicator)
                if picked and self._figure_unit != self.state.unit:
                    return Subject((picked.group("measure"),), (member,))
                return Subject((owner_indicator,), (member,))
        told = _TOLD_AFTER.match(self.text, figure.end) if not member else None
        if told and (own := self.clean(told.group("words"))):
            # 实际监测158个（2个断面断流）: words after the figure, to the bracket's end,
            # say what it counts; a measure of its own, no restatement.
            return self._remember(own, ("",), subject_given=True)
        if not member:  # 夏粮产量2692.0万吨（538.4亿斤）: the same figure in another unit
            return Subject((owner_indicator,), (owner_dimension,))
        if self.text[:start - 1].endswith("以" + member) \
                and (named := _LIST_THEN_WEI.match(self.text, start)):
            # 以英国（42.3%）、美国（21.5%）及澳洲（13.8%）为主要目的地: the measure is
            # what the list is 为, after it.
            measure = self.clean(named.group("measure"))
            if measure:
                return self._remember(measure, (member,), subject_given=True)
        if owner_dimension and not figure.comparison \
                and _OWN_LEVELS_THEN_EACH.match(self.text, start) \
                and _OWN_LEVELS_LISTED.fullmatch(self.text, self._sentence_start(), start):
            # …其中個人遊旅客(…)上升9.3%。香港旅客(588,209人次)及台灣旅客(81,452人次)分別
            # 上升…: members written with their levels, opening a sentence after a part
            # (其中…), are siblings of the part's whole, not parts of the part: of the
            # whole's own whole if it was a member (入境旅客), else of the whole unless
            # the whole was written as they are (中國內地旅客(…)…, or after 按客源地統計，: a
            # sibling; no owner).
            if owner_indicator in self.state.member_of:
                return Subject((self.state.member_of[owner_indicator],), (member,))
            before = start_after(self.text, self._sentence_start() - 1, "。\n")
            if _NAME_WITH_OWN_LEVEL.match(self.text, before, self._sentence_start()):
                return Subject((member,), ("",))
            return Subject((owner_indicator,), (member,))
        return Subject((owner_dimension or owner_indicator,), (member,))

    def _first_of_list(self, subject: str, total: str) -> int:
        """Where the member begins in a subject whose figure a 、 and another
        member with a figure in the same unit follow (并网风电装机7982万千瓦: short,
        no measure), after the tally it shares with the total (新增); else -1."""
        figure = self.rules.quantity.match(self.text, self._figure_start)
        if not figure or not self.text.startswith("、", figure.end()):
            return -1
        after = self.text[figure.end() + 1:figure.end() + 1 + _SUBJECT_REACH]
        nxt = self.rules.quantity.search(after)
        if not nxt or not nxt.group("num") or nxt.group("unit") != figure.group("unit"):
            return -1
        name = self.clean(after[:nxt.start()])
        if not name or len(name) > 8 or self._measure_at(name) >= 0 or _DIGIT.search(name):
            return -1
        # (Only a tally the total opens with too: 生育|及计划生育津贴 shares 生育 by chance.)
        tally = self.vocab.tally.match(subject)
        lead = tally.end() if tally and total.startswith(tally.group()) else 0
        return lead if self._measure_at(subject[lead:]) < 0 else -1

    def _rate_after_list(self, start: int, owner: str) -> str:
        """The rate (增速) or share (占比) named after a list of members with their
        figures in brackets that opens at start, of the owner's measure: the noun
        the words after count is no part of it (31个省份全社会用电量均实现正增长，
        其中，海南（17.8%）…等10个省份增速… → 全社会用电量增速); else ""."""
        listed = _LIST_TAIL.match(self.text, start)
        if not listed or self._figure_unit != "%":
            return ""
        tail = listed.group("tail")
        words = sorted((*self.rules.quantities.growth_measures, *self.vocab.rate_words,
                        *self.vocab.share_words), key=len, reverse=True)
        word = next((w for w in words if w in tail), "")
        if not word:
            return ""
        noun = self.clean(tail[:tail.find(word)]).removeprefix("等")
        measure = owner.removeprefix(noun) if noun else owner
        return self._joined(self._lead_measure(measure) or measure, word)

    # --- helpers ---------------------------------------------------------------------

    def clean(self, text: str, keep_numbers: bool = False) -> str:
        """A subject without fillers of time, place and asides, nor the words
        that lead into or out of it (其中, 为, 达到 ...)."""
        key = (text, keep_numbers)
        if key not in self._cleaned:  # the same clauses recur (比上年增长…)
            if text.endswith("汇率") and (rate := _RATE_USED.search(text)):
                text = rate.group("rate")
            cleaned = self._from_agent_total(self._strip_edges(text, keep_numbers))
            while True:
                before = cleaned
                cleaned = self._strip_words(cleaned).strip(_EDGE_PUNCTUATION)
                if cleaned == before:
                    break
            for closing, opening in _QUOTE_PAIRS.items():
                close = cleaned.find(closing)
                if close > 0 and opening not in cleaned[:close]:
                    cleaned = opening + cleaned  # “三公”经费: the edges took the opening quote
            per_unit = self._per_unit_at(cleaned)
            if per_unit > 0:  # 收购价格为每50公斤: the copula goes, the measure's unit stays
                cleaned = self._strip_words(cleaned[:per_unit]) + cleaned[per_unit:]
            if cleaned.startswith("每") and (goods := self.rules.quantities.per_goods_unit) \
                    and goods.fullmatch(cleaned):
                # A price's unit of the goods alone (…最低，为每公斤15.62元): no measure;
                # the clause goes on with the one before, as after a bare 为.
                cleaned = ""
            self._cleaned[key] = cleaned
        return self._cleaned[key]

    def _from_agent_total(self, text: str) -> str:
        """``text`` after the 共 that ends the agent of a tally, if any: who counted is
        no part of what (消防救援队伍共接报火灾 -> 接报火灾)."""
        if not any(mark in text for mark in (*self.vocab.agent_totals, *self.vocab.having_verbs)):
            return text  # (most have none)
        at = 0
        for (word, _), (after, _) in pairwise(tagged(text)):
            if not text[:at].endswith(self.vocab.agent_heads) or not _HAN.match(after):
                pass
            elif word in self.vocab.having_verbs or (
                    word[:1] in self.vocab.agent_totals and word[1:] in self.vocab.having_verbs):
                # 全行业拥有各类营业网点, 法院共有员额法官: what a body has is its own
                # (全行业各类营业网点); only the verb goes.
                return text[:at] + text[at + len(word):]
            elif word in self.vocab.agent_totals and after not in self.vocab.cause_verbs \
                    and after not in self.vocab.having_verbs:
                rest = text[at + len(word):]
                # (支付系统共处理支付业务: a body named for the business it handles
                # counts its own business, which is the figure's; only 共 goes.)
                named_for = [w for w in _words(text[:at]) if len(w) >= 2
                             and w not in self.vocab.agent_heads]
                return text[:at] + rest if named_for and any(
                    named_for[-1] + m in rest for m in self.vocab.measure_word_modifies) \
                    else rest
            at += len(word)
        return text

    def _places_in_parallel(self) -> bool:
        """Whether the clause's sentence sets places side by side with 在 (其中在全国
        复制推广84项、在广东省复制推广78项): 全国 is then a member, no filler."""
        start = max(0, self._clause_start)
        end = self.text.find("。", start)
        return bool(_PARALLEL_AT.search(self.text, start,
                                        end if end >= 0 else len(self.text)))

    def _strip_edges(self, text: str, keep_numbers: bool = False) -> str:
        """Text without fillers of time, place and asides, nor figures."""
        text = _EMPTY_BRACKETS.sub("", self.vocab.fillers.sub("", text))
        text = self._before_stop(text)
        if self._places.search(text):  # whole words only: not the 中国 of 其中国家级
            # After 占 a place is what the share is of (占全省粮食总产量的23.1%);
            # after a move, where to or from (户口迁出本市或出境定居).
            # Nor in a quoted name (“平山发布”微信公众号), nor 内地/大陆/区内 after
            # a name they narrow (中國內地旅客: visitors from the mainland), nor
            # before people they say the origin of (內地旅客).
            bounds = word_boundaries(text)
            quoted = [m.span() for m in _QUOTED.finditer(text)]
            text = self._places.sub(
                lambda m: "" if m.start() in bounds and m.end() in bounds
                and not text[:m.start()].endswith(self.vocab.predicate_starts)
                and not text[:m.start()].endswith(self.vocab.moved_to_verbs)
                and not (text[:m.start()].endswith("在") and (
                    (m.group()[0] not in "全我本当" and self._staying_at(text, m.end()))
                    or self._places_in_parallel()))
                and not (m.group()[0] not in "全我本当" and m.group() in self.vocab.place_words
                         and m.start() and _HAN.match(text, m.start() - 1))
                and not any(s < m.start() < e for s, e in quoted)
                and not (self.vocab.facility_name.match(text, m.end())
                         and m.group()[0] not in "全我本")
                and not (m.group()[0] not in "全我本当" and m.group() in self.vocab.place_words
                         and text.startswith(self.vocab.origin_heads, m.end()))
                and not (m.group()[0] not in "全我本当"
                         and self.vocab.origin_of_people.match(text, m.end()))
                else m.group(),
                text)
        if not keep_numbers:
            if cities := self.vocab.counted_cities.match(text):
                text = text[cities.end():]  # 全年16市细颗粒物…浓度: the cities it is taken over
            if _DIGIT.search(text):  # (a quantity has a digit)
                kept = [m.span() for m in self.vocab.subject_numbers.finditer(text)]
                # 500万至1000万的特大城市: a range goes whole, its 至 and the 的 after it too.
                # (Not a range the name keeps: 15-59岁人口.)
                spans = [m.span() for m in self.rules.quantity.finditer(text) if m.group("num")]
                joins = [(end, start) for (_, end), (start, _) in pairwise(spans)
                         if self.vocab.range_join.fullmatch(text, end, start)
                         and not any(s <= end <= e for s, e in kept)]
                for end, start in reversed(joins):
                    text = text[:end] + text[start:]
                if joins:
                    kept = [m.span() for m in self.vocab.subject_numbers.finditer(text)]
                if joins and joins[0][0] == spans[0][1] and spans[0][0] == 0 and not kept:
                    text = self.rules.quantity.sub("", text, count=2).removeprefix("的")
                text = self.rules.quantity.sub(
                    lambda m: m.group() if not m.group("num") or any(
                        s <= m.start() < e for s, e in kept) else "", text)
            # 比上年（180.92万人）增加: the period compared with is no subject.
            text = self.rules.basis.sub("", _EMPTY_BRACKETS.sub("", text))
            if text.endswith("的"):
                # 但仍较2019年的18,000澳门元低5.6%: the period gone as a filler and
                # its value as a figure, the 较…的 left names nothing.
                text = _COMPARED_LEFT.sub("", text)
        return text.strip(_EDGE_PUNCTUATION)

    def _staying_at(self, text: str, at: int) -> bool:
        """Whether a verb of where people are, then 的 or the end, follows at
        (在香港|工作的毕业生: the place names the class)."""
        verb = next((v for v in self.vocab.staying_verbs if text.startswith(v, at)), "")
        return bool(verb) and text[at + len(verb):at + len(verb) + 1] in ("的", "")

    def _before_stop(self, text: str) -> str:
        """A subject ends before a stop word standing as a word (由…增加到)."""
        for stop in self.vocab.subject_stops:
            at = text.find(stop)
            while at > 0:
                if at in word_boundaries(text) and at + len(stop) in word_boundaries(text) \
                        and not _STEP_SPAN.match(text, at):
                    return text[:at]
                at = text.find(stop, at + 1)
        return text

    def _since_last_figure(self, before: str) -> str:
        """The words after an earlier figure of the clause that a list separator
        closes (定点医疗机构662家、定点药店 -> 定点药店). Breakdowns with 分别
        keep their labels (0-17岁、18-34岁……分别为)."""
        if _RESPECTIVELY in before:
            return before
        last = self._last_quantity(before)
        if last and not self.vocab.list_separator_at_start.match(before, last.end()):
            # (A number in a member's bracketed aside is no figure of the list:
            # 幼儿（3至6岁）1,562人、儿童青少年（7至22岁）3,018人; the last is 1,562人.)
            masked = masked_asides(before)
            if masked[last.start()] == " ":
                last = self._last_quantity(masked) or last
        if last:
            separator = self.vocab.list_separator_at_start.match(before, last.end())
            if separator and _PERIOD_LIST.match(before, last.start()) \
                    and not before[:last.start()].strip(_EDGE_PUNCTUATION):
                return before  # (7、8月份用电量: months, the unit written once)
            if separator and (not separator.group("measure") or self._is_measure_only(
                    separator.group("measure"), self.vocab.owned_measure_set)):
                return before[separator.end():]
        return before

    def _member_after_copula(self, subject: str) -> tuple[str, str] | None:
        """A measure, 为, and the group it is given for (筹资标准为|成年人); not a
        unit it is per (申诉率为|每百万件快件)."""
        at = subject.rfind("为")
        member = subject[at + 1:]
        # (不合格发现率为零的产品有17种: 为…的 is a clause that picks out the noun
        # after it, what is counted, no group of the measure.)
        if at < 2 or not 2 <= len(member) <= _MEMBER_LIMIT or member.startswith("每") \
                or "的" in member or self._measure_at(member) >= 0 or not (
                    subject[:at].endswith(self.vocab.measure_words)
                    or self.vocab.extreme_end.search(subject, 0, at)):  # 年降水量最大点为黄山站
            return None
        bounds = word_boundaries(subject)
        return (subject[:at], member) if at in bounds and at + 1 in bounds else None

    def _trailing_member(self, subject: str) -> tuple[str, str] | None:
        """A measure and the group it is given for after it (支付比例|在职职工)."""
        for word in (*self.vocab.member_words, *self.vocab.member_heads):
            if len(word) < 2 or not subject.endswith(word):
                continue
            for measure in self.vocab.measure_words:
                at = subject.rfind(measure, 0, len(subject) - len(word))
                end = at + len(measure)
                if at > 0 and len(subject) - end >= 2 and end in word_boundaries(subject) \
                        and (member := subject[end:]) and self._measure_at(member) < 0:
                    return subject[:end], member
        return None

    def _last_quantity(self, text: str) -> regex.Match[str] | None:
        """The last quantity with a number in ``text``, if any; not a number that
        is part of a name (5G基站1125个、4G基站: the last is 1125个)."""
        if not _DIGIT.search(text):  # (a number has a digit: most texts before a figure have none)
            return None
        names = [m.span() for m in self.vocab.subject_numbers.finditer(text)]
        last = None
        for m in self.rules.quantity.finditer(text):
            if m.group("num") and not any(s <= m.start() < e for s, e in names):
                last = m
        return last

    def _names_count_before(self, before: str, figure: Figure) -> bool:
        """Whether ``before`` is a count in the figure's unit, its noun and a
        conjunction (30个DRG付费试点城市和 before 71个…)."""
        last = self._last_quantity(before)
        if last is None or (last.group("unit") or "") != figure.unit:
            return False
        words = before[last.end():]
        return bool(self.vocab.count_noun_and.fullmatch(words))

    def _strip_words(self, text: str) -> str:
        if not text:
            return text
        # (The words' bounds only where a lead or trail word stands: most texts have none.)
        lead = self.vocab.lead_words.match(text)
        if lead and not _HAS_LIST.match(text, lead.end() - 1):
            cut = max((i for i in word_boundaries(text) if 0 < i <= lead.end()), default=0)
            if cut:
                return text[cut:]
        trail = self.vocab.trail_words.search(text)
        if trail:
            cut = min((i for i in word_boundaries(text) if trail.start() <= i < len(text)),
                      default=len(text))
            if cut < len(text):
                return text[:cut]
        return text

    def _split_respectively(self, before: str) -> tuple[str, str | None]:
        """``A、B参保人数分别占参保总人数的`` -> (``A、B参保人数``, ``占参保总人数的``)."""
        if _RESPECTIVELY not in before:
            return before, None
        subject, _, predicate = before.rpartition(_RESPECTIVELY)
        return subject, predicate

    def _member_list(self, subject: str, count: int) -> tuple[list[str], str] | None:
        """Split ``三级、二级、一级医疗机构的次均住院费用`` into members and the rest."""
        # (《人民日报》《光明日报》发行量分别为…: titles written one after another are
        # listed as 、 lists names; so are quoted names, 「粤省事」「粤商通」等平台….)
        subject = regex.sub(r"([》」”])(?=[《「“])", r"\1、", subject)
        text = self.clean(subject, keep_numbers=True) if count else subject
        years = subject.strip(_EDGE_PUNCTUATION)
        if count >= 2 and not text and _YEAR_LIST.fullmatch(years):
            text = years
        text = _BRACKETED_FIGURE.sub("", text)  # (its member's own figure, no name)
        # (A list a copula opens, 依次为广东、福建，分别为…: the copula names nothing.)
        text = self.vocab.list_opening.sub("", text)
        if (framed := self.vocab.main_list.fullmatch(text)
                or self.vocab.ranked_list.fullmatch(text)) \
                and (parsed := self._member_list(framed.group("list"), count)):
            return parsed[0], self.clean(framed.group("lead")) or parsed[1]
        if text.startswith("各"):
            return None  # 各区、县（市）…在85.2%～92.1%之间: each of them, no list
        ranged = self._ordinal_range(text, count)
        if ranged:
            return ranged
        listed = _PERIOD_LIST.match(subject.lstrip(_EDGE_PUNCTUATION))
        if listed and len(numbers := _LIST_MARK.split(listed.group("numbers"))[:-1]) + 1 == count:
            # 7、8月份城乡居民生活用电量分别增长…; 一、二季度…: periods listed with their
            # unit written once, after the last; each is a month (quarter) of its own.
            unit = "月" if listed.group("unit").startswith("月") else listed.group("unit")
            # (Periods alone go on below, as members of the measure before.)
            if rest := self.clean(subject.lstrip(_EDGE_PUNCTUATION)[listed.end():]):
                return [self.vocab.period_unit.sub("", n) + unit
                        for n in (*numbers, listed.group("last"))], rest
        pieces = _one_name_too_many(split_top_level(text, "、"), count)
        if len(pieces) >= count >= 2 and "业" in text and (
                len(pieces) > count or not all(p.endswith("业") for p in pieces[:-1])):
            pieces = _industries_listed(text, count) or pieces
        if len(pieces) == count - 1 and pieces:
            last = self.vocab.enum_separator.split(pieces[-1], maxsplit=1)
            if len(last) == 2:
                pieces = [*pieces[:-1], *last]
        elif len(pieces) == 1 and count == 2:
            pieces = self.vocab.enum_separator.split(pieces[0], maxsplit=1)
        if len(pieces) != count or count < 2:
            return None
        *members, last = (p.strip(_EDGE_PUNCTUATION) for p in pieces)
        last_member, rest = self._close_list(last, members)
        members.append(last_member)
        members[0], prefix = self._open_list(members[0], members[1:])
        if members[0].startswith("以") and last.startswith("为目的", len(last_member)):
            members[0] = members[0][1:]  # (以旅游观光、商务活动为目的的: the frame's 以)
        if not all(members):
            return None
        members = _shared_parts(members, self._member_head(last_member),
                                (*self.vocab.member_heads, *self.vocab.group_heads))
        if len(last_member) >= 3 and all(len(m) == 1 for m in members[:-1]) \
                and last_member.startswith(self.vocab.shared_affixes, 1):
            # 东、中、西部地区; 大、中、小型企业: one-character modifiers share the
            # last member's affix and head.
            members = [m + last_member[1:] for m in members[:-1]] + [last_member]
        heads = self._tier_heads
        tier = self._tier_opening(members[0], heads) if not prefix else ""
        if tier and all(not any(h in m for h in heads)
                        and len(common_suffix([members[0], m])) >= 2 for m in members[1:]):
            # 三线城市新建商品住宅和二手住宅销售价格分别…: the tier is of each member.
            members = [members[0], *(tier + m for m in members[1:])]
        rest = self.clean(rest)
        if (group := _COUNTED_GROUP.search(last)) and group.group("noun") == rest \
                and self._measure_at(rest) < 0 and not self._names_measure(rest):
            # 前海、南沙、横琴三个片区分别为…: the count of the members and the group
            # they make (片区) close the list; no measure, the members' is the one before.
            rest = ""
        if prefix and rest.startswith(prefix):
            prefix = ""  # (网民中10-19岁、20-29岁网民占比: the whole said again)
        if rest and not prefix and (frame := self.state.frame) and self._measure_at(rest) < 0 \
                and not self._names_measure(rest) and not self.vocab.measure_noun_end.search(rest) \
                and (self._measure_at(frame) >= 0 or self.vocab.measure_noun_end.search(frame)):
            # 在实物商品网上零售额中，吃类、穿类和用类商品分别增长…: under a frame that names
            # a measure, a shared head that names none (商品) is the members' kind; the
            # figures are of the frame's measure.
            rest = ""
        if rest or prefix:
            return members, self._joined(prefix, rest)
        # Members alone: of the measure the sentence just gave in the same unit
        # (支付比例为85.2%，三级、二级、一级及以下医疗机构分别为83.9%、…), else the
        # list is what is measured.
        state = self.state
        if state.frame and self.vocab.measure_noun_end.search(state.frame) \
                and state.frame not in (state.total or ""):
            # 从每万人诉求量看，福田区、南山区分别为…: a frame that names a measure
            # looks at it; the members alone are of it.
            return members, state.frame
        if state.frame and state.total and state.frame in state.total:
            # 农业经营单位中，东部地区、中部地区…分别为…: of the whole the frame
            # names (not of 按行政等级分, which names the breakdown).
            return members, state.total
        # (Not members that are averages, 次均住院救助、门诊救助分别为…元: after
        # 支出431.7亿元 they are no parts of it.)
        of_sentence = state.subject_in_sentence and not self.vocab.per_case.match(members[0])
        # (Or their growth in %, whatever its unit: 平均年降水量642.8毫米，比多年平均值
        # 偏少0.9%。其中，海河区、辽河区分别偏多18.6%、5.3%.)
        if of_sentence and state.subject and (state.unit == self._figure_unit or (
                not self._figure_is_level
                and self._figure_unit in self.rules.quantities.growth_units)):
            return members, ""
        # 水产品产量超过300万吨的省份有4个，依次为广东、…，分别为894.14万吨、…: a count
        # came between; the measure is the one the sentence gave in this unit.
        # (杭州市上市公司数量最多，达214家；绍兴市、台州市分别有85家和71家: or the
        # measure a member of the same kind was given in this unit.)
        measure = next((i for i, d, u in reversed(state.named)
                        if u == self._figure_unit and d not in members), "") \
            if of_sentence and self._figure_unit else ""
        return members, measure or "、".join(members)

    def _list_of_each(self, text: str) -> tuple[list[str], str] | None:
        """``南充、达州、宜宾3个市生猪出栏`` (before 均) -> the members and the measure
        they share, if the list names one."""
        pieces = len(split_top_level(self.clean(text, keep_numbers=True), "、"))
        for count in (pieces + 1, pieces):
            parsed = self._member_list(text, count)
            # (Not a bare share, 新能源公交车、巡游出租车占比均超过95%: no measure of its own.)
            if parsed and parsed[1] and parsed[1] != "、".join(parsed[0]) \
                    and parsed[1] not in (*self.vocab.rate_words, *self.vocab.share_words):
                return parsed
        return None

    def _ordinal_range(self, text: str, count: int) -> tuple[list[str], str] | None:
        """一类至四类地区月最低工资标准 with four figures -> members 一类地区 … 四类地区
        and the rest; a head noun after the range (地区) goes with each member."""
        m = self.vocab.ordinal_range.search(text)
        if not m or (m.group("noun") and m.group("noun") != m.group("noun2")):
            return None
        first, last = _NUMERALS.index(m.group("first")), _NUMERALS.index(m.group("last"))
        if last - first + 1 != count or count < 2:
            return None
        rest = text[m.end():]
        head = next((h for h in (*self.vocab.list_heads, *self.vocab.member_heads)
                     if rest.startswith(h)), "")
        members = [f"{m.group('pre')}{_NUMERALS[k]}{m.group('noun2')}{head}"
                   for k in range(first, last + 1)]
        return members, self.clean(self._joined(text[:m.start()], rest[len(head):]))

    def _comma_members(self, subject: str, count: int) -> tuple[list[str], str] | None:
        """Under a frame or 其中, the members of a list written one clause each, the
        last one before the measure (分行业看，批发和零售业，住宿和餐饮业生产指数分别增长…)."""
        before = self.state.members_before
        if count < 2 or len(before) != count - 1 or not all(before) or (
                self.state.frame is None and self.state.total is None):
            return None  # under 分行业看, 其中 and the like only
        if self.text[self._clause_start - 1:self._clause_start] == "；" \
                or any(tagged(b)[-1][1] == "v" for b in before):
            # (…，继续保持扩张；中、小型企业PMI分别为…: a clause that says what a figure
            # did, ending in a verb or before a ；, is no member named alone.)
            return None
        # (The last ends as the others do: …，住宿和餐饮业，文化、体育和娱乐业|净利润.)
        last, rest = self._close_list(self.clean(subject), before)
        if not rest and last.endswith("业") and all(b.endswith("业") for b in before) \
                and self.text.startswith(last, self._clause_start):
            # …；居民服务、修理和其他服务业，交通运输、仓储和邮政业分别增长8.9%和6.1%:
            # industries one clause each, the measure said before them.
            return [*before, last], ""
        return ([*before, last], rest) if rest else None

    def _close_list(self, last: str, others: list[str] | None = None) -> tuple[str, str]:
        """Cut the last member of a list from the words after it; where the
        other members end alike (鄞州区、北仑区), it ends as they do."""
        periods = self.vocab.period_member
        period = periods.match(last)
        if others and period and period.end() < len(last) \
                and all(periods.fullmatch(o) for o in others):
            return last[:period.end()], last[period.end():]  # (前三季度和全年|电信业务收入…)
        state = self.state
        if others and state.subject_in_sentence and (before := [
                i for i, _, _ in state.named if i and not i.startswith(last)]):
            # 按制式分，地铁运营里程…；市域快轨、有轨电车、轻轨运营里程分别为…: the
            # measure the sentence named before (…运营里程) ends the list the same;
            # the members end where it begins, not at a shorter measure word (里程).
            size = max(len(common_suffix([last, i])) for i in before)
            while size >= 2 and len(last) - size not in word_boundaries(last):
                size -= 1
            measure = last[len(last) - size:]
            # (Not into the kind the members end alike: 纺织工业、机械工业产值 after
            # 食品工业产值, the measure 产值, not 工业产值.)
            kind = any(all(o.endswith(measure[:k]) for o in others) for k in range(1, size))
            # (Nor where a closer, 的, parts member and measure itself: …（含未定级）的
            # 次均…, 平板电脑上网的比例.)
            kind = kind or bool(self.vocab.list_closers.search(last))
            if size >= 2 and len(last) - size >= 2 and not kind and (
                    self._measure_at(measure) >= 0 or measure.endswith(self.vocab.measure_ends)):
                return last[:-size], measure
        closer = self.vocab.list_closers.search(last)
        share = last.find("占")
        if others and closer and 0 < share < closer.start() \
                and last[closer.end():] in (*self.vocab.share_words, "比例"):
            # A、B、C网络零售额占实物商品网络零售额的比重: the share is of the measure
            # before 占, which the members share; the last member ends before it,
            # where the measure the whole after 占 repeats (网络零售额) begins.
            part, whole = last[:share], last[share + 1:closer.start()]
            size = len(common_suffix([part, whole]))
            while size >= 2 and len(part) - size not in word_boundaries(part):
                size -= 1
            if size >= 2 and len(part) - size >= 2:
                return part[:-size], last[len(part) - size:]
            member, measure = self._close_list(part, others)
            if measure:
                return member, measure + last[share:]
        sizes = {len(o) for o in others or ()}
        area = next((at + 1 for at, c in enumerate(last) if c in self.vocab.area_ends
                     and at >= 1), 0) if others and all(
            o.endswith(self.vocab.area_ends) for o in others) else 0
        if area in sizes and len(last) - area >= 2 and area in word_boundaries(last) \
                and not last[area].isdigit():
            # 鄞州区、慈溪市、海曙区法人单位数量: places as long as the others, the last
            # ended where its place's name ends, before any head noun (单位) after it
            # (not before their count: 甲县、乙县2县婴儿死亡率).
            return last[:area], last[area:]
        # A head noun in the member ends it: the longest, then the first
        # (一级医疗机构|次均住院床日, 三产业|增加值占地区生产总值), unless a range
        # goes on after it (一级及以下医疗机构).
        heads = [(-len(head), at, at + len(head))
                 for head in (*self.vocab.list_heads, *self.vocab.member_heads)
                 if (at := last.find(head)) > 0
                 and not last.startswith(self.vocab.range_words, at + len(head))]
        if heads:
            _, at, end = min(heads)
            if others and 0 < len(place := leading_place(last)) < at \
                    and len(place) in {len(o) for o in others} \
                    and all(leading_place(o) == o for o in others):
                # 湖南、江西、广西高新技术企业数量: places listed bare, the last one as
                # long; the head after it is the measure's (高新技术企业), no member's.
                return last[:len(place)], last[len(place):]
            size = len(others[0]) if others and len({len(o) for o in others}) == 1 else 0
            if size and size in word_boundaries(last) \
                    and self.vocab.giving_verbs.search(last, size, at):
                # 货物、工程、服务采购授予中小企业合同金额: a head after a verb of giving
                # is its object (中小企业), no member's; the last ends as long as the others.
                return last[:size], last[size:]
            if others and last[at:end] not in self.vocab.member_heads \
                    and not any(last[at:end] in o for o in others) \
                    and last[end:] in (*self.vocab.share_words, "比例"):
                # 酸雨、较重酸雨和重酸雨城市比例: a head none of the others has,
                # before a share, is of the share (the share of cities), no member's.
                return last[:at], last[at:]
            aside = _PARENTHETICAL_AT_START.match(last[end:])
            if aside:
                end += aside.end()
            if end < len(last) and not (closer and closer.start() <= end):
                return last[:end], last[end:]
        if closer and closer.start() > 0:
            return last[:closer.start()], last[closer.end():]
        if others and not heads and _same_last_word(others[0], last):
            # 客运收入和货运收入分别…: whole names, each with its measure.
            return last, ""
        # (Not where a head noun ends the member: 企业、机关事业、灵活就业人员.)
        ending = (common_suffix(others) if len(others) >= 2 else others[0][-1:]) \
            if others and not heads else ""
        # (襄城区、樊城区 end alike in 城区, and 襄州区 in 区 only: the longest of the
        # shared ending the last one has.)
        for size in range(len(ending), 0, -1):
            at = last.find(ending[-size:])
            if at > 0 and at + size < len(last) and at + size in word_boundaries(last) \
                    and not last.startswith(self.vocab.range_words, at + size):
                per = _PER_HEAD.search(last, at + size + 1)
                if per and per.start() in word_boundaries(last):
                    # 中心城区、郊区新城人均体育场地面积: a measure per head begins at
                    # 人均; the words before it are the member's (郊区新城), not 郊区.
                    at, size = per.start(), 0
                return last[:at + size], last[at + size:]
        area = next((at + 1 for at, c in enumerate(last)
                     if c in self.vocab.area_ends and at >= 1), 0) \
            if others and not heads and all(o.endswith(self.vocab.area_ends) for o in others) else 0
        if area and len(last) - area >= 2 and area in word_boundaries(last):
            # 乡镇和建制村通客车率: areas, the last ended as an area's name ends.
            return last[:area], last[area:]
        one_word = all(word_boundaries(o) == {0, len(o)} for o in others or ())
        # (Not after members that each name a measure whole: 最终消费支出、资本形成
        # 总额、货物和服务净出口分别拉动…, the last one whole too.)
        measures = bool(others) and all(
            o.endswith((*self.vocab.measure_words, *self.vocab.measure_ends)) for o in others)
        if others and not heads and not measures and (one_word or (
                len(others) >= 2 and len({len(o) for o in others}) == 1
                and not last.endswith(self.vocab.share_words))):
            # 小学、初中、高中专任教师学历合格率: members of a word each, the last too;
            # or several members as long as each other, the last as long (同城、异地、
            # 国际快递业务量; 基础研究、应用研究和试验发展经费; not a share, of the
            # members' 经费 each: …试验发展经费所占比重).
            bounds = word_boundaries(last)
            lengths = {len(o) for o in others}
            end = min(b for b in bounds if b > 0) if one_word else next(iter(lengths))
            if not one_word and not (end in bounds and last[end - 1:end + 1].isalnum()):
                end = 0  # (not inside a word, nor at 国际/港澳台: a member goes on)
            measure = self.vocab.measure_word.search(last)
            if measure and measure.start() >= 2 and len(measure.group()) >= 2 \
                    and measure.start() not in bounds and measure.end() in bounds:
                # (小学、初中生师比, 普通高中生师比: a word read across the member's
                # end, 初中生|师比, where a measure of a word of its own begins.)
                lengths, end = {measure.start()}, measure.start()
            if end in lengths and len(last) - end >= 2 \
                    and not self.vocab.enum_separator.match(last, end):
                # (Not before 和: 服装鞋帽、日用品、家用电器和音像器材…, the list's 、
                # parts its members, and the one joined by 和 is one.)
                return last[:end], last[end:]
        at = self._measure_at(last)
        if at > 0:  # a bound measure (率) takes its word (水产品抽检|合格率), and the
            # measure's modifiers go with it (居民医保|次均住院费用, 水产品|抽检合格率)
            at = max((b for b in word_boundaries(last) if b <= at), default=at)
            at = self._without_trailing_modifiers(last, at)
            if others and at >= 4:
                at = self._doing_before_measure(last, at, others)
        if at > 0 and last[:at] not in self.vocab.measure_modifiers:
            return last[:at], last[at:]
        return last, ""

    def _doing_before_measure(self, last: str, at: int, others: list[str]) -> int:
        """Where a verb phrase before a list's measure begins in the last member, or
        ``at``: 儿童青少年、成年人、老年人经常参加体育锻炼人数比例 is the people's
        (老年人) count of those doing it (经常参加体育锻炼人数比例). Not where the
        members are doings themselves (数字出版、互联网搜索服务营业收入)."""
        if any(tag.startswith("v") for o in others for _, tag in tagged(o)):
            return at
        words = tagged(last[:at])
        start = 0
        for k, (word, tag) in enumerate(words):
            if k >= 1 and tag in ("d", "v") and words[k - 1][1].startswith("n") \
                    and any(t == "v" for _, t in words[k:]) \
                    and not any(w in o for o in others for w, _ in words[k:]):
                return start
            start += len(word)
        return at

    def _member_head(self, member: str) -> str:
        """The head noun of people or industries a list's last member ends with
        (农村居民 -> 居民), if any. Institutions (一级医疗机构) are left alone:
        bulletins name their grades bare (三级), in tables too."""
        if member.endswith(self.vocab.list_heads):
            return ""
        return next((h for h in self.vocab.member_heads
                     if member.endswith(h) and len(member) > len(h)), "")

    def _open_list(self, first: str, others: list[str]) -> tuple[str, str]:
        """The first member may carry the owner of the whole list: 基金总收入、总支出
        (the others start alike), 职工医保统账结合和单建统筹 (an owner head ends it)."""
        if not others:
            return first, ""
        periods = self.vocab.period_member
        if all(periods.fullmatch(o) for o in others):
            # 居民人均可支配收入一季度、上半年、前三季度分别增长…: in a list of periods
            # the first is the period that ends it; what is before is measured in each.
            at = next((at for at in range(1, len(first)) if periods.fullmatch(first, at)), 0)
            if at:
                return first[at:], first[:at]
        within = first.rfind("中", 2, len(first) - 1)
        if within > 0 and {within, within + 1} <= word_boundaries(first):
            # 新增网民中10-19岁、60岁及以上群体: the whole the members are of
            # (not the 中 of a word: 城市中小学, 集中养育).
            return first[within + 1:], first[:within]
        longest = max(len(o) for o in others)
        if len(first) <= longest + 1:
            return first, ""
        lead = others[0][0]
        at = first.rfind(lead, 1)
        # (Not 城镇非|私营单位和私营单位, nor inside a word: 企业职|工基本养老保险、工伤保险.)
        if at > 0 and not first[:at].endswith(self.vocab.negations) \
                and at in word_boundaries(first):
            return first[at:], first[:at]
        if len(common_suffix([first, *others])) >= 2:
            return first, ""  # 企业职工基本养老保险、工伤保险: names of one kind, each whole
        end = max((stop for head in self.vocab.owner_heads
                   if (at := first.find(head)) >= 0 and (stop := at + len(head)) < len(first)),
                  default=0)
        return (first[end:], first[:end]) if end else (first, "")

    def _part_owner(self, subject: str) -> str | None:
        """The owner of the part named just before, if the subject is a measure the
        whole has (its total is the whole's owner + the subject) and that part was
        named with another measure of the whole: 民用运输机场旅客吞吐量…，货邮吞吐量….
        其中，杭州萧山国际机场旅客吞吐量…，货邮吞吐量 -> 杭州萧山国际机场."""
        state = self.state
        total, previous = state.total or "", state.subject
        if total == subject or not total.endswith(subject):
            return None
        whole = total[:-len(subject)]
        for measure in (w[len(whole):] for w in state.wholes if w.startswith(whole)):
            if measure and measure != subject and previous.endswith(measure) \
                    and (owner := previous[:-len(measure)]) and owner != whole:
                return owner
        return None

    def _opens_with_unit_of(self, frame: str, subject: str) -> bool:
        """Whether the subject opens with one of the units a frame of units covers
        (各设区市中，杭州市住房公积金缴存额…: 杭州市 is a 市), a member, not a class."""
        member = self._member_of_total(subject)[0]
        return bool(member) and member != subject and member.endswith(self.vocab.area_ends) \
            and frame.endswith(member[-1])

    def _members_kin(self, total: str, members: list[str]) -> str:
        """What every member named of the total: its class head (肉 of 肉类总产量,
        in 猪肉) or a lead of two or more characters two or more share with it (公务用车);
        "" if none."""
        if (named := self.vocab.class_head.match(total)) \
                and all(named.group("head") in m for m in members):
            return named.group("head")
        # (A lead shows the list's kin once two members share it: one alone shares
        # its own words with the total, 公务用车购置 of 公务用车购置费.)
        alike = takewhile(lambda chars: len(set(chars)) == 1, zip(total, *members, strict=False))
        lead = sum(1 for _ in alike)
        return total[:lead] if len(members) >= 2 and 2 <= lead < min(map(len, members)) else ""

    def _member_of_total(self, subject: str) -> tuple[str, str]:
        """Under 其中 or a frame, the member a subject names, and its measure if it
        goes on to one: 在职职工住院率 -> (在职职工, 住院率); 在职职工 -> (在职职工, "");
        医疗机构发生费用 -> ("", …) (a category is not a member of itself)."""
        if subject.startswith(self.vocab.extreme_words) or (
                subject.startswith("单") and subject.startswith(self.vocab.extreme_words, 2)):
            return "", subject  # 其中单笔最高奖励: the whole's extreme, no member
        if subject.startswith(self.vocab.sum_openers):
            return "", subject  # …分别发生56起、21起，合计占事故总数的…: the members' sum
        if "的" in subject and self._clause_start >= 0 \
                and self.vocab.share_end.search(without_asides(subject).rpartition("的")[2]) \
                and self.text.find("有" + subject, self._clause_start,
                                   self._clause_start + _SUBJECT_REACH) >= 0:
            # 市民中，有规律参与体育运动习惯的人口比例为…: what those counted have
            # (有…的) narrows a share of them, no member (规律参与…习惯的) of the
            # whole (but 拥有初中文化程度的人口…人 counts a class, a member).
            return "", subject
        if (restated := self._total_restated(subject)) >= 2:
            # 参加失业保险人数…，其中，农民工参保人数…，灵活就业人员参保人数…: the
            # members name the total's measure again, shortened; it is the total's.
            return subject[:restated], ""
        end = self._member_end(subject)
        share = subject.find("占")
        if end and share > 0 and (end > share or subject.startswith(subject[:end], share + 1)):
            # 城市轨道交通客运量占城市客运量的比重; 公共汽电车客运量占城市…: the whole
            # of a share is no member's, and a word the whole repeats (城市) scopes
            # the part as it does the whole: the share is one measure.
            return "", subject
        rest = subject[end:] if end else ""
        if rest.startswith("、") and len(self._figure_units) == 1 and not rest.endswith(
                (*self.vocab.member_heads, *self.vocab.list_heads)):
            # 其中，高新技术企业、专精特新“小巨人”企业拥有有效发明专利180.5万件: owners
            # listed before one figure own it together, no member of a breakdown.
            return "", subject
        if rest.startswith(("和", "及", "与", "、")) and rest.endswith(
                (*self.vocab.member_heads, *self.vocab.list_heads)):
            # 办事人员和有关人员; 企事业单位、社会组织专业技术人员: one member's name
            end, rest = len(subject), ""
        in_frame = self.state.frame is not None
        if in_frame and subject.removesuffix(_TOTAL_WORD) == self.state.frame \
                and subject != self.state.frame:
            # 按资金来源分，本年资金来源合计…，其中…: the total of what the breakdown
            # is by, the whole whose members follow, none of them.
            return "", subject
        heads = (*self.vocab.member_heads, *self.vocab.list_heads)
        people = next((h for h in self.vocab.member_heads if subject.endswith(h)), "")
        if in_frame and people and self.vocab.named_area.fullmatch(subject[:-len(people)]):
            # 分区域看，皖北地区农民工…；川西北生态示范区农民工…: the people of a
            # region, not a class of them; the region is the member, the people
            # counted the measure.
            return subject[:-len(people)], people
        if end and (not rest or rest in heads):  # 参保职工; 城镇 + 居民: a member's noun
            return subject, ""
        state = self.state
        members = state.scope_members
        named_whole = "" if not in_frame else members[-1] if members else state.last[0] \
            if state.subject_in_sentence and not state.last[1] else ""
        shared = common_suffix([subject, named_whole]) if named_whole else ""
        if end and len(shared) >= 2 and len(shared) < len(rest) \
                and (self._measure_at(shared) >= 0 or shared.endswith(self.vocab.measure_ends)) \
                and len(named_whole) - len(shared) in word_boundaries(named_whole):
            # 按工程类别分，防洪排涝工程完成投资…，农村水利工程完成投资…: the item
            # before was named whole, with the measure it shares with this one
            # (工程完成投资); a member word that opens this one (农村) is part of its
            # name, a member's or the figure's own as the one before was.
            return (subject, "") if members else ("", subject)
        if in_frame and end and rest and len(common_suffix([rest, state.dimension])) >= 2 \
                and self._measure_at(rest) < 0:
            # 分登记注册类型看，国有单位…工资为…；城镇集体单位为…: named like the member
            # before (…单位), the member word that opens it is part of its name.
            return subject, ""
        verbs = self.vocab.member_measure_verbs
        if in_frame and end and self._measure_at(subject) < 0 \
                and (lead := _noun_before_verb(subject, verbs)) > end:
            return subject[:lead], subject[lead:]  # 城市道路|发生事故, not 城市|道路…
        if end and rest and (in_frame or self._measure_at(rest) >= 0):
            # (女性的失业率: the member's measure, without the 的 between them.)
            # (The verb before a member, 参加城镇职工基本养老保险人数, is the measure's
            # where the measure names its object: 城镇职工 | 参加基本养老保险人数.)
            if subject.endswith("产业", 0, end) and (inner := self._measure_at(rest)) >= 3 \
                    and rest.endswith("业", 0, inner):
                # 从产业结构看，数字经济核心产业制造业增加值…: an industry after an 产业
                # is its part, the member; the 产业 is the whole the measure is of.
                return rest[:inner], subject[:end] + rest[inner:]
            lead = self._member_lead(subject)
            rest = rest.removeprefix("的")
            if in_frame and self.state.frame.endswith(self.vocab.position_frames) \
                    and subject.endswith(self.vocab.employer_heads, 0, end) \
                    and (inner := self._member_end(rest)) \
                    and rest.endswith(self.vocab.member_heads, 0, inner) \
                    and self._measure_at(rest[inner:]) == 0:
                # 分岗位看，规模以上私营企业中层及以上管理人员年平均工资…: the units
                # the people work in are the measure's scope; the people the member
                # (under 分登记注册类型看, 国有单位就业人员…, the units are).
                return rest[:inner], subject[len(lead):end] + rest[inner:]
            return subject[len(lead):end], \
                lead + rest if self._measure_at(rest) > 0 else rest
        per = subject.find("每") if in_frame and not end else -1
        lead = per - 2 if subject.endswith("平均", 0, per) else per
        if lead >= 2 and self._measure_at(subject[:lead]) < 0 and "的" not in subject[:lead] \
                and not self.vocab.head_average.search(subject, 0, lead) \
                and self._per_unit_measure(subject[per:]):
            # 分种植方式看，设施蔬菜每亩净利润…，露地蔬菜每亩净利润…: a measure per unit
            # (每亩, 每头, 平均每户) after a name that measures nothing; the name is the
            # member. (Not a thing described, 治疗肺癌的吉非替尼片每盒价格, nor the people
            # an average per head is over, 国内游客人均每次花费: the measure is whole.)
            return subject[:lead], subject[lead:]
        if in_frame and not end:
            # 原保险保费收入…。分险种看，财产险业务原保险保费收入…: the member goes
            # up to the whole it names again, else to a measure word.
            whole = self.state.total or ""
            if whole and subject.endswith(whole) and len(subject) > len(whole) \
                    and len(subject) - len(whole) in word_boundaries(subject):
                return subject[:-len(whole)].removesuffix("的"), whole
            if whole and subject.endswith(whole) and len(subject) > len(whole) and (cut := next((
                    k for k in sorted(word_boundaries(subject))
                    if len(subject) - len(whole) < k < len(subject) - 2), 0)):
                # 港口货物吞吐量…，沿海港口货物吞吐量…: the member's word takes in the
                # whole's owner (沿海港口); the member is that word.
                return subject[:cut], whole
            # 从基金收入结构看，社会保险费收入…；财政补贴收入…；利息收入…: a subject
            # named like the members before, with their measure after its own name,
            # is the next member, also where the whole reads as one measure (利息收入).
            alike = next((i for i, d, u in reversed(self.state.named)
                          if d and u == self._figure_unit), "")
            cut = len(subject) - len(alike)
            # (An item after a ； of the list may be one word to jieba; not a name
            # after a comma: 全国人口中，…，其中，…，流动人口为….)
            if len(alike) >= 2 and cut >= 2 and subject.endswith(alike) \
                    and not subject[:cut].endswith(self.vocab.bound_suffixes) \
                    and (cut in word_boundaries(subject)
                         or self.text[self._clause_start - 1:self._clause_start] in "；;"):
                return subject[:cut].removesuffix("的"), alike
            if (industry := self._industry_member(subject)):
                # 分行业看，电力、热力…供应业净利润…；房地产业净利润…: under a breakdown
                # by industry, the industry a subject opens with is the member.
                return industry, subject[len(industry):].removeprefix("的")
            at = self._measure_at(masked_asides(subject))
            if at < 0 and (lead := _noun_before_verb(subject, verbs)):
                # 从道路类型看，国省道发生事故…；城市道路发生事故…: the member named
                # first, then the verb its measure opens with (发生事故, 登记作品).
                return subject[:lead], subject[lead:]
            first = _words(subject)[0] if at > 0 else ""
            if self.state.frame.endswith(self.vocab.area_frames) and 2 <= len(first) < at \
                    and first.endswith(self.vocab.area_ends) \
                    and first not in self.vocab.place_words:
                # 分地区看，市区一般公共预算收入…: the area the first word names is the
                # member, the rest the measure (not 市区一般公共预算 | 收入).
                return first, subject[len(first):]
            if at > 0 and self._splits_at(subject, at):
                if subject.startswith(self.vocab.bare_totals, at):
                    # 分区域看，中心城区用水总量…: a bare 总量 is named by the word
                    # before it (用水总量), which goes with the measure.
                    word = max((b for b in word_boundaries(subject) if b < at), default=0)
                    at = word if word >= 2 else at
                return subject[:at], subject[at:]
            # 分县（市、区）看，长兴县税收收入…: a place's name, then a measure that
            # jieba reads as one word (税收收入).
            # (Or a measure the words list does not know, named by its ending:
            # 广州市|耕地面积; the place a name alone, no bracket or 全省 in it.)
            bound = at if at > 0 else len(subject)
            place = next((b for b in sorted(word_boundaries(subject))
                          if 2 <= b < bound and subject[:b].endswith(self.vocab.area_ends) and (
                              at > 0 or (_is_place_name(subject[:b]) and (
                                  subject.endswith(self.vocab.measure_ends)
                                  or self.vocab.measure_noun_end.search(subject) is not None)))), 0)
            if place:
                return subject[:place], subject[place:]
            # 珠宝首饰、钟表及名贵礼物的销货价值: the member, 的, and its measure.
            # (Not a share that names its whole: 服务贸易占我国对外贸易总额的比重.)
            member, of, measure = subject.rpartition("的")
            # (Or a noun alone after 的: 从事故车型看，涉及货车的事故…, 货车's 事故.)
            if member and of and "占" not in member and (
                    self.vocab.measure_noun_end.search(measure) or self._measure_at(measure) == 0
                    or (len(measure) >= 2 and _words(measure) == [measure]
                        and "、" not in member and not _DIGIT.search(member))):
                # (Not a class a threshold names: 票房过10亿元的院线 is one member.)
                return member, measure
        # A whole subject is a member when it names no measure and is short, or
        # in a frame (分门类看: 电力、热力、燃气及水生产和供应业增长4.3%).
        # (A class's bound adds no length: 其中：30万亩及以上灌区454处.)
        # (Two or three names listed with 、 count each: 其中，数码照片…，数字录音、
        # 数字录像1521.8TB; not a long list of places, named together.)
        # (Nor does a second name of the same kind joined by 和: 其中执业医师和执业助理
        # 医师…, one member; not 处置灾害事故和社会救助, no names of one kind.)
        bare = self.vocab.class_bound.sub("", without_asides(subject))
        names = bare.split("、")
        joined = regex.split("[和及与]", bare)
        short = len("".join(names)) <= 8 or (len(names) <= 3 and all(len(n) <= 8 for n in names)) \
            or (len(joined) == 2 and max(map(len, joined)) <= 8
                and (len(common_suffix(joined)) >= 2
                     # (乡镇卫生院和社区卫生服务中心: two institutions, one kind.)
                     or all(j.endswith(self.vocab.institution_heads) for j in joined)))
        # (An industry's name is one too, however long: 其中，计算机、通信和其他电子
        # 设备制造业增长21.6%.)
        industry = subject.endswith("业") and not self.vocab.rate_end.search(self.state.total or "")
        # (Nor one that ends as the members before it do: …用地；基础设施等其他用地.)
        # (Nor one named like the member before, or as the rest of them, after a
        # ； of a list: 其中：中医类医院…；中医类门诊部及诊所…；其他医疗卫生机构…)
        members = self.state.scope_members
        alike = bool(members) and (all(len(m) >= 2 and subject.endswith(m[-2:]) for m in members)
                                   or _same_lead(subject, members[-1])
                                   or subject.startswith(self.vocab.rest_words))
        total = self.state.total or ""
        # (Nor one that ends in the total's head, listed with members before it:
        # 调解组织264个，其中…调解中心15个、…、行业性专业性调解组织18个.)
        alike = alike or (len(total) >= 2 and subject.endswith(total[-2:])
                          and self.state.listed[0] == self._clause_start)
        if in_frame and members and self.state.subject_in_sentence \
                and self.vocab.concentration_end.search(subject):
            # 重点区域中，长三角地区…比例为…，PM2.5平均浓度为…: a measure named bare
            # after a member in its sentence is that member's, no member itself.
            return members[-1], subject
        if not in_frame and (lead := self._first_of_list(subject, total)) >= 0:
            # 其中新增并网太阳能发电装机27780万千瓦、并网风电装机7982万千瓦: the first
            # of a list whose next is a member is one too, without the tally it
            # opens with as the total does (新增).
            return subject[lead:], ""
        if not in_frame and subject.endswith(self.vocab.sample_verbs) \
                and (at := self._sample_verb_at(subject)) >= 2 \
                and subject[at:] in self.vocab.sample_verbs and subject[at:] not in total:
            # 检出不合格样品1988批次。其中，食用农产品抽检6.8万批次: the member, then the
            # act it counts with its own verb, no part of the total's act (检出).
            return subject[:at], subject[at:]
        if self._measure_at(subject) < 0 and (short or in_frame or industry or alike) \
                and not subject.endswith(self.vocab.rate_of_parts):  # (增长面: a measure)
            if not in_frame and not alike and self._measure_after_own_measure(subject, total):
                return "", subject
            return subject, ""
        if subject in self.vocab.measure_word_set and not members and total \
                and self._figure_unit == self.state.total_unit \
                and subject[-2:] != total[-2:] and self._right_after_qizhong():
            # 教职工5.12万人，其中专任教师3.99万人: a measure word named first right
            # after 其中, counted as the total is, is a part of it (not 常住人口…，其中
            # 户籍人口…, a sibling measure of the same head).
            return subject, ""
        shared = _shared_tail(subject, total) if not in_frame and total else ""
        if shared in self.vocab.measure_word_set \
                and shared not in self.vocab.owned_measure_set \
                and self._measure_at(subject[:-len(shared)]) < 0 \
                and subject[:-len(shared)] not in self.vocab.measure_modifiers \
                and not set(range(1, len(plain := without_asides(subject)) - len(shared))) \
                & word_boundaries(plain):
            # 粮食播种面积…。其中，稻谷播种面积…: a part named by its member, in place of
            # the total's owner, and the total's measure again; the
            # member one word, not a clause (其中实际领取待遇人数: those of the total who…)
            # nor a word of the measure (平均降价). (Its alias in brackets is no word
            # of it: 专科（高职）毕业生.)
            return subject[:-len(shared)].removesuffix("的"), shared
        return "", subject

    def _measure_after_own_measure(self, subject: str, total: str) -> bool:
        """Whether a bare measure follows, in its sentence, a figure that named a
        measure other than the total's (其中，临港新片区规模以上工业总产值…，固定资产投资
        增长…; 其中…进口货值…，减免税款约…): a measure of its own, no member of the total."""
        indicator, member = self.state.last
        last = indicator if indicator != total else member  # (a member named as a measure)
        return self.state.subject_in_sentence and bool(last) \
            and (self._measure_at(last) >= 0 or self._names_measure(last)) \
            and self._names_measure(subject) \
            and len(common_suffix([subject, total])) < 2 and len(common_suffix([subject, last])) < 2

    def _total_restated(self, subject: str) -> int:
        """Where a subject's closing measure word begins, if that word shortens
        the total's measure (参保人数 of 参加失业保险人数: its head, and before it
        characters of the total's words in order, 参保 of 参加…保险), else -1."""
        total = self.state.total or ""
        word = next((w for w in self.vocab.measure_words
                     if subject.endswith(w) and len(w) >= 3), "")
        if not word or word[:-2] in total or word[-2:] != total[-2:]:
            # (Not 参保人数 of 基本养老保险参保人数, nor 医疗费用 of 医疗机构发生费用:
            # words the total has whole, a member's own measure.)
            return -1
        chars = iter(total)
        at = len(subject) - len(word)
        return at if all(c in chars for c in word) and at in word_boundaries(subject) else -1

    def _right_after_qizhong(self) -> bool:
        """Whether the figure's clause opens with 其中 or follows a clause that is
        only 其中 (其中专任教师…, 其中，专任教师…)."""
        clause = self.text[self._clause_start:self._figure_start].lstrip(_EDGE_PUNCTUATION)
        before = self.text[max(0, self._clause_start - 4):self._clause_start]
        return clause.startswith("其中") or self.vocab.qizhong_clause.search(before) is not None

    def _industry_member(self, subject: str) -> str:
        """The industry a subject opens with under a breakdown by industry, or "":
        the shortest name ending in 业 at a word's end with a measure of two or more
        characters after it (房地产业|净利润, 制造业|挂牌公司); not a unit or a
        whole (规模以上工业, 企业: vocabulary not_industry_ends)."""
        frame = self.state.frame or ""
        if not any(c in frame for c in _INDUSTRY_CLASSES):
            return ""
        bounds = word_boundaries(subject)
        for at in range(3, len(subject) - 1):
            name = subject[:at]
            if name.endswith("业") and at in bounds \
                    and self.vocab.industry_name.fullmatch(name) \
                    and not name.endswith(self.vocab.not_industry_ends) \
                    and not (self.state.total or "").startswith(name):
                return name
        return ""

    def _splits_at(self, subject: str, at: int) -> bool:
        """Whether a subject divides into a member and a measure at ``at``: not
        inside a word of the measure, which a one-character head (文盲|率,
        贡献|率) or a modifier of the measure before it (居民人均工资性|收入)
        would show."""
        measure = next(w for w in self.vocab.measure_words if subject.startswith(w, at))
        # Nor inside a word (经营|净收入), nor after a bound suffix (工资性|收入).
        return len(measure) > 1 and not any(m in subject[:at]
                                            for m in self.vocab.measure_modifiers) \
            and at in word_boundaries(subject) \
            and not subject[:at].endswith(self.vocab.bound_suffixes)

    def _member_lead(self, subject: str) -> str:
        return _opening(self.vocab.member_leads, subject)

    def _member_end(self, subject: str) -> int:
        """End of a member named at the start of a subject: a member word
        (城镇, 男性), or a head with a modifier: an institution (二级及以下医疗机构)
        before a person or industry (在职职工, 第一产业)."""
        for word in self.vocab.member_words:
            if subject.startswith(word):
                return len(word)
        end = 0
        bounds: frozenset[int] | None = None
        for heads in (self.vocab.list_heads, self.vocab.member_heads):
            for head in heads:
                at = subject.find(head)
                stop = at + len(head)
                # (各级财政补助, 各地区: all of them, no member; nor 二级|及以上…,
                # a head a range goes on from)
                if at > 0 and subject[:stop] not in heads and (not end or stop < end) \
                        and subject[:at] not in self.vocab.all_of_words \
                        and not subject.startswith(self.vocab.range_words, stop) \
                        and not subject.startswith(self.vocab.head_compounds, at):
                    # (Not a one-character head that ends inside a word: 超级|市场货品
                    # is 超级市场, no rank like 三级.)
                    if len(head) == 1 and bounds is None:
                        bounds = word_boundaries(subject)
                    if len(head) > 1 or stop in (bounds or ()):
                        end = stop
            if end:
                break
        if end:
            # (A head inside the member's alias, 工人（工勤技能人员）: the member
            # ends with the bracket.)
            if subject.count("（", 0, end) > subject.count("）", 0, end) \
                    and (close := subject.find("）", end)) >= 0:
                end = close + 1
            aside = _PARENTHETICAL_AT_START.match(subject[end:])
            if aside:
                end += aside.end()
        return end

    def _lead_measure(self, words: str) -> str:
        """The measure a clause without a figure opens with (电梯数量|继续位居…之首):
        the owner of a share the next clause gives (，占特种设备总量的53.0%)."""
        return next((words[:at] for at in sorted(word_boundaries(words))
                     if at >= 2 and self.vocab.measure_noun_end.search(words, 0, at)
                     and at < len(words)), "")

    def _names_measure(self, text: str) -> bool:
        """Whether a name is a measure alone, no member before one (商品零售额,
        营业收入, R&D经费; not 高技术制造业增加值, a member's, nor 规模以上工业企业)."""
        at = self._measure_at(text)
        ends = (*self.vocab.measure_ends, *self.vocab.spending_ends)
        return at == 0 or (at < 0 and (bool(self.vocab.measure_noun_end.search(text))
                                       or text.endswith(ends)))

    def _inner_word_opening(self, before: str, subject: str) -> int:
        """Where the word of ``before`` (neither its first nor its last) that a bare
        measure opens with begins (医保电子凭证|激活|用户, 激活率 -> 6), if the rest
        of the measure is a measure or a rate and the words before it name an owner
        of no measure (not a class, 通过认定的|县级|检测机构…，县级覆盖率); -1 otherwise."""
        bounds = sorted(word_boundaries(before))
        for at, end in reversed(list(pairwise(bounds))[1:-1]):
            word, rest = before[at:end], subject[end - at:]
            if len(word) >= 2 and subject.startswith(word) and rest \
                    and word not in self.vocab.measure_word_set \
                    and at >= _OWNER_LEAST and "的" not in before[:at] \
                    and self._measure_at(before[:at]) < 0 and (
                        # (额 alone too: 缴存住房公积金…，缴存额…, the sum of that act.)
                        rest == "额" or self._measure_at(rest) == 0
                        or self.vocab.rate_end.search(rest)
                        or rest.endswith((*self.vocab.measure_ends, *self.vocab.verb_sums))):
                return at
        return -1

    def _inner_verb_opening(self, before: str, subject: str) -> int:
        """Where the verb inside ``before`` that ``subject`` opens with begins, when
        the subject is that verb with another object (深圳湾口岸|验放|出入境旅客…；
        验放车辆…: the port's vehicles; not the same one again, …移交司法机关处理
        参保人员…，移交司法机关…) and the words before it name an owner of no
        measure; -1 otherwise."""
        words = tagged(before)
        at = 0
        for (word, tag), (_, next_tag) in pairwise(words):
            if tag == "v" and len(word) >= 2 and subject.startswith(word) \
                    and at >= _OWNER_LEAST and next_tag != "v" \
                    and "的" not in before[:at] and self._measure_at(before[:at]) < 0 \
                    and (rest := tagged(subject[len(word):])) and rest[-1][1].startswith("n") \
                    and subject[len(word):] not in before:
                return at
            at += len(word)
        return -1

    def _per_unit_measure(self, text: str) -> bool:
        """Whether ``text`` is a measure per unit: 每, a unit (亩, 头, 50公斤), then
        the measure's name (每亩净利润; not 每日, 每个月)."""
        m = _PER_UNIT.match(text)
        return m is not None and any(
            unit_parts(m.group("unit")[:k], self.rules) != ("", "")
            and len(text) - m.start("unit") - k >= 2
            for k in (1, 2) if k <= len(m.group("unit")))

    def _measure_at(self, text: str) -> int:
        """Where the first measure word of ``text`` begins, or -1; not one a bound
        follows (票房过10亿元的院线: a class of 院线, counted)."""
        m = self.vocab.measure_word.search(text)
        while m is not None and self.vocab.bound_after.match(text, m.end()):
            m = self.vocab.measure_word.search(text, m.end())
        return m.start() if m is not None else -1

    def _owner_verb_at(self, text: str) -> int:
        """Where a verb of an owner's measure (实现, 完成) begins in ``text`` at a word
        boundary with a measure after it, or -1."""
        at = min((k for v in self.vocab.owner_verbs if (k := text.find(v)) >= 0), default=-1)
        if at < 0 or len(text) - at <= 2 or at not in word_boundaries(text):
            return -1
        return at

    def _indicator(self, subject: str, predicate: str, post: str, figure: Figure) -> str:
        state = self.state
        if subject and (pointer := next((p for p in self.vocab.object_pointers
                                         if subject.endswith(p) and len(subject) > len(p)), "")) \
                and state.subject_in_sentence and figure.count == 1 \
                and (words := tagged(state.subject)) \
                and (verb := max((k for k, (_, tag) in enumerate(words) if tag == "v"),
                                 default=-1)) >= 0 \
                and len(thing := "".join(w for w, _ in words[verb + 1:])) >= 2:
            # 共审议法律案38件，通过其中25件: 其中 stands for the object the act before
            # counted (法律案), its name in the indicator.
            subject = subject[:-len(pointer)] + thing
        if post and figure.counted and (owner := self._owner_of_counted_list(figure)):
            return self._joined(owner + post, predicate)
        if not subject:
            if post and not figure.comparison:
                return self._joined(post, predicate)
            if predicate and state.subject.endswith(_share(predicate)):
                # …占比最高，达30.4%；其次是A和B，分别占…: the share said again.
                return state.subject
            if figure.comparison and not figure.previous and figure.unit == "%" and not predicate \
                    and (owned := _SHARE_OWNED.fullmatch(state.subject)):
                # …，占全国比重为76.2%；中部、西部地区分别增长7.9%、11.7%: a growth in %
                # is of the measure the share was of, not of the share.
                return owned.group("measure")
            return self._joined(state.subject, predicate)
        if subject.startswith(self.vocab.predicate_starts):
            share = _share(subject)
            whole = share[1:]
            if share == "占比" and state.dimension and state.subject.endswith(share):
                # …，占总用户数的94.5%，占比较上年末提高0.5个百分点: the same share again.
                return self._joined(state.subject, predicate)
            if state.dimension and state.subject and whole and (
                    whole in state.subject or state.subject in whole
                    or _said_shorter(_share_whole(whole, self.vocab.share_of_whole),
                                     state.subject)):
                # 技能人才总量…，其中高技能人才…，占技能人才总量的31.5%: the member's
                # share of the whole it is of, which is said once (移动电话用户总数
                # …，其中…，占移动电话用户的…) or said shorter (宽带接入用户总数…，其中…，
                # 占总用户数的…), named as a share of it (技能人才总量占比), not as a
                # bare 占… with no measure.
                return self._joined(_whole_share(share, self.vocab.share_of_whole) or share,
                                    predicate)
            owner = state.subject or self._lead_measure(state.prior_words)
            prior = owner.find(subject[0], 1) if state.unit == "%" else -1
            if prior > 0 and state.subject_in_sentence \
                    and len(subject.removesuffix("比重").removesuffix("比")) > 1:
                # 占全省地区生产总值的7.1%，占全国海洋生产总值的9.2%: each share is
                # of the measure, not of the share before (but 占比提高… is that one's).
                owner = owner[:prior]
            if not state.subject_in_sentence and (
                    counted := self.vocab.count_in_words.search(state.prior_words)):
                # 共建立各类自然保护地近万处，约占陆域国土面积的18%: the share of
                # what its sentence counted in words, not of a figure before.
                owner = state.prior_words[:counted.start()]
            return self._joined(owner, share, predicate)
        if subject in self.vocab.statistic_modifiers and state.subject_in_sentence \
                and state.subject and not state.subject.startswith(subject):
            # 累计接待游客36.7万人次，日均4.6万人次: the same measure per day, of the
            # same owner, in place of the total's 累计.
            return self._joined(self._per_period(state.subject, subject), predicate)
        if subject.startswith(self.vocab.statistic_modifiers) and state.subject_in_sentence \
                and _CUMULATIVE + (verb := subject.lstrip("日周月年均")) in state.subject \
                and len(verb) >= 2:
            # 铁路累计发送旅客1.2亿人次，日均发送1500万人次: the modifier and the total's
            # verb again, the same measure per day (铁路日均发送旅客).
            return self._joined(self._per_period(state.subject, subject[:-len(verb)]), predicate)
        if subject in self.vocab.measure_modifiers and subject not in self.vocab.measure_word_set \
                and state.subject and not (post and figure.counted):  # (not 累计有62个县实现…)
            # 新增高技能人才12.6万人，累计达到178.3万人: the total so far of the same,
            # not of the year's new ones (高技能人才累计).
            owner = state.subject
            if subject == _CUMULATIVE and (flow := self.vocab.flow.match(owner)) \
                    and len(owner) - flow.end() >= _OWNER_LEAST:
                owner = owner[flow.end():]
            return self._joined(owner, subject, predicate)
        if subject.startswith(self.vocab.sum_openers) and (ranked := self._ranked_before()):
            # 科普经费筹集额位居前五的省份依次为北京、…，合计93.67亿元: the sum of the
            # members a ranking listed is of the measure they were ranked by.
            return self._joined(ranked, subject, predicate)
        if (restated := self._restated_scale(subject)) is not None:
            return self._joined(restated, predicate)
        owner = self._owner(subject)
        if owner is not None:
            generic = self._generic_head(subject)
            if generic and without_asides(owner).endswith(generic):
                subject = subject[len(generic):]
            subject = without_repeated_asides(self._joined(owner, subject))
        if post and figure.counted and self._object_of_count_before(subject, figure):
            return self._joined(post, predicate)
        if post and (figure.counted or self._existential):
            subject = subject.removesuffix(self._existential) + post
        return self._joined(subject, predicate)

    def _restated_scale(self, subject: str) -> str | None:
        """A measure its sentence named, restated by its last word and 规模
        (服务贸易跨境收支逆差61.2亿美元，逆差规模同比扩大18.4% -> 服务贸易跨境收支逆差规模)."""
        state = self.state
        word = subject.removesuffix(_SCALE)
        if word == subject or len(word) < 2 or not state.subject_in_sentence \
                or len(state.subject) <= len(word) or not state.subject.endswith(word):
            return None
        return state.subject + _SCALE

    def _owner_of_counted_list(self, figure: Figure) -> str:
        """What a count listed after another count with its thing after it is of:
        the indicator before without that thing (获得214枚金牌、167枚银牌和140枚铜牌
        -> 获得 | 银牌, 获得 | 铜牌), else ""."""
        before = self.text[max(self._clause_start, figure.start - _SUBJECT_REACH):figure.start]
        last = self._last_quantity(before)
        listed = self.vocab.counted_thing_listed.fullmatch(before, last.end()) if last else None
        thing = listed.group("thing") if listed else ""
        previous = self.state.subject
        owner = previous[:-len(thing)] if thing and previous.endswith(thing) else ""
        # (Only where the owner opens the list's first count, as a verb and its doer do:
        # not 纳入统计的38座大型水库和344座中型水库, counts of things named by what they are.)
        return owner if owner and regex.search(regex.escape(owner) + r"\s*\d", before) else ""

    def _next_item_unlike(self, measure: str, clause_end: int) -> bool:
        """Whether the sentence's next item after a ； names something before its
        figure, no place, but not ``measure`` (…餐饮收入553.2亿元，增长44.7%；商品零售
        5233.0亿元)."""
        end = self.text.find("。", clause_end)
        rest = self.text[clause_end:end if end >= 0 else len(self.text)]
        mark = regex.search(r"[；;]", rest)
        named = self.clean(_DIGIT.split(rest[mark.end():], 1)[0]) if mark else ""
        # (Not a place, whose measure is left out: 杭州市缴存额…；宁波市为….)
        return bool(named) and measure not in named and not named.endswith(self.vocab.area_ends)

    def _sentence_start(self) -> int:
        """Where the sentence of the clause in hand starts."""
        return start_after(self.text, self._clause_start, "。\n")

    def _ranked_before(self) -> str:
        """The measure a figureless clause right before this one ranks a list by
        (科普经费筹集额位居前五的省份依次为北京、上海…), or ""."""
        end = self._clause_start - 1
        if end <= 0 or self.text[end] not in "，,":
            return ""
        start = start_after(self.text, end, _LEAD_STARTS)
        lead = self.vocab.list_lead.match(self.text, start, end)
        if not lead or self._last_quantity(self.text[start:end]) is not None \
                or not self.vocab.ranking.search(lead.group("measure")):
            return ""
        # (What a ranking is by is a measure, named so or not.)
        return self.clean(self.vocab.ranking.sub("", lead.group("measure")))

    def _object_of_count_before(self, subject: str, figure: Figure) -> bool:
        """Whether the subject is only what the count before it, in a 、-list of
        counts written first (or in the clause before), counts: 143家粉尘涉爆企业、
        26家涉氨制冷企业… (the next item names its own object after its number, no
        owner of it)."""
        head = self.text[self._clause_start:figure.start].rstrip()
        if subject and not head.strip(_EDGE_PUNCTUATION):
            # 30035名残疾人被普通高等院校录取，2208名残疾人进入…: a clause that opens
            # with its count after one that did; the words after that count are its own.
            before = self.text[max(0, self._clause_start - _SUBJECT_REACH):self._clause_start]
            last = self._last_quantity(before)
            return last is not None and before[last.end():].lstrip().startswith(subject)
        if not subject or not head.endswith(subject + "、"):
            return False
        before = head[:-len(subject) - 1]
        last = self._last_quantity(before)
        return last is not None and last.end() == len(before)

    def _per_period(self, previous: str, modifier: str) -> str:
        """The measure before per period (日均): where the total was 累计, in its
        place, else after the owner (城市轨道交通|客运量 -> 城市轨道交通日均客运量)."""
        at = previous.find(_CUMULATIVE)
        if at >= 0:
            return previous[:at] + modifier + previous[at + len(_CUMULATIVE):]
        owner = self._entity(previous, "") or ""
        if owner == previous or not previous.startswith(owner):
            owner = ""
        return owner + modifier + previous[len(owner):]

    def _elided(self, subject: str, figure: Figure) -> str | None:
        """A subject that names only another owner, the measure left out as the
        clause before gave it: 职工医保住院费用报销比例为85.6%，居民医保为70.2%
        -> 居民医保住院费用报销比例."""
        state = self.state
        if self._pair_owner(subject):
            return None  # (客车产销…，产量…，销量…: a part of the pair, its owner's.)
        if figure.comparison:
            return self._elided_measure(subject, figure)
        if (led := self._list_lead(subject, figure)) is not None:
            return led
        # The sentence's latest subject in the figure's unit (东部地区法人单位1712.9
        # 万个，占全国的51.3%；中部地区792.4万个: not the share's).
        before = state.subject if figure.unit == state.unit else (
            self._named_in(figure.unit) or ("", ""))[0]
        if state.area and subject and state.subject_in_sentence and (len(subject) <= 6 or (
                len(subject) <= 10 and self._measure_at(subject) >= 0)) \
                and not subject.endswith(self.vocab.area_ends) \
                and not self._places.search(subject) \
                and not _opening(self.vocab.settlement_words, subject) \
                and not self._is_measure_only(subject):
            # 建制镇建成区用水普及率…，燃气普及率…，人均道路面积…: the area the
            # sentence named goes on to each measure named alone, whatever its unit.
            sibling = _sibling_of(subject, before, self.vocab.area_ends) \
                if figure.unit == state.unit else None
            if sibling and len(sibling) > len(state.area + subject):
                state.area = sibling.removesuffix(subject)  # (建制镇建成区, not 建制镇 alone)
            return state.area + subject
        if subject and state.subject_in_sentence and len(subject) > 6 \
                and figure.unit == state.unit and self._measure_at(subject) >= 0 \
                and (sibling := _sibling_of(subject, before, self.vocab.area_ends)):
            # 市区月最低工资标准为1900元，小时最低工资标准为19元: a measure named
            # like the area's before it, a word for another, is the same area's.
            return sibling
        if subject and state.subject_in_sentence and before \
                and (swapped := self._counterpart_of(subject, before)) is not None:
            return swapped
        heads = (*self.vocab.owner_heads, *self.vocab.member_heads)
        if not subject or not state.subject_in_sentence or not before:
            return None
        if len(subject) > 6:  # (…职工参保人员…比例为70%，城乡居民参保人员为55%)
            return self._owner_in_place(subject, before, figure) \
                if len(subject) <= _MEMBER_LIMIT + 4 and subject.endswith(heads) else None
        if self._measure_at(subject) >= 0:
            sibling = _sibling_of(subject, before, self.vocab.area_ends) \
                if figure.unit == state.unit \
                and not self._is_measure_only(subject) else None
            if sibling:
                state.area = sibling.removesuffix(subject)
            return sibling
        if not subject.endswith((*self.vocab.owner_heads, *self.vocab.member_heads)):
            return self._in_place_of(subject, before)
        owner = self._entity(before, "")
        # (In the place of a group or a scheme, not of any owner: 学历教育在校生…；
        # 教职工… counts staff, no 教职工在校生.)
        if owner and owner != subject and before.startswith(owner) and owner.endswith(heads) \
                and self._measure_at(measure := before[len(owner):]) >= 0:
            return subject + measure
        # 东部地区法人单位…；中部地区…: a member in the place of the one before.
        head = next(h for h in heads if subject.endswith(h))
        at = before.find(head)
        measure = before[at + len(head):] if at > 0 else ""
        return subject + measure if measure and before[:at + len(head)] != subject else None

    def _owner_in_place(self, subject: str, before: str, figure: Figure) -> str | None:
        """An owner with the measure word the subject before named it with, the rest
        of that measure left out: 长护险职工参保人员享受待遇的基金支付比例为70%，城乡居民
        参保人员为55% -> 长护险城乡居民参保人员享受待遇的基金支付比例 (城乡居民 in the
        place of 职工, the words before it of both)."""
        at = self._measure_at(subject)
        word = subject[at:]
        found = before.find(word) if at >= 2 and figure.unit == self.state.unit else -1
        rest = before[found + len(word):] if found > 0 else ""
        bounds = word_boundaries(before)
        if len(rest) < 2 or found not in bounds or self._measure_at(rest) < 0:
            return None
        lead = max((b for b in bounds if b < found), default=0)
        return (before[:lead] if not subject.startswith(before[:lead]) else "") + subject + rest

    def _counterpart_of(self, subject: str, before: str) -> str | None:
        """A measure opened by the counterpart of the word the measure before ends
        with, the rest the same (功能区声环境昼间达标率…，夜间达标率… -> 功能区声环境
        夜间达标率): the other half of one owner's pair, so the owner's too."""
        for word, others in self.vocab.counterparts.items():
            rest = subject[len(word):]
            if not subject.startswith(word) or len(rest) < 2:
                continue
            for other in others:
                at = len(before) - len(other + rest)
                if at > 0 and before.endswith(other + rest) and at in word_boundaries(before):
                    return before[:at] + subject
        return None

    def _stands_for_member(self, subject: str, elided: str) -> bool:
        """Whether the subject, put before the measure the clause before gave,
        is a breakdown member in the place of the member that clause named
        (男性平均身高…，女性为…; 城镇居民两周就诊率…，农村居民为…), not an owner
        of a measure of its own. (Only a member word's, with or without a head:
        东部地区法人单位…；中部地区… is left to the pairing of parallel members,
        which sees the first one too; 就业人员总量…，城镇就业人员… names a part.)"""
        measure = elided[len(subject):]
        words, heads = self.vocab.member_words, self.vocab.member_heads
        if elided.startswith(subject) and measure and subject[0] in _SEXES \
                and self.state.subject == _SEXES[subject[0]] + subject[1:] + measure:
            # 男幼儿平均身高为111.6厘米，女幼儿为110.3厘米: the other sex of the same
            # group; the one before is a member too.
            self.sibling_split[self.state.subject] = (measure, self.state.subject[:-len(measure)])
            return True
        if not elided.startswith(subject) or not measure \
                or not subject.startswith(words) or not (
                    subject in words or subject.endswith(heads)) \
                or not self.state.subject.endswith(measure):
            return False
        named = self.state.subject[:-len(measure)]
        return any(w in named and named[named.rfind(w) + len(w):] in ("", *heads)
                   for w in words)

    def _alike_member(self, subject: str, figure: Figure) -> str | None:
        """The measure of the subject before, if the subject alone is written like
        the member that subject opened with: the same words with other numbers
        (60～69岁老年人…比例为94.8%，70～79岁老年人为92.1%) or with a counterpart
        at the end (五年期以下（含五年）…年利率为2.6%，五年期以上为3.1%). Bulletins
        write the classes of a breakdown alike, so the likeness, not any word
        list, says the subject is the next class, the measure left out."""
        state = self.state
        before = state.subject
        if not subject or not state.subject_in_sentence or figure.unit != state.unit \
                or figure.comparison or len(subject) > _MEMBER_LIMIT + 4 \
                or self._measure_at(subject) >= 0 or before.startswith(subject):
            return None
        shape = "".join(r"\d+(?:\.\d+)?" if part[0].isdigit() else regex.escape(part)
                        for part in _NUMBER_OR_NOT.findall(subject))
        m = regex.match(shape, before) if _DIGIT.search(subject) else None
        end = m.end() if m and m.group() != subject else -1
        for word, others in self.vocab.counterparts.items() if end < 0 else ():
            lead = subject[:-len(word)]
            if len(lead) >= 2 and subject.endswith(word):
                end = next((len(lead + o) for o in others if before.startswith(lead + o)), -1)
                if end >= 0:
                    break
        if end < 0 or end not in word_boundaries(before):
            return None
        measure = _PARENTHETICAL_AT_START.sub("", before[end:])
        return measure if len(measure) >= _PARALLEL_MEASURE - 1 \
            and self._measure_at(measure) >= 0 else None

    def _list_lead(self, subject: str, figure: Figure) -> str | None:
        """The next item of a 、-list of names and figures, which opens with the word
        the item before had after its lead: 检查药品生产企业2103家次、药品经营企业12.6万
        家次 -> 检查药品经营企业; 省级危重孕产妇救治中心3个、危重新生儿救治中心4个 ->
        省级危重新生儿救治中心 (the lead, a verb or a level, is of every item)."""
        state = self.state
        head = self.text[self._clause_start:figure.start].rstrip()
        if len(subject) < 3 or not head.endswith(subject) \
                or not head[:-len(subject)].endswith("、") \
                or state.last_clause != self._clause_start:
            return None
        before, first = state.subject, _words(subject)[0]
        if len(_words(subject)) == 1 and len(before) > len(subject) \
                and (kin := _words(before)[-1]) != subject \
                and len(kin) == len(subject) and kin[-1] == subject[-1]:
            # 博士后科研流动站3300多个、工作站4500多个: a word of the same head (站)
            # and length in the place of the last one, the words before shared.
            return before[:-len(kin)] + subject
        if len(subject) < 4:
            return None
        at = before.find(first) if len(first) >= 2 else -1
        if at <= 0 or at not in word_boundaries(before) or before.startswith(subject) \
                or _words(before)[-1] != _words(subject)[-1]:
            return None
        return before[:at] + subject

    def _in_place_of(self, subject: str, before: str) -> str | None:
        """A member word in the place of the one the subject before began with
        (城市低保平均标准为960元，农村为840元 -> 农村低保平均标准), a word in the
        place of its counterpart (声环境昼间达标率…，夜间… -> 声环境夜间达标率), or a name with
        the same last word as one in it (集中养育孤儿基本生活保障平均标准为1950元，
        社会散居孤儿为1500元 -> 社会散居孤儿基本生活保障平均标准)."""
        quoted = _QUOTED_NAME.findall(before)
        if len(quoted) == 1 and quoted[0] != subject \
                and f"“{subject}”" in self.text[self._clause_start:self._figure_start]:
            # 等级为“较好”的城市有6个，“一般”的有2个: a quoted class alone in the
            # place of the quoted class the subject before was picked out by.
            return before.replace(f"“{quoted[0]}”", f"“{subject}”")
        lead = next((w for w in self.vocab.member_words if before.startswith(w)), "")
        if lead and subject in self.vocab.member_words and subject != lead:
            return subject + before[len(lead):]
        for other in self.vocab.counterparts.get(subject, ()):
            at = before.find(other)  # (声环境昼间达标率…，夜间…)
            if at >= 0:
                return before[:at] + subject + before[at + len(other):]
        last_word = _words(subject)[-1]
        at = before.find(last_word) if len(last_word) >= 2 else -1
        measure = before[at + len(last_word):] if at > 0 else ""
        # (An average names a measure whatever it averages: 次均住院救助.)
        if measure and not before.startswith(subject) and (
                self._measure_at(measure) >= 0 or self.vocab.per_case.match(measure)):
            return subject + measure
        # 其中，新闻信息服务营业收入…；内容创作生产24653亿元；文化投资运营…: in a
        # breakdown, an amount of money of a name alone is of the measure the member
        # before ends with (a count names what it counts: …；出院病人23.18万人次).
        state = self.state
        at = self._measure_at(before) if self._figure_unit == "元" and (
            state.total is not None or (
                state.sibling_measure and before.endswith(state.sibling_measure))) else -1
        if at > 0 and self._splits_at(before, at) and self._is_measure_only(before[at:]) \
                and not subject.endswith(self.vocab.benefit_words):  # (生育津贴: its own)
            state.sibling_measure = before[at:]
            return subject + before[at:]
        return None

    def _elided_measure(self, subject: str, figure: Figure) -> str | None:
        """A member alone after a member with its measure, in changes of one unit:
        采矿业增加值同比下降2.7%，制造业增长3.4% -> 制造业增加值."""
        state = self.state
        # (Its aside is none of its name: 民间项目投资（剔除房地产开发投资后）is a measure.)
        bare = without_asides(subject)
        if (not subject or not state.subject_in_sentence or figure.unit != state.unit
                or len(subject) > 20 or self._measure_at(bare) >= 0
                or bare.endswith(self.vocab.measure_ends)):
            return None  # (…工业增加值增长8%，固定资产投资增长10%: a measure of its own)
        before = state.subject.removesuffix("占比")  # (a share is named by its whole's measure)
        at = self._measure_at(before)
        if at <= 0 or not self._splits_at(before, at) \
                or subject.startswith(before[:at]):
            return None
        return subject + before[at:]

    def _owner(self, subject: str) -> str | None:
        """The owner of a measure-only subject: from the text before it, else the
        sentence's X方面 (特殊教育方面，全国共有特殊教育学校…；招收…学生…，在校生…
        -> 特殊教育在校生: people counted before own no measure, the topic does)."""
        owner = self._owner_before(subject)
        # (人口方面，年末户籍人口…: a topic the measure names already owns nothing of it.)
        if owner is None and self.state.aspect and self._is_measure_only(subject) \
                and self.state.aspect not in subject:
            return self.state.aspect
        if owner is None and (aspect := self.state.paragraph_aspect) and not self.state.aspect \
                and aspect not in subject and self.state.subject.startswith(aspect) and (
                    self._is_measure_only(subject) or self.vocab.rate_end.search(subject)
                    or subject.endswith(_RATIO_END)):
            # 職工醫保方面，參保人數…。其中…在職退休比為2.71: a bare measure or rate in a
            # later sentence is still the topic's while the subjects go on with it.
            return aspect
        aspect = self.state.aspect
        if owner is None and 2 <= len(aspect) <= _TOPIC_LENGTH and aspect not in subject \
                and not aspect.endswith(subject[:2]) and (
                ((words := tagged(subject)) and words[0][1] == "v" and len(words) > 1
                 and not self._names_doer(subject))
                or (self.vocab.rate_end.search(subject) and self.state.subject.startswith(aspect))):
            # (校园食品安全方面，全年抽检样品…: an act named without its doer is the
            # topic's, as is the rate named after it: ，不合格率….)
            return aspect
        return owner

    def _after_listed_figures(self) -> bool:
        """Whether the clause before this one (closed by a comma) listed figures with 、
        (…债务还本支出33.78亿元、安排预算稳定调节基金3.20亿元，支出总计…)."""
        start = self._clause_start
        if start < 1 or self.text[start - 1] not in "，,":
            return False
        return regex.search(r"\d\s*\p{Han}{0,4}、", self._clause_before()) is not None

    def _clause_before(self) -> str:
        """The clause before this one, as written, within a subject's reach (a
        longer run is read no further back: a clause without punctuation would
        make every figure's look back quadratic)."""
        end = self._clause_start - 1
        if end < 0:
            return ""
        return regex.split(r"[，。；：,;:]", self.text[max(0, end - _SUBJECT_REACH):end])[-1]

    def _names_doer(self, subject: str) -> bool:
        """Whether the words before the measure end in who did the act (外出务工农村
        劳动力|月均收入): a topic X方面 owns none of it."""
        at = self._measure_at(subject)
        return at > 0 and subject[:self._without_trailing_modifiers(subject, at)].endswith(
            self.vocab.doer_heads)

    def _owner_before(self, subject: str) -> str | None:
        """The owner a measure-only subject takes from the subject before, if any
        (累计结存 after 统筹基金当期结存; 基金支出合计 after …社会保险基金收入合计).
        A measure that cannot stand alone (收入, 床位) takes it from anywhere in
        the paragraph; any other (医疗总费用) only from its own sentence."""
        if pair_owner := self._pair_owner(subject):
            return pair_owner
        if per_unit := self._per_unit_owner(subject):
            return per_unit
        generic = self._generic_head(subject)
        owned = self._is_measure_only(subject, self.vocab.owned_measure_set)
        if not (generic or owned or (self.state.subject_in_sentence
                                     and self._is_measure_only(subject))):
            return self._owner_by_lead(subject) or self._owner_of_statistic(subject) \
                or self._owner_of_parallel(subject) or self._owner_of_act(subject) \
                or self._owner_of_average(subject)
        state = self.state
        if state.aspect and (owned or generic) and not state.subject_in_sentence:
            return state.aspect  # 人民币贷款方面，年末余额…: not the sentence before's
        if state.scope_members and state.dimension == state.scope_members[-1] \
                and not state.outside_scope and state.last[1] == state.dimension \
                and (scheme := self._entity(state.dimension, "")) \
                and scheme != state.dimension and not (owned or generic):
            # 其中，职工医保住院0.71万人次，次均住院费用9863元: a measure after a member
            # that opens with its owner (a scheme) is that owner's, to the ；.
            return scheme
        previous = state.total if (owned or generic) and state.outside_scope and state.total \
            else state.subject
        if (share := self.vocab.member_share_of.fullmatch(previous)) and owned:
            # 调出资金…，占收入的30.0%，结转下年…: a share owns nothing; its member may.
            previous = share.group("member")
        unit = next((u for lv, u, _ in reversed(state.levels) if lv == previous), state.unit)
        owner = self._entity(previous, generic)
        if owner and len(owner) < 2 and owned:
            # …收入下降12.3%，主要是…，费率按1%执行；支出增长21.6%: a word's first
            # character (费|率) owns nothing; the fund named before in the sentence does.
            owner = next((e for named, _, _ in reversed(state.named)
                          if (e := self._entity(named, generic)) and len(e) >= 2
                          and e.endswith(self.vocab.owner_heads)), owner)
        if owner == previous and owned and unit in self.vocab.money_units \
                and self._figure_unit in self.vocab.money_units \
                and not previous.endswith(self.vocab.owner_heads) \
                and self._measure_at(previous) < 0:
            # 调出资金1.31亿元，结转下年1.84亿元: an amount of money is no owner of another
            # amount after it (a fund, 失业保险基金…, or a budget is; a rate of the amount,
            # R&D经费…，投入强度…, is the amount's).
            return None
        if owner == previous and owned and (words := tagged(previous))[0][1] == "n" \
                and (verb := next((k for k, (_, tag) in enumerate(words) if tag != "n"), 0)) \
                and words[verb][1] == "v" and all(t != "v" for _, t in words[verb + 1:]) \
                and len(done := "".join(w for w, _ in words[verb + 1:])) >= 2:
            # 全国有11.75万户企业建立企业年金，参加职工2875万人: those who joined are the
            # object's, the scheme the counted set up (企业年金参加职工), not the act's.
            owner = done
        if owner == previous and self.vocab.rate_end.search(subject) \
                and len(words := tagged(previous)) > 2 and words[-1][1] == "n" \
                and any(tag == "v" for _, tag in words[1:-1]):
            # …企业发生营业成本…；营业收入利润率为…: an act and what it counts (its
            # object) own no rate after them; the rate names its own.
            return None
        if not owner and previous.endswith(self.vocab.event_heads):
            owner = state.event = previous  # 住院费用跨省直接结算…，涉及医疗费用…
        elif not owner and state.event:
            owner = state.event  # …，基金支付…: of the same event
        # (An owner head ends a word of the owner's: 参保职工, not the 职工 of
        # 幼儿园教职工…，专任教师…, staff, who own no teachers.)
        head = next((h for h in (*self.vocab.owner_heads, *self.vocab.event_heads)
                     if previous.endswith(h)), "")
        if owner == previous and not (head and len(previous) - len(head) in word_boundaries(
                previous)) and state.unit in self.vocab.people_units and not (owned or generic):
            return None  # 教职工31.25万人，在校学生…: people are no owner of a measure
        if owner == previous and state.aspect and state.aspect not in previous \
                and state.unit in self.vocab.owner_count_units and not (owned or generic) \
                and self._measure_at(previous) < 0:
            # 在科技型中小企业方面，…1.85万家企业通过评价入库，研发费用总额…: the topic's
            # measure; the count before names an act of some, no owner.
            return None
        if subject.endswith("总计") and (not (owner or "").endswith(self.vocab.owner_heads)
                                        or self._after_listed_figures()):
            # …，加上级补助收入…、调入资金…，收入总计…: a total sums the items
            # before it, the last of them no owner (a fund too: …、安排预算稳定调节基金…，
            # 支出总计…); a budget is (…预算收入总计…、支出总计…).
            return None
        measure = previous[len(owner):] if owner and previous.startswith(owner) else ""
        if measure and subject != measure and subject.endswith(measure) \
                and not owner.endswith(self.vocab.owner_heads):
            return None  # 常住人口…，户籍人口…: a sibling of the measure before, not its owner's
        if measure and subject != measure and subject.endswith(measure):
            # 参加长期护理保险人数…，享受待遇人数…: a sibling of a scheme's measure
            # is the scheme's, not of those who joined it.
            owner = min((owner.rpartition(lead)[2] for lead in self.vocab.member_leads), key=len)
        if owner and len(subject) >= 3 and subject.endswith("量") and subject[:-1] in owner \
                and subject in self.vocab.measure_word_set:
            # 进口货物物流总额…。其中，原油、铁矿砂进口量…: a measure naming the act the
            # owner already names (进口) is its own, of the goods, not the owner's.
            return None
        if owner:
            owner += self._per_head_of(measure, subject)
        # 新增市场主体62.5万户，总数达到…: the stock is of what was added to.
        return (owner.removeprefix("新增") or owner) if owner else owner

    def _after_counted_list(self) -> bool:
        """Whether the clause before is a list of two or more counts in one unit,
        each of a thing of its own (海岸公园8个及海岸保护区1个)."""
        named = self.state.named[-2:]
        if len(named) < 2 or named[0][2] != named[1][2] or named[0][0] == named[1][0] \
                or any(d for _, d, _ in named) \
                or named[1][2] not in self.rules.quantities.count_units:
            return False
        before = self._clause_before()
        return len(_FIGURES.findall(before)) >= 2 and bool(self.vocab.listed.search(before))

    def _per_head_of(self, measure: str, sibling: str) -> str:
        """The per-head word (人均) that a sibling measure takes from the measure
        of the same owner before it: 农村居民人均工资性收入…，经营净收入… (another
        收入) is per head too; not a sibling of another kind or one with its own."""
        per_head = self.vocab.head_average.match(measure)
        if per_head and not sibling.startswith(self.vocab.measure_modifiers) \
                and len(common_suffix([measure, sibling])) >= 2:
            return per_head.group()
        return ""

    def _owner_by_lead(self, subject: str) -> str | None:
        """The owner a rate takes from the amount before it in its sentence, whose
        measure begins with the same word (煤矸石综合利用量…，综合利用率… ->
        煤矸石): the rate of the same activity."""
        previous = self.state.subject
        acted = tagged(previous) if self.state.subject_in_sentence else ()
        if len(acted) > 1 and acted[-1][1] == "v" and acted[-2][1] == "n" \
                and subject.endswith("率") and len(_words(subject)) == 1:
            # 电子社保卡签发1405.2万张，覆盖率…: the rate of the thing the act counted.
            return previous[:-len(acted[-1][0])]
        verb = next((i for i, (_, tag) in enumerate(acted) if tag == "v"), 0) \
            if subject == "覆盖率" else 0
        if verb and acted[-1][1] == "n" and acted[verb - 1][1] in ("n", "x") \
                and len(built := "".join(w for w, _ in acted[verb + 1:])) >= 2:
            # 158个县（市、区）全部建成…调处化解中心，覆盖率达100%: how many of the
            # places counted have the facility they built, so the facility's.
            return built
        if self.state.subject_in_sentence and len(_words(subject)) == 1 \
                and subject.endswith("率") and len(acted) > 1 \
                and all(tag in ("n", "nz") for _, tag in acted) \
                and self._measure_at(previous) < 0:
            # 乙类传染病14种2106例，发病率378.52/10万: a rate named alone after a
            # count of a thing named alone is that thing's rate.
            return previous
        # (…领用人数…，领用率…: a rate of those counted, too.)
        if not (self.state.subject_in_sentence and previous.endswith(("量", "人数"))
                and subject.endswith("率")):
            return None
        first = min((b for b in word_boundaries(subject) if b > 0), default=0)
        if first < 2 and len(subject) == 3:
            first = 2  # (jieba cuts 领/用率: the rate's word is all but 率)
        at = previous.find(subject[:first]) if first >= 2 else -1
        if at < 0 and previous.endswith("量") and not previous.endswith("总量") \
                and 4 <= len(subject) <= 6 and len(words := _words(previous)) >= 3 \
                and not any(len(w) >= 2 and w in previous for w in _words(subject)):
            # 危险废物产生量…，利用处置率…: the rate of what the amount is of, the
            # amount's verb and 量 (产生|量, 排放|量) left out; not a rate sharing
            # a word with the amount (用水消耗量…，耗水率; 城市年污水处理量…，城市
            # 污水处理率), which names its own, nor one of a total (总量).
            at = len(previous) - len(words[-1]) - (len(words[-2]) if words[-1] == "量" else 0)
            whole = tagged(previous)[-1][0]
            if len(whole) > len(previous) - at and whole.endswith("量"):
                # 平台日均办件量…；实际网办率…: the amount's act is all of 办件 (jieba's
                # word), and the rate is the owner's, not of a day's average (日均).
                at = len(previous) - len(whole)
                at -= next((len(m) for m in self.vocab.statistic_modifiers
                            if previous.endswith(m, 0, at)), 0)
        if at <= 0 or at not in word_boundaries(previous) or previous.endswith(subject) \
                or _OPEN_BRACKET.search(previous, 0, at):
            return None
        return previous[:at]

    def _owner_of_parallel(self, subject: str) -> str | None:
        """The owner of the subject before in its sentence, for a measure written as
        that one's is, from its first word to its head (甲乙类法定传染病报告发病率…，
        报告死亡率…; 金融机构本外币各项存款余额…；各项贷款余额… -> of the same owner)."""
        previous = self.state.subject
        if not self.state.subject_in_sentence or previous.endswith(subject):
            return None
        head = next((h for h in self.vocab.parallel_heads if subject.endswith(h)), "")
        if not (head and previous.endswith(head)):
            return self._owner_of_sibling(subject, previous)
        first = min((b for b in word_boundaries(subject) if b > 0), default=0)
        at = previous.find(subject[:first]) if first >= 2 else -1
        last = len(previous) - len(subject)
        if at < 0 and first == len(subject) and last in word_boundaries(previous):
            # 传染病发病率…，死亡率…: a rate of one word in place of the one before.
            at = last
        if at <= 0 or at not in word_boundaries(previous) or _OPEN_BRACKET.search(previous, 0, at):
            return None
        # (An owner is a noun: not 累计发放 of 累计发放异地贷款…，异地贷款余额…, nor a place.)
        return previous[:at] if tagged(previous[:at])[-1][1] == "n" else None

    def _owner_of_sibling(self, subject: str, previous: str) -> str | None:
        """The owner of the subject before in its sentence, for a measure written as
        that one's is with one word in place of its measure word, a verb for a verb
        (公共广播节目制作时间…；播出时间…; 最高人民法院受理案件…，审结…) or a word as
        long ending as it does (服务外包合同额…，执行额…; 投资流量…，年末存量…)."""
        shared = len(common_suffix([subject, previous]))
        own = subject[:-shared] if shared else ""
        at = max((b for b in word_boundaries(previous) if b < len(previous) - shared), default=0)
        replaced = previous[at:len(previous) - shared]
        if own and replaced and len(_words(own)) == 1 and not self.state.dimension \
                and self.vocab.facility_name.fullmatch(owner := previous[:at]) \
                and leading_place(owner):
            # 宁波舟山港货物吞吐量13.24亿吨；集装箱吞吐量3530.1万标箱: a facility named
            # after its place owns the sibling measure too (not 港口…，集装箱吞吐量).
            return owner
        if not own or len(_words(own)) > 1 or own in previous or self.state.dimension \
                or len(own) != len(replaced) or at < 2 or _OPEN_BRACKET.search(previous, 0, at):
            return None
        if len(previous) - shared in word_boundaries(previous) and not all(
                tagged(w)[0][1] in ("v", "vn") for w in (own, replaced)):
            return None  # (港口货物吞吐量…，集装箱吞吐量)
        if tagged(own)[0][1] == "m":
            return None  # (一级达标企业…，二级达标企业: a grade of the same, no owner's)
        if shared == 1 and len(own) >= 2 and self._figure_unit in self.vocab.owner_count_units:
            # 县级供销合作社12个，基层社412个: a count of things named alike (a word for a
            # word before one shared character), not of the first one's; one character in
            # place is a part of it (少先队大队…，中队…).
            return None
        if self._measure_at(subject[-shared:]) > 0:
            # 企业职工基本养老保险参保人数…，失业保险参保人数…: the word in place is the
            # name of another thing measured alike (another insurance), not the measure
            # word; the first one's words are no owner of it.
            return None
        owner = previous[:at]
        if owner.endswith(self.vocab.predicate_starts):
            return None  # (…合计占外国游客的82.5%；泰国游客…: a share's verb, no owner)
        # (An owner is a noun or an activity, not a time or a place: 年末常住人口…，户籍人口;
        # an activity may end in a verb, 企业承接服务外包.)
        tags = [t for _, t in tagged(owner)]
        return owner if (tags[-1] in ("n", "nt", "nz", "vn") or (tags[-1] == "v" and any(
            t in ("n", "nz", "vn") for t in tags[:-1]))) else None

    def _owner_of_average(self, subject: str) -> str | None:
        """The owner the subject before in its sentence opened with, for an average or
        per-head measure named alone after it: the words up to a head of the kind a
        list names (三级医院病床使用率…，平均住院日… -> 三级医院; 农村地区个人银行账户…，
        人均开立银行账户… -> 农村地区)."""
        previous, state = self.state.subject, self.state
        if not (state.subject_in_sentence and _is_average(subject, self.vocab)) \
                or state.dimension or state.last[1]:
            return None  # (东部地区快递业务量…: a member's, the member given apart)
        at = next((b for b in sorted(word_boundaries(previous))
                   if 2 <= b < len(previous) and previous[:b].endswith(self.vocab.list_heads)), 0)
        return previous[:at] if at and previous[:at] not in subject else None

    def _owner_of_act(self, subject: str) -> str | None:
        """What an act named without its object is done to: the things the count just
        before in its sentence acted on, counted on in the same unit (查实欺诈骗保定点
        医药机构1.7万家，移交司法机关处理1043家). Not an act with an object of its own
        (受理信访事项…，办结…事项; 发行新增债券…；发行再融资债券…), nor a measure."""
        previous = self.state.subject
        words = tagged(subject)
        opens = words[1][1] if len(words) > 1 and words[0][1] == "d" else words[0][1]
        # (Also one verb after an adverb: 排查…信访积案4457件，已化解4127件; or a work
        # done alone, its 完成 gone: 排查入河排污口约28万个，完成整治超过9.6万个.)
        works = subject in self.rules.fragments["works_verb"].split("|")
        if not (self.state.subject_in_sentence and previous and (works or (
                opens == "v" and words[-1][1] == "v" and len(words) > 1))) \
                or self._measure_at(subject) >= 0 \
                or self._measure_at(previous) >= 0 or self._figure_unit != self.state.unit:
            return None
        before = tagged(previous)
        while len(before) > 2 and (before[0][1] == "d" or before[0][0] == _CUMULATIVE):
            # (已累计|排查入河排污口: the adverbs before the act name no thing)
            previous, before = previous[len(before[0][0]):], before[1:]
        if len(before) > 2 and before[0][1] == "n" and before[1][1] == "v":
            # (the doers first: 职工|提出合理化建议1026.3万条，已实施417.8万条)
            previous, before = previous[len(before[0][0]):], before[1:]
        thing = previous[len(before[0][0]):]
        if len(before) > 3 and before[1][1] == "v":  # (two acts: 排查梳理|信访积案)
            thing = thing[len(before[1][0]):]
        if before[0][1] not in ("v", "vn") or before[-1][1] != "n" or len(thing) < 2:
            return None
        return thing

    def _owner_of_statistic(self, subject: str) -> str | None:
        """The owner of the subject before in its sentence, for a statistic over time
        of the same measure (城市轨道交通客运量…，日均客运量… -> 城市轨道交通)."""
        previous = self.state.subject
        if not self.state.subject_in_sentence:
            return None
        modifier = next((m for m in self.vocab.statistic_modifiers if subject.startswith(m)), "")
        measure = subject[len(modifier):]
        # (…处理业务58.38亿笔，金额…，日均处理业务…: the count's, its amount named after it.)
        at = previous.rfind(measure) if len(measure) >= 2 else -1
        if not modifier or at <= 0 or not (
                previous.endswith(measure)
                or previous[at + len(measure):] in self.vocab.measure_word_set):
            return None
        owner = previous[:at]
        owner = next((owner[:-len(m)] for m in self.vocab.statistic_modifiers
                      if owner.endswith(m)), owner)  # (…日均客运量，最高日客运量)
        return owner if len(owner) >= 2 else None

    def _per_unit_owner(self, subject: str) -> str:
        """The entity and per-unit words (散养生猪每头) an amount of a per-unit account
        named alone takes from the measure per unit before it in its sentence
        (散养生猪每头总成本…，净利润… -> 散养生猪每头净利润), else "". Not a rate
        (…，成本利润率…: no amount per unit), nor after a measure not per unit."""
        state = self.state
        if subject not in self.vocab.per_unit_measures or not state.subject_in_sentence \
                or state.dimension or self._figure_unit == "%":
            return ""
        previous = without_asides(state.subject)
        at = self._per_unit_at(previous)
        if at < 2:
            return ""  # (no entity before 每: nothing to own it)
        unit_at = at + 1
        while unit_at < len(previous) and (previous[unit_at].isdigit() or previous[unit_at] == "."):
            unit_at += 1
        unit = self.rules.unit_start.match(previous, unit_at)
        return previous[:unit.end()] if unit else ""

    def _per_unit_words(self, subject: str, total: str) -> str:
        """The per-unit words (每亩) a subject opens with that the total names after an
        entity of its own (苹果每亩总成本), else ""."""
        if self._per_unit_at(subject) != 0:
            return ""
        unit = self.rules.unit_start.match(subject, 1)
        words = subject[:unit.end()] if unit else ""
        at = total.find(words) if words else -1
        return words if at >= 2 and self._per_unit_at(total) == at else ""

    def _per_unit_at(self, text: str) -> int:
        """Where a measure per unit of its entity begins (稻谷|每亩总成本, 规模生猪养殖|
        每头净利润, 每50公斤平均出售价格), else -1; not per head or per so many of a
        population (每千人口床位, 每人每月, 每万户市场主体), which names an area's measure."""
        at = text.find("每")
        while at >= 0:
            unit_at = at + 1
            while unit_at < len(text) and (text[unit_at].isdigit() or text[unit_at] == "."):
                unit_at += 1
            unit = self.rules.unit_start.match(text, unit_at)
            if unit and not unit.group().startswith(self.vocab.per_heads):
                return at
            at = text.find("每", at + 1)
        return -1

    def _generic_head(self, subject: str) -> str:
        """The word a subject begins with that names no entity (基金, 其), if any;
        not the 其 of 其他/其余, which name the rest of a list."""
        if subject.startswith(self.vocab.rest_words):
            return ""
        return next((g for g in self.vocab.generic_heads if subject.startswith(g)), "")

    def _is_measure_only(self, subject: str, measures: frozenset[str] | None = None) -> bool:
        """Only a measure, with modifiers: 累计结存（含生育保险）, 次均住院费用, 支出合计;
        or any measure per unit (每亩净利润): what it is of comes before 每."""
        text = without_asides(subject)
        if self._per_unit_at(text) == 0:
            return True
        text = text.removesuffix("合计")
        measures = measures if measures is not None else self.vocab.measure_word_set
        changed = True
        while changed and text not in measures:  # (总数 is one, not 总 + 数)
            changed = False
            if not text.startswith(self.vocab.measure_modifiers):  # (most: none to try)
                break
            for modifier in self.vocab.measure_modifiers:
                if text.startswith(modifier) and len(text) > len(modifier):
                    text, changed = text[len(modifier):], True
        return text in measures

    def _entity(self, previous: str, generic: str) -> str | None:
        """The owner named in a previous subject: the words before its first
        measure (统筹基金（含生育保险）当期结存 -> 统筹基金（含生育保险）;
        职工医保参保人员住院费用 -> 职工医保参保人员), or all of it, up to its
        last owner head if it has one (长期护理保险享受待遇人数 -> 长期护理保险;
        职工医保参保人员异地联网结算; 普通高校 … 在校学生)."""
        masked = masked_asides(previous)
        end = self._measure_at(masked)
        if end > 0 and end not in (bounds := word_boundaries(masked)) \
                and not any(w in masked for w in self.vocab.predicate_starts):
            # 农村低收入人口和脱贫人口参保率: a measure word inside a word (低|收入) is
            # the owner's; its measure is the measure alone that ends it (参保率). (Not
            # in a share, 新兴业务收入占电信业务收入: the measure opens it.)
            end = next((k for k in sorted(bounds) if k > end
                        and self._is_measure_only(masked[k:])), end)
        if end > 0:
            end = self._without_trailing_modifiers(previous, end)
        elif end < 0 and masked.endswith(self.vocab.measure_ends):
            # 面积238.5平方千米，户籍人口…: a measure, no owner; 林下经济利用林地面积…，产值….
            end = len(masked) - next(len(w) for w in self.vocab.measure_ends
                                     if masked.endswith(w))
        per_unit = self._per_unit_at(masked)
        if per_unit > 0 and (end <= 0 or per_unit < end):
            unit = self.rules.unit_start.match(masked, per_unit + 1)
            rest = masked[unit.end():] if unit else ""
            thing = "".join(w for w, _ in takewhile(lambda wt: wt[1].startswith("n"),
                                                    tagged(rest))) if rest else ""
            after = rest[len(thing):]
            if thing and after and masked == previous and (
                    after.startswith(self.vocab.measure_modifiers) or self._measure_at(after) == 0):
                # 规模养殖每头生猪平均出售价格: the thing counted per unit, named after 每头
                # right before its measure, is the entity's too (规模养殖生猪), as 散养生猪
                # 每头… writes it (not 每个城市社区社区社会组织, a unit of places).
                return previous[:per_unit] + thing
            end = per_unit
        stop = len(previous) if end < 0 else end
        # The owner ends at its last owner head (长期护理保险|享受待遇人数).
        end = max((at + len(head) for head in self.vocab.owner_heads
                   if (at := masked.rfind(head, 0, stop)) >= 0), default=stop)
        aside = _PARENTHETICAL_AT_START.match(previous[end:])
        if aside:
            end += aside.end()
        return previous[:end] or None

    def _without_trailing_modifiers(self, text: str, end: int) -> int:
        changed = True
        while changed:
            changed = False
            for modifier in self.vocab.measure_modifiers:
                if text[:end].endswith(modifier) and end >= len(modifier):
                    end, changed = end - len(modifier), True
        return end

    def _after(self, figure: Figure, clause_end: int) -> str:
        """Words after the figure in its clause (25个省份通过… → 省份通过…), also
        after the other figures of a list it begins (有1862户、3625人享受低保)."""
        end = figure.end
        named = self._named_after_colon(figure)
        if named:
            return named
        while self.text.startswith("、", end) and (
                other := self.rules.quantity.match(self.text, end + 1, clause_end)) \
                and other.group("num") and other.group("unit"):  # (not the 4 of 4G基站)
            end = other.end()
        tail = self.text[end:min(clause_end, end + _POST_REACH)]
        if tail.removeprefix("的").startswith(self.vocab.record_words):
            return ""  # 达到1346.9万对的峰值后…, 保持在3万亿元以上高位: what the figure was
        # Brackets and the numbers of names go on (62个县（市、区）实现…, 26家世界500强企业).
        masked = self.vocab.subject_numbers.sub(lambda m: "_" * len(m.group()), tail)
        masked = _BRACKETED.sub(lambda m: "_" * len(m.group()), masked)
        stop = self.vocab.post_stop.search(masked)
        if stop:
            tail = tail[:stop.start()]
        if not tail or not (_WORD_START.match(tail) or (
                masked.startswith("_") and _WORD_START.match(masked.lstrip("_")))):
            return ""  # (a name's number may lead: 1.9万名0-6岁残疾儿童)
        words = self.clean(tail)[:30]
        if stop and masked[stop.start()].isdigit() and tail.startswith(("和", "及", "与")):
            # 医师日均担负诊疗10.2人次和住院1.9床日: the words after 和 name the next
            # figure's measure, none of this one's.
            return ""
        if stop and masked[stop.start()].isdigit() and (figure.counted or not figure.unit) \
                and (per := _PER_HEAD.search(words, 2)) and per.start() in word_boundaries(words):
            # 960多万易地扶贫搬迁群众人均纯收入达到14386元, 30多万脱贫人口人均…: the count
            # is of the group; its measure per head is the next figure's.
            words = words[:per.start()]
        elif stop and masked[stop.start()].isdigit() and figure.unit in self.vocab.people_units \
                and (at := self._measure_at(words)) > 0 and (head := max(
                    (h for h in self.vocab.group_heads if words.startswith(h, at)),
                    key=len, default="")) and at + len(head) in word_boundaries(words):
            # 为2.36万名困难毕业生发放一次性求职创业补贴7080万元: the people counted
            # end with their noun (毕业生, a measure word of schools too); the
            # next figure's measure comes after it.
            words = words[:at + len(head)]
        elif stop and masked[stop.start()].isdigit() and not _YEAR_AT.match(masked, stop.start()) \
                and (at := self._measure_at(words)) > 0 \
                and 0 < (at := self._without_trailing_modifiers(words, at)) <= _MEMBER_LIMIT \
                and at in word_boundaries(words):
            # 344座中型水库年末蓄水总量为251.64亿立方米: the measure is the next
            # figure's; what is counted, a short name, ends before it. (Not a clause:
            # 49个试点城市参加长期护理保险人数共… stays whole.)
            words = words[:at]
        elif figure.counted and (done := _DONE_SHARE.match(self.text, end, clause_end)) \
                and len(done.group("noun")) in word_boundaries(done.group()):
            # 全国19个城市群承载了全国75%以上的人口: the share is what the counted did,
            # of the noun after it; the count names the noun before the verb alone.
            words = self.clean(done.group("noun"))
        elif stop and masked[stop.start()].isdigit() \
                and (each := _EACH_VERB.search(words, 2)) \
                and each.start() in word_boundaries(words):
            # 832个脱贫县均培育形成了2至3个特色主导产业: the next figure is what each of
            # those counted did; the count names the noun before 均/都 alone.
            words = words[:each.start()]
        elif figure.counted and stop and not masked[stop.start()].isdigit() \
                and words[-1:] in ("均", "都") and (at := self._counted_head_end(words[:-1])):
            # 11个设区市科技创新综合指数均比上年有所提高: each of those counted has the
            # measure, its change told without a figure; the count names its noun (an
            # area, a group, an institution) alone.
            words = words[:at]
        elif stop and masked[stop.start()].isdigit() \
                and figure.unit in self.vocab.owner_count_units and (
                    (verb := self._owner_verb_at(words)) >= 0
                    or ((verb := _doers_end(words)) > 0 and self._measure_at(words) > verb)):
            # A count of owners counts the owners alone, before the verb of their
            # measure (230家国家级经开区实现地区生产总值15.6万亿元) or before those who
            # joined in them (49个试点城市参加长期护理保险人数共…万人): the measure, or
            # the headcount, is the next figure's.
            words = words[:verb]
        quantities = self.rules.quantities
        if words in self.vocab.milestone_words:
            return ""  # 首次迈上1.4万亿斤新台阶: the figure's mark, no measure
        if words in quantities.up_verbs or words in quantities.down_verbs:
            # …40种矿产的储量比上年增长，26种下降: the count of the same; where the
            # count before was named by the other way (有4个一级区降水量比多年平均值偏多，
            # 6个偏少), its name with the verb turned.
            other = quantities.down_verbs if words in quantities.up_verbs \
                else quantities.up_verbs
            last = self.state.last[0]
            turned = max((v for v in other if len(v) >= 2 and v in last), key=len, default="")
            return last.replace(turned, words, 1) if figure.counted and turned else ""
        return words

    def _counted_head_end(self, words: str) -> int:
        """Where the noun a count names ends in ``words``: the first word bound
        after an area's, a group's or an institution's head (设区市|科技创新综合指数;
        设区|市 read as one name, not 设区市地区), 0 if none within a member's length."""
        heads = (*self.vocab.area_ends, *self.vocab.group_heads, *self.vocab.institution_heads)
        ends = sorted(b for b in word_boundaries(words)
                      if 0 < b <= _MEMBER_LIMIT and words[:b].endswith(heads))
        at = ends[0] if ends else 0
        while at and at + 1 in ends:  # (a one-letter head goes on the name: 设区 + 市)
            at += 1
        return at

    def _counted_noun(self, post: str) -> str:
        """What a count names in the words after it that go on to a measure of
        those counted, with a figure of its own next (沱江流域46个断面Ⅰ～Ⅲ类水质
        比例为95.7%: the count is of 断面, the rate is the measure's): the words
        before the measure opens, with a grade, a Latin name or an opener word."""
        ends = [at for word in self.vocab.measure_openers
                if (at := post.find(word, 1)) > 0 and at in word_boundaries(post)]
        if opening := _MEASURE_OPENING.search(post, 1):
            ends.append(opening.start())
        return post[:min(ends, default=len(post))]

    def _named_after_colon(self, figure: Figure) -> str:
        """A figure that leads its line, then a colon and what it is, as a
        release's highlights list them (■73439万人：年末全国就业人员)."""
        if not self.text.startswith(("：", ":"), figure.end):
            return ""
        line_start = self.text.rfind("\n", 0, figure.start) + 1
        line_end = self.text.find("\n", figure.end)
        words = self.text[figure.end + 1:line_end if line_end >= 0 else len(self.text)]
        # (The name is the first clause; those after it remark on the figure: ，居全国第一.)
        words = regex.split(r"[，；,;]", words, maxsplit=1)[0]
        if not _LINE_LEAD.fullmatch(self.text, line_start, figure.start) \
                or not _NAME_ONLY.fullmatch(words):
            return ""
        return self.clean(words)[:30]

    @staticmethod
    def _part_of(whole: str, post: str) -> str:
        """The part of a whole that the words after its count say (行业增加值增长 of
        大类行业 -> 增加值增长的大类行业), the noun they repeat left out."""
        repeated = next((k for k in range(len(whole), 0, -1) if post.startswith(whole[-k:])), 0)
        predicate = post[repeated:]
        return f"{predicate}的{whole}" if predicate else whole

    def _carried_members(self, count: int) -> list[str] | None:
        state = self.state
        if len(state.members) == count:
            return state.members
        if len(state.scope_members) == count:
            return state.scope_members
        for members in reversed(state.history):
            if len(members) == count:
                return members
        return None

    @staticmethod
    def _joined(*parts: str) -> str:
        out = ""
        for part in parts:
            if part and not out.endswith(part):
                out += part
        return out


def _opening(words: tuple[str, ...], subject: str) -> str:
    """The one of ``words`` a subject opens with (城市低保对象 -> 城市), if any."""
    return next((w for w in words if subject.startswith(w)), "")


def _is_average(subject: str, vocab: Vocabulary) -> bool:
    """Whether a subject names an average or a per-head figure (平均…, 月人均…)."""
    return bool(vocab.average.match(subject) or vocab.per_head_start.match(subject))


def _owners_named(measure: str, names: list[str]) -> list[str] | None:
    """Each name up to the word ``measure`` opens with, where every name has that
    word before words of its own (补贴标准 of 生活补贴对象, 护理补贴对象 -> 生活补贴,
    护理补贴): the owners of the measure the names counted something of."""
    first = min((at for at in word_boundaries(measure) if at >= 2), default=0)
    owner = measure[:first]
    if not owner or first == len(measure):
        return None
    members = []
    for name in names:
        at = name.rfind(owner)
        end = at + len(owner)
        if at <= 0 or end >= len(name) or end not in word_boundaries(name):
            return None
        members.append(name[:end])
    return members if len(set(members)) == len(members) else None


def _same_last_word(a: str, b: str) -> bool:
    """Whether two names end in the same word of two or more characters that
    follows other words (万元国内生产总值|用水量, 万元工业增加值|用水量)."""
    for at in sorted(word_boundaries(b)):
        tail = b[at:]
        if at > 0 and len(tail) >= 2 and len(a) > len(tail) and a.endswith(tail) \
                and len(a) - len(tail) in word_boundaries(a):
            return True
    return False


def _restates(modifier: str, name: str) -> bool:
    """Whether a member's words before its head repeat a run of ``name`` as long
    as a verb with its agent (省法院受理 in 法院受理各类案件), not one word (价格)."""
    return any(modifier[i:i + _RESTATED] in name for i in range(len(modifier) - _RESTATED + 1))


def _unmodified(a: str, b: str) -> str:
    """What the longer of two names adds after the shorter, if it opens with it
    (乘用车厂商, 乘用车厂商累计 -> 累计), else ""."""
    short, long = sorted((a, b), key=len)
    return long[len(short):] if long.startswith(short) and long != short else ""


def _shared_tail(a: str, b: str) -> str:
    """The longest ending of ``b`` after words of its own that ``a`` ends with after
    words of its own, in place of them (稻谷播种面积, 粮食播种面积 -> 播种面积), also
    without its 总 (猪肉产量, 肉类总产量 -> 产量). Not all of ``b``: a name that
    holds the whole total is a whole of its own (城乡居民基本医疗保险参保人数)."""
    for at in sorted(word_boundaries(b) - {0}):
        for tail in (b[at:], b[at + 1:] if b.startswith("总", at) else ""):
            if len(tail) >= 2 and len(a) - len(tail) >= 2 and a.endswith(tail) \
                    and len(a) - len(tail) in word_boundaries(a):
                return tail
    return ""


# jieba's tags of words that say how things stand (充足, 偏紧, 回落, 价格上涨).
_PREDICATE_TAGS = ("a", "ad", "d", "v", "l")


def _without_predicate(last: str, others: list[str]) -> str:
    """The last member of a clause that is a list and what is said of it, without
    the saying (鲜菜、鸡蛋和牛肉供应充足 -> 牛肉): as many words as the longest other
    member, where the words after end in an adjective or a verb."""
    words = tagged(last)
    size = max(len(tagged(o)) for o in others) if others else 0
    if not size or len(words) <= size or words[-1][1] not in _PREDICATE_TAGS:
        return last
    return "".join(w for w, _ in words[:size])


def _owner_of_lead(first: str, measure: str) -> str:
    """The owner of the first measure of a list that a later one, opening with
    the same word, leaves out (新建商品房销售面积、销售额 -> 新建商品房; 职工医保参保
    人数、参保率 -> 职工医保), else "": not one that opens the first too (一般公共预算
    收入、一般公共预算支出), nor a word inside another (货物进出口总额、出口额)."""
    bounds = word_boundaries(first)
    for n in range(len(measure) - 1, 1, -1):
        at = first.find(measure[:n], 2)
        if at > 0 and at in bounds and not first.startswith(measure[:n]):
            return first[:at]
    return ""


def _owner_of_like_rate(first: str, rate: str, heads: tuple[str, ...]) -> str:
    """The owner of the first of a list of rates that a later one, a bare rate
    written as long as the first's (an act and 率), leaves out (市级部门解决率、满意率
    -> 市级部门), else ""."""
    head = next((h for h in heads if rate.endswith(h) and first.endswith(h)), "")
    at = len(first) - len(rate)
    if not head or len(rate) > 4 or at < 2 or at not in word_boundaries(first):
        return ""
    return first[:at]


def _shared_parts(members: list[str], head: str, heads: tuple[str, ...]) -> list[str]:
    """Members written as bare modifiers share the last one's head and the
    first one's 第 (第一、二、三产业 -> 第一产业, 第二产业, 第三产业; 城镇、
    农村居民 -> 城镇居民, 农村居民). Members that are words of their own
    (企业、机关事业、灵活就业人员) stay as written, and so do those that end
    in a head of their own (``heads``: 学生、退休人员)."""
    if not head:
        return members
    stems = [m.removesuffix(head) for m in members]
    if any(len(s.removeprefix("第")) > 2 for s in stems) \
            or any(s.endswith(heads) for s in stems[:-1]):
        return members
    if stems[0].startswith("第"):
        stems = [s if s.startswith("第") or not _CN_NUMERAL.fullmatch(s) else "第" + s
                 for s in stems]
    return [s + head for s in stems]


_CN_NUMERAL = regex.compile(r"[一二三四五六七八九十]+")
_SEXES = {"男": "女", "女": "男"}  # (男幼儿…，女幼儿为…: a group by sex)


def _parallel_names(names: list[str]) -> list[str] | None:
    """Names counted one after another that end alike (糖尿病患者, 乳腺癌), without
    the lead words the first one alone has or all of them share (规范管理高血压患者
    -> 高血压患者; 检出宫颈癌、检出乳腺癌 -> 宫颈癌, 乳腺癌); None where they are
    not alike or name measures."""
    words = [_words(n) for n in names]
    size = len(words[1])
    if any(len(w) != size for w in words[2:]) or len(words[0]) < size \
            or len({n[-1] for n in names}) != 1 or any("率" in n for n in names):
        return None
    words[0] = words[0][-size:]
    while len(words[0]) > 1 and len({tuple(w[:1]) for w in words}) == 1:
        words = [w[1:] for w in words]
    return ["".join(w) for w in words]


def _sibling_of(subject: str, before: str, area_ends: tuple[str, ...]) -> str | None:
    """A measure named without the area the one before it is of, whose last word
    it shares: 县城用水普及率97.85%，燃气普及率94.36% -> 县城燃气普及率 (the words
    of ``subject`` stand in for as many words of as many characters there)."""
    words = _words(subject)
    words_before = _words(before)
    if len(words) < 2 or len(words[-1]) < 2 or len(words_before) <= len(words) \
            or words_before[-1] != words[-1]:
        return None
    owner, replaced = "".join(words_before[:-len(words)]), words_before[-len(words):]
    if not owner.endswith(area_ends) or ([len(w) for w in replaced] != [len(w) for w in words]
                                     and replaced[1:] != words[1:]):
        return None  # (市区月最低工资标准…，小时最低工资标准…: one word for another)
    if subject.startswith(owner):
        return None  # (城镇非私营单位…工资…；城镇私营单位…工资: it names the area itself)
    return owner + subject


def _is_place_name(text: str) -> bool:
    """A place's name alone (广州市, 张家界市: a word, or a word and its suffix),
    not words that end in one (合计占全省, 社区卫生服务中心（乡镇)."""
    words = _words(text)
    return _HAN_NAME.fullmatch(text) is not None and not text.startswith(("全", "本", "我")) \
        and (len(words) == 1 or (len(words) == 2 and len(words[1]) == 1))


_HAN_NAME = regex.compile(r"\p{Han}{2,8}")
# A good traded may be one character (；煤4.9亿吨，…；铜…: 进口煤).
_GOODS_NAME = regex.compile(r"\p{Han}{1,8}")
# A count of places, not one (三市, 两县).
_COUNTED_PLACES = regex.compile(r"[一二两三四五六七八九十]")
_OPEN_BRACKET = regex.compile(r"[（(]")


def _words(text: str) -> list[str]:
    """The words of a text, as jieba cuts it."""
    bounds = sorted(word_boundaries(text))
    return [text[a:b] for a, b in pairwise(bounds)]


def _noun_before_verb(subject: str, verbs: tuple[str, ...]) -> int:
    """Where a breakdown's member, named by nouns alone, ends before the verb its
    measure opens with (国省道|发生事故, 自然人|登记作品, 应用软件|登记量); 0 when
    the subject is not written so."""
    at = 0
    for word, tag in tagged(subject):
        if at >= 2 and word.startswith(verbs) and subject[at:] not in verbs:
            return at
        if not (tag.startswith("n") or tag in ("l", "b", "j")):
            return 0
        at += len(word)
    return 0


_COUNT_WORDS = ("数量", "总数")
"""Words that name the number of a thing (养老机构数量), not a measure of its own."""

_TOPIC_LENGTH = 8
"""No topic X方面 that names the figures after it is longer (校园食品安全): a longer
one has run into the words before it (a subhead joined to its paragraph)."""

_WHOLE_LEAD = 4
"""A lead this long shared with the total names a whole of the same kind."""


def _whole_like(subject: str, total: str, member: str) -> bool:
    """Whether a subject is named like the total, not like the member before:
    the same long lead (野生植物 after 野生动物 and its 国家一级), or the
    total's last word where the member named the whole total (湿地公园 after
    森林公园 and its 国家级森林公园); and the total is not in it, nor it in
    the total: another whole, no member."""
    if not total or total in subject or subject in total:
        return False
    lead = _common_lead(subject, total)
    if lead >= _WHOLE_LEAD and lead > _common_lead(subject, member):
        return True
    return member.endswith(total) and len(common_suffix([subject, total])) >= 2


def _of_referent(named: str, subject: Subject) -> Subject:
    """The subject with what its pronoun 其 stands for in its place, the words before
    it dropped (检查发现其违规收费涉及金额 -> 三级综合医院违规收费涉及金额)."""
    indicators = []
    for indicator in subject.indicators:
        words = tagged(indicator) if "其" in indicator else ()
        at = next((k for k, (w, tag) in enumerate(words) if w == "其" and tag == "r"), -1)
        indicators.append(named + "".join(w for w, _ in words[at + 1:]) if at >= 0 else indicator)
    return Subject(tuple(indicators), subject.dimensions)


def _owned_rest(owner: str, indicator: str, rest_words: tuple[str, ...]) -> str:
    """A subject naming the rest of a class (其余传染病共报告发病) named by the class,
    the head they share written once.

    >>> _owned_rest("乙类传染病", "其余传染病共报告发病", ("其余", "其他"))
    '乙类传染病共报告发病'
    >>> _owned_rest("重点行业", "其他企业利润", ("其余", "其他"))
    '重点行业企业利润'
    """
    rest = next(indicator.removeprefix(r) for r in rest_words if indicator.startswith(r))
    shared = next((n for n in range(min(len(owner), len(rest)), 1, -1)
                   if rest.startswith(owner[-n:])), 0)
    return owner + rest[shared:]


def _same_lead(a: str, b: str) -> bool:
    """Whether two subjects begin with the same word of two or more characters
    (in the other it may begin a longer word: 专利|授权量, 专利申请|量)."""
    first = min((i for i in word_boundaries(a) if i > 0), default=len(a))
    return first >= 2 and b.startswith(a[:first])


def _whole_share(share: str, share_of_whole: regex.Pattern[str]) -> str:
    """占W(的比重) named as W's share (占用水总量 -> 用水总量占比), else ""."""
    named = share_of_whole.fullmatch(share[1:])
    if not share.startswith("占") or not named or len(named.group("whole")) < 2:
        return ""
    return named.expand(r"\g<whole>占比\g<aside>")


def _said_shorter(whole: str, subject: str) -> bool:
    """Whether ``whole`` names ``subject`` in fewer words, 总 and 全部 aside (总用户数
    for 宽带接入用户总数, 移动基站总数 for 移动通信基站总数).

    >>> _said_shorter("总用户数", "宽带接入用户总数"), _said_shorter("全国", "5G基站总数")
    (True, False)
    """
    words = iter(subject.replace("总", ""))
    short = whole.removeprefix("全部").removeprefix("全").replace("总", "")
    return len(short) >= 3 and all(char in words for char in short)


def _share_whole(whole: str, share_of_whole: regex.Pattern[str]) -> str:
    """The whole a share is of, without 的比重/比例 after it (持证残疾人总数比例 ->
    持证残疾人总数)."""
    named = share_of_whole.fullmatch(whole)
    return named.group("whole") if named else whole


def _share(predicate: str) -> str:
    """A share's name: 占比 for a bare 占 (…人口为25338万人，占17.95%)."""
    return predicate + "比" if len(predicate) == 1 else predicate


def _industries_listed(text: str, count: int) -> list[str] | None:
    """A list of industries with fewer figures than 、-pieces, one name each
    figure: 采矿业、金融业和电力、热力、燃气及水生产和供应业 (3 figures) -> 采矿业,
    金融业, 电力、热力、燃气及水生产和供应业; the last may end without 业 (…和教育)."""
    members, at = [], 0
    while len(members) < count - 1 and (m := _LISTED_INDUSTRY.match(text, at)):
        members.append(m.group())
        at = m.end() + 1
    last = text[at:]
    return [*members, last] if len(members) == count - 1 and last else None


def _one_name_too_many(pieces: list[str], count: int) -> list[str]:
    """Pieces of a list with one more name than figures, the name that holds a 、
    joined again: 及其 refers back to the names before it (食用油、油脂及其制品
    is one class), so the piece that says it is one name with the one before.
    Only when one inner piece says it; else the pieces as they are."""
    if len(pieces) != count + 1 or count < 2:
        return pieces
    joins = [i for i in range(1, len(pieces) - 1) if "及其" in pieces[i]]
    if len(joins) != 1:
        return pieces
    at = joins[0]
    return [*pieces[:at - 1], f"{pieces[at - 1]}、{pieces[at]}", *pieces[at + 1:]]
