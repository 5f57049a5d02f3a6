"""Source lines of copied articles: a feed reader's or a portal's "출처: 매체".

``출처: 이코노믹데일리 (economidaily.com) · 6월 3일 오전 8:14``: the outlet, maybe its
domain in parentheses, maybe the time it was posted. Only a name shaped like
an outlet's (listed, or ending like one), with its domain or the time after it,
counts; "출처: 연합뉴스" alone under a chart or "출처: 회사 제공" is a credit.
"""

from __future__ import annotations

import re

_SOURCE = re.compile(
    r"^(?:출처|source|원문\s*출처)\s*[:：]\s*(?P<who>[^()·|/,]{2,20}?)\s*"
    r"(?:\((?P<domain>[\w-]+(?:\.[\w-]+)+)\))?\s*(?:[·|]\s*(?P<when>.{2,30}))?$",
    re.I,
)
_WHEN = re.compile(r"\d")


def source_outlet(line: str, is_outlet: re.Pattern[str], listed: frozenset[str]) -> str | None:
    """The outlet a source line names, else None. ``is_outlet``: how outlets'
    names end; ``listed``: the outlets we know by name."""
    if not (m := _SOURCE.match(line.strip())):
        return None
    who = m["who"].strip()
    if not (m["domain"] or (m["when"] and _WHEN.search(m["when"]))):
        return None  # "출처: 한국은행" under a chart: a credit, no copy's source line
    if who in listed or is_outlet.search(who):
        return who
    return None
