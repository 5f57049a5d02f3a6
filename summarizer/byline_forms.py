"""Two byline forms the byline reader (:mod:`summarizer.bylines`) misses,
asked by :func:`summarizer.credit_lines.credit_byline` after it:

* ``[매체/이름 기자(mail)]``, ``[이름 기자 mail]``: a bracketed byline with the
  writer's mail inside the brackets; read without the mail
* ``이름 소속 기자`` (``강하늘 동아사이언스 기자``): the name first, then the
  outlet, affiliate or desk the reporter belongs to; the name is the writer.
  The affiliation names no publisher (``동아사이언스`` reporters write under
  ``ⓒ 동아일보``): the masthead or copyright line names it
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .byline_words import MAIL, NOT_OUTLET, NOT_PERSON, OUTLET_NAME, PLACE, SECTION_WORD
from .bylines import Byline
from .outlet_domains import known_outlets

_MAIL = re.compile(rf"\(?\s*{MAIL}\s*\)?")
_BRACKETED = re.compile(r"^[\[【(]\s*(?P<inner>[^\[\]【】()]*?\S.*?)\s*[\]】)]$")
# "강하늘 동아사이언스 기자": a name, an affiliation of one word, the role
_AFFILIATED = re.compile(
    r"^(?P<name>[가-힣]{2,4})\s+(?P<aff>[가-힣A-Za-z0-9]{2,14})\s+(?:기자|특파원|선임기자|수습기자)$"
)
_NAME = re.compile(r"[가-힣]{2,4}")


def mail_in_brackets(line: str, read: Callable[[str], Byline | None]) -> Byline | None:
    """The byline of a bracketed line with the writer's mail inside
    (``[이투데이/설하윤 기자(hayun@etoday.co.kr)]``), read without the mail."""
    if "@" not in line or len(line) > 90 or not (m := _BRACKETED.match(line)):
        return None
    bare = _MAIL.sub(" ", m["inner"]).strip(" ,|·/")
    if not bare or "@" in bare:
        return None
    return read(f"[{bare}]")


def affiliated(line: str) -> Byline | None:
    """``이름 소속 기자``: the writer (see the module's docstring)."""
    if not (m := _AFFILIATED.match(line.strip())):
        return None
    name, aff = m["name"], m["aff"]
    if NOT_PERSON.match(name) or PLACE.match(name) or name in known_outlets():
        return None
    if aff in known_outlets():
        return Byline(name, None)
    if _NAME.fullmatch(aff) and not OUTLET_NAME.search(aff):
        return None  # "이름 이름 기자": two names, or a name and a place
    if PLACE.match(aff) or SECTION_WORD.match(aff) or NOT_OUTLET.match(aff):
        return None
    return Byline(name, None)
