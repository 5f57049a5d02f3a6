"""Marks in a byline line that hide its shape, normalised before it is read.

* ``전소연 기자<soyeon@x.net>``: a mail glued to the role in angle brackets
  → ``전소연 기자 soyeon@x.net``
* ``김채연/황정수 기자 mail``: two writers joined by a slash before one role
  → ``김채연·황정수 기자 mail``; ``김채연 기자 황정수 기자`` (the role after
  each) likewise
"""

from __future__ import annotations

import re

_GLUED_MAIL = re.compile(r"(?<=[가-힣])\s*<\s*([\w.+-]+@[\w-]+(?:\.[\w-]+)+)\s*>")
_SLASHED_NAMES = re.compile(
    r"^([가-힣]{2,4})\s*/\s*([가-힣]{2,4})(?:\s*/\s*([가-힣]{2,4}))?(?=\s+(?:기자|특파원)\b)"
)

# "김채연 기자 황정수 기자": each writer with the role, one after another
_ROLE_EACH = re.compile(
    r"^([가-힣]{2,4})\s+기자\s+([가-힣]{2,4})\s+기자(?:\s+([가-힣]{2,4})\s+기자)?(?=\s|$)"
)


def byline_marks(line: str) -> str:
    """``line`` with a glued mail set off and slash-joined writers joined by "·"."""
    line = _GLUED_MAIL.sub(r" \1", line)
    if m := _SLASHED_NAMES.match(line) or _ROLE_EACH.match(line):
        names = "·".join(name for name in m.groups() if name)
        line = names + (" 기자" if m.re is _ROLE_EACH else "") + line[m.end() :]
    return line
