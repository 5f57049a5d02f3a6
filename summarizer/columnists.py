"""Guest columns signed with the writer's name, affiliation and title
("김상훈 한국반도체연구원 책임연구원", "글 이름 소속 교수"), and newsroom
columns signed with the desk and rank ("오승택 산업부 차장"), and columnists
signed with their role and a post after it ("이름 칼럼니스트·전 소속 직함",
"이름 칼럼니스트(소속 교수)", "이름 칼럼니스트 / 회사 대표")."""

from __future__ import annotations

import re

from .byline_words import NOT_PERSON, PLACE, SECTION_WORD

# an affiliation masked by the page ("○○대", "◯◯병원"): the mask stands for letters
_MASK = "○◯〇"
# "김상훈 한국반도체연구원 책임연구원": a guest column's signature
# "박선우 한국과학기술원(KAIST) 전기및전자공학부 교수", "이름 연구원 모빌리티센터장": the
# affiliation may carry its abbreviation, the title a unit glued before it; a
# society's or association's board member ("이름 제주관광학회 이사"); a former
# or present post after the title ("이름 소속 교수·전 부처 과장")
_COLUMNIST = re.compile(
    rf"^([가-힣]{{3}})\s+(?:㈜|\(주\)\s?)?[가-힣A-Za-z·{_MASK}]{{2,20}}(?:\([A-Za-z가-힣]{{2,12}}\))?"
    rf"(?:\s[가-힣A-Za-z·{_MASK}]{{2,12}}(?:\([A-Za-z가-힣]{{2,12}}\))?){{0,2}}\s+(?:[가-힣]{{2,10}}(?=센터장|소장|원장|실장|단장))?"
    r"(?:책임연구원|선임연구원|수석연구원|연구위원|연구원|교수|명예교수|객원교수|겸임교수|변호사|"
    r"박사|소장|원장|센터장|실장|단장|애널리스트|칼럼니스트|석좌교수|부교수|조교수|변리사|회계사|이사장|고문|"
    # research ranks: "수석이코노미스트", "책임연구교수", a company's bare "수석"
    r"(?:수석|책임|선임)?(?:이코노미스트|엔지니어|연구교수)|수석|책임|선임|"
    r"(?:(?<=학회\s)|(?<=협회\s)|(?<=재단\s)|(?<=포럼\s)|(?<=연구원\s))(?:상임)?이사|"
    r"[가-힣]{0,4}위원(?:장)?)"
    r"(?:\s*[·,/]\s*(?:전|前|현|現)\s?[가-힣A-Za-z0-9·\s]{2,24})?$"  # "…교수·전 산업부 과장"
)
# "오승택 산업부 차장", "이름 산업1부 차장": a newsroom column signed with the
# desk (its number too) and its rank
_DESK_SIGNED = re.compile(
    r"^([가-힣]{3})\s+[가-힣]{1,8}\d?(?:부|팀)\s+"
    r"(?:차장|부장|부국장|국장|선임기자|전문기자|기자|에디터|데스크|팀장)(?:\s*대우)?$"
)
# "구정현 칼럼니스트·전 반도체 설계 엔지니어", "이름 객원논설위원(○○대 교수)",
# "이름 칼럼니스트 / 칩웍스 대표": a columnist's name and role without an
# affiliation before it, maybe the writer's post (former or present) after it
_ROLE_TAIL = re.compile(
    r"^([가-힣]{3})\s*(?:객원\s?|외부\s?)?(?:칼럼니스트|컬럼니스트|논설위원|편집위원|기고가|필진)"
    r"(?:\s*[·,]\s*[^()·,]{2,30}|\s+/\s+[^()/]{2,30}|\s*\([^()]{2,30}\))?$"
)
# "글 ", "기고=", "필자 :": a label before a columnist's signature
_COLUMN_LABEL = re.compile(r"^(?:글|기고|필자)\s*[:=]?\s+|^(?:글|기고|필자)\s*[:=]\s*")
# the marks a signature line is printed with: a bullet ("■ 이름 소속 직함"), angle
# brackets ("〈이름 소속 직함〉"), a slash after the name ("이름 / 소속 직함") and a
# former post in parentheses after the title ("… 선임연구위원(전 산업부 과장)")
_BULLET = re.compile(r"^[■□▶▷►◆◇●○※•]\s*")
_WRAPPED = re.compile(r"^[〈<《]\s*(.+?)\s*[〉>》]$")
_NAME_SLASH = re.compile(r"^([가-힣]{3})\s*/\s*(?=[가-힣A-Za-z])")
_FORMER_POST = re.compile(r"\s*\((?:전|前|현|現)\s?[^()]{2,24}\)$")


def column_author(line: str) -> str | None:
    """The author of a guest column signed "이름 소속 직함", else None."""
    line = _COLUMN_LABEL.sub("", _signature_marks(line))  # "글 이름 소속 교수"
    if m := _ROLE_TAIL.match(line):  # "이름 칼럼니스트·전 …", not "반도체 칼럼니스트"
        return None if SECTION_WORD.match(m[1]) or PLACE.match(m[1]) else m[1]
    m = _COLUMNIST.match(line) or _DESK_SIGNED.match(line)
    if m is None or NOT_PERSON.match(m[1]) or SECTION_WORD.match(m[1]) or PLACE.match(m[1]):
        return None  # "반도체 업계 수석": a field, no name
    return m.group(1)


def _signature_marks(line: str) -> str:
    """``line`` without the marks a signature is printed with (bullet, angle
    brackets, a slash after the name, a former post in parentheses)."""
    line = _BULLET.sub("", line)
    if m := _WRAPPED.match(line):
        line = m.group(1)
    return _FORMER_POST.sub("", _NAME_SLASH.sub(r"\1 ", line))


# "이름 소속 교수  |  승인 2026.03.05 19:18": the signature as a page's byline field
_FIELDS = re.compile(r"\s*\|\s*")
_DATED = re.compile(r"\d{4}\s*[.\-/년]\s*\d{1,2}\s*[.\-/월]\s*\d{1,2}")
# "이름 회사 대표": a company head signs a contribution; read only as a dated field
_HEAD_SIGNED = re.compile(r"^([가-힣]{3})\s+[가-힣A-Za-z0-9·]{2,20}\s+(?:대표이사|대표|사장|CEO)$")


def field_column_author(line: str) -> str | None:
    """The writer of a column whose signature is the first field of a byline
    row with a date in a later field ("이름 소속 직함 | 승인 …")."""
    fields = _FIELDS.split(line)
    if len(fields) < 2 or not any(_DATED.search(f) for f in fields[1:]):
        return None
    if found := column_author(fields[0]):
        return found
    m = _HEAD_SIGNED.match(fields[0])
    return m.group(1) if m and not NOT_PERSON.match(m.group(1)) else None
