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


@lru_cache(maxsize=8192)
def tagged(text: str) -> tuple[tuple[str, str], ...]:
    """jieba's words of ``text`` with their part-of-speech tags (ns a place, v a verb).

    >>> tagged("复审换证")
    (('复审', 'v'), ('换证', 'v'))
    """
    import rjieba

    return tuple(rjieba.tag(text))


def leading_place(text: str) -> str:
    """The place name (jieba's tag ns) that ``text`` begins with, else "".

    >>> leading_place("苏州1-10月主要经济指标持续向好")
    '苏州'
    """
    word, tag = next(iter(tagged(text)), ("", ""))
    return word if tag == "ns" else ""


# How often an added word is taken to occur: enough that jieba keeps 得分 whole
# before 为 (against 分为), not so much that it cuts 获得分红 as 获/得分/红.
ADDED_WORD_FREQUENCY = 5000


def add_words(words: tuple[str, ...]) -> None:
    """Teach jieba words its dictionary cuts wrongly; the cached cuts are dropped."""
    if not words:
        return
    import rjieba

    for word in words:
        rjieba.add_word(word, ADDED_WORD_FREQUENCY, None)
    word_boundaries.cache_clear()
    tagged.cache_clear()


def common_suffix(texts: list[str]) -> str:
    """The ending all the texts share: the kind of the members they name.

    >>> common_suffix(["第一产业", "第二产业", "第三产业"]), common_suffix(["鄞州区", "北仑区"])
    ('产业', '区')
    """
    first = texts[0]
    size = 0
    while size < len(first) and all(len(t) > size and t[-1 - size] == first[-1 - size]
                                    for t in texts):
        size += 1
    return first[len(first) - size:]


def start_after(text: str, end: int, marks: str, floor: int = 0) -> int:
    """Where the stretch of ``text`` that ends at ``end`` and holds none of
    ``marks`` starts, not before ``floor``: a clause's or a sentence's start.

    >>> start_after("全年增长5%，其中城镇增长6%", 14, "，。")
    7
    >>> start_after("甲，乙丙", 4, "，", floor=3)
    3
    """
    return max(floor, max(text.rfind(mark, floor, end) for mark in marks) + 1)
