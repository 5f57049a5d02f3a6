"""How much of a line comes back in the text below it (issue 13, session 18):
the signal :mod:`summarizer.head_support` checks the chosen headline with.

A headline is about its article, so its words come back in the body; the
lines odd pages put round an article (chat lines, room and channel heads,
issue lines, scrap titles, fax heads, subscribe lines) share little with it.
"""

from __future__ import annotations

import re

_RUN = re.compile(r"[가-힣]{2,}|[a-z0-9]*[a-z][a-z0-9]*")  # no bare numbers: dates, times
LOW = 0.1  # a chosen line with less support is put to the check
HIGH = 0.6  # a line below with at least this much support is taken instead
MIN_BIGRAMS = 4  # a line with fewer bigrams is not judged
SOME = 0.25  # a line with less shares next to nothing with the text below it
GAP = 0.5  # ... or this much more than a chosen line that shares nothing


def bigrams(line: str) -> set[str]:
    """The character bigrams inside a line's Hangul runs of two or more
    syllables and its Latin runs (casefolded, digits kept: "b300"); bare
    numbers (dates, times, counts) and one-syllable words carry no topic."""
    grams: set[str] = set()
    for run in _RUN.findall(line.casefold()):
        grams.update(run[i : i + 2] for i in range(max(1, len(run) - 1)))
    return grams


def support(line: str, below: str) -> float:
    """The share of ``line``'s bigrams that come back in ``below``."""
    grams = bigrams(line)
    if not grams:
        return 0.0
    text = below.casefold()
    return sum(gram in text for gram in grams) / len(grams)
