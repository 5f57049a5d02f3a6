"""A letter's sign-off as its byline (issue 13, session 16): a newsletter
written in the first person signs at its end the way a letter does
(``— 이름 드림``, ``에디터 이름 올림``, ``이름 기자 씀``); the name is the
author, read last, where no byline or credit named one. A team or desk
signing (``반도체팀 드림``, ``편집부 올림``) names no person.
"""

from __future__ import annotations

import re

from .byline_words import NOT_PERSON, PLACE
from .outlet_domains import known_outlets

_TAIL = 8  # non-empty lines at the end a sign-off stands in
_ROLE = r"(?:기자|에디터|편집장|특파원|리포터|팀장|선임기자|객원기자)"
_SIGNED = re.compile(
    rf"^[—―–\-~·\s]*(?:{_ROLE}\s+)?(?P<who>[가-힣]{{2,4}})(?:\s*{_ROLE})?\s*"
    r"(?:드림|올림|씀|배상)[.!]?$"
)


def letter_signer(lines: list[str]) -> str | None:
    """The name a letter's closing ``… 드림``/``올림``/``씀`` line signs,
    among its last lines, else None."""
    for line in [line for line in lines if line][-_TAIL:]:
        if len(line) <= 30 and (m := _SIGNED.match(line)) and _person(m["who"]):
            return m["who"]
    return None


def _person(name: str) -> bool:
    return not (
        NOT_PERSON.match(name)
        or PLACE.match(name)
        or name in known_outlets()
        or re.search(r"팀$|^편집|^보도|^취재", name)
    )
