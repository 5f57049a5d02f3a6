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

from .chip_catalogue import CHIP, Entity
from .chip_discovery import DEVICE_NOUNS, cue_spans, in_system
from .chip_traps import built_on_chip, chip_cue
from .mention import Mention

# "P6-B200", "P6e-GB200", "p5-H100": an instance family code (letters and a
# generation number) joined to the chip by a hyphen
_CODE_HYPHEN = re.compile(r"(?<![A-Za-z0-9.\-])[A-Za-z]{1,3}\d{1,2}[a-z]{0,3}-$")
# "ND GB300 v6", "NC A100 v4", "NCads H100 v5": Azure's series letters before
# the chip and the series version after it
_SERIES_BEFORE = re.compile(r"(?<![A-Za-z0-9.\-])[A-Z]{1,3}[a-z0-9]{0,8}\s$")
_VERSION_AFTER = re.compile(r"\s?v\d{1,2}(?![A-Za-z0-9.])")
# "가상머신 'ND H200 v5'", "ND H200 v5 VM": the version and an instance word
_INSTANCE_AFTER = re.compile(
    r"\s?v\d{1,2}(?![A-Za-z0-9.])\s*['\"’”]?\s*(?:가상\s*머신|인스턴스|VM|instance|시리즈)",
    re.IGNORECASE,
)
_INSTANCE_BEFORE = re.compile(r"(?:가상\s*머신|인스턴스|VM|instance)\s*['\"‘“]?\s*$", re.IGNORECASE)
# "BM.GPU.H100.8", "VM.GPU.A10.1": a shape name with dots on both sides
_DOTTED_BEFORE = re.compile(r"[A-Za-z]\.$")
_DOTTED_AFTER = re.compile(r"\.\d")
# "자율주행 컴퓨터 HW4", "임무컴퓨터 MC-21", "산업용 제어기 X": the device itself
_DEVICE_BEFORE = re.compile(
    r"(?:" + DEVICE_NOUNS + r"|제어\s?장치|계측기|내비게이션)\s*['\"‘“]?\s*$"
)
# "샤인볼트 D램": memory brands speak of memory
_MEMORY_WORD = re.compile(r"메모리|[D디]램|DRAM|HBM", re.IGNORECASE)
# a name written as a Hangul word: "아이언우드", "아이언 우드", "가우디"
_HANGUL_WORD = re.compile(r"[가-힣]+(?:\s[가-힣]+)?")


def in_instance(text: str, start: int, end: int) -> bool:
    """ "ND GB300 v6", "P6-B200", "BM.GPU.H100.8": the chip's name inside a
    cloud instance's or a virtual machine's name."""
    before = text[max(0, start - 13) : start]
    if _CODE_HYPHEN.search(before):
        return True
    if _VERSION_AFTER.match(text, end) and (
        _SERIES_BEFORE.search(before) or _INSTANCE_BEFORE.search(text, max(0, start - 12), start)
    ):
        return True  # "ND GB300 v6", "가상머신 'H200 v5'"
    if _INSTANCE_AFTER.match(text, end):
        return True
    return bool(_DOTTED_BEFORE.search(before) and _DOTTED_AFTER.match(text, end))


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
