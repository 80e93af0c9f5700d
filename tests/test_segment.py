"""Segmentation: title, headings at every level, footnotes and tables."""

from __future__ import annotations

from dataclasses import replace

from extract.normalise import normalise
from extract.read import read_text
from extract.segment import segment


def _doc(rules, text):
    return segment(normalise(read_text(text, "case"), rules), rules)


def test_title_gives_region_and_year(rules) -> None:
    for text, region, year in [
        ("2024年度常州市医疗保障事业发展统计公报\n\n正文。", "常州市", 2024),
        ("## 2024年全国医疗保障事业发展统计公报\n\n正文。", "全国", 2024),
        ("2025年1-4月溆浦县基本医疗保险主要指标\n", "溆浦县", 2025),
        ("新闻\n\n人社部发布《2011年度人力資源和社會保障事業發展統計公報》。", "", 2011),
        ("浙江省2023年国民经济和社会发展统计公报\n", "浙江省", 2023),
        ("内蒙古自治区2023年水资源公报\n", "内蒙古自治区", 2023),
        ("2023年鄂尔多斯市东胜区国民经济和社会发展统计公报\n", "鄂尔多斯市东胜区", 2023),
        ("中华人民共和国2023年国民经济和社会发展统计公报\n", "全国", 2023),
        # A census names 全国 in its own name, and its number its year.
        ("甘肃省第七次全国人口普查主要数据公报\n", "甘肃省", 2020),
        ("四川省第五次全国经济普查公报（第一号）\n", "四川省", 2023),
        ("第七次全国人口普查公报（第二号）\n", "全国", 2020),
        ("全国第三次农业普查主要数据公报（第一号）\n", "全国", None),
        # A place ranked in the nation is the text's region, not the nation.
        ("黑龙江粮食总产量连续15年位居全国第一\n", "黑龙江省", None),
        # So does a national sample survey.
        ("湖南省2015年全国1%人口抽样调查主要数据公报\n", "湖南省", 2015),
        ("2015年全国1%人口抽样调查主要数据公报\n", "全国", 2015),
        # A plan's span is not the year a monitoring report reports.
        ("湖北省儿童发展纲要（2021—2030年）2022年统计监测报告\n", "湖北省", 2022),
        # A year of the Republic, under the publisher's series name, or alone.
        ("交通部統計通報\n發布日期：114年1月22日\n\n113年機動車輛登記概況\n", "", 2024),
        ("民國113年受僱員工薪資統計\n一、綜合\n", "", 2024),
        # A cover page wraps the title after its region and year, or after 和.
        ("锡林郭勒盟2023年\n国民经济和社会发展统计公报\n", "锡林郭勒盟", 2023),
        ("日喀则市2020年国民经济和\n社会发展统计公报\n", "日喀则市", 2020),
        # A 通报 under its issuer's line (the red header of a bureau's release).
        ("重庆市万州区应急管理局\n关于2024年全区安全生产和自然灾害情况的通报\n\n一、总体情况\n", "重庆市万州区", 2024),
        ("江西省统计局\n关于1998年国民经济和社会发展的统计公报\n", "江西省", 1998),
        ("浙江省教育厅 浙江省统计局\n关于2021年浙江省教育经费执行情况的统计公告\n", "浙江省", 2021),
        # A yearbook's edition is a year after the year it records.
        ("宜昌年鉴2021\n", "宜昌", 2020),
        ("桐庐年鉴（2016）\n", "桐庐", 2015),
        ("广西卫生健康年鉴（2019）\n", "广西", 2018),
        ("中国统计年鉴2023\n", "全国", 2022),
        # A province by its short name, named in full; the nation by 中国 or 国务院.
        ("四川发布2020年全省医疗保障事业发展统计快报\n", "四川省", 2020),
        ("2023年宁夏城镇单位就业人员年平均工资情况\n", "宁夏回族自治区", 2023),
        ("2023年中国海洋经济统计公报\n", "全国", 2023),
        ("国务院关于2020年度国有资产管理情况的综合报告\n", "全国", 2020),
        # A headline quoting a national body: the central bank, a general
        # administration, a ministry (not a region's part: 东部：).
        ("央行：2024年末M2余额313.53万亿元 全年社会融资规模增量32.26万亿元\n", "全国", 2024),
        ("海关总署：2023年我国货物贸易进出口总值41.76万亿元\n", "全国", 2023),
        ("财政部：2024年全国一般公共预算收入219702亿元\n", "全国", 2024),
        ("东部：2024年地区生产总值增长5.1%\n", "", 2024),
        # A headline above a bulletin the news quotes, of an earlier year, titles it.
        ("民政部：2024年全国结婚登记610.6万对\n\n数据显示，2024年全国依法办理结婚登记610.6万对。\n\n"
         "此前发布的《2023年民政事业发展统计公报》显示，2023年全国粗结婚率为5.4‰。\n", "全国", 2024),
        ("2024年浙江省居民收入稳步增长\n\n据《2023年浙江省国民经济和社会发展统计公报》，"
         "2023年全省居民人均可支配收入63830元。\n", "浙江省", 2024),
        # A dateline is no title; a headline telling news before its colon is one.
        ("北京住房公积金2024年年度报告发布：全年缴存额超3286亿元\n\n新京报  2025-04-08 10:23\n\n"
         "新京报讯 4月8日，北京住房公积金管理中心发布报告。\n", "北京市", 2024),
        # A census bulletin's title, not the subtitle with a year under it.
        ("广东省第四次全国经济普查公报（第一号）\n——2018年单位基本情况\n\n一、单位\n", "广东省", 2018),
        # A cover's bracketed period under the title ends it.
        ("广东省药品监督管理统计年报\n（2021年度）\n广东省药品监督管理局\n", "广东省", 2021),
        ("淄博市医疗保障统计快报\n（2025 年 1-6 月）\n\n一、参保\n", "淄博市", 2025),
        # A release's masthead above its title names where; its date is no title.
        ("香港特別行政區政府\n政府統計處\n新聞稿\n\n2025年2月3日\n\n"
         "二零二四年十二月零售業銷貨額臨時統計數字\n\n正文。\n", "香港特别行政区", 2024),
        # A headline without a year: the year its opening reports on, not a date's
        # nor one compared with.
        ("苏州1—10月主要经济指标持续向好\n\n2024-11-22 07:35　来源：苏州日报\n\n"
         "本报讯 昨天，市统计局发布2024年1—10月全市经济运行情况。\n", "苏州市", 2024),
        ("湖北一季度GDP下降39.2%\n\n湖北日报讯 4月21日，比2019年同期下降，"
         "省统计局发布2020年一季度全省经济运行情况。\n", "湖北省", 2020),
        # A headline's year compared with is not the year reported; 市场 names no
        # place.
        ("五一假期消费市场活力迸发 多项指标超过2019年同期水平\n\n2023-05-04 19:42 来源：新华网\n\n"
         "记者从商务部获悉，2023年五一假期，全国重点零售企业销售额增长18.9%。\n", "", 2023),
        ("2024年国庆节假期文化和旅游市场情况\n\n国庆节假期7天，全国国内出游7.65亿人次。\n",
         "", 2024),
        # A dated item on 今年 reports the date's year.
        ("春节假期内地出游4.74亿人次\n\n2024年2月19日 星期一 | 文汇报\n\n"
         "今年春节假期8天，全国国内出游4.74亿人次，较2019年同期增长19.0%。\n", "", 2024),
        # A periodical's running header above the title (统计分析 2025年第6期), and a
        # site's menu, title nothing.
        ("苏州市统计局                  统计分析  2025年第6期\n\n"
         "        2024年苏州市规模以上服务业运行情况分析\n\n2024年，全市营业收入7825.6亿元。\n",
         "苏州市", 2024),
        ("国家统计局 | 统计数据 | 数据解读 | 统计知识 | 互动交流\n\n"
         "2024年全国规模以上文化及相关产业企业营业收入情况\n\n正文。\n", "全国", 2024),
        # 全省 after a period names no region; the issuer above the title does, and
        # so does a periodical's running header.
        ("浙江省文化和旅游厅\n2024年春节假期全省文化和旅游市场情况通报\n\n春节假期，全省接待游客3262.5万人次。\n",
         "浙江省", 2024),
        ("四川统计信息                 2024年第58期\n\n2024年1-11月全省规模以上工业企业利润增长6.8%\n\n"
         "1—11月，全省规模以上工业企业实现利润总额2046.53亿元。\n", "四川省", 2024),
        # An amount in a headline is no year (突破2000亿元).
        ("合肥公共资源交易额突破2000亿元\n\n记者从合肥市公共资源交易中心获悉，2023年，全市交易额2186.4亿元。\n",
         "合肥市", 2023),
        # A long title wrapped before its last word; a headline naming its place
        # and news with no year, over a newspaper's dateline.
        ("四川省人民政府关于2022年度省级预算执行和其他财政收支的审计\n工作报告\n"
         "——2023年7月26日在四川省第十四届人民代表大会常务委员会\n", "四川省", 2022),
        ("深圳市人民检察院工作报告解读：去年起诉各类犯罪嫌疑人2.1万人\n深圳特区报 2023年2月21日\n"
         "报告显示，2022年全市检察机关提起公诉21037人。\n", "深圳市", 2022),
        # A county named by one character.
        ("2022年澧县城乡居民收支情况分析\n国家统计局澧县调查队\n", "澧县", 2022),
        # A ministry's bulletin names no place: its body speaks of 全国 only.
        ("2021年度人力资源和社会保障事业发展统计公报\n\n一、就业\n年末全国就业人员74652万人。"
         "全国城镇调查失业率5.1%。全国农民工总量29251万人。\n", "全国", 2021),
        ("2021年度人力资源和社会保障事业发展统计公报\n\n一、就业\n年末全市就业人员465万人，"
         "高于全国。全国城镇调查失业率5.1%，全国农民工总量29251万人。\n", "", 2021),
        # A province's office issuing with the national office's team there.
        ("湖南省统计局 国家统计局湖南调查总队关于2022年全省粮食产量的公告\n\n全省粮食总产量"
         "3018万吨。\n", "湖南省", 2022),
        ("国家统计局关于2023年粮食产量数据的公告\n\n全国粮食总产量69541万吨。\n", "全国", 2023),
        # (review 133) A department of the national office (城市司) names no city.
        ("国家统计局城市司首席统计师董莉娟解读2024年5月份CPI和PPI数据\n发布时间：2024-06-12 09:30\n\n"
         "国家统计局今天发布了2024年5月份全国CPI数据。\n", "全国", 2024),
        ("国家统计局农村司首席统计师解读2023年粮食生产情况\n\n全国粮食总产量69541万吨。\n", "全国", 2023),
        # News headlined by a province's short name, and dated by its opening.
        ("广东婴儿死亡率降至1.71‰ 孕产妇死亡率7.96/10万\n2024-06-01 08:30  来源：南方日报\n\n"
         "广东省卫生健康委发布2023年全省妇幼健康事业发展统计数据。\n", "广东省", 2023),
        # Hong Kong's statistics office, named without its region.
        ("新聞公報\n最新勞動人口統計數字（二零二四年十月至十二月）\n\n根據政府統計處今日公布的"
         "最新勞動人口統計數字，失業率為3.1%。\n", "香港特别行政区", 2024),
        # (review 137) A title with no year: the date the figures stand at, not
        # the date the release was published.
        ("中国共产党党内统计公报\n发布时间：2024-06-30 16:02\n\n新华社北京6月30日电　"
         "中共中央组织部最新党内统计数据显示，截至2023年12月31日，党员总数为9918.5万名。\n",
         "全国", 2023),
    ]:
        doc = _doc(rules, text)
        assert (doc.region, doc.year) == (region, year), text


def test_a_title_wrapped_over_two_lines_is_one_title(rules) -> None:
    doc = _doc(rules, "锡林郭勒盟2023年\n国民经济和社会发展统计公报\n\n一、综合\n全盟常住人口为112万人。")
    assert doc.title == "锡林郭勒盟2023年国民经济和社会发展统计公报"
    text = doc.norm.simplified
    assert not any("2023" in text[p.start:p.end] for p in doc.paragraphs)


def test_headings_at_every_level_and_run_in(rules) -> None:
    text = ("标题统计公报\n\n一、医疗保险\n\n（一）职工基本医疗保险\n\n"
            "1.参保人数持续增加。2024年参保272.42万人。\n\n（1）在职职工\n\n正文。\n\n"
            "2、基金收支。收入1亿元。\n\n## (二) 城乡居民\n\n二、医疗救助\n\n正文。")
    doc = _doc(rules, text)
    assert [(s.section_id, s.title) for s in doc.sections] == [
        ("1", "医疗保险"), ("1.1", "职工基本医疗保险"), ("1.1.1", "参保人数持续增加"),
        ("1.1.1.1", "在职职工"), ("1.1.2", "基金收支"), ("1.2", "城乡居民"), ("2", "医疗救助")]
    assert doc.sections[2].section_path == "医疗保险 > 职工基本医疗保险 > 参保人数持续增加"


def test_numbers_and_table_rows_are_not_headings(rules) -> None:
    text = ("标题统计公报\n\n一、综合\n\n1.57%的比重。\n\n| 1.职工医保 | 人 | 39364 |\n\n"
            "3.享受待遇。次数。\n\n2.这一行打乱了编号。")
    doc = _doc(rules, text)
    assert [s.section_id for s in doc.sections] == ["1", "1.3"]


def test_run_in_title_stops_before_a_date(rules) -> None:
    doc = _doc(rules, "（一）参保人员情况截至2023年底，参保人数达133386.9万人。")
    assert doc.sections[0].title == "参保人员情况"


def test_a_numbered_paragraph_without_a_title_is_titled_by_what_it_measures(rules) -> None:
    # (review 135) 1.职工医保基金收入12403.61亿元，…: no title of its own, its
    # first clause's words before the figure, not the clause with its figures.
    text = ("2025年1-9月医疗保障事业发展统计快报\n\n一、基本医疗保险\n\n（二）基金收支\n\n"
            "1.职工基本医疗保险统筹基金（含生育保险）收入12403.61亿元，支出9687.42亿元。\n\n"
            "2.城乡居民基本医疗保险参保人数达到9.48亿人。\n\n"
            "3.PM2.5平均浓度为28微克/立方米，下降3.4%。\n\n4.预测2026年经济增长率为4.5%。\n\n5、5G基站建设加快。新建2.1万个。")
    doc = _doc(rules, text)
    assert [s.title for s in doc.sections[2:]] == [
        "职工基本医疗保险统筹基金（含生育保险）收入", "城乡居民基本医疗保险参保人数",
        "PM2.5平均浓度", "预测经济增长率", "5G基站建设加快"]


def test_footnotes_defined_at_the_end_or_after_their_paragraph(rules) -> None:
    text = ("一、医疗救助\n\n资助7915.67万人[1]参加基本医疗保险。\n\n[1]不含其他部门资助的人数。\n\n"
            "二、其他\n\n备付能力17.65个月②。\n\n②合理区间为8-18个月。")
    doc = _doc(rules, text)
    assert [(f.footnote, f.text) for f in doc.footnotes] == [
        ("1", "不含其他部门资助的人数。"), ("2", "合理区间为8-18个月。")]
    assert [m.footnote for m in doc.markers] == ["1", "2"]
    assert [p.section_id for p in doc.paragraphs if p.section_id.startswith("fn")] == ["fn1", "fn2"]


def test_footnotes_after_a_note_label_several_on_a_line(rules) -> None:
    text = ("一、参保\n\n居民医保参保210.52万人①，补助标准670元②。\n\n"
            "注：①不含职工医保参保人员。②含中央补助100元。")
    doc = _doc(rules, text)
    assert [(f.footnote, f.text) for f in doc.footnotes] == [
        ("1", "不含职工医保参保人员。"), ("2", "含中央补助100元。")]
    assert [doc.norm.text[f.start] for f in doc.footnotes] == ["①", "②"]
    assert [p.section_id for p in doc.paragraphs if p.section_id.startswith("fn")] == ["fn1", "fn2"]


def test_tables_of_both_shapes(rules) -> None:
    text = ("2024年支付比例\n级别\n政策范围内 实际\n全市平均 88.63% 68.37%\n三级 87.97% 66.50%\n\n"
            "| 指标名称 |\n单位 |\n指标数据 |\n| 一、参保人数 |\n人 |\n714699 |")
    doc = _doc(rules, text)
    assert len(doc.tables) == 2
    space, pipe = doc.tables
    assert [c.text for c in space.rows[0]] == ["政策范围内", "实际"] and space.header_rows == 1
    assert [c.text for c in pipe.rows[1]] == ["一、参保人数", "人", "714699"]


def test_the_items_of_a_numbered_note_are_footnotes_not_headings(rules) -> None:
    doc = _doc(rules, "2024年某市社会保险主要指标\n一、参保情况\n参保278.9万人。\n"
                      "注：1.本表数据为快报数。\n2.参保人数含灵活就业人员3.2万人。\n\n2.待遇\n")
    assert [s.section_id for s in doc.sections] == ["1", "1.2"]
    assert doc.sections[1].title == "待遇"
    assert [f.footnote for f in doc.footnotes] == ["1", "2"]


def test_two_numbered_notes_each_from_1_give_every_footnote_its_own_id(rules) -> None:
    # A table's 注：1.… and the document's notes at the end: the document's keep
    # their numbers, the table's are numbered after their block.
    doc = _doc(rules, "2023年某市生态环境状况公报\n一、综合\n全市优良天数比例为87.9%。\n"
                      "注：1.表中数据为实况监测数据。2.数据为年均值。\n二、水环境\n"
                      "全市Ⅰ～Ⅲ类水质断面比例为98.8%。\n注：1.水质评价依据《地表水环境质量标准》。\n")
    assert [f.footnote for f in doc.footnotes] == ["1.1", "1.2", "1"]


def test_items_of_a_list_after_a_colon_are_no_headings_nor_footnotes_but_notes_are(
        rules) -> None:
    doc = _doc(rules, "2021年某市国民经济和社会发展统计公报\n一、工业\n分经济类型看：\n"
                      "（1）国有控股企业增加值增长6.4%；\n（2）股份制企业增加值增长10.8%。\n"
                      "分行业看：\n①电子信息产业增加值增长13.5%；\n②食品产业增加值增长8.9%。\n"
                      "附注：\n\n1.本公报部分数据因四舍五入存在差异。\n2.规模以上工业为年主营业务收入"
                      "2000万元及以上的工业法人单位。\n")
    assert [s.section_id for s in doc.sections] == ["1"]
    # The list's items are no footnotes; the numbered notes are footnotes 1 and 2.
    assert [(f.footnote, f.text[:4]) for f in doc.footnotes] == [("1", "本公报部"), ("2", "规模以上")]


def test_notes_whose_items_are_titles_hold_the_lines_below_each_title(rules) -> None:
    # 附注 (or 附注：) alone, then 1.指标解释 on its line and the item's text on the
    # lines below it, up to the next item; a heading above the items' level ends them.
    for label in ("附注", "附注："):
        doc = _doc(rules, "2022年全国规模以上文化企业营业收入情况\n一、营业收入\n营业收入12万亿元。\n"
                          f"\n{label}\n\n1.指标解释\n\n营业收入：指收入总额。\n\n新业态：16个小类。\n\n"
                          "2.统计范围\n\n年收入2000万元及以上的企业。\n二、利润\n利润1万亿元。\n")
        assert [s.section_id for s in doc.sections] == ["1", "2"], label
        assert [(f.footnote, f.text.split()) for f in doc.footnotes] == [
            ("1", ["指标解释", "营业收入：指收入总额。", "新业态：16个小类。"]),
            ("2", ["统计范围", "年收入2000万元及以上的企业。"])], label
        text = doc.norm.text
        assert [(p.section_id, text[p.start:p.end]) for p in doc.paragraphs
                if p.section_id.startswith("fn")] == [
            ("fn1", "指标解释"), ("fn1", "营业收入：指收入总额。"), ("fn1", "新业态：16个小类。"),
            ("fn2", "统计范围"), ("fn2", "年收入2000万元及以上的企业。")]


def test_notes_after_a_label_alone_without_a_colon_are_footnotes(rules) -> None:
    doc = _doc(rules, "2023年某市统计公报\n一、工业\n增加值10亿元。\n附注\n"
                      "1.本公报部分数据因四舍五入存在差异。\n2.规模以上工业为年主营业务收入"
                      "2000万元及以上的工业法人单位。\n")
    assert [s.section_id for s in doc.sections] == ["1"]
    assert [f.footnote for f in doc.footnotes] == ["1", "2"]


def test_numbered_notes_take_ids_of_their_own_beside_marked_footnotes(rules) -> None:
    doc = _doc(rules, "2023年某市统计公报\n一、综合\n生产总值[1]5210亿元。工业[2]增加值1830亿元。\n"
                      "[1]按现价计算。\n[2]规模以上工业统计范围。\n注：1.数据为初步数。\n2.四舍五入。\n")
    assert [(f.footnote, f.text) for f in doc.footnotes] == [
        ("1", "按现价计算。"), ("2", "规模以上工业统计范围。"), ("n1", "数据为初步数。"), ("n2", "四舍五入。")]
    assert [m.footnote for m in doc.markers] == ["1", "2"]
    # Numbered notes alone keep their numbers.
    doc = _doc(rules, "2023年某市统计公报\n一、综合\n生产总值5210亿元。\n注：1.数据为初步数。\n2.四舍五入。\n")
    assert [f.footnote for f in doc.footnotes] == ["1", "2"]


def test_list_items_in_paragraphs_of_their_own_stay_items_but_a_topic_is_a_heading(
        rules) -> None:
    # Each item its own paragraph, as a web page's <p> become: the blank lines
    # do not end the list while the next number states a figure.
    doc = _doc(rules, "2023年某省财政收支情况\n\n一、一般公共预算收支\n\n重点支出项目如下：\n\n"
                      "1.教育支出1820亿元，增长4.1%。\n\n2.卫生健康支出960亿元，增长2.2%。\n\n"
                      "3.社会保障和就业支出1290亿元，增长6.5%。\n\n"
                      "4.农林水支出中，农业农村支出640亿元，增长1.9%。\n\n二、政府性基金收支\n")
    assert [s.section_id for s in doc.sections] == ["1", "2"]
    assert {p.section_id for p in doc.paragraphs if p.start < doc.sections[1].start} == {"1"}
    doc = _doc(rules, "2023年某省财政收支情况\n\n一、一般公共预算收支\n\n主要项目如下：\n\n"
                      "1.税收收入8120亿元，增长3.3%。\n\n2.债务规模稳定。年末债务余额3450亿元。\n\n"
                      "3.基金收支\n\n基金收入210亿元。\n")
    assert [s.section_id for s in doc.sections] == ["1", "1.2", "1.3"]


def test_a_web_page_s_breadcrumb_is_no_title(rules) -> None:
    doc = _doc(rules, "首页 > 统计数据 > 统计公报\n湖南省2022年国民经济和社会发展统计公报\n一、综合\n")
    assert (doc.title, doc.region, doc.year) == ("湖南省2022年国民经济和社会发展统计公报", "湖南省", 2022)


def test_a_breadcrumb_naming_a_bulletin_is_no_title(rules) -> None:
    doc = _doc(rules, "当前位置：首页>统计数据>统计公报\n绵阳市第七次全国人口普查公报\n一、综合\n")
    assert (doc.title, doc.region, doc.year) == ("绵阳市第七次全国人口普查公报", "绵阳市", 2020)


def test_a_pages_dated_title_names_an_article_under_a_masthead(rules) -> None:
    page = ("<html><head><title>二○二四年十一月零售業銷貨數字</title></head><body>\n"
            "<div>香港特別行政區政府 新聞公報</div>\n<h1>二○二四年十一月零售業銷貨數字</h1>\n"
            "<p>二○二四年十一月零售業總銷貨價值的臨時估計為297億元。</p>\n</body></html>")
    raw = replace(read_text(page, "hk"), format="html")
    doc = segment(normalise(raw, rules), rules)
    assert (doc.title, doc.region, doc.year) == ("二○二四年十一月零售業銷貨數字", "香港特别行政区", 2024)


def test_a_news_headline_over_its_dateline_titles_the_page(rules) -> None:
    # News headlines name what they report, not always a year or a place; the
    # dateline under one marks it. A figure's digits are no year (20733元), a
    # region named as a whole is named without its 全, and a province the paired
    # second headline names is news of a member.
    for text, title, region, year in [
        ("深圳12345熱線去年受理訴求逾1800萬件　滿意率達97.8%\n2024年02月05日 04:12　香港文匯報\n\n"
         "【香港文匯報訊】2023年深圳12345熱線共受理全市各類訴求1852.3萬件，深圳市滿意率97.8%。\n",
         "深圳12345熱線去年受理訴求逾1800萬件 滿意率達97.8%", "深圳市", 2023),
        ("國家統計局：上半年全國居民人均可支配收入20733元 實際增長5.3%\n\n"
         "2024年上半年，全國居民人均可支配收入20733元。\n",
         "國家統計局：上半年全國居民人均可支配收入20733元 實際增長5.3%", "全国", 2024),
        ("河南全省信访总量连续三年下降 群众满意率达94.7%\n\n2023年，全省信访总量下降。\n",
         "河南全省信访总量连续三年下降群众满意率达94.7%", "河南省", 2023),
        ("民企500強入圍門檻270.23億元　浙江連續26年居首\n2024-10-13 04:12　大公報\n\n"
         "全國工商聯發布報告，全國民營企業500強營收43.05萬億元，全國入圍企業500家。\n",
         "民企500強入圍門檻270.23億元 浙江連續26年居首", "全国", None),
    ]:
        doc = _doc(rules, text)
        assert (doc.title, doc.region, doc.year) == (title, region, year), text


def test_a_line_starting_with_zhu_is_no_note_label(rules) -> None:
    doc = _doc(rules, "2021年某市卫生健康事业发展统计公报\n一、疾病预防\n注射疫苗120万剂次。\n"
                      "1.免疫规划\n接种率98.5%。\n")
    assert [s.section_id for s in doc.sections] == ["1", "1.1"] and doc.footnotes == ()


def _sections(doc) -> list[tuple[str, int, str, str]]:
    return [(s.section_id, s.level, s.title, s.section_path) for s in doc.sections]


def test_a_yearbook_s_entries_and_the_parts_above_them_are_headings(rules) -> None:
    doc = _doc(rules, "大邑年鉴2024\n\n县情概览\n\n【综述】 全县实现地区生产总值328.6亿元。\n\n"
                      "乡镇（街道）\n\n晋原街道\n\n【概况】 面积62.8平方千米。\n\n【经济发展】\n"
                      "完成固定资产投资22.7亿元。\n\n安仁镇\n\n〔概况〕 面积56.7平方千米。\n\n"
                      "大事记\n\n3月15日 论坛开幕，专家学者200余人参会。\n")
    assert _sections(doc) == [
        ("", 6, "县情概览", "县情概览"), ("", 7, "综述", "县情概览 > 综述"),
        ("", 5, "乡镇（街道）", "乡镇（街道）"),
        ("", 6, "晋原街道", "乡镇（街道） > 晋原街道"),
        ("", 7, "概况", "乡镇（街道） > 晋原街道 > 概况"),
        ("", 7, "经济发展", "乡镇（街道） > 晋原街道 > 经济发展"),
        ("", 6, "安仁镇", "乡镇（街道） > 安仁镇"),
        ("", 7, "概况", "乡镇（街道） > 安仁镇 > 概况"),
        ("", 5, "大事记", "大事记")]
    text = doc.norm.simplified
    paths = {text[p.start:p.end]: p.section_path for p in doc.paragraphs}
    # The entry's title is its heading, no part of its text.
    assert paths["面积56.7平方千米。"] == "乡镇（街道） > 安仁镇 > 概况"
    assert paths["完成固定资产投资22.7亿元。"] == "乡镇（街道） > 晋原街道 > 经济发展"
    assert paths["3月15日 论坛开幕，专家学者200余人参会。"] == "大事记"
    # A part ends where the next part of its level begins, an entry at the next heading.
    jinyuan, anren = doc.sections[3], doc.sections[6]
    assert jinyuan.end == anren.start and doc.sections[0].end == doc.sections[2].start


def test_un_numbered_headings_are_a_level_below_the_numbered_one_and_add_no_id(rules) -> None:
    doc = _doc(rules, "某县年鉴（2016）\n一、乡镇\n城南街道\n【概况】 面积56.3平方千米。\n"
                      "【经济】 财政总收入5.36亿元。\n二、大事记\n全年开工项目12个。\n")
    assert _sections(doc) == [
        ("1", 1, "乡镇", "乡镇"), ("1", 6, "城南街道", "乡镇 > 城南街道"),
        ("1", 7, "概况", "乡镇 > 城南街道 > 概况"), ("1", 7, "经济", "乡镇 > 城南街道 > 经济"),
        ("2", 1, "大事记", "大事记")]
    text = doc.norm.simplified
    assert [(text[p.start:p.end], p.section_id, p.section_path) for p in doc.paragraphs
            if any(ch.isdigit() for ch in text[p.start:p.end])] == [
        ("面积56.3平方千米。", "1", "乡镇 > 城南街道 > 概况"),
        ("财政总收入5.36亿元。", "1", "乡镇 > 城南街道 > 经济"),
        ("全年开工项目12个。", "2", "大事记")]


def test_short_lines_without_entries_below_them_are_no_headings(rules) -> None:
    # A dateline and a page's buttons in 【】, a caption, a unit line, a table's
    # name and short lines of a bulletin: no entries, so no headings.
    for text in [
        "【大公报讯】 国家统计局发布公报。全年国内生产总值1260582亿元。\n\n【打印】【关闭】\n",
        "2023年某市国民经济和社会发展统计公报\n\n一、综合\n\n全年地区生产总值5280亿元。\n\n"
        "主要经济指标\n\n单位：亿元\n\n| 指标 | 2023年 |\n|---|---|\n| 地区生产总值 | 5280 |\n\n"
        "农业\n\n粮食总产量120万吨。\n\n【纠错】 【责任编辑:李娟】\n",
        # One entry alone is no yearbook's (a post's label).
        "某市统计局\n\n【权威发布】\n\n全年地区生产总值5280亿元。\n",
    ]:
        doc = _doc(rules, text)
        assert all(s.level <= 4 for s in doc.sections), text
    # A part's line needs an entry right below it: a caption above a table is none.
    doc = _doc(rules, "某县年鉴2024\n\n综述\n\n【概况】 面积62.8平方千米。\n\n【人口】 户籍人口5万人。\n\n"
                      "主要经济指标\n\n| 指标 | 2023年 |\n|---|---|\n| 地区生产总值 | 328.6 |\n")
    assert [s.title for s in doc.sections] == ["综述", "概况", "人口"]


def test_a_name_after_a_table_and_a_blank_line_is_no_part_of_its_last_label(rules) -> None:
    text = ("2015年某县主要经济指标\n\n指    标                      单位      绝对数    比上年增长（%）\n"
            "地区生产总值                  亿元      311.08         7.6\n"
            "财政总收入                    亿元       45.62        10.3\n"
            "城镇常住居民人均可支配收入    元        43987          8.3\n"
            "农村常住居民人均可支配收入    元        24156          9.1\n\n"
            "乡镇街道\n\n【城南街道】 面积56.3平方千米。\n【分水镇】 面积238.5平方千米。\n")
    doc = _doc(rules, text)
    assert len(doc.tables) == 1 and doc.tables[0].rows[-1][0].text == "农村常住居民人均可支配收入"
    # The line is no table's (no row took it): with entries below it, it is
    # a part's heading.
    text = doc.norm.simplified
    assert "乡镇街道" not in [text[p.start:p.end] for p in doc.paragraphs]
    assert [s.section_path for s in doc.sections] == [
        "乡镇街道", "乡镇街道 > 城南街道", "乡镇街道 > 分水镇"]


def test_a_notes_number_before_a_figure_is_the_next_number(rules) -> None:
    doc = _doc(rules, "2023年某省水资源公报\n一、降水量\n全省年降水量1285.4毫米。\n"
                      "注：1.2023年起水资源分区采用新的成果。2.分项合计与总数可能存在差异。"
                      "3.1公顷=15亩。\n4.10个市州数据已经复核。\n")
    assert [(f.footnote, f.text) for f in doc.footnotes] == [
        ("1", "2023年起水资源分区采用新的成果。"), ("2", "分项合计与总数可能存在差异。"),
        ("3", "1公顷=15亩。"), ("4", "10个市州数据已经复核。")]
    assert {doc.norm.simplified[n.start:n.end] for n in doc.nonfacts
            if n.rule == "nonfact.list_ordinal"} >= {"1", "3", "4"}
