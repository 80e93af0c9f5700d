"""Subjects: the word boundaries that filler stripping relies on."""

from __future__ import annotations

import logging
import math
from itertools import pairwise

import jieba
from hypothesis import example, given, settings
from hypothesis import strategies as st

from extract.rules import load_rules
from extract.subjects import word_boundaries
from extract.words import ADDED_WORD_FREQUENCY

from .conftest import DEV, SAMPLES

jieba.setLogLevel(logging.WARNING)
_JIEBA = jieba.Tokenizer()
# Loading the rules teaches the segmenter their words (得分, 乙等) once per process;
# the reference is taught the same, whichever test loaded the rules first. A tie
# between two cuts (收收/收 against 收/收收) turns on the dictionary's total.
for _word in load_rules().vocabulary.segmenter_words:
    _JIEBA.add_word(_word, ADDED_WORD_FREQUENCY)


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


def _cut_score(text: str, bounds: frozenset[int]) -> float:
    """The reference's log-probability of a cut: what jieba maximises."""
    _JIEBA.check_initialized()
    total = math.log(_JIEBA.total)
    ends = sorted(bounds)
    return sum(math.log(_JIEBA.FREQ.get(text[a:b]) or 1) - total for a, b in pairwise(ends))


@settings(max_examples=300, deadline=None)
@given(st.text(_BULLETIN_ALPHABET, max_size=40) | st.text(max_size=20))
@example("收收收0")  # a tie of two cuts, found by CI
def test_boundaries_are_jiebas_on_any_text(text: str) -> None:
    # jieba's cut, or one it scores as high: which of two equal cuts wins (收收/收
    # or 收/收收) turns on rounding of the dictionary's total, as words are added.
    ours, reference = word_boundaries(text), _jieba_boundaries(text)
    assert ours == reference or math.isclose(
        _cut_score(text, ours), _cut_score(text, reference), rel_tol=1e-12)
