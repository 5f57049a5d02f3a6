"""Heads of shared, archived and digest pages (issue 13, dev40's first run, r17fix36).

* A messenger share's outlet prefix (``[한국경제] 헤드라인``): the bracket
  holds a listed outlet and nothing else, the rest is the headline
  (:func:`share_title`); a bracketed label (``[인터뷰]``, ``[한겨레 프리즘]``)
  stays part of the title.
* An archive page's notice (``이 기사는 2018년에 작성된 기사로, …``): what the
  page added to an old story, no headline (:func:`archive_note`).
* A digest's header set between rule marks (``━ 매체 데일리 다이제스트 ━``): the
  digest's name, no headline (:func:`framed_line`).
* Links to the previous and next story (``[이전 기사] … ‹ › [다음 기사] …``):
  no headline (:func:`neighbour_links`).
* A digest's dated head (``2025년 5월 29일 목요일 · 오늘의 주요 기사 5건 중
  2번째``): no headline; its date dates the item (:func:`digest_date`).
* A newsletter item's enclosed number (``① 헤드라인``): no part of the title
  (:func:`strip_item_number`).
"""

from __future__ import annotations

import re

from .dates import is_date_field, parse_date
from .outlet_domains import known_outlets

_SHARE_TAG = re.compile(r"^\[\s*(?P<tag>[^\[\]]{2,20}?)\s*\]\s*(?P<rest>\S.{9,})$")
_ARCHIVE_NOTE = re.compile(
    r"^(?:이|본|해당)\s*기사는\s*\d{4}\s*년(?:\s*\d{1,2}\s*월)?(?:\s*\d{1,2}\s*일)?\s*(?:에\s*)?"
    r"(?:작성|게재|출고|보도|발행)된\s*(?:기사|것)"
)
_RULE_MARKS = "━─═■□◆◇=\\-~*"
_FRAMED = re.compile(rf"^[{_RULE_MARKS}]+\s*(?P<inner>[^{_RULE_MARKS}].*?)\s*[{_RULE_MARKS}]+$")
_ITEM_NUMBER = re.compile(r"^[\u2460-\u2473\u2776-\u277f\u2780-\u2793]\s*(?P<rest>\S.*)$")


def share_title(line: str) -> str:
    """ "[한국경제] 헤드라인" → "헤드라인": a share's listed-outlet prefix goes."""
    m = _SHARE_TAG.match(line)
    if m is None or m["tag"] not in known_outlets():
        return line
    rest = m["rest"]
    return line if rest.endswith(".") or "=" in rest[:12] else rest


def archive_note(line: str) -> bool:
    """An archive page's notice that the story is an old one."""
    return len(line) <= 120 and _ARCHIVE_NOTE.match(line) is not None


def framed_line(line: str) -> bool:
    """A short line set between rule marks: a digest's or section's header."""
    return len(line) <= 60 and _FRAMED.match(line) is not None


def strip_item_number(title: str) -> str:
    """A title without a newsletter item's enclosed number (``① 헤드라인``)."""
    m = _ITEM_NUMBER.match(title)
    return m["rest"] if m else title


_DATED_HEAD = re.compile(
    r"^(?P<d>\d{4}\s*년\s*\d{1,2}\s*월\s*\d{1,2}\s*일[^·|]{0,6}?)\s*[·|]\s*(?P<rest>\S.*)$"
)


def digest_date(line: str) -> str | None:
    """The date of a digest's dated head (``2025년 5월 29일 목요일 · 오늘의 주요
    기사 5건 중 2번째``): a full date, then a short note that is no sentence."""
    m = _DATED_HEAD.match(line)
    if m is None or len(line) > 60 or not is_date_field(m["d"].strip()):
        return None
    return None if re.search(r"[.!?]$|다$", m["rest"]) else parse_date(m["d"])


_NEIGHBOUR = re.compile(
    r"^[\[【<(]?\s*(?:이전|다음|지난|prev(?:ious)?|next)\s*(?:기사|글|뉴스|story|article)\s*"
    r"[\]】>):：]",
    re.I,
)


def neighbour_links(line: str) -> bool:
    """A page's links to the previous or next story (``[이전 기사] … [다음 기사] …``)."""
    return len(line) <= 200 and _NEIGHBOUR.match(line) is not None
