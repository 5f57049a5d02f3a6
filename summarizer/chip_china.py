"""China parts written with their letter set apart (issue 13, dev117).

Nvidia sells cut-down parts for China under the model number and a ``D``
(``RTX 4090D``, ``RTX 5090D``, ``RTX PRO 6000D``); the press writes the
letter glued or set apart by a space (``RTX 5090 D``, ``지포스 RTX 5090 D``).
The catalogue's alias for the global part ends before the space, so
``RTX 5090 D`` would read as RTX 5090: where the catalogue lists the model
with its ``D`` glued, the spaced name is that chip. A later revision keeps
its own name (``RTX 5090 D v2``, listed apart). The letter must end the name:
``RTX 5090 DLSS`` is RTX 5090 and its upscaler.

The letter glued on after a spelling the catalogue lists only without it
(``RTX 프로 6000D``: Korean ``프로``, the catalogue's ``RTX PRO 6000D``) is
the China part as well, where the catalogue lists the chip's name with its
``D`` (dev123).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from .chip_catalogue import CHIP, Entity
from .mention import Mention

# the end of a name: a space, punctuation or a particle ("D의", "D가")
_END = r"(?=$|[\s,.·…)\]'\"’”/]|(?:의|는|은|가|이|를|을|와|과|로|도|에|만|까지|보다)(?![가-힣]))"
# " D", then the end of the name
_SPACED_D = re.compile(r" D(?:\s?(?P<rev>[vV]\d))?" + _END)
# a "D" glued on, then the end of the name ("RTX 프로 6000D")
_GLUED_D = re.compile(r"D" + _END)


def spaced_china_parts(
    text: str, mentions: Sequence[Mention], resolve: Callable[[str], str | None]
) -> list[Mention]:
    """``mentions`` with a chip followed by a spaced ``D`` read as its China
    part, where the catalogue lists one (``RTX 5090 D`` → ``RTX 5090D``)."""
    out = []
    for mention in mentions:
        m = _SPACED_D.match(text, mention.end) if mention.kind == CHIP else None
        key = _china_part(mention.key, m, resolve) if m else None
        if m and key:
            end = m.end()
            mention = Mention(key, CHIP, text[mention.start : end], mention.start, end)
        out.append(mention)
    return out


def _china_part(key: str, m: re.Match[str], resolve: Callable[[str], str | None]) -> str | None:
    names = [f"{key}D {m['rev']}"] if m["rev"] else [f"{key}D"]
    for name in names:
        if (found := resolve(name)) is not None and found != key:
            return found
    return None


def glued_china_part(
    text: str, entity: Entity, start: int, end: int, resolve: Callable[[str], str | None]
) -> Mention | None:
    """The China part of the chip ``entity`` named at ``text[start:end]``
    with a ``D`` glued on ("RTX 프로 6000D"), where the catalogue lists the
    chip's name with its ``D`` ("RTX Pro 6000D"); else None."""
    if entity.kind != CHIP or entity.family or (m := _GLUED_D.match(text, end)) is None:
        return None
    if (key := resolve(f"{entity.key}D")) is None:
        return None
    return Mention(key, CHIP, text[start : m.end()], start, m.end())
