"""A forwarded e-mail's own header dates no article (issue 13, dev43 a06/a07).

A user forwards an article (``---------- Forwarded message ---------``,
``Subject: Fwd: …``, ``전달된 메일``; :func:`summarizer.mail.forwarded_body`
tells a forward): the forward's ``Date:`` / ``날짜:`` line is when the mail
was sent, not when the article was published. The article's own date
(``입력 : …``) dates it; with none, the article is undated. A newsletter saved
from the mailbox (no forward) keeps its ``Date:`` line: that is its date.
"""

from __future__ import annotations

import re

from .mail import forwarded_body

_MAIL_DATE = re.compile(r"^(?:date|sent|날짜|보낸\s*날짜)\s*[:：]\s*\S", re.I)
_HEAD = 14  # the forward's header stands in the first lines


def forward_free(lines: list[str]) -> list[str]:
    """The lines with a forward's header date lines blanked, else the lines."""
    if forwarded_body(lines) is lines:
        return lines
    head = lines[:_HEAD]
    return ["" if _MAIL_DATE.match(line) else line for line in head] + lines[_HEAD:]
