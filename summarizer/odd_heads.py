"""Heads of odd pages that are no headline (session 17, dev44/dev46).

* An app's counter line (``언론사 구독  구독자 142만``, ``공감 28  댓글 6``): app
  action words and counted ones only; a portal's article-view bar (``매체 언론사
  구독``, ``본문 요약봇  글자 크기 변경하기``): its tool words, or the outlet's
  name before its subscribe button.
* A press release's header (``기관명      보 도 자 료``, ``보도참고자료``): the
  issuer's name and the document kind, never the release's headline.
* A research house's report header (``증권사 리서치센터  Morning Brief``): the
  house's research desk and the report series' name.
* A report's analyst line with a contact (``Analyst 이름  mail``); a
  digest's marked section label (``■ 오늘의 톱``).
* A programme's field lines (``방송 : 날짜``, ``진행 : 이름 앵커``, ``대담 : …``).
* A mail header field (``보낸 사람: …``) and a newsletter's issue subject
  (``[매체 위클리] 이번 주 AI 소식 3가지``): a tag naming the letter, then
  the stories it counts; the first item is the title.

Each is a row of :data:`summarizer.never_heads.NOT_HEADLINES`. Read there too
(:mod:`summarizer.never_heads`): :func:`page_lines` drops a markdown heading's
``#`` marks and reads a preview that repeats the pasted article's headline
behind a tag, an outlet or an emoji (``📌 [매체] 헤드라인``, ``[속보] 헤드라인``,
``매체 | 헤드라인``, ``매체 - 헤드라인 앞부분…``) as that headline;
:func:`dated_headline`, when no line at the top reads as the headline (a body
opener with its bracketed byline, a script's anchor lead-in above it), takes
the headline-like line right above the date line.
"""

from __future__ import annotations

import re

from .chrome_fields import ACTION_WORD, COUNTED_WORD, COUNTER_FIELD
from .mail import is_mail_header

# each field an app's action word, a counted word or one with its count; the
# words are the page chrome's (:mod:`summarizer.chrome_fields`), one list for both
_UI_FIELD = rf"(?:{COUNTER_FIELD}|{ACTION_WORD}|{COUNTED_WORD})"
_COUNTER_LINE = re.compile(rf"^{_UI_FIELD}(?:\s+{_UI_FIELD})*$", re.I)


def counter_line(line: str) -> bool:
    """A line of app actions and counters (``언론사 구독  구독자 142만``):
    every word an action word or a counted word with its count, one count."""
    words = line.split()
    if not 2 <= len(words) <= 8 or len(line) > 50:
        return False
    return bool(re.search(r"\d", line)) and _COUNTER_LINE.match(line.strip()) is not None


# a portal's subscribe or home button after the outlet's name ("연합뉴스 언론사 구독",
# "CBS 노컷뉴스  구독하기", "매체 + 구독", "매체 언론사 홈"): one or two name words
_SUBSCRIBE = (
    r"(?:\+\s*)?(?:(?:언론사\s*)?구독(?:하기|중)?|언론사\s*홈|팔로우(?:하기)?|subscribe|follow)"
)
_NAME = r"[^\s\d,.…'\"‘’“”\[\]<>|:]{1,12}"
_NAMED_BAR = re.compile(rf"^{_NAME}(?:\s{_NAME})?\s+{_SUBSCRIBE}(?:\s+{_UI_FIELD})*$", re.I)
_TOOL_BAR = re.compile(rf"^{_UI_FIELD}(?:\s*[|·]?\s*{_UI_FIELD})*$", re.I)


def portal_bar(line: str) -> bool:
    """A portal's article-view bar (Naver, Daum; r21fixportal): the outlet's
    name before its subscribe or home button (``연합뉴스 언론사 구독``), or
    tool, action and counted words only, with or without counts (``본문 요약봇
    글자 크기 변경하기  공유하기``, ``쏠쏠정보 3  흥미진진 1 …``)."""
    line = line.strip()
    if len(line) > 80:
        return False
    return _TOOL_BAR.match(line) is not None or (
        len(line) <= 40 and _NAMED_BAR.match(line) is not None
    )


def app_chrome(line: str) -> bool:
    """An app's counter line or a portal's article-view bar."""
    return counter_line(line) or portal_bar(line)


# "보 도 자 료", "보도자료", "보도참고자료", "설명자료", "Press Release"
_RELEASE_KIND = re.compile(
    r"(?:^|\s)(?:보\s?도\s?(?:참\s?고\s?)?자\s?료|해\s?명\s?자\s?료|설\s?명\s?자\s?료|"
    r"press\s+release)$",
    re.I,
)


def release_head(line: str) -> bool:
    """A press release's header: at most two name words, then the document kind."""
    if len(line) > 80 or not (m := _RELEASE_KIND.search(line)):
        return False
    name = line[: m.start()].split()
    return len(name) <= 2 and not re.search(r"[,'\"‘’“”…?!]", line)


# a research desk's report head, any house ("… 리서치센터  Morning Brief"); the
# firm's own pattern (:data:`RESEARCH_FIRM`) wants a securities firm's name and
# takes a bare "리서치" or a strategy team, so the two stay apart: one pattern
# would change which heads are passed over or which publishers are read
_RESEARCH = re.compile(
    r"^\S{2,12}\s*(?:리서치\s*(?:센터|본부|팀)|research(?:\s+center)?)(?:\s|$)", re.I
)
# "키움증권 리서치센터  Morning Brief", "한화투자증권 리서치본부 | 데일리": the firm
RESEARCH_FIRM = re.compile(
    r"^(?P<firm>[가-힣A-Za-z]{1,10}(?:금융)?(?:투자증권|증권|금융투자))\s*"
    r"(?:리서치\s*(?:센터|본부|팀)?|Research(?:\s+Center)?|투자전략팀)(?:\s|$|[|·:])"
)


def research_head(line: str) -> bool:
    """A brokerage note's header: the house's research desk, then at most
    four words of the series' name, or up to three such fields set off by
    ``|``, ``·`` or ``/`` (``… 리서치센터  Morning Brief``, ``… 리서치센터 | Industry
    Note | 반도체``)."""
    if len(line) > 60 or not (m := _RESEARCH.match(line)):
        return False
    fields = [f.split() for f in re.split(r"[|·/]", line[m.end() :])]
    fields = [f for f in fields if f]
    short = len(fields) <= 3 and all(len(f) <= 4 for f in fields)
    return short and not re.search(r"[,'\"‘’“”…?!]", line)


_PROGRAMME_FIELD = re.compile(
    r"^(?:방송|방송\s*일시|방송\s*시간|진행|대담|출연|연출|구성|작가|프로듀서|PD|"
    r"방송\s*채널)\s*[:：]\s*\S",
    re.I,
)


def programme_field(line: str) -> bool:
    """A broadcast programme's field line (``방송 : 날짜``, ``진행 : 이름``)."""
    return len(line) <= 80 and _PROGRAMME_FIELD.match(line) is not None


_LETTER_TAG = re.compile(
    r"^[\[【]\s*[^\]】]{0,16}(?:위클리|데일리|브리핑|레터|뉴스레터|weekly|daily|brief|letter"
    r"|(?<![가-힣])(?:주간|월간|격주)\s)\s*[^\]】]{0,8}[\]】]\s*(?P<rest>\S.*)$",
    re.I,
)
_COUNTED_STORIES = re.compile(r"\d{1,2}\s*(?:가지|건|선|개|편)|(?:세|네|다섯)\s*가지")
# the issue the rest names: a week, a date, an issue number ("11월 셋째 주", "3월 2주차",
# "2026.11.20 (금)", "제112호", "#31", "Vol. 4"), a web-view link after it or not
_WEEK = r"\d{1,2}\s*월\s*(?:(?:첫|둘|셋|넷|다섯|마지막)\s*(?:째|번째)?|\d\s*)\s*주\s*차?"
_DAY = (
    r"(?:\d{4}\s*[.\-/년]\s*)?\d{1,2}\s*[.\-/월]\s*\d{1,2}\s*[.일]?"
    r"(?:\s*\(?[월화수목금토일]\)?(?:요일)?)?"
)
_ISSUE_REST = re.compile(
    # the letter's own name before the issue ("DT 테크 브리핑 2026-03-10 (화)")
    r"^(?:[^|—–]{1,16}?\s)?"
    rf"(?:(?:\d{{4}}\s*년\s*)?{_WEEK}|{_DAY}"
    r"|(?:제\s*)?\d{1,4}\s*호|#\s*\d{1,4}|(?:vol|no)\.?\s*\d{1,4})"
    r"(?:\s*[|·]\s*(?:웹\s*에서\s*보기|웹\s*버전|브라우저\s*에서\s*보기|view\s+(?:in|on)\s+\S+.*)"
    # the issue's theme after a dash ("제42호 — 이번 주 …, … 편")
    r"|\s+[—–]\s+\S.{0,40})?$",
    re.I,
)


def letter_subject(line: str) -> bool:
    """A newsletter's issue subject: a tag naming the letter, then a rest that
    counts its stories (``[매체 위클리] 이번 주 소식 3가지``) or names only the
    issue (``[매체 위클리] 11월 셋째 주 | 웹에서 보기``)."""
    m = _LETTER_TAG.match(line)
    if m is None or len(line) > 80:
        return False
    return bool(_COUNTED_STORIES.search(m["rest"]) or _ISSUE_REST.match(m["rest"].strip()))


# "Analyst 이름  mail  phone": a report's analyst line with the contact
_ANALYST = re.compile(r"^(?:analyst|애널리스트|연구원|RA)\s*[:：]?\s*\S", re.I)
_CONTACT = re.compile(r"@|\d{2,4}-\d{3,4}-\d{4}")
# "■ 오늘의 톱", "▶ 함께 읽을 기사": a digest's section mark over its items
_MARKED_LABEL = re.compile(r"^[■□◆◇▶▷●○]\s*[가-힣A-Za-z]{1,8}(?:\s[가-힣A-Za-z]{1,8}){0,2}$")
# unmarked, a letter's label of its pick: "오늘의 추천 기사", "이번 주의 기사"
_PICK_LABEL = re.compile(
    r"^(?:오늘|이번\s*주|금주|이번\s*호)의?\s*(?:추천|주요|톱|픽)?\s*(?:기사|뉴스|소식)$"
)


_SUBJECT_FIELD = re.compile(r"^(?:제목|subject)\s*[:：]", re.I)  # the headline's label


def analyst_line(line: str) -> bool:
    """A report's analyst line with an e-mail or a phone number."""
    return len(line) <= 80 and bool(_ANALYST.match(line)) and bool(_CONTACT.search(line))


def marked_label(line: str) -> bool:
    """A digest's marked section label (``■ 오늘의 톱``), or a letter's
    unmarked label of its pick (``오늘의 추천 기사``)."""
    return len(line) <= 16 and (_MARKED_LABEL.match(line) or _PICK_LABEL.match(line)) is not None


def mail_field(line: str) -> bool:
    """A mail header field (``보낸 사람: …``); ``제목:`` labels the headline."""
    return is_mail_header(line) and not _SUBJECT_FIELD.match(line)
