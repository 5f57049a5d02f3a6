"""Publishers of odd pages: what a shared, pasted or clipped page prints
where an outlet's name would stand but that names no outlet (issue 13,
session 17, branch r18fix40, dev44/dev46).

* :func:`page_head`: a page's first line read for a masthead, unless it is
  a portal's name (``Daum 뉴스``, ``다음 뉴스 > IT``) or a messenger's
  channel (``#ai-news``, ``# 반도체-공유``): neither is the outlet.
* :func:`site_named`: the outlet a line's mail or url host names, or a
  link preview's bare domain line (``www.example.co.kr``).
* :func:`outlet_field`: the outlet slot of a byline or credit line, without
  what is no name: a reading-time note (``읽는 시간 약 3분``, ``5 min
  read``), an e-mail address, a print page's position (``매체 · B3면 2단``).
* :func:`unquoted`: a markdown or mail quote's ``>`` marks before a credit.
* :func:`cast_line`: a programme's cast field (``대담 : 이름 소속 직함``,
  ``진행 : 이름 앵커``) names a guest or host, never the page's writer or
  outlet; a reporter appearing (``출연 : 이름 매체 기자``) stays a credit.
* :func:`mailed_credit`: two or three reporters each with an address
  (``이름 기자 a@x.kr 이름 기자 b@x.kr``: the writers, no outlet) and a
  clip's source line with the writer before the date (``출처: 매체 · 이름
  기자 · 날짜``).
* :func:`research_head`: a brokerage report's head (``미래에셋증권
  리서치센터 Daily``) names its firm, read where nothing else names one.
"""

from __future__ import annotations

import re

from .dates import is_date_field, parse_date
from .odd_pages import portal_path
from .outlet_domains import outlet_in_text, outlet_of_host
from .page_chrome import domain_line

# "#ai-infra-news", "#반도체_스터디": a messenger's channel name alone
_CHANNEL = re.compile(r"^#[0-9A-Za-z가-힣][0-9A-Za-z가-힣_.-]{1,40}$")
# "읽는 시간 약 2분", "3분 읽기", "5 min read", "읽기 4분"
_READING_TIME = re.compile(
    r"(?:읽는\s*시간|읽기|소요\s*시간|reading\s*time)\s*[:：]?\s*약?\s*\d+\s*분"
    r"|\d+\s*분\s*(?:읽기|분량|소요)|\d+\s*min(?:ute)?s?\s*read",
    re.I,
)
# "A12면 1단", "12면", "B3면 2단", "지면 A8": a print page's position
_PAGE_POSITION = re.compile(
    r"^(?:지면\s*)?[A-Z]?\d{1,2}\s*면(?:\s*\d\s*단)?$|^지면\s*[A-Z]?\d{1,2}$"
)
_FIELD_SPLIT = re.compile(r"\s*[·|]\s*")
# "> 출처: …", ">> 이름 기자": a quote's marks
_QUOTE_MARKS = re.compile(r"^(?:>\s*)+")
# "대담 : 이름 소속 직함", "◇ 진행: 이름 앵커": a programme's cast field
_CAST = re.compile(r"^[■□▶◆◇•-]?\s*(?:대담|진행|출연|패널|게스트|사회)\s*[:：]")
_REPORTER = re.compile(r"(?:기자|특파원)\b|기자$")
_MAIL = r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
# "이름 기자 a@x.kr 이름 기자 b@x.kr": each reporter with an address
_MAILED_REPORTER = re.compile(rf"(?P<name>[가-힣]{{2,4}})\s*(?:기자|특파원)\s+{_MAIL}")
_MAILED_PAIR = re.compile(rf"^(?:[가-힣]{{2,4}}\s*(?:기자|특파원)\s+{_MAIL}\s*){{2,3}}$")
# "출처: 매체 · 이름 기자 · 2025-04-10 06:30"
_SOURCE_FIRST = re.compile(
    r"^(?:출처|source)\s*[:：]\s*(?P<outlet>[^·|]{2,20}?)\s*[·|]\s*"
    r"(?P<name>[가-힣]{2,4})\s*(?:기자|특파원)\s*[·|]\s*(?P<rest>[^·|]+)$",
    re.I,
)
# "키움증권 리서치센터  Morning Brief", "한화투자증권 리서치본부 | 데일리"
_RESEARCH_HEAD = re.compile(
    r"^(?P<firm>[가-힣A-Za-z]{1,10}(?:금융)?(?:투자증권|증권|금융투자))\s*"
    r"(?:리서치\s*(?:센터|본부|팀)?|Research(?:\s+Center)?|투자전략팀)(?:\s|$|[|·:])"
)


def page_head(line: str | None) -> str | None:
    """``line`` unless it is a portal's name or path or a messenger's
    channel (module doc)."""
    if line is None or portal_path(line) or _CHANNEL.match(line):
        return None
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
    fields = [f for f in _FIELD_SPLIT.split(outlet) if f]
    kept = [f for f in fields if not _PAGE_POSITION.match(f)]
    return outlet if kept == fields else (" · ".join(kept) or None)


def unquoted(line: str) -> str:
    """``line`` without a markdown or mail quote's leading ``>`` marks."""
    return _QUOTE_MARKS.sub("", line) if line.startswith(">") else line


def cast_line(line: str) -> bool:
    """A programme's cast field naming a guest or host, no reporter."""
    return _CAST.match(line) is not None and _REPORTER.search(line) is None


def mailed_credit(line: str) -> tuple[str, str | None, str | None] | None:
    """(author, outlet, date) of the two credit forms :func:`mailed_credit`
    reads (module doc), else None."""
    if _MAILED_PAIR.match(line):
        return "·".join(m["name"] for m in _MAILED_REPORTER.finditer(line)), None, None
    if (m := _SOURCE_FIRST.match(line)) and is_date_field(m["rest"].strip()):
        return m["name"], m["outlet"].strip(), parse_date(m["rest"])
    return None


def research_head(lines: list[str]) -> str | None:
    """The brokerage firm a report's head names among the first lines."""
    for line in [line for line in lines if line][:3]:
        if len(line) <= 60 and (m := _RESEARCH_HEAD.match(line)):
            return m["firm"]
    return None
