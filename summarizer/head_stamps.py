"""Dates printed in a page's head without a label (issue 13, session 16),
read last, where no other rule found the date: a two-digit year with its
time after a byline or an outlet's name, as mobile pages and regional
papers print it (``[매체 이름 기자]  25.03.05 06:00``, ``매체 ’25.3.4(화)
18:20``); an apostrophe before the year (``’25.3.4``) marks a year on its
own, without the time. (A print page's running head is r17fix29's
``page_chrome.running_head``.)
"""

from __future__ import annotations

import re
from datetime import date

_HEAD = 10  # non-empty lines searched
_SHORT = 80
_TIME = r"(?:오전|오후)?\s*\d{1,2}:\d{2}(?::\d{2})?"
_WEEKDAY = r"(?:\s*\([월화수목금토일]\))?"
# ’25.3.4 / '25.03.04 / 25.03.05 06:00 / 25-03-05 06:00
_STAMP = re.compile(
    rf"(?:^|(?<=\s)|(?<=\]))(?P<mark>[’'‘`])?(?P<y>\d{{2}})(?P<sep>[.\-/])(?P<m>\d{{1,2}})"
    rf"(?P=sep)(?P<d>\d{{1,2}})\.?{_WEEKDAY}(?:\s+(?P<time>{_TIME}))?"
)
# what may stand before the stamp: a bracketed byline, or one to three words
# without a sentence's ending (an outlet, a section)
_BEFORE = re.compile(
    r"^(?:[\[(【<][^\[\]()【】<>]{2,40}[\])】>]|[^\s.!?]{2,15}(?:\s+[^\s.!?]{1,15}){0,2})?$"
)


def head_stamp_date(lines: list[str]) -> str | None:
    """The date of a two-digit-year stamp among the first lines, else None."""
    for line in [line for line in lines if line][:_HEAD]:
        if len(line) > _SHORT:
            continue
        if found := short_year_stamp(line):
            return found
    return None


def short_year_stamp(line: str) -> str | None:
    """``[매체 이름 기자]  25.03.05 06:00`` → 2025-03-05: a two-digit year
    with a time (or an apostrophe before it) after a byline or a name."""
    for m in _STAMP.finditer(line):
        if not (m["mark"] or m["time"]) or line[m.end() :].strip(" |·"):
            continue
        if not _BEFORE.match(line[: m.start()].strip(" |·")):
            continue
        try:
            return date(2000 + int(m["y"]), int(m["m"]), int(m["d"])).isoformat()
        except ValueError:
            continue
    return None
