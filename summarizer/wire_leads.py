"""A wire-style lead byline that opens with the outlet's name (issue 13,
session 21, dev70 g03):

* ``매체 이름 기자 = 본문…``: the outlet, the writer, the role and the wire's
  ``=`` before the lead paragraph (the agencies' ``(서울=매체) 이름 기자 =``
  without the bracketed dateline);
* ``매체 이름 베이징 특파원 = 본문…``: a correspondent's city after the name,
  ``매체 베이징 이름 특파원 =`` before it.

The first word names the outlet only when it is listed or shaped like an
outlet's name (``…투데이``, ``…뉴스``); a place there (``서울 이름 기자 =``) is
a dateline and names none, and any other word reads no byline. The writer
is a Korean name that is no place, section or outlet.
"""

from __future__ import annotations

import re

from .byline_words import NOT_OUTLET, NOT_PERSON, OUTLET_NAME, PLACE, ROLE, SECTION_WORD
from .bylines import Byline
from .outlet_domains import known_outlets

# the outlet, the writer with a city before or after the name, the role, "="
_OUTLET_LEAD = re.compile(
    rf"^\s*(?P<outlet>[가-힣A-Za-z0-9]{{2,12}})\s+(?P<words>[가-힣]{{2,8}}(?:\s+[가-힣]{{2,8}})?)"
    rf"\s+{ROLE}\s*=\s*"
)


def outlet_lead(line: str) -> tuple[Byline, int] | None:
    """(byline, where the lead starts) of a wire-style lead opening with
    the outlet (module docstring), else None."""
    if "=" not in line or not (m := _OUTLET_LEAD.match(line)):
        return None
    words = m["words"].split()
    cities = [w for w in words if PLACE.match(w)]
    names = [w for w in words if not PLACE.match(w)]
    if len(names) != 1 or len(cities) != len(words) - 1:
        return None  # "매체 이름 이름 기자 =", "매체 경제 이름 기자 ="
    name = names[0]
    if not re.fullmatch(r"[가-힣]{2,4}", name) or not _person(name):
        return None
    head = m["outlet"]
    if PLACE.match(head):
        return Byline(name, None), m.end()  # "서울 이름 기자 =": a dateline
    if NOT_OUTLET.match(head) or SECTION_WORD.match(head):
        return None
    if head in known_outlets() or OUTLET_NAME.search(head):
        return Byline(name, head), m.end()
    return None


def _person(name: str) -> bool:
    return not (
        PLACE.match(name)
        or SECTION_WORD.match(name)
        or NOT_PERSON.match(name)
        or NOT_OUTLET.match(name)
        or name in known_outlets()
    )
