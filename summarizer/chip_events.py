"""Conferences and trade shows named like model numbers (issue 13, dev86).

``슈퍼컴퓨팅 학회 'SC20'에서``, ``'ISC21' 콘퍼런스``, ``전시회 X2025``: a
model-shaped name right after an event noun (학회, 콘퍼런스, 전시회, 박람회 …)
or right before one (also 행사, 기조연설) names that event, never a chip.
The well-known events (SC16–SC25, ISSCC, Hot Chips as HC33, CES, MWC, GTC …)
are also in the catalogue's ``not_chips`` patterns, so they are never chips
wherever they stand.
"""

from __future__ import annotations

import re

_EVENT = (
    r"(?:학회|학술\s?대회|콘퍼런스|컨퍼런스|전시회|박람회|엑스포|심포지엄|워크숍|"
    r"conference|expo|symposium|workshop)"
)
# "학회 'SC20'", "콘퍼런스 ISC21": the event noun, maybe a quote, then the name
_EVENT_BEFORE = re.compile(_EVENT + r"\s*['\"‘“]?\s*$", re.IGNORECASE)
# "'SC20' 학회", "SC20 행사", "SC21 기조연설": the name, then the event noun
_EVENT_AFTER = re.compile(
    r"['\"’”]?\s?(?:" + _EVENT + r"|행사|기조\s?연설|키노트|keynote)", re.IGNORECASE
)


def names_event(text: str, start: int, end: int) -> bool:
    """Whether the name at ``start:end`` is a conference's or a show's:
    an event noun stands right before it or right after it."""
    if _EVENT_AFTER.match(text, end):
        return True
    return _EVENT_BEFORE.search(text, max(0, start - 14), start) is not None
