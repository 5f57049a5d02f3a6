"""A chip's short form: the model number alone after its full name
(issue 13, session 15).

Articles name a chip in full once ("RecAccel N3000", "speedAI240",
"Pathfinder P1600") and then by its model number alone ("N3000은 …",
"AI240"). Discovery reads the bare number as a chip of its own, which the
labels never list: a second chip for one product. A discovered name (one the
catalogue does not know) that is the tail of another chip the same article
names, cut at a space, a hyphen or a lower-case letter ("RecAccel N3000",
"speedAI240"), is that chip. A catalogued name keeps its own key: "B200"
beside "GB200" are two chips (the letter before the tail is a capital).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Mapping, Sequence
from collections.abc import Set as AbstractSet

from .chip_catalogue import CHIP, Entity
from .chip_text import fold
from .mention import Mention

# the shortest tail read as a short form: a letter and three digits ("N3000")
_MIN_TAIL = 4
# how far another chip may stand from a two-character model ("i20은 T4"),
# and what may not stand between them (a clause's end, a quote, a long gap)
_BESIDE = 8
_ADJACENT = re.compile(r"[,;'\"‘’“”]|\S{5}")
# a model number of a letter and a digit: "T4", "L4"
_SHORT_MODEL = re.compile(r"[A-Za-z]\d")
# memory generations (HBM4, GDDR7): no two-character name is vouched for beside them
_MEMORY_KINDS = frozenset({"HBM", "memory"})
# "L4 자율주행", "L2 수준", "L2 캐시": a driving-automation level or a cache
# level, not a chip
_LEVEL_AFTER = re.compile(
    r"\s*(?:급\s*)?(?:\+|완전\s*)?(?:자율\s*주행|레벨|단계|수준|등급|캐시|cache)", re.IGNORECASE
)


def full_name(short: str, names: Collection[str]) -> str | None:
    """The one name of ``names`` whose tail is ``short``, if exactly one."""
    if len(short) < _MIN_TAIL or not any(c.isdigit() for c in short):
        return None
    longer = {
        name
        for name in names
        if len(name) > len(short)
        and name.casefold().endswith(short.casefold())
        and (name[-len(short) - 1] in " -" or name[-len(short) - 1].islower())
    }
    return longer.pop() if len(longer) == 1 else None


def short_forms(found: Sequence[list[Mention]], catalogued: Collection[str]) -> list[list[Mention]]:
    """The mentions of each sentence, a discovered short form read as the
    full name the article gives it elsewhere."""
    names = {m.key for ms in found for m in ms if m.kind == CHIP}
    out = []
    for ms in found:
        kept = []
        for m in ms:
            full = None if m.kind != CHIP or m.key in catalogued else full_name(m.key, names)
            kept.append(m if full is None else Mention(full, CHIP, m.surface, m.start, m.end))
        out.append(kept)
    return out


def beside_chip(text: str, mention: Mention, other: Entity, same_vendor: bool) -> bool:
    """Whether a two-character name stands as a chip beside another chip of
    its sentence: one of the same vendor, or (session 17) a chip written
    right before or after it in the same clause where the name is a model
    number ("RNGD는 L4보다", "i20은 T4 대체용으로"; not "AI5 칩, 업체는 'T4'",
    nor a Hangul word like "소후", nor beside a memory generation: "P4는 HBM4에
    들어가는 D램"); never before a driving or cache level ("L4 자율주행",
    "H200의 L2 캐시")."""
    if _LEVEL_AFTER.match(text, mention.end):
        return False
    if same_vendor:
        return True
    if _SHORT_MODEL.fullmatch(mention.surface) is None or other.chip_kind in _MEMORY_KINDS:
        return False  # "P4는 HBM4에 들어가는 D램을": a memory is no GPU's neighbour
    names = {n.casefold() for n in (other.key, other.name, *other.aliases) if n}
    before = text[max(0, mention.start - _BESIDE) : mention.start].casefold()
    after = text[mention.end : mention.end + _BESIDE].casefold()
    gaps = [before.rsplit(n, 1)[1] for n in names if n in before]
    gaps += [after.split(n, 1)[0] for n in names if n in after]
    return any(_ADJACENT.search(gap) is None for gap in gaps)


# "후속작 L4", "전 세대 제품인 T4": a product word of succession right before
_SUCCESSION = re.compile(
    r"(?:세대|후속작?|전작|(?:신|기존\s*)?제품|차세대)(?:인|이던|였던|이었던)?\s*$"
)
# "후속작 L4 로보택시": a vehicle of that driving level, not a chip
_VEHICLE_AFTER = re.compile(r"\s*(?:로보\s*택시|택시|차량|셔틀|트럭|버스|자동차)")
# "L4 자율주행", "L4 로보택시", "T4 등급": a level or what it grades, never a chip
# (not 수준: "T4 수준의 성능" compares with the chip)
_GRADED_AFTER = re.compile(
    r"\s*(?:급\s*)?(?:자율\s*주행|레벨|등급|캐시|cache|로보\s*택시|택시|차량|셔틀|트럭)",
    re.IGNORECASE,
)


def graded(text: str, end: int) -> bool:
    """Whether a driving, cache or credit level's word follows a name."""
    return _GRADED_AFTER.match(text, end) is not None


# "T4와 후속작 L4": the name listed right before another one such a word marks
_LISTED_SUCCESSOR = re.compile(
    r"(?:와|과|,|·)\s*(?:(?:전\s*)?세대|후속작?|전작|차세대)\s*([A-Za-z]\d)(?![A-Za-z0-9])"
)


def successor_named(
    text: str,
    mention: Mention,
    entity: Entity,
    others: Sequence[Entity | None],
    known: AbstractSet[str],
) -> bool:
    """ "저전력 T4와 후속작 L4가 인기다" in an article that names their vendor:
    a two-character name a product word of succession marks (or listed right
    before such a name of its vendor) is that vendor's chip; never before a
    driving or cache level ("차세대 L4 자율주행")."""
    if (
        entity.vendor is None
        or entity.vendor not in known
        or _SHORT_MODEL.fullmatch(mention.surface) is None
        or _LEVEL_AFTER.match(text, mention.end)
        or _VEHICLE_AFTER.match(text, mention.end)
    ):
        return False
    if _SUCCESSION.search(text, 0, mention.start):
        return True
    listed = _LISTED_SUCCESSOR.match(text, mention.end)
    return listed is not None and any(
        o is not None
        and o.vendor == entity.vendor
        and o.key.casefold() == listed[1].casefold()
        and not _LEVEL_AFTER.match(text, listed.end())
        for o in others
    )


def leans_on_article(
    catalogued: Sequence[Sequence[Mention]],
    vendor_words: Collection[str],
    entities: Mapping[str, Entity],
    fold: Callable[[str], str],
) -> bool:
    """Whether an article's sentences need its second pass: a common word
    that is a vendor's chip, or a name that needs context ("후속작 L4" leans
    on the vendor the article names elsewhere)."""
    return any(
        fold(m.surface) in vendor_words or (m.key in entities and entities[m.key].needs_context)
        for ms in catalogued
        for m in ms
    )


def needs_article(entity: Entity) -> bool:
    """A chip whose later mentions lean on the article's earlier ones."""
    return entity.needs_context or bool(entity.vendor_words)


def prefixed(mention: Mention, entity: Entity) -> bool:
    """ "MTT S80", "Hygon Z100": a short model number written after its family's
    name is the chip without chip talk; "S80" alone still needs it. So is any
    name that needs context printed as the catalogue's longer spelling of it,
    its line's or maker's name before it ("화산 A1000", "도조 D1", "Habana
    Greco"): the bare "A1000" may be another maker's part, that name is not."""
    if entity.short_model is not None:
        return fold(mention.surface) != fold(entity.short_model)
    surface, key = fold(mention.surface), fold(entity.key)
    if len(surface) <= len(key) or not surface.endswith(key):
        return False
    return any(fold(alias) == surface for alias in entity.aliases)


# a model number of letters and three digits or more: "A2000", "C1296"
_NUMBERED_MODEL = re.compile(r"([A-Za-z]{1,4})-?(\d{3,})")


def sibling_shown(entity: Entity, known: AbstractSet[str], entities: Mapping[str, Entity]) -> bool:
    """ "A2000" in an article that has shown "A1000" of the same line to be a
    chip: a model number (three digits or more) that needs context is the
    line's next model where the article named a sibling of it (the same
    letters, as many digits) as a chip; not "L4" beside "L40S" (too short)."""
    mine = _NUMBERED_MODEL.fullmatch(entity.key)
    if mine is None or entity.family_key is None:
        return False
    for key in known:
        other = entities.get(key)
        theirs = _NUMBERED_MODEL.fullmatch(key)
        if other is None or theirs is None or key == entity.key:
            continue
        if other.family_key == entity.family_key and theirs[1] == mine[1]:
            if len(theirs[2]) == len(mine[2]):
                return True
    return False


# a use word right before a name: "데이터센터용 ", "중국 수출용 ", "서버용 ", "중국
# 전용 " (a word of two syllables or more before 용, or 전용; not 사용, 활용,
# 재사용, 부작용: verbs' nouns)
_USE_BEFORE = re.compile(r"(?:[가-힣A-Za-z]{2,}(?<![사활작이적허])용|전용)\s*['\"‘“]?$")


# "2018년 나온 추론용 ", "2020년 출시된 서버용 ", "2018년 추론용 ": a year (and a
# launch) right before the use word date the product (a two-character name needs this much)
_DATED_LAUNCH = re.compile(
    r"(?<!\d)(?:19|20)\d\d년(?:에)?\s*(?:(?:나온|출시된|출시한|공개된|선보인|내놓은|발표된)\s*)?$"
)


def used_for(text: str, mention: Mention, entity: Entity, known: AbstractSet[str]) -> bool:
    """ "검사 대상에는 데이터센터용 L20도": a model number (three characters or
    more) that needs chip talk, with a use word right before it, in an article
    that names its vendor (``known`` holds the vendors it names) is the
    vendor's product, where its own sentence names no chip; a two-character
    one ("T4") only with a year (and a launch) right before the use word
    ("2018년 나온 추론용 T4", "2018년 추론용 T4는"), never before a level ("T4 등급")."""
    if entity.vendor is None or entity.vendor not in known:
        return False
    use = _USE_BEFORE.search(text, max(0, mention.start - 12), mention.start)
    if use is None or not any(c.isdigit() for c in mention.surface):
        return False
    if len(fold(mention.surface)) > 2:
        return True
    dated = _DATED_LAUNCH.search(text, max(0, use.start() - 16), use.start())
    return dated is not None and not _LEVEL_AFTER.match(text, mention.end)
