"""A messenger's stamp line over copied text: one table (issue 13, session
20, branch r21debt), read by the headline search
(:func:`summarizer.copy_heads.copy_chrome`, :func:`summarizer.copy_heads.copy_lines`),
the writer slot (:func:`summarizer.wrapper_people.wrapper_person`) and the
outlet slot (:func:`summarizer.wrapper_people.wrapper_name`).

A chat app prints, over each message it copies, who sent it and when; the
line names a person or an app, never the article's headline, writer or
outlet. :data:`CHAT_STAMP_FORMS` holds its layouts, each a whole line:

* the stamp, then the sender: ``오후 2:14 이름``, ``[오전 9:05] 이름 (팀)``,
  ``[02/03/2026, 19:44:10] 이름``;
* the sender, then the time: ``이름  오전 9:14``;
* the sender, a dash, the day and the time: ``닉네임 — 2026-11-20 오전 10:31``,
  ``봇 앱 – 2026.11.20 22:05``, ``이름 — 어제 오후 3:02``;
* the sender, a comma and the bracketed stamp (a messenger export's message
  header): ``채널 이름, [09.11.26 07:52]``.

The pieces (:data:`STAMP_TIME`, :data:`DAY`, :data:`ANY_STAMP`) also serve
a chat export's message heads and stamp-led lines
(:func:`summarizer.copy_heads.unstamped`).
"""

from __future__ import annotations

import re

# "오후 2:14", "AM 9:05": a time with its half of the day
STAMP_TIME = r"(?:오전|오후|AM|PM)\s*\d{1,2}:\d{2}"
# a day as chat exports print it: "02/03/2026", "2026. 3. 2.", "2026년 11월 18일"
DAY = r"(?:\d{1,4}\s*[./-]\s*\d{1,2}\s*[./-]\s*\d{1,4}\.?|\d{4}\s*년\s*\d{1,2}\s*월\s*\d{1,2}\s*일)"
_WEEKDAY = r"(?:\([월화수목금토일]\))"
_CLOCK = rf"(?:{STAMP_TIME}(?::\d{{2}})?|\d{{1,2}}:\d{{2}}(?::\d{{2}})?(?:\s*[AP]M)?)"
# any stamp: a time, a day before it or not ("[오전 9:05]", "2026. 3. 2. 오후 4:18", "14:02")
ANY_STAMP = rf"(?:{DAY}\s*{_WEEKDAY}?\s*,?\s*)?{_CLOCK}"
# a sender: a nickname or a name (two words at most), a team in brackets after it
_SENDER = r"[^\s\d\[\](){}:：]\S{0,11}(?:\s[^\s\[\](){}:：]{1,8})?(?:\s*\([^()]{1,15}\))?"

CHAT_STAMP_FORMS: tuple[tuple[str, str], ...] = (
    ("stamp, sender", rf"(?:\[\s*{ANY_STAMP}\s*\]|{STAMP_TIME})\s*{_SENDER}"),
    ("sender, time", rf"[^\s\d]\S{{0,11}}(?:\s\S{{1,8}})?\s+{STAMP_TIME}"),
    (
        "sender, dash, day and time",
        rf"\S.{{0,30}}?\s+[—–]\s+(?:{DAY}|오늘|어제)\s*(?:{_WEEKDAY}\s*)?{_CLOCK}",
    ),
    ("sender, comma, bracketed stamp", rf"\S.{{0,40}},\s*\[\s*{ANY_STAMP}\s*\]"),
)
_CHAT_STAMP = re.compile("|".join(f"^(?:{form})$" for _, form in CHAT_STAMP_FORMS), re.I)


def chat_stamp(line: str) -> bool:
    """Whether ``line`` is a messenger's stamp: a sender and a time (module doc)."""
    return ":" in line and _CHAT_STAMP.match(line) is not None
