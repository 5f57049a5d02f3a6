"""Heads of pages as users save or receive them, never the headline (issue 13,
session 23, dev96):

* a print view's head (``매체 :: 인쇄하기``, ``매체 | 인쇄``, ``인쇄하기 - 매체``,
  ``Print - Name``): a name and a print word, nothing else (:func:`print_head`);
* a feed's channel line as a reader or a dump saves it (``[피드] 매체 - 산업
  (https://…/rss/…xml)``, ``■ 매체 | 경제 RSS (수집 날짜)``): a feed tag or a
  feed's address in parentheses, or a feed's title line once the marks and the
  parenthesis are gone (:func:`feed_channel`);
* a feed dump's item counter and update stamp (``항목 3/50``, ``Item 3 of 50``,
  ``마지막 갱신: Fri, 10 Apr 2026 …``) (:func:`feed_field`);
* a clipping's or digest's head (``[회사 전략팀] 4월 10일(금) 반도체 뉴스 클리핑``,
  ``2026.04.10 언론 스크랩``): a day's date and a clipping word closing the line
  (:func:`clipping_head`);
* a digest's entry crediting its source and day (``헤드라인 (매체, 4/9)``,
  ``… (매체, 4/9) ← 전문 첨부``): the list, not the article (:func:`digest_entry`).

Each kind is a row of :data:`summarizer.never_heads.NOT_HEADLINES`.
"""

from __future__ import annotations

import re

from .byline_words import OUTLET_NAME
from .letter_lines import feed_outlet
from .outlet_domains import known_outlets
from .sentences import is_statement

_SHORT = 120
_NAME = r"[가-힣A-Za-z0-9][가-힣A-Za-z0-9 .&]{0,19}?"
_SEP = r"\s*(?:::|[|:·>\-–—])\s*"
_PRINT_WORD = (
    r"(?:인쇄\s*(?:하기|미리\s*보기|용\s*(?:페이지|화면)|화면)?|프린트(?:\s*하기)?|"
    r"print(?:er[- ]friendly)?(?:\s+(?:view|page|preview|version))?)"
)
# a name and a print word, in either order, and nothing else
_PRINT_HEAD = re.compile(rf"^(?:{_NAME}{_SEP}{_PRINT_WORD}|{_PRINT_WORD}{_SEP}{_NAME})$", re.I)
# what a saved feed puts round its title: a bullet, a feed tag, a parenthesis
_LEAD_MARK = re.compile(r"^[■□◆◇●○▶▷►•·*#\-\s]+")
_FEED_TAG = re.compile(r"^[\[【(<]\s*(?:피드|RSS|Atom|feed|구독\s*피드)\s*[\]】)>]\s*", re.I)
_TAIL_PAREN = re.compile(r"\s*\((?P<inner>[^()]{1,100})\)$")
_FEED_ADDRESS = re.compile(r"^(?:https?://)?\S*(?:rss|feed|atom|\.xml)\S*$", re.I)
_CHANNEL_MAX = 30  # "연합뉴스 - 산업": an outlet and its feed
# "항목 3/50", "Item 3 of 50", "기사 12/40": a dump's place in the feed
_ITEM_COUNTER = re.compile(
    r"^(?:항목|아이템|item|entry|기사|글)\s*(?:#\s*)?\d{1,4}\s*(?:/|of|중)\s*\d{1,5}(?:\s*번째)?$",
    re.I,
)
# "마지막 갱신: Fri, 10 Apr 2026 …", "lastBuildDate: …": the feed's, not the item's date
_FEED_STAMP = re.compile(
    r"^(?:(?:마지막|최근|최종)\s*(?:갱신|업데이트|수집)|갱신\s*(?:시각|일시)|수집\s*(?:시각|일시)|"
    r"last\s*build\s*date|lastBuildDate|last\s*updated?)\s*[:：=]\s*\S",
    re.I,
)
# a day's date ("4월 10일(금)", "2026.04.10", "4/10") and a clipping word at the end
_DAY = (
    r"(?:\d{1,2}\s*월\s*\d{1,2}\s*일|\d{4}\s*[.\-/]\s*\d{1,2}\s*[.\-/]\s*\d{1,2}\.?"
    r"|\d{1,2}/\d{1,2})"
)
_SOURCE_DAY = (
    r"(?:\d{1,2}/\d{1,2}|\d{1,2}\.\s*\d{1,2}\.?|\d{1,2}월\s*\d{1,2}일"
    r"|\d{4}[.\-]\d{1,2}[.\-]\d{1,2}\.?)"
)
# "헤드라인 (매체, 4/9)", "… (매체, 4/9) ← 전문 첨부": a digest's entry and its source
_ENTRY = re.compile(
    rf"^\S.{{8,}}?\s\((?P<outlet>[^(),]{{2,15}}),\s*{_SOURCE_DAY}\)"
    r"(?:\s*(?:←|<-|⇐|◀|☜|<<)\s*[^()]{0,20})?$"
)
_CLIPPING = re.compile(
    rf"^(?:[\[【][^\]】]{{1,24}}[\]】]\s*)?.{{0,30}}?{_DAY}.{{0,40}}?"
    r"(?:(?:뉴스|기사|언론|신문)\s*(?:클리핑|스크랩|모니터링|브리핑)|클리핑|news\s+clipping)$",
    re.I,
)


def print_head(line: str) -> bool:
    """A print view's head: a name and a print word (``매체 :: 인쇄하기``)."""
    return len(line) <= 40 and _PRINT_HEAD.match(line.strip()) is not None


def feed_channel(line: str) -> bool:
    """A feed's channel line as a reader or a dump saves it: a feed tag or a
    feed's address in parentheses round a short name, or a feed's title line
    (:func:`summarizer.letter_lines.feed_outlet`) inside such marks."""
    if len(line) > _SHORT:
        return False
    rest = _LEAD_MARK.sub("", line)
    tagged = (tag := _FEED_TAG.match(rest)) is not None
    rest = rest[tag.end() :] if tag else rest
    if paren := _TAIL_PAREN.search(rest):
        tagged = tagged or _FEED_ADDRESS.match(paren["inner"].strip()) is not None
        rest = rest[: paren.start()]
    rest = rest.strip()
    if not rest or rest == line:
        return False
    if tagged:
        return len(rest) <= _CHANNEL_MAX and not is_statement(rest)
    return feed_outlet(rest) is not None


def feed_field(line: str) -> bool:
    """A feed dump's item counter (``항목 3/50``) or its update stamp (``마지막 갱신: …``)."""
    line = line.strip()
    return len(line) <= 80 and (_ITEM_COUNTER.match(line) or _FEED_STAMP.match(line)) is not None


def clipping_head(line: str) -> bool:
    """A clipping's or a news digest's head: a day's date and a clipping word
    closing the line (``[회사 전략팀] 4월 10일(금) 반도체·AI 뉴스 클리핑``)."""
    return len(line) <= 80 and _CLIPPING.match(line.strip()) is not None


def digest_entry(line: str) -> bool:
    """A digest's or clipping's entry crediting its source and day
    (``헤드라인 (매체, 4/9)``): a listed or outlet-shaped name in the credit."""
    if len(line) > 160 or not (m := _ENTRY.match(line.strip())):
        return False
    outlet = m["outlet"].strip()
    return outlet in known_outlets() or OUTLET_NAME.search(outlet) is not None
