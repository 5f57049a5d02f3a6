"""An article saved from an e-mail: the mail's header lines are no title.

``보낸사람: 매체 <letter@…>``, ``받는사람: …``, ``제목: …``, ``날짜: …`` (or
From/To/Subject/Date). The subject is the title, unless it is a digest's
("[칩레터 #58] 헤드라인 외 3건": an issue tag or "외 N건"); then the title is
the main story's headline, the first headline under a divider line
(``━━ 오늘의 메인 ━━``); a letter with no divider is one story, and its
subject, tag and all, is the title (``[칩메모 #7] 헤드라인``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

_HEADER = re.compile(
    r"^(?:보낸\s*사람|받는\s*사람|보낸\s*날짜|받은\s*날짜|참조|숨은\s*참조|제목|날짜|"
    r"from|to|cc|sent|date|subject)\s*[:：]\s*\S",
    re.I,
)
_SUBJECT = re.compile(r"^(?:제목|subject)\s*[:：]\s*(?P<subject>\S.*)$", re.I)
_DIGEST = re.compile(
    r"#\s*\d{1,4}\s*[\]】]|\s외\s*\d{1,2}\s*(?:건|편|개)$|\bNo\.\s*\d{1,4}\s*[\]】]", re.I
)
_DIVIDER = re.compile(r"^[━═─=■□◆◇▶▷\-*~]{2,}\s*\S.{0,20}?\s*[━═─=■□◆◇◀◁\-*~]{2,}$")
_HEAD = 10  # the header block stands in the first lines


def is_mail_header(line: str) -> bool:
    return _HEADER.match(line) is not None


def mail_title(lines: Sequence[str], headline: Callable[[str], bool]) -> tuple[bool, str | None]:
    """(whether the text is a saved e-mail, its title). ``headline``: whether
    a line reads as a headline."""
    head = [line for line in lines[:_HEAD] if line]
    if sum(1 for line in head if is_mail_header(line)) < 2:
        return False, None
    subject = next((m["subject"] for ln in head if (m := _SUBJECT.match(ln))), None)
    if subject and not _DIGEST.search(subject):
        return True, subject
    divided = False
    for line in lines:
        if _DIVIDER.match(line):
            divided = True
        elif divided and line:
            return True, line if headline(line) else None
    return True, subject  # one story: no main story set apart
