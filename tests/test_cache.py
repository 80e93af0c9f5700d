"""The cache on disk: a kept value comes back, and the cache never gives a wrong one."""

from __future__ import annotations

from pathlib import Path

import pytest

from extract import rules as rules_module
from extract.cache import KEEP, cached
from extract.pipeline import process
from extract.read import read_text
from extract.rules import RuleSet, _compile_rules, default_directory, load_rules


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("BULLETIN_CACHE_DIR", str(tmp_path))
    return tmp_path


class Builds:
    """A build function that counts its calls."""

    def __init__(self, value: object) -> None:
        self.value, self.calls = value, 0

    def __call__(self) -> object:
        self.calls += 1
        return self.value


def test_a_kept_value_is_read_back_without_building(cache_dir: Path) -> None:
    build = Builds({"a": 1})
    assert cached("thing", [b"x"], build, dict) == {"a": 1}
    assert cached("thing", [b"x"], build, dict) == {"a": 1}
    assert build.calls == 1
    assert len(list(cache_dir.glob("thing-*.pickle"))) == 1


def test_other_parts_make_another_entry(cache_dir: Path) -> None:
    first, second = Builds([1]), Builds([2])
    assert cached("thing", [b"ab", b"c"], first, list) == [1]
    assert cached("thing", [b"a", b"bc"], second, list) == [2]  # not the same key
    assert (first.calls, second.calls) == (1, 1)


def test_a_damaged_or_foreign_entry_is_built_again(cache_dir: Path) -> None:
    build = Builds([1])
    cached("thing", [b"x"], build, list)
    entry = next(cache_dir.glob("thing-*.pickle"))
    for damage in (b"not a pickle", entry.read_bytes()[:10]):
        entry.write_bytes(damage)
        assert cached("thing", [b"x"], build, list) == [1]
    assert build.calls == 3
    assert cached("thing", [b"x"], build, dict) == [1]  # a list where a dict was asked for
    assert build.calls == 4


def test_the_newest_entries_are_kept(cache_dir: Path) -> None:
    for n in range(KEEP + 3):
        cached("thing", [str(n).encode()], Builds(n), int)
    assert len(list(cache_dir.glob("thing-*.pickle"))) == KEEP


def test_the_cache_can_be_turned_off(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("BULLETIN_CACHE_DIR", "")
    monkeypatch.chdir(tmp_path)
    build = Builds(1)
    cached("thing", [b"x"], build, int)
    cached("thing", [b"x"], build, int)
    assert build.calls == 2
    assert not list(tmp_path.iterdir())


def test_an_unwritable_cache_only_costs_time(monkeypatch: pytest.MonkeyPatch,
                                             tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("a file where the directory would be")
    monkeypatch.setenv("BULLETIN_CACHE_DIR", str(blocker / "cache"))
    assert cached("thing", [b"x"], Builds(7), int) == 7


def test_rules_from_the_cache_extract_what_compiled_rules_do(
        cache_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    text = ("2024年末全市参保人数达到202.79万人，比上年末增长1.5%；其中职工医保、居民医保"
            "分别为120.5万人、82.29万人。基金收入153.16亿元，同比增长17.79%。")
    load_rules.cache_clear()
    try:
        compiled = _compile_rules(default_directory())
        kept = load_rules()  # compiles and keeps
        load_rules.cache_clear()
        monkeypatch.setattr(rules_module, "_compile_rules", None)  # compiling would fail
        from_cache = load_rules()
        assert isinstance(from_cache, RuleSet) and from_cache is not kept
        assert list(cache_dir.glob("rules-*.pickle"))
        expected = process(read_text(text, "case"), compiled).facts
        assert expected and process(read_text(text, "case"), from_cache).facts == expected
    finally:
        load_rules.cache_clear()
