"""Case files in tests/cases: texts and rows they must yield."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
import regex
import yaml

from extract.pipeline import extract_text

from .conftest import facts_of, row_matches

CASES = Path(__file__).parent / "cases"


class _UniqueKeys(yaml.SafeLoader):
    """A loader that refuses a key twice in one mapping (a second ``cases:``
    appended to a file would silently hide every case before it)."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict:
        keys = [self.construct_object(key, deep=deep) for key, _ in node.value]
        repeated = {key for key in keys if keys.count(key) > 1}
        if repeated:
            raise yaml.constructor.ConstructorError(
                None, None, f"key given twice: {sorted(repeated)}", node.start_mark)
        return super().construct_mapping(node, deep=deep)


def _load(name: str) -> list[dict]:
    return yaml.load((CASES / name).read_text(encoding="utf-8"), Loader=_UniqueKeys)["cases"]


def test_a_key_given_twice_is_refused() -> None:
    with pytest.raises(yaml.constructor.ConstructorError):
        yaml.load("cases:\n  - name: a\ncases:\n  - name: b\n", Loader=_UniqueKeys)


def _check(case: dict) -> None:
    facts = facts_of(case["text"])
    for expected in case["expect"]:
        assert any(row_matches(row, expected) for _, row in facts.iterrows()), (
            f"{case['name']}: no row {expected}; got\n"
            f"{facts[['indicator', 'dimension', 'kind', 'value', 'unit', 'basis', 'rule']]}")
    if "count" in case:  # no other rows: numbers that are not figures stay out
        assert len(facts) == case["count"], f"{case['name']}: {len(facts)} facts"
    if "unexplained" in case:  # the numbers left to the auditor, as written
        left = extract_text(case["text"], doc_id="case")["unexplained"]["text"].tolist()
        assert left == case["unexplained"], f"{case['name']}: unexplained {left}"


@pytest.mark.parametrize("case", _load("synthetic.yaml"), ids=lambda c: c["name"])
def test_synthetic_case(case) -> None:
    _check(case)


@pytest.mark.parametrize("case", _load("tables.yaml"), ids=lambda c: c["name"])
def test_table_case(case) -> None:
    _check(case)


@pytest.mark.parametrize("case", _load("known_failures.yaml"), ids=lambda c: c["name"])
@pytest.mark.xfail(strict=True, reason="known failure, see tests/cases/known_failures.yaml")
def test_known_failure(case) -> None:
    _check(case)


# (Numerals in words, or a scale between digits: 11萬9,862輛.)
_CHINESE_NUMERALS = regex.compile(r"[一二三四五六七八九十两千〇零]|百(?!分)|\d[万萬亿億千]\d")  # (not 百分点)


def _digits(number: str) -> str:
    """A number's digits without its point and the zeros at either end (11.9862 and
    119862 both 119862), so a figure scaled to its unit is still found."""
    return number.replace(".", "").strip("0")


def test_each_case_once_with_figures_of_its_own_text() -> None:
    """A merge may bring back a case moved to another file, or leave a moved case's
    rows under the case beside it: each name once over the three files, and each
    expected value written in its case's text (unless it writes numerals in words)."""
    cases = [case for name in ("synthetic.yaml", "tables.yaml", "known_failures.yaml")
             for case in _load(name)]
    names = [case["name"] for case in cases]
    assert not {name for name in names if names.count(name) > 1}
    for case in cases:
        written = {_digits(regex.sub(r"[,\s]", "", m.group()))  # (9 800, 7 4 3 . 5 2)
                   for m in regex.finditer(r"\d[\d,.\s]*\d|\d", case["text"])}
        for row in case["expect"]:
            if "value" in row and not _CHINESE_NUMERALS.search(case["text"]):
                value = _digits(format(abs(Decimal(str(row["value"]))), "f"))
                assert any(value in number for number in written), (case["name"], row)


# Texts where one reading could claim a number and leave it in no table: class bands
# beside count ranges, asides in brackets, ranges with and without their unit.
_ACCOUNTED = [
    "832个脱贫县均培育形成了2至3个特色主导产业。每个乡镇培育3到5家龙头企业。",
    "居住在500万人以上城市的进城农民工人均居住面积17.9平方米，在100万－300万人城市为22.9平方米。",
    "10-20岁人口120万人，覆盖2至3个乡镇。甲類消費物價指數(104.05)及乙類消費物價指數(104.63)分別上升0.08%及0.37%。",
]


@pytest.mark.parametrize("text", _ACCOUNTED)
def test_every_number_is_accounted_for(text: str) -> None:
    """The auditors' check: every number is a fact's, a non-fact a rule names, or
    listed as unexplained; none is claimed and then dropped."""
    from extract.pipeline import load_rules, process, read_text
    rules = load_rules(None)
    matched = process(read_text(text, "case"), rules)
    spans = [(f.start, f.end) for f in matched.facts] + \
        [(n.start, n.end) for n in matched.nonfacts] + \
        [(u.start, u.end) for u in matched.unexplained]
    numbers = [m.span() for m in rules.number.finditer(matched.doc.norm.simplified)]
    lost = [matched.doc.norm.simplified[s:e] for s, e in numbers
            if not any(a <= s and e <= b for a, b in spans)]
    assert not lost, f"numbers in no table: {lost}"
