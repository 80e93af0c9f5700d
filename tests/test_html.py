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
