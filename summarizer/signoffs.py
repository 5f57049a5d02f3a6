"""A reporter's sign-off naming the outlet (issue 13, dev41 y05).

A broadcast transcript may name its outlet only where the reporter signs off:
``지금까지 경기도 화성에서 YTN 황보민입니다.`` — the listed outlet before the
name is the publisher, read where nothing else names one.
"""

from __future__ import annotations

import re

from .outlet_domains import known_outlets

# "지금까지 (장소에서) 매체 이름입니다.", "매체 이름이었습니다."
_SIGN_OFF = re.compile(
    r"^(?:지금까지\s+)?(?:[가-힣0-9 ]{1,20}에서\s+)?(?P<outlet>[A-Za-z가-힣0-9]{2,10})\s+"
    r"[가-힣]{2,4}(?:\s*기자)?(?:입니다|이었습니다|였습니다)\.?$"
)
_TAIL = 8  # last lines read


def sign_off_outlet(lines: list[str]) -> str | None:
    """The listed outlet a reporter's sign-off names near the end, else None."""
    for line in [line.strip() for line in lines if line.strip()][-_TAIL:]:
        if (m := _SIGN_OFF.match(line)) and m["outlet"] in known_outlets():
            return m["outlet"]
    return None
