"""Outlets that print only an English name on their masthead.

``The Korea Herald`` or ``The Elec`` alone on a page's first line, with no
Korean name of the outlet anywhere in the text, is reported as printed; where
the text prints the Korean name too (``더밀크 THE MIILK``, ``ⓒ The Korea
Herald. 코리아헤럴드``) or prints the English name only in the copyright line
(``Copyright ⓒ Hankookilbo``), the listed Korean name stays the outlet's.
"""

from __future__ import annotations

import re

from .outlet_domains import korean_name

_LATIN_NAME = re.compile(r"[A-Za-z][A-Za-z0-9&.' -]{1,40}")


def english_masthead(publisher: str, first_line: str | None, lines: list[str]) -> str:
    """The masthead's English name when it is the only name the text prints
    of ``publisher`` (a listed outlet's Korean name), else ``publisher``."""
    if not first_line or not _LATIN_NAME.fullmatch(first_line):
        return publisher
    if korean_name(first_line) != publisher:
        return publisher
    if any(publisher in line for line in lines):
        return publisher  # the Korean name is printed too: the outlet goes by it
    return first_line
