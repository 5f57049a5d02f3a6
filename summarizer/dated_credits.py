"""A date line that carries the credit, fields set off by "·" or "|":

* ``2026.10.14 06:00 · 정리 한소율``: the date and the compiler (정리, 글,
  취재, 작성 and a name);
* ``뉴스1 디지털뉴스팀 | 2026-10-15 11:30 송고``: the date and the outlet, a
  listed outlet alone or with its desk (no author: a desk is none);
* ``파이낸셜뉴스입력 2026.04.09 18:10수정 …``, ``JTBC 입력 …``: the outlet's name
  printed before the date's label, glued or spaced, as a page's date row
  (:func:`outlet_dated`); a portal's copy prints its link to the original
  between them (``매체 원문  기사전송 2026-04-08 14:32``; session 23, dev96).

Every field but the date must be read, else the line is no such credit.
"""

from __future__ import annotations

import re

from .byline_words import is_outlet_name
from .dates import PUBLISHED_LABEL, is_date_field, published_on
from .outlet_domains import known_outlets
from .reprints import desk_name

_FIELD = re.compile(r"\s+[|·]\s+")
_COMPILER = re.compile(r"^(?:정리|글|취재|작성|기사)\s*[=:]?\s*([가-힣]{2,4})$")
_OUTLET_DESK = re.compile(r"^(?P<outlet>\S+)(?:\s+(?P<desk>\S{2,12}))?$")
_OUTLET_WORD = re.compile(r"[가-힣A-Za-z0-9]{2,12}")
_CALL_SIGN = re.compile(r"[A-Z][A-Z0-9]{2,5}")  # "JTBC", "YTN", "OBS"
_ORIGINAL_LINK = re.compile(r"\s+(?:기사\s*)?원문(?:\s*보기)?$")  # a portal's "매체 원문" link


def outlet_dated(line: str) -> tuple[str, str] | None:
    """(outlet, date) of a date row the outlet's name opens ("파이낸셜뉴스입력
    2026.04.09 18:10수정 2026.04.09 18:10", "JTBC 입력 …"): a listed name, one
    built like an outlet's or a call sign, then a publication label and a
    date field, else None."""
    if len(line) > 80 or not (label := PUBLISHED_LABEL.search(line)):
        return None
    outlet = line[: label.start()].rstrip(" |·")  # glued, or after a space or a bar
    outlet = _ORIGINAL_LINK.sub("", outlet)  # "매체 원문  기사전송 …": a portal's copy
    if not _OUTLET_WORD.fullmatch(outlet):
        return None
    if not (is_outlet_name(outlet) or _CALL_SIGN.fullmatch(outlet)):
        return None
    rest = line[label.start() :]
    day = published_on(rest) if is_date_field(rest) else None
    return (outlet, day) if day else None


def dated_credit(line: str) -> tuple[str | None, str | None, str] | None:
    """(compiler, outlet, date) of a short date line with credit fields."""
    if len(line) > 80:
        return None
    if glued := outlet_dated(line):
        return None, glued[0], glued[1]
    fields = _FIELD.split(line.strip())
    dates = [f for f in fields if is_date_field(f)]
    if not 2 <= len(fields) <= 3 or len(dates) != 1 or not (day := published_on(dates[0])):
        return None
    author = outlet = None
    for field in fields:
        if field == dates[0]:
            continue
        if (m := _COMPILER.match(field)) and not author:
            author = m.group(1)
        elif (m := _OUTLET_DESK.match(field)) and m["outlet"] in known_outlets() and not outlet:
            if m["desk"] and not desk_name(m["desk"]):
                return None
            outlet = m["outlet"]
        else:
            return None
    return author, outlet, day
