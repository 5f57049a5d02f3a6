"""Credit, source and issuer lines of session 17's sealed sets (issue 13,
r18fix44):

* ``Analyst 이름 02-… / RA 이름``: a brokerage note's analyst with a phone
  and the research assistant after a slash (the analyst writes), a sector
  before the role too (``반도체 Analyst 이름 mail``);
* ``이름 선임연구원 (부서)``: a research note's writer by a researcher's rank,
  alone on a line;
* ``이름 2026년 11월 28일 토요일``: a byline that is only a name and the date;
  ``이름 (닉네임) 2026-01-12 15:42:10``: a name, the nickname in brackets (no
  part of the name) and the date;
  ``26.11.22 17:45 l 최종 업데이트 … l 이름(id)``: a dated header ending in the
  writer and a handle or a mail (``이름(mail)``, ``이름 기자(mail)``; a bar drawn
  as ``l``);
* ``[930 뉴스] 2026년 3월 13일 오전 9시 30분``, ``YTN 뉴스 대본 | 2026.03.09
  오후 5시 뉴스``: a programme's tag over the broadcast date;
* ``출처: 매체 2026.04.29 (원문 링크는 댓글에)``, ``원문: Reuters, Feb 2, 2026`` (a
  translation's original): a repost's source line — the
  credited outlet and the article's date, not the repost's own post date;
  ``매체 기사 퍼왔습니다``: a community repost naming the outlet; in a repost
  (``출처 : 매체 https://…``, ``기사 퍼왔습니다`` with no source, ``[펌]``) the
  poster's header line (``글쓴이: 닉네임 | …``, ``닉네임 | 날짜 | 조회 N``)
  credits no writer, no outlet and not the article's date;
* ``[보도자료] 회사 (English Name)``: a release's tag before its issuer;
* ``기관(ABBR``: an outlet slot cut inside the bracket of its acronym, and
  ``기관 공보관실``: an issuer's press office is the issuer, as a desk is its
  outlet (``증권사 리서치센터`` → the firm); ``YTN 라디오``: the broadcaster.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .byline_words import MAIL, NOT_PERSON, OUTLET_NAME, PLACE, SECTION_WORD
from .chrome_fields import POST_COUNTER, chrome_field
from .dates import DATE_LABEL, is_date_field, parse_date
from .outlet_domains import known_outlets, korean_name

# "Analyst 방준혁 02-3787-0000 / RA 신예린"
_ANALYST = re.compile(  # a sector before the role: "반도체 Analyst 이름 mail"
    rf"^(?:[가-힣A-Za-z/·&]{{1,10}}\s+)?(?:Analyst|애널리스트)\s*[:：]?\s*(?P<name>[가-힣]{{2,4}})(?:\s+{MAIL})?"
    r"(?:\s+\(?[\d-]{7,15}\)?)?"
    r"(?:\s*[/|·,]\s*(?:RA|Research\s+Assistant|연구보조원)\s*[:：]?\s*[가-힣]{2,4})?$",
    re.I,
)
# "염소윤 선임연구원 (AI정책연구실)"
_RESEARCHER = re.compile(
    r"^(?P<name>[가-힣]{3})\s+(?:선임|책임|수석|전문|부|초빙)?연구(?:원|위원)"
    r"(?:\s*[(\[][^()\[\]]{2,20}[)\]])?$"
)
# "권태식 2026년 11월 28일 토요일"
# (a day alone: "이름 2026-10-23 오전 10:41" is a chat message's sender and time)
_NAME_DATED = re.compile(
    r"^(?P<name>[가-힣]{2,4})\s+(?P<d>\d{4}\s*(?:년|[.\-/])[\d\s.\-/월일]+"
    r"(?:\s*\(?[월화수목금토일](?:요일)?\)?)?)$"
)
# "박세린 (세린) 2026-01-12 15:42:10": a game site's byline, the writer's name, the
# nickname they write under in brackets, then the date and time (dev117); the
# nickname is no part of the name
_NICKNAMED = re.compile(
    r"^(?P<name>[가-힣]{2,4})\s?\((?P<nick>[가-힣A-Za-z0-9_]{1,12})\)\s+"
    r"(?P<d>\d{4}\s*[.\-/]\s*\d{1,2}\s*[.\-/]\s*\d{1,2}\.?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?)$"
)
# "[930 뉴스] 2026년 3월 13일 오전 9시 30분"
# "YTN 뉴스 대본 | 2026.03.09 오후 5시 뉴스": a script's head, its tag before a bar
_PROGRAMME_DATED = re.compile(
    r"^(?:[\[<【](?P<tag>[^\]>】]{1,20})[\]>】]\s*(?:(?:방송일시?|방송\s*날짜|일시)\s*[:：]?\s*)?"
    r"|(?P<show>[^|\[\]]{0,15}(?:대본|스크립트|원고|녹취록?)[^|\[\]]{0,6})\s*[|ㅣ]\s*)"
    r"(?P<d>\d{4}\s*(?:년|[.\-/])[^|]+)$"
)
# "26.11.22 17:45 l 최종 업데이트 26.11.22 17:45 l 한승우(hswoo)": a dated
# header (bars drawn as "l" too) whose last field is the writer and a handle
_FIELD_BAR = re.compile(r"\s+[l|ㅣ]\s+")
_HANDLED = re.compile(  # or a mail in the brackets, a role before them: "이름 기자(mail)"
    r"^(?:(?:글|기고|필자)\s*[:：=]\s*)?(?P<name>[가-힣]{2,4})(?:\s*(?:시민)?기자)?"
    rf"\s*\((?:[A-Za-z][A-Za-z0-9_.]{{1,19}}|{MAIL})\)$"
)
_STAMP = re.compile(r"^(?:\d{2}|\d{4})[.\-/]\d{1,2}[.\-/]\d{1,2}\.?(?:\s+\d{1,2}:\d{2})?$")
_CREDIT = re.compile(r"기자|특파원|에디터|통신원|[=/@]")  # "[매체 이름 기자] 날짜": a byline
_REMARK = re.compile(r"\s*[(\[][^()\[\]]{1,40}[)\]]$")
# "출처: 매일경제 2026.04.29", "출처: 뉴시스 | 이름 기자 | 등록 2026.01.23 14:50",
# "대외협력실 스크랩 ― 서울신문 2026년 3월 2일 월요일 16면": any wrapper's source line
_SOURCE = re.compile(
    r"^(?:출처|원문(?:\s*출처)?|원\s*기사|source|original|(?:[가-힣]{1,10}\s*)?(?:스크랩|클리핑)|clipping)"
    r"\s*[:：―—–-]\s*"
    r"(?P<outlet>[가-힣A-Za-z0-9]{2,15})\s*[·|,]?\s*(?P<d>.+)$",
    re.I,
)
# "▌ 이번 주의 기사 (비즈워치, 2026년 1월 27일)": a letter's quoted article
_QUOTED = re.compile(
    r"[(\[](?P<outlet>[가-힣A-Za-z0-9]{2,15})\s*,\s*(?P<d>\d{4}\s*(?:년|[.\-/])[^()\[\]]+)[)\]]$"
)
# "지디넷코리아 기사 퍼왔습니다", "매체 기사 펌"
_REPOSTED = re.compile(
    r"^(?P<outlet>[가-힣A-Za-z0-9]{2,15})\s*(?:기사|뉴스|보도)\s*(?:를\s*|입니다\s*)?"
    r"(?:퍼왔|퍼\s*왔|펌|가져왔|옮겨왔|스크랩)"
)
_HEAD = 15
_LINK = re.compile(r"^(?:https?://|www\.)\S+$", re.I)
# "어디서 본 기사 퍼왔습니다", "[펌] 헤드라인", "… (펌)": a repost, its source named or not
_REPOST_NOTE = re.compile(
    r"(?:기사|뉴스|글)\S{0,3}\s*(?:퍼왔|퍼\s*왔|가져왔|옮겨왔)|^[\[(]\s*펌\s*[\])]|[\[(]\s*펌\s*[\])]$"
)
# "닉네임 | 2026-03-09 13:22 | 조회 1,204": a post's header by its counter field
_COUNTED = re.compile(rf"(?:^|[|·]\s*){POST_COUNTER}\s*(?:$|[|·])")
_DESK = ("팀", "부", "실", "국")  # "애널리스트 유통팀 …": a desk, no writer
# "글쓴이: 닉네임 | 조회 …", "작성자 닉네임 · 날짜": a post's header, its poster
_POSTER = re.compile(r"^(?:글쓴이|작성자|게시자|posted\s+by)\s*[:：]?\s*\S", re.I)
# "[보도자료] 리벨리온 (Rebellions Inc.)"
TAGGED_RELEASE = re.compile(
    r"^[\[<【]\s*(?:보도\s*자료|보도\s*참고\s*자료|press\s+release)\s*[\]>】]\s*"
    r"(?P<body>[가-힣A-Za-z0-9·&]{2,20})(?:\s*\([A-Za-z][A-Za-z0-9&.,\s-]{1,40}\))?$",
    re.I,
)
# "소프트웨어정책연구소(SPRi", "한국전자통신연구원 (ETRI)": the acronym's bracket
_ACRONYM = re.compile(r"(?<=[가-힣])\s*\([A-Za-z][A-Za-z0-9&.\s-]{0,30}\)?$")
# "YTN 라디오", "KBS 뉴스9", "MBC 뉴스데스크", "SBS 8뉴스": a broadcaster, then its programme
_RADIO = re.compile(
    r"^(?P<body>[가-힣A-Za-z]{2,10})\s+(?:[가-힣A-Za-z0-9]{0,6}(?:라디오|뉴스|News|데스크|투데이|광장)"
    r"[가-힣A-Za-z0-9]{0,6}|[가-힣]{0,4}\d{1,3}\s*(?:시|분)?\s*[가-힣]{0,6})$"
)
# "대법원 공보관실", "기관 홍보실": the issuer's press office
_OFFICE = re.compile(
    r"^(?P<body>[가-힣A-Za-z0-9·]{2,20})\s*(?:공보관실|공보실|홍보실|대변인실|홍보담당관실|홍보담당관)$"
)


def shape_credit(line: str) -> tuple[str | None, str | None, str | None] | None:
    """(author, outlet, date) of a credit line of the kinds above, else None."""
    if len(line) > 80:
        return None
    if (m := _ANALYST.match(line) or _RESEARCHER.match(line)) and _person(m["name"]):
        return None if m["name"].endswith(_DESK) else (m["name"], None, None)
    if (m := _NAME_DATED.match(line)) and _person(m["name"]) and is_date_field(m["d"]):
        if re.search(DATE_LABEL, m["name"]) or re.match(DATE_LABEL, line):
            return None  # "배포일 2026. 4. 3.(금)": a date's label, no name
        return m["name"], None, parse_date(m["d"])
    if (m := _NICKNAMED.match(line)) and _person(m["name"]):
        return m["name"], None, parse_date(m["d"])
    fields = _FIELD_BAR.split(line)
    if len(fields) > 1 and (m := _HANDLED.match(fields[-1])) and _STAMP.match(fields[0]):
        return (m["name"], None, parse_date(fields[0])) if _person(m["name"]) else None
    if (
        (m := _PROGRAMME_DATED.match(line))
        and is_date_field(m["d"])
        and not _CREDIT.search(m["tag"] or m["show"])
    ):
        return None, None, parse_date(m["d"])
    return None


def credited_source(lines: list[str]) -> tuple[str | None, str | None]:
    """(outlet, date) a repost credits: a dated source line, else a notice
    naming the outlet whose article was reposted."""
    return _credited(tuple(lines))


# the source label _SOURCE opens with, tested before the line's remark is cut
_SOURCE_START = re.compile(
    r"\s*(?:출처|원문|원\s*기사|source|original|clipping|[가-힣]{0,10}\s*(?:스크랩|클리핑))", re.I
)


@lru_cache(maxsize=8)  # one article asks three times (clean, metadata, last_fields)
def _credited(lines: tuple[str, ...]) -> tuple[str | None, str | None]:
    for line in lines:
        if len(line) > 80:
            continue
        if line.rstrip().endswith((")", "]")) and (m := _QUOTED.search(line.strip())):
            if _outlet(m["outlet"]) and is_date_field(m["d"]):  # "… (매체, 2026년 1월 27일)"
                return m["outlet"], parse_date(m["d"])
        if not _SOURCE_START.match(line):
            continue
        if (m := _SOURCE.match(_REMARK.sub("", line.strip()))) and _outlet(m["outlet"]):
            if is_date_field(m["d"]) or _CREDIT.search(m["d"]):  # a date, a reporter's credit
                return korean_name(m["outlet"]) or m["outlet"], parse_date(m["d"])
            if _LINK.match(m["d"]):  # "출처 : 매체 https://…": the outlet, no date
                return m["outlet"], None
    for line in [line for line in lines if line][:_HEAD]:
        if (m := _REPOSTED.match(line)) and _outlet(m["outlet"]):
            return m["outlet"], None
    return None, None


def repost_free(lines: list[str]) -> list[str]:
    """The lines with a post's header blanked where the post reposts an
    article, its outlet credited or not: the poster is no author (the
    reporter is), no outlet, and the post's date is not the article's."""
    if credited_source(lines)[0] is None and not _reposts(lines):
        return lines
    return ["" if len(line) <= 80 and _post_head(line) else line for line in lines]


def _reposts(lines: list[str]) -> bool:
    return any(_REPOST_NOTE.search(line) for line in [ln for ln in lines if ln][:_HEAD])


def _post_head(line: str) -> bool:
    if _POSTER.match(line) or ("|" in line and _COUNTED.search(line)):
        return True
    fields = re.split(r"\s+[|·]\s+", line)  # "날짜 | 이웃추가", "이름님이 글을 썼습니다 · 날짜"
    return len(fields) > 1 and any(parse_date(f) for f in fields) and any(map(chrome_field, fields))


def own_holder(holder: str | None, lines: list[str]) -> str | None:
    """``holder`` unless the page credits another outlet's article: then the
    copyright line is the wrapper's (a letter's ``ⓒ 이름``, a blog's)."""
    credited = credited_source(lines)[0] if holder else None
    return None if credited and credited != holder else holder


def reposted(lines: list[str]) -> str | None:
    """The article's date a repost's source line states, else None."""
    return credited_source(lines)[1]


def issuer_name(name: str | None) -> str | None:
    """``name`` without an acronym's bracket cut open or a press office's word."""
    if name is None:
        return None
    name = _ACRONYM.sub("", name) or name
    # "YTN 라디오", "KBS 뉴스9": the broadcaster (316, dev34 t07, dev40 p09, dev53 a17)
    m = _RADIO.match(name)
    if m and m["body"] in known_outlets() and name not in known_outlets():
        return m["body"]
    return m["body"] if (m := _OFFICE.match(name)) else name


def _outlet(name: str) -> bool:
    listed = name in known_outlets() or korean_name(name) is not None  # "Reuters"
    return listed or OUTLET_NAME.search(name) is not None


def _person(name: str) -> bool:
    if PLACE.match(name) or SECTION_WORD.match(name) or NOT_PERSON.match(name):
        return False
    return not _outlet(name)
