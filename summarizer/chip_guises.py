"""Chip names that stand for something else (issue 13, round fifteen, second pass).

* ``ND GB300 v6 가상머신``, ``P6-B200``, ``BM.GPU.H100.8``: a chip's name inside a
  cloud instance's or virtual machine's name is the instance
  (:func:`in_instance`); ``H100 인스턴스``, ``B200 기반 인스턴스`` still speak of
  the chip;
* ``자율주행 컴퓨터 HW4``, ``임무컴퓨터 X``: a name right after a computer or
  device noun is that device (:func:`after_device`);
* ``아이언우드 CC``, ``가우디의 사그라다 파밀리아``: a chip whose name is
  written as a plain Hangul word (no digit, no Latin letter) counts only in
  an article that speaks of chips — another chip named otherwise, the chip's
  vendor named, or a chip word in its sentence (:func:`word_names_gated`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .chip_booths import DEVICE_NOUNS, booth_number, in_device_name
from .chip_catalogue import CHIP, Entity
from .chip_discovery import FORM_CARD, cue_spans, in_system
from .chip_instances import in_instance
from .chip_traps import built_on_chip, chip_cue
from .mention import Mention

# "자율주행 컴퓨터 HW4", "임무컴퓨터 MC-21", "산업용 제어기 X": the device itself;
# "윈쑤이 서버 S60": a server sold under the chip line's brand (session 17);
# "PCIe 카드 X", "개발자용 보드 X": a card or a board (session 18)
_DEVICE_BEFORE = re.compile(
    r"(?:" + DEVICE_NOUNS + r"|" + FORM_CARD + r"|제어\s?장치|계측기|내비게이션|서버)"
    r"\s*['\"‘“]?\s*$"
)
# "샤인볼트 D램": memory brands speak of memory
_MEMORY_WORD = re.compile(r"메모리|[D디]램|DRAM|HBM", re.IGNORECASE)
# a name written as a Hangul word: "아이언우드", "아이언 우드", "가우디"
_HANGUL_WORD = re.compile(r"[가-힣]+(?:\s[가-힣]+)?")


def after_device(text: str, start: int) -> bool:
    """ "자율주행 컴퓨터 HW4를 얹은 차량": a name right after a computer or
    device noun names that device ("슈퍼컴퓨터 X" the machine), not a chip."""
    return _DEVICE_BEFORE.search(text, max(0, start - 12), start) is not None


def in_disguise(text: str, start: int, end: int) -> bool:
    """A catalogued chip's name that here names something else: a system
    ("GB300 NVL72"), a device carrying another chip ("X를 넣은 장치 Y"), an
    instance or a device."""
    return (
        in_system(text, start, end)
        or built_on_chip(text, start)
        or in_instance(text, start, end)
        or after_device(text, start)
        or in_device_name(text, start, end)  # "공유기 'KT 5G 에그 K-M300'"
        or booth_number(text, start, end)  # "C홀 C302"
    )


def word_names_gated(
    found: Sequence[Sequence[Mention]], texts: Sequence[str], entities: dict[str, Entity]
) -> list[list[Mention]]:
    """The mentions of one article, without chips named only by Hangul words
    ("아이언우드 CC", "가우디의 성당") where the article does not speak of
    chips: no chip named otherwise (a model number, a Latin name), no vendor
    of such a chip named, and no chip word in the sentence of any of them."""
    worded = [[_worded(m, entities) for m in ms] for ms in found]
    if not any(any(flags) for flags in worded):
        return [list(ms) for ms in found]
    named = {m.key for ms in found for m in ms}
    chippy = any(
        m.kind == CHIP and not w
        for ms, ws in zip(found, worded, strict=True)
        for m, w in zip(ms, ws, strict=True)
    )
    chippy = chippy or any(
        _vendor(m.key, entities) in named or chip_worded(text)
        for ms, ws, text in zip(found, worded, texts, strict=True)
        for m, w in zip(ms, ws, strict=True)
        if w
    )
    if chippy:
        return [list(ms) for ms in found]
    return [
        [m for m, w in zip(ms, ws, strict=True) if not w]
        for ms, ws in zip(found, worded, strict=True)
    ]


def _worded(mention: Mention, entities: dict[str, Entity]) -> bool:
    return (
        mention.kind == CHIP
        and mention.key in entities
        and _HANGUL_WORD.fullmatch(mention.surface) is not None
    )


def _vendor(key: str, entities: dict[str, Entity]) -> str | None:
    entity = entities[key]
    if entity.vendor is None and entity.family_key in entities:
        return entities[entity.family_key].vendor
    return entity.vendor


def chip_worded(text: str) -> bool:
    """A chip word (not one fitted into a product) or a memory word."""
    return any(chip_cue(text, s, e) for s, e in cue_spans(text)) or bool(_MEMORY_WORD.search(text))
