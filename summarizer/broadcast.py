"""Broadcasters in bylines: sign-offs on air, their news brands and call signs.

* ``YTN 김민수입니다.``, ``지금까지 베이징에서 YTN 홍길동입니다.``, ``(광주에서)
  MBC뉴스 이름입니다.`` (the place in brackets), ``G1뉴스
  박서진입니다.``, ``kbc 최유진입니다.``: the reporter's sign-off at the end of
  a broadcast script (a whole line: the brand, the name, 입니다; also the past
  ``지금까지 한국경제TV 손우진이었습니다.``)
* ``SBS Biz 신성우입니다.``, ``YTN 사이언스 이름입니다.``, ``MBN뉴스 장세혁입니다. [mail]``:
  a listed two-word brand, the reporter's mail after the sign-off
* ``… 꼽힙니다. SBS Biz 유나연입니다.``: a listed broadcaster's sign-off ending
  a reporter's long turn (:func:`closing_sign_off`)
* ``YTN 홍길동 (hong@ytn.co.kr)``: brand, reporter, mail
* ``OBS 뉴스``, ``KBS News``: a news brand names the broadcaster
* ``KNN 부산경남방송``, ``EBN 산업경제신문``: a call sign before the company's
  Korean name; the outlet goes by the call sign (:func:`call_sign`)
"""

from __future__ import annotations

import re

from .byline_words import MAIL
from .outlet_domains import known_outlets, korean_name
from .outlet_names import outlet_in_name
from .stations import station_line

_NAME = r"[가-힣]{2,4}"
# "MBN뉴스 장세혁입니다. [jang.sh@mbn.co.kr]": the reporter's mail after the sign-off
_MAIL_AFTER = rf"(?:\s*[\[(<]?\s*{MAIL}\s*[\])>]?)?"
# the brand on air: capitals ("YTN"), a call sign with a digit ("G1"), a
# lower-case brand ("kbc"), or a listed Hangul name
_ON_AIR = re.compile(
    rf"^(?:지금까지\s+)?(?:\(?[가-힣A-Za-z]{{1,12}}에서\)?\s*)?"
    # a two-word brand: "SBS Biz", "YTN 사이언스" (a channel's name; never "KBS 뉴스")
    rf"([A-Za-z][A-Za-z0-9]{{1,4}}\s(?:[A-Z][a-z]{{1,5}}|(?!뉴스)[가-힣]{{2,5}})(?=\s)"
    rf"|[A-Za-z][A-Za-z0-9]{{1,4}}(?=\s|뉴스)|[가-힣A-Za-z]{{2,10}})"
    rf"(?:\s*뉴스)?\s+({_NAME})(?:입니다|이었습니다|였습니다)\.?{_MAIL_AFTER}$"
)
_OUTLET_NAME_MAIL = re.compile(rf"^([A-Z]{{2,5}}|\S{{2,12}})\s+({_NAME})\s+{MAIL}$")
_CALL_SIGN = re.compile(r"^([A-Z][A-Z0-9]{1,4})\s+[가-힣]{2,12}(?:방송|민방|신문)$")
_LATIN_BRAND = re.compile(r"[A-Za-z][A-Za-z0-9]{1,4}")


def on_air(line: str) -> tuple[str, str] | None:
    """(reporter, broadcaster) of a sign-off line, else None."""
    if "니다" not in line:
        return None  # what every sign-off says (issue 14: asked of every line)
    if (m := _ON_AIR.match(line)) and (broadcaster(m.group(1)) or _LATIN_BRAND.fullmatch(m[1])):
        if " " in m[1] and m[1] not in known_outlets():
            return None  # "SBS Biz": a two-word brand only when listed
        return m.group(2), m.group(1)
    return None


def closing_sign_off(line: str) -> tuple[str, str] | None:
    """(reporter, broadcaster) of a sign-off ending a reporter's long turn
    ("… 변수로 꼽힙니다. SBS Biz 유나연입니다."): only a listed broadcaster's."""
    if "니다" not in line:
        return None  # the sign-off's word (issue 14: asked of every line)
    tail = re.split(r"(?<=[.?!])\s+", line.strip())[-1]
    if tail != line.strip() and (signed := on_air(tail)) and signed[1] in known_outlets():
        return signed
    return None


def name_and_mail(line: str) -> tuple[str, str] | None:
    """(reporter, broadcaster) of "YTN 홍길동 hong@ytn.co.kr", else None."""
    if (m := _OUTLET_NAME_MAIL.match(line)) and broadcaster(m.group(1)):
        return m.group(2), m.group(1)
    return None


def broadcast_desk(field: str) -> str | None:
    """ "OBS 뉴스", "KBS News": a broadcaster's news brand names the broadcaster."""
    m = re.fullmatch(r"([A-Z]{3,5}|[^\s]{2,10})\s+(?:뉴스|news)", field, re.I)
    if m and (re.fullmatch(r"[A-Z]{3,5}", m.group(1)) or m.group(1) in known_outlets()):
        return m.group(1)
    return None


def broadcaster(word: str) -> bool:
    """ "YTN", "KBS" or a listed outlet: who signs off on air."""
    return word.isupper() or word in known_outlets()


def call_sign(name: str) -> str | None:
    """ "KNN 부산경남방송" → "KNN", "EBN 산업경제신문" → "EBN": a broadcaster's or
    paper's call sign before its company name is the name it goes by."""
    m = _CALL_SIGN.match(name.strip())
    return m.group(1) if m else None


def outlet_called(name: str) -> str:
    """The name an outlet goes by: its Korean name where listed ("The Korea
    Times" → 코리아타임스), its call sign before a company name ("KNN
    부산경남방송" → KNN); a network's local station goes by its own ("KBS 춘천")."""
    if station_line(name):
        return name
    return korean_name(name) or call_sign(name) or outlet_in_name(name) or name
