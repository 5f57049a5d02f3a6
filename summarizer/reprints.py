"""Outlet-shaped names that are not the page's publisher.

* A newsroom desk in a byline field (``이름·이름 기자 | 반도체·디스플레이부``,
  ``산업부``): the desk of the outlet, not an outlet; the masthead or the
  copyright line names the publisher.
* A news agency's copy reprinted by a paper (``(서울=연합뉴스) 이름 기자 =``
  under the ``경북일보`` masthead, ``저작권자 © 경북일보``): the publisher is the
  paper that printed the page, named by its copyright line or masthead; a page
  that names only the agency, or whose copyright line names the agency, keeps
  the agency.
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


def desk_name(name: str) -> bool:
    """A newsroom's desk ("반도체·디스플레이부", "산업부"), not an outlet (a
    ministry, "과학기술정보통신부", is no desk: its words are not sections)."""
    if not (m := _DESK.match(name.strip())):
        return False
    parts = _JOINED.split(m["stem"])
    return all(SECTION_WORD.match(p) or _NEWSROOM_WORD.match(p) for p in parts)


def byline_outlet(byline: str | None, holder: str | None, masthead: str | None) -> str | None:
    """The byline's outlet as the publisher: none for a desk, the paper for
    an agency's copy it reprinted (:func:`printed_by`). The local station a
    network's sign-off comes from is found later, once, over the publisher
    chosen (:func:`~summarizer.stations.local_station` in metadata)."""
    if byline and desk_name(byline):
        return None
    return printed_by(byline, holder, masthead) or byline


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
