"""Outlet-shaped names that are not the page's publisher.

* A newsroom desk in a byline field (``이름·이름 기자 | 반도체·디스플레이부``,
  ``산업부``): the desk of the outlet, not an outlet; the masthead or the
  copyright line names the publisher.
* A news agency's copy reprinted by a paper (``(서울=연합뉴스) 이름 기자 =``
  under the ``경북일보`` masthead, ``저작권자 © 경북일보``): the publisher is the
  paper that printed the page, named by its copyright line or masthead; a page
  that names only the agency, or whose copyright line names the agency, keeps
  the agency.
* A partner's article reprinted under a partnership (``한국경제신문 이름 기자``
  over ``※ 이 기사는 제휴사인 한국경제신문의 기사를 전재한 것입니다.`` and
  ``ⓒ 경상일보``): the page's outlet publishes, as for an agency's copy.
"""

from __future__ import annotations

import re

from .byline_words import OUTLET_NAME, SECTION_WORD
from .outlet_domains import known_outlets

# the Korean and foreign agencies whose copy other outlets print under their own name
AGENCIES = frozenset(
    {
        "연합뉴스",
        "뉴시스",
        "뉴스1",
        "연합인포맥스",
        "로이터",
        "AFP",
        "AP",
        "블룸버그",
        "신화통신",
        "신화사",
        "교도통신",
        "EPA",
        "dpa",
        "UPI",
    }
)
# "반도체·디스플레이부", "산업1부", "디지털뉴스팀", "경제부": a desk; its words are
# section words, or the newsroom's own ("디지털뉴스", "온라인", "편집")
_DESK = re.compile(r"^(?P<stem>[가-힣A-Za-z·ㆍ/&]{1,16}?)\s?\d?(?:부|팀|국|데스크)$")
_NEWSROOM_WORD = re.compile(r"^(?=.)(?:디지털|온라인)?(?:뉴스)?$|^(?:편집|취재|사진|영상|전국)$")
_JOINED = re.compile(r"\s*[ㆍ·・/&]\s*")
# "이 기사는 제휴사인 매체의 기사를 전재한 것입니다", "콘텐츠 제휴에 따라 매체에서
# 제공한 기사를 게재합니다": the partner whose article the page reprints
_PARTNER_NOTE = re.compile(
    r"제휴.{0,14}?(?<![가-힣A-Za-z0-9])(?P<name>[가-힣A-Za-z0-9]{2,15}?)(?:의|이|가|에서)?\s*"
    r"(?:제공한\s*)?(?:기사|콘텐츠)(?:를|을)?\s*(?:전재|게재|재게재|옮겨)"
)
_NOTE_MAX = 120


def desk_name(name: str) -> bool:
    """A newsroom's desk ("반도체·디스플레이부", "산업부"), not an outlet (a
    ministry, "과학기술정보통신부", is no desk: its words are not sections)."""
    if not (m := _DESK.match(name.strip())):
        return False
    parts = _JOINED.split(m["stem"])
    return all(SECTION_WORD.match(p) or _NEWSROOM_WORD.match(p) for p in parts)


def byline_outlet(
    byline: str | None, holder: str | None, masthead: str | None, partner: str | None = None
) -> str | None:
    """The byline's outlet as the publisher: none for a desk, the paper for
    an agency's copy it reprinted (:func:`printed_by`) or for the article of
    the ``partner`` a reprint note names (:func:`partner_outlet`). The local
    station a network's sign-off comes from is found later, once, over the
    publisher chosen (:func:`~summarizer.stations.local_station` in metadata)."""
    if byline and desk_name(byline):
        return None
    if byline and partner and (byline in partner or partner in byline):
        page = [n for n in (holder, masthead) if n and n not in (byline, partner)]
        if own := next((n for n in page if _outlet(n)), None):
            return own
    return printed_by(byline, holder, masthead) or byline


def partner_outlet(lines: list[str]) -> str | None:
    """The partner a reprint note names ("※ 이 기사는 제휴사인 매체의 기사를 전재한
    것입니다"), else None."""
    for line in lines:
        if line and len(line) <= _NOTE_MAX and (m := _PARTNER_NOTE.search(line)):
            return m["name"]
    return None


def printed_by(byline: str | None, holder: str | None, masthead: str | None) -> str | None:
    """The paper that printed an agency's copy: its copyright holder, else
    its masthead, when the byline names an agency and the page names another
    outlet that is no agency; else None. A copyright line naming the agency
    itself says the agency printed the page: an outlet-shaped head of its
    section path (``국제뉴스 > 해외주식`` over ``(서울=연합인포맥스)``) is a
    section, not a paper reprinting it."""
    if byline not in AGENCIES or holder == byline:
        return None
    for name in (holder, masthead):
        if name and name != byline and name not in AGENCIES and _outlet(name):
            return name
    return None


def _outlet(name: str) -> bool:
    return name in known_outlets() or OUTLET_NAME.search(name) is not None
