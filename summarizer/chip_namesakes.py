"""Chip codenames an article shows to be something else (issue 13, session 20).

Every trap of :mod:`~summarizer.chip_traps` reads one occurrence: the
words around ``건축가 안토니 가우디`` or ``교외 도시 마이아`` show a person or
a town there. An article that has shown what a name is goes on printing it
bare (``가우디·호퍼 이어 …``, ``공항에서 20분 거리인 마이아에는``), so:

* a codename printed bare is the namesake the article shows it to be
  elsewhere — a person (:func:`~summarizer.chip_traps.is_person`), a place or
  a venue, a game, a team or a car, a plant, an animal, a food, a landmark
  (:func:`~summarizer.chip_nature.names_nature`) — unless the article speaks
  of the chip in a sentence of it (:func:`_vouched`);
* a codename the catalogue marks ``namesake = true`` (a common word: a
  city, a flower, a tree, a star) printed bare is a chip only in an article
  that ties it to chips somewhere: its vendor or another of its vendor's
  chips named, a chip word beside it, or the name printed as a chip
  (``TPU 트릴리움``, ``마이아 100``) (:func:`_tied`);
* a model number the catalogue does not list that the article shows to be
  a weapon, an aircraft, a car or another thing (``전투기 KF-21``, ``KF-21
  블록2``, ``FA-50 경공격기``) is that thing wherever it stands, unless a chip
  word stands right beside it somewhere (``NX-7 칩``) (session 22, dev80).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .chip_catalogue import CHIP, COMPANY, Entity
from .chip_discovery import names_product
from .chip_nature import names_nature
from .chip_things import names_thing
from .chip_traps import is_person, is_place, is_venue, names_part
from .mention import Mention

# a codename printed bare: a name with no model number ("가우디", "Hopper", "에이다 러브레이스")
_BARE_NAME = re.compile(r"[가-힣]{2,}(?:\s[가-힣]{2,})?|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?")
# a chip word set right beside it: "차세대 GPU 루빈", "AI 가속기 가우디", "호퍼 아키텍처",
# "호퍼와 블랙웰 GPU" (after the next name of a pair); a generation ("6세대 트릴리움")
_CHIP_BEFORE = re.compile(
    r"(?:칩|GPU|NPU|TPU|가속기|반도체|프로세서|accelerator|chip|\d세대)\s?['\"‘“]?$",
    re.IGNORECASE,
)
_CHIP_AFTER = re.compile(
    r"['\"’”]?(?:\s?(?:와|과|및|·|,)\s?[가-힣A-Za-z0-9\-]{2,10})?"
    r"\s?(?:칩|GPU|NPU|TPU|가속기|반도체|프로세서|아키텍처|세대|기반|후속|accelerator|chip)",
    re.IGNORECASE,
)
# a chip noun right after a model number ("NX-7 칩", "NX-7 가속기"; not "CH-47F 후속 헬기")
_CODE_CHIP_AFTER = re.compile(
    r"['\"’”]?\s?(?:AI\s?)?(?:칩(?![렛셋])|GPU|NPU|TPU|가속기|반도체|프로세서|accelerator|chip)",
    re.IGNORECASE,
)
# a letter before the name: the name is the end of another word ("그래스호퍼")
_GLUED = re.compile(r"[가-힣A-Za-z]")
# what stands between two items of a run of names: a list mark, a table's
# cell bar or tab, "와/과/및/또는" ("MI355X·아이언우드", "트레이니엄3 | 아이언우드")
_ITEM_GAP = re.compile(r"\s*(?:[|·,/\t]|(?:와|과|및|또는)\s)\s*")


def namesakes_named(
    found: Sequence[Sequence[Mention]], texts: Sequence[str], entities: dict[str, Entity]
) -> list[list[Mention]]:
    """The mentions of one article without the codenames it shows to be
    something else where they stand bare (see the module's note)."""
    bare = [m for ms in found for m in ms if m.kind == CHIP and _BARE_NAME.fullmatch(m.surface)]
    shown = {m.surface for m in bare if _shown_namesake(m.surface, texts, found)}
    dropped = {
        m.key
        for m in bare
        if m.surface in shown and not _vouched(m.key, found, texts, entities, shown)
    }
    codes = [m for ms in found for m in ms if m.kind == CHIP and m.key not in entities]
    shown_codes = {m.surface for m in codes if _shown_product(m.surface, texts, found)}
    dropped |= {
        m.key
        for m in codes
        if m.surface in shown_codes and not _code_vouched(m.surface, found, texts)
    }
    common = {m.surface for m in bare if m.key in entities and entities[m.key].namesake}
    dropped |= {
        m.key
        for m in bare
        if m.surface in common and not _tied(m.key, found, texts, entities, common)
    }
    return [[m for m in ms if m.kind != CHIP or m.key not in dropped] for ms in found]


def _shown_namesake(surface: str, texts: Sequence[str], found: Sequence[Sequence[Mention]]) -> bool:
    """Whether some occurrence of ``surface`` names a person or a thing; not
    one inside a longer catalogue name ("'베라 루빈' 플랫폼" is Nvidia's line,
    whatever its quotes say, not a thing named 루빈)."""
    for text, ms in zip(texts, found, strict=True):
        for match in re.finditer(re.escape(surface), text):
            if is_person(text, *match.span()):
                return True
            start, end = match.span()
            if any(m.start <= start and end <= m.end and m.end - m.start > end - start for m in ms):
                continue
            if _GLUED.match(text, start - 1) if start else False:
                continue
            if (
                is_place(text, start, end)
                or is_venue(text, start, end)
                or names_thing(text, start, end)
                or names_nature(text, start, end)
            ):
                return True
    return False


def _code_vouched(surface: str, found: Sequence[Sequence[Mention]], texts: Sequence[str]) -> bool:
    """Whether a chip word stands right beside the model number ``surface``
    somewhere in the article ("NX-7 칩", "NPU NX-7")."""
    return any(
        _CODE_CHIP_AFTER.match(text, m.end)
        or _CHIP_BEFORE.search(text, max(0, m.start - 12), m.start)
        for ms, text in zip(found, texts, strict=True)
        for m in ms
        if m.surface == surface
    )


def _shown_product(surface: str, texts: Sequence[str], found: Sequence[Sequence[Mention]]) -> bool:
    """Whether some occurrence of the model number ``surface`` names a
    thing (a weapon, a car: :func:`_shown_namesake`), a product that is
    not a chip ("패시지 M1000", "슈퍼컴퓨터 MN-9", "HL-338은 PCIe 카드다":
    :func:`~summarizer.chip_discovery.names_product`) or a part that is no
    AI chip ("QX100 5G RAN 가속기 카드", "모뎀 칩 QM-85")."""
    if _shown_namesake(surface, texts, found):
        return True
    return any(
        names_product(text, *match.span()) or names_part(text, *match.span())
        for text in texts
        for match in re.finditer(re.escape(surface), text)
    )


def _spoken_as_chip(mention: Mention, text: str) -> bool:
    """A mention not printed bare ("호퍼 GPU") or beside a chip word."""
    return bool(
        not _BARE_NAME.fullmatch(mention.surface)
        or _CHIP_AFTER.match(text, mention.end)
        or _CHIP_BEFORE.search(text, max(0, mention.start - 12), mention.start)
    )


def _vouched(
    key: str,
    found: Sequence[Sequence[Mention]],
    texts: Sequence[str],
    entities: dict[str, Entity],
    shown: set[str],
) -> bool:
    """Whether the article speaks of the chip ``key`` as a chip: a mention
    not printed bare ("호퍼 GPU"), or beside a chip word ("차세대 GPU 루빈"),
    or with its vendor or another chip of its vendor in the sentence."""
    entity = entities.get(key)
    if entity is None:
        return True
    for ms, text in zip(found, texts, strict=True):
        for m in (m for m in ms if m.key == key):
            if _spoken_as_chip(m, text):
                return True
            if any(_vendors_chip(o, entity, entities, shown) for o in ms if o is not m):
                return True  # "엔비디아 블랙웰", "블랙웰과 B200"
    return False


def _tied(
    key: str,
    found: Sequence[Sequence[Mention]],
    texts: Sequence[str],
    entities: dict[str, Entity],
    common: set[str],
) -> bool:
    """Whether the article ties the common word ``key`` to chips anywhere:
    a mention of it spoken of as a chip, or its vendor or another chip of
    its vendor named in any sentence ("구글 … 트릴리움은 …")."""
    entity = entities[key]
    for ms, text in zip(found, texts, strict=True):
        if any(m.key == key and _spoken_as_chip(m, text) for m in ms):
            return True
        if any(m.key == key and _listed_with_chip(m, ms, text, common) for m in ms):
            return True  # "트레이니엄3·아이언우드", a table row "마이아 200 | 아이언우드"
        if any(_vendors_chip(o, entity, entities, common) for o in ms if o.key != key):
            return True
    return False


def _listed_with_chip(
    mention: Mention, mentions: Sequence[Mention], text: str, common: set[str]
) -> bool:
    """Whether ``mention`` is an item of a run of chip names (a list, a
    table's row or column of names): another chip, not itself a common
    word printed bare, stands right beside it with only a list mark, a cell
    bar or a conjunction between them."""
    for other in mentions:
        if other.kind != CHIP or other.key == mention.key or other.surface in common:
            continue
        first, second = sorted((other, mention), key=lambda m: m.start)
        if first.end <= second.start and _ITEM_GAP.fullmatch(text, first.end, second.start):
            return True
    return False


def _vendors_chip(
    mention: Mention, entity: Entity, entities: dict[str, Entity], shown: set[str]
) -> bool:
    """Whether ``mention`` is ``entity``'s vendor or another chip of it."""
    if mention.kind == COMPANY:
        return mention.key == entity.vendor
    other = entities.get(mention.key)
    return (
        entity.vendor is not None
        and mention.kind == CHIP
        and mention.surface not in shown
        and other is not None
        and other.vendor == entity.vendor
    )
