"""A name a hard wrap cut in two (issue 13, session 16).

A magazine's PDF or an OCR'd page breaks Korean lines anywhere, between two
syllables of a word as readily as at a space, and prints no hyphen: "화웨이
어센" / "드 910C와". Rejoined with a space, "어센 드 910C" names nothing. Where
the last word above and the first word below make a name the entity index
knows in Hangul (a chip, a family, a vendor, a company: 어센드, 쿤룬, 엔비디아)
with at most a particle after it, the break was inside that word and the two
pieces are glued. Any other break keeps its space, as before.
"""

from __future__ import annotations

import re
from functools import cache

from .entities import load_index

_HANGUL_WORD = re.compile(r"^[가-힣]{2,}$")
_TAIL = re.compile(r"^[가-힣]{0,3}(?:[^가-힣]|$)")  # a particle, or Latin/figures, or nothing
_HEAD = re.compile(r"^[가-힣]+")


@cache
def _names() -> frozenset[str]:
    """Every Hangul word of two syllables or more in the index's aliases."""
    words: set[str] = set()
    for entity in load_index().entities.values():
        for alias in (entity.name, *entity.aliases):
            words.update(w for w in alias.split() if _HANGUL_WORD.match(w))
    return frozenset(words)


def one_name(above: str, below: str) -> bool:
    """``above`` (a line's last word, whole Hangul) and ``below`` (the next
    line's first word) are one name cut by the wrap: "어센" + "드" → 어센드,
    "쿤" + "룬신의" → 쿤룬신 and its particle."""
    head = _HEAD.match(below)
    if not _HANGUL_WORD.match(above + "가") or head is None:
        return False  # "above" must be Hangul only (one syllable allowed)
    joined = above + below
    return any(
        joined.startswith(name) and _TAIL.match(joined[len(name) :]) is not None
        for name in _by_start().get(above[0], ())
        if len(name) > len(above)
    )


@cache
def _by_start() -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for name in _names():
        out.setdefault(name[0], []).append(name)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in out.items()}
