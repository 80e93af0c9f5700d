"""Stage 5, link: footnote markers to the facts whose clause holds them."""

from __future__ import annotations

from dataclasses import replace

from .records import MatchedDoc


def link_footnotes(matched: MatchedDoc) -> MatchedDoc:
    """Give each fact the ids of the footnote markers in its clause.

    A marker belongs to the clause it stands in, before or after the figure
    (``医疗总费用[3]136.17亿元``, ``17.65个月[2]``), and to no other clause.
    """
    markers = matched.doc.markers
    if not markers:
        return matched
    facts = []
    for fact in matched.facts:
        start, end = fact.clause
        ids = sorted({m.footnote for m in markers if start <= m.start < end}, key=int)
        facts.append(replace(fact, footnotes=tuple(ids)) if ids else fact)
    return replace(matched, facts=tuple(facts))
