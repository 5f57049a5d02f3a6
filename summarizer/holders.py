"""Copyright lines: the outlet that holds the rights to an article.

``Copyright ⓒ 테크월드뉴스. All rights reserved.``, ``<저작권자 © AI타임스, 무단
전재 …>``, ``국민일보 무단전재 및 재배포금지`` (a footer without the ⓒ); the
name without what follows it (``All rights reserved``, `` - www…``, ``인터넷판``,
``Inc.``), the year the rights run from (``Copyright(c) Since 1996,
MBC&iMBC``: MBC), the group it belongs to (``ⓒ 머니투데이 계열 더벨``) or a quoted
slogan before it (``ⓒ '세상을 여는 창' 매체``, or with no mark at all:
``'돈이 보이는 리얼타임 뉴스' 머니투데이``), and by its
Korean name where the outlet prints both (``ⓒ The Korea Herald. 코리아헤럴드``)
or is listed with its English name (``TV CHOSUN``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from .byline_outlets import outlet_name
from .byline_words import COMPANY_MARKS, NOT_OUTLET, OUTLET_NAME
from .outlet_domains import known_outlets, korean_name
from .outlet_names import outlet_after_slogan

_COPYRIGHT = re.compile(
    r"(?:저작권자|copyrights?)?\s*(?:ⓒ|©|\(c\)|copyrights?)\s*(?:(?:since\s+)?\d{4}(?:\s*-\s*\d{4})?[.,]?\s*)?"
    r"(?P<who>[^\s,.<>]+(?:\s(?!무단|all\b|rights)[^\s,.<>]+){0,3})",
    re.I,
)
_TRAILING_RIGHTS = re.compile(
    r"\s*(?:all\s+rights\s+reserved.*|무단.*|\.com.*|\.co\.kr.*|\.kr.*)$", re.I
)
# "칩뉴스 Inc.", "칩뉴스 Co., Ltd.": the company form is not the outlet's name
_CORPORATE = re.compile(r"(?:\s+|,\s*)(?:inc|corp|co|ltd|llc)\b\.?(?:,?\s*ltd\.?)?$", re.I)
# "국민일보 무단전재 및 수집, 재배포금지": the holder before the rights notice
_RIGHTS_FOOTER = re.compile(
    r"^[<\[(]?\s*(?P<who>[^\s<>\[\]()]{2,20}(?:\s[^\s<>\[\]()]{1,10})?)\s*[\]>)]?\s*[,.]?\s*"
    r"무단\s*(?:전재|복제|배포)"
)
# "ⓒ 매체 - www.x.kr", "ⓒ 매체 인터넷판", "ⓒ 매체 The Name": what follows the name;
# "ⓒ 매체 2025" (a year after the holder), "ⓒ 매체 콘텐츠 무단 전재" (what is protected),
# "ⓒ 매체의 소중한 저작물입니다" (a sentence of the notice after the possessive)
_HOLDER_TAIL = re.compile(
    r"\s+[-–|·/]\s+.*$|\s+[-–|·/]$|\s*(?:인터넷|온라인|디지털|모바일|웹)\s*판$"
    r"|\s+(?:19|20)\d{2}(?:\s*[-–~]\s*(?:19|20)?\d{2,4})?$|의?\s+(?:콘텐츠|컨텐츠|기사|사진|자료)$"
    # "ⓒ 매체의 소중한 저작물입니다", "ⓒ 매체의 모든 기사는": the outlet before the possessive
    r"|의\s+(?:[가-힣]+\s+){0,2}(?:저작물|자산|재산|콘텐츠|컨텐츠|기사|사진|영상|자료|저작권)[가-힣]*"
    r"(?:\s+[가-힣]+)*$"
    r"|(?<=[가-힣])\s+[A-Za-z][A-Za-z .&']*$"
)
# "ⓒ '돈이 보이는 리얼타임 뉴스' 매체": a quoted slogan between the mark and the name
_QUOTED_SLOGAN = re.compile(
    r"(?P<mark>(?:ⓒ|©|\(c\))\s*)['\"‘“「][^'\"’”」]{1,40}\s[^'\"’”」]{1,40}['\"’”」]\s*", re.I
)
# "머니투데이 계열 더벨", "매경 그룹 계열사 매체": the group an outlet belongs to
_GROUP_OF = re.compile(
    r"^\S{2,12}(?:\s?(?:그룹|미디어\s?그룹))?\s?(?:계열사?|그룹사|자회사|가족사|산하)\s+(?=\S{2,12}$)"
)
# "ⓒ 자본시장 미디어 '머니투데이 더벨' 무단 전재": a slogan, then the outlet quoted
_SLOGAN_THEN_QUOTED = re.compile(
    r"(?P<mark>(?:ⓒ|©|\(c\))\s*)[^'\"‘“「]{2,30}?\s['\"‘“「](?P<name>[^'\"’”」]{2,25})['\"’”」]"
    r"\s*(?=무단|all\s+rights|[,.]|$)",
    re.I,
)
# "'돈이 보이는 리얼타임 뉴스' 매체": a footer of the quoted slogan and the
# outlet's name alone, no mark (a listed outlet only: a headline may be shaped so)
_SLOGAN_FOOTER = re.compile(
    r"^['\"‘“「][^'\"’”」]{1,40}\s[^'\"’”」]{1,40}['\"’”」]\s*(?P<who>[^\s'\"‘“]{2,15})\s*$"
)
_WEB_ADDRESS = re.compile(r"(?:www|https?)\b", re.I)
_PARTICLE_END = re.compile(r"[의는을를은이가에]$|기사|사진|콘텐츠|자료")
# the Korean name printed after an English one: "ⓒ The Name. 한글이름"
_KOREAN_AFTER = re.compile(r"^[\s.,·|/(\[-]*([가-힣][가-힣A-Za-z0-9]{1,12})")
_KOREAN_BRACKETED = re.compile(r"^\s*[(\[]\s*([가-힣][가-힣A-Za-z0-9]{1,12})\s*[)\]]")


def copyright_holder(line: str) -> str | None:
    """The outlet a copyright line names, without "All rights reserved";
    also "국민일보 무단전재 및 재배포금지", a footer without the ⓒ."""
    if len(line) > 120:
        return None
    for form in _SLOGANS:  # a slogan beside the outlet's name
        if m := form.pattern.search(line):
            line, found = form.read(m, line)
            if found:
                return found
    if (m := _SLOGAN_FOOTER.match(line)) and m["who"] in known_outlets():
        return m["who"]
    if not (m := _COPYRIGHT.search(line)):
        if (m := _RIGHTS_FOOTER.match(line)) and not _PARTICLE_END.search(m.group("who")):
            name = re.sub(r"^저작권자\s*|\s+[·|/\-–]$", "", m.group("who"))  # "매체 · 무단전재"
            return outlet_name(name)
        return None
    if _WEB_ADDRESS.match(m.group("who")) or m.group("who").startswith("무단"):
        # "강원일보 ⓒ www.kwnews.co.kr", "매체 ⓒ 무단전재 및 재배포 금지": the name before
        before = re.split(r"\s[|·/\-–]\s", line[: m.start()].strip(" |·-–"))[-1]  # its last field
        return before if before in known_outlets() or OUTLET_NAME.search(before) else None
    if (who := _holder_named(m)) is None:
        return None
    rest = line[line.find(who, m.start("who")) + len(who) :]  # "ⓒ Name (한글이름)"
    listed = who if who in known_outlets() else None  # "ⓒ KIPOST(케이아이포스트)": not its reading
    return korean_name(who) or listed or _korean_after(who, rest) or who


def _holder_named(m: re.Match[str]) -> str | None:
    """The name a copyright mark is followed by, without company marks, rights
    notice, web address, edition or group; None where that is no outlet's."""
    who = COMPANY_MARKS.sub("", m.group("who"))  # "(주)칩뉴스"
    who = re.sub(r"^(?:ⓒ|©|\(c\))?\s*(?:by\s+)?|\s*[(&].*$", "", who, flags=re.I)
    who = _TRAILING_RIGHTS.sub("", who)
    who = _HOLDER_TAIL.sub("", _HOLDER_TAIL.sub("", who)).strip(" .,-–—")  # "… 디지털판 - www"
    who = COMPANY_MARKS.sub("", _CORPORATE.sub("", who)).strip()
    who = _GROUP_OF.sub("", who)  # "머니투데이 계열 더벨": the outlet, not its group
    return None if not who or who.isdigit() or NOT_OUTLET.match(who) else who


def _slogan_dropped(m: re.Match[str], line: str) -> tuple[str, str | None]:
    """ "ⓒ '돈이 보이는 리얼타임 뉴스' 머니투데이" → "ⓒ 머니투데이"."""
    return f"{line[: m.start()]}{m['mark']}{line[m.end() :]}", None


def _quoted_outlet(m: re.Match[str], line: str) -> tuple[str, str | None]:
    """ "ⓒ 자본시장 미디어 '머니투데이 더벨' 무단 전재" → "ⓒ 더벨  무단 전재"."""
    return f"{line[: m.end('mark')]}{_group_dropped(m['name'])} {line[m.end() :]}", None


def _outlet_after(m: re.Match[str], line: str) -> tuple[str, str | None]:
    """ "ⓒ 경제를 보는 눈, 세계를 보는 창 아시아경제" → 아시아경제: the one listed
    outlet after a holder that is a slogan."""
    who = None if _WEB_ADDRESS.match(m.group("who")) else _holder_named(m)
    return line, outlet_after_slogan(line, who) if who else None


@dataclass(frozen=True)
class _Slogan:
    name: str
    pattern: re.Pattern[str]  # searched in the copyright line
    # the line as read on (the slogan out) and the outlet, where the form names it
    read: Callable[[re.Match[str], str], tuple[str, str | None]]


# read in this order, each on the line the one before it left
_SLOGANS = (
    _Slogan("'슬로건' 매체", _QUOTED_SLOGAN, _slogan_dropped),
    _Slogan("슬로건 '매체'", _SLOGAN_THEN_QUOTED, _quoted_outlet),
    _Slogan("슬로건, 매체", _COPYRIGHT, _outlet_after),
)


def _korean_after(who: str, rest: str) -> str | None:
    """ "ⓒ The Name. 한글이름": the Korean name the line prints after an
    English one, when listed or shaped like an outlet's; in brackets right
    after it ("ⓒ Semi World (세미월드)") any Hangul name is its Korean form."""
    if re.search(r"[가-힣]", who):
        return None
    if m := _KOREAN_BRACKETED.match(rest):
        return outlet_name(m.group(1))
    if not (m := _KOREAN_AFTER.match(rest)):
        return None
    name = m.group(1)
    return name if name in known_outlets() or OUTLET_NAME.search(name) else None


def _group_dropped(name: str) -> str:
    """ "머니투데이 더벨": a listed group's name before a listed outlet's (the
    quoted form of "머니투데이 계열 더벨") → the outlet's."""
    words = name.split()
    listed = known_outlets()
    return words[1] if len(words) == 2 and words[0] in listed and words[1] in listed else name
