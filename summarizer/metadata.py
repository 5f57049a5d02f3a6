"""Article metadata stated in the text: title, publisher, author, date, url.

Only what the text states is returned; anything else is ``None``. Nothing is
guessed from the body's prose (a date in a sentence is an event, not the
publication date).
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from functools import lru_cache

from .brand_lines import footer_prints, product_free, span_date_line
from .broadcast import outlet_called
from .by_lines import BY_LINE, by_writers, co_writers
from .byline_outlets import agency_outlet, outlet_tag, service_tag
from .byline_words import OUTLET_NAME, SECTION_WORD
from .bylines import (
    AGENCY_BYLINE,
    AGENCY_TAG,
    BRACKET_BYLINE,
    LEAD_BYLINE,
    LEAD_OUTLET,
    WIRE_DATELINE,
    read_byline,
)
from .columnists import column_author, field_column_author
from .credit_lines import board_name, credit_fields, greeting, tail_signature, wrapper_author
from .dated_credits import outlet_dated
from .dates import (
    DATE_LINE,
    DATE_PART,
    PRINT_EDITION,
    PUBLISHED_LABEL,
    SHORT_STAMP,
    is_date_field,
    parse_date,
    published_on,
)
from .debris import is_debris
from .head_support import supported_title
from .headers import issued_by, issuer_publisher, two_line_title
from .last_fields import last_date, last_outlet
from .late_credits import own_holder, reposted
from .letter_issue import issue_article_date
from .mail import (
    forwarded_body,
    is_mail_header,
    letter_article,
    letter_date,
    letter_sender,
    letter_title,
    mail_title,
)
from .mastheads import brand_form, english_masthead
from .never_heads import carrier_line, dated_headline, head_line, page_lines
from .odd_credits import head_outlet
from .odd_pages import portal_path, programme_line
from .odd_publishers import page_head, site_named
from .outlet_domains import known_outlets, outlet_in_text
from .outlet_names import magazine_named
from .photo_credits import late_writer, rights_holder
from .release_wire import release_wire
from .reprints import byline_outlet, partner_outlet
from .sentences import is_statement
from .signoffs import sign_off
from .site_names import footer_masthead
from .stations import local_station, station_line
from .title_lines import bracket_tag, edge_names, menu_line, series_line, ticker_line
from .title_shape import TITLE_LABEL, headline_like, is_outlet_line, site_suffix
from .wire_leads import outlet_lead
from .wrapper_people import report_head

_SHORT = 80
_URL_LINE = re.compile(
    r"^(?:(?:원문|출처|기사\s*원문|source|url|link)\s*[:：]?\s*)?(https?://\S+)$", re.I
)
_COLUMN_HEAD, _COLUMN_TAIL = 12, 6
# "주간동아 1505호 (p40~41)", "월간 칩 2025년 3월호", "매체 뉴스레터 〈칩톡〉 제87호":
# a magazine's or newsletter's issue line
_ISSUE_LINE = re.compile(
    r"^(?P<outlet>(?:(?:월간|주간|계간|격월간)\s)?[가-힣A-Za-z][가-힣A-Za-z0-9]{1,11})"  # "월간 칩"
    r"(?:\s(?:[〈<《「][^〉>》」]{1,15}[〉>》」]|[가-힣A-Za-z0-9]{1,8})){0,2}\s+"
    r"(?:제\s*)?(?:\d{1,5}|\d{4}년\s*\d{1,2}월)\s*호"
    r"(?:\s*[(\[]?\s*(?:p{1,2}\.?\s*)?\d{1,4}(?:\s*[~\-–]\s*\d{1,4})?\s*(?:쪽|면)?\s*[)\]]?)?$",
    re.I,
)
# "칩레터 Weekly · Vol.47", "매체 뉴스레터 No. 12": a newsletter's or magazine's issue
# line ("삼성 파운드리 No.1" is a headline)
_VOLUME_LINE = re.compile(
    r"^(?P<outlet>[가-힣A-Za-z][가-힣A-Za-z0-9]{1,11})(?:\s+[가-힣A-Za-z]{2,10}){0,2}\s*[·|/,\-]?\s*"
    r"(?:vol\.?\s*\d{1,4}|no\.?\s*\d{2,4})(?:\s*[·|/,]?\s*(?:no\.?\s*\d{1,4}|\d{4}[.\-/]\d{1,2}(?:[.\-/]\d{1,2})?))?$",
    re.I,
)
# "[넥스트칩 매거진] 커버스토리": an outlet's tag over a section word
_TAGGED_SECTION = re.compile(r"^[\[【]([^\]】]{2,20})[\]】]\s*(\S.{0,11})$")
# a full stop, "!" or "?" inside a line, not an ellipsis ("온다는데... 전력은")
_SECTION_LABEL = 6  # "국제", "시사, 경영": a section label, not a headline
# the marks that join section words: "반도체ㆍ디스플레이", "IT·과학", "전자/가전"
_JOINED_SECTIONS = re.compile(r"\s*[ㆍ·・/&+,]\s*")
_TITLE_WINDOW = 12  # lines searched for the headline (menus and labels passed over)
# "글로벌 | 반도체", "매체 > 반도체", "홈 > 산업 > IT": a section path
# "KBS 뉴스9", "SBS 8뉴스", "JTBC 뉴스룸": a broadcaster's programme line
_PROGRAMME = re.compile(
    r"^(?P<outlet>[A-Z]{2,5}|\S{2,6})\s*"
    r"(?=\S{0,8}(?:뉴스|news|데스크|룸|모닝|투나잇|라인|\d))[가-힣A-Za-z0-9]{1,8}$",
    re.I,
)
# "테크브리프 · 슈퍼컴퓨팅": words only, no figure, comma or quote of a headline;
# a headline still when a date line follows it ("삼성 · SK 실적 발표")
_MIDDOT_PATH = re.compile(
    r"^[가-힣A-Za-z&/]{1,12}(?: [가-힣A-Za-z&/]{1,10})?(?:\s+·\s+[가-힣A-Za-z&/ ]{1,12}){1,3}$"
)
# "ELECTRONIX 일렉트로니엑스", "TechWire Korea | 테크와이어코리아": a bilingual masthead
_BILINGUAL = re.compile(
    r"^(?:(?P<latin>[A-Za-z][A-Za-z&.' ]{1,24}?)\s*(?:[|·/]\s*)?(?P<korean>[가-힣]{2,14})"
    r"|(?P<korean2>[가-힣]{2,14})\s*(?:[|·/]\s*)?(?P<latin2>[A-Za-z][A-Za-z&.' ]{1,24}))$"
)
# "뉴스레터", "브리핑": what an outlet sends, never its Korean name
_PRODUCT_WORD = re.compile(r"(?:뉴스)?레터|브리핑|웹진|소식지")
_MASTHEAD_MAX = 40  # "매체 뉴스레터 | 시리즈 #214": an outlet's product line, not a headline
_SECTION_PATH = re.compile(
    r"^[^|>›»]{1,12}(?:(?:\s*[|>›»]|\s+[-–])\s*[^|>›»]{1,12}){1,4}$"
    r"|^[A-Za-z][A-Za-z&/ ]{0,19}(?:\s*[>›»]\s*[A-Za-z][A-Za-z&/ ]{0,19}){1,4}$"  # Home > Tech
)


@dataclass(frozen=True)
class Metadata:
    title: str | None = None
    publisher: str | None = None
    author: str | None = None
    published: str | None = None  # ISO date, YYYY-MM-DD
    url: str | None = None


def strip_byline_prefix(line: str) -> str:
    """Remove a leading "[매체 이름 기자]" or "(서울=매체) 이름 기자 =" byline."""
    line = BRACKET_BYLINE.sub("", line, count=1)
    if (m := LEAD_OUTLET.match(line)) and read_byline(line) is not None:
        line = line[m.end() :]  # "[파이낸셜뉴스] 삼성전자가 …"
    line = AGENCY_BYLINE.sub("", line, count=1)
    line = WIRE_DATELINE.sub("", line, count=1)  # "【베이징 10월16일 신화통신】 …"
    if (m := AGENCY_TAG.match(line)) and agency_outlet(m.group(2)):
        line = line[m.end() :]  # "(타이베이 AFP=연합뉴스) …"
    if led := outlet_lead(line):
        return line[led[1] :]  # "매체 이름 베이징 특파원 = …"
    return LEAD_BYLINE.sub("", line, count=1)


@lru_cache(maxsize=4096)  # asked of each line by several rules (issue 14: ingest CPU)
def is_metadata_line(line: str) -> bool:
    """A line that only carries a byline, a date or a url."""
    if m := (
        BRACKET_BYLINE.match(line)
        or AGENCY_BYLINE.match(line)
        or LEAD_BYLINE.match(line)
        or WIRE_DATELINE.match(line)
        or AGENCY_TAG.match(line)
    ):
        rest = line[m.end() :].strip(" |")
        return not rest or (len(line) <= _SHORT and is_date_field(rest))
    if len(line) > _SHORT:
        return False
    if BY_LINE.match(line) or DATE_LINE.match(line) or _URL_LINE.match(line):
        return True
    if SHORT_STAMP.match(line) or _ISSUE_LINE.match(line) or _VOLUME_LINE.match(line):
        return True
    if span_date_line(line):  # "2026.04.10 발행 · 4월 둘째 주 (4/4~4/10)"
        return True
    if DATE_PART.search(line) or read_byline(line) is not None:
        return True
    return is_date_field(line) or outlet_dated(line) is not None  # "매체입력 2026.04.09 …"


@lru_cache(maxsize=4096)
def is_title_line(line: str, title: str) -> bool:
    """The headline's line, with or without the site's name after it."""
    line = TITLE_LABEL.sub("", line)
    if len(line) >= 8 and (title.startswith(line + " ") or title.endswith(" " + line)):
        return True  # one line of a headline printed over two
    # the site's name is cut off a line's end: only a line that starts with the title
    return line == title or (line.startswith(title) and site_suffix(line)[0] == title)


def _is_section_label(line: str) -> bool:
    return (
        len(line) <= _SECTION_LABEL
        or SECTION_WORD.match(line) is not None  # "Economy", "Technology"
        or _section_words(line)
        or (
            (_SECTION_PATH.match(line) or _MIDDOT_PATH.match(line)) is not None
            and not is_statement(line)
        )
    )


def _section_words(line: str) -> bool:
    """ "반도체ㆍ디스플레이", "IT/과학", "전자&가전": section words joined by a
    mark, a section's label however long, not a headline."""
    parts = _JOINED_SECTIONS.split(line)
    return len(parts) >= 2 and all(SECTION_WORD.match(part) for part in parts)


def _find_title(lines: list[str], outlets: set[str]) -> str | None:
    page = page_lines(lines)  # the outlet's lines too (a ticker over it)
    candidates = [ln for ln in page if ln.casefold() not in outlets]
    for line in candidates[:40]:  # a headline repeated on the page (head, breadcrumb, body)
        if 10 <= len(line) <= 150 and candidates.count(line) >= 2 and not is_metadata_line(line):
            if not (is_debris(line) or carrier_line(line) or re.search(r"[.!?]\s", line)):
                return line
    # menus, section labels and byline lines above the headline are passed over
    for i, line in enumerate(candidates[:_TITLE_WINDOW]):
        if is_debris(line) or is_metadata_line(line):
            continue
        if i == 0 and (_masthead(line) or _masthead_section(line)):
            continue
        if (tag := bracket_tag(line)) and _masthead(tag):
            continue  # "[아이뉴스24]", "[채널A 뉴스A]": the outlet's tag line
        at = page.index(line)
        if _furniture(line, page[at - 1] if at else "", page[at + 1 : at + 4]):
            continue  # a menu, a ticker or a series label
        if greeting(line):  # a newsletter's "구독자님, 안녕하세요." over its headline
            continue
        if i <= 2 and _outlet_product_line(line, outlets, candidates[i + 1 : _TITLE_WINDOW]):
            continue
        if _tagged_section(line):
            continue
        if _is_section_label(line):
            # a short headline is still one when the date line follows it
            follows = candidates[i + 1] if i + 1 < len(candidates) else ""
            dated = is_metadata_line(follows) and parse_date(follows) is not None
            if not (2 <= len(line) and dated and not _SECTION_PATH.match(line)):
                continue
        if headline_like(line):
            return line
        break
    return dated_headline(candidates, headline_like, is_metadata_line)


def _masthead_section(line: str) -> bool:
    """ "Chip Daily | 오늘의 기사 · Business": an outlet's name, a bar, then
    labels one of which is a section word: a masthead over a section, no headline."""
    head, bar, rest = line.partition(" | ")
    if not bar or not is_outlet_line(head.strip()) or len(rest) > 24 or is_statement(rest):
        return False
    return any(SECTION_WORD.match(part) for part in re.split(r"\s*[·|/>›»]\s*", rest.strip()))


def _furniture(line: str, above: str, below: list[str]) -> bool:
    """A menu bar, a carrier's note, a ticker or a series label over the headline."""
    if menu_line(line) or carrier_line(line) or programme_line(line):
        return True  # "YTN 라디오 <프로그램>": a programme line
    if ticker_line(line, [above, *below], _chrome):
        return True
    return series_line(line, below, headline_like, is_metadata_line)


def _chrome(line: str) -> bool:
    """A section path ("YTN 뉴스 > 경제") or a masthead under a line."""
    path = _SECTION_PATH.match(line) is not None and not is_statement(line)
    return path or _masthead(line) is not None


def _outlet_product_line(line: str, outlets: set[str], rest: list[str]) -> bool:
    """A short line that starts or ends with the outlet's name ("매체 실시간",
    "매체 뉴스레터 | 브리핑 #214", "Name Korea | 한글 이름") above a headline-like line:
    the outlet's masthead, series or product, not the headline."""
    if len(line) > _MASTHEAD_MAX or line[0] in "\"“‘'「[" or is_statement(line):
        return False
    if not any(len(o) >= 10 and not is_metadata_line(o) and headline_like(o) for o in rest):
        return False
    folded = line.casefold()
    return any(
        re.match(rf"{re.escape(name)}\s*(?:[|·:/-]|\s)\s*\S", folded)
        or re.search(rf"\S\s*(?:[|·/]|\s)\s*{re.escape(name)}$", folded)
        for name in outlets
    )


def _bilingual_masthead(line: str, names: list[str], lines: list[str]) -> str | None:
    """The Korean name a bilingual masthead prints ("ELECTRONIX 일렉트로니엑스",
    with a product word after it: brand_lines) when its English form names the
    outlet found elsewhere (the copyright line's "Electronix Korea"), the Korean
    is a listed or outlet-shaped name or the page's closing lines print it."""
    line = product_free(line)  # "THE VC 더브이씨 리포트"
    if not (m := _BILINGUAL.match(line)) or _masthead(line) not in (None, line):
        return None  # "MBC 뉴스데스크": a broadcaster's programme, not its Korean name
    if station_line(line):
        return None  # "KBS 대구": a network's local station, not a name and its Korean form
    if line in known_outlets() or re.search(r"[가-힣][A-Za-z]|[A-Za-z][가-힣]", line):
        return None  # "한국경제TV": one listed name, Hangul and Latin glued
    latin, korean = (m["latin"] or m["latin2"]).strip(), m["korean"] or m["korean2"]
    if _PRODUCT_WORD.fullmatch(korean):
        return None  # "Chip Wire Korea 뉴스레터": the outlet's newsletter, no Korean name
    if m["latin"] and re.fullmatch(r"[A-Z]{2,5}", latin) and not {latin, korean} & known_outlets():
        # "KOTRA 해외시장뉴스": an agency's acronym and its product, one name
        # ("머니투데이방송 MTN", the Korean name first, is a bilingual masthead)
        return None
    first = latin.split()[0].casefold()
    if korean in known_outlets() or OUTLET_NAME.search(korean) or footer_prints(korean, lines):
        return korean
    return korean if any(n.split()[0].casefold() == first for n in names if n.strip()) else None


def _tagged_section(line: str) -> str | None:
    """The outlet of a "[넥스트칩 매거진] 커버스토리" line: an outlet's tag
    over a section word is no headline ("[AI 리포트] 엔비디아 칩" is one)."""
    if (m := _TAGGED_SECTION.match(line)) and SECTION_WORD.match(m.group(2)):
        return outlet_tag(m.group(1))
    return None


def _first_line_outlet(line: str) -> str | None:
    """The outlet a page's first line names: a masthead (:func:`_masthead`),
    a magazine's issue line ("주간동아 1505호"), an outlet's tag over a section
    ("[매체] 커버스토리"), or the head of a section path that is not a section
    ("테크월드 - 반도체", "인벤 > 뉴스": 인벤, not the path; "다음 뉴스 > IT" is a portal),
    or a listed outlet's service or desk brand line ("이데일리 마켓in": 이데일리)."""
    if m := _ISSUE_LINE.match(line) or _VOLUME_LINE.match(line):
        return m.group("outlet")
    if tagged := _tagged_section(line) or head_outlet(line):  # "매체 | 산업 | 제12호 (날짜)"
        return tagged
    if portal_path(line):
        return None  # "다음 뉴스 > IT": a portal
    return _section_head(line) or _masthead(line) or service_tag(line)  # "이데일리 마켓in"


def _masthead(line: str) -> str | None:
    """The outlet a masthead line names: the outlet itself, or a broadcaster's
    programme ("KBS 뉴스9", "JTBC 뉴스룸")."""
    if station := station_line(line):
        return station  # "대전MBC", "광주MBC NEWS": a network's local station
    programme = _PROGRAMME.match(line)
    if programme and not (programme["outlet"].isupper() or programme["outlet"] in known_outlets()):
        programme = None
    if is_outlet_line(line):  # "SBS 8뉴스" is SBS; a listed "연합뉴스TV" stays whole
        listed = known_outlets()
        return (
            programme["outlet"]
            if programme and programme["outlet"] in listed and line not in listed
            else line
        )
    return programme["outlet"] if programme else None


def _section_head(line: str) -> str | None:
    """The head of a section path that is not a section ("테크월드 - 반도체")."""
    if (_SECTION_PATH.match(line) or _MIDDOT_PATH.match(line)) and not is_statement(line):
        head = re.split(r"\s*[|>›»]\s*|\s+[-–·]\s+", line, maxsplit=1)[0].strip()
        if board_name(head):
            return None  # "자유게시판 > 하드웨어": a community's board, not an outlet
        if 2 <= len(head) <= 12 and not SECTION_WORD.match(head) and parse_date(head) is None:
            return head
    return None


def _edge_outlet(lines: list[str], title: str | None, last_line: str) -> str | None:
    """An outlet line under the headline (also "매체 2026.11.14 08:00") or ending the page."""
    names = edge_names(lines, title, last_line)
    return next((name for name in names if is_outlet_line(name)), None)


def _publisher(byline: str | None, holder: str | None) -> str | None:
    """The byline's outlet, unless it is neither listed nor shaped like an
    outlet and the copyright line names one ("구룡포=이름 기자" … "ⓒ 매체")."""
    if byline and holder and byline != holder and not is_outlet_line(byline):
        return holder
    return byline or holder


def _wired(
    lines: list[str], published: str | None, title: str | None
) -> tuple[str | None, str | None]:
    """A release wire, else a feed's or letter's outlet; the date, else the wire's or the last."""
    wire, wired_on = release_wire(lines)
    own = letter_date(lines, headline_like, is_metadata_line, carrier_line)  # not the mail's Date
    own = own or issue_article_date(lines, title)  # not a newsletter's issue date
    published = own or published
    return wire or last_outlet(lines), reposted(lines) or published or wired_on or last_date(lines)


def _later_date_wins(line: str) -> bool:
    """An update line ("최종수정 …"), a print edition's ("발행일 … 6면") or a
    date no label calls the article's (a chat's day, a mail's): a 입력 date after it wins."""
    if PRINT_EDITION.search(line) or report_head(line):  # "고객사 : … 발행 : 날짜"
        return True
    return not PUBLISHED_LABEL.search(line)


def _columnist(lines: list[str]) -> str | None:
    """A guest column's author signed "이름 소속 직함" near the top, or at
    the bottom set off by a dash or parentheses ("― 이름 소속 교수")."""
    for line in lines[:_COLUMN_HEAD]:
        if found := column_author(line) or field_column_author(line):
            return found
    if found := sign_off(lines, "author", "column"):  # "― 이름 소속 교수" (signoffs)
        return found
    for line in lines[-_COLUMN_TAIL:]:
        if found := tail_signature(line, column_author):
            return found
    return None


def _headline(lines: list[str], header: AbstractSet[str], outlets: set[str]) -> str | None:
    """The headline under a newsroom's header or a mail's (subject, digest, forward)."""
    mailed, subject = mail_title(lines, headline_like, head_line)
    if mailed and (own := letter_article(lines, headline_like, is_metadata_line, carrier_line)):
        return own[0]  # the article's own headline over its credit, not the mail's subject
    body = forwarded_body(lines) if mailed else lines
    kept = [ln for ln in body if ln not in header and not (mailed and is_mail_header(ln))]
    return letter_title(subject, lambda: _find_title(kept, outlets), body is not lines)


def _credited(
    line: str, author: str | None, publisher: str | None, published: str | None
) -> tuple[str | None, str | None, str | None]:
    """The author, publisher and date read so far, each taken from ``line``'s
    credit where still unread (bylines, credits, post headers)."""
    credited, named, dated = credit_fields(line)
    return author or credited, publisher or named, published or dated


def extract_metadata(lines: list[str], *, url: str | None = None) -> Metadata:
    """Metadata from normalised, stripped lines of a raw article."""
    publisher: str | None = None
    author: str | None = None
    by_author: str | None = None
    published: str | None = None
    found_url = url
    first_line: str | None = None
    last_line = ""
    mailed = outlet_in_text(url) if url else None  # an outlet known by its domain
    updated = False  # the date so far is a "최종수정" date: a 입력 date wins
    for line in lines:
        if not line:
            continue
        if not (author and publisher and published):  # once all are read, no line changes them
            author, publisher, published = _credited(line, author, publisher, published)
        if len(line) <= _SHORT and (m := BY_LINE.match(line)):
            by_author = by_author or by_writers(m.group("who"))
            published = published or parse_date(line)
        if (not published or updated) and len(line) <= _SHORT and is_metadata_line(line):
            if not published or PUBLISHED_LABEL.search(line):
                updated = _later_date_wins(line)
                published = published_on(line) or published
        mailed = mailed or (site_named(line) if len(line) <= _SHORT else None)  # mail, url, site
        first_line, last_line = first_line or line, line
        if not found_url and len(line) <= 300 and (m := _URL_LINE.match(line)):
            found_url = m.group(1)
    holder = rights_holder(lines)  # not a photo's "ⓒ 이름" credit
    names = [n for n in (publisher, holder) if n]
    head = page_head(first_line)  # a masthead the copyright footer repeats: site_names
    bilingual = head and (_bilingual_masthead(head, names, lines) or footer_masthead(head, lines))
    if bilingual and holder and not re.search(r"[가-힣]", holder):
        holder = bilingual  # the Korean form where both are printed
    outlet = bilingual or (_first_line_outlet(head) if head else None)
    # a guest column signs with name, affiliation and title near the top
    columnist = _columnist([line for line in lines if line])
    issued = issued_by(lines)  # a newsroom's, a public body's or a blog's header
    outlets = {n.casefold() for n in (publisher, holder, outlet) if n}
    title = _headline(lines, issued.header, outlets)
    title = supported_title(lines, title, headline_like, is_metadata_line)  # head_support
    if title is not None and title == first_line:
        outlet = None  # "삼성 · SK 실적 발표" over a date line: a headline, not a section
    outlet = outlet or _edge_outlet(lines, title, last_line)
    title, site = site_suffix(TITLE_LABEL.sub("", title)) if title else (None, None)
    title = two_line_title(lines, title) if title else None
    wire, published = _wired(lines, published, title)
    holder = brand_form(holder, outlet, lines) if (holder := own_holder(holder, lines)) else None
    publisher = byline_outlet(publisher, holder, outlet, partner_outlet(lines))  # no desk; reprints
    publisher = magazine_named(lines) or _publisher(publisher, holder) or wire or outlet or site
    publisher = local_station(publisher, outlet, holder) or publisher  # "MBC" → "대전MBC"
    publisher = issuer_publisher(issued, letter_sender(lines) or publisher or mailed)
    publisher = english_masthead(outlet_called(publisher), first_line, lines) if publisher else None
    author = co_writers(lines, author) or wrapper_author(lines)  # stacked writers; a wrapper's
    return Metadata(
        title=title,
        publisher=publisher,
        author=issued.author or author or by_author or columnist or late_writer(lines),
        published=published,
        url=found_url,
    )
