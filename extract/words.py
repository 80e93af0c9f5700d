"""Word boundaries of Chinese text, as jieba cuts it: the subject logic reads
words, and the normaliser tells a word a line break cuts (比上年增 / 长)."""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=8192)
def word_boundaries(text: str) -> frozenset[int]:
    """Offsets where jieba puts a word boundary (0 and len included).

    rjieba is jieba's algorithm and dictionary in Rust: the same words, without
    jieba's second of dictionary loading per process.

    >>> sorted(word_boundaries("比上年增长"))
    [0, 1, 3, 5]
    """
    import rjieba  # loaded on first use, like the other heavy libraries

    bounds = {0}
    position = 0
    for word in rjieba.cut(text, hmm=False):
        position += len(word)
        bounds.add(position)
    return frozenset(bounds)
