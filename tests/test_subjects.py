"""Subjects: the word boundaries that filler stripping relies on."""

from __future__ import annotations

import logging

import jieba
from hypothesis import given, settings
from hypothesis import strategies as st

from extract.subjects import word_boundaries

from .conftest import DEV, SAMPLES

jieba.setLogLevel(logging.WARNING)
_JIEBA = jieba.Tokenizer()


def _jieba_boundaries(text: str) -> frozenset[int]:
    bounds, position = {0}, 0
    for word in _JIEBA.cut(text, HMM=False):
        position += len(word)
        bounds.add(position)
    return frozenset(bounds)


def test_boundaries_are_jiebas_on_every_line_of_the_bulletins() -> None:
    lines = [line for path in [*SAMPLES, *DEV]
             for line in path.read_text("utf-8").splitlines() if line.strip()]
    assert len(lines) > 100
    for line in lines:
        assert word_boundaries(line) == _jieba_boundaries(line), line


_BULLETIN_ALPHABET = st.sampled_from(
    [*"职工医保基金含生育保险收入亿元比上年增长分别为万人其中全市参加城乡居民、，。（）()：; ",
     *"\n\t0123456789.%-+#&_abcXYZ", "\u3000", "\u00a0", "１", "〇"])


@settings(max_examples=300, deadline=None)
@given(st.text(_BULLETIN_ALPHABET, max_size=40) | st.text(max_size=20))
def test_boundaries_are_jiebas_on_any_text(text: str) -> None:
    assert word_boundaries(text) == _jieba_boundaries(text)
