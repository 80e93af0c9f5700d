"""The checks table: each relation found, mismatches found, no false alarm."""

from __future__ import annotations

import re

import pandas as pd
import pytest

from extract.pipeline import extract_file, extract_text

from .conftest import DEV, SAMPLES


def checks_of(text: str) -> pd.DataFrame:
    return extract_text(text, doc_id="case")["checks"]


def only(checks: pd.DataFrame, kind: str) -> pd.Series:
    rows = checks[checks["check"] == kind]
    assert len(rows) == 1, checks.to_string()
    return rows.iloc[0]


def test_members_that_add_up_to_their_total() -> None:
    row = only(checks_of("职工医保参保人数200.00万人。企业、机关事业、灵活就业等其他人员这三类"
                         "参保人分别为150.00万人、30.00万人、20.00万人。"), "sum")
    assert (row["fact_ids"], row["status"]) == ("2;3;4;1", "ok")
    assert (row["expected"], row["actual"], row["tolerance"]) == (200.0, 200.0, 0.02)


def test_members_that_exceed_their_total() -> None:
    row = only(checks_of("2024年全市参加职工医保人数300.00万人。其中在职职工200.00万人，"
                         "退休人员110.00万人。"), "sum")
    assert (row["status"], row["expected"], row["actual"]) == ("mismatch", 310.0, 300.0)
    assert "exceed" in row["detail"]


def test_a_column_of_the_whole_area_is_the_total_of_the_region_columns() -> None:
    # The 全市 column is the sum of the districts beside it, not one of them.
    row = only(checks_of("表1 分区域农业经营户\n| | 全市 | 东区 | 西区 | 北区 |\n|---|---|---|---|---|\n"
                         "| 农业经营户（万户） | 60.5 | 20.1 | 25.2 | 15.2 |\n"), "sum")
    assert (row["fact_ids"], row["status"]) == ("2;3;4;1", "ok")
    assert (row["expected"], row["actual"]) == (60.5, 60.5)


def test_a_partial_list_after_qizhong_is_not_a_mismatch() -> None:
    # 征缴收入 and 财政补贴 need not be all of the income (there is interest too).
    assert checks_of("2024年基金收入100.0亿元，其中征缴收入60.0亿元，财政补贴收入30.0亿元。").empty


def test_a_complete_list_that_falls_short() -> None:
    row = only(checks_of("参保人数100万人，其中企业、机关、其他人员分别为50万人、20万人、20万人。"),
               "sum")
    assert row["status"] == "mismatch" and "其他" in row["detail"]


def test_rounding_of_every_term_is_allowed() -> None:
    # 2.62 + 1.34 = 3.96 against 3.97: each of the three is exact to ±0.005.
    row = only(checks_of("异地就医就诊人次为3.97亿人次，其中职工医保异地就医2.62亿人次，"
                         "居民医保异地就医1.34亿人次。"), "sum")
    assert (row["status"], row["tolerance"]) == ("ok", 0.015)


def test_averages_and_rates_are_never_summed() -> None:
    assert checks_of("2024年次均住院费用10000元，其中三级、二级医院分别为12000元、8000元。").empty
    assert checks_of("职工医保住院率17.95%。其中在职职工住院率为10.14%，退休人员住院率为38.88%。"
                     ).empty


def test_approximate_figures_are_not_checked() -> None:
    assert checks_of("参保人数约100万人，比上年增加10万人，增长12%。").empty


def test_shares_of_a_complete_breakdown() -> None:
    checks = checks_of("职工医保参保人数200.00万人。企业、机关事业、灵活就业等其他人员这三类参保人"
                       "分别为150.00万人、30.00万人、20.00万人，分别占参保总人数的75.00%、15.00%和"
                       "11.00%。")
    row = only(checks, "shares")
    assert (row["fact_ids"], row["expected"], row["actual"], row["status"]) == (
        "5;6;7", 100.0, 101.0, "mismatch")


def test_two_breakdowns_of_shares_in_one_sentence_are_two_wholes() -> None:
    # After the ； a second breakdown (by income) begins; summed with the first
    # it made 200 %.
    checks = checks_of("缴存职工中，国有企业占40.00%，民营企业占52.00%，其他占8.00%；"
                       "中、低收入占97.62%，高收入占2.38%。")
    row = only(checks, "shares")
    assert (row["fact_ids"], row["status"], row["actual"]) == ("1;2;3", "ok", 100.0)


def test_members_of_the_whole_after_a_part_listed_under_qizhong() -> None:
    # 城镇 and 乡村 make up the whole, not the 其中 part just before them.
    row = only(checks_of("社会消费品零售总额45396亿元。其中，除汽车以外的消费品零售额40486亿元。"
                         "按经营单位所在地分，城镇消费品零售额39418亿元；乡村消费品零售额5978亿元。"),
               "sum")
    assert (row["fact_ids"], row["status"], row["expected"]) == ("3;4;1", "ok", 45396.0)


def test_balance_of_one_fund() -> None:
    row = only(checks_of("2024年居民医保基金收入100.00亿元，支出80.00亿元，当期结存21.00亿元。"),
               "balance")
    assert (row["fact_ids"], row["expected"], row["actual"], row["status"]) == (
        "1;2;3", 20.0, 21.0, "mismatch")


@pytest.mark.parametrize("balance", ["当期结存", "当年结余", "当年收支结余"])
def test_the_years_balance_in_the_words_of_any_fund(balance: str) -> None:
    row = only(checks_of(f"失业保险基金收入18746万元，支出12385万元，{balance}6300万元。"),
               "balance")
    assert (row["expected"], row["actual"], row["status"]) == (6361.0, 6300.0, "mismatch")


def test_balance_of_a_part_is_not_compared_with_the_whole_fund() -> None:
    # The whole fund's income and expenditure include the personal accounts.
    assert checks_of("2024年全市基本医保基金总收入100.00亿元，总支出80.00亿元。"
                     "统筹基金当期结存15.00亿元。").empty


@pytest.mark.parametrize(("growth", "status"), [("11.11", "ok"), ("11.00", "mismatch")])
def test_growth_from_level_and_change(growth: str, status: str) -> None:
    row = only(checks_of(f"全市参保人数100.00万人，比上年增加10.00万人，比上年增长{growth}%。"),
               "growth")
    assert (row["fact_ids"], row["status"]) == ("1;2;3", status)
    assert abs(row["expected"] - 100 * 10 / 90) < 1e-6


def test_a_real_growth_is_not_checked_against_the_nominal_change() -> None:
    # 3000 / 42000 = 7.14 %, the growth at current prices; the real 5.0 % is
    # what is left after prices and no mismatch.
    row = only(checks_of("全市居民人均可支配收入45000元，比上年增加3000元，扣除价格因素实际增长5.0%，"
                         "名义增长7.14%。"), "growth")
    assert (row["fact_ids"], row["status"]) == ("1;2;4", "ok")


def test_rate_changes_in_parallel_lists() -> None:
    checks = checks_of("参加居民医保的人群中，城镇居民、农村居民参保人数分别占参保总人数的60.10%、39.90%，"
                       "与上年度（59.00%、41.00%）相比，城镇居民和农村居民比重分别上升1.10个百分点、"
                       "-1.20个百分点。")
    assert checks[["check", "fact_ids", "status"]].values.tolist() == [
        ["change", "1;3;5", "ok"], ["change", "2;4;6", "mismatch"]]


def test_the_samples_known_mismatches_and_no_other() -> None:
    found = []
    for path in SAMPLES:
        tables = extract_file(path)
        checks, facts = tables["checks"], tables["facts"].set_index("fact_id")
        for row in checks[checks["status"] == "mismatch"].itertuples():
            values = [facts.loc[int(i), "value"] for i in row.fact_ids.split(";")]
            found.append((path.stem, row.check, values))
    assert found == [
        # 与上年度（58.35%、36.15%…）相比 … 上升-1.85 个百分点、1.05 个百分点
        ("changzhou-2024", "change", [56.55, 58.35, -1.85]),
        ("changzhou-2024", "change", [37.65, 36.15, 1.05]),
        # 其中在职职工27491.84万人，退休职工10457.50万人: 37949.34, not 37948.34
        ("national-2024", "sum", [27491.84, 10457.50, 37948.34]),
    ]


@pytest.mark.parametrize("path", SAMPLES + DEV, ids=lambda p: p.stem)
def test_every_check_is_explained_by_the_facts_it_names(path) -> None:
    tables = extract_file(path)
    facts = tables["facts"].set_index("fact_id")
    for row in tables["checks"].itertuples():
        ids = [int(i) for i in row.fact_ids.split(";")]
        assert ids == sorted(set(ids), key=ids.index) and all(i in facts.index for i in ids)
        for i in ids:  # every fact named shows its value in the arithmetic
            written = re.sub(r"^-", "", str(facts.loc[i, "text"]).replace(",", ""))
            number = re.match(r"[\d.]+", written)
            assert number and number.group() in row.detail, (row.detail, facts.loc[i, "text"])
        assert (row.status == "ok") == (abs(row.actual - row.expected) <= row.tolerance + 1e-9)


@pytest.mark.parametrize("path", DEV, ids=lambda p: p.stem)
def test_no_mismatch_on_the_development_set(path) -> None:
    checks = extract_file(path)["checks"]
    assert checks[checks["status"] == "mismatch"].empty, checks.to_string()


def test_bounds_of_members_do_not_add_up_to_the_bound_of_the_whole() -> None:
    text = ("某市住房公积金2023年年度报告\n二、业务运行情况\n个人住房贷款最高额度80万元，其中，"
            "单缴存职工最高额度50万元，双缴存职工最高额度80万元。\n")
    assert checks_of(text).empty


@pytest.mark.parametrize("text", [
    # a part named under 其中 in an earlier sentence, its crop repeated among the members
    "大豆产量182.4亿斤。其中，大豆播种面积7320.5万亩，占全国的47.3%。\n"
    "从种植结构看，全省玉米播种面积9724.6万亩，比上年增加152.3万亩；水稻播种面积5470.2万亩，"
    "与上年基本持平；大豆播种面积继续稳定在7000万亩以上。\n",
    # the same part, not repeated
    "全年粮食产量1600.3亿斤。其中，大豆播种面积7320.5万亩。全省玉米、水稻播种面积分别为"
    "9724.6万亩、5470.2万亩。",
    # a figure of one thing of the same measure, not under 其中
    "即时通信用户规模达10.60亿人，占网民整体的97.0%。网约车、在线旅行预订、网络文学的用户规模"
    "分别为5.28亿人、5.09亿人和5.20亿人。",
])
def test_an_earlier_part_or_sibling_is_not_the_total_of_a_later_list(text) -> None:
    checks = checks_of(text)
    assert checks[checks["check"] == "sum"].empty, checks.to_string()


def test_a_whole_named_before_its_crops_is_still_their_total() -> None:
    row = only(checks_of("全省粮食播种面积22168.4万亩。其中，玉米播种面积9724.6万亩，"
                         "水稻播种面积5470.2万亩，大豆播种面积7320.5万亩。"), "sum")
    assert row.status == "mismatch"  # 22515.3 exceeds 22168.4
    row = only(checks_of("全省粮食播种面积22515.3万亩。玉米、水稻、大豆播种面积分别为9724.6万亩、"
                         "5470.2万亩、7320.5万亩。"), "sum")
    assert row.status == "ok"


@pytest.mark.parametrize("text", [
    # A water balance: the total is surface water + the part of groundwater outside it.
    "全省水资源总量392.47亿立方米，其中地表水资源量306.18亿立方米，地下水资源量118.35亿立方米，"
    "地下水资源与地表水资源不重复量86.29亿立方米。",
    "2023年，全国水资源总量为25782.5亿立方米。其中，地表水资源量24633.5亿立方米，地下水资源量"
    "7807.1亿立方米，地下水与地表水资源不重复量为1149.0亿立方米。",
])
def test_members_that_overlap_are_not_summed(text: str) -> None:
    assert checks_of(text).query("check == 'sum'").empty


def test_an_overlap_counted_twice_is_subtracted() -> None:
    # Groundwater = plain + hill − what both count (not their sum, 8170.7).
    row = only(checks_of("2023年，全国地下水资源量为7807.1亿立方米。其中，平原区地下水资源量为1723.9"
                         "亿立方米，山丘区地下水资源量为6265.0亿立方米，平原区与山丘区之间的地下水资源"
                         "重复计算量为181.8亿立方米。"), "sum")
    assert (row["fact_ids"], row["status"], row["expected"]) == ("2;3;4;1", "ok", 7807.1)
    assert "− 平原区与山丘区之间的地下水资源重复计算量" in row["detail"]


def test_an_overlap_subtracted_that_does_not_fit_is_a_mismatch() -> None:
    row = only(checks_of("全国地下水资源量为7707.1亿立方米。其中，平原区地下水资源量为1723.9亿立方米，"
                         "山丘区地下水资源量为6265.0亿立方米，平原区与山丘区之间的地下水资源重复计算量"
                         "为181.8亿立方米。"), "sum")
    assert (row["status"], row["expected"], row["actual"]) == ("mismatch", 7807.1, 7707.1)


@pytest.mark.parametrize("share", [
    # A part of each region's users: 5G users within each region, four wholes.
    "其中5G移动电话用户占比分别为57.3%、56.6%、56.0%和55.2%",
    "其中5G用户占比分别为57.3%、56.6%、56.0%和55.2%",
    # Each region's own users as the base.
    "分别占本地区移动电话用户的57.3%、56.6%、56.0%和55.2%",
])
def test_shares_within_each_member_are_not_shares_of_one_whole(share: str) -> None:
    checks = checks_of("全国移动电话用户总数达17.9亿户。分地区看，东部、中部、西部和东北地区移动电话用户"
                       f"分别达8.05亿户、3.96亿户、4.68亿户和1.21亿户，{share}。")
    assert checks.query("check == 'shares'").empty
    assert only(checks, "sum")["status"] == "ok"


@pytest.mark.parametrize(("text", "ids"), [
    # Shares of the members' kind (三次产业 of 第一、第二、第三产业) are of one whole.
    ("全年全市增加值1000亿元。第一产业、第二产业、第三产业增加值分别为100亿元、400亿元和500亿元，"
     "三次产业增加值占比分别为10.0%、40.0%和51.0%。", "5;6;7"),
    ("全县粮食播种面积100万亩。小麦、玉米、其他作物播种面积分别为40万亩、50万亩和10万亩，"
     "播种面积占比分别为40.0%、50.0%和11.0%。", "5;6;7"),
])
def test_shares_of_one_whole_that_do_not_make_100_are_a_mismatch(text: str, ids: str) -> None:
    row = only(checks_of(text), "shares")
    assert (row["fact_ids"], row["status"], row["actual"]) == (ids, "mismatch", 101.0)


def test_a_month_and_the_year_so_far_are_not_parts_of_a_total() -> None:
    # A release's table gives a month and the months so far side by side: the
    # 12月 and 1-12月累计 cells are two periods of the measure, not its parts.
    text = ("2024年，全市一般公共预算收入完成418.55亿元。\n\n"
            "| 项目 | 12月（万元） | 1-12月累计（万元） |\n|---|---|---|\n"
            "| 一般公共预算收入 | 365203 | 4185496 |\n| 税收收入 | 280112 | 3102458 |\n")
    assert checks_of(text).query("check == 'sum' and status == 'mismatch'").empty


def test_quarters_are_parts_of_their_year() -> None:
    row = only(checks_of("全年结婚登记610.6万对，一季度、二季度、三季度、四季度分别为249.3万对、"
                         "93.9万对、131.1万对和136.3万对。"), "sum")
    assert (row["status"], row["expected"]) == ("ok", 610.6)


def test_a_part_under_qizhong_is_not_a_sibling_of_the_member_before() -> None:
    # 80周岁及以上 is within 60周岁及以上, so the two add up to nothing.
    checks = checks_of("年末全县户籍人口34.72万人，全年户籍出生人口1684人。年末户籍人口中，60周岁及"
                       "以上人口10.37万人，占户籍总人口的29.87%；其中80周岁及以上人口1.52万人。")
    assert checks.query("check == 'sum'").empty, checks.to_string()


def test_members_are_checked_against_the_whole_they_add_up_to_not_a_nearer_flow() -> None:
    # 迁出人口 is nearer and names 人口 too, but the members make 户籍总人口.
    row = only(checks_of("2023年末全县户籍总人口84.57万人。全年户籍出生人口7015人，迁出人口10467人。"
                         "户籍人口中，城镇人口34.90万人，乡村人口49.67万人。"), "sum")
    assert (row["status"], row["actual"]) == ("ok", 84.57), row.to_string()


def test_a_total_broken_down_two_ways_in_one_sentence_is_checked_each_way() -> None:
    checks = checks_of("全年共收到申请582件。其中，自然人申请521件，法人或其他组织申请61件；"
                       "当面申请35件，网络申请497件，信函申请50件。")
    sums = checks.query("check == 'sum'")
    assert list(sums["status"]) == ["ok", "ok"], checks.to_string()
    assert list(sums["actual"]) == [582.0, 582.0]


def test_members_more_than_twice_a_figure_are_not_its_breakdown() -> None:
    # 12月 进出口 is the nearest 进出口, but the kinds of firm break the year's down.
    checks = checks_of("全年进出口43.85万亿元。12月，进出口4.06万亿元。全年民营企业、外商投资企业、"
                       "国有企业进出口分别为24.33万亿元、12.99万亿元、6.47万亿元。")
    assert (checks.query("check == 'sum'")["status"] != "mismatch").all(), checks.to_string()


def test_a_list_after_a_ranking_head_is_never_complete() -> None:
    # The top three of the diseases, one of which is named 其他…: not all of them.
    assert checks_of("全年报告丙类传染病发病1162501例。报告发病数居前3位的病种依次为流行性感冒、"
                     "其他感染性腹泻病和手足口病，分别报告1021347例、82916例和51208例。").empty


def test_other_inside_a_name_is_no_catch_all() -> None:
    # A partial list (no catch-all member) may fall short: no check.
    assert checks_of("全年规模以上工业产值500亿元，其中汽车制造业、计算机、通信和其他电子设备制造业"
                     "产值分别为200亿元、100亿元。").empty
    row = only(checks_of("参保人数100万人，其中企业、机关、灵活就业等其他人员分别为50万人、"
                         "20万人、20万人。"), "sum")
    assert row["status"] == "mismatch" and "其他" in row["detail"]


def test_a_part_in_brackets_after_a_member_is_no_sibling() -> None:
    row = only(checks_of("全年新增减税降费及退税缓费147.62亿元，其中新增减税降费及退税106.85亿元"
                         "（含留抵退税38.92亿元），缓税缓费40.77亿元。"), "sum")
    assert (row["status"], row["expected"], row["actual"]) == ("ok", 147.62, 147.62)
    # Parts listed in brackets right after a member's figure, with no word saying so.
    row = only(checks_of("全省发行地方政府债券6828.46亿元。其中，新增债券4215.30亿元（一般债券"
                         "356.00亿元、专项债券3859.30亿元），再融资债券2613.16亿元。"), "sum")
    assert (row["status"], row["expected"], row["actual"]) == ("ok", 6828.46, 6828.46)
    # A list all in brackets after its total is the total's.
    row = only(checks_of("全省52座大中型水库（其中大型水库6座、中型水库46座）蓄水总量为14.86亿立方米。"),
               "sum")
    assert (row["status"], row["expected"]) == ("ok", 52)


def test_members_that_exceed_an_earlier_total_without_qizhong_are_not_its_parts() -> None:
    assert checks_of("12月当月，我国进出口4.06万亿元。同期，我国对拉丁美洲、非洲分别进出口3.72万亿元、"
                     "2.1万亿元。").empty
    row = only(checks_of("全国共有社会组织88.2万个。其中：社会团体37.3万个，基金会9617个，"
                         "民办非企业单位50.8万个。"), "sum")
    assert row["status"] == "mismatch"


def test_a_growth_in_the_place_of_a_list_belongs_to_a_level_of_its_unit() -> None:
    # 11.84% is the growth of the amount (亿元), not of the works counted in 件.
    checks = checks_of("全年共完成著作权质权登记411件，同比下降8.05%；涉及作品数量2947件，"
                       "比上年减少326件；涉及主债务金额56.72亿元，同比增长11.84%。")
    assert (checks["status"] == "ok").all(), checks.to_string()


def test_a_growth_of_another_period_is_not_the_levels() -> None:
    text = ("2020年1-9月全省医疗保障主要指标快报\n"
            "指标名称                    单位    本月      累计    上年同期累计   同比增长（%）\n"
            "二、基金收入\n"
            "  职工医保统筹基金          亿元    18.57    162.35       169.84       -4.41\n"
            "  城乡居民医保基金          亿元     6.12    274.81       258.36        6.37\n")
    checks = checks_of(text)
    growths = checks[checks["check"] == "growth"]
    assert len(growths) == 2 and (growths["status"] == "ok").all(), checks.to_string()


def test_shares_of_each_types_own_whole_are_not_summed() -> None:
    checks = checks_of("全年政府采购授予中小企业合同金额24680.4亿元。货物、工程、服务采购授予中小企业"
                       "合同金额分别为4872.6亿元、10938.1亿元和8869.7亿元，分别占各类型采购规模的"
                       "63.8%、82.1%和68.4%。")
    assert list(checks["check"]) == ["sum"], checks.to_string()  # (the amounts do add up)
