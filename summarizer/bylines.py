"""Bylines as Korean outlets print them: who wrote the article, for whom.

* ``[디일렉 정하늘 기자]``, ``[뉴스원 새너제이=한유진 특파원]`` (the outlet is
  뉴스원, not the dateline 새너제이=)
* ``(서울=연합뉴스) 홍길동 기자 =``
* ``한겨레 | 오지훈 기자 | 입력 : 2025-02-11 10:00``, ``박지민 기자 | 승인 …``
* a sign-off at the bottom: ``뉴스원 한유진 특파원 yujin@newsone.kr``,
  ``김나래 기자 narae@aitimes.kr``, or ``이서연 기자`` alone on its line
* ``Copyright ⓒ 테크월드뉴스. All rights reserved.``, ``<저작권자 © AI타임스, 무단 전재 …>``
"""

from __future__ import annotations

import re
from dataclasses import dataclass

NAME = r"[가-힣]{2,4}"
ROLE = r"(?:기자|특파원|선임기자|전문기자|논설위원|객원기자|통신원|인턴기자|수습기자)"
# [애플경제 김예지 기자], [매체 뉴욕=이름 특파원], [매체=이름 기자]
BRACKET_BYLINE = re.compile(rf"^\s*[\[【]\s*([^\]】]*?)\s*({NAME})\s*{ROLE}\s*[\]】]\s*")
# (서울=연합뉴스) 홍길동 기자 =
AGENCY_BYLINE = re.compile(rf"^\s*[(\[]([^=()\[\]]+)=([^()\[\]]+)[)\]]\s*({NAME})\s*{ROLE}\s*=?\s*")
# 영국 유로저널 이지예 기자  jylee@theeurojournal.com
_SIGNOFF = re.compile(
    rf"^(?:(?P<pre>.{{0,30}}?)\s+)?(?P<name>{NAME})\s*{ROLE}\s*"
    r"(?P<email>[\w.+-]+@[\w-]+(?:\.[\w-]+)+)?$"
)
_WRITER = re.compile(rf"^(?:(?:글|기사|취재)\s*[:=]?\s*)?({NAME})\s*{ROLE}(?:\s+\S+@\S+)?$")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_COPYRIGHT = re.compile(
    r"(?:저작권자|copyright)?\s*(?:ⓒ|©|\(c\)|copyright)\s*(?:\d{4}(?:\s*-\s*\d{4})?\s*)?"
    r"(?P<who>[^\s,.<>]+(?:\s[A-Za-z]+)*)",
    re.I,
)
_NOT_OUTLET = re.compile(
    r"^(?:글|사진|기사|정리|취재|영상|편집|그래픽|자료|입력|승인|등록|수정|작성|all|저작권자|"
    r"copyright|rights|reserved|무단.*)$",
    re.I,
)
_PHOTO_CREDIT = re.compile(r"사진|그래픽|영상|자료")
_TRAILING_RIGHTS = re.compile(
    r"\s*(?:all\s+rights\s+reserved.*|무단.*|\.com.*|\.co\.kr.*|\.kr.*)$", re.I
)
_COMPANY_MARKS = re.compile(r"^\(?[주㈜]\)?\s*|\s*\(?[주㈜]\)?$")
_SHORT = 80


@dataclass(frozen=True)
class Byline:
    author: str | None = None
    publisher: str | None = None


def outlet(text: str) -> str | None:
    """The outlet's name among the words before a byline's name, if any
    ("뉴스원 새너제이=" → 뉴스원; "글 |" → None)."""
    words = [w for w in re.split(r"[\s|·/]+", text) if w and "=" not in w]
    for word in reversed(words):
        word = _COMPANY_MARKS.sub("", word.strip(" ,:()[]<>"))
        if len(word) >= 2 and not _NOT_OUTLET.match(word) and re.search(r"[가-힣A-Za-z]", word):
            return word
    # "[서울=뉴시스]": the outlet follows the dateline's "="
    for part in re.split(r"\s+", text):
        if "=" in part and (after := part.split("=", 1)[1].strip(" ,()[]")):
            return after
    return None


def read_byline(line: str) -> Byline | None:
    """The author and outlet a byline line states, or None for other lines."""
    if m := BRACKET_BYLINE.match(line):
        return Byline(m.group(2), outlet(m.group(1)))
    if m := AGENCY_BYLINE.match(line):
        return Byline(m.group(3), m.group(2).strip())
    if len(line) > _SHORT:
        return None
    if "|" in line:
        return _piped(line)
    if (m := _SIGNOFF.match(line)) and not line.endswith(("다.", "다")):
        pre = m.group("pre") or ""
        if _PHOTO_CREDIT.search(pre):
            return None
        if m.group("email") or pre or _WRITER.match(line):
            return Byline(m.group("name"), outlet(pre) if pre else None)
    return None


def _piped(line: str) -> Byline | None:
    """``매체 | 이름 기자 | 입력 : …`` or ``이름 기자 | 승인 …``."""
    parts = [p.strip() for p in line.split("|")]
    for i, part in enumerate(parts):
        if m := _WRITER.match(_EMAIL.sub("", part).strip()):
            before = outlet(parts[i - 1]) if i and len(parts[i - 1]) <= 20 else None
            return Byline(m.group(1), before)
    return None


def copyright_holder(line: str) -> str | None:
    """The outlet a copyright line names, without "All rights reserved"."""
    if len(line) > 120 or not (m := _COPYRIGHT.search(line)):
        return None
    who = _TRAILING_RIGHTS.sub("", m.group("who")).strip(" .,")
    who = _COMPANY_MARKS.sub("", who).strip()
    if not who or who.isdigit() or _NOT_OUTLET.match(who):
        return None
    return who


def strip_email(text: str) -> str:
    return _EMAIL.sub("", text)
