"""A newsletter's issue date against its article's own date (issue 13,
session 23, dev96).

A newsletter that carries one article prints its own name and issue date at
the top (``매체 뉴스레터 | 이번 주 테크`` over ``2026년 4월 10일 (금)``) and
the article's credit line under the article's headline (``이름 기자 | 매체
2026.04.08``). The issue date is the letter's; the date under the headline is
the article's (:func:`issue_article_date`). An update date under the headline
(``수정 …``) is none.
"""

from __future__ import annotations

import re

from .dates import UPDATE_LINE, parse_date, published_on

_HEAD = 6  # non-empty lines a letter's name and issue date stand in
_LETTER = re.compile(r"뉴스\s*레터|newsletter|구독\s*관리|웹에서\s*보기|수신\s*거부", re.I)
_BELOW = 2  # lines under the headline its credit stands in
_SHORT = 80
_WORDS = re.compile(r"[가-힣A-Za-z0-9]")
_MIN_LETTERS = 8


def issue_article_date(lines: list[str], title: str | None) -> str | None:
    """The date of the credit line right under the article's headline in a
    newsletter whose head prints an issue date above the headline, else None."""
    page = [line for line in lines if line]
    head = page[:_HEAD]
    if not title or len(_WORDS.findall(title)) < _MIN_LETTERS:
        return None  # a rule or a mark is no headline
    if not any(_LETTER.search(line) for line in head):
        return None
    at = next((i for i, line in enumerate(page) if line.startswith(title)), None)
    issued = [d for line in page[:at] if len(line) <= _SHORT and (d := parse_date(line))]
    if at is None or not issued:
        return None  # no issue date above the headline: the rules' date stands
    for line in page[at + 1 : at + 1 + _BELOW]:
        if len(line) <= _SHORT and not UPDATE_LINE.search(line) and (day := published_on(line)):
            return day if day <= issued[-1] else None  # an article is older than its letter
    return None
