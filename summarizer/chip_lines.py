"""Graphics chips named by their product line (issue 13, dev32).

Consumer and workstation GPUs are written as a line's code and a number,
often after the line's brand word: ``지포스 RTX 4060``, ``라데온 RX 9070 XT``,
``아크 B580``. The catalogue lists the known ones
(``data/chips_gpu.toml``); this finds the ones it does not know:

* a brand word (지포스/GeForce, 라데온/Radeon, 아크/Arc) right before a model
  number of its line makes it a chip, even without chip talk;
* a line's code and four digits (``RTX 5075``, ``RX 9080 XT``) is a chip
  where a chip word stands close (그래픽카드, GPU) or a chip vendor right
  before it.

The name keeps its suffix (``Ti``, ``XT``, ``XTX``, ``SUPER``, ``GRE``) and
drops the brand word (``RTX 4060``, as the catalogue names it); Arc keeps
its (``Arc B770``: ``B770`` alone says nothing). Radeon PRO's models follow
their catalogued line's name (``variants``: ``라데온 프로 W9900``). ``아크`` alone
is a word and a game's title (``아크 레이더스``): only a model number after it
counts. An architecture named after a line's code (``RTX PRO 블랙웰``) is
that line's generation, not a chip (:func:`line_generation`, dev117).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_SUFFIX = r"(?:\s?(?P<suffix>Ti\s?SUPER|Ti|XTX|XT|SUPER|Super|슈퍼|GRE))?"
_END = r"(?![A-Za-z0-9])"
# a brand word, then its line's model number
_BRANDED = re.compile(
    r"(?<![A-Za-z0-9가-힣])(?:"
    r"(?P<nv>지포스|GeForce)\s?(?P<nvline>RTX|GTX)\s?(?P<nvnum>\d{3,4})"
    r"|(?P<amd>라데온|Radeon)\s?(?P<rx>RX)\s?(?P<rxnum>\d{3,4})"
    r"|(?P<arc>아크|Arc)\s?(?P<arcpro>(?:Pro|PRO|프로)\s?)?(?P<arcnum>[AB]\d{2,3})"
    r")" + _SUFFIX + _END
)
# a line's code and four digits without its brand word
_CODED = re.compile(r"(?<![A-Za-z0-9\-])(?P<line>RTX|GTX|RX)\s(?P<num>\d{4})" + _SUFFIX + _END)
# cheap test first (issue 14: ingest CPU)
_ANY = re.compile(r"RTX|GTX|RX|지포스|GeForce|라데온|Radeon|아크|Arc")
# "RTX 5070 노트북 GPU", "RTX 5070 노트북용 그래픽": the laptop part of the chip
_LAPTOP_PART = re.compile(r"\s*(?:노트북|랩톱|모바일)\s*용?\s*(?:GPU|그래픽)", re.IGNORECASE)
_SUFFIXES = {"super": "SUPER", "슈퍼": "SUPER", "ti super": "Ti SUPER", "tisuper": "Ti SUPER"}
# "RTX PRO 블랙웰", "지포스 RTX 블랙웰", "쿼드로 RTX 에이다": a graphics line's code
# (and its PRO) right before an architecture's name: the line's generation
_LINE_BEFORE = re.compile(
    r"(?<![A-Za-z0-9가-힣])(?:(?:지포스|GeForce|쿼드로|Quadro)\s?)?(?:RTX|GTX)(?:\s?(?:PRO|Pro|프로))?\s$"
    r"|(?<![A-Za-z0-9가-힣])(?:지포스|GeForce)\s$"
)
# How close a chip word or vendor must stand to a code-led name.
_CUE_WINDOW = 30
_VENDOR_GAP = 4


def laptop_part(text: str, end: int) -> bool:
    """ "RTX 5070 노트북 GPU": a laptop's graphics chip, not a laptop."""
    return _LAPTOP_PART.match(text, end) is not None


def line_generation(text: str, start: int, end: int) -> bool:
    """ "RTX PRO 블랙웰 시리즈", "지포스 블랙웰": an architecture's name after a
    graphics line's code names the line's generation (a product line, its
    models counted apart), not the architecture's chips."""
    return text[start : start + 1].isalpha() and bool(
        _LINE_BEFORE.search(text, max(0, start - 16), start)
    )


def line_models(
    text: str,
    cues: Sequence[tuple[int, int]],
    vendor_spans: Sequence[tuple[int, int]],
) -> list[tuple[str, int, int]]:
    """Graphics chips named by their line in ``text``: (name, start, end),
    the span from the brand word when one is printed."""
    if not _ANY.search(text):
        return []
    found = [
        (_branded_name(m), m.start(), m.end())
        for m in _BRANDED.finditer(text)
        if not m["arc"] or m["arcpro"] or len(m["arcnum"]) == 4  # "아크 B580", "아크 프로 A60"
    ]
    for m in _CODED.finditer(text):
        start, end = m.span()
        if any(s <= start < e for _, s, e in found):
            continue
        near_cue = any(cs - end <= _CUE_WINDOW and start - ce <= _CUE_WINDOW for cs, ce in cues)
        after_vendor = any(0 <= start - ve <= _VENDOR_GAP for _, ve in vendor_spans)
        if near_cue or after_vendor:
            found.append((f"{m['line']} {m['num']}{_suffix(m)}", start, end))
    return found


def _branded_name(m: re.Match[str]) -> str:
    if m["nv"]:
        return f"{m['nvline']} {m['nvnum']}{_suffix(m)}"
    if m["rx"]:
        return f"RX {m['rxnum']}{_suffix(m)}"
    return f"Arc {'Pro ' if m['arcpro'] else ''}{m['arcnum']}{_suffix(m)}"


def _suffix(m: re.Match[str]) -> str:
    raw = m["suffix"]
    if not raw:
        return ""
    return " " + _SUFFIXES.get(raw.casefold(), _SUFFIXES.get(raw.replace(" ", "").casefold(), raw))
