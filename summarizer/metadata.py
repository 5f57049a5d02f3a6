"""Article metadata stated in the text: title, publisher, author, date, url.

Only what the text states is returned; anything else is ``None``. Nothing is
guessed from the body's prose (a date in a sentence is an event, not the
publication date).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from .debris import is_debris
from .sentences import is_statement

_NAME = r"[가-힣]{2,4}"
_ROLE = r"(?:기자|특파원|선임기자|전문기자|논설위원|객원기자|통신원)"
# [애플경제 김예지 기자] at the start of the lead paragraph
_BRACKET_BYLINE = re.compile(rf"^\s*[\[【]\s*([^\]】]*?)\s*({_NAME})\s*{_ROLE}\s*[\]】]\s*")
# (서울=연합뉴스) 홍길동 기자 =
_AGENCY_BYLINE = re.compile(rf"^\s*\(([^=()]+)=([^()]+)\)\s*({_NAME})\s*{_ROLE}\s*=\s*")
# 영국 유로저널 이지예 기자  jylee@theeurojournal.com
_SIGNOFF = re.compile(
    rf"^(?:(?P<pre>.{{0,30}}?)\s+)?(?P<name>{_NAME})\s*{_ROLE}\s*(?P<email>[\w.+-]+@[\w-]+(?:\.[\w-]+)+)?$"
)
_BY_LINE = re.compile(
    r"^by\s+(?P<who>.+?)(?:\s+(?:posted|on|updated)\b.*|\s+\d{4}\s*[.\-/년].*)?$", re.I
)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_COPYRIGHT = re.compile(
    r"(?:저작권자|copyright)?\s*(?:ⓒ|©|\(c\)|copyright)\s*(?:\d{4}\s*)?(?P<who>[^\s,.]+(?:\s[A-Za-z]+)*)",
    re.I,
)
_DATE_LINE = re.compile(
    r"^(?:입력|등록|수정|승인|발행|게재|작성|기사입력|최종수정|posted|published|updated|date)\b",
    re.I,
)
_URL_LINE = re.compile(
    r"^(?:(?:원문|출처|기사\s*원문|source|url|link)\s*[:：]?\s*)?(https?://\S+)$", re.I
)
_MONTHS = {
    m: i + 1
    for i, names in enumerate(
        [
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ]
    )
    for m in names
}
_DATE_PATTERNS = (
    # 2025. 3. 16. / 2025.03.16 / 2025-03-16 / 2025/3/16 / 2025년 3월 16일
    re.compile(r"(?<!\d)(\d{4})\s*(?:[.\-/]|년)\s*(\d{1,2})\s*(?:[.\-/]|월)\s*(\d{1,2})(?!\d)"),
    # Feb 21, 2025 / February 21 2025
    re.compile(r"\b([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})\b"),
    # 21 Feb 2025
    re.compile(r"\b(\d{1,2})\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b"),
)
_SHORT = 80
_SECTION_LABEL = 6  # "국제", "시사, 경영": a section label, not a headline


@dataclass(frozen=True)
class Metadata:
    title: str | None = None
    publisher: str | None = None
    author: str | None = None
    published: str | None = None  # ISO date, YYYY-MM-DD
    url: str | None = None


def parse_date(text: str) -> str | None:
    """The first valid calendar date in ``text`` as YYYY-MM-DD, else None."""
    for pattern in _DATE_PATTERNS:
        for match in pattern.finditer(text):
            a, b, c = match.groups()
            try:
                if a.isdigit() and len(a) == 4:
                    value = date(int(a), int(b), int(c))
                elif a.isdigit():
                    value = date(int(c), _MONTHS[b.lower()], int(a))
                else:
                    value = date(int(c), _MONTHS[a.lower()], int(b))
            except (KeyError, ValueError):
                continue
            if 1990 <= value.year <= 2100:
                return value.isoformat()
    return None


def strip_byline_prefix(line: str) -> str:
    """Remove a leading "[매체 이름 기자]" or "(서울=매체) 이름 기자 =" byline."""
    line = _BRACKET_BYLINE.sub("", line, count=1)
    return _AGENCY_BYLINE.sub("", line, count=1)


def is_metadata_line(line: str) -> bool:
    """A line that only carries a byline, a date or a url."""
    if len(line) > _SHORT:
        return False
    if _BY_LINE.match(line) or _DATE_LINE.match(line) or _URL_LINE.match(line):
        return True
    if _SIGNOFF.match(line) and not line.endswith(("다.", "다")):
        return True
    stripped = _DATE_PATTERNS[0].sub("", line)
    return parse_date(line) is not None and len(stripped.strip(" .,:-()")) <= 3


def _find_title(lines: list[str]) -> str | None:
    candidates = [ln for ln in lines if ln]
    # A headline repeated on the page (head, breadcrumb, body) is the title.
    for line in candidates[:40]:
        if 10 <= len(line) <= 150 and candidates.count(line) >= 2 and not is_metadata_line(line):
            if not is_debris(line):
                return line
    for line in candidates[:5]:
        if is_debris(line) or is_metadata_line(line) or len(line) <= _SECTION_LABEL:
            continue
        quoted = line[0] in "\"“‘'「" and line[-1] in "\"”’'」"
        if len(line) <= 100 and (quoted or not is_statement(line) or line.endswith("!")):
            return line
        return None
    return None


def extract_metadata(lines: list[str], *, url: str | None = None) -> Metadata:
    """Metadata from normalised, stripped lines of a raw article."""
    title = _find_title(lines)
    publisher: str | None = None
    author: str | None = None
    by_author: str | None = None
    published: str | None = None
    found_url = url
    for line in lines:
        if not line:
            continue
        if m := _BRACKET_BYLINE.match(line):
            author = author or m.group(2)
            publisher = publisher or (m.group(1).split()[-1] if m.group(1).strip() else None)
        elif m := _AGENCY_BYLINE.match(line):
            author = author or m.group(3)
            publisher = publisher or m.group(2).strip()
        elif len(line) <= _SHORT and (m := _SIGNOFF.match(line)) and not line.endswith("다."):
            if m.group("email") or m.group("pre"):
                author = author or m.group("name")
                pre = (m.group("pre") or "").split()
                if pre and not publisher:
                    publisher = pre[-1]
        if len(line) <= _SHORT and (m := _BY_LINE.match(line)):
            who = _EMAIL.sub("", m.group("who")).strip(" ,|·")
            by_author = by_author or (who or None)
            published = published or parse_date(line)
        if (
            len(line) <= _SHORT
            and not published
            and (_DATE_LINE.match(line) or is_metadata_line(line))
        ):
            published = parse_date(line)
        if (m := _COPYRIGHT.search(line)) and not publisher and len(line) <= 120:
            who = m.group("who").strip()
            if who and not who.isdigit() and who.lower() not in {"all", "저작권자"}:
                publisher = who
        if not found_url and len(line) <= 300 and (m := _URL_LINE.match(line)):
            found_url = m.group(1)
    return Metadata(
        title=title,
        publisher=publisher,
        author=author or by_author,
        published=published,
        url=found_url,
    )
