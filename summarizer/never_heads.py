"""Lines that are never the headline (issue 13): one table, and the title
reader's line readers that consult it.

:data:`NOT_HEADLINES` names every kind of line the headline search passes
over, with the predicate that tells it and its group:

* ``"chrome"`` — furniture an app, a site or a print page puts round the
  article (:mod:`summarizer.page_chrome`);
* ``"head"`` — heads of odd pages and copies: app counters, release and
  report heads, programme fields, letter subjects (:mod:`summarizer.odd_heads`),
  a copy's chat, channel, subscribe and digest heads
  (:mod:`summarizer.copy_heads`);
* ``"carrier"`` — what carried the article to the reader: a reader's, app's,
  share's or mail client's note, a note to editors, a print archive's banner
  (:mod:`summarizer.title_lines`, :mod:`summarizer.shared_heads`,
  :mod:`summarizer.mail`, :mod:`summarizer.letter_lines`,
  :mod:`summarizer.wrapped_lines`).

:func:`carrier_line` asks every row (lines of at most 120 characters);
:func:`head_line` asks the chrome and head rows (a line over a date line).
:func:`page_lines`, :func:`preview_of` and :func:`dated_headline` read the
page for the headline search (session 17, dev44/dev46; module docs of
:mod:`summarizer.odd_heads`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from .copy_heads import copy_chrome, copy_lines
from .dates import parse_date
from .letter_lines import feed_outlet
from .mail import sender_line
from .odd_forms import clipping_head, digest_entry, feed_channel, feed_field, print_head
from .odd_heads import (
    analyst_line,
    app_chrome,
    letter_subject,
    mail_field,
    marked_label,
    programme_field,
    release_head,
    research_head,
)
from .page_chrome import (
    PICTO,
    app_bar,
    breadcrumb,
    domain_line,
    masthead_section,
    nav_bar,
    picto_channel,
    rating_line,
    release_field,
    running_head,
)
from .shared_heads import archive_note, digest_date, framed_line, neighbour_links, share_title
from .title_lines import archive_banner, carrier_note, editor_note, reader_status_line
from .wrapped_lines import link_line, print_line, rule_line

Group = Literal["chrome", "head", "carrier"]


@dataclass(frozen=True)
class LineKind:
    name: str
    test: Callable[[str], object]  # truthy: the line is of this kind
    group: Group


def _running_head(line: str) -> bool:
    return running_head(line) is not None or print_head(line)


# rows the learned head model reads by name (head_model.KIND_NAMES): a new kind of
# the same family joins its row rather than adding one (dev96's saved-page forms)
def _feed_line(line: str) -> bool:
    return feed_outlet(line) is not None or feed_channel(line) or feed_field(line)


def _digest_head(line: str) -> bool:
    return digest_date(line) is not None or clipping_head(line) or digest_entry(line)


def _masthead(line: str) -> bool:
    return masthead_section(line) is not None


NOT_HEADLINES: tuple[LineKind, ...] = (
    LineKind("app bar", app_bar, "chrome"),  # "≡ 메뉴  아이뉴스24  🔍", "< 뒤로  경제  공유"
    LineKind("breadcrumb", breadcrumb, "chrome"),  # "오피니언 > 바로잡습니다"
    LineKind("release field", release_field, "chrome"),  # "문의 : 홍보팀 02-…", "배포일시 …"
    LineKind("pictograph channel", picto_channel, "chrome"),  # "📢 반도체 속보방"
    # "34  주간동아 2025. 3. 11  1482호"; a print view's head "매체 :: 인쇄하기" (odd_forms)
    LineKind("running head", _running_head, "chrome"),
    LineKind("navigation bar", nav_bar, "chrome"),  # "머니투데이 | 뉴스 | 증권 | … | 로그인"
    LineKind("site line", domain_line, "chrome"),  # "bloter.net"
    LineKind("rating line", rating_line, "chrome"),  # "종목(000660) | 매수(유지) | 목표주가 …"
    LineKind("masthead over section", _masthead, "chrome"),  # "광주일보 오피니언"
    # "언론사 구독  구독자 142만"; a portal's bar, "매체 언론사 구독", "본문 듣기  글자 크기"
    # (one row: its name is a feature of the learned head model)
    LineKind("app counters", app_chrome, "head"),
    LineKind("release head", release_head, "head"),  # "기관명      보 도 자 료"
    LineKind("research head", research_head, "head"),  # "증권사 리서치센터  Morning Brief"
    LineKind("programme field", programme_field, "head"),  # "진행 : 이름 앵커"
    LineKind("letter subject", letter_subject, "head"),  # "[매체 위클리] 이번 주 소식 3가지"
    LineKind("analyst line", analyst_line, "head"),  # "Analyst 이름  mail  02-…"
    LineKind("copy head", copy_chrome, "head"),  # "[카카오톡] 방", "#ai-news", "회사 (000660)"
    LineKind("marked label", marked_label, "head"),  # "■ 오늘의 톱"
    LineKind("mail field", mail_field, "head"),  # "보낸 사람: …" (never "제목: …")
    LineKind("rule", rule_line, "carrier"),  # "────"
    LineKind("print line", print_line, "carrier"),  # "매체 2021년 5월 24일 월요일 22면"
    LineKind("link line", link_line, "carrier"),  # "Original: https://…"
    LineKind("carrier note", carrier_note, "carrier"),  # "[Feedly에서 보관함]", "웹에서 보기"
    LineKind("editor note", editor_note, "carrier"),  # "※ 보도시점: …", "엠바고 : …"
    LineKind("reader status", reader_status_line, "carrier"),  # "★ 읽지 않음 · 반도체 폴더"
    LineKind("sender line", sender_line, "carrier"),  # "매체 팀이 보내드립니다"
    # "이투데이 - 전체기사 RSS"; a saved feed's "[피드] 매체 - 산업 (https://…rss…)", "항목 3/50"
    LineKind("feed title", _feed_line, "carrier"),
    LineKind("archive note", archive_note, "carrier"),  # "이 기사는 2017년 3월에 게재된 …"
    LineKind("framed line", framed_line, "carrier"),  # "━━ 오늘의 반도체 ━━"
    # "2025년 5월 29일 목요일 · 오늘의 주요 기사"; "[회사 팀] 4월 10일(금) 뉴스 클리핑",
    # an entry "헤드라인 (매체, 4/9)"
    LineKind("digest date", _digest_head, "carrier"),
    LineKind("neighbour links", neighbour_links, "carrier"),  # "다음 기사: …"
    LineKind("archive banner", archive_banner, "carrier"),  # "[매체 지면보기] 2019년 3월 20일 …"
)
_HEADS = tuple(kind for kind in NOT_HEADLINES if kind.group != "carrier")
_CARRIER_MAX = 120


def kind_of(line: str) -> str | None:
    """The name of the first kind of :data:`NOT_HEADLINES` ``line`` is, else None."""
    return next((kind.name for kind in NOT_HEADLINES if kind.test(line)), None)


def carrier_line(line: str) -> bool:
    """A line that is never the headline: any kind of the table."""
    return len(line) <= _CARRIER_MAX and any(kind.test(line) for kind in NOT_HEADLINES)


def head_line(line: str) -> bool:
    """Page chrome or an odd page's head: the table's chrome and head rows."""
    return any(kind.test(line) for kind in _HEADS)


_HEADING_MARK = re.compile(r"^#{1,6}\s+(?=\S)")
# what a preview puts before the headline: pictographs, bracketed tags, a name
# set off by "|", "-" or ":" ("디일렉(THE ELEC) - ")
_PREVIEW_PREFIX = re.compile(
    rf"^[{PICTO}\ufe0f\u200d]*\s*(?:[\[【][^\]】]{{1,16}}[\]】]\s*){{0,2}}"
    r"(?:[^\s|\[\]]{1,16}(?:\s?\([^)]{1,16}\))?\s*[|\-–—:]\s*)?$"
)
_ECHO_REACH = 8  # lines between a preview and the pasted headline
_ECHO_MIN = 10  # characters of a headline a preview must repeat


def page_lines(lines: list[str]) -> list[str]:
    """The page's non-empty lines as the headline search reads them: without a
    markdown heading's marks or a share's outlet tag, a preview read as the
    headline it repeats; a copy's chat, repost and roundup lines as
    :func:`summarizer.copy_heads.copy_lines` reads them."""
    return list(_page_lines(tuple(lines)))


@lru_cache(maxsize=4)  # the title search, its support check and the learned check ask (issue 14)
def _page_lines(lines: tuple[str, ...]) -> tuple[str, ...]:
    page = copy_lines([_HEADING_MARK.sub("", share_title(ln)) for ln in lines if ln])
    page = [share_title(ln) for ln in page]  # a chat post's share: "[이름] [오전 8:12] [매체] …"
    return tuple(_echoed(ln, page[i + 1 : i + 1 + _ECHO_REACH]) for i, ln in enumerate(page))


def _echoed(line: str, below: list[str]) -> str:
    for other in below:
        # a preview holds the headline's first characters: a cheap test first
        if len(other) >= _ECHO_MIN and other[:_ECHO_MIN] in line:
            if other != line and preview_of(line, other):
                return other
    return line


def preview_of(preview: str, headline: str) -> bool:
    """Whether ``preview`` repeats ``headline`` behind a short prefix, whole
    or cut off with an ellipsis."""
    if len(preview) > len(headline) + 40:
        return False
    if preview.endswith(headline):
        prefix = preview[: -len(headline)]
        return bool(prefix.strip()) and _PREVIEW_PREFIX.match(prefix) is not None
    cut = preview.rstrip("….").rstrip()
    if cut == preview or (at := cut.find(headline[:_ECHO_MIN])) < 1:
        return False
    return headline.startswith(cut[at:]) and _PREVIEW_PREFIX.match(cut[:at]) is not None


_DATED_REACH = 12  # lines searched for a headline over its date line


def dated_headline(
    lines: list[str], headline: Callable[[str], bool], metadata: Callable[[str], bool]
) -> str | None:
    """The headline-like line right above a date line near the top, when the
    search from the top found none (a body opener or a lead-in above it);
    else a letter's issue subject, when the letter prints no headline."""
    window = lines[:_DATED_REACH]
    for line, nxt in zip(window, window[1:], strict=False):
        if not 10 <= len(line) <= 100 or metadata(line) or not headline(line):
            continue
        if head_line(line):  # a breadcrumb over the byline
            continue
        if metadata(nxt) and parse_date(nxt) is not None:
            return line
    # a letter that prints no headline: its issue subject (r18fix39/r18fix43's convention)
    return next((line for line in window if letter_subject(line)), None)
