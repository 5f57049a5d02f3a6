"""Datelines before a byline's "=": a place the reporter files from, never
an outlet.

* ``[실리콘밸리=이름 특파원]``, ``[라스베이거스(미국)=이름 기자]`` (the country
  in brackets), ``[베이징·상하이=이름 특파원]`` (several places),
  ``[여의도=이름 기자]`` (a place name's ending)
* ``[CES 2026=이름 기자]``: an event and its year, no outlet either
* ``베이징=이름 특파원  입력 …``, ``매체 베이징=이름 특파원 | 입력 …``: a field
  of a one-line byline, the dateline set apart from the writer
  (:func:`dateline_fields`)
"""

from __future__ import annotations

import re

from .byline_words import PLACE, PLACE_END

# Korean towns and districts reporters file from that PLACE does not list
_MORE_PLACES = re.compile(
    r"^(?:진주|화성|기흥|광교|동탄|김해|안산|시흥|오산|파주|고양|김포|광명|안양|부천|의정부|춘천|원주|"
    r"강릉|충주|아산|당진|서산|군산|익산|목포|순천|광양|나주|경주|안동|김천|거제|통영|양산|송도|대덕|"
    r"마곡|상암|오송|새만금|영종도|탕정|온양|기장|사천|고흥|나로도|빈|부에노스아이레스|리우데자네이루|"
    r"산티아고|리마|보고타|나이로비|라고스|카사블랑카|리스본|더블린|코펜하겐|오슬로|프라하|부다페스트|"
    r"아테네|키이우|바쿠|타슈켄트|알마티|울란바토르|블라디보스토크|프놈펜|양곤|비엔티안|웰링턴|오클랜드)$"
)
# "라스베이거스(미국)": the country in brackets after the place
_COUNTRY = re.compile(r"\s*\([가-힣]{2,8}\)?$")
# "CES 2026", "컴퓨텍스 2026": an event and its year
_EVENT = re.compile(r"^\S{2,20}\s+(?:19|20)\d{2}$")


def is_place(word: str) -> bool:
    """A place the reporter files from (one, or several joined by "·")."""
    word = _COUNTRY.sub("", word.strip())
    parts = [p for p in re.split(r"\s*[·,/]\s*", word) if p]
    return bool(parts) and all(
        PLACE.match(p) or PLACE_END.match(p) or _MORE_PLACES.match(p) for p in parts
    )


def is_city(word: str) -> bool:
    """A listed city or town (not a word that only ends like a place: "이민구"
    is a name), for a dateline set off by a slash ("워싱턴/이름 특파원")."""
    return bool(PLACE.match(word) or _MORE_PLACES.match(word))


def is_dateline(before: str) -> bool:
    """What stands before "=" in a byline is a dateline: a place or an event."""
    before = before.strip(" ,[]【】")
    return is_place(before) or _EVENT.match(before) is not None


def dateline_fields(field: str) -> list[str]:
    """A byline field with a dateline before "=" taken apart: "베이징=이름
    특파원" → ["이름 특파원"]; "매체 베이징=이름 특파원" → ["매체", "이름 특파원"]
    (the outlet, then the writer). Other fields ("매체=이름 기자", "사진=이름")
    stay whole."""
    before, eq, after = field.partition("=")
    if not eq or "=" in after or not after.strip():
        return [field]
    if is_dateline(before):
        return [after.strip()]
    head, _, place = before.strip().rpartition(" ")
    if head and is_dateline(place):
        return [head.strip(), after.strip()]
    return [field]
