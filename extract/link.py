"""Stage 5, link: footnote markers to the facts whose clause holds them."""

from __future__ import annotations

import bisect
from dataclasses import replace

from .records import MatchedDoc


def link_footnotes(matched: MatchedDoc) -> MatchedDoc:
    """Give each fact the ids of the footnote markers in its clause.

    A marker belongs to the clause it stands in, before or after the figure
    (``医疗总费用[3]136.17亿元``, ``17.65个月[2]``), and to no other clause.
    """
    markers = sorted(matched.doc.markers, key=lambda m: m.start)
    if not markers:
        return matched
    starts = [m.start for m in markers]
    facts = []
    for fact in matched.facts:
        start, end = fact.clause
        inside = markers[bisect.bisect_left(starts, start):bisect.bisect_left(starts, end)]
        ids = sorted({m.footnote for m in inside}, key=_order)
        facts.append(replace(fact, footnotes=tuple(ids)) if ids else fact)
    return replace(matched, facts=tuple(facts))


def _order(footnote: str) -> tuple[int, str]:
    """Numbered footnotes in their order (2 before 10), then symbols (*, **, ※)."""
    return (int(footnote), "") if footnote.isdigit() else (1 << 30, footnote)
