"""Fabs and production lines named like chips (issue 13, session 21).

Chip makers name their fabs and lines with short codes that look like model
numbers: 평택 P4 and P5, 이천 M16, 청주 M15X, 화성 S3, TSMC Fab 21. The code
is a place, never a chip: before 팹/공장/라인/캠퍼스 ("M15X 팹", "P4·P5
라인"), right after a fab town or its campus ("평택 P4", "평택캠퍼스 P4",
"화성 사업장의 S3"), where something is made in it ("HBM4는 P4에서
생산한다") or said to be a fab ("M15X는 HBM 전용 공장이다"). An article
that shows a code to be a place once ("평택 P4 라인 … P4는 HBM4용 D램을
만드는 핵심 라인이다") keeps it a place throughout, unless a sentence names
the chip's vendor right before it or a GPU word right after ("엔비디아 P4
GPU"): Nvidia's Tesla P4 and a Samsung line share the code.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from .chip_catalogue import CHIP, Entity
from .mention import Mention

# a fab's or a line's code: "P4", "M15X", "S3", "M16"
_CODE = r"(?-i:[A-Z]{1,3}\d{1,3}[A-Z]?)"
# more codes listed before the word that names them: "P4·P5 라인", "M15X와 M16 팹"
_MORE_CODES = rf"(?:\s*(?:·|,|/|와|과|및)\s*{_CODE})*"
# "M15X 팹", "평택 P4 라인", "P4·P5 라인": a factory or a production line
# a code may be quoted: "'IIM-1' 공장", "'M15X'에서 생산"
_QUOTED = r"['\"’”]?"
_FACILITY_AFTER = re.compile(
    _MORE_CODES + _QUOTED + r"\s*(?:팹|공장|라인(?!업)|캠퍼스|부지|fab\b|plant\b|campus\b)",
    re.IGNORECASE,
)
# "HBM4는 P4에서 생산한다", "M16에서 HBM3E 칩을 만든다": where something (a
# chip, a memory, a wafer) is made (not "생산성")
_MADE_IN = re.compile(
    _QUOTED
    + r"\s*에서\s*(?:(?:HBM|D램|디램|낸드|칩|웨이퍼|반도체|메모리|파운드리)\S*(?:\s+\S+)?\s*)?"
    r"(?:(?:주로|먼저|처음|함께|본격|직접)\S*\s*)?(?:생산(?!성)|양산|제조|만들|만든|만드)"
)
# "P4는 HBM4용 D램을 만드는 핵심 라인이다", "M15X는 HBM 전용 공장이다": the
# code's clause says what it is (not a product line: "T4는 추론 GPU 라인이다")
_SAID_TO_BE_SITE = re.compile(
    _QUOTED + r"(?:은|는|이|가)\s[^.!?\n]{0,40}?"
    r"(?:팹|공장|캠퍼스|사업장|(?:생산|양산|핵심|주력)\s*(?:라인|기지|거점))"
    r"(?:이다|다|이며|이고|입니다|으로\s)"
)
# Towns with fabs: "이천 M16", "평택 P4", "테일러 S2", and their campus or
# site before the code: "평택캠퍼스 P4", "화성 사업장의 S3", "평택 P4·P5"
_TOWNS = (
    "이천|청주|평택|용인|화성|기흥|아산|온양|천안|구미|파주|테일러|오스틴|애리조나|오하이오|"
    "시안|우시|다롄|구마모토|히로시마|보이시|드레스덴|마그데부르크|신주|타이중|타이난|가오슝"
)
_SITE_BEFORE = re.compile(
    rf"(?<![가-힣A-Za-z])(?:{_TOWNS})"
    r"(?:\s*(?:캠퍼스|사업장|공장|산단|산업단지|단지|클러스터|팹))?(?:의)?\s*"
    rf"(?:{_CODE}\s*(?:·|,|/|와|과|및)\s*)*$"
)
_SITE_WINDOW = 24
# a code standing alone ("P4는", "M15X에서"): what an article may show to be a place
_CODE_WORD = re.compile(rf"(?<![A-Za-z0-9.\-]){_CODE}(?![A-Za-z0-9\-])")
# "P4 GPU", "P4 가속기": the chip after all
_CHIP_AFTER = re.compile(r"\s*(?:GPU|가속기|그래픽\s*(?:카드|처리\s*장치)|NPU|TPU)", re.IGNORECASE)
# how far before the code its vendor's name may end ("엔비디아의 P4")
_VENDOR_GAP = 2


def is_facility(text: str, start: int, end: int) -> bool:
    """A name followed by 팹/공장/라인 ("M15X 팹", "P4·P5 라인"), right after
    a chip-making town or its campus ("이천 M16에서", "평택캠퍼스 P4"), where
    something is made ("P4에서 생산") or said to be a fab ("M15X는 … 공장이다")
    names a factory."""
    return (
        _FACILITY_AFTER.match(text, end) is not None
        or _MADE_IN.match(text, end) is not None
        or _SAID_TO_BE_SITE.match(text, end) is not None
        or _SITE_BEFORE.search(text, max(0, start - _SITE_WINDOW), start) is not None
    )


def site_codes(texts: Sequence[str]) -> set[str]:
    """The codes an article shows to be fabs or lines somewhere."""
    return {
        match.group()
        for text in texts
        for match in _CODE_WORD.finditer(text)
        if is_facility(text, match.start(), match.end())
    }


def _vouched(text: str, mention: Mention, vendor: str | None, mentions: Sequence[Mention]) -> bool:
    """ "엔비디아 P4 GPU", "엔비디아의 P4": the chip's vendor right before the
    code or a GPU word right after it."""
    if _CHIP_AFTER.match(text, mention.end):
        return True
    return vendor is not None and any(
        m.key == vendor and 0 <= mention.start - m.end <= _VENDOR_GAP for m in mentions
    )


def off_site(
    found: Sequence[Sequence[Mention]], texts: Sequence[str], entities: Mapping[str, Entity]
) -> list[list[Mention]]:
    """The mentions of one article without a short or discovered chip name
    the article shows elsewhere to be a fab or a line (:func:`site_codes`),
    unless its sentence vouches for the chip (:func:`_vouched`)."""
    sites = site_codes(texts)
    if not sites:
        return [list(ms) for ms in found]
    out = []
    for ms, text in zip(found, texts, strict=True):
        kept = []
        for m in ms:
            entity = entities.get(m.key)
            if (
                m.kind == CHIP
                and m.surface in sites
                and (entity is None or entity.needs_context)
                and not _vouched(text, m, entity.vendor if entity else None, ms)
            ):
                continue
            kept.append(m)
        out.append(kept)
    return out
