"""Authors and dates read last, where no other rule found one (issue 13,
round seventeen):

* a translator credited alone (``번역=이름 기자``, ``Translated by Name``):
  where a writer is credited the translator is no author, but a translated
  piece crediting only its translator is signed by the translator;
* a feed item's date field (``pubDate: Wed, 08 Apr 2026 06:40:00 +0900``,
  ``dc:date: …``) as an RSS reader saves it, and its writer field
  (``dc:creator: 이름``, ``author: 이름 기자``; session 23, dev96);
* a magazine's issue line with its date (``제638호 · 2026.03.24 발행``,
  ``Vol. 52 · 2026년 4월 1일``);
* an outlet's name with the date and time under the headline (``매체
  2026.11.14 08:00``).
"""

from __future__ import annotations

import re

from .anchor_intro import introduced_outlet, introduced_reporter
from .byline_words import NOT_PERSON, OUTLET_NAME
from .dates import is_date_field, parse_date
from .head_stamps import head_stamp_date
from .late_credits import credited_source
from .letter_lines import carried_outlet
from .odd_credits import plain_credit, sender_outlet, sent_date
from .odd_pages import header_date, programme_outlet
from .odd_publishers import research_firm, shared_outlet
from .outlet_domains import known_outlets
from .page_chrome import running_head
from .shared_heads import digest_date
from .signoffs import sign_off

_TRANSLATED = re.compile(
    r"^(?:(?:번역|번역·정리|번역 정리)\s*[=:：]?\s*|translated\s+by\s+)"
    r"(?P<who>[가-힣]{2,4}|[A-Z][a-z]+(?: [A-Z][a-z]+){1,2})"
    r"(?:\s*(?:기자|에디터|객원기자|통신원))?(?:\s+\S+@\S+)?\s*(?:[(\[<].*)?$",
    re.I,
)
_FEED_DATE = re.compile(
    r"^(?:pub\s*date|dc:date|pubdate|date_published)\s*[:=：]\s*(?P<d>.+)$", re.I
)
_FEED_WRITER = re.compile(
    r"^(?:dc:creator|creator|author)\s*[:=：]\s*(?P<who>[가-힣]{2,4})(?:\s*(?:기자|특파원))?"
    r"(?:\s*[(<]?\S+@\S+?[)>]?)?$",
    re.I,
)
_ISSUE_NUMBER = re.compile(
    r"^(?:[가-힣A-Za-z]{2,12}\s+)?(?:제\s*\d{1,5}\s*호|\d{1,5}\s*호|vol\.?\s*\d{1,4}(?:\s*no\.?\s*\d{1,4})?)"
    r"\s*[·|/,]?\s*(?P<d>.+)$",
    re.I,
)
_ISSUED = re.compile(r"\s*(?:발행|발간|출간)(?:일)?$")
_OUTLET_DATED = re.compile(r"^(?P<outlet>[가-힣A-Za-z0-9]{2,12})\s+(?P<d>\d{4}\s*[.\-/년].+)$")
_HEAD = 10  # lines under which an outlet's date line is read
_SHORT = 80


def last_author(lines: list[str]) -> str | None:
    """The reporter an anchor hands over to, else a translator credited
    alone, else the writer a letter's sign-off names (``오늘 레터는 이름
    기자가 썼습니다``, ``— 이름 드림``), a head's plain credit or a blurb at
    the end (``signoffs``)."""
    return (
        introduced_reporter(lines)
        or translator_only(lines)
        or feed_writer(lines)
        or sign_off(lines, "author")
        or plain_credit(lines)
        or sign_off(lines, "author", "after credits")
    )


def last_outlet(lines: list[str]) -> str | None:
    """The outlet a feed's title line, a newsletter's sender line or a
    transcript's programme line, a reporter's sign-off, an anchor's
    hand-over or a brokerage report's head names."""
    return (
        credited_source(lines)[0]  # "출처: 매체 …", "(매체, 날짜)": a wrapper's credited article
        or carried_outlet(lines)
        or sender_outlet(lines)
        or programme_outlet(lines)
        or sign_off(lines, "outlet")  # "지금까지 … YTN 이름입니다."
        or introduced_outlet(lines)  # "[앵커] … JTBC 이름 기자가 전해드립니다."
        or research_firm(lines)  # "증권사 리서치센터 Morning Brief"
        or shared_outlet(lines)  # "📌 매체 | 헤드라인" under a forward, a share's outlet card
    )


def translator_only(lines: list[str]) -> str | None:
    """The translator a piece credits, read where no writer is credited."""
    for line in lines:
        if len(line) <= _SHORT and (m := _TRANSLATED.match(line)):
            who = m.group("who")
            if not NOT_PERSON.match(who):
                return who
    return None


def feed_writer(lines: list[str]) -> str | None:
    """A saved feed item's writer field (``dc:creator: 이름``)."""
    for line in lines:
        if len(line) <= _SHORT and (m := _FEED_WRITER.match(line)):
            if not NOT_PERSON.match(m["who"]):
                return m["who"]
    return None


# "본 기사는 인포맥스 단말기에서 2026년 04월 08일 16시 35분에 서비스된 기사입니다",
# "이 기사는 2025년 3월 4일 작성된 기사입니다": the article's own note of its date
_SERVED = re.compile(
    r"^[※*]?\s*(?:본|이|해당)\s*기사는\s+(?:[^0-9]{0,30}?에서\s+)?(?P<d>\d{4}\s*년\s*\d{1,2}\s*월\s*\d{1,2}\s*일)"
    r"[^.]{0,20}?(?:서비스|송고|출고|게재|작성|보도|발행)된\s*(?:기사|것)"
)


def last_date(lines: list[str]) -> str | None:
    """A feed item's date field, the article's note of its date (``본 기사는
    … 날짜에 서비스된 기사``), a magazine's dated issue line, a print
    page's running head or an outlet's dated line near the top, else None."""
    head = [line for line in lines if line][:_HEAD]
    for line in lines:
        if len(line) <= _SHORT and (m := _FEED_DATE.match(line)) and (found := parse_date(m["d"])):
            return found
        if len(line) <= 120 and (m := _SERVED.match(line)):  # a served, written or sent note
            return parse_date(m["d"])
    for line in head:
        if len(line) > _SHORT:
            continue
        if (m := _ISSUE_NUMBER.match(line)) and (found := _issue_date(m["d"])):
            return found
        if (m := _OUTLET_DATED.match(line)) and _outlet(m["outlet"]) and is_date_field(m["d"]):
            return parse_date(m["d"])
        if running_head(line):  # "34  주간동아 2025. 3. 11  1482호": the issue's date
            return parse_date(line)
        if found := digest_date(line):  # "날짜 · 오늘의 주요 기사 5건 중 2번째"
            return found
    # "■ 날짜 : …", "KBS 뉴스9 2025.04.16 (수) 21:14"; "매체 ’25.3.4(화) 18:20"
    return header_date(lines) or head_stamp_date(lines) or sent_date(lines)


def _issue_date(rest: str) -> str | None:
    """ "2026.03.24 발행" → 2026-03-24: a date, its label after it or none."""
    rest = _ISSUED.sub("", rest.strip())
    return parse_date(rest) if is_date_field(rest) else None


def _outlet(name: str) -> bool:
    return name in known_outlets() or bool(OUTLET_NAME.search(name))
