"""An article that never speaks of chips or computing names no chip
(issue 13, session 15).

Every chip rule before this one judges a name by its sentence. Names that
look like chips are also trains' and flights' numbers (``KTX A100편``), a
speed (``마하 1``), a camera, a road or a fund, and a news day is full of
articles from every desk. A chip reported in an article with no chip word
(칩, GPU, 가속기, 반도체, 메모리 …), no chip vendor and no word of computing
(AI, 데이터센터, 서버, 슈퍼컴퓨터 …) anywhere in it would be a guess from
the name alone, so such an article keeps its other mentions (companies,
people) and loses its chips — the chips whose names could be something
else: one Latin letter and a number (``A100``, ``H20``), a name with Hangul
(``마하 1``, ``아톰``), a Latin word alone. A distinctive name (two Latin
letters or more with a number: ``GB300``, ``MI325X``, ``TPU v5p``) is
itself a chip, and the article that prints it speaks of chips.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from .chip_catalogue import CHIP
from .chip_guises import chip_worded
from .mention import Mention

# words of computing that chip news uses even when it names no chip word
_COMPUTING = re.compile(
    r"(?<![A-Za-z])AI(?![A-Za-z])|인공\s?지능|데이터\s?센터|서버|슈퍼\s?컴퓨터|컴퓨팅|"
    r"클라우드|연산|머신\s?러닝|딥\s?러닝|(?<![A-Za-z])LLM|언어\s?모델|"
    r"낸드|NAND|파운드리|웨이퍼|datacenter|data\s?center|computing|"
    # the units and number formats of compute
    r"[TPE]?FLOPS|(?<![A-Za-z])T?OPS(?![A-Za-z])|[테페]라\s?플롭스|플롭스|"
    r"(?<![A-Za-z])(?:FP|INT|BF)\d{1,2}(?!\d)",
    re.IGNORECASE,
)


# two Latin letters or more and a digit: a name no train, road or speed has
_LETTERS = re.compile(r"[A-Za-z]{2,}")
_DIGIT = re.compile(r"\d")
_HANGUL = re.compile(r"[가-힣]")


def distinctive(surface: str) -> bool:
    """Whether a chip's name as printed is a chip's and nothing else's."""
    return (
        _LETTERS.search(surface) is not None
        and _DIGIT.search(surface) is not None
        and _HANGUL.search(surface) is None
    )


def speaks_of_chips(texts: Sequence[str], keys: Collection[str], vendors: Collection[str]) -> bool:
    """Whether the article whose sentences are ``texts`` and whose mentions
    have the keys ``keys`` names a chip vendor, a chip word (one not fitted
    into something else: "초코칩" is none) or a word of computing."""
    if any(key in vendors for key in keys):
        return True
    for text in texts:
        if _COMPUTING.search(text) or chip_worded(text):
            return True
    return False


def chips_supported(
    found: Sequence[Sequence[Mention]], texts: Sequence[str], vendors: Collection[str]
) -> list[list[Mention]]:
    """The mentions of one article, without its chips when the article
    does not speak of chips (:func:`speaks_of_chips`)."""
    chips = [m for ms in found for m in ms if m.kind == CHIP]
    if not chips or any(distinctive(m.surface) for m in chips):
        return [list(ms) for ms in found]
    keys = {m.key for ms in found for m in ms}
    if speaks_of_chips(texts, keys, vendors):
        return [list(ms) for ms in found]
    return [[m for m in ms if m.kind != CHIP] for ms in found]
