"""The review page: one self-contained HTML file per document.

The source text as extracted, line by line with page marks, every fact
highlighted where it stands (colour by kind) and every unexplained number
marked; hovering or focusing a highlight shows the fact's row. A side panel
lists the checks (mismatches first, each linking to its facts) and the
unexplained numbers; a filterable table lists the facts; coverage heads the
page. CSS and JavaScript are inline, so the file opens anywhere without a
network. Every piece of source text is escaped, and the facts reach the
script as JSON that cannot close its ``<script>`` element.
"""

from __future__ import annotations

import base64
import bisect
import hashlib
import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from html import escape
from pathlib import Path

import pandas as pd

from .records import MatchedDoc, RawDoc
from .rules import load_rules
from .tables import build_tables
from .write import _atomic_write

REPORT_DIR = "report"
KINDS = ("level", "change", "growth", "previous")
FACT_FIELDS = ("fact_id", "indicator", "dimension", "kind", "value", "unit", "basis",
               "qualifier", "footnotes", "rule", "section_id", "line", "text")
TABLE_FIELDS = ("fact_id", "line", "section_id", "indicator", "dimension", "kind", "value",
                "unit", "basis", "qualifier", "footnotes", "rule")


def write_report(matched: MatchedDoc, outdir: Path, patterns: Path | None = None) -> Path:
    """Write ``OUTDIR/report/<doc_id>.html`` for one processed document; return its
    path (its checks with the words of the rules in ``patterns``, else the shipped ones;
    loaded once per process)."""
    raw = matched.doc.norm.raw
    path = outdir / REPORT_DIR / f"{raw.doc_id}.html"
    path.parent.mkdir(parents=True, exist_ok=True)
    page = render_report(raw, build_tables([matched], rules=load_rules(patterns)))
    _atomic_write(path, lambda target: target.write_text(page, encoding="utf-8"))
    return path


def render_report(raw: RawDoc, tables: dict[str, pd.DataFrame]) -> str:
    """The review page of one document from its raw text and its output tables
    (rows of other documents in them are left out)."""
    facts, unexplained, checks, documents = (
        _rows(tables[name], raw.doc_id) for name in ("facts", "unexplained", "checks",
                                                     "documents"))
    document = documents[0]
    checks.sort(key=lambda c: c["status"] != "mismatch")  # stable: mismatches first
    flagged = {int(i) for c in checks if c["status"] == "mismatch"
               for i in str(c["fact_ids"]).split(";")}
    marks = _marks(facts, unexplained, flagged)
    return _PAGE.format(
        title=escape(document["title"] or raw.doc_id),
        css=_CSS,
        summary=_summary(raw, document, checks, len(unexplained)),
        script_hash=_SCRIPT_HASH,
        legend=_legend(),
        text=_source_lines(raw.text, marks, raw.page_starts),
        checks=_checks_panel(checks),
        unexplained=_unexplained_panel(unexplained),
        facts=_facts_table(facts),
        data=_script_json({str(f["fact_id"]): {k: f[k] for k in FACT_FIELDS} | {
            "checks": _checks_of(f["fact_id"], checks)} for f in facts}),
        script=_SCRIPT,
    )


def _rows(frame: pd.DataFrame, doc_id: str) -> list[dict[str, object]]:
    """One document's rows as plain dicts, missing values as empty strings."""
    plain = frame[frame["doc_id"] == doc_id].astype(object)
    return plain.where(plain.notna(), "").to_dict("records")  # type: ignore[return-value]


def _script_json(data: object) -> str:
    """JSON safe inside a <script> element: no ``<`` can start ``</script>``."""
    text = json.dumps(data, ensure_ascii=False, default=str)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _checks_of(fact_id: object, checks: Sequence[dict[str, object]]) -> list[str]:
    return [f"{c['check']}: {c['status']}" for c in checks
            if str(fact_id) in str(c["fact_ids"]).split(";")]


# --- the source text ---------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Mark:
    start: int
    end: int
    anchor: str
    """``f12`` for fact 12, ``u3`` for the third unexplained number."""
    classes: str


def _marks(facts: Sequence[dict[str, object]], unexplained: Sequence[dict[str, object]],
           flagged: set[int]) -> list[_Mark]:
    """Highlights in text order; a span overlapping an earlier one is left out."""
    marks = [_Mark(int(f["start"]), int(f["end"]), f"f{f['fact_id']}",  # type: ignore[call-overload]
                   f"fact k-{f['kind']}" + (" bad" if f["fact_id"] in flagged else ""))
             for f in facts]
    marks += [_Mark(int(u["start"]), int(u["end"]), f"u{n}", "unexplained")  # type: ignore[call-overload]
              for n, u in enumerate(unexplained, start=1)]
    kept: list[_Mark] = []
    for mark in sorted(marks, key=lambda m: (m.start, m.end)):
        if mark.end > mark.start and (not kept or mark.start >= kept[-1].end):
            kept.append(mark)
    return kept


def _lines(text: str) -> Iterator[tuple[int, int]]:
    """Start and end (without the line break) of each line."""
    start = 0
    while True:
        end = text.find("\n", start)
        if end < 0:
            yield start, len(text)
            return
        yield start, end
        start = end + 1


def _source_lines(text: str, marks: Sequence[_Mark], page_starts: Sequence[int]) -> str:
    """One element per line of the raw text, highlights split at line breaks."""
    out: list[str] = []
    pages = list(page_starts)
    page_shown = 0
    first = 0  # index of the first mark that ends after the current line's start
    for number, (start, end) in enumerate(_lines(text), start=1):
        page = bisect.bisect_right(pages, end) if pages else 0
        while page_shown < page:
            page_shown += 1
            out.append(f'<div class="page" id="p{page_shown}">page {page_shown}</div>')
        visible_end = end - 1 if end > start and text[end - 1] == "\r" else end
        while first < len(marks) and marks[first].end <= start:
            first += 1
        out.append(f'<div class="ln" id="L{number}"><span class="no">{number}</span>'
                   f'<span class="tx">{_line_html(text, start, visible_end, marks, first)}'
                   "</span></div>")
    return "\n".join(out)


def _line_html(text: str, start: int, end: int, marks: Sequence[_Mark], first: int) -> str:
    parts = []
    position = start
    for mark in marks[first:]:
        if mark.start >= end:
            break
        begin, stop = max(mark.start, start), min(mark.end, end)
        if stop <= begin:
            continue
        parts.append(escape(text[position:begin]))
        head = mark.start >= start  # the first piece of a highlight carries its anchor
        anchor = f' id="{mark.anchor}" tabindex="0"' if head else ""
        parts.append(f'<mark class="{mark.classes}" data-ref="{mark.anchor}"{anchor}>'
                     f"{escape(text[begin:stop])}</mark>")
        position = stop
    parts.append(escape(text[position:end]))
    return "".join(parts)


# --- panels ------------------------------------------------------------------------


def _summary(raw: RawDoc, document: dict[str, object], checks: Sequence[dict[str, object]],
             unexplained: int) -> str:
    numbers, facts = int(document["numbers"]), int(document["facts"])  # type: ignore[call-overload]
    mismatches = sum(c["status"] == "mismatch" for c in checks)
    items = [
        ("coverage", f"{float(document['coverage']):.1%}"),  # type: ignore[arg-type]
        ("numbers", str(numbers)),
        ("facts", str(facts)),
        ("recognised non-facts", str(numbers - facts - unexplained)),
        ("unexplained", str(unexplained)),
        ("checks", str(len(checks))),
        ("mismatches", str(mismatches)),
    ]
    stats = "".join(f'<div class="stat{" alert" if name == "mismatches" and mismatches else ""}'
                    f'"><b>{escape(value)}</b><span>{escape(name)}</span></div>'
                    for name, value in items)
    source = f"{raw.source} · {raw.format} · {raw.encoding} · sha256 {raw.sha256[:12]}…"
    return f'<p class="source">{escape(source)}</p><div class="stats">{stats}</div>'


def _legend() -> str:
    keys = "".join(f'<span class="key"><mark class="fact k-{k}">{k}</mark></span>'
                   for k in KINDS)
    return (f'{keys}<span class="key"><mark class="unexplained">unexplained</mark></span>'
            '<span class="key"><mark class="fact k-level bad">in a mismatch</mark></span>')


def _fact_links(fact_ids: object) -> str:
    return " ".join(f'<a href="#f{int(i)}" data-goto="f{int(i)}">#{int(i)}</a>'
                    for i in str(fact_ids).split(";"))


def _checks_panel(checks: Sequence[dict[str, object]]) -> str:
    if not checks:
        return '<p class="none">No figures of this document can be checked against each other.</p>'
    items = "".join(
        f'<li class="check {escape(str(c["status"]))}"><span class="status">'
        f'{escape(str(c["status"]))}</span> <span class="kind">{escape(str(c["check"]))}</span> '
        f'{_fact_links(c["fact_ids"])}<div class="detail">{escape(str(c["detail"]))}</div></li>'
        for c in checks)
    return f'<ol class="checks">{items}</ol>'


def _unexplained_panel(unexplained: Sequence[dict[str, object]]) -> str:
    if not unexplained:
        return '<p class="none">Every number is a fact or a recognised non-fact.</p>'
    items = "".join(
        f'<li><a href="#u{n}" data-goto="u{n}">line {escape(str(u["line"]))}: '
        f'{escape(str(u["text"]))}</a><div class="detail">{escape(str(u["context"]))}</div></li>'
        for n, u in enumerate(unexplained, start=1))
    return f'<ol class="unexplained-list">{items}</ol>'


def _facts_table(facts: Sequence[dict[str, object]]) -> str:
    head = "".join(f"<th>{escape(name)}</th>" for name in TABLE_FIELDS)
    rows = []
    for fact in facts:
        cells = "".join(
            f'<td><a href="#f{fact["fact_id"]}" data-goto="f{fact["fact_id"]}">'
            f'{fact["fact_id"]}</a></td>' if name == "fact_id"
            else f"<td>{escape(str(fact[name]))}</td>" for name in TABLE_FIELDS)
        rows.append(f'<tr data-kind="{escape(str(fact["kind"]))}">{cells}</tr>')
    return f'<table id="facts"><thead><tr>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table>'


_PAGE = """<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy"
      content="default-src 'none'; style-src 'unsafe-inline'; script-src '{script_hash}'">
<title>{title}</title>
<style>{css}</style>
</head>
<body>
<header><h1>{title}</h1>{summary}<div class="legend">{legend}</div></header>
<main>
<section class="text" aria-label="source text">{text}</section>
<aside>
<h2>Checks</h2>{checks}
<h2>Unexplained numbers</h2>{unexplained}
</aside>
</main>
<section class="table">
<h2>Facts</h2>
<div class="filter">
<input id="filter" type="search" placeholder="filter: indicator, value, rule …"
       aria-label="filter facts">
<select id="kind" aria-label="kind"><option value="">all kinds</option><option>level</option>
<option>change</option><option>growth</option><option>previous</option></select>
<span id="shown"></span></div>
{facts}
</section>
<div id="tip" role="tooltip" hidden></div>
<script type="application/json" id="fact-data">{data}</script>
<script>{script}</script>
</body>
</html>
"""

_CSS = """
:root { --level:#cfe3ff; --change:#ffe0b8; --growth:#c9f2cf; --previous:#e6d4ff;
        --line:#8a8f98; --bad:#d7263d; --ink:#1d2330; --rule:#e3e6eb; }
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.55 system-ui, "Noto Sans CJK SC", "WenQuanYi Micro Hei",
       "Microsoft YaHei", sans-serif; color: var(--ink); background: #f6f7f9; }
header { padding: 14px 22px 10px; background: #fff; border-bottom: 1px solid var(--rule); }
h1 { font-size: 19px; margin: 0 0 2px; } h2 { font-size: 15px; margin: 16px 0 8px; }
.source { margin: 0 0 10px; color: #5b6270; font-size: 12px; }
.stats { display: flex; flex-wrap: wrap; gap: 8px; }
.stat { background: #f1f3f6; border-radius: 6px; padding: 4px 10px; min-width: 80px; }
.stat b { display: block; font-size: 17px; } .stat span { font-size: 12px; color: #5b6270; }
.stat.alert { background: #fde7ea; color: var(--bad); }
.legend { margin-top: 10px; font-size: 12px; } .key { margin-right: 10px; }
main { display: grid; grid-template-columns: minmax(0, 3fr) minmax(300px, 2fr); gap: 0; }
.text { background: #fff; margin: 14px 0 14px 14px; border: 1px solid var(--rule);
        border-radius: 6px; padding: 8px 0; max-height: 78vh; overflow: auto; }
.ln { display: flex; min-height: 1.55em; }
.ln:target { background: #fff8d6; }
.no { flex: none; width: 3.6em; padding-right: 10px; text-align: right; color: var(--line);
      user-select: none; font-variant-numeric: tabular-nums; }
.tx { white-space: pre-wrap; word-break: break-all; flex: 1; padding-right: 12px; }
.page { margin: 6px 0; padding: 2px 12px; font-size: 12px; color: #5b6270;
        border-top: 1px dashed var(--line); }
mark { color: inherit; border-radius: 3px; padding: 0 1px; cursor: help; }
mark.k-level { background: var(--level); } mark.k-change { background: var(--change); }
mark.k-growth { background: var(--growth); } mark.k-previous { background: var(--previous); }
mark.bad { outline: 2px solid var(--bad); }
mark.unexplained { background: transparent; border-bottom: 2px dashed var(--bad); }
mark:focus, mark.lit { outline: 2px solid var(--ink); outline-offset: 1px; }
aside { margin: 14px; max-height: 78vh; overflow: auto; }
aside h2:first-child { margin-top: 0; }
ol { margin: 0; padding: 0; list-style: none; }
li.check, .unexplained-list li { background: #fff; border: 1px solid var(--rule);
        border-left: 4px solid #3aa657; border-radius: 5px; padding: 6px 9px; margin-bottom: 6px; }
li.check.mismatch { border-left-color: var(--bad); background: #fff6f7; }
.unexplained-list li { border-left-color: var(--bad); }
.status { font-weight: 600; text-transform: uppercase; font-size: 11px; }
li.mismatch .status { color: var(--bad); } li.ok .status { color: #2c8a45; }
.kind { font-size: 12px; color: #5b6270; margin-right: 4px; }
.detail { font-size: 12.5px; margin-top: 2px; }
a { color: #1f5fbf; text-decoration: none; } a:hover { text-decoration: underline; }
.none { color: #5b6270; font-size: 13px; }
.table { margin: 0 14px 24px; }
.filter { display: flex; gap: 8px; align-items: center; margin-bottom: 8px; }
.filter input { flex: 0 1 360px; padding: 5px 8px; } #shown { color: #5b6270; font-size: 12px; }
table { border-collapse: collapse; width: 100%; background: #fff; font-size: 12.5px; }
th, td { border: 1px solid var(--rule); padding: 3px 6px; text-align: left; vertical-align: top; }
th { background: #f1f3f6; position: sticky; top: 0; }
tr[data-kind=level] td:nth-child(6) { background: var(--level); }
tr[data-kind=change] td:nth-child(6) { background: var(--change); }
tr[data-kind=growth] td:nth-child(6) { background: var(--growth); }
tr[data-kind=previous] td:nth-child(6) { background: var(--previous); }
#tip { position: absolute; z-index: 10; max-width: 420px; background: #1d2330; color: #fff;
       border-radius: 6px; padding: 8px 10px; font-size: 12.5px; box-shadow: 0 4px 14px #0004; }
#tip table { background: transparent; font-size: 12.5px; width: auto; }
#tip th, #tip td { border: 0; padding: 1px 6px 1px 0; background: transparent; color: #fff; }
#tip th { color: #aab3c5; font-weight: 400; position: static; }
"""

_SCRIPT = """
(function () {
  "use strict";
  var facts = JSON.parse(document.getElementById("fact-data").textContent);
  var tip = document.getElementById("tip");
  var fields = ["fact_id", "indicator", "dimension", "kind", "value", "unit", "basis",
                "qualifier", "footnotes", "rule", "section_id", "line", "text", "checks"];

  function row(name, value) {
    var tr = document.createElement("tr");
    var th = document.createElement("th");
    var td = document.createElement("td");
    th.textContent = name;
    td.textContent = Array.isArray(value) ? value.join("; ") : String(value);
    tr.appendChild(th); tr.appendChild(td);
    return tr;
  }

  function describe(mark) {
    var ref = mark.dataset.ref;
    var table = document.createElement("table");
    if (ref.charAt(0) === "f") {
      var fact = facts[ref.slice(1)];
      fields.forEach(function (name) { table.appendChild(row(name, fact[name])); });
    } else {
      table.appendChild(row("unexplained", mark.textContent));
      table.appendChild(row("why", "neither a fact nor a recognised non-fact"));
    }
    return table;
  }

  function lit(ref, on) {
    document.querySelectorAll('mark[data-ref="' + ref + '"]').forEach(function (m) {
      m.classList.toggle("lit", on);
    });
  }

  function show(mark) {
    tip.replaceChildren(describe(mark));
    tip.hidden = false;
    var box = mark.getBoundingClientRect();
    var right = window.scrollX + document.documentElement.clientWidth - tip.offsetWidth - 8;
    var left = Math.min(box.left + window.scrollX, right);
    tip.style.left = Math.max(8, left) + "px";
    tip.style.top = (box.bottom + window.scrollY + 6) + "px";
    lit(mark.dataset.ref, true);
  }

  function hide(mark) {
    tip.hidden = true;
    lit(mark.dataset.ref, false);
  }

  document.querySelectorAll("mark[data-ref]").forEach(function (mark) {
    mark.addEventListener("mouseenter", function () { show(mark); });
    mark.addEventListener("mouseleave", function () { hide(mark); });
    mark.addEventListener("focus", function () { show(mark); });
    mark.addEventListener("blur", function () { hide(mark); });
  });

  document.addEventListener("click", function (event) {
    var link = event.target.closest("a[data-goto]");
    if (!link) { return; }
    var target = document.getElementById(link.dataset.goto);
    if (!target) { return; }
    event.preventDefault();
    target.scrollIntoView({block: "center"});
    target.focus({preventScroll: true});
  });

  var filter = document.getElementById("filter");
  var kind = document.getElementById("kind");
  var rows = Array.prototype.slice.call(document.querySelectorAll("#facts tbody tr"));
  var shown = document.getElementById("shown");
  function apply() {
    var words = filter.value.trim().toLowerCase().split(/\\s+/).filter(Boolean);
    var count = 0;
    rows.forEach(function (tr) {
      var text = tr.textContent.toLowerCase();
      var ok = (!kind.value || tr.dataset.kind === kind.value) &&
               words.every(function (w) { return text.indexOf(w) >= 0; });
      tr.hidden = !ok;
      if (ok) { count += 1; }
    });
    shown.textContent = count + " of " + rows.length + " facts";
  }
  filter.addEventListener("input", apply);
  kind.addEventListener("change", apply);
  apply();
})();
"""

# Only the page's own script may run, even if some text were ever left unescaped;
# and the page can fetch nothing (default-src 'none').
_SCRIPT_HASH = "sha256-" + base64.b64encode(hashlib.sha256(_SCRIPT.encode()).digest()).decode()
