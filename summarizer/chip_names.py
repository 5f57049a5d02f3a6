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
from .chip_research import research_names, research_sentence

# A chip word right before a name: "차세대 AI 칩렛 퀘이사(Quasar)", "칩 MatX One".
# 반도체 and 프로세서 are left out: "AI 반도체 기업명(Name)" names a company.
_CHIP_WORD = r"(?:칩렛|칩|가속기|NPU|GPU|TPU|LPU|ASIC)"
_OPEN, _CLOSE = "['\"‘“]", "['\"’”]"
_OPEN_MARK = re.compile(_OPEN)  # "(" or this: what a code name's patterns need
# a Latin code name, a number may follow ("Raptor", "Raptor-2")
_LATIN = r"[A-Z][A-Za-z]{2,15}(?:[-\s]?\d{1,3})?"
# "칩렛 퀘이사(Quasar)", "칩 '타이탄(Titan)'", "칩 'Titan'", "블랙홀(Blackhole) 칩":
# a name in both scripts right before or after a chip word, or a quoted Latin
# name right after one
_CODE_NAMES = (
    re.compile(
        _CHIP_WORD + rf"\s{_OPEN}?(?P<hangul>[가-힣]{{2,8}})\((?P<name>{_LATIN})\){_CLOSE}?"
    ),
    re.compile(_CHIP_WORD + rf"\s{_OPEN}(?P<name>{_LATIN}){_CLOSE}"),
    re.compile(rf"(?P<hangul>[가-힣]{{2,8}})\((?P<name>{_LATIN})\){_CLOSE}?\s?" + _CHIP_WORD),
)
# a company's name, not a chip's: "하이퍼세미(HyperSemi) 칩", "Acme AI"
_COMPANY_NAME = re.compile(
    r"(?:AI|Semi\w*|Labs?|Tech\w*|Systems|Networks|Inc|Corp\w*|Electronics|Silicon|"
    r"Micro\w*|Logic|Computing|Robotics|Motors|Group|Holdings)$"
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
    # each pattern runs only where what it needs is there (issue 14: ingest CPU)
    if companies and ("(" in text or _OPEN_MARK.search(text)):
        found += _code_names(text, free, resolve, is_excluded)
    if _OPEN_MARK.search(text) and research_sentence(text):  # "AI 반도체 '슬림-라마'(Slim-Llama)"
        done = {n.start for n in found}
        found += [
            Named(*n) for n in research_names(text, free, resolve, is_excluded) if n[1] not in done
        ]
    for m in _VENDOR_MODEL.finditer(text) if companies else ():
        if m.span("vendor") not in companies or is_excluded(m.group()):
            continue  # the name must be a company's, read as one here
        if QUANTITY_AFTER.match(text, m.end()):
            continue  # "TSMC 3나노": a process node, not a product
        before = text[max(0, m.start() - _WORD_GAP - 4) : m.start()]
        if re.search(_CHIP_WORD + r"[\s가-힣]{0," + str(_WORD_GAP) + r"}$", before) is None:
            continue  # "MatX One" only right after a chip word
        if free(m.start("model"), m.end()) and not _NOT_CHIP_AFTER.match(text, m.end()):
            found.append(Named(m.group(), *m.span()))
    for m in _MEMORY_PRODUCT.finditer(text) if "DDR" in text or "HBM" in text else ():
        if free(*m.span()) and not resolve(m.group()):
            found.append(Named(m.group(), *m.span()))
    return found


def _free(taken: Sequence[tuple[int, int]]) -> Callable[[int, int], bool]:
    def free(start: int, end: int) -> bool:
        return not any(s < end and start < e for s, e in taken)

    return free


def _code_names(
    text: str,
    free: Callable[[int, int], bool],
    resolve: Callable[[str], str | None],
    is_excluded: Callable[[str], bool],
) -> list[Named]:
    """Code names beside a chip word (see ``_CODE_NAMES``), each once."""
    found: dict[int, Named] = {}
    for pattern in _CODE_NAMES:
        for m in pattern.finditer(text):
            name, hangul = m["name"], m.groupdict().get("hangul")
            if name.isupper() or _COMPANY_NAME.search(name) or is_excluded(name):
                continue  # "GPU 쿠다(CUDA)": an acronym; "Acme Semi": a company
            if resolve(name) or (hangul and resolve(hangul)):
                continue  # a known name is no new chip
            start = m.start("hangul") if hangul else m.start("name")
            if free(start, m.end("name")) and not _NOT_CHIP_AFTER.match(text, m.end()):
                found.setdefault(m.start("name"), Named(name, m.start("name"), m.end("name")))
    return list(found.values())
