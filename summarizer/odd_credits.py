"""Credits and heads of odd pages (issue 13, session 16 second round, dev42/dev43).

Lines no byline rule read, each naming the writer (and the outlet) in its own way:

* a brokerage report's analyst (:func:`odd_credit`): ``키움증권 | 애널리스트 이름 |
  2026.02.26``, ``미래에셋증권 이름 / 작성일 …`` — the firm is the publisher, the
  analyst the author;
* a byline with the outlet between the name and the role (``이름 매체 기자 승인
  …``, a sign-off ``이름 매체 기자 mail`` at the bottom): the writer only, the
  outlet being the reporter's, not always the page's;
* an aggregator's source line (``출처: 매체 · 2026. 2. 18. · 이름 기자``);
* a photo-and-text credit (``글·사진 이름``, ``사진·글 이름``) and a name with a
  senior title alone on its line (``이름 전문위원``);
* a letter's sender with the letter in brackets (``보낸 사람: 이름 (레터 편집장)``).

And the heads of magazine and column pages (:func:`head_outlet`,
:func:`head_date`): ``광주일보 오피니언``, ``시사IN 제958호 | 경제``, ``이코노미스트 |
산업 | 제1328호 (2026.02.23)`` name the outlet (never the issue number) and the
issue's date.
"""

from __future__ import annotations

import re

from .byline_words import NOT_OUTLET, NOT_PERSON, OUTLET_NAME, PLACE, SECTION_WORD
from .dates import is_date_field, parse_date
from .odd_pages import portal_path
from .outlet_domains import known_outlets
from .page_chrome import masthead_section

_NAME = r"(?P<name>[가-힣]{2,4})"
_FIRM = r"(?P<firm>[가-힣A-Za-z]{1,10}(?:금융)?(?:투자증권|증권|리서치|자산운용|금융투자))"
_ANALYST = r"(?:수석\s*)?(?:애널리스트|연구원|이코노미스트|전략가)"
_SEP = r"\s*[|/·,]\s*"
# "키움증권 | 애널리스트 이름 | 2026.02.26", "미래에셋증권 이름 / 작성일 2026.01.08"
_REPORT = re.compile(
    rf"^{_FIRM}(?:{_SEP}|\s+)(?:{_ANALYST}\s+)?{_NAME}(?:\s+{_ANALYST})?{_SEP}(?P<rest>.+)$"
)
_DATE_LABEL = re.compile(r"^(?:작성일|발간일|발행일|게재일|날짜|일자)\s*[:：]?\s*")
# "이름 매체 기자 승인 2026.02.25 09:00"; at the bottom "이름 매체 기자 mail", a
# magazine's also after a slash ("/ 이름 매체 기자 mail")
_OUTLET_BETWEEN = re.compile(
    rf"^(?:[/／]\s*)?{_NAME}\s+(?P<outlet>[가-힣A-Za-z0-9]{{2,12}})\s+(?:기자|특파원|선임기자|전문기자)"
    r"(?:\s*[|·]?\s*(?:승인|입력|등록|기사입력|게재)\s*[:：]?\s*(?P<rest>\d.*)"
    r"|\s*[(\[<]?\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*[)\]>]?)?$"
)
# "매체 · 이름 기자 · 2025년 11월 4일": a reader view's credit line (dev40 p04)
_READER = re.compile(
    rf"^(?P<outlet>[가-힣A-Za-z0-9]{{2,12}})\s*[·|]\s*{_NAME}\s*(?:기자|특파원|선임기자|에디터)"
    r"\s*[·|]\s*(?P<rest>\d.*)$"
)
# "■ 출연 : 이름 매체 기자": the reporter a radio transcript puts on air (dev40 p09)
_ON_AIR = re.compile(
    rf"^[■□▶◆◇]\s*출연\s*[:：]\s*{_NAME}\s+(?:[가-힣A-Za-z0-9]{{2,12}}\s+)?(?:기자|특파원)$"
)
# "출처: 매체 · 2026. 2. 18. · 이름 기자"
_SOURCE = re.compile(
    rf"^(?:출처|source)\s*[:：]\s*(?P<outlet>[^·|]{{2,20}}?)\s*[·|]\s*(?P<rest>[^·|]+?)\s*[·|]\s*"
    rf"{_NAME}\s*(?:기자|특파원)$",
    re.I,
)
# "글·사진 이름", "사진·글 = 이름"
_WORDS_AND_PICTURES = re.compile(
    rf"^(?:글\s*[·ㆍ,/]\s*(?:사진|그림)|(?:사진|그림)\s*[·ㆍ,/]\s*글)\s*[=:：]?\s*{_NAME}$"
)
# "이름 전문위원": a senior title the byline rules do not know, alone on its line
_TITLED = re.compile(rf"^{_NAME}\s+(?:전문위원|대기자|기자\s*겸\s*[가-힣]{{2,6}})$")
# "보낸 사람: 이름 (레터 편집장)"
_SENDER = re.compile(
    rf"^(?:보낸\s*사람|보내는\s*사람|발신인|from)\s*[:：]\s*{_NAME}\s*\(\s*"
    r"(?P<outlet>[가-힣A-Za-z0-9 ]{2,16}?)\s+(?:편집장|발행인|에디터|대표)\s*\)$",
    re.I,
)
_HEAD = 12  # lines read for a head's credit


def odd_credit(line: str) -> tuple[str, str | None, str | None] | None:
    """(author, outlet, date) of a credit line no byline rule reads, else None."""
    if len(line) > 80:
        return None
    if (m := _REPORT.match(line)) and _person(m["name"]):
        rest = _DATE_LABEL.sub("", m["rest"].split("|")[0].strip())
        if is_date_field(rest):
            return m["name"], m["firm"], parse_date(rest)
    if (m := _OUTLET_BETWEEN.match(line)) and _person(m["name"]) and _outlet(m["outlet"]):
        # the reporter's own outlet, not always the page's ("이름 동아사이언스 기자"
        # in a 동아일보 article): the writer only
        return m["name"], None, parse_date(m["rest"]) if m["rest"] else None
    if (m := _ON_AIR.match(line)) and _person(m["name"]):
        return m["name"], None, None  # the host (진행) is no author
    if (m := _READER.match(line)) and _person(m["name"]) and _outlet(m["outlet"]):
        if is_date_field(m["rest"]):  # the page's outlet: the reader shows one page
            return m["name"], m["outlet"], parse_date(m["rest"])
    if (m := _SOURCE.match(line)) and _person(m["name"]) and is_date_field(m["rest"]):
        return m["name"], m["outlet"].strip(), parse_date(m["rest"])
    if (m := _SENDER.match(line)) and _person(m["name"]):
        return m["name"], None, None  # the letter's name: read last (sender_outlet)
    return None


def sender_outlet(lines: list[str]) -> str | None:
    """The letter a sender's bracket names (``보낸 사람: 이름 (레터 편집장)``)."""
    for line in [line for line in lines if line][:_HEAD]:
        if (m := _SENDER.match(line)) and _person(m["name"]):
            return m["outlet"].strip()
    return None


def plain_credit(lines: list[str]) -> str | None:
    """The writer a head credits with no byline form: ``글·사진 이름``, ``이름 전문위원``."""
    for line in [line for line in lines if line][:_HEAD]:
        if (m := _WORDS_AND_PICTURES.match(line) or _TITLED.match(line)) and _person(m["name"]):
            return m["name"]
    return None


# "시사IN 제958호 | 경제": a name, its issue number, then section words (a masthead over
# its section alone, "광주일보 오피니언", is page_chrome.masthead_section's; a masthead over
# section and dated issue, "이코노미스트 | 산업 | 제1328호 (2026.02.23)", its running_head)
_ISSUE = re.compile(r"^(?:제\s*)?\d{1,5}\s*호$")


def head_outlet(line: str) -> str | None:
    """The outlet a page's head line names over its section words (and an issue number)."""
    if portal_path(line) or len(line) > 40:  # "다음 뉴스 | IT": a portal
        return None
    if name := masthead_section(line):
        return name
    parts = [p for p in re.split(r"\s*\|\s*|\s+", line.strip()) if p]
    if len(parts) < 3 or not _ISSUE.match(parts[1]) or not _named(parts[0]):
        return None
    return parts[0] if all(SECTION_WORD.match(p) for p in parts[2:]) else None


# "2026년 2월 22일 일요일 아침에 보내드립니다": the day a letter is sent
_SENT = re.compile(
    r"^(?P<d>\d{4}\s*년\s*\d{1,2}\s*월\s*\d{1,2}\s*일|\d{4}[.\-/]\s*\d{1,2}[.\-/]\s*\d{1,2}\.?)"
    r"(?:\s*\(?[월화수목금토일](?:요일)?\)?)?\s*(?:아침|저녁|오전|오후|새벽)?\s*에?\s*"
    r"(?:보내\s*드립니다|보내\s*드려요|보냅니다|발송합니다|발송)[.!]?$"
)


def sent_date(lines: list[str]) -> str | None:
    """The day a letter says it is sent on, near its top."""
    for line in [line for line in lines if line][:_HEAD]:
        if m := _SENT.match(line):
            return parse_date(m["d"])
    return None


def _named(name: str) -> bool:
    """A name, not a section, a place, a desk or a number."""
    words = (NOT_OUTLET, SECTION_WORD, PLACE)
    return 2 <= len(name) <= 12 and not any(rx.match(name) for rx in words) and not name.isdigit()


def _outlet(name: str) -> bool:
    return _named(name) and (name in known_outlets() or bool(OUTLET_NAME.search(name)))


def _person(name: str) -> bool:
    return not (
        NOT_PERSON.match(name)
        or PLACE.match(name)
        or SECTION_WORD.match(name)
        or name in known_outlets()
    )


# a company newsroom's path ("뉴스룸 > 보도자료") and its release's contact line
# ("미디어 문의: 회사 홍보팀"): the company the release names in Hangul
_NEWSROOM_PATH = re.compile(
    r"^(?:뉴스룸|newsroom|미디어\s*센터|홍보\s*센터|pr\s*센터)\s*[>›»/|]\s*(?:보도\s*자료|press\s*releases?)$",
    re.I,
)
_CONTACT = re.compile(
    r"^(?:(?:미디어|언론|보도|홍보)\s*)?문의\s*[:：]\s*(?P<who>[가-힣][가-힣A-Za-z0-9&]{1,14})\s+"
    r"(?:홍보팀|홍보실|커뮤니케이션팀|PR팀|대외협력팀)\b",
    re.I,
)


def newsroom_issuer(publisher: str, lines: list[str]) -> str | None:
    """The company a newsroom release names in Hangul in its contact line,
    where the page's only other name for it is Latin (``© 2026 Company, Inc.``)."""
    if re.search(r"[가-힣]", publisher):
        return None
    head = [line for line in lines if line][:_HEAD]
    if not any(_NEWSROOM_PATH.match(line) for line in head):
        return None
    return next((m["who"] for line in lines if (m := _CONTACT.match(line))), None)
