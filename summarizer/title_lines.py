"""Lines above a headline that read like one but are page furniture.

* A mobile page's menu bar (``홈 뉴스 증권 산업 부동산 오피니언 더보기``): four or
  more short words, all section words but one short menu word.
* A breaking-news ticker (``[속보] 코스피, …``): a line with a breaking tag
  in a run of such lines, or above the page's section path or masthead.
* A series label (``[연중기획] AI 칩 삼국지 ③ 중국의 반격``) on its own line over
  the headline: a label carrying an episode number (``③``, ``<3>``, ``3회``,
  ``제3부``), when a headline-like line under it is followed by the byline or
  the date. A tag inside the headline's own line (``[단독] …``) stays.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .byline_words import SECTION_WORD

_MENU_MIN = 4
_MENU_LOOSE = 6  # words in a bar with one word that is no section ("날씨")
_MENU_BREAK = re.compile(r"\s*[|·ㆍ]\s*|\s+")
_MENU_WORD = re.compile(r"^(?:더보기|전체메뉴|메뉴|전체|more|≡|☰)$", re.I)
_BREAKING = re.compile(r"^[\[【(<]\s*(?:속보|긴급|1보|2보|breaking|flash)\s*[\]】)>]", re.I)
_EPISODE = re.compile(
    r"(?:^|\s)(?:[\u2460-\u2473\u2776-\u277f]|<\d{1,2}>|\(\d{1,2}\)|\d{1,2}회|\d{1,2}편|"
    r"제\s?\d{1,2}\s?부|\d{1,2}부|[上中下])(?=\s|$)"
)
_SERIES_TAG = re.compile(r"^[\[【<]([^\]】>]{1,14})[\]】>]")
_SERIES_WORD = re.compile(r"기획|연재|시리즈|연속\s*보도|특집|심층|탐사")


def menu_line(line: str) -> bool:
    """A menu bar of section words ("홈 뉴스 증권 산업 … 더보기", also set off by
    "|" or "·"): four or more, with one menu word ("더보기") or, among six or
    more, one other short word ("날씨")."""
    words = [w for w in _MENU_BREAK.split(line) if w]
    if len(words) < _MENU_MIN or any(len(w) > 6 for w in words):
        return False
    others = [w for w in words if not SECTION_WORD.match(w)]
    if len(others) > 1:
        return False
    loose = len(words) >= _MENU_LOOSE and all(len(w) <= 4 and w.isalpha() for w in others)
    return loose or all(_MENU_WORD.match(w) for w in others)


def ticker_line(line: str, near: list[str], chrome: Callable[[str], bool]) -> bool:
    """A breaking-news ticker line: a breaking tag on a line next to another
    tagged line (``near``: the line above, then the lines below), or over the
    page's section path or masthead (``chrome``)."""
    if not _BREAKING.match(line) or len(near) < 2:
        return False
    if any(_BREAKING.match(ln) for ln in near[:2]):
        return True
    return any(chrome(ln) for ln in near[1:4])


def series_line(
    line: str,
    below: list[str],
    headline: Callable[[str], bool],
    metadata: Callable[[str], bool],
) -> bool:
    """A series label over the headline: an episode number with a tag or a
    series word, a headline-like line under it, then the byline or date."""
    if not _EPISODE.search(line) or len(below) < 2:
        return False
    tag = _SERIES_TAG.match(line)
    if not (tag or _SERIES_WORD.search(line)):
        return False
    nxt, after = below[0], below[1]
    return headline(nxt) and not metadata(nxt) and metadata(after)


_TAG_LINE = re.compile(r"^[\[【〔<]\s*([^\[\]【】〔〕<>]{2,24}?)\s*[\]】〕>]$")


def bracket_tag(line: str) -> str | None:
    """What a line that is one bracketed tag holds ("[아이뉴스24]" → 아이뉴스24,
    "[채널A 뉴스A]"): an outlet's or programme's tag line over the headline when
    it names a masthead."""
    return m.group(1) if (m := _TAG_LINE.match(line)) else None


def line_under(lines: list[str], title: str | None) -> str | None:
    """The page's line right under the headline ("헤드라인\n조선비즈\n입력 …"):
    where a masthead printed below the title sits."""
    page = [line for line in lines if line]
    if title is None or title not in page:
        return None
    at = page.index(title) + 1
    return page[at] if at < len(page) else None
