"""What a page's chrome prints beside a date, never a name (issue 13,
session 18 final fix, r19fix62m): a counter, a button or action word, a
poster's sentence, a date fragment (:func:`chrome_field`). A portal's article
view (Naver, Daum; r21fixportal, dev77) adds its tool words (``기사원문``,
``본문 듣기``, ``글자 크기 변경하기``, ``언론사 홈``) and its reaction counts
(``쏠쏠정보 3``, ``추천해요 12``, ``응원수 145``) to the one list. Read by the
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
    r"(?:조회수?|추천|댓글|공감|좋아요|구독자?|팔로워|공유|스크랩|리트윗|재생|시청|응원수?"
    # a portal's reactions under the article ("쏠쏠정보 3", "추천해요 12", "화나요 1")
    r"|쏠쏠정보|흥미진진|공감백배|분석탁월|후속강추|추천해요|감동이에요|화나요|슬퍼요"
    r"|훈훈해요|후속\s*기사\s*원해요|팬이에요|응원해요|놀랐어요"
    r"|(?:view|like|hit|share|comment|follower)s?)"
)
# a portal's article-view tools round the headline and the byline ("기사원문",
# "본문 요약봇", "텍스트 음성 변환 서비스 사용하기", "글자 크기 변경하기", "글씨크기
# 조절하기", "가- 가+", "언론사 홈", "기자 프로필", "SNS 보내기", "인쇄하기"), and a
# newsletter mail's
TOOL_WORD = (
    r"(?:기사\s*원문(?:\s*보기)?|원문\s*보기|언론사\s*(?:홈|프로필|편집|구독\s*설정)"
    r"|(?:본문\s*)?요약봇|(?:본문|음성으로|기사)\s*듣기|텍스트\s*음성\s*변환(?:\s*서비스)?"
    r"(?:\s*사용하기)?|(?:글자|글씨)\s*크기(?:\s*(?:변경|조절|설정)(?:하기)?)?"
    r"|가\s*[-+]|가가|인쇄(?:하기)?|번역\s*설정|SNS\s*보내기|기자\s*(?:프로필|구독)"
    r"|응원(?:하기)?|추천(?:하기)?|요약\s*보기"
    # a newsletter mail's own tools ("웹에서 보기 | 수신거부", "구독 해지", "지난 레터 보기")
    r"|웹\s*(?:에서|으로)\s*보기|웹\s*버전|수신\s*거부|구독\s*(?:해지|취소|정보\s*변경|설정(?:\s*변경)?)"
    r"|지난\s*(?:레터|호|뉴스레터)\s*보기)"
)
ACTION_WORD = (
    r"(?:(?:서로\s*)?이웃\s*추가|서로\s*이웃|(?:언론사\s*)?구독(?:하기|중)?|공유(?:하기)?"
    r"|팔로우(?:하기)?|좋아요|공감|댓글(?:\s*쓰기)?|스크랩|북마크|신고(?:하기)?|저장|더\s*보기"
    rf"|번역\s*보기|알림\s*설정|채널\s*추가|follow|subscribe|share|like|{TOOL_WORD})"
)
_COUNT = r"\d[\d.,]*\s*(?:[만천억kKmM]\s*)?(?:회|명|개|건)?"
# a counted word with its count, either way round ("좋아요 15", "1.2K views")
COUNTER_FIELD = rf"(?:{COUNTED_WORD}\s*[:：]?\s*{_COUNT}|{_COUNT}\s*{COUNTED_WORD})"
_COUNTER = re.compile(rf"^{COUNTER_FIELD}$", re.I)
# a board post's counter field ("조회 1,204", "추천 7", "views 1.2K", "조회수 3.1만",
# "조회 수 4,103" spaced: dev117),
# one shape read by every post-header reader: a post's credit fields
# (:func:`summarizer.credit_lines.post_header`, :mod:`summarizer.late_credits`),
# its head line (:func:`summarizer.wrapper_people.report_head`) and a repost's
# head (:func:`summarizer.copy_heads.copy_lines`)
POST_COUNTER = r"(?i:(?:조회\s?수?|추천|댓글|공감|views?|hits?)\s*[:：]?\s*\d[\d,.]*[KkMm만천]?)"
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
