"""Credit lines of session 17's blind sets (issue 13, r18fix42):

* ``이름 기자 mail 이름 기자 mail``, ``이름 기자 · 이름 기자``: several reporters,
  each with a role (and a mail) of their own, on one byline — all of them, as
  ``이름 기자, 이름 기자`` reads (:func:`several`);
* ``> 출처: …``: a Markdown clip's quote mark is no part of the line;
* ``출처: 매체 · 이름 기자 · 날짜``: a clip's source line, the writer before the date;
* ``[매체=제임스 박 객원기자]``: a foreign name of two or three words in a
  bracketed byline, any reporter's role (``객원`` is a role, never a name);
* ``매체 Chloe Han 기자``: an outlet, a Latin name, a reporter's role;
* ``원문: "…" / 번역=이름 기자``: the translator credited after the original's
  title (``번역=``, ``정리=``, ``글=``: the writer of the Korean text);
* ``Analyst 이름 mail 02-…``: a brokerage note's analyst line;
* ``여은채 시인``: a guest column's writer by their craft (시인, 소설가, 평론가 …);
* ``대담 : 이름 … 연구위원``: a transcript's guest (or host) line credits no writer.
* ``기자ㅣ이름``, ``촬영기자ㅣ이름``, ``자막뉴스ㅣ이름``: a video's credit roll
  (자막뉴스, clips), each role and name set apart by ``ㅣ``, ``|`` or ``:``, a line
  each or several on one: the reporter's field (기자, 취재기자, 리포터) names
  the writer, camera, editing and caption fields none (:func:`_roll`).
"""

from __future__ import annotations

import re

from .byline_words import MAIL, is_foreign_name, is_outlet_name, is_person_name
from .dates import is_date_field, parse_date

_ROLES = r"(?:기자|특파원|선임기자|전문기자|객원기자|수석기자|논설위원|에디터)"
_UNIT = re.compile(
    rf"(?P<name>[가-힣]{{2,4}})\s*(?P<role>{_ROLES})(?![가-힣])"
    rf"(?:\s*[(<\[]?\s*(?P<mail>{MAIL})\s*[)>\]]?)?"
)
_GAP = re.compile(r"\s*(?:[·|/,]\s*)?")
_QUOTED = re.compile(r"^>\s+")
_FOREIGN = r"[가-힣]{1,6}(?:\s[가-힣]{1,6}){1,2}?"
# "[더구루=제임스 박 객원기자] 본문…"
_BRACKET = re.compile(
    rf"^[\[(](?P<outlet>[가-힣A-Za-z0-9]{{2,12}})\s*=\s*(?P<who>{_FOREIGN})\s*{_ROLES}[\])]"
)
# "비즈니스포스트 Chloe Han 기자"
_LATIN = re.compile(
    r"^(?P<outlet>[가-힣A-Za-z0-9]{2,12})\s+(?P<who>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){1,2})"
    rf"\s+{_ROLES}$"
)
# "출처: 매체 · 이름 기자 · 2025-04-10 06:30"
_SOURCE = re.compile(
    r"^(?:출처|source)\s*[:：]\s*(?P<outlet>[^·|]{2,20}?)\s*[·|]\s*"
    r"(?P<name>[가-힣]{2,4})\s*(?:기자|특파원)\s*[·|]\s*(?P<rest>.+)$",
    re.I,
)
# "원문: "…" / 번역=이름 기자"
_TRANSLATOR = re.compile(
    rf"^(?:원문|원제|출처)\s*[:：].+?[/|·]\s*(?:번역|정리|글)\s*[=:：]\s*(?P<name>[가-힣]{{2,4}})"
    rf"(?:\s*{_ROLES})?$"
)
# "여은채 시인": a guest column's writer by the craft they are known for, alone on a line
_CRAFT = re.compile(
    r"^(?P<name>[가-힣]{3})\s+(?:시인|소설가|수필가|동화작가|극작가|작가|문학평론가|평론가|"
    r"미술평론가|화가|사진가|건축가|번역가|작곡가|영화감독)$"
)
# "대담 : 이름 반도체 산업 연구위원": a transcript's guest or host, no writer
_GUEST = re.compile(r"^[■□▶◆◇]?\s*(?:대담|진행|출연|패널|게스트|사회)\s*[:：]\s*[가-힣A-Za-z]")
# "Analyst 윤태경  tk.yoon@kiwoom.com  02-3787-0000"
_ANALYST = re.compile(
    rf"^(?:Analyst|애널리스트|연구원)\s*[:：]?\s*(?P<name>[가-힣]{{2,4}})\s+{MAIL}"
    r"(?:\s+[\d-]{7,15})?$",
    re.I,
)


# "기자ㅣ홍길동", "촬영기자 | 이름 / 자막뉴스 | 이름": a video's credit roll
# ("편집 이름" alone is a newsletter's editor, read by the byline rules)
_ROLL_ROLE = (
    r"(?:취재\s?)?기자|취재|리포터|촬영\s?기자|촬영|영상\s?(?:기자|취재|편집)|자막\s?뉴스|자막|"
    r"그래픽|디자인|작가|구성|연출|제작|내레이션|(?:AI\s?)?앵커|PD|AD|CG"
)
_ROLL_NAME = rf"[가-힣]{{2,4}}(?:\s*[(<\[]?\s*{MAIL}\s*[)>\]]?)?"
_ROLL_FIELD = rf"(?:{_ROLL_ROLE})\s*[ㅣ|:：]\s*{_ROLL_NAME}"
_ROLL = re.compile(rf"^{_ROLL_FIELD}(?:\s*[/·,]?\s+{_ROLL_FIELD})*$")
_ROLL_PARTS = re.compile(rf"(?P<role>{_ROLL_ROLE})\s*[ㅣ|:：]\s*(?P<name>[가-힣]{{2,4}})")
_ROLL_WRITER = re.compile(r"^(?:취재\s?)?기자$|^취재$|^리포터$")


def _roll(line: str) -> tuple[str | None, None, None] | None:
    """(writer, None, None) of a video's credit roll: the reporter's field,
    none where the roll credits only camera, editing or captions."""
    if not ("ㅣ" in line or "|" in line or ":" in line or "：" in line) or not _ROLL.match(line):
        return None
    for m in _ROLL_PARTS.finditer(line):
        if _ROLL_WRITER.match(m["role"]) and is_person_name(m["name"]):
            return m["name"], None, None
    return None, None, None


def several(line: str) -> str:
    """``line`` as the byline rules read it: without a Markdown quote mark,
    several reporters' units as ``이름 기자, 이름 기자 [first mail]``."""
    line = _QUOTED.sub("", line) if line.startswith(">") else line
    if "기자" not in line and "특파원" not in line:
        return line
    units, pos, text = [], 0, line.strip()
    while pos < len(text):
        if (m := _UNIT.match(text, pos)) is None:
            return line
        units.append(m)
        pos = _GAP.match(text, m.end()).end()  # type: ignore[union-attr]
    names = [m["name"] for m in units]
    if len(units) < 2 or len(set(names)) < len(names) or not all(map(is_person_name, names)):
        return line
    mail = next((m["mail"] for m in units if m["mail"]), None)
    joined = ", ".join(f"{m['name']} {m['role']}" for m in units)
    return f"{joined} {mail}" if mail else joined


def kind_credit(line: str) -> tuple[str | None, str | None, str | None] | None:
    """(author, outlet, date) of a credit line of the kinds above, else None."""
    if len(line) > 200:
        return None
    line = _QUOTED.sub("", line) if line.startswith(">") else line
    if _GUEST.match(line) and "기자" not in line and "특파원" not in line:
        return None, None, None  # read by no byline rule
    if (roll := _roll(line)) is not None:
        return roll  # "기자ㅣ이름", "촬영기자 : 이름": a video's credit roll
    if (m := _BRACKET.match(line)) and is_outlet_name(m["outlet"]) and is_foreign_name(m["who"]):
        return m["who"], m["outlet"], None
    if len(line) > 120:
        return None
    if (m := _LATIN.match(line)) and is_outlet_name(m["outlet"]):
        return m["who"], m["outlet"], None
    if (m := _SOURCE.match(line)) and is_person_name(m["name"]) and is_date_field(m["rest"]):
        return m["name"], m["outlet"].strip(), parse_date(m["rest"])
    if (m := _TRANSLATOR.match(line)) and is_person_name(m["name"]):
        return m["name"], None, None
    if (m := _CRAFT.match(line) or _ANALYST.match(line)) and is_person_name(m["name"]):
        if m["name"].endswith(("팀", "부", "실", "국")):
            return None  # "애널리스트 유통팀 mail": a desk, no writer
        return m["name"], None, None
    return None
