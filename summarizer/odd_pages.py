"""Metadata of odd pages (issue 13, dev33/dev34's first runs, r16fix25):

* ``By Daniel Kim (김대니 기자)``: a bilingual byline; the Korean form is
  the writer's name (as a masthead printed in both scripts gives the Korean);
* ``성지호 산업2부장 | 기사입력 …``, ``문경호 산업부장``: a desk head signing a
  column; the rank is no part of the name, the name no outlet;
* ``[워싱턴=뉴스핌] 제임스 한 특파원 =``: a foreign name of two or three words
  in an agency's bracketed dateline byline;
* ``YTN 라디오 <슬기로운 경제생활>``: a broadcaster's programme line, no headline;
* ``다음 뉴스 > IT > 과학``: a portal's section path names the carrier, not
  the outlet whose story it reprints;
* ``보도자료 | 뉴스와이어 배포 | 날짜``: a release's kind line, no outlet;
* ``■ 날짜 : 2023년 6월 20일``: a transcript's dated header field;
  ``KBS 뉴스9  2025.04.16 (수) 21:14``: a programme's dated line.
"""

from __future__ import annotations

import re

from .byline_words import is_foreign_name, is_outlet_name, is_person_name
from .bylines import Byline
from .dates import is_date_field, parse_date
from .outlet_domains import known_outlets

# News portals that carry other outlets' articles under their own site name.
PORTAL = re.compile(
    r"^(?:네이버|naver|다음|daum|네이트|nate|줌|zum|구글|google|msn|야후|yahoo)"
    r"(?:\s*(?:뉴스|news|스포츠|sports|엔터|연예))?$",
    re.I,
)
# a newsroom's ranks: "산업부장", "산업2부장", "경제부 차장", "편집국장", "논설위원"
_RANK = (
    r"(?:[가-힣]{1,5}\d?부\s?(?:장|차장|부장|데스크)|(?:편집|보도|뉴스)\s?부?국장"
    r"|논설(?:위원|실장)|주필)"
)
_DESK_NAME = re.compile(rf"^([가-힣]{{3}})\s+{_RANK}$")
_DESK_FIELDS = re.compile(rf"^([가-힣]{{3}})\s+{_RANK}\s*[|·]\s*(.+)$")
_BILINGUAL = re.compile(
    r"^(?:by\s+)?[A-Z][A-Za-z.'-]+(?:\s+[A-Z][A-Za-z.'-]+){1,2}\s*"
    r"\(\s*([가-힣]{2,4})\s*(?:기자|특파원|에디터|선임기자)?\s*\)$",
    re.I,
)
_BRACKET_FOREIGN = re.compile(
    r"^[\[(](?:[가-힣]{2,8}\s*=\s*)?(?P<outlet>[가-힣A-Za-z0-9]{2,12})[\])]\s*"
    r"(?P<who>[가-힣]{2,5}(?:\s[가-힣]{1,5}){1,2})\s+(?:기자|특파원)\s*="
)
# "보도자료 · 뉴스와이어 배포 · 날짜": a release's kind line names no outlet
_RELEASE_HEAD = re.compile(r"^(?:보도\s?자료|press\s+release)\s*[|·:/-]", re.I)
# "YTN 라디오 <슬기로운 경제생활>", "CBS 표준FM 「김현정의 뉴스쇼」"
_PROGRAMME = re.compile(
    r"^(?P<outlet>[A-Za-z가-힣0-9]{2,10})(?:\s+[가-힣A-Za-z0-9.]{1,8}){0,2}\s*"
    r"[<《〈「『][^<>《》〈〉「」『』]{2,30}[>》〉」』]$"
    # "YTN 라디오 '뉴스 FM …'": in quotes only after a broadcast word
    r"|^(?P<aired>[A-Za-z가-힣0-9]{2,10})\s+(?:라디오|TV|FM|표준FM|음악FM)\s*"
    r"['‘\"“][^'‘’\"“”]{2,30}['’\"”]$"
)
# "■ 방송 : YTN 라디오 FM 94.5", "■ 대담 : 이름 교수": a transcript's header fields
_HEADER_FIELD = re.compile(r"^[■□▶◆◇]?\s*(?:방송|날짜|대담|진행|출연|일시|방송일시?)\s*[:：]")
_STAR_NOTE = re.compile(r"^\*\s*\S.*(?:바랍니다|습니다|니다)\.?$")
_DATE_FIELD = re.compile(r"^[■□▶◆◇•*-]?\s*(?:날짜|방송(?:\s?일시?|\s?날짜)?)\s*[:：]\s*(?P<d>.+)$")
# "JTBC 뉴스룸 | 2026.02.06 (금) 방송 | 대본": fields split by bars, a script's
# word after the date (session 18 final fix)
_PROGRAMME_DATED = re.compile(
    r"^(?P<outlet>[A-Za-z가-힣0-9]{2,10})\s+(?P<show>[^\s|ㅣ]{2,10})\s*[|ㅣ]?\s*"
    r"(?P<d>\d{4}\s*[.\-/년][^|ㅣ]+?)(?:\s*[|ㅣ]\s*(?:대본|스크립트|원고|녹취록?|전문|자막))?$"
)
_SHORT = 80
# "[MBN 뉴스7]", "[MBN 굿모닝MBN]": a programme's tag on a script's first line
_PROGRAMME_TAG = re.compile(
    r"^[\[【<]\s*(?P<outlet>[A-Za-z가-힣0-9]{2,10})\s+[^\]】>\s]{2,12}\s*[\]】>]$"
)


def is_portal(name: str) -> bool:
    """ "다음 뉴스", "네이버", "Daum": a portal, never the outlet of a reprint."""
    return PORTAL.match(name.strip()) is not None


def portal_path(line: str) -> bool:
    """ "다음 뉴스 > IT > 과학": a portal's section path (or its name alone)."""
    return is_portal(re.split(r"\s*[|>›»]\s*", line, maxsplit=1)[0])


def desk_name(value: str) -> str | None:
    """ "문경호 산업부장" → 문경호: a desk head's signature, rank dropped."""
    m = _DESK_NAME.match(value.strip())
    return m.group(1) if m and is_person_name(m.group(1)) else None


def odd_byline(line: str) -> Byline | None:
    """A desk head's byline with its fields, a bilingual byline, or a
    foreign name in a bracketed dateline byline (module doc); an empty one
    for a release's kind line; else None."""
    if len(line) > 200:
        return None
    if _RELEASE_HEAD.match(line):
        return Byline(None, None)  # the wire's dateline names the publisher
    if (m := _DESK_FIELDS.match(line)) and is_person_name(m.group(1)) and parse_date(m.group(2)):
        return Byline(m.group(1), None)
    if (m := _BILINGUAL.match(line)) and is_person_name(m.group(1)):
        return Byline(m.group(1), None)
    if m := _BRACKET_FOREIGN.match(line):
        outlet = m["outlet"]
        if is_outlet_name(outlet) and is_foreign_name(m["who"]):
            return Byline(m["who"], outlet)
    return None


def programme_line(line: str) -> bool:
    """ "YTN 라디오 <슬기로운 경제생활>": a broadcaster's programme line, or a
    transcript's header field ("■ 방송 : …") or its note ("* 아래 텍스트는 …")."""
    if _HEADER_FIELD.match(line) or _STAR_NOTE.match(line):
        return True
    m = _PROGRAMME.match(line)
    if m is None or len(line) > 50:
        return False
    outlet = m["outlet"] or m["aired"]
    return outlet in known_outlets() or (outlet.isascii() and outlet.isupper())


def header_date(lines: list[str]) -> str | None:
    """A transcript's dated field (``■ 날짜 : …``) or a programme's dated
    line (``KBS 뉴스9 2025.04.16 (수) 21:14``) among the first lines."""
    for line in [line for line in lines if line][:10]:
        if len(line) > _SHORT:
            continue
        if (m := _DATE_FIELD.match(line)) and is_date_field(m["d"]):
            return parse_date(m["d"])
        m = _PROGRAMME_DATED.match(line)
        if m and m["outlet"] in known_outlets() and is_date_field(m["d"]):
            return parse_date(m["d"])
    return None


def programme_outlet(lines: list[str]) -> str | None:
    """The listed broadcaster a transcript's programme line names (``YTN 라디오
    '…'`` → YTN, also as a header field's value ``■ 방송 : CBS 라디오 <…>``,
    a dated head ``매체 프로그램 | 날짜 방송 | 대본``, a tag ``[매체 프로그램]``),
    read where nothing else names the publisher."""
    for line in [line for line in lines if line][:3]:
        value = _HEADER_FIELD.sub("", line).strip()  # "■ 방송 : CBS 라디오 <…>": the field's value
        if programme_line(line) and (m := _PROGRAMME.match(value)):
            if (outlet := m["outlet"] or m["aired"]) in known_outlets():
                return outlet
        if (m := _PROGRAMME_TAG.match(line)) and m["outlet"] in known_outlets():
            return str(m["outlet"])  # "[MBN 굿모닝MBN]": a broadcaster's programme tag
        m = _PROGRAMME_DATED.match(line) if len(line) <= _SHORT else None
        if m and m["outlet"] in known_outlets() and is_date_field(m["d"]):
            return str(m["outlet"])  # "JTBC 뉴스룸 | 날짜 방송 | 대본": a script's dated head
    return None
