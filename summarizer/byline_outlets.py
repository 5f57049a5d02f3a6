"""Which words of a byline name the outlet: the word before the writer's
name, a bracket tag, a field of a one-line byline, the word before "=".

* ``[뉴스원 새너제이=이름 특파원]`` → 뉴스원 (the dateline is skipped)
* ``[파이낸셜뉴스]`` → 파이낸셜뉴스; ``[단독]`` is a kicker, no outlet
* ``칩뉴스=이름 기자`` → 칩뉴스; ``송도=이름 기자`` is a dateline
* a place, a section or a desk word is never an outlet (:func:`not_a_person`
  keeps such words out of the writers' names too)

How a whole byline line is read is in :mod:`summarizer.bylines`.
"""

from __future__ import annotations

import re

from .broadcast import broadcaster
from .byline_words import (
    COMPANY_MARKS,
    NOT_OUTLET,
    NOT_OUTLET_TAG,
    NOT_PERSON,
    OUTLET_NAME,
    PLACE,
    PLACE_END,
    ROLE,
    SECTION_WORD,
)
from .datelines import is_dateline
from .outlet_domains import known_outlets

_NOT_A_NAME = re.compile(rf"\d{{3}}|@|://|:|{ROLE}")


def outlet(text: str) -> str | None:
    """The outlet's name among the words before a byline's name, if any
    ("뉴스원 새너제이=" → 뉴스원; "글 |" → None)."""
    if (parts := text.partition("="))[1] and is_dateline(parts[0]):
        text = parts[2]  # "[CES 2026=이름 기자]", "라스베이거스(미국)=": no outlet before "="
    words = [w for w in re.split(r"[\s|·/ㅣ]+", text) if w and "=" not in w]
    for at, word in reversed(list(enumerate(words))):
        word = COMPANY_MARKS.sub("", word.strip(" ,:()[]<>"))
        if PLACE.match(word) or SECTION_WORD.match(word):
            continue  # "[매체 베이징 이름 특파원]", "뉴데일리 경제 이름 기자"
        if len(word) >= 2 and not NOT_OUTLET.match(word) and re.search(r"[가-힣A-Za-z]", word):
            return _brand_owner(words[:at], word) or word
    # "[서울=뉴시스]": the outlet follows the dateline's "="
    for part in re.split(r"\s+", text):
        if "=" in part:
            before, after = (p.strip(" ,()[]") for p in part.split("=", 1))
            if after and PLACE.match(after) and before:
                return before  # "[아시아칩=베이징 이름 특파원]": a dateline after the outlet
            if after or (before and not PLACE.match(before)):  # "[서울=뉴시스]", "[OSEN=이름 기자]"
                return after or before  # "[실리콘밸리=이름 특파원]": a dateline, no outlet
    return None


def _brand_owner(before: list[str], word: str) -> str | None:
    """The listed outlet a byline names before an unlisted desk or service
    brand of its own ("[이데일리 마켓in 이름 기자]", "[매체 유니콘팩토리 이름
    기자]": the outlet, not its brand), else None."""
    if word in known_outlets():
        return None  # two listed names: the last one signs, as before
    return next((w for w in reversed(before) if w in known_outlets()), None)


def outlet_name(text: str) -> str | None:
    """A whole short field as an outlet name ("메타뷰 테크"), else None."""
    text = COMPANY_MARKS.sub("", text.strip(" ,:()[]<>")).strip()
    if not 2 <= len(text) <= 20 or NOT_OUTLET.match(text) or _NOT_A_NAME.search(text):
        return None
    if SECTION_WORD.match(text) or PLACE.match(text):
        return None  # "종합 | 입력 …", "서울 | 2025-05-02"
    return text if re.search(r"[가-힣A-Za-z]{2}", text) else None


def outlet_tag(tag: str) -> str | None:
    """An outlet's name in a bracket tag: a known outlet or a name shaped like
    one ("[파이낸셜뉴스]"), not a kicker ("[단독]", "[포토뉴스]")."""
    tag = tag.strip()
    if NOT_OUTLET_TAG.search(tag):
        return None
    if tag in known_outlets() or OUTLET_NAME.search(tag):
        return outlet_name(tag)
    return None


def agency_outlet(tag: str) -> str | None:
    """The outlet after a dateline's "=": "뉴시스" (``[서울=뉴시스]``), and the
    outlet relaying a foreign agency's photo or copy after its slash
    (``[베이징=신화/뉴시스]``, ``[워싱턴=AP/뉴시스]``: dev115)."""
    agency, slash, relay = tag.rpartition("/")
    return outlet_tag(tag) or (outlet_tag(relay) if slash and agency.strip() else None)


def service_tag(tag: str) -> str | None:
    """A listed outlet and one word of its service or desk in a bracket tag
    opening the lead ("[이데일리 마켓포인트] 23일 …": dev115): the outlet."""
    words = tag.split()
    if len(words) == 2 and words[0] in known_outlets() and not NOT_OUTLET_TAG.search(tag):
        return outlet_name(words[0])
    return None


def is_outlet(text: str) -> bool:
    return text in known_outlets() or OUTLET_NAME.search(text) is not None


def not_a_person(word: str) -> bool:
    """A section, a place, an outlet or a desk word, not a reporter's name."""
    return bool(
        SECTION_WORD.match(word)
        or PLACE.match(word)
        or NOT_PERSON.match(word)
        or NOT_OUTLET.match(word)
        or word in known_outlets()
    )


def dateline_outlet(before: str, country: str | None = None) -> str | None:
    """The outlet before "=" in "매체=이름 기자": a listed outlet or a name
    shaped like one ("칩뉴스", "OSEN"); a place ("송도=", "여의도=", a city
    with its country in brackets "산호세(미국)=") or a role ("대담=") is none.
    An unlisted two-syllable word is read as a place."""
    if broadcaster(before) or OUTLET_NAME.search(before):
        return outlet_name(before)
    if is_dateline(before + (country or "")) or re.fullmatch(r"[가-힣]{2}", before):
        return None
    return outlet_name(before)


def paren_outlet(text: str | None) -> str | None:
    """The outlet in "이름 기자 (매체)": a listed name, one shaped like an
    outlet's or a Hangul word of three syllables or more, not a role or a
    place ("(객원)", "(서울)", "(해운대구)")."""
    if not text or not (name := outlet_name(text)) or re.search(ROLE, name):
        return None
    if name in known_outlets() or OUTLET_NAME.search(name):
        return name
    # an unlisted name of three or more syllables ("칩시그널"), not "(인턴)"
    return name if re.fullmatch(r"[가-힣]{3,12}", name) and not PLACE_END.match(name) else None
