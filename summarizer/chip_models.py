"""A catalogued chip name that is another product's model number (issue 13,
session 16).

The catalogue lists short names of one Latin letter and digits (``S60``,
``R1``, ``A30``, ``X220``, ``P40``): the same codes name phones, cameras,
laptops and cars (``모토로라 엣지 S60 스마트폰``, ``캐논 EOS R1 카메라``). Such a
name is no chip where both hold:

* the text builds it as a product's model number
  (:func:`chip_brands.brand_device`: a product-line word before it that is
  no vendor, family or descriptor with what the product is or holds after
  it, a second code after it, another code before it), or a maker that is
  not the chip's vendor stands right before it with a product noun after it
  (``화웨이 P40 스마트폰``);
* the article gives it no support as that chip: neither its catalogue
  vendor nor its family is named anywhere in the article, and no other chip
  of that vendor or family is (one that is not itself such a product).

``엔비디아 H20``, ``H100 GPU``, ``H100 서버``, ``화웨이 어센드 910B`` and a chip
whose vendor the article names earlier stay chips.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from .chip_brands import brand_device, carries_or_is_product
from .chip_catalogue import CHIP, COMPANY, Entity
from .mention import Mention

# one Latin letter and digits, a letter at most after: "S60", "R1", "A10G"
_AMBIGUOUS = re.compile(r"[A-Za-z]-?\d{1,4}[A-Za-z]?")
# a computing product after it speaks of the chip: "H100 서버", "A100 클러스터"
_COMPUTING_AFTER = re.compile(
    r"\s?(?:[가-힣A-Za-z0-9]{1,6} )?(?:서버|인스턴스|클러스터|시스템|노드|랙|보드|카드|모듈|"
    r"가속|그래픽|GPU|NPU|칩|HBM|메모리|팟|POD|DGX|HGX)"
)


def _vendor_and_family(entity: Entity) -> set[str]:
    return {k for k in (entity.vendor, entity.family_key) if k is not None}


def _built_as_product(text: str, mention: Mention, entity: Entity, ms: Sequence[Mention]) -> bool:
    start, end = mention.start, mention.end
    if _COMPUTING_AFTER.match(text, end) or text[end : end + 1].islower():
        return False  # "H100 서버"; "orders for H100s" (an English plural)
    others = [m for m in ms if m is not mention]
    taken = [(m.start, m.end) for m in others]
    own = _vendor_and_family(entity)
    vendor_spans = [(m.start, m.end) for m in others if m.key in own]
    if brand_device(text, start, end, taken, vendor_spans):
        return True
    maker = any(
        m.kind == COMPANY and m.key not in own and 0 <= start - m.end <= 1 for m in others
    )  # "화웨이 P40 스마트폰", "레노버 X220 노트북에는"
    return maker and carries_or_is_product(text, end)


def product_models(
    found: Sequence[Sequence[Mention]], texts: Sequence[str], entities: Mapping[str, Entity]
) -> list[list[Mention]]:
    """The mentions of one article, without catalogued short chip names that
    the text builds as another product's model number and the article does
    not support as chips (see the module's docstring)."""
    suspects: set[int] = set()
    for ms, text in zip(found, texts, strict=True):
        for m in ms:
            entity = entities.get(m.key)
            if (
                m.kind == CHIP
                and entity is not None
                and _AMBIGUOUS.fullmatch(m.surface)
                and _built_as_product(text, m, entity, ms)
            ):
                suspects.add(id(m))
    if not suspects:
        return [list(ms) for ms in found]
    named = {m.key for ms in found for m in ms if id(m) not in suspects}
    for ms in found:
        for m in ms:
            if id(m) not in suspects and (entity := entities.get(m.key)) is not None:
                named |= _vendor_and_family(entity)  # another chip of the vendor or family
    return [
        [m for m in ms if id(m) not in suspects or _vendor_and_family(entities[m.key]) & named]
        for ms in found
    ]
