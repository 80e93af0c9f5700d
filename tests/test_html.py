"""Web pages: read through the same pipeline, offsets into the page source."""

from __future__ import annotations

import html
import unicodedata

import pandas as pd

from extract.pipeline import extract_file

from .conftest import ROOT

NATIONAL = ROOT / "samples" / "national-2024.txt"
PAGE_HEAD = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
  <meta charset="{charset}">
  <title>2024年全国医疗保障事业发展统计公报_国家医疗保障局</title>
  <style>p {{ font-size: 14px; line-height: 1.75; margin: 0 0 12px }}</style>
  <script>var visits = 4592; function pad(n) {{ return n < 10 ? "0" + n : n; }}</script>
</head>
<body>
<!-- 正文 2025-07-14 -->
"""
TABLE = """<table border="1" width="600">
  <tr><th>级别</th><th>政策范围内基金支付比例</th></tr>
  <tr><td>三级</td><td>87.97%</td></tr>
  <tr><td>二级</td><td>91.75%</td></tr>
</table>
"""


def _page(text: str, charset: str = "utf-8") -> str:
    """The text as a web page: headings, paragraphs whose source lines break
    between characters (as a browser shows them, a space), a table."""
    body = []
    for line in text.split("\n"):
        line = line.strip()
        if not line:
            continue
        if line.startswith("## "):
            body.append(f"<h2>{html.escape(line[3:])}</h2>")
            continue
        pieces, piece = [], ""
        for ch in html.escape(line, quote=False):
            piece += ch
            if len(piece) >= 30 and "\u4e00" <= ch <= "\u9fff":
                pieces.append(piece)
                piece = ""
        body.append("<p>" + "\n    ".join([*pieces, piece]) + "</p>")
    return PAGE_HEAD.format(charset=charset) + "\n".join(body) + "\n" + TABLE + "</body>\n</html>\n"


def _figures(facts: pd.DataFrame) -> list[tuple[str, float, str]]:
    return sorted(zip(facts["kind"], facts["value"], facts["unit"], strict=True))


def test_a_web_page_gives_the_facts_of_its_text(tmp_path) -> None:
    page = tmp_path / "national-2024.html"
    page.write_text(_page(NATIONAL.read_text(encoding="utf-8")), encoding="utf-8")
    tables = extract_file(page)
    facts = tables["facts"]
    text_facts = extract_file(NATIONAL)["facts"]
    table = facts[facts["rule"] == "table.cell"]
    assert sorted(table["value"]) == [87.97, 91.75] and set(table["dimension"]) == {"三级", "二级"}
    assert _figures(facts[facts["rule"] != "table.cell"]) == _figures(text_facts)
    assert tables["unexplained"].empty, tables["unexplained"][["text", "context"]]
    assert tables["documents"]["format"][0] == "html"
    raw = page.read_text(encoding="utf-8")
    for row in facts.itertuples():
        assert "".join(raw[row.start:row.end].split()) == "".join(row.text.split())


def test_a_gbk_page_that_declares_its_charset(tmp_path) -> None:
    page = tmp_path / "page.htm"
    text = "## 一、参保情况\n\n2024年全国参加生育保险25299.52万人，比上年增长1.6%。"
    page.write_bytes(_page(text, "gb2312").encode("gbk"))
    facts = extract_file(page)["facts"]
    assert unicodedata.normalize("NFKC", facts["indicator"][0]) == "参加生育保险"
    assert list(facts["value"][:2]) == [25299.52, 1.6]


def test_a_site_menu_does_not_hide_the_title_and_the_page_title_stands_in(tmp_path) -> None:
    menu = "".join(f'<li><a href="/m{k}/">{name}</a></li>\n' for k, name in enumerate(
        ["首页", "走进统计局", "信息公开", "统计数据", "数据解读", "互动交流", "专题专栏"]))
    body = ("<p>一、就业</p>\n<p>2023年末全市就业人员412.6万人。</p>\n"
            "<ul><li>城镇新增就业6.1万人。</li><li>失业率4.8%。</li></ul>\n")
    page = tmp_path / "menu.html"
    page.write_text("<html><head><title>2023年某某市统计公报 - 某某市统计局</title></head><body>"
                    f'<ul class="nav">\n{menu}</ul>\n<h2>2023年就业统计公报</h2>\n{body}'
                    "</body></html>", encoding="utf-8")
    tables = extract_file(page)
    documents = tables["documents"]
    # The menu goes, the list of the body stays; the site names the region.
    assert (documents["title"][0], documents["region"][0], documents["year"][0]) == (
        "2023年就业统计公报", "某某市", 2023)
    assert sorted(tables["facts"]["value"]) == [4.8, 6.1, 412.6]
    bare = tmp_path / "bare.html"
    bare.write_text("<html><head><title>2024年1-6月宁波市税收收入情况_国家税务总局宁波市税务局"
                    f"</title></head><body>{body}</body></html>", encoding="utf-8")
    documents = extract_file(bare)["documents"]
    assert (documents["title"][0], documents["region"][0], documents["year"][0]) == (
        "2024年1-6月宁波市税收收入情况", "宁波市", 2024)
