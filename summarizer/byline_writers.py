"""Who on a byline is a writer (issue 13, sessions 16 and 19).

* **A list of credits** — writers set off by a comma or by a spaced ``·``
  field mark (``이름 기자, 이름 인턴기자``, ``이름 인턴기자 · 이름 기자 | 입력
  …``): the intern helped, the reporter wrote. The blind labels with such a
  list credit the reporter only (dev30 c04, dev36 m20), so an intern's credit
  is dropped where a writer of another role stands on the same line; an intern
  credited alone is the writer.
* **A joint byline** — writers glued by ``·`` or joined by ``/``, ``／`` or
  ``및`` (``이름 기자·이름 인턴기자``, ``이름 선임기자／이름 수습기자``, ``이름
  특파원 및 이름 기자``): every writer as printed, joined by ``·`` (dev64 n05).
  :func:`joint_byline` rewrites the joiners to ``·`` so the byline readers
  see one shape.
* **An outlet is never a writer** (:func:`outlet_free`): a name the byline
  reads in a writer's slot that is a listed outlet or a long name shaped like
  one (``…일보``, ``…뉴스``) is the outlet — ``조세일보 / 이름 기자`` (read as two
  slashed writers) names 이름 for 조세일보, and ``기자명 연합뉴스`` on a wire story
  a paper reruns names no writer (the wire's dateline credit ``(천안=연합뉴스)
  이름 기자 =`` does; dev64 n04, n08).
"""

from __future__ import annotations

import re

from .byline_words import OUTLET_NAME, ROLE
from .outlet_domains import known_outlets

_NAME = r"[가-힣]{2,4}"
# a writer of any title, then "/", "／" or "및" before the next titled writer
_JOINT = re.compile(rf"({_NAME}\s*{ROLE})(?:\s*[/／]\s*|\s+및\s+)(?={_NAME}\s*{ROLE}(?![가-힣]))")
# a list's mark: a comma, or a "·" with a space on each side (a field mark)
_LISTED = r"(?:\s*,\s*|\s+·\s+)"
_INTERN = r"[가-힣]{2,4}\s*인턴\s*기자"
# an intern listed after another credit (before a mark, a bracket, the line's end
# or the gap before a date), or listed first
_LISTED_INTERN = re.compile(
    rf"{_LISTED}{_INTERN}(?=\s*(?:[|\]】)]|$)|\s{{2}}|{_LISTED})|^\s*{_INTERN}{_LISTED}"
)
# common family names: a three-syllable name starting with one may be a person's
_SURNAMES = set(
    "김이박최정강조윤장임한오서신권황안송류유전홍고문양손배백허남심노하곽성차주우구"
    "민진나지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예봉"
)
# a writer of another role still on the line
_WRITER = re.compile(
    r"[가-힣]{2,4}\s*(?:기자|특파원|선임기자|전문기자|객원기자|논설위원|에디터)(?![가-힣])"
)


def joint_byline(text: str) -> str:
    """Titled writers joined by "/", "／" or "및" as one byline joins them:
    ``이름 기자／이름 인턴기자`` → ``이름 기자·이름 인턴기자``."""
    if "/" not in text and "／" not in text and "및" not in text:
        return text
    return _JOINT.sub(r"\1·", text)


def without_interns(text: str) -> str:
    """``text`` without its interns' credits when they are listed beside a
    writer of another role (``안소율 기자, 봉예린 인턴기자`` → ``안소율 기자``),
    else unchanged (a joint ``이름 기자·이름 인턴기자`` keeps both)."""
    if "인턴" not in text:
        return text
    rest = _LISTED_INTERN.sub("", text).strip(" ·,")
    rest = re.sub(r"^[·,]\s*", "", rest)
    return rest if rest != text and _WRITER.search(rest) else text


def outlet_free(author: str | None, publisher: str | None) -> tuple[str | None, str | None]:
    """The byline's writers without the outlets read among them, and its
    outlet (the first such name where the byline named none): ``조세일보·이름``
    → (이름, 조세일보); ``연합뉴스`` alone → (None, 연합뉴스)."""
    if not author or not re.search(r"[가-힣]", author):
        return author, publisher
    names = author.split("·")
    outlets = [n for n in names if _outlet(n)]
    if not outlets:
        return author, publisher
    kept = [n for n in names if n not in outlets]
    return "·".join(kept) or None, publisher or outlets[0]


def _outlet(name: str) -> bool:
    """A listed outlet or a name shaped like an outlet's (``…일보``, ``…뉴스``);
    one of three syllables only when it cannot be read as a person's name
    (뉴시스, 칩뉴스, but not 신동아: 신 is a family name)."""
    outlet = name in known_outlets() or OUTLET_NAME.search(name) is not None
    return outlet and (len(name) >= 4 or (len(name) == 3 and name[0] not in _SURNAMES))
