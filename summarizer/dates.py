"""Dates as Korean and English news pages print them: labelled date lines
("송고시간2024-12-02 11:05", "입력 : 2025-04-30 18:05:21", "Updated Nov. 20"),
dates alone with their times, two-digit years after a label."""

from __future__ import annotations

import re
from datetime import date

_SHORT = 80
# 송고시간2024-12-02 11:05, 입력2025.03.19. 오전 11:24, 기사승인 …, 작성일 : …
# "공개 2026-03-18 07:45:12", "공개일 2026.06.20", "출고 …": words that are a date label only
# before a full date ("공개 3일 만에" is a headline)
_RELEASED = r"(?:공개|출고)(?=(?:일자?|일시)?\s*[:：]?\s*\d{4}\s*[.\-/년])"
DATE_LABEL = (
    rf"(?:송고시간|기사입력|최종수정|기사승인|입력|등록|수정|승인|발행|게재|작성일?|업데이트|송고|"
    rf"(?:기사)?전송|게시|배포|보도|(?:posted|published|updated|date)\b|{_RELEASED})"
)
# a label, then the date ("입력 : 2025…", "게재 일자 : 2025년…", "Updated Nov. 20"),
# not a sentence that starts with the word ("보도에 따르면 …", "수정된 계획은 …")
DATE_LINE = re.compile(
    rf"^{DATE_LABEL}\s*(?:일자|일시|일|시간|시각)?\s*[:：]?\s*(?:on\s+)?(?:\d|오전|오후|[A-Z][a-z]{{2}})",
    re.I,
)
UPDATE_LINE = re.compile(
    r"^(?:(?:최종|마지막)\s*)?(?:수정|업데이트)|^(?:last\s+)?(?:updated|modified)", re.I
)
# "발행일 : 2026-05-29 6면": the print edition's date and page; the online
# 입력 date printed with it is the article's
PRINT_EDITION = re.compile(r"\d\s*(?:면|판)(?:\s|$|[,)\]])")
PUBLISHED_LABEL = re.compile(
    rf"(?:송고시간|기사입력|기사승인|입력|등록|발행일?|게재|작성일?|승인|송고|(?:기사)?전송|게시|배포|보도|"
    rf"posted|published|{_RELEASED})\s*(?:일자|일시|일|시간|시각)?\s*[:：]?\s*(?=\d)",
    re.I,
)
DATE_PART = re.compile(rf"(?:^|\|)\s*{DATE_LABEL}\s*[:：]?\s*\d", re.I)
_TIME = re.compile(
    r"(?:오전|오후|AM|PM)?\s*\d{1,2}\s*(?::\s*\d{2}|시)(?:\s*:?\s*\d{2}\s*분?)?(?:\s*:\s*\d{2})?"
    r"(?:\s*(?:AM|PM)\b|\s*[ap]\.\s?m\.)?",
    re.I,
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
    re.compile(r"\b([A-Za-z]{3,9})\.?\s+(\d{1,2})[,.]?\s+(\d{4})\b"),  # "Dec 09. 2025"
    # 21 Feb 2025
    re.compile(r"\b(\d{1,2})\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b"),
)
_SHORT_YEAR = re.compile(r"\s*(\d{2})\s*[.\-/]\s*(\d{1,2})\s*[.\-/]\s*(\d{1,2})(?!\d)")
# "25.11.04 14:20": a two-digit year read without a label when a time follows
SHORT_STAMP = re.compile(r"^\d{2}[.\-/]\d{1,2}[.\-/]\d{1,2}\.?\s+\d{1,2}:\d{2}(?!\d)")
# what a date line may hold besides its dates and times: labels, zones, separators
# (a weekday, "출처: 매체" after the time: "2025-10-16 09:12:00 출처: 신화통신")
_DATE_FILLER = re.compile(
    rf"(?:최초|최종)?\s*{DATE_LABEL}|\b(?:KST|GMT|UTC|EST|EDT|PST|PDT|ET|at)\b|[·l|ㅣ/]"
    r"|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b"
    r"|\b(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\b\.?"
    r"|(?:출처|source)\s*[:：]\s*\S+$",
    re.I,
)


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


def is_date_field(text: str) -> bool:
    """A date and time with at most a short label: "2025.02.03 14:22",
    "2026-11-24 11:20 송고"."""
    if parse_date(text) is None:
        return False  # the cheap half of the answer first
    stripped = text
    for pattern in _DATE_PATTERNS:
        stripped = pattern.sub("", stripped)
    # "(금)", "금요일", a print page "A12면", "제18면"
    stripped = re.sub(
        r"\([월화수목금토일]\)|[월화수목금토일]요일|(?:\b|제\s*)[A-Z]?\d{1,2}\s*면|일",
        "",
        _DATE_FILLER.sub("", _TIME.sub("", stripped)),
    )
    return len(stripped.strip(" .,:-()|")) <= 3


def published_on(line: str) -> str | None:
    """The publication date a date line states: after its publication label
    ("업데이트 … / 입력 2025.11.24" → the 입력 date), else its first date."""
    if m := PUBLISHED_LABEL.search(line):
        return parse_date(line[m.end() :]) or _short_year(line[m.end() :]) or parse_date(line)
    labelled = DATE_LINE.match(line) or SHORT_STAMP.match(line)
    return parse_date(line) or (_short_year(line) if labelled else None)


def labelled_date(text: str) -> str | None:
    """The publication date a short text states after its label ("권도현 기자
    기사입력 2025.03.07 15:05 기사수정 …" → 2025-03-07), else None."""
    if len(text) > _SHORT or not PUBLISHED_LABEL.search(text):
        return None
    return published_on(text)


def _short_year(text: str) -> str | None:
    """ "입력 25.05.02 14:03": a two-digit year, read only after a date label."""
    if not (m := _SHORT_YEAR.match(text)):
        return None
    try:
        return date(2000 + int(m.group(1)), int(m.group(2)), int(m.group(3))).isoformat()
    except ValueError:
        return None


# "2026.04.14 06:30 (한국시간) · 4월 13일 오후 5:30 (미 동부시간)": two zones on a line
_KST_MARK = re.compile(r"\(?\s*(?:한국\s*시간|서울\s*시간|KST)\s*\)?", re.I)


def kst_date(line: str) -> str | None:
    """The date a line gives in Korean time when it gives two zones' dates
    (a US outlet's "… (한국시간) · … (미 동부시간)"): the one before the mark."""
    if len(line) > 100 or not (m := _KST_MARK.search(line)):
        return None
    if not re.search(r"\d{1,2}:\d{2}", line[m.end() :]):
        return None  # one zone only: the ordinary date reader's line
    segment = re.split(r"\s[·|/]\s", line[: m.start()])[-1]
    return parse_date(segment) if is_date_field(segment) else None
