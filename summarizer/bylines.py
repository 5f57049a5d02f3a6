"""Bylines as Korean outlets print them: who wrote the article, for whom.

* ``[디일렉 정하늘 기자]``, ``[뉴스원 새너제이=한유진 특파원]`` (the outlet is
  뉴스원, not the dateline 새너제이=)
* ``(서울=연합뉴스) 홍길동 기자 =``
* ``한겨레 | 오지훈 기자 | 입력 : 2025-02-11 10:00``, ``박지민 기자 | 승인 …``
* a sign-off at the bottom: ``뉴스원 한유진 특파원 yujin@newsone.kr``,
  ``김나래 기자 narae@aitimes.kr``, or ``이서연 기자`` alone on its line
* copyright lines are read in :mod:`summarizer.holders`; which words of a
  byline name the outlet, in :mod:`summarizer.byline_outlets`
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .broadcast import (
    broadcast_desk,
    call_sign,
    closing_sign_off,
    name_and_mail,
    on_air,
)
from .byline_marks import byline_marks
from .byline_outlets import (
    agency_outlet,
    dateline_outlet,
    is_outlet,
    not_a_person,
    outlet,
    outlet_name,
    outlet_tag,
    paren_outlet,
    service_tag,
)
from .byline_words import (
    MAIL,
    NAME,
    NAMES,
    NOT_PERSON,
    OUTLET_NAME,
    ROLE,
    SPACED_NAMES,
)
from .byline_writers import joint_byline, outlet_free, without_interns
from .datelines import dateline_fields
from .outlet_domains import known_outlets
from .sources import source_outlet

# [애플경제 김예지 기자], [매체 뉴욕=이름 특파원], [매체=이름 기자]
BRACKET_BYLINE = re.compile(
    rf"^\s*[\[【]\s*([^\]】]*?)\s*(?<![가-힣·,])({NAMES})\s*{ROLE}\s*[\]】]\s*"
)
# 홍길동 기자 = 본문 …
LEAD_BYLINE = re.compile(rf"^\s*({NAMES})\s*{ROLE}\s*=\s*")
# (서울=연합뉴스) 홍길동 기자 =
AGENCY_BYLINE = re.compile(
    rf"^\s*[(\[【]([^=()\[\]【】]+)=([^()\[\]【】]+)[)\]】]\s*({SPACED_NAMES})\s*{ROLE}\s*=?\s*"
)
# "(타이베이 AFP=연합뉴스)", "【서울=뉴시스】": a dateline and agency without a reporter
AGENCY_TAG = re.compile(r"^\s*[(\[【]([^=()\[\]【】]{1,20})=([^()\[\]【】\s]{2,12})[)\]】]\s*")
# "金在勳 경제전문 논설위원": a name in hanja, maybe a descriptor, the role
_HANJA_BYLINE = re.compile(rf"^([\u4e00-\u9fff]{{2,4}})\s+(?:[가-힣]{{2,8}}\s+)?{ROLE}$")
# "Sophie Lee 기자", "작성자 아베 유카(도쿄무역관)": a Latin name before a Korean role,
# a foreign name in Hangul after a writer's label, its office in parentheses
_OTHER_WRITER = re.compile(
    rf"^([A-Z][a-z]+(?:[ -][A-Z][a-z]+){{1,2}})\s+{ROLE}$"
    r"|^(?:작성자|글쓴이|기자명)\s*[:=]?\s*([가-힣]{2,4}(?:\s[가-힣]{1,4})?)\s*(?:\([^()]{2,15}\))?$"
)
# "국가 일본", "무역관 도쿄무역관": a report's labelled field, no outlet
_LABELLED_FIELD = re.compile(
    r"^(?:국가|지역|무역관|분야|카테고리|분류|부서|품목|산업|태그)\s*[:：]?\s"
)
# 영국 유로저널 이지예 기자  jylee@theeurojournal.com
# "이름·이름 기자 a@x.kr, b@x.kr": one mail per writer; "이름 기자 (매체)"
_SIGNOFF = re.compile(
    rf"^(?:(?P<pre>.{{0,30}}?)\s+)?(?P<name>{NAMES})\s*{ROLE}\s*"
    r"(?:\((?P<paren>[^()@\d]{2,20})\)|"
    rf"(?P<email>{MAIL}(?:\s*[,;/]\s*{MAIL})*))?$"
)
# a writer's label, alone or joined ("인터뷰·정리=이름 기자", "취재·정리 이름 기자")
# ("사진=이름 기자" alone is a photo credit, "글·사진" is a writer's)
_LABEL = r"(?:글|기사|취재|정리|대담|인터뷰|진행|작성자|기자명|글쓴이|에디터)"
_WRITER = re.compile(
    rf"^(?:(?:{_LABEL}(?:\s*·\s*(?:{_LABEL}|사진))*|사진\s*·\s*{_LABEL}|[Rr]eporter|[Ww]riter|"
    rf"[Aa]uthor|[Ee]ditor)"
    rf"\s*[:=/]?\s*)?({NAMES})\s*"
    rf"(?:{ROLE}|\([^()]{{0,15}}?{ROLE}\))(?:\s+\S+@\S+)?$"
    # 기자 홍길동 hong@x.com, 기자명 정하나, 작성자 : 홍길동, a newsletter's "편집 이름",
    # a web page's "by 이름"
    rf"|^(?:기자명|작성자|글쓴이|기자|글|취재|정리|대담|인터뷰|진행|에디터|편집|[Rr]eporter|[Ww]riter|"
    rf"[Aa]uthor|[Ee]ditor|[Bb]y)"
    rf"(?:\s*[:=]\s*|\s+)({NAMES})"
    r"(?:\s+\S+@\S+)?$"
)
# "By Dana Lee, Staff Reporter": a role, not a second author
_EN_ROLE = re.compile(
    r"\b(?:reporter|writer|correspondent|editor|contributor|columnist|journalist|staff)s?\b", re.I
)
# "테크와이어 편집국 news@techwire.kr": a desk, not a person
_DESK = re.compile(
    r"^(?P<outlet>[^|/]{2,20}?)\s*(?:편집국|편집부|뉴스팀|취재팀|온라인뉴스팀|디지털뉴스팀|뉴스룸|보도국)"
    r"(?:\s+\S+@\S+)?$"
)
# "경향신문 국제부", "매체 산업1부", "매체 디지털뉴스팀": an outlet's desk signing a
# piece (the outlet publishes, no person writes)
_OUTLET_DESK = re.compile(
    r"^(?P<outlet>[가-힣A-Za-z0-9]{2,12}(?:\s[가-힣A-Za-z0-9]{1,8})?)\s+"
    r"(?:국제|산업|경제|정치|사회|문화|과학|금융|증권|유통|테크|IT|디지털|온라인|뉴스|"
    r"디지털뉴스|온라인뉴스|특별취재|기획취재|탐사보도)\d?(?:부|팀)$"
)
# Where one field of a one-line byline ends: "|", " / ", a run of spaces, or
# the date label that starts the next field ("최가은 기자 입력 2025. 12. 01").
_DATE_LABELS = r"(?:송고시간|기사입력|입력|등록|수정|승인|발행일?|작성일|업데이트|공개(?=\s*\d{4}))"
_FIELD_BREAK = re.compile(
    r"\s*\|\s*|\s+[/ㅣ]\s+|\s{2,}"
    # "이름 기자 · 3시간 전 · …", "이름 기자 · 입력 …", "이름 기자 ─ 2025년 …"
    rf"|\s+[·─━—–ㅡ-]{{1,2}}\s+(?=\d|{_DATE_LABELS})"
    rf"|(?:(?<=기자)|(?<=특파원)|(?<=에디터))\s+·\s+(?!{NAME}\s*{ROLE})"  # "… 기자 · 매체 · 날짜"
    rf"|\s+(?=(?:{_DATE_LABELS}|송고)\s*[:：]?\s*\d)"  # "이름 특파원 송고 2026.07.15"
    r"|(?:(?<=기자)|(?<=특파원))\s+(?=\d{4}\s*[.\-/]\s*\d)"  # "이름 기자 2025-03-05 14:00"
    rf"|(?:(?<=기자)|(?<=특파원))(?={_DATE_LABELS}\s*[:：]?\s*\d)"  # "이름 기자입력2025.03.07"
    r"|\s+·\s+(?=(?:사진|그래픽|영상)\s*[:=]?\s*[가-힣])"  # "글 이름 기자 · 사진 이름 기자"
)
_DATE_ONLY = re.compile(
    r"^(?:[가-힣]{2,4}\s*[:：]?\s*)?\d{4}\s*[.\-/년]\s*\d{1,2}\s*[.\-/월]\s*\d{1,2}"
    r"(?:[^가-힣]|오전|오후|[일시분초]|[월화수목금토일]요일|\([월화수목금토일]\))*$"
    # "3시간 전", "Posted 3 hours ago"
    r"|^(?:(?:posted|updated)\s+)?\d{1,3}\s*"
    r"(?:초|분|시간|일|주|개월|달|년|(?:second|minute|min|hour|hr|day|week|month)s?)\s*(?:전|ago)$",
    re.I,
)
# "김민수 기자 기자의 다른기사 보기", "… 구독하기": links after a byline
_BYLINE_TAIL = re.compile(
    r"\s+(?:(?:기자의\s*)?다른\s*기사\s*(?:보기|더\s*보기)?|(?:기자\s*)?구독(?:하기)?|\+\s*구독)$"
)
# a body sentence's end: "…공개했다.", "…밝혔습니다"
_SENTENCE_END = re.compile(r"(?:다|요|죠)[.!][\"'”’]?$|[.!?][\"'”’]?$|^.{60,}(?:다|요|죠)[\"'”’]?$")
# "[파이낸셜뉴스] 삼성전자가 …": the outlet's tag opening the lead paragraph
LEAD_OUTLET = re.compile(r"^\s*[\[【]([^\]】=\s]{2,12}(?:\s[^\]】=\s]{1,8})?)[\]】]\s*(?=\S)")
# "뉴욕=김흥록 특파원", "산호세(미국)=이름 기자", "글=이지은 기자": a dateline or label, the writer
_DATELINE_WRITER = re.compile(
    rf"^([가-힣A-Za-z]{{1,10}})(\([가-힣]{{1,6}}\))?\s*=\s*({NAMES})\s*{ROLE}(?:\s+[\w.+-]+@[\w.-]+)?$"
)
# "Choi Eun-ji Reporter", "Dana Lee, Staff Writer"
_EN_SIGNOFF = re.compile(
    r"^(?!(?:The|By)\b)([A-Z][a-z]+(?:-[a-z]+)?(?:[ -][A-Z][a-z]+(?:-[a-z]+)?){1,3}),?\s+"
    r"(?:[Ss]taff\s+|[Ss]enior\s+)?"
    r"(?:[Rr]eporter|[Cc]orrespondent|[Ww]riter|[Ee]ditor)s?$"
)
# "김성호(ksh7)": a name and the writer's site id
# "【베이징 10월16일 신화통신】": a wire dateline, place, date and agency
WIRE_DATELINE = re.compile(
    r"^\s*[\[【]\s*[가-힣]{2,8}\s+\d{1,2}\s*월\s*\d{1,2}\s*일\s+(?P<who>[^\]】\s]{2,12})\s*[\]】]"
)
# "2025-10-16 09:12:00 출처: 신화통신": a date line naming its source outlet
_DATED_SOURCE = re.compile(
    r"^(?P<date>\d{4}.{4,30}?)\s+(?:출처|source)\s*[:：]\s*(?P<who>\S{2,15})$", re.I
)
# "Reporter", "기자" as a field of its own after the name, maybe with the date
_ROLE_FIELD = re.compile(
    r"^(?:reporter|staff\s+writer|writer|editor|correspondent|기자|특파원|에디터)\.?(?=\s|$)\s*(?P<rest>.*)$",
    re.I,
)
# a name standing alone as a field: Korean, a foreign name in Hangul ("아베
# 유카"), or a Latin name
_FIELD_NAME = re.compile(r"[가-힣]{2,4}(?:\s[가-힣]{1,4})?|[A-Z][a-z]+(?:[ -][A-Z][a-z]+){1,2}")
# "정윤서 Reporter", "아베 유카 Staff Writer": a name in Hangul, its English role
_NAME_EN_ROLE = re.compile(
    r"^([가-힣]{2,4}(?:\s[가-힣]{1,4})?),?\s+(?i:(?:staff\s+|senior\s+)?"
    r"(?:reporter|writer|editor|correspondent))$"
)
_EN_DATE = re.compile(r"^[A-Za-z]{3,9}\.?\s+\d{1,2},?\s+\d{4}\b[\d:\s]*(?:[AP]M)?$", re.I)
# "글: Maria Keller, EE Times": a Latin writer after a writer label, the source after
_LATIN_WRITER = re.compile(
    r"^(?:글·사진|사진·글|글|기사|취재|정리|(?i:writer))\s*[:：=/]?\s*"
    r"([A-Z][a-z]+(?:[ -][A-Z][a-z]+){1,2})"
    r"(?:\s*,\s*[^,]{2,30})?$"
)
# "한경비즈니스 제1512호": a magazine's issue number after its name
_ISSUE_SUFFIX = re.compile(r"\s+(?:제\s*)?\d{1,5}\s*호(?:\s*[(\[][^)\]]{1,15}[)\]])?$")
# "김성호(ksh7)": a name and the writer's site id
_NAME_HANDLE = re.compile(rf"^({NAME})\s*\(([a-z][a-z0-9_.]{{1,19}})\)$")
# "김민수 입력 : 2025-05-02 14:03": a name right before the date label
_NAME_THEN_DATE = re.compile(
    rf"^({NAME})\s+(?:기사입력|입력|등록|승인|기사승인|송고|작성일?)\s*[:：]?\s*\d"
)
_EMAIL = re.compile(MAIL)
_PHOTO_CREDIT = re.compile(r"사진|그래픽|영상|자료")
# "하드웨어 뉴스", "경제 뉴스": a Hangul topic word, a space and 뉴스 names a
# section (outlets glue the word: "IT뉴스"; "KBS 뉴스" is Latin)
_TOPIC_NEWS = re.compile(r"[가-힣]{2,6}\s뉴스")
_LATIN_BRAND = re.compile(r"[A-Z][A-Za-z0-9]{1,11}(?: [A-Z][A-Za-z0-9]{1,11}){0,2}")
# "데일리한국 (임소라 기자)": the outlet, then the writer in parentheses
_OUTLET_PAREN_WRITER = re.compile(rf"^(?P<pre>[^()]{{2,20}}?)\s*\((?P<name>{NAMES})\s*{ROLE}\)$")
_KIND_OF_WRITER = re.compile(r"^(?:인턴|수습|객원|시민|전문|선임|수석|편집|명예|청년|학생)$")
_CREW = re.compile(r"(?:촬영|카메라|영상|그래픽|조명|음향|CG|VJ)\s*(?:기자)?\s*[:=]")
_SHORT = 80
_LATIN_NAME = re.compile(r"^[A-Z][a-z]+(?:[ -][A-Z][a-z]+){1,2}$")
# "… hong@x.com 2025-03-05", "…@x.co.kr2026-03-18 14:32:06" (glued to the domain)
_MAIL_THEN_DATE = re.compile(r"(@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,})\s*(\d{4}\s*[.\-/년].*)$")
_PAREN_EMAIL = re.compile(rf"[(\[]\s*({MAIL})\s*[)\]]")


@dataclass(frozen=True)
class Byline:
    author: str | None = None
    publisher: str | None = None


@lru_cache(maxsize=4096)  # a line is asked by several rules (issue 14: ingest CPU)
def read_byline(line: str) -> Byline | None:
    """The author and outlet a byline line states, or None for other lines.
    Several authors are all kept, in byline order, joined by "·"."""
    byline = _read_byline(byline_marks(without_interns(joint_byline(line))))  # "…, 이름 인턴기자"
    if byline is None or byline.author is None:
        return byline
    return Byline(*outlet_free(join_names(byline.author), byline.publisher))  # no outlet


def join_names(text: str) -> str | None:
    """The authors as the byline joins them, without roles: "김민수 기자, 이영희
    기자" → "김민수·이영희" (as "박지성·최민호"); "Sarah Kim and Daniel Cho, Staff
    Reporters" → "Sarah Kim and Daniel Cho"."""
    if re.search(r"[가-힣]", text):
        parts = re.split(r"(\s*[·,]\s*|\s+)", re.sub(ROLE, " ", text).strip())
        names = parts[::2]
        seps = [sep.strip() or " " for sep in parts[1::2]]
        kept = [n for n in names if n and not NOT_PERSON.match(n)]
        if len(kept) != len([n for n in names if n]):
            return " ".join(kept) or None
        out = names[0]
        for sep, name in zip(seps, names[1:], strict=True):
            if name:
                out += ("·" if sep == "," else sep) + name  # "이름 기자, 이름 기자": as "·"
        return out or None
    parts = [p.strip() for p in text.split(",")]
    kept = [
        p
        for i, p in enumerate(parts)
        if p and not NOT_PERSON.match(p) and not _EN_ROLE.search(p) and not (i and is_outlet(p))
    ]  # "By Maria Keller, EE Times": the source after the comma is no author
    return ", ".join(kept) or None


def _tidy(line: str) -> str:
    """A byline line without its marks, brackets and links after it."""
    line = _PAREN_EMAIL.sub(r" \1", line).strip().lstrip("/-–—<▶▷►■□◆◇●○• ").rstrip("> ")
    if line.startswith("(") and line.endswith(")") and "(" not in line[1:]:
        line = line[1:-1]  # "(홍길동 기자)"
    line = _MAIL_THEN_DATE.sub(r"\1 | \2", line) if "@" in line else line  # "… a@x.kr 2025-03-05"
    if ("기사" in line or "구독" in line) and (tail := _BYLINE_TAIL.search(line)) is not None:
        # "이름 기자의 다른기사": the role stays when only the tail carried it
        head = line[: tail.start()]
        line = head + (" 기자" if "기자" in tail.group() and not re.search(ROLE, head) else "")
    return line


def _read_byline(line: str) -> Byline | None:
    line = _tidy(line)
    if m := BRACKET_BYLINE.match(line):
        if _PHOTO_CREDIT.search(m.group(1)):
            return None  # "[사진=김민수 기자]": a photo credit
        return Byline(m.group(2), call_sign(m.group(1)) or outlet(m.group(1)))
    if m := AGENCY_BYLINE.match(line):
        return Byline(m.group(3), m.group(2).strip())
    if m := LEAD_BYLINE.match(line):
        return Byline(m.group(1), None)
    if (m := LEAD_OUTLET.match(line)) and (name := outlet_tag(m[1]) or _service(m[1], line)):
        rest = _read_byline(line[m.end() :])  # "[서울테크뉴스] 배지훈 기자"
        if rest or name in known_outlets() or _lead_sentence(line):
            return Byline(rest.author if rest else None, name)  # not "[AI 리포트] 헤드라인"
    if (m := WIRE_DATELINE.match(line)) and (name := outlet_tag(m.group("who"))):
        return Byline(None, name)  # "【베이징 10월16일 신화통신】 본문…"
    if (m := AGENCY_TAG.match(line)) and (name := agency_outlet(m.group(2))):
        return Byline(None, name)  # "(타이베이 AFP=연합뉴스) 본문…", "[베이징=신화/뉴시스]"
    if signed := closing_sign_off(line):
        return Byline(*signed)  # "… 꼽힙니다. SBS Biz 유나연입니다."
    if len(line) > _SHORT:
        return None
    if signed := on_air(line):
        return Byline(*signed)  # "MBN뉴스 장세혁입니다. [mail]": before the mail's fields
    if sourced := _sourced(line):
        return sourced
    if (m := _DATED_SOURCE.match(line)) and _DATE_ONLY.match(m.group("date")):
        return Byline(None, outlet_tag(m.group("who")))  # "2025-10-16 09:12 출처: 매체"
    if m := _DESK.match(line):
        return Byline(None, outlet_name(m.group("outlet")))
    if (m := _OUTLET_DESK.match(line)) and is_outlet(m["outlet"]):
        return Byline(None, outlet_name(m["outlet"]))  # "경향신문 국제부": the desk signs
    if (m := _NAME_THEN_DATE.match(line)) and not not_a_person(m.group(1)):
        return Byline(m.group(1), None)
    if (m := _NAME_HANDLE.match(line)) and not not_a_person(m.group(1)):
        return Byline(m.group(1), None)
    if mailed := name_and_mail(line):
        return Byline(*mailed)
    if len(parts := [p for p in _FIELD_BREAK.split(line) if p]) > 1:
        return _fields(parts)
    if (m := _OUTLET_PAREN_WRITER.match(line)) and (bracketed := _outlet_paren(m)):
        return bracketed
    if writer := _field_writer(line):
        return Byline(writer, None)  # "글: Maria Keller", "정윤서 Reporter"
    if m := _EN_SIGNOFF.match(line):
        return Byline(m.group(1), None)
    if m := _DATELINE_WRITER.match(line):
        # "매체=이름 기자" names the outlet; a place ("송도=") or a role does not
        return Byline(m.group(3), dateline_outlet(m.group(1), m.group(2)))
    if m := _HANJA_BYLINE.match(line):
        return Byline(m.group(1), None)
    if (m := _SIGNOFF.match(line)) and not line.endswith(("다.", "다")):
        pre = m.group("pre") or ""
        if _PHOTO_CREDIT.search(pre):
            return None
        paren = paren_outlet(m.group("paren"))
        if m.group("email") or pre or paren or _WRITER.match(line):
            return Byline(m.group("name"), outlet(pre) if pre else paren)
    return None


def _service(tag: str, line: str) -> str | None:
    """ "[이데일리 마켓포인트] 11일 …": an outlet's service tag opening a lead
    sentence (not a letter's head: "[매체 뉴스레터] 이름 2026-09-15")."""
    return service_tag(tag) if _lead_sentence(line) else None


def _lead_sentence(line: str) -> bool:
    """A lead paragraph's sentence after the outlet's tag ("[매체] 삼성전자가 …
    밝혔다."), not a tagged headline asking a question ("[글로벌 리포트] …
    다음은?": short, an ellipsis or a quote in it)."""
    if not _SENTENCE_END.search(line):
        return False
    asked = line.rstrip("\"'”’").endswith(("?", "!"))
    return not (asked and len(line) <= _SHORT and re.search(r"…|\.\.\.|[\"“”]", line))


def _sourced(line: str) -> Byline | None:
    """ "출처: 매체 (domain) · 6월 3일 오전 8:14": a copied article's source."""
    source = source_outlet(line, OUTLET_NAME, known_outlets())
    return Byline(None, source) if source else None


def _outlet_paren(m: re.Match[str]) -> Byline | None:
    """ "데일리한국 (임소라 기자)": one word or an outlet's name, then the writer
    in parentheses; not a caption "본사 전경 (이름 기자)" or a photo credit."""
    name = outlet_name(m["pre"])
    if name is None or (" " in name and not is_outlet(name)) or _PHOTO_CREDIT.search(name):
        return None
    if not_a_person(m["name"]) or _KIND_OF_WRITER.match(m["name"]):
        return None  # "김철수 (인턴 기자)": the writer's kind, not a name
    return Byline(m["name"], name)


def _fields(parts: list[str]) -> Byline | None:
    """A one-line byline: ``매체 | 이름 기자 | 입력 : …``, ``이름 기자 | 승인 …``,
    ``매체 | 2025-03-12 | 2 min read``, ``기자명 이름 기자   입력 …``."""
    if any(_CREW.match(part) for part in parts):
        return None  # "촬영 : 이름 / 편집 : 이름": a broadcast's crew, not its writer
    author: str | None = None
    dated = False
    parts = [f for part in parts for f in dateline_fields(part)]  # "베이징=이름 특파원 | 입력 …"
    for i, part in enumerate(parts):
        if author is None:
            author = _field_writer(part) or _role_field(parts[i - 1 : i + 1] if i else [])
        dated = dated or _DATE_ONLY.match(part) is not None or _EN_DATE.match(part) is not None
    for part in parts if author is None else ():
        m = _SIGNOFF.match(_EMAIL.sub("", part).strip())  # "매체 이름 기자"
        if m and m["pre"] and not _PHOTO_CREDIT.search(m["pre"]):
            return Byline(m.group("name"), outlet(m.group("pre")))
    if author is None and len(parts) == 2 and (pair := _name_then_outlet(*parts)):
        return pair  # "오세진 | CIO KR"
    if author is None and not dated:
        return None
    named = [
        p
        for p in parts
        if not _field_writer(p)
        and not _DATE_ONLY.match(p)
        and not _EN_DATE.match(p)
        and not _PHOTO_CREDIT.match(p)  # "글 김민수 / 사진 박지성"
        and not (author and author in p)  # "이름 | Reporter"
        and not _ROLE_FIELD.match(p)
        and not _LABELLED_FIELD.match(p)
    ]
    if author is None and dated and len(parts) == 2 == len(named) + 1 and _person(named[0]):
        return Byline(named[0], None)  # "Dana Lee | March 7, 2025"
    desk = _DESK.match(named[0]) if named else None  # "이름 기자 / 매체 편집부"
    head = _ISSUE_SUFFIX.sub("", desk.group("outlet") if desk else named[0]) if named else ""
    publisher = broadcast_desk(head) or outlet_name(head) if named else None
    if author is None and dated and publisher and len(named) > 1:
        # "2025-08-12 | KoreaTech Insight | Daniel Park": a name after the outlet
        # "칩데일리 | 김민수 | 2025.03.07": a bare Hangul name after the outlet
        author = next((p for p in named[1:] if _LATIN_NAME.match(p) or _person(p)), None)
    return Byline(author, publisher)


def _name_then_outlet(name: str, field: str) -> Byline | None:
    """ "이름 | 매체": a bare Korean name, then an outlet's name (listed,
    shaped like one, or a Latin brand "CIO KR"), not a section or a place."""
    if not re.fullmatch(NAME, name) or not_a_person(name):
        return None
    if _TOPIC_NEWS.fullmatch(field) and field not in known_outlets():
        return None  # "매체 | 하드웨어 뉴스": a masthead over its section, no writer
    if is_outlet(field) or _LATIN_BRAND.fullmatch(field):
        return Byline(name, outlet_name(field))
    return None


def _person(field: str) -> bool:
    """A field that is a person's name alone: a three-syllable Hangul name
    (no desk, section or outlet) or a Latin name not shaped like an outlet's."""
    if _LATIN_NAME.match(field):
        return not is_outlet(field)
    return (
        re.fullmatch(r"[가-힣]{3}", field) is not None
        and not not_a_person(field)
        and not re.search(r"[부팀국실면판층]$", field)
    )


def _field_writer(part: str) -> str | None:
    """The writer a byline field names: "이름 기자", "기자명 이름", "정윤서
    Reporter", or a translated piece's "글: Maria Keller, EE Times" (the
    source after the comma)."""
    part = _EMAIL.sub("", part).strip()
    if m := _WRITER.match(part):
        return m.group(1) or m.group(2)
    if (m := _NAME_EN_ROLE.match(part)) and not any(not_a_person(w) for w in m[1].split()):
        return m.group(1)
    if (m := _OTHER_WRITER.match(part)) and not not_a_person(m[2] or ""):
        return m[1] or m[2]
    m = _LATIN_WRITER.match(part)
    return m.group(1) if m else None


def _role_field(pair: list[str]) -> str | None:
    """ "정윤서 | Reporter", "아베 유카 | Reporter Mar. 7, 2025": a name, then
    its role as the next field (a date may follow the role)."""
    if len(pair) != 2 or not (m := _ROLE_FIELD.match(pair[1])):
        return None
    rest = m.group("rest")
    if rest and not (_DATE_ONLY.match(rest) or _EN_DATE.match(rest)):
        return None
    name = _EMAIL.sub("", pair[0]).strip()
    if _FIELD_NAME.fullmatch(name) and not any(not_a_person(w) for w in name.split()):
        return name
    return None


def strip_email(text: str) -> str:
    return _EMAIL.sub("", text)
