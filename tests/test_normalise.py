"""The normaliser: named steps, and an offset map that never lies."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract.normalise import STEPS, apply_edits, normalise, to_simplified
from extract.read import read_text
from extract.records import RawDoc

# Text like a bulletin's, and its troubles: full-width digits, stray spaces,
# hard breaks, markers, traditional characters, punctuation of both widths.
ALPHABET = ("参保人数万亿元比上年增长下降其中职工医保基金收入支出累计结存。，、；：（）"
            "參數據萬億職醫療據總計%％.．0123456789０１２３４５６７８９ 　\n\t[]［］,;:()")
texts = st.text(alphabet=ALPHABET, max_size=300)


def _digits(text: str) -> list[str]:
    return [unicodedata.normalize("NFKC", ch) for ch in text if ch.isdigit()]


@settings(max_examples=300, deadline=None)
@given(texts)
def test_offset_map_is_monotone_and_in_range(rules, text) -> None:
    # Monotone within a line: notes moved past the end of a paragraph a page
    # cut are whole lines that keep their own offsets.
    norm = normalise(read_text(text, "p"), rules)
    assert len(norm.to_raw) == len(norm.text) + 1
    assert len(norm.simplified) == len(norm.text)
    assert all(0 <= o <= len(text) for o in norm.to_raw)
    assert all(a <= b for a, b, ch in zip(norm.to_raw, norm.to_raw[1:], norm.text + " ",
                                          strict=False) if ch != "\n")


@settings(max_examples=300, deadline=None)
@given(texts)
def test_never_loses_or_invents_a_digit(rules, text) -> None:
    norm = normalise(read_text(text, "p"), rules)
    assert _digits(norm.text) == _digits(text)
    for i, ch in enumerate(norm.text):
        if ch.isdigit():  # every digit comes from the same digit in the raw text
            assert unicodedata.normalize("NFKC", text[norm.to_raw[i]]) == ch


@pytest.mark.parametrize("text", ["0000::::,,,,\n00000000::,,,,．", "0\n0 万", "0\n0\n%", "字\n0\n%",
                                  "0 000 ", "5 000 人", ";万\n上0", "0\n. 0",
                                  ",0\n0", ")\n0\n支", "0\u3000000", ",万\n上 0",
                                  ",万\n上 万0", ";万\n0",
                                  pytest.param("万\n0\n0元", marks=pytest.mark.xfail(
                                      strict=True, reason="joins are judged pair by pair, "
                                      "before the next line joins b (0 / 0元 -> 0 0元), which "
                                      "a second pass then reads as a figure after 万"))])
def test_normalising_twice_changes_nothing_more_found_by_hypothesis(rules, text) -> None:
    once = normalise(read_text(text, "p"), rules).text
    assert normalise(read_text(once, "p"), rules).text == once


@settings(max_examples=200, deadline=None)
@given(texts)
def test_normalising_twice_changes_nothing_more(rules, text) -> None:
    once = normalise(read_text(text, "p"), rules).text
    assert normalise(read_text(once, "p"), rules).text == once


@given(st.text(max_size=50), st.data())
def test_apply_edits_keeps_unedited_offsets(text, data) -> None:
    cuts = sorted(data.draw(st.lists(st.integers(0, len(text)), max_size=6)))
    edits = [(a, b, "x") for a, b in zip(cuts[::2], cuts[1::2], strict=False)]
    new, offsets = apply_edits(text, list(range(len(text) + 1)), edits)
    assert len(offsets) == len(new) + 1
    for i, ch in enumerate(new):
        if offsets[i] < len(text) and text[offsets[i]] == ch:
            continue
        assert ch == "x"


def test_steps_are_reported(rules) -> None:
    norm = normalise(read_text("收入 153.16\n\n亿元，比上年增长１７.79％。", "p"), rules)
    assert set(norm.steps) == set(STEPS)
    assert norm.text == "收入153.16亿元，比上年增长17.79%。"
    assert norm.steps["fullwidth_to_halfwidth"] == 3


def test_spaces_stay_between_ascii_words_and_in_mixed_text(rules) -> None:
    norm = normalise(read_text("占当地 GDP比重约为 1.57%，发布于 2025-07-31 10:52", "p"), rules)
    assert norm.text == "占当地GDP比重约为1.57%，发布于2025-07-31 10:52"


def test_a_fullwidth_unit_on_the_next_line_is_joined(rules) -> None:
    # Joining runs before full-width forms become ASCII: ％ must count as a unit.
    assert normalise(read_text("增长 12.5\n％。", "p"), rules).text == "增长12.5%。"


# Lines joined or kept apart, spaces dropped or kept: raw text → normalised text.
_JOINS = [
    # A <br> between a subject and its figure; dates, years and headings start lines.
    pytest.param("年末全市常住人口\n356.2万人。\n第二段\n2024年全市参保。\n一、综合\n12.5%的比重。",
                 "年末全市常住人口356.2万人。\n第二段\n2024年全市参保。\n一、综合\n12.5%的比重。",
                 id="a_figure_on_the_next_line_goes_on_with_its_subject"),
    # The last, short line of a paragraph shows no wrap width: the unit tells.
    pytest.param("其中住院87.3万人\n次。提高0.7个百\n分点。\n增长5%\n人均费用下降。",
                 "其中住院87.3万人次。提高0.7个百分点。\n增长5%\n人均费用下降。",
                 id="a_unit_broken_over_two_lines_is_joined"),
    # Between a figure and words a space stays (it parts a headline's
    # clauses); in a line spaced out by a PDF extractor, spaces go.
    pytest.param("城镇新增就业1256万人 调查失业率5.1%\n收入 153.16 亿元 比上年增长",
                 "城镇新增就业1256万人 调查失业率5.1%\n收入153.16亿元比上年增长",
                 id="a_space_after_a_figure_parts_a_headline"),
    # Hong Kong's releases group thousands with a space; a code or a run of
    # small numbers (表2 3 4, GB 3095) keeps its spaces.
    pytest.param("總就業人數為3 709 600人，約有11 300人。表2 3 4 GB 3095 1 23 456",
                 "總就業人數為3709600人，約有11300人。表2 3 4 GB 3095 1 23 456",
                 id="thousands_parted_by_spaces_join_but_other_digit_runs_do_not"),
    # A PDF's grouped number keeps its decimals where its unit follows at once
    # (4 911.26万人, 2 765.84/10万); a row's two cells 12 345.6 stay apart.
    pytest.param("参保人数4 911.26万人，发病率为2 765.84/10万。\n合计 12 345.6 7.8\n甲 1 234.5 ",
                 "参保人数4911.26万人，发病率为2765.84/10万。\n合计12 345.6 7.8\n甲1 234.5",
                 id="thousands_parted_by_spaces_keep_decimals_before_their_unit"),
    # A justified line spreads a figure's characters (救助  7 4 3 . 5 2  万人次):
    # one figure before its unit; a row of one-digit cells has no unit after.
    pytest.param("实施门诊和住院救助  7 4 3 . 5 2  万人次，采购 2 1 类。\n结转数量 0 1 0 1 0 1 0",
                 "实施门诊和住院救助743.52万人次，采购21类。\n结转数量0 1 0 1 0 1 0",
                 id="a_figure_spread_letter_by_letter_before_its_unit_is_one"),
    # A line ending on a word that wants its object (比, 占, 和) goes on, inside a
    # sentence only: a heading or a name's 和 keeps its line.
    pytest.param("全年支出6.42亿元，比\n上年增长15.3%。\n二、体育产业\n文化和\n旅游",
                 "全年支出6.42亿元，比上年增长15.3%。\n二、体育产业\n文化和\n旅游",
                 id="a_line_ending_on_a_word_that_wants_its_object_goes_on"),
    # So does a change's verb before its amount, even one in 天 (no figure's unit alone).
    pytest.param("全省累计优良天数平均为189天，比去年同期增加\n11天。\n二、水环境\n增加\n绿地",
                 "全省累计优良天数平均为189天，比去年同期增加11天。\n二、水环境\n增加\n绿地",
                 id="a_change_verb_at_a_line_end_goes_on_into_its_amount"),
]


@pytest.mark.parametrize(("raw", "expected"), _JOINS)
def test_normalised_text(rules, raw: str, expected: str) -> None:
    assert normalise(read_text(raw, "p"), rules).text == expected


def test_a_note_s_wide_line_that_ends_no_sentence_goes_on_in_the_next(rules) -> None:
    # Too few lines to show a wrap width: a note's wide line that ends no
    # sentence was wrapped (a word cut, 金 / 融机构), up to a note, an item or a
    # heading; a short one (a note without its 。) or one that ends a sentence stays.
    raw = ("注2：自2023年1月起，中国人民银行将消费金融公司、理财公司等纳入统计范围，上述机构的纳入使1月末金\n"
           "融机构各项贷款增加1.35万亿元\n注3：同比增速为可比口径数据\n国家统计局\n"
           "注：本表中部分数据因四舍五入的原因存在总计与分项合计不等的情况\n二、金融市场\n"
           "说明：本公报中数据均为初步统计数，部分数据因四舍五入存在差异。\n资料来源：人民银行。")
    assert normalise(read_text(raw, "p"), rules).text == raw.replace("金\n融", "金融")


def test_a_list_broken_after_its_comma_is_no_heading(rules) -> None:
    # 第一、 / 二、三产业…: the second line looks like a heading, but nothing ends with 、.
    raw = "增长4.7%。第一、\n二、三产业贡献率分别为9.1%、46.2%和44.7%。\n二、农业"
    assert normalise(read_text(raw, "p"), rules).text == (
        "增长4.7%。第一、二、三产业贡献率分别为9.1%、46.2%和44.7%。\n二、农业")


def test_marker_on_its_own_line_is_reattached(rules) -> None:
    raw = "统筹基金备付能力 17.65个月\n[2]\n。\n\n下一段。"
    assert normalise(read_text(raw, "p"), rules).text == "统筹基金备付能力17.65个月[2]。\n\n下一段。"


def test_paragraphs_inside_table_cells_stay_in_their_row(rules) -> None:
    raw = ("<html><body><table><tr><td><p>险种</p></td><td><p>参保人数（万人）</p></td></tr>"
           "<tr><td><p>职工医保</p></td><td><p>61.38</p></td></tr></table></body></html>")
    lines = [" ".join(line.split()) for line in normalise(read_text(raw, "p"), rules).text.split("\n")]
    assert [line for line in lines if line] == ["| 险种 | 参保人数（万人） |", "| 职工医保 | 61.38 |"]


def test_page_furniture_in_text_from_a_pdf_goes(rules) -> None:
    raw = ("2023年江西省医疗保障事业发展统计公报\n目  录\n一、基本医疗保险 ……………… 1\n"
           "二、医疗救助\t3\n一、基本医疗保险\n基金总收入1207.33亿元，比上年增长\n"
           "江西省医疗保障局                — 1 —\n6.45%；总支出1086.12亿元，比上年增长\n"
           "2023年江西省医疗保障事业发展统计公报\n9.87%。")
    assert normalise(read_text(raw, "p"), rules).text.split("\n") == [
        "2023年江西省医疗保障事业发展统计公报", "目录", "", "", "一、基本医疗保险",
        "基金总收入1207.33亿元，比上年增长6.45%；总支出1086.12亿元，比上年增长9.87%。"]


def test_markdown_bold_marks_go(rules) -> None:
    assert normalise(read_text("**一、综合**\n**1. 种植业。**全年粮食总产量211.3万吨。", "p"),
                     rules).text == "一、综合\n1.种植业。全年粮食总产量211.3万吨。"


def test_html_remnants(rules) -> None:
    raw = "## 一、基本情况\n\n资助7915.67万人<sup>[1]</sup>参加基本医疗保险&nbsp;。"
    norm = normalise(read_text(raw, "p"), rules)
    assert "资助7915.67万人[1]参加基本医疗保险。" in norm.text
    i = norm.text.index("[1]")
    assert raw[norm.to_raw[i + 1]] == "1"


def test_traditional_script_is_matched_in_simplified(rules) -> None:
    norm = normalise(read_text("全國人才資源總量達到1.2億人", "p"), rules)
    assert norm.text == "全國人才資源總量達到1.2億人"
    assert norm.simplified == "全国人才资源总量达到1.2亿人"
    assert to_simplified("參保") == "参保"


def test_hard_wrapped_text_is_joined_but_short_lines_stay(rules) -> None:
    line = "这是一段很长的正文文字内容用于模拟从PDF中提取的硬换行文本的效果"
    raw = "\n\n".join([f"{line}甲", f"{line}乙", f"{line}丙。", "标题行", f"{line}丁参保人数 272.42",
                       "万人。", f"{line}戊"])
    text = normalise(read_text(raw, "p"), rules).text
    assert "参保人数272.42万人。" in text
    assert "\n标题行\n" in text


def test_text_wrapped_after_so_many_characters_is_joined(rules) -> None:
    # Every line 36 characters, but from 0 to 24 of them digits: no display
    # width is shared by enough lines, the count of characters is.
    lines = []
    for digits in range(0, 26, 2):
        head = "全省收到报告" + "1" * digits + "份"
        lines.append(head + "药品不良反应监测网络覆盖县区医疗机构持续扩大基层监测能力不断增强"[:36 - len(head) - 2] + "胃肠")
    lines.append("系统疾病占26.4%。")
    assert all(len(line) == 36 for line in lines[:-1])
    text = normalise(read_text("\n".join(lines), "p"), rules).text
    assert "胃肠系统疾病占26.4%。" in text
    assert text.count("\n") == 0


# Lines as a PDF's raw text has them: a paragraph's first line indented, a
# sentence ending exactly at the right margin, the next line not indented.
_FULL = "这是一段很长的正文文字内容用于模拟从PDF中提取的硬换行文本的效"
_INDENTED = ["\u3000\u3000" + _FULL[2:] + "果", _FULL + "果", _FULL + "。",
             "其中在职职工27491.84万人，退休职工10457.50万人。",
             "\u3000\u3000" + _FULL[2:] + "果", _FULL + "了。",
             "\u3000\u3000" + _FULL[2:] + "果", "下一段。"]


def test_indented_paragraph_runs_on_past_a_full_stop_at_the_margin(rules) -> None:
    text = normalise(read_text("\n".join(_INDENTED), "p"), rules).text
    assert "效。其中在职职工27491.84万人" in text  # one paragraph
    assert "了。\n" + _FULL[2:] in text  # an indented line begins the next


def test_a_full_line_does_not_run_on_into_an_indented_paragraph(rules) -> None:
    # a line as wide as the page that ends no sentence (a web page's source
    # line printed to PDF), then an indented paragraph: no number 12632024
    source = "来源：某市通信发展管理办公室 发布日期：2025-03-18 浏览次数：1263"
    lines = [*_INDENTED, source, "\u3000\u30002024年，全市通信业运行总体平稳。"]
    text = normalise(read_text("\n".join(lines), "p"), rules).text
    assert "浏览次数:1263\n" in text or "浏览次数：1263\n" in text


def test_a_subject_runs_on_into_its_figure_indented_on_the_next_line(rules) -> None:
    # a hard return inside a sentence, the figure's line indented as a paragraph
    lines = [*_INDENTED, _FULL[:-6] + "其中发明专利授权", "\u3000\u3000816件，增长21.4%。"]
    text = normalise(read_text("\n".join(lines), "p"), rules).text
    assert "发明专利授权816件" in text


def test_the_notes_do_not_run_on_from_an_indented_paragraph(rules) -> None:
    lines = [*_INDENTED[:-1], _FULL + "。", "", "注：①在职职工含灵活就业人员。", "②按年末常住人口计算。"]
    text = normalise(read_text("\n".join(lines), "p"), rules).text
    assert "效。\n\n注：①" in text


def test_a_yearbook_entry_does_not_run_on_from_an_indented_paragraph(rules) -> None:
    lines = [*_INDENTED[:-1], _FULL + "。", "【工业】全年实现工业总产值486.73亿元。"]
    text = normalise(read_text("\n".join(lines), "p"), rules).text
    assert "效。\n【工业】" in text


def test_without_indented_paragraphs_a_full_stop_at_the_margin_ends_the_line(rules) -> None:
    # short indented lines (a centred title, captions) are no evidence
    lines = ["\u3000\u3000标题", "\u3000\u3000图1", "\u3000\u3000单位：万人"]
    lines += [line.lstrip("\u3000") for line in _INDENTED]
    text = normalise(read_text("\n".join(lines), "p"), rules).text
    assert "效。\n其中在职职工" in text


def test_a_page_break_is_no_blank_line(rules) -> None:
    raw = "| 地区 | 人数 |\n| 甲 | 1.5 |\n\f| 乙 | 2.5 |\n"
    assert normalise(read_text(raw, "p"), rules).text == "| 地区 | 人数 |\n| 甲 | 1.5 |\n| 乙 | 2.5 |\n"


def test_a_number_cut_by_the_wrap_joins_without_a_space(rules) -> None:
    # A hard-wrapped text cut between two digits: 2 / 022年, 1 / 2.5%.
    lines = [_FULL + "果", _FULL[:-1] + "发布2", "022年全省经济运行情况" + _FULL[:21] + "长1",
             "2.5%。", "阅读次数：3021", "2024年，全市经济运行。"]
    text = normalise(read_text("\n".join(lines), "p"), rules).text
    assert "发布2022年全省" in text and "长12.5%。" in text
    # A number that ends a short line is whole: the next line's is another.
    assert "30212024" not in text


def test_a_pdf_line_wrapped_between_two_digits_joins_without_a_space(rules) -> None:
    text = "表头\n" + _FULL + "2\n022年，规模以上工业增加值比上年增长1\n2.5%。\n"
    ends = (text.index("2\n") + 1, text.index("1\n2.5") + 1)
    raw = RawDoc("wrap", "<pdf>", "pdf", "", "", text, (0,), ends)
    assert "效2022年，" in normalise(raw, rules).text
    assert "增长12.5%。" in normalise(raw, rules).text


_NOTE = "[2]规模以上工业统计范围为年主营业务收入2000万元及以上的工业法人单位。"


def test_a_page_foot_note_between_the_parts_of_a_paragraph_follows_it(rules) -> None:
    # The page cut the paragraph in 3875.6 / 亿元; its notes stand between.
    lines = ["五、对外经济", "\u3000\u3000全年规模以上工业[2]增加值2958.74亿元，比上年增长7.8%。",
             "\u3000\u3000" + _FULL[2:] + "全年货物进出口总额3875.6", _NOTE,
             "\f亿元，比上年下降2.1%。", "\u3000\u3000下一段。"]
    raw = "\n".join(lines) + "\n"
    norm = normalise(read_text(raw, "p"), rules)
    assert "3875.6亿元，比上年下降2.1%。\n" + _NOTE + "\n下一段。" in norm.text
    # The moved note keeps its offsets into the raw text.
    at = norm.text.index("2000万元")
    start, end = norm.raw_span(at, at + len("2000万元"))
    assert raw[start:end] == "2000万元"


def test_a_page_foot_note_between_the_parts_of_a_table_follows_it(rules) -> None:
    rows = ["| 地区 | 地区生产总值 | 比上年增长 |", "| 甲县 | 918.26 | 6.9 |"]
    raw = "\n".join(["表1 各县主要指标", "单位：亿元、%", *rows, "[1]地区生产总值按现价计算。",
                     "\f" + rows[0], "| 乙市 | 1076.39 | 7.4 |", "", "二、农业"]) + "\n"
    text = normalise(read_text(raw, "p"), rules).text
    assert "| 甲县 | 918.26 | 6.9 |\n" + rows[0] + "\n| 乙市 | 1076.39 | 7.4 |\n[1]" in text


def test_a_list_item_after_an_unfinished_line_is_no_page_foot_note(rules) -> None:
    raw = "主要措施有：\n①加强监测。\n②完善制度。\n"
    assert normalise(read_text(raw, "p"), rules).text == raw


def test_a_paragraph_indented_after_a_blank_line_begins_anew(rules) -> None:
    text = ("2024年前11个月我国货物贸易进出口情况\n"
            "2024年12月10日                                  来源：海关总署统计分析司\n\n"
            "　　据海关统计，今年前11个月，我国货物贸易进出口总值39.79万亿元，同比增长\n"
            "4.9%。其中，出口22.97万亿元，增长6.7%；进口16.82万亿元，增长2.4%；贸易顺差\n"
            "6.15万亿元，扩大20.1%。\n")
    norm = normalise(read_text(text, "case"), rules)
    assert "统计分析司\n" in norm.text and "同比增长4.9%" in norm.text
