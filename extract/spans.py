"""Where the sentences, clauses and bracketed asides of a text begin and end.

Pure functions of the text, knowing nothing of a figure or its subject: the
spans of sentences and clauses that extract/match.py walks, and the brackets
and asides that extract/subjects.py reads subjects around.
"""

from __future__ import annotations

from functools import cache

import regex

# A space left in prose parts clauses: the normaliser keeps one only between
# ASCII words and after a figure (城镇新增就业1256万人 调查失业率5.1%).
_CLAUSE_MARKS = "，；：,;: "
_SENTENCE_MARKS = "。！？!?"
# Brackets hold an aside, whose marks part nothing outside it; quotation marks
# hold a name (“十四五”) or someone's words, whose sentences and clauses are
# the text's own (表示：“…增长5.6%，…增长7.2%。”), so they nest nothing.
_OPEN = "（(《【"
_CLOSE = "）)》】"
_CLOSING_QUOTES = "”」』’"

def spans_between(text: str, start: int, end: int, marks: str, keep_mark: bool
                  ) -> list[tuple[int, int]]:
    """Split ``text[start:end]`` at ``marks`` outside brackets and quotes."""
    spans = []
    depth = 0
    begin = start
    for m in _splitter(marks).finditer(text, start, end):  # only the marks and brackets
        ch, i = m.group(), m.start()
        if ch in _OPEN:
            depth += 1
        elif ch in _CLOSE:
            depth = max(0, depth - 1)
        elif depth == 0:
            after = i + 1
            if keep_mark:  # (a quotation closing after the sentence's mark goes with it)
                while after < end and text[after] in _CLOSING_QUOTES:
                    after += 1
            spans.append((begin, after if keep_mark else i))
            begin = after
    if begin < end:
        spans.append((begin, end))
    return [(s, e) for s, e in spans if text[s:e].strip()]

@cache
def _splitter(marks: str) -> regex.Pattern[str]:
    # (An ASCII , or : between digits is a number's: 5,648.56万名, 105:100.)
    inside_numbers = "".join(m for m in ",:" if m in marks)
    pattern = "[" + regex.escape(_OPEN + _CLOSE + "".join(
        m for m in marks if m not in " ,:")) + "]"
    if inside_numbers:
        pattern += f"|(?<!\\d)[{inside_numbers}]|[{inside_numbers}](?!\\d)"
    if " " in marks:  # (not the space between two Latin words: 10G PON端口; nor
        # between a Latin name and its figure, a headline's: 制造业PMI 49.5)
        pattern += "|(?<![A-Za-z]) | (?![A-Za-z\\d])"
    return regex.compile(pattern)


def sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentences of a paragraph, each with its closing mark.

    >>> sentences("甲。乙！", 0, 4)
    [(0, 2), (2, 4)]
    """
    return spans_between(text, start, end, _SENTENCE_MARKS, keep_mark=True)


def clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Clauses of a sentence, without the marks between them.

    >>> clauses("收入1亿元，比上年增长2%。", 0, 14)
    [(0, 5), (6, 14)]
    """
    return spans_between(text, start, end, _CLAUSE_MARKS, keep_mark=False)

_BRACKET = regex.compile(r"[（()）]")


def open_bracket(text: str, start: int, end: int) -> int | None:
    """Offset of a bracket opened in ``text[start:end]`` and not yet closed."""
    depth_at: list[int] = []
    for m in _BRACKET.finditer(text, start, end):  # (most stretches have none)
        if m.group() in "（(":
            depth_at.append(m.start())
        elif depth_at:
            depth_at.pop()
    return depth_at[-1] if depth_at else None

def split_top_level(text: str, mark: str) -> list[str]:
    """The pieces of ``text`` between ``mark``s outside brackets and quotes."""
    return [text[s:e] for s, e in spans_between(text, 0, len(text), mark, keep_mark=False)]


_ASIDE = regex.compile(r"[（(][^（）()]*[)）]")


def without_asides(text: str) -> str:
    """The text without its bracketed asides."""
    return _ASIDE.sub("", text)


def masked_asides(text: str) -> str:
    """The text with bracketed asides blanked out, same length."""
    return _ASIDE.sub(lambda m: " " * len(m.group()), text)


def without_repeated_asides(text: str) -> str:
    """统筹基金（含生育保险）累计结存（含生育保险） -> 统筹基金（含生育保险）累计结存."""
    seen: set[str] = set()

    def once(m: regex.Match[str]) -> str:
        aside = m.group()
        if aside in seen:
            return ""
        seen.add(aside)
        return aside

    return _ASIDE.sub(once, text)
