"""The catalogue's aliases found in a sentence, fast (issue 14).

The entity index hands :class:`AliasScan` its (alias, entity key) pairs,
longest alias first. A scan tries, at each character that can start an
alias, the case-insensitive alternation of the aliases starting with that
character; a try whose second character cannot follow is skipped first
(:mod:`summarizer.alias_seconds`). The patterns are compiled on first use
(0.2 s): `briefbot ask` never does.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cached_property

from .alias_seconds import Seconds, second_chars, starts
from .chip_text import alias_regex


@dataclass
class AliasScan:
    pairs: Sequence[tuple[str, str]]  # (alias, entity key), the longer alias first

    @cached_property
    def by_first(self) -> dict[str, tuple[re.Pattern[str], list[str]]]:
        """The aliases' alternation by first character (the whole costs ~2 ms
        a sentence), with the entity key of each alternative."""
        by_first: dict[str, list[tuple[str, str]]] = {}
        for alias, key in self.pairs:
            for variant in _cases(alias[:1]):
                by_first.setdefault(variant, []).append((alias, key))
        return {
            char: (
                re.compile("|".join(f"({alias_regex(a)})" for a, _ in pairs), re.IGNORECASE),
                [key for _, key in pairs],
            )
            for char, pairs in by_first.items()
        }

    @cached_property
    def seconds(self) -> dict[str, Seconds | None]:
        """What may follow each first character of :attr:`by_first` (issue 14)."""
        by_first: dict[str, list[str]] = {}
        for alias, _key in self.pairs:
            for variant in _cases(alias[:1]):
                by_first.setdefault(variant, []).append(alias)
        return {char: second_chars(aliases) for char, aliases in by_first.items()}

    @cached_property
    def firsts(self) -> re.Pattern[str]:
        # a first character and a possible second, in one scan (issue 14)
        return starts(self.seconds, self.seconds.values())

    def matches(self, text: str) -> Iterator[tuple[re.Match[str], str]]:
        """Alias matches over ``text``, with the entity of the alias that
        matched; leftmost first, the longer alias first."""
        at = 0  # one pass over the first characters (one character each)
        for hit in self.firsts.finditer(text):
            start = hit.start()
            if start < at:
                continue  # inside the last match
            seconds = self.seconds[hit.group()]  # a sure miss skipped (issue 14)
            if seconds is not None and not seconds.may_follow(text, start):
                continue
            pattern, keys = self.by_first[hit.group()]
            match = pattern.match(text, start)
            if match is None or match.lastindex is None or match.end() == start:
                continue
            yield match, keys[match.lastindex - 1]
            at = match.end()


def _cases(first: str) -> set[str]:
    return {first, first.lower(), first.upper(), first.casefold()}
