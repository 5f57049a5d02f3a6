"""People and names a page's wrapper prints beside the article (issue 13,
session 19, branch r20fixodd, dev69): who shared, forwarded, posted or
photographed it is never its writer while a byline names one, and a
wrapper's own name is never its outlet.

* :func:`wrapper_person`: a line whose credit names the wrapper's person —
  a mail's or note's sign-off (``이름 드림``, ``이름 올림``), a board's or
  groupware's poster field (``작성자 이름 (기획팀)``, ``글쓴이 : 닉네임``), a
  chat message's stamp (``닉네임 — 2026-11-20 오전 10:31``, ``오후 2:14 이름``:
  :func:`summarizer.chat_stamps.chat_stamp`) or a photo's
  caption signed by its photographer (``[지역=매체] 이름 기자 = … 2026.11.12.
  photo@…``). Its name is read only where no other line credits a writer
  (:func:`summarizer.credit_lines.wrapper_author`).
* :func:`wrapper_name`: a line whose outlet slot holds no outlet — a chat
  message's stamp (the poster or the bot app: ``뉴스봇 앱 — 날짜``) or a
  newsletter's issue banner (``레터 이름 · 제212호 · 2026년 11월 23일``).
"""

from __future__ import annotations

import re

from .byline_words import MAIL
from .chat_stamps import chat_stamp
from .chrome_fields import POST_COUNTER
from .dates import PUBLISHED_LABEL
from .wrapper_heads import REPORT_FIELD, VIEWS

_SIGN_OFF = re.compile(r"^(?:(?:에디터|기자|편집장)\s+)?[가-힣]{2,4}\s*(?:드림|올림)\.?$")
_POSTER = re.compile(r"^(?:작성자|글쓴이|게시자|등록자)\s*[:：]?\s*\S")
# "… 보드. 2026.11.12. photo@newsis.com": a caption's date and the photo desk's mail
_CAPTION_END = re.compile(rf"\d{{4}}\.\d{{1,2}}\.\d{{1,2}}\.?\s+{MAIL}$")
_CAPTION = re.compile(r"기자\s*=\s*\S")
# "제212호", "#34", "Vol. 12", "12호": a newsletter's issue number
_ISSUE = re.compile(
    r"제\s?\d{1,4}\s?호|(?:^|\s)\d{1,4}호(?:\s|$)|#\d{1,4}\b|\bvol\.?\s?\d{1,4}", re.I
)


def wrapper_person(line: str) -> bool:
    """A line crediting the wrapper's person, not the article's writer (module doc)."""
    if _SIGN_OFF.match(line) or _POSTER.match(line) or chat_stamp(line):
        return True
    return _CAPTION.search(line) is not None and _CAPTION_END.search(line) is not None


def wrapper_name(line: str) -> bool:
    """A line whose outlet slot is a chat's poster or app or a letter's issue (module doc)."""
    issue = len(line) <= 80 and _ISSUE.search(line) and not PUBLISHED_LABEL.search(line)
    return chat_stamp(line) or bool(issue)  # "매체 제208호 | 입력 …": a magazine's own


# "네이버 블로그 | 블로그 이름", "Daum 카페", "티스토리", "브런치스토리", "네이버 포스트"
_PLATFORM = re.compile(
    r"^(?:(?:네이버|naver|다음|daum|카카오|kakao)\s*(?:블로그|blog|카페|cafe|포스트|post|밴드|band)"
    r"|티스토리|tistory|브런치(?:스토리)?|brunch(?:story)?|velog|이글루스|egloos)(?:\s*[|:·>-]|$)",
    re.I,
)


def platform_site(name: str) -> bool:
    """A blog's, café's or post platform's site name: the platform (and the
    blog's own name after it), never the outlet of the article it scraps."""
    return _PLATFORM.match(name.strip()) is not None


# "조회수 3.2만회  2026. 11. 23.", "조회수 1,204회 · 2026.11.23.": a video page's upload day
_VIEWS_DAY = re.compile(rf"{VIEWS}\s*[·•|]?\s*(\d{{4}}\.\s?\d{{1,2}}\.\s?\d{{1,2}}\.?)")


def video_day(line: str) -> str | None:
    """The upload day a video page prints after its view count, as text."""
    m = _VIEWS_DAY.match(line)
    return m.group(1) if m else None


# "작성일 2026-10-12 (월) 09:40  조회 31": a board post's header with its counter
_POST_COUNTER = re.compile(rf"{POST_COUNTER}\s*$")


def report_head(line: str) -> bool:
    """A clipping report's or a board post's head line: its issue or post
    date is the wrapper's, never the article's (a 입력 date below wins)."""
    return REPORT_FIELD.search(line) is not None or _POST_COUNTER.search(line) is not None
