"""Head lines of a wrapper that name the wrapper, never the headline (issue
13, session 19, branch r20fixodd, dev69): what a tool, an app or a machine
prints over the article it carries.

* a line naming the wrapper's kind: ``번역 메모``, ``TRANSLATION MEMO``,
  ``메시지 백업``, ``[이미지 캡션 자동 추출 — 7개 중 4개]``, ``[오늘의 보도
  요약] 총 4건``, ``일일 스크랩 보고서``;
* a fax machine's header: ``NOV-17-2026 16:42 FROM:02 … TO:031… P.1/2``;
* a portal's search box: ``NAVER [ 검색어 ] 🔍``, ``Google  검색어  🔍``;
* a notes app's page path: ``📒 투자 노트 / 미국 반도체 / 제목``;
* a team messenger's tab bar: ``게시물  파일  메모  +``.

(A messenger export's message header, ``채널 이름, [09.11.26 07:52]``, is one
of the chat stamps of :mod:`summarizer.chat_stamps`.)
"""

from __future__ import annotations

import re

from .dates import PUBLISHED_LABEL

_KIND = re.compile(
    r"(?:번역|통역)\s*메모|(?:translation|interpreter)\s+(?:memo|notes?)"
    r"|(?:메시지|대화|문자|채팅)\s*(?:내역\s*)?백업|message\s+backup"
    r"|캡션\s*(?:자동\s*)?추출|보도\s*요약|(?:스크랩|클리핑|모니터링)\s*보고서"
    r"|\bF\s?A\s?X\b|팩\s?스\s?(?:표\s?지|송\s?신)",
    re.I,
)
_FAX = re.compile(r"\bFROM\s*[:：].*\bTO\s*[:：]", re.I)
_SEARCH_BOX = re.compile(
    r"^(?:NAVER|네이버|Daum|다음|Google|구글|ZUM|줌|Bing|빙)\s*\[[^\]]{1,80}\]|🔍\s*$", re.I
)
_NOTES_PATH = re.compile(
    r"^\W*\s*[^/]{0,20}(?:노트|메모|notes?|notebook|workspace)\s*/[^/]+/", re.I
)
_TAB = r"(?:게시물|채팅|파일|메모|위키|사진|일정|Posts|Files|Chat|Wiki|Notes|\+)"
_TAB_BAR = re.compile(rf"^{_TAB}(?:\s+{_TAB}){{2,}}$", re.I)
# "No | 매체 | 게재일 | 면 | 제목", "번호 | 제목 | 작성자 | 조회": a list's head row
_TABLE_HEAD = re.compile(
    r"^(?:No\.?|번호|순번|#)\s*\|(?:\s*[^|\d]{1,5}\s*\|){2,}\s*[^|\d]{1,5}$", re.I
)
# "-----", "----+------+----": a text table's rule
_TABLE_RULE = re.compile(r"^[-=]{2,}(?:\+[-=]{2,})*\+?$")
# "Source language: …", "Prepared by: …", "Status: …": a memo's form fields
_MEMO_FIELD = re.compile(
    r"^(?:(?:source|target)\s+language|(?:prepared|translated|reviewed|checked)\s+by|status)\s*:",
    re.I,
)
# "생성 일시: 2026년 …", "최종 편집 일시: …": a note's or record's timestamps
_STAMP_FIELD = re.compile(
    r"^[가-힣 ]{0,10}(?:생성|편집|수정|작성|저장)\s*(?:일시|일자|시각)\s*[:：]\s*\d"
)
# "조회수 3.2만회  2026. 11. 23.": a video page's view count (its upload day after
# it: :func:`summarizer.wrapper_people.video_day`)
VIEWS = r"^조회수\s*[\d.,]+\s*[만천]?\s*회"
_VIEWS = re.compile(VIEWS)
_TESTS = (_FAX, _SEARCH_BOX, _NOTES_PATH, _TAB_BAR, _TABLE_HEAD, _TABLE_RULE)
_FIELDS = (_MEMO_FIELD, _STAMP_FIELD, _VIEWS)
# "레터 이름 · Vol. 48 · 2026년 10월 5일(월)": a newsletter's issue banner
_ISSUE = re.compile(r"제\s?\d{1,4}\s?호|#\d{1,4}\b|\bvol\.?\s?\d{1,4}", re.I)
_YEAR = re.compile(r"\b20\d{2}\s*(?:년|[.\-/])")
# "고객사 : 매체 홍보팀", "수    신 : 회사 구매팀": a report's, fax's or form's head field
REPORT_FIELD = re.compile(
    r"(?:고\s*객\s*사|의\s*뢰\s*사|수\s*신\s*처?|발\s*신\s*처?|보\s*고\s*처|담\s*당\s*자?)\s*[:：]"
)
_MAX = 120


def wrapper_head(line: str) -> bool:
    """A head line a wrapper prints over the article (module doc)."""
    if len(line) > _MAX:
        return False
    if _KIND.search(line) and len(line) <= 60:
        return True
    banner = _ISSUE.search(line) and _YEAR.search(line) and not PUBLISHED_LABEL.search(line)
    if REPORT_FIELD.match(line) or banner:
        return True  # a report's head field; a letter's issue banner
    return any(test.search(line) for test in (*_TESTS, *_FIELDS))
