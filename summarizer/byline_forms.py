"""Two byline forms the byline reader (:mod:`summarizer.bylines`) misses,
asked by :func:`summarizer.credit_lines.credit_byline` after it:

* ``[매체/이름 기자(mail)]``, ``[이름 기자 mail]``: a bracketed byline with the
  writer's mail inside the brackets; read without the mail
* ``이름 소속 기자`` (``강하늘 동아사이언스 기자``): the name first, then the
  outlet, affiliate or desk the reporter belongs to; the name is the writer.
  The affiliation names no publisher (``동아사이언스`` reporters write under
  ``ⓒ 동아일보``): the masthead or copyright line names it
* ``이하은 기자 Lee Ha-eun``, ``권도윤 Doyoon Kwon · 뉴욕``: a Korean name, the
  role perhaps, then the same name in Latin letters (the family name first or
  last; each part starting as its Hangul syllable is romanised), a place
  after a dot perhaps; the Korean name is the writer
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .byline_words import (
    MAIL,
    NAME,
    NOT_OUTLET,
    NOT_PERSON,
    OUTLET_NAME,
    PLACE,
    ROLE,
    SECTION_WORD,
)
from .bylines import Byline
from .outlet_domains import known_outlets

_MAIL = re.compile(rf"\(?\s*{MAIL}\s*\)?")
_BRACKETED = re.compile(r"^[\[【(]\s*(?P<inner>[^\[\]【】()]*?\S.*?)\s*[\]】)]$")
# "강하늘 동아사이언스 기자": a name, an affiliation of one word, the role
_AFFILIATED = re.compile(
    r"^(?P<name>[가-힣]{2,4})\s+(?P<aff>[가-힣A-Za-z0-9]{2,14})\s+(?:기자|특파원|선임기자|수습기자)$"
)
_NAME = re.compile(r"[가-힣]{2,4}")
_LATIN_PART = r"[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?"
_ROMANISED = re.compile(
    rf"^(?P<name>{NAME})\s*(?:{ROLE})?\s*(?P<open>\(\s*)?"
    rf"(?P<latin>{_LATIN_PART}(?:\s{_LATIN_PART}){{1,2}})(?(open)\s*\))\s*(?:{ROLE})?"
    rf"(?:\s*[·|,]\s*(?P<place>[가-힣]{{2,8}}))?(?:\s+{MAIL})?$"
)
# the Latin initials a Hangul syllable's first consonant is romanised with
# (ㄱ ㄲ ㄴ ㄷ ㄸ ㄹ ㅁ ㅂ ㅃ ㅅ ㅆ ㅇ ㅈ ㅉ ㅊ ㅋ ㅌ ㅍ ㅎ): 이 Lee/Yi/Rhee, 임 Lim
_INITIALS = (
    "KG", "KG", "NR", "DT", "DT", "RLNY", "M", "BP", "BP", "S", "S",
    "AEIOUYWLR", "JC", "JC", "C", "K", "T", "P", "H",
)  # fmt: skip


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


def romanised(line: str) -> Byline | None:
    """``이름 기자 Latin Name``: the writer (see the module's docstring)."""
    if len(line) > 60 or not (m := _ROMANISED.match(line.strip())):
        return None
    name, latin = m["name"], m["latin"].split()
    if NOT_PERSON.match(name) or PLACE.match(name) or name in known_outlets():
        return None
    if m["place"] and not PLACE.match(m["place"]):
        return None
    spelt = _spelt(name, latin[0], latin[1]) or _spelt(name, latin[-1], latin[0])
    return Byline(name, None) if spelt else None


def _spelt(name: str, family: str, given: str) -> bool:
    """The family name and the given name's first part start as the Hangul
    name's family syllable and the next syllable are romanised."""
    return _starts(name[0], family) and _starts(name[1], given)


def _starts(syllable: str, word: str) -> bool:
    lead = (ord(syllable) - 0xAC00) // 588
    return 0 <= lead < len(_INITIALS) and word[0].upper() in _INITIALS[lead]
