"""What a page's chrome prints beside a date, never a name (issue 13,
session 18 final fix, r19fix62m): a counter, a button or action word, a
poster's sentence, a date fragment (:func:`chrome_field`). Read by the
outlet slot of a credit (:func:`summarizer.odd_publishers.outlet_field`), the
writer slot (:func:`summarizer.credit_lines.credit_fields`) and a repost's
post header (:func:`summarizer.late_credits.repost_free`)."""

from __future__ import annotations

import re

from .chat_stamps import STAMP_TIME

# the words an app or a page prints round its article, one list read here and
# by an app's counter line over the headline (:func:`summarizer.odd_heads.counter_line`):
# a counted word ("조회수 4.1만회", "구독자 142만", "views 1.2K", "3 comments") and a
# button or action word ("이웃추가", "언론사 구독", "공유하기", "팔로우", "follow")
COUNTED_WORD = (
    r"(?:조회수?|추천|댓글|공감|좋아요|구독자?|팔로워|공유|스크랩|리트윗|재생|시청"
    r"|(?:view|like|hit|share|comment|follower)s?)"
)
ACTION_WORD = (
    r"(?:(?:서로\s*)?이웃\s*추가|서로\s*이웃|(?:언론사\s*)?구독(?:하기|중)?|공유(?:하기)?"
    r"|팔로우(?:하기)?|좋아요|공감|댓글(?:\s*쓰기)?|스크랩|북마크|신고(?:하기)?|저장|더\s*보기"
    r"|번역\s*보기|알림\s*설정|채널\s*추가|follow|subscribe|share|like)"
)
_COUNT = r"\d[\d.,]*\s*(?:[만천억kKmM]\s*)?(?:회|명|개|건)?"
# a counted word with its count, either way round ("좋아요 15", "1.2K views")
COUNTER_FIELD = rf"(?:{COUNTED_WORD}\s*[:：]?\s*{_COUNT}|{_COUNT}\s*{COUNTED_WORD})"
_COUNTER = re.compile(rf"^{COUNTER_FIELD}$", re.I)
# a board post's counter field ("조회 1,204", "추천 7", "views 1.2K", "조회수 3.1만"),
# one shape read by every post-header reader: a post's credit fields
# (:func:`summarizer.credit_lines.post_header`, :mod:`summarizer.late_credits`),
# its head line (:func:`summarizer.wrapper_people.report_head`) and a repost's
# head (:func:`summarizer.copy_heads.copy_lines`)
POST_COUNTER = r"(?i:(?:조회수?|추천|댓글|공감|views?|hits?)\s*[:：]?\s*\d[\d,.]*[KkMm만천]?)"
_ACTION = re.compile(rf"^{ACTION_WORD}$", re.I)
# a poster's sentence ("… 글을 올렸습니다") and a date fragment ("03.18(수", "오후 12:30")
_SENTENCE = re.compile(r"(?:니다|어요|아요|해요|했다|니까)[.!~]*$")
_DATE_BIT = re.compile(
    r"^(?:\d{1,4}\s*[./-]\s*)*\d{1,2}\s*\(\s*[월화수목금토일]\s*\)?$"
    rf"|^{STAMP_TIME}$",
    re.I,
)


def chrome_field(field: str) -> bool:
    """A counter, a button or action word, a poster's sentence or a date
    fragment: what a page prints beside its date, never an outlet."""
    field = field.strip(" ()[]<>")
    return any(r.search(field) for r in (_COUNTER, _ACTION, _SENTENCE, _DATE_BIT))
