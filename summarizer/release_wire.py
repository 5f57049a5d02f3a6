"""Press releases sent out by a release wire (뉴스와이어, Business Wire, PR
Newswire): the wire is the publisher and its dateline the date.

* ``서울--(뉴스와이어) 2026년 03월 18일 -- 본문…``: place, the wire in
  brackets, the date, two dashes (also dashes on both sides of the date:
  ``판교--(뉴스와이어)--2026년 11월 19일 --``)
* ``(성남=뉴스와이어) 2026년 03월 18일 --``: place and wire in one bracket
* ``캘리포니아주 새너제이--(Business Wire / 뉴스와이어) 2026년 03월 18일 --``:
  a foreign wire's release carried by a Korean one → the last wire named
* ``SAN JOSE, Calif.--(BUSINESS WIRE)--…``, ``SAN JOSE, Calif., March 18, 2026
  /PRNewswire/ -- …``: the English forms
* ``(서니베일, 캘리포니아 2025년 7월 22일 PRNewswire=연합뉴스) 본문…``: a
  foreign wire's release carried by a news agency, place and date before the
  wire in one bracket → the agency (r17fix36, dev40 p28)
* ``이 뉴스는 기업·기관·단체가 뉴스와이어를 통해 배포한 보도자료입니다.``: the
  wire's footer

Only a listed outlet (``data/outlets*.toml``) or a name shaped like a wire
(``…와이어``, ``…Wire``) is reported.
"""

from __future__ import annotations

import re

from .dates import parse_date
from .outlet_names import outlet_in_name

_HEAD = 15  # lines searched for the dateline
_DASHED = re.compile(
    r"^(?P<place>[^()\n]{1,40}?)\s*-{2,}\s*\((?P<wire>[^()]{2,40})\)\s*(?:-{2,}\s*)?"
    r"(?P<date>[^-]{0,30}?)\s*-{2,}"
)
# "(성남=뉴스와이어) 2026년 03월 18일 --": the place and the wire in one
# bracket, as a news agency's dateline prints them
_BRACKETED = re.compile(
    r"^\((?P<place>[^()=]{1,20})=(?P<wire>[^()=]{2,40})\)\s*(?P<date>[^-]{0,30}?)\s*-{2,}"
)
_SLASHED = re.compile(r"^(?P<date>[^/]{4,80}?)\s*/(?P<wire>[A-Za-z][A-Za-z .-]{2,30})/\s*-{2,}")
_CARRIED = re.compile(
    r"^\((?P<date>[^()=]{6,60}?\d{1,2}\s*일?)\s+(?P<src>[A-Za-z][A-Za-z .]{1,24})="
    r"(?P<wire>[^()=\s]{2,12})\)"
)
_FOOTER = re.compile(r"(?P<wire>\S{2,20}?)(?:을|를)\s*통해\s*배포(?:한|된|하는)\s*보도\s*자료")
_WIRE_SHAPE = re.compile(r"(?:와이어|wire)$", re.I)


def _wire(text: str) -> str | None:
    """The wire a bracket names: its last listed or wire-shaped part
    ("Business Wire / 뉴스와이어" → 뉴스와이어)."""
    for part in reversed(re.split(r"\s*[/,]\s*", text.strip())):
        if found := outlet_in_name(part):
            return found
        if _WIRE_SHAPE.search(part) and len(part) <= 20:
            return part
    return None


def release_dateline(line: str) -> tuple[str, str | None] | None:
    """(wire, ISO date or None) of a release wire's dateline, else None."""
    if line.startswith("(") and (m := _CARRIED.match(line)) and (wire := _wire(m["wire"])):
        return wire, parse_date(m["date"])  # "(place date PRNewswire=연합뉴스)"
    if "--" not in line:
        return None  # the other shapes need two dashes (issue 14: asked of every head line)
    for pattern in (_DASHED, _BRACKETED, _SLASHED):
        if (m := pattern.match(line)) and (wire := _wire(m["wire"])):
            return wire, parse_date(m["date"]) or parse_date(line[: m.end()])
    return None


def release_wire(lines: list[str]) -> tuple[str | None, str | None]:
    """(wire, date) of a release sent by a wire: its dateline among the first
    lines, else the wire its footer names (no date then)."""
    head = [line for line in lines if line][:_HEAD]
    for line in head:
        if found := release_dateline(line):
            return found
    for line in lines[-_HEAD:]:
        if "통해" in line and (m := _FOOTER.search(line)) and (wire := _wire(m["wire"])):
            return wire, None
    return None, None
