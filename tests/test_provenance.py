"""Every fact points at its figure in the raw text: offsets, line and page."""

from __future__ import annotations

import unicodedata

import pandas as pd
import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from extract.layout import display_width
from extract.pipeline import extract_file, extract_text

from .conftest import DEV, SAMPLES


def _squeezed(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).split())


@pytest.mark.parametrize("path", SAMPLES + DEV, ids=lambda p: p.stem)
def test_offsets_line_and_page_point_at_the_figure(path) -> None:
    raw = path.read_text(encoding="utf-8")
    tables = extract_file(path)
    facts = tables["facts"]
    assert len(facts) > 0
    lines = raw.split("\n")
    for row in facts.itertuples():
        assert "".join(raw[row.start:row.end].split()) == "".join(row.text.split()), row
        line = lines[row.line - 1]
        line_start = sum(len(x) + 1 for x in lines[:row.line - 1])
        assert line_start <= row.start <= line_start + len(line), row
        assert pd.isna(row.page)  # text input has no pages


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.stem)
def test_samples_leave_nothing_unexplained(path) -> None:
    tables = extract_file(path)
    assert tables["unexplained"].empty, tables["unexplained"][["text", "context"]]
    assert float(tables["documents"]["coverage"].iloc[0]) == 1.0


def _wrap_like_a_pdf(text: str, width: int) -> list[str]:
    """Lines of (about) equal display width, never breaking inside a number."""
    lines, line = [], ""
    for token in regex.findall(r"[\d.]+|.", text, flags=regex.S):
        if line and display_width(line + token) > width:
            lines.append(line)
            line = ""
        line += token
    return [*lines, line] if line else lines


FILLER = st.text(alphabet="医疗保障事业发展统计公报全市各项工作有序推进待遇逐步落实", min_size=0, max_size=60)
PLANTED = "职工医保参保人数 272.42万人，比上年增长 2.68%。"


@settings(max_examples=60, deadline=None)
@given(before=FILLER, after=FILLER, width=st.integers(12, 30), fullwidth=st.booleans(),
       space=st.booleans())
def test_planted_figure_is_found_where_it_was_planted(before, after, width, fullwidth, space):
    """A figure planted in filler and hard-wrapped like PDF text comes back with
    offsets that cover exactly the figure."""
    planted = PLANTED
    if fullwidth:
        planted = planted.replace("272.42", "２７２.４２")
    if not space:
        planted = planted.replace(" ", "")
    filler = "全市医疗保障工作稳步推进各项待遇逐步落实到位" * 4
    body = "。".join([filler, before, "", planted + after, filler, ""])
    wrapped = "\n\n".join(_wrap_like_a_pdf(body, width * 2))
    raw = f"2024年全市医疗保障事业发展统计公报\n\n{wrapped}"
    facts = extract_text(raw, doc_id="planted")["facts"]
    level = facts[(facts["value"] == 272.42) & (facts["kind"] == "level")]
    growth = facts[(facts["value"] == 2.68) & (facts["kind"] == "growth")]
    assert len(level) == 1 and len(growth) == 1, facts[["text", "value", "kind"]]
    for row, figure in ((level.iloc[0], "272.42万人"), (growth.iloc[0], "2.68%")):
        assert _squeezed(raw[row["start"]:row["end"]]) == figure
        assert "参保人数" in level.iloc[0]["indicator"]
