"""Chips named by a code name or a product name, beyond model numbers.

:mod:`summarizer.chip_discovery` finds model numbers ("B300", "DX-M3"). A new
chip is as often named by a word: a code name printed in both scripts right
after a chip word ("차세대 칩 랩터(Raptor)"), a vendor's name with a model word
("첫 칩 MatX One"), or a vendor's memory product named after the generation
it is built on ("LPDDR5X-PIM"). Each shape needs what makes it a chip in the
sentence itself (a chip word right before it, a company named in the
sentence), so that phones, AI models, servers and projects stay out.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from .chip_discovery import QUANTITY_AFTER

# A chip word right before a name: "차세대 AI 칩렛 퀘이사(Quasar)", "칩 MatX One".
# 반도체 and 프로세서 are left out: "AI 반도체 기업명(Name)" names a company.
_CHIP_WORD = r"(?:칩렛|칩|가속기|NPU|GPU|TPU|LPU|ASIC)"
# "칩렛 퀘이사(Quasar)": a Hangul name, then its Latin spelling in brackets;
# a number may follow the word ("랩터-2(Raptor-2)")
_CODE_NAME = re.compile(
    _CHIP_WORD + r"\s(?P<hangul>[가-힣]{2,8})\((?P<name>[A-Z][A-Za-z]{2,15}(?:[-\s]?\d{1,3})?)\)"
)
# "MatX One", "Acme 2": a Latin company name, then a model word
_VENDOR_MODEL = re.compile(
    r"(?<![A-Za-z0-9\-])(?P<vendor>[A-Z][A-Za-z]{1,14})\s(?P<model>One|Two|Three|\d{1,2})"
    r"(?![A-Za-z0-9.\-])"
)
# how far a chip word may stand before a vendor's product ("첫 칩 MatX One")
_WORD_GAP = 4
# "LPDDR5X-PIM", "HBM4-PNM", "GDDR6-AiM": a memory generation, a hyphen and a
# short maker's suffix with capitals (not "-based", not "-SXM")
_MEMORY_PRODUCT = re.compile(
    r"(?<![A-Za-z0-9\-])(?:LPDDR|GDDR|HBM)\d[A-Z]?-(?=[A-Za-z]*[A-Z][A-Za-z]*[A-Z])"
    r"(?!(?:SXM|OAM|PCIe|NVL)\b)[A-Za-z]{2,4}(?![A-Za-z0-9\-])"
)
# a product that is not a chip, right after the name ("… 서버", "… 랙")
_NOT_CHIP_AFTER = re.compile(
    r"\s*(?:서버|랙|시스템|보드|카드|모듈|키트|플랫폼|슈퍼컴퓨터|클러스터)"
)


@dataclass(frozen=True)
class Named:
    name: str
    start: int
    end: int


def named_chips(
    text: str,
    taken: Sequence[tuple[int, int]],
    companies: Sequence[tuple[int, int]],
    resolve: Callable[[str], str | None],
    is_excluded: Callable[[str], bool],
) -> list[Named]:
    """Chips named by a word in one sentence, outside the ``taken`` spans.
    ``companies``: where companies are named in the sentence; ``resolve``:
    the catalogue's lookup (a name it knows is no new chip)."""
    found: list[Named] = []
    free = _free(taken)
    if companies:
        for m in _CODE_NAME.finditer(text):
            name = m["name"]
            if name.isupper() or resolve(name) or resolve(m["hangul"]) or is_excluded(name):
                continue  # "GPU 쿠다(CUDA)": an acronym; a known name is not new
            if free(m.start("hangul"), m.end()) and not _NOT_CHIP_AFTER.match(text, m.end()):
                found.append(Named(name, m.start("name"), m.end("name")))
    for m in _VENDOR_MODEL.finditer(text):
        if m.span("vendor") not in companies or is_excluded(m.group()):
            continue  # the name must be a company's, read as one here
        if QUANTITY_AFTER.match(text, m.end()):
            continue  # "TSMC 3나노": a process node, not a product
        before = text[max(0, m.start() - _WORD_GAP - 4) : m.start()]
        if re.search(_CHIP_WORD + r"[\s가-힣]{0," + str(_WORD_GAP) + r"}$", before) is None:
            continue  # "MatX One" only right after a chip word
        if free(m.start("model"), m.end()) and not _NOT_CHIP_AFTER.match(text, m.end()):
            found.append(Named(m.group(), *m.span()))
    for m in _MEMORY_PRODUCT.finditer(text):
        if free(*m.span()) and not resolve(m.group()):
            found.append(Named(m.group(), *m.span()))
    return found


def _free(taken: Sequence[tuple[int, int]]) -> Callable[[int, int], bool]:
    def free(start: int, end: int) -> bool:
        return not any(s < end and start < e for s, e in taken)

    return free
