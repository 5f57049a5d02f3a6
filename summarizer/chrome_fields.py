"""What a page's chrome prints beside a date, never a name (issue 13,
session 18 final fix, r19fix62m): a counter, a button or action word, a
poster's sentence, a date fragment (:func:`chrome_field`). Read by the
outlet slot of a credit (:func:`summarizer.odd_publishers.outlet_field`), the
writer slot (:func:`summarizer.credit_lines.credit_fields`) and a repost's
post header (:func:`summarizer.late_credits.repost_free`)."""

from __future__ import annotations

import re

# what a page's chrome prints beside a date, never a name (session 18 final fix):
# a counter ("조회수 4.1만회", "좋아요 15", "views 1.2K"), a button or action word
# ("이웃추가", "구독", "공유하기", "팔로우"), a poster's sentence ("… 글을 올렸습니다")
# and a date fragment ("03.18(수", "오후 12:30")
_COUNTER = re.compile(
    r"^(?:조회수?|추천|댓글|공감|좋아요|구독자?|공유|스크랩|리트윗|재생|시청|view|like|hit|share)s?"
    r"\s*[:：]?\s*[\d.,]+\s*(?:[만천억kKmM]\s*)?(?:회|명|개|건)?$"
    r"|^[\d.,]+\s*(?:[만천억kKmM]\s*)?(?:회|명|개|건)?\s*(?:조회|views?|likes?)$",
    re.I,
)
_ACTION = re.compile(
    r"^(?:(?:서로\s*)?이웃\s*추가|서로\s*이웃|구독(?:하기|중)?|공유(?:하기)?|팔로우(?:하기)?|좋아요|스크랩|신고(?:하기)?"
    r"|저장|더\s*보기|번역\s*보기|댓글\s*쓰기|알림\s*설정|채널\s*추가|follow|subscribe|share|like)$",
    re.I,
)
_SENTENCE = re.compile(r"(?:니다|어요|아요|해요|했다|니까)[.!~]*$")
_DATE_BIT = re.compile(
    r"^(?:\d{1,4}\s*[./-]\s*)*\d{1,2}\s*\(\s*[월화수목금토일]\s*\)?$"
    r"|^(?:오전|오후|AM|PM)\s*\d{1,2}:\d{2}$",
    re.I,
)


def chrome_field(field: str) -> bool:
    """A counter, a button or action word, a poster's sentence or a date
    fragment: what a page prints beside its date, never an outlet."""
    field = field.strip(" ()[]<>")
    return any(r.search(field) for r in (_COUNTER, _ACTION, _SENTENCE, _DATE_BIT))
