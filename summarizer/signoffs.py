"""Sign-offs at an article's end that name its writer or its outlet (issue 13).

One table, :data:`SIGN_OFFS`, holds every form; :func:`sign_off` reads the
forms of one field in the table's order and returns the first value found.
Each form says which field it gives and where that reading stands among the
field's other rules (``when``):

* ``"last"`` — read by ``last_fields`` where no byline, credit or column
  signature named the writer, or nothing else named the outlet;
* ``"after credits"`` — read by ``last_fields`` after a head's plain credit
  (``글·사진 이름``), the weakest evidence of a writer;
* ``"column"`` — read by ``metadata`` among a guest column's signatures.

The forms:

* a letter's sign-off naming its writer (``오늘 레터는 이름 기자가 썼습니다.``,
  ``이번 호는 이름 에디터가 정리했습니다.``);
* a letter's closing (``— 이름 드림``, ``에디터 이름 올림``, ``이름 기자 씀``); a team
  or desk signing (``반도체팀 드림``, ``편집부 올림``) names no person;
* a column's signature set off by a dash, a slash or parentheses (``― 이름 소속
  교수``, ``/이름 소속 교수``, ``(이름 소속 교수)``);
* a column's writer named alone over a blurb at its end (``이름`` / ``소속 교수.
  연구 분야 …``, dev40 p10);
* a reporter's sign-off naming a listed outlet (``지금까지 경기도 화성에서 YTN
  황보민입니다.``, dev41 y05).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from .byline_words import NOT_PERSON, PLACE, SECTION_WORD
from .bylines import join_names
from .columnists import column_author
from .outlet_domains import known_outlets

Field = Literal["author", "outlet"]
When = Literal["last", "after credits", "column"]


@dataclass(frozen=True)
class SignOff:
    name: str
    pattern: re.Pattern[str]
    field: Field
    value: Callable[[re.Match[str]], str | None]  # the field's value a match gives, else None
    when: When = "last"
    tail: int = 0  # read among the last ``tail`` non-empty lines; 0: every line
    longest: int = 0  # the longest line read; 0: any
    span: int = 1  # lines read together, joined by a newline (a name over its blurb: 2)


_NAME = r"[가-힣]{2,4}"

# "오늘 레터는 이름 기자가 썼습니다.": the letter speaking of itself, then its writers
_LETTER_ROLE = r"(?:기자|에디터|편집장|특파원|논설위원|칼럼니스트|선임기자)"
_NAMES = rf"{_NAME}(?:\s*{_LETTER_ROLE})?(?:\s*[·,]\s*{_NAME}(?:\s*{_LETTER_ROLE})?)*"
_ABOUT = (
    r"(?:(?:오늘|이번\s*주?|이)\s*(?:의\s*)?(?:레터|뉴스레터|글|호|메일|편지|칼럼)(?:는|은)\s+)"
)
_WROTE = r"(?:함께\s+)?(?:썼|작성했|정리했|준비했|만들었|엮었)습니다[.!]?$"
# the letter named ("오늘 레터는 이름이 …"), or the writer's role given ("이름 기자가 …")
_LETTER_WROTE = re.compile(
    rf"^(?:{_ABOUT}(?P<who>{_NAMES})|{_ABOUT}?(?P<who_role>{_NAMES}\s*{_LETTER_ROLE}))"
    rf"(?:이|가)\s+{_WROTE}"
)

# "— 이름 드림", "에디터 이름 올림", "이름 기자 씀"; the letter's outlet first
# ("매체 | 이름 드림", "매체 에디터 이름 올림")
_SIGNER_ROLE = r"(?:기자|에디터|편집장|특파원|리포터|팀장|선임기자|객원기자)"
_LETTER_SIGNED = re.compile(
    rf"^[—―–\-~·\s]*(?:(?!{_SIGNER_ROLE}\s)(?P<pre>[가-힣A-Za-z0-9]{{2,12}})\s*(?P<sep>[|·/])?\s+)??"
    rf"(?:{_SIGNER_ROLE}\s+)?(?P<who>[가-힣]{{2,4}})(?:\s*{_SIGNER_ROLE})?\s*"
    r"(?:드림|올림|씀|배상)[.!]?$"
)

# "― 이름 소속 교수", "/이름 소속 교수", "(이름 소속 교수)": a column's closing signature
_SET_OFF = re.compile(r"^(?:[―—–/-]\s*(?P<dash>\S.*)|\((?P<paren>.+)\))$")

# "이름" over "소속 학부 교수. 연구 분야 …": the writer's affiliation and title, then a sentence
_BLURB = re.compile(
    r"^(?P<who>[가-힣]{2,4})\n"
    r"[가-힣A-Za-z0-9·().\s]{2,40}?(?:교수|연구원|연구위원|소장|원장|대표|이사|박사|변호사|위원)"
    r"(?:\.|\s*[,(]|$)"
)

# "지금까지 (장소에서) 매체 이름입니다.", "매체 이름이었습니다."
_REPORTER = re.compile(
    r"^(?:지금까지\s+)?(?:[가-힣0-9 ]{1,20}에서\s+)?(?P<outlet>[A-Za-z가-힣0-9]{2,10})\s+"
    r"[가-힣]{2,4}(?:\s*기자)?(?:입니다|이었습니다|였습니다)\.?$"
)


def _letter_writers(m: re.Match[str]) -> str | None:
    who = join_names(m["who"] or m["who_role"])
    if who and all(_letter_person(name) for name in who.split("·")):
        return who
    return None


def _letter_person(name: str) -> bool:
    return bool(re.fullmatch(_NAME, name)) and not (
        NOT_PERSON.match(name) or PLACE.match(name) or name in known_outlets()
    )


def _signer(m: re.Match[str]) -> str | None:
    name = m["who"]
    if m["pre"] and not m["sep"] and m["pre"] not in known_outlets():
        return None  # a word before the name is the letter's outlet, or no signature
    if (
        NOT_PERSON.match(name)
        or PLACE.match(name)
        or name in known_outlets()
        or re.search(r"팀$|^편집|^보도|^취재", name)
    ):
        return None
    return name


def _column_signer(m: re.Match[str]) -> str | None:
    return column_author(m["dash"] or m["paren"])


def _blurbed(m: re.Match[str]) -> str | None:
    name = m["who"]
    if NOT_PERSON.match(name) or PLACE.match(name) or SECTION_WORD.match(name):
        return None
    return None if name in known_outlets() else name


def _listed_outlet(m: re.Match[str]) -> str | None:
    return m["outlet"] if m["outlet"] in known_outlets() else None


SIGN_OFFS: tuple[SignOff, ...] = (
    SignOff("letter writer", _LETTER_WROTE, "author", _letter_writers, longest=60),
    SignOff("letter signer", _LETTER_SIGNED, "author", _signer, tail=8, longest=30),
    SignOff("column set-off", _SET_OFF, "author", _column_signer, "column", tail=6),
    SignOff("writer's blurb", _BLURB, "author", _blurbed, "after credits", tail=4, span=2),
    SignOff("reporter's sign-off", _REPORTER, "outlet", _listed_outlet, tail=8),
)
_BY_NAME = {form.name: form for form in SIGN_OFFS}


def sign_off(lines: list[str], field: Field, when: When = "last") -> str | None:
    """The ``field`` the first of its sign-off forms read ``when`` finds in
    ``lines`` (stripped), else None."""
    for form in SIGN_OFFS:
        if form.field == field and form.when == when and (found := _read(form, lines)):
            return found
    return None


def read_sign_off(name: str, lines: list[str]) -> str | None:
    """What the one sign-off form called ``name`` finds in ``lines``."""
    return _read(_BY_NAME[name], lines)


def _read(form: SignOff, lines: list[str]) -> str | None:
    kept = [line.strip() for line in lines if line.strip()]
    kept = kept[-form.tail :] if form.tail else kept
    for at in range(len(kept) - form.span + 1):
        if form.longest and len(kept[at]) > form.longest:
            continue
        text = "\n".join(kept[at : at + form.span])
        if (m := form.pattern.match(text)) and (found := form.value(m)):
            return found
    return None
