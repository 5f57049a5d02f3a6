"""A date line that carries the credit, fields set off by "·" or "|":

* ``2026.10.14 06:00 · 정리 한소율``: the date and the compiler (정리, 글,
  취재, 작성 and a name);
* ``뉴스1 디지털뉴스팀 | 2026-10-15 11:30 송고``: the date and the outlet, a
  listed outlet alone or with its desk (no author: a desk is none).

Every field but the date must be read, else the line is no such credit.
"""

from __future__ import annotations

import re

from .dates import is_date_field, published_on
from .outlet_domains import known_outlets
from .reprints import desk_name

_FIELD = re.compile(r"\s+[|·]\s+")
_COMPILER = re.compile(r"^(?:정리|글|취재|작성|기사)\s*[=:]?\s*([가-힣]{2,4})$")
_OUTLET_DESK = re.compile(r"^(?P<outlet>\S+)(?:\s+(?P<desk>\S{2,12}))?$")


def dated_credit(line: str) -> tuple[str | None, str | None, str] | None:
    """(compiler, outlet, date) of a short date line with credit fields."""
    if len(line) > 80:
        return None
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
