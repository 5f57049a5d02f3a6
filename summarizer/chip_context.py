"""Where a catalogued name is a chip: word boundaries, a family name
before its chip, and kind or common words that name a chip only where its
vendor is named (:class:`summarizer.entities.EntityIndex` asks these)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass

from .chip_catalogue import CHIP, Entity
from .chip_discovery import CHIP_CUES

_LATIN_OR_DIGIT = re.compile(r"[A-Za-z0-9]")
_HANGUL = re.compile(r"[\uac00-\ud7a3]")
# an English plural after a model number: "H100s", "MI300Xs"
_PLURAL = re.compile(r"s(?![A-Za-z0-9])")
# A particle closing a word: "루빈이 이미", "액시온을".
_PARTICLE = re.compile(
    r"(?:으로|에서|에게|까지|부터|처럼|보다|이라는|라는|이며|이나|이란|이다|이|가|은|는|을|를|의|와|과|"
    r"도|로|에|만|란)(?![가-힣])"
)
# A family name and the chip after it are one chip: "호퍼 H100", "Instinct MI300X".
_FAMILY_CHIP_GAP = 2
# "전 세대 웜홀보다", "후속작 블랙홀": a product word right before a common word
_PRODUCT_TALK = re.compile(r"(?:세대|후속작?|전작|신제품|차세대)\s*$")
_BESIDE = 8


@dataclass(frozen=True)
class Mention:
    key: str  # entity key ("H800", "nvidia"); a discovered chip's key is its name
    kind: str
    surface: str  # the text as it stands in the sentence
    start: int
    end: int


def vendor_named(
    mention: Mention,
    twins: Sequence[str],
    entities: dict[str, Entity],
    keys: AbstractSet[str],
    known: AbstractSet[str],
    text: str = "",
) -> Mention | None:
    """A kind word used as a chip's name ("LPU") names the chip of the vendor
    the sentence names, else the one the article has already shown to be a
    chip; else, where the article names the vendor (``known`` holds the
    vendors it names) and the word is spoken of as a product (its Latin
    name "Blackhole", or chip talk beside it: "블랙홀 칩", "전 세대 웜홀"); else
    none (the figurative "투자 블랙홀")."""
    chosen = next((k for k in twins if entities[k].vendor in keys), None)
    chosen = chosen or next((k for k in twins if k in known), None)
    if chosen is None and _product_talk(text, mention):
        chosen = next((k for k in twins if entities[k].vendor in known), None)
    if chosen is None:
        return None
    return Mention(chosen, CHIP, mention.surface, mention.start, mention.end)


def _product_talk(text: str, mention: Mention) -> bool:
    """ "블랙홀 칩", "전작 웜홀", "전 세대 웜홀보다", the Latin "Blackhole":
    a common word spoken of as a product (a chip word right after it, a
    product word right before it), not "인재를 빨아들이는 블랙홀"."""
    if re.fullmatch(r"[A-Z][A-Za-z]+", mention.surface):
        return True  # "Blackhole" in a Korean text is the name
    before = text[max(0, mention.start - _BESIDE) : mention.start]
    after = text[mention.end : mention.end + _BESIDE]
    return bool(CHIP_CUES.match(after.lstrip("(·) ")) or _PRODUCT_TALK.search(before))


def boundaries_ok(text: str, start: int, end: int, token_ends: set[int]) -> bool:
    first, last = text[start], text[end - 1]
    before = text[start - 1] if start else ""
    after = text[end] if end < len(text) else ""
    if _LATIN_OR_DIGIT.match(first) and before and _LATIN_OR_DIGIT.match(before):
        return False
    if _LATIN_OR_DIGIT.match(last) and after and _LATIN_OR_DIGIT.match(after):
        return _PLURAL.match(text, end) is not None and (last.isdigit() or last.isupper())
    if _HANGUL.match(first) and before and _HANGUL.match(before):
        return False
    # a Hangul alias must end where a morpheme ends: 메타 is not in 메타버스;
    # Kiwi keeps an unknown noun and its particle together ("액시온이")
    if _HANGUL.match(last) and after and token_ends and end not in token_ends:
        return _PARTICLE.match(text, end) is not None
    return True


def merge_family_and_chip(
    text: str, mentions: list[Mention], entities: dict[str, Entity]
) -> list[Mention]:
    """Drop a family mention that only introduces the chip after it."""
    out: list[Mention] = []
    for i, mention in enumerate(mentions):
        nxt = mentions[i + 1] if i + 1 < len(mentions) else None
        if (
            mention.kind == CHIP
            and mention.key in entities
            and entities[mention.key].family
            and nxt is not None
            and nxt.kind == CHIP
            and 0 <= nxt.start - mention.end <= _FAMILY_CHIP_GAP
            and not text[mention.end : nxt.start].strip(" -")
        ):
            continue
        out.append(mention)
    return out
