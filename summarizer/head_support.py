"""A headline is about its article (issue 13, session 18): a check on the
line the headline search chose.

A headline's words come back in the body below it — chip and company names,
the key nouns — while the lines an odd page puts above the article share
little with it: a chat line ("이거 봤어요? 지난주 기사인데"), a channel or
room header, a newsletter's issue line, a blog scrap's own post title, a fax
header, a subscribe line. :func:`support` measures that: the share of a
line's character bigrams (inside Hangul, Latin or digit runs) found in the
text below it. :func:`supported_title` keeps the chosen line unless its
support is low and a headline-shaped line close below it has high support;
then that line is the headline. No Kiwi: it runs before analysis.
"""

from __future__ import annotations

from collections.abc import Callable

from .dates import parse_date
from .line_support import HIGH, LOW, MIN_BIGRAMS, SOME, bigrams, support
from .never_heads import carrier_line, page_lines
from .run_on import run_on_head

_REACH = 8  # lines below the chosen line that may be the headline
_BODY = 1500  # characters of text below a line that count as its body


def supported_title(
    lines: list[str],
    title: str | None,
    headline: Callable[[str], bool],
    metadata: Callable[[str], bool],
) -> str | None:
    """``title``, or the headline-shaped line close below it when ``title``
    shares little with the text below it and that line shares much."""
    page = page_lines(lines)
    if title is not None and title not in page:
        return title
    at = -1 if title is None else page.index(title)  # no headline found: from the top
    own = 0.0 if title is None else _below_support(page, at)
    if title is not None and (not bigrams(title) or own >= SOME):
        return title  # nothing to judge, or about the text below it
    for i in range(at + 1, min(len(page), at + 1 + _REACH)):
        # a whole copy pasted in one line (a chat message): its head is judged
        # against a chosen line sharing little; a line of its own, sharing nothing
        head = run_on_head(page[i])
        cut = len(page[i]) > 100 or head != page[i]
        if own >= LOW and not cut:
            continue
        line = head if cut else page[i]
        if not 10 <= len(line) <= 100 or metadata(line) or not headline(line):
            continue
        if carrier_line(line) or len(bigrams(line)) < MIN_BIGRAMS or parse_date(line):
            continue
        if _below_support(page, i, line) >= HIGH:
            return _repeated(line, page[i + 1 : i + 1 + _REACH])
    return title


def _repeated(line: str, below: list[str]) -> str:
    """The headline a chat or share line ends with, printed again below it
    ("오전 7:58 이름 [매체] 헤드라인" over "헤드라인")."""
    return next((ln for ln in below if len(ln) >= 10 and line.endswith(" " + ln)), line)


def _below_support(page: list[str], at: int, line: str | None = None) -> float:
    """The support of ``page[at]`` (or ``line``, its head) from the text below
    it (after ``line``, the rest of its own line first)."""
    rest = [page[at][len(line) :]] if line and page[at].startswith(line) else []
    below = "\n".join(rest + [ln for ln in page[at + 1 :] if ln != page[at]])[:_BODY]
    return support(page[at] if line is None else line, below)
