"""Every rule by its own examples, and the rule files' validation."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from extract.errors import PatternFileError
from extract.match import match
from extract.normalise import normalise
from extract.read import read_text
from extract.rules import Rule, default_directory, load_rules
from extract.segment import segment

from .conftest import facts_of, row_matches

RULES = load_rules()


def _params(rules: tuple[Rule, ...]) -> list[object]:
    return [pytest.param(rule, example, id=f"{rule.id}[{n}]")
            for rule in rules for n, example in enumerate(rule.examples)]


@pytest.mark.parametrize(("rule", "example"), _params(RULES.fact_rules))
def test_fact_rule_example(rule, example) -> None:
    facts = facts_of(example.text)
    own = facts[facts["rule"] == rule.id]
    for expected in example.expect:
        assert any(row_matches(row, expected) for _, row in own.iterrows()), (
            f"{rule.id} did not produce {expected} from {example.text!r}; it produced\n"
            f"{own[['indicator', 'dimension', 'kind', 'value', 'unit', 'basis', 'qualifier']]}"
            f"\nall rows:\n{facts[['rule', 'kind', 'value', 'unit']]}")


@pytest.mark.parametrize(("rule", "example"), _params(RULES.nonfact_rules))
def test_nonfact_rule_example(rule, example) -> None:
    matched = match(segment(normalise(read_text(example.text, "case"), RULES), RULES), RULES)
    text = matched.doc.norm.simplified
    explained = [text[m.start():m.end()] for nf in matched.nonfacts if nf.rule == rule.id
                 for m in RULES.number.finditer(text, nf.start, nf.end)]
    assert sorted(n.lstrip("-") for n in explained) == sorted(example.explains)
    assert not any(f.start < nf.end and nf.start < f.end
                   for f in matched.facts for nf in matched.nonfacts if nf.rule == rule.id)


@pytest.mark.parametrize("heading", RULES.headings, ids=lambda h: h.id)
def test_heading_rule_examples(heading) -> None:
    for example in heading.examples:
        doc = segment(normalise(read_text(f"标题\n\n{example}\n\n正文。", "case"), RULES), RULES)
        assert [s.rule for s in doc.sections] == [heading.id], example


def test_every_rule_in_output_is_defined(rules) -> None:
    from .conftest import SAMPLES

    defined = {r.id for r in (*rules.fact_rules, *rules.nonfact_rules)}
    for path in SAMPLES:
        facts = facts_of(path.read_text(encoding="utf-8"), path.stem)
        assert set(facts["rule"]) <= defined


def _copy_patterns(tmp_path: Path) -> Path:
    target = tmp_path / "patterns"
    shutil.copytree(default_directory(), target)
    return target


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.mark.parametrize(("old", "new", "message"), [
    ("pattern: '(?P<q>{qu})'", "pattern: '(?P<q>{qux})'", "rule level.quantity: unknown fragment {qux}"),
    ("id: level.bare", "id: level.quantity", "duplicate rule ids: level.quantity"),
    ("pattern: '(?P<q>{qu})'", "pattern: '(?P<q>{qu}'", "rule level.quantity: pattern does not compile"),
    ("    priority: 40\n", "    priority: 40\n    colour: red\n", "rule level.bare: unknown keys colour"),
    ("kind: level\n    priority: 40", "kind: total\n    priority: 40", "rule level.bare: kind must be"),
])
def test_rule_file_errors_name_the_rule(tmp_path, old, new, message) -> None:
    patterns = _copy_patterns(tmp_path)
    _edit(patterns / "facts.yaml", old, new)
    with pytest.raises(PatternFileError, match=re.escape(message)):
        load_rules(patterns)


def test_rule_without_examples_is_rejected(tmp_path) -> None:
    patterns = _copy_patterns(tmp_path)
    text = (patterns / "facts.yaml").read_text(encoding="utf-8")
    start = text.index("  - id: level.bare")
    examples = text.index("    examples:", start)
    end = text.index("  - id: table.cell")
    (patterns / "facts.yaml").write_text(text[:examples] + text[end:], encoding="utf-8")
    with pytest.raises(PatternFileError, match=re.escape("rule level.bare: needs at least one example")):
        load_rules(patterns)


@pytest.mark.parametrize(("name", "text"), [
    ("named_period", "春节假期"), ("named_period", "“五一”假期"), ("named_period", "暑期"),
    ("named_period", "春运期间"), ("named_period", "国庆黄金周"),
    ("partner_standing", "欧盟为我国第二大贸易伙伴"), ("partner_standing", "东盟继续保持为最大贸易伙伴"),
])
def test_vocabulary_requires_what_the_pattern_needs(name, text) -> None:
    """A clause is tested against these patterns only if it holds what their
    ``_requires`` pattern asks: every clause they match must hold it."""
    vocab = RULES.vocabulary
    pattern, requires = getattr(vocab, name), getattr(vocab, f"{name}_requires")
    assert pattern.search(text) and requires is not None and requires.search(text)
