"""A technology's name that is also one vendor's product name (issue 13,
session 21).

Samsung sold its first processing-in-memory HBM as "HBM-PIM" (Aquabolt-XL),
and the press names the technology the same way: "연산 기능을 메모리 안에
넣는 HBM-PIM도 다시 주목받고 있다" is the class of memory, nobody's chip.
Every labelled set agrees once the vendor is read: where the sentence names
the maker ("삼성전자는 2021년 HBM-PIM을 처음 공개했다", "삼성 'HBM-PIM'") the
name is its product; with no maker in the sentence it is the technology. A
chip's ``class_words`` in the catalogue are such names; its other names
("Aquabolt-XL", "삼성 HBM-PIM") are the product's alone and need no vendor.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from .chip_catalogue import CHIP, Entity
from .chip_text import fold
from .mention import Mention


def _unowned(mention: Mention, entity: Entity | None, keys: set[str]) -> bool:
    """A class word whose sentence does not name the chip's vendor."""
    return (
        mention.kind == CHIP
        and entity is not None
        and bool(entity.class_words)
        and fold(mention.surface) in {fold(w) for w in entity.class_words}
        and entity.vendor not in keys
    )


def owned_classes(
    found: Sequence[Sequence[Mention]], entities: Mapping[str, Entity]
) -> list[list[Mention]]:
    """The mentions of each sentence without a technology's name
    (``class_words``) printed where the sentence names none of its makers."""
    out = []
    for ms in found:
        keys = {m.key for m in ms}
        out.append([m for m in ms if not _unowned(m, entities.get(m.key), keys)])
    return out
