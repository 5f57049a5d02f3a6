"""Publishers of odd pages: what a shared, pasted or clipped page prints
where an outlet's name would stand but that names no outlet (issue 13,
session 17, branch r18fix40, dev44/dev46).

* :func:`page_head`: a page's first line read for a masthead, unless it is
  a portal's name (``Daum 뉴스``, ``다음 뉴스 > IT``), a community's path
  (``… 카페 > 종목토론``) or a messenger's channel (``#ai-news``,
  ``#반도체-공유``): none is the outlet.
* :func:`site_named`: the outlet a line's mail or url host names, or a
  link preview's bare domain line (``www.example.co.kr``).
* :func:`outlet_field`: the outlet slot of a byline or credit line, without
  what is no name: a reading-time note (``읽는 시간 약 3분``, ``5 min
  read``), an e-mail address, a print page's position (``매체 · B3면 2단``,
  ``본지 15면``), a community's staff who posted it (``운영자 이름``), a
  page's chrome beside its date (:func:`chrome_field`: ``조회수 4.1만회``,
  ``이웃추가``, ``… 글을 올렸습니다``, ``03.18(수``);
  a brokerage's research desk is its firm (``증권사 리서치센터`` → 증권사).
* :func:`shared_outlet`: a share's outlet card (``📌 매체 | 헤드라인``, the
  outlet alone under ``… 에서 공유됨``), a quoted post's account (``매체
  @handle``) or a print page's running head (``매체 날짜 A14면``), read where
  nothing else names one.
* :func:`research_firm`: a brokerage report's head (``미래에셋증권
  리서치센터 Daily``) names its firm, read where nothing else names one.

Quoted clip sources, programme cast lines and several reporters each with
an address are read by :mod:`summarizer.credit_kinds` (r18fix42).
"""

from __future__ import annotations

import re

from .chrome_fields import chrome_field
from .odd_heads import RESEARCH_FIRM
from .odd_pages import portal_path
from .outlet_domains import known_outlets, outlet_in_text, outlet_of_host
from .page_chrome import channel_name, domain_line
from .wrapped_lines import print_line

# "읽는 시간 약 2분", "3분 읽기", "5 min read", "읽기 4분"
_READING_TIME = re.compile(
    r"(?:읽는\s*시간|읽기|소요\s*시간|reading\s*time)\s*[:：]?\s*약?\s*\d+\s*분"
    r"|\d+\s*분\s*(?:읽기|분량|소요)|\d+\s*min(?:ute)?s?\s*read",
    re.I,
)
# "A12면 1단", "12면", "B3면 2단", "지면 A8", "본지 15면": a print page's position
_PAGE_POSITION = re.compile(
    r"^(?:(?:지면|본지|본보|신문|종이신문)\s*)?[A-Z]?\d{1,2}\s*면(?:\s*\d\s*단)?$"
    r"|^지면\s*[A-Z]?\d{1,2}$"
)
# "운영자 이경민", "방장 닉네임", "매니저 김하늘": a community's staff (a poster), no outlet
_POSTER_ROLE = re.compile(
    r"^(?:부?운영자|관리자|방장|부방장|매니저|리더|스태프|스탭|모임장|카페지기|작성자|글쓴이)\s+\S"
)
_FIELD_SPLIT = re.compile(r"\s*[·|]\s*")


# "재테크 이야기 카페 > 종목토론 > 반도체", "하드웨어 갤러리 | 자유": a community's path
_COMMUNITY = re.compile(
    r"(?:카페|커뮤니티|게시판|갤러리|밴드|포럼|라운지|모임|토론|café|cafe|forum|board)$", re.I
)


def page_head(line: str | None) -> str | None:
    """``line`` unless it is a portal's name or path, a community's path
    or a messenger's channel (module doc)."""
    if line is None or portal_path(line) or channel_name(line):
        return None
    parts = re.split(r"\s*[>›»]\s*", line)
    if len(parts) > 1 and any(_COMMUNITY.search(part) for part in parts):
        return None  # a café's or a board's path names the community, never an outlet
    return line


def site_named(line: str) -> str | None:
    """The outlet of the first listed mail or url host in ``line``, or of a
    bare domain line (a link preview's ``www.example.co.kr``)."""
    if "@" in line or "://" in line:
        return outlet_in_text(line)
    return outlet_of_host(line.strip().strip("/")) if domain_line(line) else None


def outlet_field(outlet: str | None) -> str | None:
    """The outlet slot of a credit without what is no name (module doc)."""
    if outlet is None or "@" in outlet or _READING_TIME.search(outlet):
        return None
    if m := RESEARCH_FIRM.match(outlet):
        return m["firm"]  # "증권사 리서치센터": the firm, not its desk
    fields = [f for f in _FIELD_SPLIT.split(outlet) if f]
    kept = [
        f
        for f in fields
        if not (_PAGE_POSITION.match(f) or _POSTER_ROLE.match(f) or chrome_field(f))
    ]
    return outlet if kept == fields else (" · ".join(kept) or None)


def research_firm(lines: list[str]) -> str | None:
    """The brokerage firm a report's head names among the first lines."""
    for line in [line for line in lines if line][:3]:
        if len(line) <= 60 and (m := RESEARCH_FIRM.match(line)):
            return m["firm"]
    return None


_SHARED_HEAD = 4  # a share's lines before the article
# "📌 서울경제 | 헤드라인", "▶ 조선비즈 - 헤드라인", "조선비즈": a share's outlet card;
# "한국일보 @hankookilbo": a quoted post's account (session 18 final fix)
_SHARED = re.compile(
    r"^[^\w\s\[(<]{0,3}\s*(?P<outlet>[가-힣A-Za-z0-9]{2,15})"
    r"(?:\s*[|:-]\s+\S.*|\s+@[A-Za-z0-9_.]{2,30})?$"
)


def shared_outlet(lines: list[str]) -> str | None:
    """The listed outlet a share prints alone or before the headline
    (``📌 매체 | 헤드라인``) among its first lines, read where nothing else
    names one: the app, channel or forwarder above it is none."""
    for line in [line for line in lines if line][:_SHARED_HEAD]:
        if len(line) <= 120 and (m := _SHARED.match(line)) and m["outlet"] in known_outlets():
            return m["outlet"]
        if print_line(line) and (head := line.split()[0]) in known_outlets():
            return head  # "매체 2025년 10월 30일 목요일 A14면 기업": a print page's running head
    return None
