"""Marks in a byline line that hide its shape, normalised before it is read.

* ``전소연 기자<soyeon@x.net>``: a mail glued to the role in angle brackets
  → ``전소연 기자 soyeon@x.net``
* ``김채연/황정수 기자 mail``: two writers joined by a slash before one role
  → ``김채연·황정수 기자 mail``; ``김채연 기자 황정수 기자`` (the role after
  each) likewise
* the same after a dateline or an agency tag: ``실리콘밸리=김도현 특파원/서민재
  기자``, ``[매체 뉴욕=이름 특파원 이름 기자]``, ``(뉴욕=매체) 이름 특파원 이름 기자
  =`` → ``…=김도현·서민재 기자``; writers without a role between them (``김민수
  이영희 기자 =``) stay as printed
* each writer with a dateline (``새너제이=이름 특파원 / 서울=이름 기자``) → both
  writers; a city before a slash (``워싱턴/이름 특파원``) is the dateline, no writer
"""

from __future__ import annotations

import re

from .byline_words import MAIL, PLACE, ROLE, SECTION_WORD, is_outlet_name
from .credit_kinds import several
from .datelines import is_city, is_dateline

_NAME = r"[가-힣]{2,4}"
# where a byline's writers start: the line's start, after a dateline's "=" or
# after an agency tag's closing bracket ("(뉴욕=매체) ")
_START = r"(^|=\s*|[)\]】]\s+)"
_ANY_ROLE = re.compile(ROLE)
# "[스포티비뉴스=인천, 이름 기자]": the dateline after "=" set off by a comma, no writer
_PLACE_COMMA = re.compile(
    rf"^(\s*[\[【][^=\]】]{{1,20}}=)([가-힣]{{2,6}})\s*,\s*(?={_NAME}(?:\s*[·,]\s*{_NAME})*\s*{ROLE})"
)
# "이름 소속 선임연구위원", "이름 수석논설위원", "이름 상임 논설위원": a rank glued
# before the role is part of the title, never the writer's name ("선임" is no name)
_RANK_ROLE = re.compile(
    rf"(?<![가-힣])(?:선임|수석|책임|상임|비상임|객원|전문|특임|초빙|명예|전임|주임|외부)\s?(?={ROLE})"
)
# "대담=이름 산업부장", "진행·정리 이름 부국장": an interview's or a talk's
# labelled interviewer with a newsroom rank instead of a reporter's role
_CREDIT_LABEL = r"(?:대담|정리|진행|인터뷰|글|취재)"
_LABELLED_RANK = re.compile(
    rf"^({_CREDIT_LABEL}(?:\s*·\s*(?:{_CREDIT_LABEL}|사진))*\s*[=:]?\s*{_NAME})\s+"
    r"(?:[가-힣]{1,6}\d?(?:부|팀|국)\s+)?[가-힣]{0,6}\d?(?:부장|차장|국장|부국장|팀장|데스크|"
    r"논설실장|주필|대기자)(?=\s*$|\s*[|,/])"
)
_LABEL_STARTS = ("대담", "정리", "진행", "인터뷰", "글", "취재")
# "정리=이름 기자, 사진=이름 기자": the photo's credit after a comma is its own field
_PHOTO_AFTER_COMMA = re.compile(r"\s*,\s*(?=(?:사진|그래픽|영상)\s*[=:]\s*[가-힣])")
# "<윤서진 기자>mail": a byline in angle brackets, as in square ones
_ANGLED = re.compile(rf"^<\s*({_NAME}(?:\s*[·,]\s*{_NAME})*\s+{ROLE})\s*>\s*")
# "육은찬 산업부 기자", "BBC 기술 담당 기자": a desk or a beat before the role, no name
_DESK_ROLE = re.compile(
    rf"(?<![가-힣])(?:(?P<stem>[가-힣A-Za-z]{{1,6}}?)\d?(?:부|팀)|[가-힣A-Za-z]{{1,6}}\s*담당)\s+(?={ROLE})"
)
_GLUED_MAIL = re.compile(rf"(?<=[가-힣])\s*<\s*({MAIL})\s*>")
_SLASHED_NAMES = re.compile(
    rf"{_START}({_NAME})\s*/\s*({_NAME})(?:\s*/\s*({_NAME}))?(?=\s+(?:기자|특파원)(?![가-힣]))"
)
# "워싱턴/이름 특파원": the dateline set off by a slash, not a second writer
_CITY_SLASH = re.compile(rf"(^|[\[【(]\s*)([가-힣]{{2,8}})\s*/\s*(?={_NAME}\s+{ROLE})")
# "새너제이=이름 특파원 / 서울=이름 기자": the second writer's own dateline
_SECOND_DATELINE = re.compile(rf"({ROLE})(\s*/\s*|\s+)([가-힣]{{2,8}})\s*=\s*(?={_NAME}\s+{ROLE})")
# "김채연 기자 황정수 기자", "김도현 특파원/서민재 기자": each writer with a role
_ROLE_EACH = re.compile(
    rf"{_START}({_NAME})\s+{ROLE}(?:\s*/\s*|\s+)({_NAME})\s+{ROLE}"
    rf"(?:(?:\s*/\s*|\s+)({_NAME})\s+{ROLE})?(?=[\s\]】=]|$)"
)
# "서도윤 실리콘밸리 특파원", "이름 도쿄특파원": the post's city before the role
_CITY_ROLE = re.compile(
    rf"(?<![가-힣])(?P<name>{_NAME})\s+(?P<city>[가-힣]{{2,8}}?)\s*(?=(?:특파원|통신원|기자)(?![가-힣]))"
)
# "… mail 기자페이지 입력 …", "이름 기자 +구독": a page's link after a byline
_LINK_AFTER = re.compile(
    r"(?P<keep>@[\w-]+(?:\.[\w-]+)+|기자|특파원)\s+"
    r"(?:기자\s*페이지|기자\s*구독|\+?\s*구독(?:하기)?|다른\s*기사(?:\s*(?:보기|더\s*보기))?|프로필(?:\s*보기)?"
    r"|팔로우)(?=\s*(?:[|·]|(?:기사)?입력|등록|승인|송고|\d{2,4}[.\-/])|$)"
)


def byline_marks(line: str) -> str:
    """``line`` with a glued mail set off, a rank before the role dropped, an
    interviewer's newsroom rank read as a role, a photo credit after a comma
    set apart and several writers, joined by a slash or each followed by a role, joined by
    "·" before one role."""
    line = several(line)  # "> 출처: …", "이름 기자 mail 이름 기자 mail"
    if line.startswith(_LABEL_STARTS):
        line = _LABELLED_RANK.sub(r"\1 기자", line)  # "대담=이름 산업부장"
        line = _PHOTO_AFTER_COMMA.sub(" | ", line)  # "정리=이름 기자, 사진=이름 기자"
    if "<" in line:
        line = _GLUED_MAIL.sub(r" \1", _ANGLED.sub(r"[\1] ", line))
    if not _ANY_ROLE.search(line):
        return line  # both patterns need a role word (issue 14: asked of every line)
    line = _DESK_ROLE.sub(_desk_free, _RANK_ROLE.sub("", line))
    line = _LINK_AFTER.sub(r"\g<keep>", _CITY_ROLE.sub(_city_free, line))
    if (m := _PLACE_COMMA.match(line)) and is_dateline(m.group(2)):
        line = f"{m.group(1)}{m.group(2)} {line[m.end() :]}"
    line = _CITY_SLASH.sub(lambda m: m[1] if is_city(m[2]) else m[0], line)
    line = _SECOND_DATELINE.sub(lambda m: m[1] + m[2] if is_dateline(m[3]) else m[0], line)
    if m := _SLASHED_NAMES.search(line) or _ROLE_EACH.search(line):
        names = "·".join(name for name in m.groups()[1:] if name)
        role = " 기자" if m.re is _ROLE_EACH else ""
        line = line[: m.start()] + m.group(1) + names + role + line[m.end() :]
    return line


def _desk_free(m: re.Match[str]) -> str:
    """Nothing for a section's desk (``산업부``, ``경제2부``) or a beat
    (``기술 담당``) before a role, else the words as printed."""
    return "" if m["stem"] is None or SECTION_WORD.match(m["stem"]) else m[0]


def _city_free(m: re.Match[str]) -> str:
    """The name alone where a listed city stands between it and the role,
    else the words as printed (an outlet or a city is no name)."""
    if not PLACE.match(m["city"]) or PLACE.match(m["name"]) or is_outlet_name(m["name"]):
        return m[0]
    return m["name"] + " "
