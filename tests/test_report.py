"""The review page: the source shown exactly, every fact highlighted, nothing executed.

The browser tests drive Debian's Chromium (``/usr/bin/chromium``, or the path
in ``$CHROMIUM``) through Playwright. Without it they skip on a developer's
machine and fail under CI (``$CI`` set), where ``.ci/run`` installs it.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

import pandas as pd
import pytest

from extract.cli import main
from extract.pipeline import load_rules, process, run
from extract.read import read_path, read_text
from extract.report import render_report, write_report
from extract.tables import build_tables

from .conftest import ROOT, SAMPLES

ARTIFACTS = ROOT / "tests" / "artifacts"
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
PLANTED = "<script>alert(1)</script>"
CHANGZHOU = next(p for p in SAMPLES if p.stem == "changzhou-2024")


class _Page(HTMLParser):
    """The text of each source line and of each highlight of a review page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self.marks: dict[str, str] = {}
        self.anchors: list[str] = []
        self.scripts = 0
        self._in_text = False
        self._mark: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        if tag == "script":
            self.scripts += 1
        if tag == "span" and attributes.get("class") == "tx":
            self._in_text = True
            self.lines.append("")
        if tag == "mark" and self._in_text:
            self._mark = attributes["data-ref"]
            if attributes.get("id"):
                self.anchors.append(attributes["id"] or "")

    def handle_endtag(self, tag: str) -> None:
        if tag == "span" and self._in_text and self._mark is None:
            self._in_text = False
        if tag == "mark":
            self._mark = None

    def handle_data(self, data: str) -> None:
        if self._in_text:
            self.lines[-1] += data
            if self._mark:
                self.marks[self._mark] = self.marks.get(self._mark, "") + data


def _page_of(text: str, doc_id: str = "doc") -> tuple[str, dict, _Page]:
    from extract.rules import load_rules

    raw = read_text(text, doc_id)
    rules = load_rules()
    tables = build_tables([process(raw, rules)], rules=rules)
    html = render_report(raw, tables)
    parsed = _Page()
    parsed.feed(html)
    return html, tables, parsed


TRICKY = ("2024年全市参加职工医保人数 272.42\r\n万人，比上年增长 2.68%。\r\n"
          f"附注{PLANTED}与 <b>粗体</b> &amp; 编号 12345678。\n\n末行 3.5亿元")


def test_the_page_shows_the_raw_text_line_by_line() -> None:
    _, _, page = _page_of(TRICKY)
    assert "\n".join(page.lines) == TRICKY.replace("\r", "")


def test_every_fact_and_unexplained_number_is_marked_with_its_own_text() -> None:
    _, tables, page = _page_of(TRICKY)
    for fact in tables["facts"].itertuples():
        assert page.marks[f"f{fact.fact_id}"] == TRICKY[fact.start:fact.end].replace("\r\n", "")
    assert tables["facts"]["text"].tolist()[0] == "272.42万人"  # one figure over two lines
    unexplained = tables["unexplained"]
    assert unexplained["text"].tolist() == ["12345678"]
    assert [page.marks[f"u{n}"] for n in range(1, len(unexplained) + 1)] == \
        unexplained["text"].tolist()
    assert len(page.anchors) == len(set(page.anchors)) == len(page.marks)


def test_source_markup_is_escaped_and_only_the_pages_own_scripts_exist() -> None:
    html, _, page = _page_of(TRICKY)
    assert PLANTED not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert page.scripts == 2  # the facts' JSON and the page's script
    assert "&amp;amp;" in html  # the source's own "&amp;" shown as written


def test_page_marks_stand_before_the_line_where_each_page_begins() -> None:
    from dataclasses import replace

    from extract.rules import load_rules

    text = "第一页 1.5亿元。\n第二页\n 2.5亿元。"
    raw = replace(read_text(text, "doc"), format="pdf", page_starts=(0, text.index("第二页")))
    rules = load_rules()
    tables = build_tables([process(raw, rules)], rules=rules)
    html = render_report(raw, tables)
    assert tables["facts"]["page"].tolist() == [1, 2]
    assert html.index('id="p1"') < html.index('id="L1"') < html.index('id="p2"') \
        < html.index('id="L2"')


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.stem)
def test_a_sample_page_shows_its_text_exactly(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    _, tables, page = _page_of(text, path.stem)
    assert "\n".join(page.lines) == text.replace("\r", "")
    assert len([a for a in page.anchors if a.startswith("f")]) == len(tables["facts"])


def test_cli_writes_one_self_contained_page_per_document(tmp_path: Path) -> None:
    assert main(["extract", *map(str, SAMPLES), "-o", str(tmp_path), "--html", "-q"]) == 0
    pages = sorted((tmp_path / "report").glob("*.html"))
    assert [p.stem for p in pages] == [p.stem for p in SAMPLES]
    for page in pages:
        html = page.read_text(encoding="utf-8")
        assert "src=" not in html and 'href="http' not in html and "@import" not in html
        assert "default-src 'none'" in html


def test_without_html_no_page_is_written(tmp_path: Path) -> None:
    run(SAMPLES[:1], outdir=tmp_path, formats=("csv",))
    assert not (tmp_path / "report").exists()


# --- in a real browser -------------------------------------------------------------


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    if not (Path(CHROMIUM).is_file() or shutil.which(CHROMIUM)):
        reason = (f"no Chromium at {CHROMIUM}: install Debian's chromium package "
                  "(.ci/run does) or set $CHROMIUM")
        if os.environ.get("CI"):
            pytest.fail(reason)
        pytest.skip(reason)
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright (test extra)")
    with sync_api.sync_playwright() as playwright, \
            tempfile.TemporaryDirectory() as profile:
        context = playwright.chromium.launch_persistent_context(
            profile, executable_path=CHROMIUM, headless=True,
            viewport={"width": 1400, "height": 900},
            args=["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update",
                  "--disable-sync"])
        try:
            yield context
        finally:
            context.close()


def _open(browser, page_path: Path):  # type: ignore[no-untyped-def]
    tab = browser.new_page()
    tab.problems = []
    tab.on("pageerror", lambda error: tab.problems.append(str(error)))
    tab.on("dialog", lambda dialog: (tab.problems.append(f"dialog: {dialog.message}"),
                                     dialog.dismiss()))
    tab.on("request", lambda request: None if request.url.startswith(("file:", "data:"))
           else tab.problems.append(f"request: {request.url}"))
    tab.goto(page_path.as_uri())
    return tab


def test_review_page_in_a_browser(browser, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(ROOT)  # the page names its source as the command line did
    report = run([CHANGZHOU.relative_to(ROOT)], outdir=tmp_path, formats=("csv",), html=True)
    assert tmp_path / "report" / "changzhou-2024.html" in report.written
    facts = pd.read_csv(tmp_path / "facts.csv", encoding="utf-8-sig",
                        keep_default_na=False).set_index("fact_id")
    tab = _open(browser, tmp_path / "report" / "changzhou-2024.html")

    assert tab.locator("mark.fact[id]").count() == len(facts)
    assert tab.locator("mark.k-previous[id]").count() == (facts["kind"] == "previous").sum()

    # Hover a highlight: the tooltip shows that fact's row.
    mark = tab.locator("#f104")
    mark.scroll_into_view_if_needed()
    mark.hover()
    tip = tab.locator("#tip")
    assert tip.is_visible()
    shown = dict(line.split("\t", 1) for line in tip.inner_text().splitlines() if "\t" in line)
    fact = facts.loc[104]
    assert (shown["indicator"], shown["dimension"], shown["kind"]) == (
        fact["indicator"], fact["dimension"], fact["kind"])
    assert float(shown["value"]) == fact["value"] and shown["unit"] == fact["unit"]
    assert shown["rule"] == fact["rule"] and "change: mismatch" in shown["checks"]
    tab.screenshot(path=str(_artifact("review-page.png")))

    # Mismatches head the checks panel, and their links lead to the facts.
    first = tab.locator("li.check").first
    assert first.get_attribute("class") == "check mismatch"
    first.locator("a").last.click()
    assert tab.evaluate("document.activeElement.id") == "f107"
    assert tip.is_visible() and "-1.85" in tip.inner_text()

    # The facts table filters by words and by kind.
    tab.fill("#filter", "住院率")
    visible = tab.locator("#facts tbody tr:not([hidden])")
    assert 0 < visible.count() < len(facts)
    assert all("住院率" in row for row in visible.all_inner_texts())
    tab.select_option("#kind", "change")
    assert tab.locator("#facts tbody tr:not([hidden])").count() == \
        ((facts["kind"] == "change") & facts["indicator"].str.contains("住院率")).sum()
    assert tab.problems == []


def test_a_planted_script_shows_as_text_and_never_runs(browser, tmp_path: Path) -> None:
    lines = CHANGZHOU.read_text(encoding="utf-8").splitlines(keepends=True)
    lines[20] = lines[20].rstrip("\n") + PLANTED + "\n"
    planted = tmp_path / "planted.txt"
    planted.write_text("".join(lines), encoding="utf-8")
    document = process(read_path(planted), load_rules())
    tab = _open(browser, write_report(document, tmp_path))

    assert PLANTED in tab.locator("#L21").inner_text()
    assert tab.evaluate("document.scripts.length") == 2
    assert tab.problems == []  # no alert, no error, no request
    tab.locator("#L21").scroll_into_view_if_needed()
    tab.screenshot(path=str(_artifact("planted-script.png")))


def _artifact(name: str) -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS / name
