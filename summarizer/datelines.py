"""Datelines before a byline's "=": a place the reporter files from, never
an outlet.

* ``[실리콘밸리=이름 특파원]``, ``[라스베이거스(미국)=이름 기자]`` (the country
  in brackets), ``[베이징·상하이=이름 특파원]`` (several places),
  ``[여의도=이름 기자]`` (a place name's ending), ``[산호세(미국)=이름 특파원]``
  (a city not listed, the country in brackets names it a place)
* ``[CES 2026=이름 기자]``: an event and its year, no outlet either
* ``베이징=이름 특파원  입력 …``, ``매체 베이징=이름 특파원 | 입력 …``,
  ``매체=이름 기자 | 입력 …``: a field of a one-line byline, the dateline
  dropped and the outlet set apart from the writer (:func:`dateline_fields`,
  the one place "=" in such a field is read)
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
# "산호세(미국)": a city the lists lack, a listed country in brackets after it
_CITY_COUNTRY = re.compile(r"^[가-힣A-Za-z]{2,12}\s*\((?P<country>[가-힣]{2,8})\)?$")
# "글=", "사진=": a writer's label or a credit before "=", no outlet
_LABEL = re.compile(r"사진|그래픽|영상|자료|^(?:글|기사|취재|정리|대담|인터뷰|진행|편집)$")
# what may stand before "=" as an outlet: a few words, no markup or quotes
_OUTLET_WORDS = re.compile(r"[가-힣A-Za-z0-9][가-힣A-Za-z0-9·&.\s]{0,19}")
_WORD = re.compile(r"[가-힣A-Za-z]")
# "CES 2026", "컴퓨텍스 2026": an event and its year
_EVENT = re.compile(r"^\S{2,20}\s+(?:19|20)\d{2}$")


def is_place(word: str) -> bool:
    """A place the reporter files from (one, or several joined by "·"), or
    any city with a listed country in brackets after it ("산호세(미국)")."""
    if (m := _CITY_COUNTRY.match(word.strip())) and PLACE.match(m["country"]):
        return True
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
    """A one-line byline's field with "=" taken apart, the one place such a
    field is read: a dateline before "=" goes ("베이징=이름 특파원" → ["이름
    특파원"]); the words before it stay a field of their own ("매체 베이징=이름
    특파원" → ["매체", "이름 특파원"]; "매체=이름 기자" → ["매체", "이름 기자"]:
    the outlet, then the writer). A writer's label or a credit before "="
    ("글=이름 기자", "사진=이름") and a field with several "=" stay whole."""
    before, eq, after = field.partition("=")
    if not eq or "=" in after or not after.strip():
        return [field]
    if is_dateline(before):
        return [after.strip()]
    head, _, place = before.strip().rpartition(" ")
    if head and is_dateline(place):
        return [head.strip(), after.strip()]
    before, after = before.strip(), after.strip()
    if not _OUTLET_WORDS.fullmatch(before) or _LABEL.search(before) or not _WORD.match(after):
        return [field]  # not 'class="byline">…' either
    return [before, after]
