"""Rules over one sentence's chip mentions: a kind word naming a vendor's
chip, a family name introducing its chip, a kind word beside the chip's name."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from collections.abc import Set as AbstractSet

from .chip_catalogue import CARD, CHIP, Entity
from .chip_context import product_talk
from .chip_discovery import QUANTITY_AFTER
from .chip_generations import numbered_generations
from .chip_siblings import heads_with_sibling
from .chip_vendor_models import vendor_models
from .chip_word_cues import (
    apposed,
    counted_item,
    launched,
    list_head,
    named_vendors,
    names_chips,
    owned_elsewhere,
)
from .mention import Mention

# A family name and the chip after it are one chip: "호퍼 H100", "Instinct MI300X".
_FAMILY_CHIP_GAP = 2
# "소후 2", "Corsair 2를": one digit after a chip named by a word, not a
# count ("아톰 4장"), a share or a list ("9,216", "2.5배")
_SUCCESSOR = re.compile(r"[ \-]([2-9])(?![\d.,:/xX×~A-Za-z])")
# a kind word used as a chip's name: "LPU", "PPU", "언어처리장치"
_KIND_WORD = re.compile(r"[A-Z]PU|[가-힣]*처리\s?장치")
# a word listed with the name after it ("아톰 또는 …", "아톰과 …", "워보이·…")
# or before it ("… 또는 아톰", "…와 아톰")
_LISTED_AFTER = re.compile(r"(?:과|와|이나|나)\s|\s*(?:또는|혹은|및|·|/)\s*\S")
# "국내 스타트업의 아톰", "토종 팹리스가 만든 아톰": a chip maker owns the word
# ("게임 회사의 아톰 카드" is no chip maker's); a chip of home make set beside
# it ("국산 NPU인 아톰", "토종 AI 칩 아톰") is an AI-chip noun (chip_word_cues.apposed)
_MAKER_BEFORE = re.compile(
    r"(?:국내|국산|토종|한국|AI|NPU|반도체|칩)\s*(?:AI\s*)?(?:반도체\s*)?"
    r"(?:스타트업|팹리스|업체|기업|회사)(?:의|[이가]\s*만든)\s*$"
)
# the letters a model adds to its line's number: "950" + "PR", "DT"
_MODEL_LETTERS = re.compile(r"[A-Z]{1,3}")
_LISTED_BEFORE = re.compile(r"(?:\S(?:과|와|이나)|또는|혹은|및|·|/)\s*$")


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
    vendors it names), the word spoken of as a product (:func:`product_talk`:
    "블랙홀 칩", "전작 웜홀", the Latin "Blackhole"); else none ("투자 블랙홀")."""
    chosen = next((k for k in twins if entities[k].vendor in keys), None)
    chosen = chosen or next((k for k in twins if k in known), None)
    chosen = chosen or _listed_with_sibling(mention, twins, entities, keys, text)
    if chosen is None and owned_elsewhere(mention, twins, entities, keys, text):
        return None  # "인텔의 저전력 아톰 칩", "아톰 프로세서": another maker's
    named = named_vendors(known, entities)  # "리벨 쿼드" names Rebellions
    # "1세대 칩인 워보이와 아톰", "NPU(아톰, …)": read from where its list starts
    head = list_head(mention, entities, keys, text)
    listed = Mention(mention.key, mention.kind, mention.surface, head, mention.end)
    if chosen is None and (
        product_talk(text, head, mention.end, mention.surface)
        or launched(mention, twins, entities, keys, text)  # "2024년 출시한 아톰은"
    ):
        chosen = next((k for k in twins if entities[k].vendor in named), None)
        chosen = chosen or _makers_only_twin(mention, twins, entities, known, text)
    chosen = chosen or _listed_made(mention, twins, entities, keys, known, text)
    chosen = chosen or heads_with_sibling(mention, twins, entities, keys, named, text)
    chosen = chosen or apposed(listed, twins, entities, known, text)  # "NPU인 아톰"
    chosen = chosen or counted_item(mention, twins, entities, keys, text)  # "△아톰 256장"
    if chosen is None:
        return None
    return Mention(chosen, CHIP, mention.surface, mention.start, mention.end)


def _makers_only_twin(
    mention: Mention,
    twins: Sequence[str],
    entities: dict[str, Entity],
    known: AbstractSet[str],
    text: str,
) -> str | None:
    """ "국내 스타트업의 아톰 카드도 시험 중": a word that is one vendor's chip
    only, spoken of as a product and owned by a chip maker the sentence does
    not name, in an article that has named other chips, is that chip; not
    "만화 주인공 아톰 카드" nor "H100 서버 옆 아톰 기반 시스템"."""
    if len(twins) != 1 or not _MAKER_BEFORE.search(text, 0, mention.start):
        return None
    return twins[0] if names_chips(known, entities) else None


def _listed_made(
    mention: Mention,
    twins: Sequence[str],
    entities: dict[str, Entity],
    keys: AbstractSet[str],
    known: AbstractSet[str],
    text: str,
) -> str | None:
    """ "국내 스타트업의 아톰과 레니게이드", "토종 팹리스의 아톰·워보이": a
    word owned by a chip maker the sentence does not name, listed beside
    another chip the sentence names, is that maker's chip (no product talk
    needed: the list says what it is); not "게임 회사의 아톰과 …"."""
    listed = _LISTED_AFTER.match(text, mention.end) or _LISTED_BEFORE.search(text, 0, mention.start)
    if not listed or not names_chips(keys, entities, skip=twins):
        return None
    return _makers_only_twin(mention, twins, entities, known, text)


def _listed_with_sibling(
    mention: Mention,
    twins: Sequence[str],
    entities: dict[str, Entity],
    keys: AbstractSet[str],
    text: str,
) -> str | None:
    """ "아톰 또는 리벨 쿼드", "워보이·레니게이드", "아톰과 서버용 카드
    ATOM-Max": a common word listed beside another chip or card of one of its
    vendors is that vendor's chip."""
    listed = _LISTED_AFTER.match(text, mention.end) or _LISTED_BEFORE.search(text, 0, mention.start)
    if not listed:
        return None
    for key in twins:
        vendor = entities[key].vendor
        siblings = [
            o for o in keys if o != key and o in entities and entities[o].kind in (CHIP, CARD)
        ]
        if vendor and any(entities[o].vendor == vendor for o in siblings):
            return key
    return None


def merge_family_and_chip(
    text: str, mentions: list[Mention], entities: dict[str, Entity]
) -> list[Mention]:
    """Drop a family mention that only introduces the chip after it; read a
    vendor's bare model number as its chip (:func:`vendor_models`)."""
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
    return vendor_models(text, out, entities)


def kind_words_named(
    found: Sequence[Sequence[Mention]], entities: dict[str, Entity]
) -> list[list[Mention]]:
    """ "LPU 칩 베르타(Bertha)": a kind word is a vendor's chip only in an
    article that names no other chip of that line by its own name; where it
    does, the kind word only says what the named chip is (the article of a
    vendor known only for "its LPU" keeps the LPU). A line is the family, or
    the vendor's chips of that kind under another brand ("전우 810E가 병렬처리
    장치(PPU) 구조로": T-Head's PPU named by its model)."""
    named = {
        (line, m.key)
        for ms in found
        for m in ms
        if m.kind == CHIP and m.key in entities and not _KIND_WORD.fullmatch(m.surface)
        for line in _lines(entities[m.key])
    }

    def kind_word_only(m: Mention) -> bool:
        entity = entities.get(m.key)
        if entity is None or m.kind != CHIP or not _KIND_WORD.fullmatch(m.surface):
            return False
        lines = _lines(entity)
        return any(line in lines and key != m.key for line, key in named)

    kept = [[m for m in ms if not kind_word_only(m)] for ms in found]
    return lines_of_named_models(kept, entities)


def _lines(entity: Entity) -> set[tuple[str | None, ...]]:
    """The lines a chip belongs to: its family, and its vendor's chips of its
    kind (for a chip whose vendor is known)."""
    lines: set[tuple[str | None, ...]] = {(entity.family_key,)}
    if entity.vendor and entity.chip_kind:
        lines.add((entity.vendor, entity.chip_kind))
    return lines


def lines_of_named_models(
    found: Sequence[Sequence[Mention]], entities: dict[str, Entity]
) -> list[list[Mention]]:
    """ "어센드 950 계열 … 950PR … 950DT": a model number the catalogue does
    not list, in an article that names the catalogued models it heads (the
    number and one to three capitals after it), is their line, not a chip."""
    named = {m.key for ms in found for m in ms if m.kind == CHIP and m.key in entities}

    def line_only(m: Mention) -> bool:
        if m.kind != CHIP or m.key in entities or not m.key[-1:].isdigit():
            return False
        return any(_MODEL_LETTERS.fullmatch(k, len(m.key)) and k.startswith(m.key) for k in named)

    return [[m for m in ms if not line_only(m)] for ms in found]


def successors(
    text: str,
    mentions: Sequence[Mention],
    entities: dict[str, Entity],
    resolve: Callable[[str], str | None],
) -> list[Mention]:
    """ "소후 2", "Corsair 2": a chip named by a word (no digit in its name), then a generation
    number, is that chip's successor ("Sohu 2"), as a family's model number
    is its model; not a count ("아톰 4장") and not a kind word ("LPU 2")."""
    out = []
    for m in numbered_generations(text, mentions, entities):  # "1세대 TPU": TPU v1
        entity = entities.get(m.key)
        after = _SUCCESSOR.match(text, m.end)
        if (
            after is None
            or entity is None
            or entity.family
            or m.kind != CHIP
            or any(c.isdigit() for c in entity.name)  # a model number: "HBM3E 8"
            or _KIND_WORD.fullmatch(entity.name)
            or QUANTITY_AFTER.match(text, after.end())
        ):
            out.append(m)
            continue
        name = f"{entity.name} {after[1]}"
        out.append(
            Mention(resolve(name) or name, CHIP, text[m.start : after.end()], m.start, after.end())
        )
    return out
