"""A forwarded e-mail's own header dates no article (issue 13, dev43 a06/a07).

A user forwards an article (``---------- Forwarded message ---------``,
``Subject: Fwd: …``, ``전달된 메일``): the forward's ``Date:`` / ``날짜:`` line is
when the mail was sent, not when the article was published. The article's
own date (``입력 : …``) dates it; with none, the article is undated.
"""

from __future__ import annotations

import re

_FORWARD = re.compile(
    r"^-{2,}\s*(?:forwarded\s+message|original\s+message|전달된\s*메일|원본\s*메일)\s*-{2,}$"
    r"|^(?:subject|제목)\s*[:：]\s*(?:fwd?|fw|전달)\s*[:：]",
    re.I,
)
_MAIL_DATE = re.compile(r"^(?:date|sent|날짜|보낸\s*날짜)\s*[:：]\s*\S", re.I)
_HEAD = 12  # the forward's header stands in the first lines


def forward_free(lines: list[str]) -> list[str]:
    """The lines with a forward's header date lines blanked, else the lines."""
    head = lines[:_HEAD]
    if not any(_FORWARD.match(line) for line in head):
        return lines
    return ["" if _MAIL_DATE.match(line) else line for line in head] + lines[_HEAD:]
