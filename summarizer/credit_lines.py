"""Credit and signature lines the byline reader (:mod:`summarizer.bylines`)
does not take, and lines it must not take.

* ``글 이름·이름 기자, 사진 이름 기자``: the writers' field of a credits line
  (photographer, camera and editor fields dropped)
* ``▶ 인터뷰 : 이름 / 소속``: an interviewee in a broadcast script, never the
  byline; ``▶ 스탠딩 : 이름 / 기자``: the reporter's stand-up
* ``번역=이름 기자``: the translator, never the author; ``글=데이비드 모로
  (미국 테크 칼럼니스트)``: the writer, a foreign name of several words
* ``리사 장 기자 · 뉴욕``: a foreign name of two or three words before 기자
* ``에디터 이름 드림``: a newsletter's sign-off; ``구독자님, 안녕하세요.``
  its greeting, never its headline (:func:`greeting`)
* ``닉네임 | 26.04.14 13:22 | 조회 2,418``: a board post's header (the
  nickname and the date of a post; a counter field says it is one); a
  board's name (``자유게시판``) heading a section path is no outlet
* ``이름 소속 교수·협회 위원장``, ``이름 매체 산업부장 (mail)``: an op-ed or
  column signed on its last lines (:func:`tail_signature`)
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from .byline_forms import affiliated, mail_in_brackets, romanised
from .byline_words import MAIL, NOT_OUTLET, NOT_PERSON, OUTLET_NAME, PLACE, SECTION_WORD
from .bylines import Byline, read_byline
from .caption_lines import photographer, staff_credit
from .chrome_fields import POST_COUNTER, chrome_field
from .credit_kinds import kind_credit
from .dated_credits import dated_credit
from .dates import kst_date, parse_date
from .late_credits import shape_credit
from .letter_lines import letter_name
from .odd_credits import odd_credit
from .odd_pages import odd_byline
from .odd_publishers import outlet_field
from .outlet_domains import known_outlets
from .wire_leads import outlet_lead
from .wrapper_people import video_day, wrapper_name, wrapper_person

# "사진 이름 기자", "영상취재 : 이름": a credit that names no writer
_NOT_WRITER = re.compile(r"^(?:사진|영상|그래픽|촬영|편집|디자인|영상취재|영상편집|일러스트)\b")
_CREDITS = re.compile(r"^(?:글|취재|기사)\s*[=:]?\s*\S.*(?:[,/|]|\s·)\s*(?:사진|영상|그래픽|촬영)")
_CREDIT_FIELD = re.compile(r"\s*[,/|]\s*|\s+·\s+")  # "글 이름·이름 기자 · 사진 이름 기자"
_WRITERS_LABEL = re.compile(r"^(?:글|취재|기사)\s*[=:]?\s*")
# broadcast scripts: a soundbite's speaker, and the reporter's stand-up
_SOUNDBITE = re.compile(r"^[▶►▷■\[]?\s*(?:인터뷰|싱크|녹취|현장음|인터뷰\s*녹취)\s*[:\]]")
_STAND_UP = re.compile(r"^[▶►▷■\[]?\s*(?:기자\s*)?스탠딩\s*[:\]]\s*([가-힣]{2,4})\s*/\s*기자$")
# "번역=이름 기자", "번역 도움=이름 인턴기자", "그래픽=이름 기자", "영상편집 : 이름":
# a translator's, helper's or artist's credit, never the writer's
_TRANSLATOR = re.compile(
    r"^(?:(?:(?:번역|통역|감수|취재|자료)\s*(?:도움|지원|협조)|번역|통역|감수|도움|자료\s*조사"
    r"|그래픽|인포그래픽|일러스트|삽화|영상|영상\s*(?:편집|디자인)|디자인|CG)\s*[=:：]"
    r"|translated\s+by\b)",
    re.I,
)
_FOREIGN = r"[가-힣]{1,6}(?:\s[가-힣]{1,6}){1,2}"
# "글=데이비드 모로 (미국 테크 칼럼니스트)", "글 / 이름 (소속 직함)", "글; 이름"
_WRITER_LABEL = re.compile(
    rf"^(?:글|기고|필자)\s*[=:：/;]\s*({_FOREIGN}|[가-힣]{{2,4}})\s*(?:\(.+\))?$"
)
# "리사 장 기자 · 뉴욕", "데이비드 김 특파원"
_FOREIGN_BYLINE = re.compile(rf"^({_FOREIGN})\s+(?:기자|특파원)(?:\s*[·|,]\s*([가-힣]{{2,8}}))?$")
_SIGN_OFF = re.compile(
    r"^(?:(?:에디터|기자|편집장)\s+)?([가-힣]{2,4})(?:\s*(?:기자|에디터|편집장))?\s*(?:드림|올림)\.?$"
)
# "민가온 푸드칼럼니스트", "이름 와인 평론가": a writer signed with a role that
# names its field; the field word is no writer and the name no outlet
_FIELD_ROLE = re.compile(
    r"^([가-힣]{3})\s+[가-힣A-Za-z]{1,6}\s?(?:칼럼니스트|평론가|전문작가|작가|전문가|에디터)$"
)
_COUNTER = re.compile(rf"^{POST_COUNTER}$")
_SHORT_DATE = re.compile(
    r"^(\d{2}|\d{4})[.\-/](\d{1,2})[.\-/](\d{1,2})\.?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$"
)
_NICKNAME = re.compile(r"^[\w가-힣]{2,20}$")


def credit_byline(line: str) -> Byline | None:
    """The byline of ``line`` by :func:`read_byline`, with the credit,
    broadcast, translator and sign-off lines above read or refused."""
    if _SOUNDBITE.match(line) or _TRANSLATOR.match(line):
        return None
    if staff_credit(line) or photographer(line):
        return None  # "… 서버실. 이름 선임기자", "사진=이름 기자": a photographer (photo_credits)
    if m := _STAND_UP.match(line) or _FIELD_ROLE.match(line):
        return Byline(m.group(1), None)
    if _CREDITS.match(line):
        fields = [f.strip() for f in _CREDIT_FIELD.split(line)]
        writers = [f for f in fields if f and not _NOT_WRITER.match(f)]
        if not writers:
            return None
        bare = _WRITERS_LABEL.sub("", writers[0])  # "남궁현 포브스코리아 기자"
        odd = odd_credit(bare)
        return read_byline(writers[0]) or read_byline(bare) or (Byline(*odd[:2]) if odd else None)
    if found := odd_byline(line):  # "이름 산업2부장 | 기사입력 …", "By Name (이름 기자)"
        return found
    if (found := read_byline(line)) is not None:
        if found.author in known_outlets():  # "이름 매체 기자" read as "매체 이름 기자"
            return affiliated(line) or found
        return found
    if found := mail_in_brackets(line, read_byline) or affiliated(line) or romanised(line):
        return found  # "[매체/이름 기자(mail)]", "이름 동아사이언스 기자"
    if led := outlet_lead(line):
        return led[0]  # "매체 이름 베이징 특파원 = 본문…"
    if m := _WRITER_LABEL.match(line) or _SIGN_OFF.match(line):
        return Byline(m.group(1), None) if _person(m.group(1)) else None
    if (m := _FOREIGN_BYLINE.match(line)) and _person(m.group(1)):
        return Byline(m.group(1), None)
    return None


def credit_fields(line: str) -> tuple[str | None, str | None, str | None]:
    """(author, outlet, date) :func:`_credit_fields` reads, without a
    wrapper's person or name (:mod:`summarizer.wrapper_people`)."""
    author, outlet, dated = _credit_fields(line)
    if not dated and (day := video_day(line)):
        dated = parse_date(day)  # "조회수 3.2만회  2026. 11. 23.": a video's upload day
    if author and wrapper_person(line):
        author = None  # read by wrapper_author where no byline names a writer
    return author, None if outlet and wrapper_name(line) else outlet, dated


def wrapper_author(lines: list[str]) -> str | None:
    """The writer a wrapper's sign-off, poster field, chat header or photo
    caption credits, read where no other line credits one."""
    for line in lines:
        if wrapper_person(line) and (found := _credit_fields(line)[0]):
            return found
    return None


def _credit_fields(line: str) -> tuple[str | None, str | None, str | None]:
    """(author, outlet, date) a line states by :func:`credit_byline`, a board
    post's header (:func:`post_header`), a date in two time zones
    (:func:`summarizer.dates.kst_date`) or a date line with credit fields
    (:func:`summarizer.dated_credits.dated_credit`); a thread's part counter
    and a credit sentence's words read as a byline (:func:`_credit_sentence`)."""
    if (sentence := _credit_sentence(line)) is not None:
        return sentence
    if (
        odd := kind_credit(line) or shape_credit(line) or odd_credit(line)
    ):  # an analyst's, "이름 매체 기자 승인 …"
        return odd[0], outlet_field(odd[1]), odd[2]
    author = outlet = dated = None
    if (byline := credit_byline(line)) is not None:
        author, outlet = byline.author, byline.publisher
        outlet = None if outlet and letter_name(outlet) else outlet  # "[팩플] … 뉴스레터 · 날짜"
    if "KST" in line or "시간" in line:
        dated = kst_date(line)  # "2026.04.14 06:30 (한국시간) · 4월 13일 …"
    if "|" in line and (post := post_header(line)):  # "닉네임 | 26.04.14 | 조회 12"
        author, dated = author or post[0], dated or post[1]
        outlet = None  # a poster's nickname is never an outlet
    if not (author or outlet or dated) and (found := dated_credit(line)):
        # "2026.10.14 06:00 · 정리 이름", "매체 디지털뉴스팀 | 2026-10-15 11:30 송고"
        author, outlet, dated = found
        author = author if author and _person(author) else None
    author = None if author and chrome_field(author) else author  # "날짜 | 팔로우"
    return author, outlet_field(outlet), dated  # no reading time, mail or page position


# "(3/3) 한국일보 이름 기자 기사. 2025.12.15 06:00 입력": a thread's last part
# crediting the article it summed up — counter, "기사." and a label after its date
_THREAD_PART = re.compile(r"^[(\[]\d{1,2}\s*/\s*\d{1,2}[)\]]\s*")
_STORY_WORD = re.compile(r"(?:(?<=기자)|(?<=특파원))\s*(?:의\s*)?(?:기사|보도|글)\s*[.,]?(?=\s|$)")
_LABEL_AFTER = re.compile(
    r"\s(\d{4}[.\-/]\d{1,2}[.\-/]\d{1,2}\.?(?:\s+\d{1,2}:\d{2})?)\s*(?:입력|송고|등록|게재|작성)$"
)


def _credit_sentence(line: str) -> tuple[str | None, str | None, str | None] | None:
    """(author, outlet, date) of a credit written as a sentence or a thread's
    part (module doc of :func:`credit_fields`), else None."""
    bare = _STORY_WORD.sub("", _THREAD_PART.sub("", line))
    if bare == line:
        return None
    dated = _LABEL_AFTER.search(bare)
    author, outlet, on = credit_fields(bare[: dated.start()] if dated else bare)
    if not author:
        return None
    return author, outlet, on or (parse_date(dated[1]) if dated else None)


def _person(name: str) -> bool:
    """No place, outlet, section or label word among the name's words."""
    for word in name.split():
        if PLACE.match(word) or SECTION_WORD.match(word) or NOT_PERSON.match(word):
            return False
        if NOT_OUTLET.match(word) or word in known_outlets() or OUTLET_NAME.search(word):
            return False
    return True


def post_header(line: str) -> tuple[str, str] | None:
    """(nickname, date) of a board post's header line: fields split by "|",
    the first a nickname, one a short date, one a counter ("조회 2,418")."""
    fields = [f.strip() for f in line.split("|")]
    if len(fields) < 3 or not any(_COUNTER.match(f) for f in fields):
        return None
    if not _NICKNAME.match(fields[0]) or NOT_PERSON.match(fields[0]):
        return None
    for field in fields[1:]:
        if m := _SHORT_DATE.match(field):
            year = int(m.group(1)) + (2000 if len(m.group(1)) == 2 else 0)
            try:
                return fields[0], date(year, int(m.group(2)), int(m.group(3))).isoformat()
            except ValueError:
                return None
    return None


_GREETING = re.compile(
    r"^(?:[가-힣A-Za-z]{1,10}\s*(?:님|여러분)\s*[,!]?\s*)?(?:안녕하세요|안녕하십니까|반갑습니다|좋은\s*아침)"
)


def greeting(line: str) -> bool:
    """ "구독자님, 안녕하세요. 이번 호는 …", "여러분, 좋은 아침입니다.": a
    letter's greeting line."""
    return _GREETING.match(line) is not None


_BOARD = re.compile(
    r"(?:게시판|갤러리|커뮤니티|포럼|라운지|질문답변|묻고\s*답하기|board|forum)$", re.I
)


def board_name(head: str) -> bool:
    """ "자유게시판", "하드웨어 갤러리": a community board's name."""
    return _BOARD.search(head) is not None


# "최경호 데일리안 산업부장", "이름 매체 편집국장": a newsroom column signed with
# outlet, desk and rank glued (a newsroom's ranks only: "조사국장" is a source's)
_DESK_RANK = re.compile(
    r"^([가-힣]{3})\s+(?:[가-힣A-Za-z0-9]{2,12}\s+)?"
    r"(?:[가-힣]{1,5}\d?부\s*(?:장|차장|부장|데스크|선임기자|전문기자)|(?:편집|보도|뉴스)\s*(?:부?국장)"
    r"|논설(?:위원|실장)|주필)$"
)
_MAIL = re.compile(rf"[(\[<]?\s*{MAIL}\s*[)\]>]?")


def tail_signature(line: str, column_author: Callable[[str], str | None]) -> str | None:
    """The signer of an op-ed or column signed on its last lines without a
    dash: "이름 소속 직함·소속 직함" (the first affiliation read), "이름 매체
    산업부장 (mail)"."""
    line = _MAIL.sub("", line).strip()
    if len(line) > 80 or re.search(r"[.!?]$|다$", line):
        return None
    if m := _DESK_RANK.match(line):
        return m.group(1) if _person(m.group(1)) else None
    return column_author(line) or column_author(line.split("·")[0].strip())
