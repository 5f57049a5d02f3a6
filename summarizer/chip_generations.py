"""A family's numbered generation as its chip (issue 13, round seventeen).

"1세대 TPU", "2세대 TPU를", "TPU 3세대는": a generic family (its bare name never a chip, so
"7세대 TPU" alone was left the family) whose catalogue keys its models by
generation as ``이름 vN`` ("TPU v1" … "TPU v4") names the chip of that key.
Only an exact catalogue key counts: a generation the catalogue names otherwise
(the sixth and seventh TPUs are Trillium and Ironwood, keyed by name; the
fifth came as v5e and v5p) stays the family, as before.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .chip_catalogue import BARE_ALWAYS, BARE_NEVER, CHIP, Entity
from .chip_text import generation_before
from .mention import Mention

# the generation written right after the family's name: "TPU 1세대", "TPU 3세대는"
_GENERATION_AFTER = re.compile(r"\s?(\d)\s?세대")


def _generation(text: str, m: Mention) -> int | None:
    if (after := _GENERATION_AFTER.match(text, m.end)) is not None:
        return int(after[1])
    return generation_before(text, m.start)


def numbered_generations(
    text: str, mentions: Sequence[Mention], entities: dict[str, Entity]
) -> list[Mention]:
    """``mentions`` with "N세대 FAMILY" or "FAMILY N세대" read as the family's
    ``vN`` chip."""
    out = []
    for m in mentions:
        family = entities.get(m.key)
        number = _generation(text, m) if family is not None else None
        key = f"{family.stem or family.name} v{number}" if family and number else ""
        chip = entities.get(key)
        if (
            family is None
            or not (family.family and family.variants and family.bare == BARE_NEVER)
            or chip is None
            or chip.family_key != family.key
        ):
            out.append(m)
            continue
        out.append(Mention(chip.key, CHIP, m.surface, m.start, m.end))  # "TPU" stays the surface
    return out


# "학습 칩 가우디를 확보했고", "추론용 가속기 인퍼런시아": a chip word right before
# a brand's bare name calls that name one chip, the first that bore it
_CHIP_WORD_BEFORE = re.compile(r"(?:칩|가속기)\s$")
# "2019년 추론용 인퍼런시아에서 시작됐다", "2018년 첫 트레이니엄": a year and a first
# or a use right before a brand's bare name date one chip, the first of the line
_DATED_BEFORE = re.compile(r"(?<!\d)(?:19|20)\d\d년\s(?:첫|(?:추론|학습|훈련)\s?용)\s$")


def first_of_brand(text: str, start: int) -> bool:
    """A brand's bare name at ``start`` names its first chip: "1세대 인퍼런시아",
    a chip word right before it ("학습 칩 가우디"), or a year with a first or a
    use ("2019년 추론용 인퍼런시아"; not an undated "추론용 인퍼런시아": the line)."""
    return (
        generation_before(text, start) == 1
        or bool(_CHIP_WORD_BEFORE.search(text, max(0, start - 4), start))
        or bool(_DATED_BEFORE.search(text, max(0, start - 14), start))
    )


# "2019년 인퍼런시아, 2022년 인퍼런시아2를 내놨다": a bare name dated by its
# year in a list of the brand's dated chips, launched, is the line's first chip
_YEAR_BEFORE = re.compile(r"(?<!\d)(?:19|20)\d\d년(?:에는?)?\s?$")
_LAUNCH_VERB = re.compile(r"내놨|내놓|출시|선보|공개(?:했|하)|발표(?:했|하)")


def dated_in_line(text: str, start: int, end: int) -> bool:
    """A brand's bare name at ``start``..``end`` dated by a year, in a sentence
    that also dates a later chip of the same name ("2019년 X, 2022년 X2") and
    launches them (내놨다, 출시했다): the first chip of the line."""
    if _YEAR_BEFORE.search(text, max(0, start - 9), start) is None:
        return False
    successor = re.compile(
        r"(?<!\d)(?:19|20)\d\d년(?:에는?)?\s?" + re.escape(text[start:end]) + r"\s?[0-9A-Za-z]"
    )
    others = text[:start] + "\0" * (end - start) + text[end:]  # not the name itself
    return successor.search(others) is not None and _LAUNCH_VERB.search(text) is not None


# "블랙웰 기반의 B30A", "블랙웰 아키텍처를 쓴다", "Blackwell-based": the name an
# architecture gives its products, spoken of as that architecture
_ARCHITECTURE_AFTER = re.compile(
    r"\s?(?:아키텍처|architecture\b|기반(?!시설)|-?based\b)", re.IGNORECASE
)


def architecture_named(family: Entity, text: str, end: int) -> bool:
    """An architecture used as a product name ("블랙웰 GPU", bare ``always``)
    followed by 기반/아키텍처 ("블랙웰 기반의 B30A") names the architecture,
    a product line, not a chip."""
    return family.bare == BARE_ALWAYS and _ARCHITECTURE_AFTER.match(text, end) is not None
