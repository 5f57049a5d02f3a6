"""A cheap second-character test before a catalogue alias match (issue 14).

The entity index tries, at every character that can start an alias, the
case-insensitive alternation of the aliases starting with it; common first
syllables ("인", "아", "마") make that hundreds of tries an article, most of
them failing on the second character. :class:`Seconds` lists what the
second character of a match can be, so a try that cannot succeed is skipped
without running the pattern. It only ever skips a sure miss:

* an alias's second character is its first piece's second letter, or, when
  the first piece is one letter (``alias_regex``: "A 1", "Deep Seek"), a
  space or hyphen (optional between pieces) or the next piece's first;
* under ``re.IGNORECASE`` an ASCII letter stands for both its cases; a text
  character outside ASCII that has case (which ``re`` might fold onto a
  letter: "K", "ſ") is never skipped;
* a one-letter alias, or one whose second letter is a non-ASCII letter with
  case, turns the test off for its first character.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

_PIECES = re.compile(r"[\s\-]+")  # how ``chip_text.alias_regex`` splits an alias


@dataclass(frozen=True)
class Seconds:
    chars: frozenset[str]
    gap: bool  # a space or hyphen may come second

    def may_follow(self, text: str, start: int) -> bool:
        """Whether an alias may match at ``start`` judging by ``text[start + 1]``."""
        nxt = text[start + 1 : start + 2]
        if nxt in self.chars or (self.gap and (nxt == "-" or nxt.isspace())):
            return True
        if not nxt or nxt.isascii() or "가" <= nxt <= "힣":
            return False  # no alias here is one character; Hangul has no case
        return _cased(nxt)


def starts(firsts: Iterable[str], seconds: Iterable[Seconds | None]) -> re.Pattern[str]:
    """A character that starts an alias, where the next character passes
    at least one alias's test (a looser form of :meth:`Seconds.may_follow`:
    any non-ASCII character but a Hangul syllable passes). One character
    class and one lookahead: ``re`` scans it in C, and far fewer positions
    reach the Python loop. Without a test for some character, the first
    character alone."""
    first = "[" + "".join(re.escape(c) for c in firsts) + "]"
    chars: set[str] = set()
    for test in seconds:
        if test is None:
            return re.compile(first)
        chars |= test.chars | ({"-", " ", "\t"} if test.gap else set())
    listed = "".join(re.escape(c) for c in sorted(chars))
    return re.compile(f"{first}(?=[{listed}\\s\u0080-\uabff\ud7a4-\U0010ffff])")


def second_chars(aliases: Sequence[str]) -> Seconds | None:
    """The test for aliases sharing a first character; None: no test."""
    chars: set[str] = set()
    gap = False
    for alias in aliases:
        pieces = _PIECES.split(alias)
        if not pieces[0]:
            return None  # an alias starting with a space or hyphen
        if len(pieces[0]) >= 2:
            second = pieces[0][1]
        elif len(pieces) >= 2 and pieces[1]:
            gap = True
            second = pieces[1][0]
        else:
            return None  # a one-letter alias
        if _cased(second) and not second.isascii():
            return None
        chars.update({second, second.lower(), second.upper()} if second.isascii() else {second})
    return Seconds(frozenset(chars), gap)


def _cased(char: str) -> bool:
    return char.lower() != char or char.upper() != char
