"""Header lines above a headline that no news outlet's byline states.

* who issued a text that is not an outlet's article: a company's or a
  university's newsroom (``삼성전자 뉴스룸``, ``UNIST 뉴스센터 > 연구성과``,
  ``SK hynix Newsroom | SK하이닉스 뉴스룸``; an English newsroom alone gives way
  to the issuer its release note names: ``본 보도자료는 X가 배포한``), a
  ministry's or an institute's
  press release (``한국전자통신연구원(ETRI) 보도자료``, or the body's name on
  the line above ``보도자료``), a blog (``블로그명 | 반도체 공부 블로그`` with
  ``닉네임 · 2026. 2. 7. 21:14`` under the headline);
* a photo caption above the headline (``[사진] 2026.01.06 … (사진=… 제공)``);
* a headline printed over two lines (the first ends in a connective:
  ``엔비디아 '루빈' 양산 앞두고`` / ``삼성·SK하이닉스 HBM4 공급 경쟁 본격화``),
  also on a page with no blank lines when the byline stands right under it;
  a share's leading pictographs (``📌``) are no part of it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from .dates import is_date_field, parse_date
from .late_credits import TAGGED_RELEASE, issuer_name
from .outlet_domains import known_outlets
from .page_chrome import strip_pictographs
from .sentences import is_statement
from .shared_heads import strip_item_number

_HEAD = 4  # header lines looked at, from the top
NEWSROOM = re.compile(
    r"^[가-힣A-Za-z0-9&.]{2,12}(?:\s[가-힣A-Za-z0-9&.]{1,12})?\s?"
    r"(?:뉴스룸|뉴스센터|미디어센터|홍보센터|news\s?room)$",
    re.I,
)
# "보도자료", "Press Release", "보도참고자료": the kind of text, no headline
# (letter-spaced in a PDF's header: "보 도 자 료", "보 도 참 고 자 료")
_RELEASE_WORD = r"(?:보\s?도\s*(?:참\s?고\s*)?자\s?료|press\s+release)"
_RELEASE_LINE = re.compile(rf"^{_RELEASE_WORD}$", re.I)
# "한국전자통신연구원(ETRI) 보도자료": the issuing body, its abbreviation dropped
_BODY_RELEASE = re.compile(
    rf"^(?P<body>[가-힣A-Za-z0-9·]{{2,20}}(?:\s[가-힣A-Za-z0-9·]{{2,12}})?)"
    rf"(?:\s*\([A-Za-z가-힣]{{2,10}}\))?\s*{_RELEASE_WORD}$",
    re.I,
)
_BODY_NAME = re.compile(r"^[가-힣A-Za-z·]{2,20}(?:\s[가-힣A-Za-z·]{2,12})?$")
# "칩 노트 | 반도체 공부 블로그": a blog's name and its description
_BLOG_HEAD = re.compile(r"^(?P<name>[^|]{2,20}?)\s*\|\s*[^|]{0,30}(?:블로그|blog)$", re.I)
# "닉네임 · 2026. 2. 7. 21:14": a blog post's writer and date
_POSTER = re.compile(r"^(?P<nick>[^\s·|]{2,15})\s+·\s+(?P<date>\d{4}\s*[.\-/].*)$")
# "[사진] …", "<사진> …", a line ending in a photo credit "(사진=엔비디아 제공)"
_CAPTION = re.compile(
    r"^[\[<(]\s*(?:사진|포토\s*설명|사진\s*설명)\s*[\]>)]"
    r"|[(\[]\s*(?:사진|그래픽|이미지|자료\s*사진)\s*[=:：/][^()\[\]]{1,30}[)\]]$"
)
# a headline's first line that cannot end it: a connective or a particle
# ("앞두고", not the nouns "최고", "재고", "광고", "제고" …)
_CONTINUES = re.compile(
    r"[가-힣](?<![최재광창사보신공경원참제잔])고$"
    r"|[가-힣](?:며|면서|지만|는데|려고|도록|위해|의|및|에서|으로|부터)$|[,·]$"
)
_BULLET = re.compile(r"^[-–—·•▶▷※*ㆍ□○■●]")
_TWO_LINE_MAX = 100
_ADNOMINAL = re.compile(r"[가-힣]{2}(?:는|던)$")
_QUOTE_LINE = re.compile(r"^[\"“'‘][^\"“”'‘’]{2,28}[\"”'’]$")
# "이름 기자", a dateline's "베이징=이름 특파원"
_BYLINE_UNDER = re.compile(r"^(?:[가-힣]{2,6}=)?[가-힣]{2,4}\s*(?:기자|특파원|에디터)(?:\s|$)")


@dataclass(frozen=True)
class Issued:
    """What the header lines state: the issuer (newsroom, public body, blog),
    a blog post's writer, and the lines that are no headline."""

    publisher: str | None = None
    author: str | None = None
    blog: bool = False
    header: frozenset[str] = field(default_factory=frozenset)


def issued_by(lines: list[str]) -> Issued:
    """The issuer and the header lines among the first lines of a text."""
    head = [line for line in lines if line][:_HEAD]
    header: set[str] = set()
    issuer: str | None = None
    released = False
    for i, line in enumerate(head):
        after = head[i + 1] if i + 1 < len(head) else ""
        found = _newsroom(line) or _release(line, after, head[i - 1] if i else "")
        if found or _RELEASE_LINE.match(line):
            header.add(line)
            issuer, released = issuer or found, released or not found
    header |= {line for line in lines[:30] if line and _CAPTION.search(line)}
    if blog := next((m for line in head[:2] if (m := _BLOG_HEAD.match(line))), None):
        header.add(blog.group(0))
        poster = next((m for line in lines[:30] if (m := _POSTER.match(line))), None)
        author = poster["nick"] if poster and is_date_field(poster["date"]) else None
        return Issued(blog["name"].strip(), author, True, frozenset(header))
    if issuer and not re.search(r"[가-힣]", issuer):
        # "SK hynix NEWSROOM": the newsroom or the issuer as the text names it in Hangul
        issuer = korean_room(lines) or _distributor(lines) or issuer
    if issuer is None and released:
        issuer = _distributor(lines)  # a bare "보도자료": the note or press office signing it
    return Issued(issuer, None, False, frozenset(header))


# "※ 본 보도자료는 SK하이닉스가 배포한 자료입니다": the release names its issuer
_DISTRIBUTOR = re.compile(
    r"(?:본|이)\s*(?:보도\s*자료|자료|보도문)[는은]\s*(?P<who>[가-힣A-Za-z0-9&]{2,15}?)"
    r"(?:이|가|에서|측이)\s*(?:배포|제공|작성|발표)(?:한|했|하)"
)


# "[SK하이닉스 홍보팀]", "문의: 회사 커뮤니케이션팀": the issuer's press office signs the release
_OFFICE_SIGN = re.compile(
    r"^[\[(<]?\s*(?:(?:문의|연락처|담당)\s*[:：]?\s*)?(?P<who>[A-Za-z]{0,4}[가-힣][가-힣A-Za-z0-9&]{1,14})\s+"
    r"(?:홍보팀|홍보실|홍보부|커뮤니케이션(?:팀|실|담당)|PR팀|대외협력팀)\s*[\])>]?"
    r"(?:\s*[(\[]?\s*(?:[\w.+-]+@[\w.-]+|[\d-]{7,15})\s*[)\]]?)?$"  # its contact
)


def _distributor(lines: list[str]) -> str | None:
    """The issuer a release names in its own note, else the press office
    signing it, for a newsroom whose masthead prints only an English name."""
    if found := next((m["who"] for line in lines if (m := _DISTRIBUTOR.search(line))), None):
        return found
    return next((m["who"] for line in lines if (m := _OFFICE_SIGN.match(line.strip()))), None)


def korean_room(texts: Iterable[str]) -> str | None:
    """The Korean newsroom name a page prints alone or as a line's first
    field ("SK하이닉스 뉴스룸", "삼성전자 뉴스룸 | 이용 안내"): an English-named
    newsroom is reported by it, the Korean form where both are printed."""
    for text in texts:
        first = re.split(r"\s*\|\s*", text, maxsplit=1)[0]
        if re.search(r"[가-힣]", first) and NEWSROOM.match(first) and not is_statement(first):
            return first
    return None


def issuer_publisher(issued: Issued, found: str | None) -> str | None:
    """The publisher once the header is read (:func:`_issuer`), without an
    acronym's cut bracket or a press office's word (``late_credits``)."""
    return issuer_name(_issuer(issued, found))


def _issuer(issued: Issued, found: str | None) -> str | None:
    """A blog is its own name; a newsroom or public body wins over nothing
    or over its own company's name (``삼성전자`` → ``삼성전자 뉴스룸``)."""
    if issued.publisher is None:
        return found
    if issued.blog or found is None:
        return issued.publisher
    if re.search(r"[가-힣]", issued.publisher) and not re.search(r"[가-힣]", found):
        return issued.publisher  # "ⓒ SK hynix Inc." under a Korean issuer: the Korean form
    return issued.publisher if issued.publisher.casefold().startswith(found.casefold()) else found


def _newsroom(line: str) -> str | None:
    """The newsroom a header line names, in Korean where both are printed
    ("SK hynix Newsroom | SK하이닉스 뉴스룸"); a section after ">" is dropped."""
    parts = [p.strip() for p in re.split(r"\s*[|>›»]\s*", line) if p.strip()]
    # "JTBC 뉴스룸": a listed outlet's news programme, no company's newsroom
    rooms = [p for p in parts if NEWSROOM.match(p) and p.split()[0] not in known_outlets()]
    if not rooms or not NEWSROOM.match(parts[0]) or any(len(p) > 20 for p in parts):
        return None
    return next((r for r in rooms if re.search(r"[가-힣]", r)), rooms[0])


def _release(line: str, after: str, before: str) -> str | None:
    """The body issuing a press release: "기관(ABBR) 보도자료", a body's name
    on the line above "보도자료", or under it with the release's date next
    ("보도자료" / "과학기술정보통신부" / "보도시점 … | 배포 2026. 4. 9.")."""
    if m := _BODY_RELEASE.match(line) or TAGGED_RELEASE.match(line):
        return m.group("body")  # "[보도자료] 회사 (English Name)": late_credits
    if not _BODY_NAME.match(line) or is_statement(line):
        return None
    dated = _RELEASE_LINE.match(before) is not None and parse_date(after) is not None
    return _korean_body(line) if _RELEASE_LINE.match(after) or dated else None


# "ETRI 한국전자통신연구원", "한국전자통신연구원 ETRI": a body's acronym beside its name
_ACRONYM_PAIR = re.compile(
    r"^(?:[A-Z]{2,6}\s+(?P<a>[가-힣]{4,20})|(?P<b>[가-힣]{4,20})\s+[A-Z]{2,6})$"
)


def _korean_body(name: str) -> str:
    """A release's body by its Korean name where its header prints the
    acronym beside it, as "기관(ABBR) 보도자료" is read without "(ABBR)"."""
    m = _ACRONYM_PAIR.match(name)
    return (m["a"] or m["b"]) if m else name


def two_line_title(lines: list[str], title: str) -> str:
    """The headline as the page prints it: joined with its second line when
    it runs on (:func:`_joined_title`), without the pictographs a share put
    before it (``📌 헤드라인``)."""
    return strip_item_number(strip_pictographs(_joined_title(lines, title)))


def _joined_title(lines: list[str], title: str) -> str:
    """The headline joined with its second line when it runs on: the two
    lines stand together between blank lines in a text that separates its
    blocks by blank lines, the first ends in a connective or particle, the
    second is no bullet, byline, date or sentence; a second line opening with
    an ellipsis continues any first one, joined without a space."""
    if title not in lines:
        return title
    i = lines.index(title)
    nxt = lines[i + 1] if i + 1 < len(lines) else ""
    # a page with no blank lines (an OCR'd page): the byline right under the two lines,
    # the first ending in a connective or a verb's adnominal form ("맞서는")
    bylined = i + 2 < len(lines) and _BYLINE_UNDER.search(lines[i + 2]) is not None
    # a second deck opens with an ellipsis ("…中 AI칩 자립 속도")
    carried = nxt.startswith(("…", "..."))
    # a second line that is only a quote ("냉각이 곧 경쟁력"), as headlines end
    quoted = _QUOTE_LINE.match(nxt) is not None and not _QUOTE_LINE.match(title)
    if not (
        _CONTINUES.search(title) or carried or quoted or (bylined and _ADNOMINAL.search(title))
    ):
        return title
    fenced = (i == 0 or not lines[i - 1]) and (i + 2 >= len(lines) or not lines[i + 2])
    fenced = (fenced and lines.count("") >= 3) or bylined
    if not nxt or not fenced or _BULLET.match(nxt) or is_statement(nxt):
        return title
    if parse_like_metadata(nxt) or len(title) + len(nxt) + 1 > _TWO_LINE_MAX:
        return title
    return f"{title}{nxt}" if carried else f"{title} {nxt}"


def parse_like_metadata(line: str) -> bool:
    """A line that carries a date or a byline's role word, no headline."""
    return is_date_field(line) or re.search(r"기자|특파원|입력|승인|등록|@", line) is not None
