"""The characters a regex match can begin with, read from the pattern's text.

A long alternation with look-behinds and optional first parts (the subject
fillers of vocabulary.yaml) gives the regex module no character to search
for, so it tries every branch at every place of the text. A look-ahead for
the characters a match can begin with rejects most places at once. It is
read conservatively: anything this reader does not understand (``.``, a
negated set, a back-reference, an inline flag, a branch that can match
nothing) gives no test at all, so the test never rules out a match.
"""

from __future__ import annotations

from collections.abc import Mapping

import regex

_QUANTIFIER = regex.compile(r"(?:[?*+]|\{(\d*)(?:,\d*)?\})[?+]?")
_ESCAPE = regex.compile(r"\\(?:[dswDSW]|[pP]\{[\w=]+\}|x[0-9A-Fa-f]{2}|u[0-9A-Fa-f]{4}"
                        r"|U[0-9A-Fa-f]{8}|[ntrfv]|[^0-9A-Za-z])")
_ZERO_WIDTH_GROUP = ("(?=", "(?!", "(?<=", "(?<!")
_GROUP = regex.compile(r"\((?:\?:|\?>|\?P<\w+>|(?!\?))")
_ANCHOR = regex.compile(r"\^|\$|\\[bBAZ]")
_ANY = regex.compile(r"\.|\\[1-9]\d*")  # any character; a back-reference
_LIST = regex.compile(r"\\L<(\w+)>")

Items = list[str] | None
"""Pieces of a character set that holds every first character; None: any character."""


def leading_class(pattern: str, lists: Mapping[str, list[str]] | None = None) -> str | None:
    """The inside of a character set that holds the first character of every
    match of ``pattern`` (``lists``: the named lists it uses), or None where
    that cannot be told.

    >>> leading_class(r"(?<![\\d.])\\d{1,2}\\s*月|[上下]半年|本?年底")
    '\\\\d上下本年'
    >>> leading_class(r"约?\\L<unit>", {"unit": ["人", "万人", "元"]})
    '约人万元'
    >>> leading_class(r"\\s*(?:年)?") is None  # a match may be empty
    True
    """
    try:
        items, nullable, end = _Reader(pattern, lists or {}).alternation(0)
    except _Unknown:
        return None
    if end != len(pattern) or nullable or items is None:
        return None
    return "".join(dict.fromkeys(items))


def with_leading_test(pattern: str, lists: Mapping[str, list[str]] | None = None) -> str:
    """``pattern`` behind a look-ahead for its first characters, where they can
    be told; the same matches either way.

    >>> with_leading_test("截至|目前")
    '(?=[截目])(?:截至|目前)'
    """
    first = leading_class(pattern, lists)
    return pattern if first is None else f"(?=[{first}])(?:{pattern})"


class _Unknown(Exception):
    """Syntax this reader leaves alone."""


class _Reader:
    def __init__(self, text: str, lists: Mapping[str, list[str]]) -> None:
        self.text = text
        self.lists = lists

    def alternation(self, at: int) -> tuple[Items, bool, int]:
        """First characters and nullability of the branches from ``at`` up to
        an unmatched ``)`` or the end, and where they end."""
        items: Items = []
        nullable = False
        while True:
            branch, empty, at = self.sequence(at)
            items = None if items is None or branch is None else items + branch
            nullable = nullable or empty
            if self.text[at:at + 1] != "|":
                return items, nullable, at
            at += 1

    def sequence(self, at: int) -> tuple[Items, bool, int]:
        items: Items = []
        nullable = True  # so far every atom could match nothing
        while at < len(self.text) and self.text[at] not in "|)":
            atom, empty, at = self.atom(at)
            quantifier = _QUANTIFIER.match(self.text, at)
            if quantifier:
                at = quantifier.end()
                if quantifier.group().startswith(("?", "*")) or quantifier.group(1) in ("", "0"):
                    empty = True
            if nullable:
                items = None if items is None or atom is None else items + atom
                nullable = empty
        return items, nullable, at

    def atom(self, at: int) -> tuple[Items, bool, int]:
        """First characters of one atom, whether it can match nothing, and
        where it ends."""
        text = self.text
        opener = next((o for o in _ZERO_WIDTH_GROUP if text.startswith(o, at)), "")
        if opener:
            _, _, end = self.alternation(at + len(opener))
            return [], True, self.close(end)
        group = _GROUP.match(text, at)
        if group:
            items, nullable, end = self.alternation(group.end())
            return items, nullable, self.close(end)
        if m := _ANCHOR.match(text, at):
            return [], True, m.end()
        if text[at] == "[":
            return self.set(at)
        if m := _ESCAPE.match(text, at):
            return [m.group()], False, m.end()
        if m := _ANY.match(text, at):
            return None, False, m.end()
        if m := _LIST.match(text, at):
            words = self.lists.get(m.group(1))
            if not words or "" in words:
                return None, True, m.end()
            return [regex.escape(w[0]) for w in words], False, m.end()
        if text[at] in "\\({}?*+":
            raise _Unknown(text[at:at + 10])
        return [regex.escape(text[at])], False, at + 1

    def close(self, at: int) -> int:
        if self.text[at:at + 1] != ")":
            raise _Unknown("unclosed group")
        return at + 1

    def set(self, at: int) -> tuple[Items, bool, int]:
        """A set's inside as one piece (None if negated); a nested set, or a set
        with a ``]`` first, is not read."""
        text = self.text
        negated = text[at + 1:at + 2] == "^"
        start = end = at + 1 + negated
        if text[start:start + 1] == "]":
            raise _Unknown("a set with ] first")
        while end < len(text) and text[end] != "]":
            if text[end] == "[":
                raise _Unknown("nested set")
            end += 2 if text[end] == "\\" else 1
        if end >= len(text):
            raise _Unknown("unclosed set")
        if negated:
            return None, False, end + 1
        return [_dashes_escaped(text[start:end])], False, end + 1


def _dashes_escaped(inside: str) -> str:
    """A set's inside with a bare ``-`` at its edges escaped, so that it stays a
    literal beside other pieces.

    >>> print(_dashes_escaped("-~"), _dashes_escaped("a-"), _dashes_escaped(r"a\\-"))
    \\-~ a\\- a\\-
    """
    if inside.startswith("-"):
        inside = "\\" + inside
    body = inside[:-1]
    if len(inside) > 1 and inside.endswith("-") and (len(body) - len(body.rstrip("\\"))) % 2 == 0:
        inside = body + "\\-"
    return inside
