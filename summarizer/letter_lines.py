"""The lines a feed reader's copy and a newsletter add, read for the outlet
and the writer (issue 13, session 16):

* a feed's title line, the outlet then the feed's name (``매체 - 전체기사
  RSS``, ``매체 :: IT 피드``, ``매체 RSS``): the outlet is the publisher
  (:func:`feed_outlet`);
* a newsletter's sender line (``매체 팩플팀이 보내드립니다``, ``보내는 사람:
  매체 반도체팀``): the outlet before the team is the publisher; a team alone
  (``팩플팀이 보내드립니다``) names none (:func:`sender_outlet`);
* a newsletter's own name over its date (``[팩플] 오늘의 테크 뉴스레터 ·
  날짜``) is no outlet's stamp (:func:`letter_name`).

A letter's sign-off naming the writer (``오늘 레터는 이름 기자가 썼습니다.``) is
read with the other sign-offs in ``signoffs``.
"""

from __future__ import annotations

import re

from .byline_outlets import outlet_name
from .byline_words import NOT_OUTLET, NOT_PERSON, OUTLET_NAME, PLACE, SECTION_WORD
from .bylines import strip_email
from .outlet_domains import known_outlets

_HEAD = 8  # non-empty lines a feed's title or a sender line stands in
_SHORT = 60
_WORD = r"[가-힣A-Za-z0-9][가-힣A-Za-z0-9&.]{0,14}"
# "매체 - 전체기사 RSS", "매체 :: IT/과학 피드", "구독: 매체 | 최신기사"
_FEED_TITLE = re.compile(
    rf"^(?:(?:구독|피드|feed)\s*[:：]\s*)?(?P<outlet>{_WORD}(?:\s{_WORD})?)\s*(?:::|[-–—|:·>])\s*"
    r"(?P<feed>\S.{0,24})$",
    re.I,
)
_FEED_BARE = re.compile(rf"^(?P<outlet>{_WORD}(?:\s{_WORD})?)\s+(?:RSS|Atom|피드)$", re.I)
_FEED_WORD = re.compile(r"(?:^|[\s/·])(?:RSS|Atom|XML|피드|feed)$", re.I)
_FEED_LIST = re.compile(r"^(?:전체|최신|주요|실시간)\s*(?:기사|뉴스)$")
_SENDS = re.compile(
    r"^(?P<who>[가-힣A-Za-z0-9 ]{2,30}?)(?:이|가|에서|께서)\s+(?:매주\s+|매일\s+|오늘도\s+)?"
    r"(?:보내\s*드립니다|보내\s*드려요|보냅니다|전해\s*드립니다|전합니다|발송합니다)[.!]?$"
)
_SENDER_FIELD = re.compile(
    r"^(?:보내는\s*(?:사람|이)|발신(?:자|인)?|sender)\s*[:：|]\s*(?P<who>.+)$", re.I
)
_TEAM = re.compile(r"^\S*(?:팀|부|국|데스크|뉴스룸|에디터들?|편집진)$")
_NAME_OF_LETTER = re.compile(r"\s(?:뉴스)?레터$|\snewsletter$|\s브리핑$", re.I)


def feed_outlet(line: str) -> str | None:
    """The outlet of a feed's title line (``이투데이 - 전체기사 RSS``), else None."""
    if len(line) > _SHORT:
        return None
    if m := _FEED_TITLE.match(line):
        feed = m["feed"].strip()
        listed = m["outlet"] in known_outlets() or OUTLET_NAME.search(m["outlet"])
        if not (_FEED_WORD.search(feed) or (_FEED_LIST.match(feed) and listed)):
            return None
    elif not (m := _FEED_BARE.match(line)):
        return None
    return _outlet(m["outlet"])


def sender_outlet(line: str) -> str | None:
    """The outlet a newsletter's sender line names (``중앙일보 팩플팀이
    보내드립니다`` → 중앙일보), else None."""
    if len(line) > _SHORT or not (m := _SENDS.match(line) or _SENDER_FIELD.match(line)):
        return None
    who = re.sub(r"<[^>]*>|\([^)]*\)", " ", strip_email(m["who"])).strip(" ,|·")
    words = who.split()
    if len(words) >= 2 and _TEAM.match(words[-1]):
        return _outlet(" ".join(words[:-1]))  # "중앙일보 팩플팀": the outlet and its team
    if len(words) <= 2 and (who in known_outlets() or OUTLET_NAME.search(who)):
        return _outlet(who)  # "칩데일리가 보내드립니다"
    return None


def carried_outlet(lines: list[str]) -> str | None:
    """The outlet a feed's title line or a newsletter's sender line names
    near the top of the page, else None."""
    for line in [line for line in lines if line][:_HEAD]:
        if found := feed_outlet(line) or sender_outlet(line):
            return found
    return None


def letter_name(name: str) -> bool:
    """A newsletter's own name read as an outlet: a tag and a title
    (``팩플] 오늘의 테크 뉴스레터``) or words ending in 뉴스레터/브리핑."""
    name = name.strip(" []【】")
    return re.search(r"[\[\]【】]", name) is not None or _NAME_OF_LETTER.search(name) is not None


def _outlet(text: str) -> str | None:
    """``text`` as an outlet's name: no place, section, label or desk word."""
    name = outlet_name(text)
    if name is None or any(
        PLACE.match(w) or SECTION_WORD.match(w) or NOT_OUTLET.match(w) or NOT_PERSON.match(w)
        for w in name.split()
    ):
        return None
    return None if _FEED_WORD.search(name) or letter_name(name) else name
