"""A vendor's bare model number is its chip (issue 13, session 17).

Some vendors' catalogue names carry a prefix the press drops: DeepX's
DX-M1 and DX-L2 are written "딥엑스 M1 NPU", "딥엑스는 L2 칩도". The bare
number is too short to stand alone (it is "M1" or Nvidia's "L2" elsewhere),
but right after the vendor's own name — a particle at most between them — it
is the vendor's chip of that model (the catalogue's ``model`` entries), and
no other vendor's chip of the same spelling.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from .chip_catalogue import CHIP, COMPANY, Entity
from .chip_sites import is_facility
from .mention import Mention

# after the vendor: a particle at most, a space, then the model number alone
# ("딥엑스 M1", "딥엑스는 L2", "딥엑스의 V3"); not a quantity or a longer code
_MODEL_AFTER = re.compile(
    r"(?:은|는|이|가|의|도)?\s(?P<model>[A-Za-z]{1,3}-?\d{1,4}[A-Za-z]?)"
    r"(?![A-Za-z0-9\-.]|\s?(?:개|세대|년|월|일|%|위|단|장|배|nm|GB|TB))"
)
_MAPS: dict[int, tuple[Mapping[str, Entity], dict[str, dict[str, str]]]] = {}


def models_by_vendor(entities: Mapping[str, Entity]) -> dict[str, dict[str, str]]:
    """Vendor key → its chips' model numbers (folded) → chip key."""
    hit = _MAPS.get(id(entities))
    if hit is None or hit[0] is not entities:
        table: dict[str, dict[str, str]] = {}
        for entity in entities.values():
            if entity.kind == CHIP and entity.model and entity.vendor and not entity.family:
                table.setdefault(entity.vendor, {})[entity.model.casefold()] = entity.key
        hit = (entities, table)
        _MAPS[id(entities)] = hit
    return hit[1]


def vendor_models(
    text: str, mentions: Sequence[Mention], entities: Mapping[str, Entity]
) -> list[Mention]:
    """``mentions`` with every model number written right after its vendor's
    name read as that vendor's chip (replacing what else read it there)."""
    table = models_by_vendor(entities)
    found: list[Mention] = []
    for mention in mentions:
        models = table.get(mention.key) if mention.kind == COMPANY else None
        match = _MODEL_AFTER.match(text, mention.end) if models else None
        if models and match and (key := models.get(match["model"].casefold())):
            start, end = match.span("model")
            if is_facility(text, start, end):
                continue  # "딥엑스 M1 공장": a factory
            found.append(Mention(key, CHIP, text[start:end], start, end))
    if not found:
        return list(mentions)
    kept = [m for m in mentions if not any(f.start < m.end and m.start < f.end for f in found)]
    return sorted([*kept, *found], key=lambda m: m.start)
