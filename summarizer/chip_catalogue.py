"""The chip catalogue (``data/chips*.toml``, :data:`CATALOGUE_FILES`) read
into entity records.

Every family and every chip becomes an :class:`~summarizer.entities.Entity` of
kind ``chip``; chip-only vendors become companies. A chip in a family whose
model numbers follow its name ("Ascend 910C", "TPU v5p") gets one alias per
family spelling ("어센드 910C", "昇腾910C", "텐서처리장치 v5p"); a model number
gets its reading aloud ("에이치백" for H100: :mod:`summarizer.chip_readings`),
a Chinese name both its Hangul spellings ("쑤이쓰" and "수이스" for 邃思).
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from typing import Any

from .chip_readings import chinese_spellings, spoken_reading

CHIP = "chip"
COMPANY = "company"
# Processors catalogued so that they are recognised (and never discovered as
# chips) but not counted as AI chips: Grace, Axion, Graviton4.
CPU = "cpu"
# An accelerator card or a board named apart from the chip on it (ATOM-Max):
# recognised, never a chip (every blind set that names one labels it so).
CARD = "card"
# A chip whose name is this short ("L4", "T4", "D1") is only a chip where the
# sentence speaks of chips or names its vendor.
_SHORT_NAME = 2
# A model number distinctive enough to stand alone ("T20", "K100", "910C"),
# and how short one may be before it needs chip talk around it.
_DISTINCT_MODEL = re.compile(r"^(?=.*[A-Z])(?=(?:.*\d){2})[A-Z0-9]{3,6}$")
_SHORT_MODEL = 3
# The catalogue's files under data/, one schema (chips.toml's header): the
# US and global vendors and AI memory, then the Chinese and Korean chips,
# then edge, automotive, PIM and photonic chips, then consumer and workstation
# graphics chips (GeForce, RTX professional, Radeon, Arc), then the named research
# chips of universities and institutes (KAIST's NPUs, TrueNorth).
CATALOGUE_FILES = (
    "chips.toml",
    "chips_asia.toml",
    "chips_edge.toml",
    "chips_gpu.toml",
    "chips_research.toml",
)
# When a family's bare name counts as a chip (see data/chips.toml).
BARE_ALONE, BARE_ALWAYS, BARE_NEVER = "alone", "always", "never"


@dataclass(frozen=True)
class Entity:
    key: str
    name: str
    kind: str
    aliases: tuple[str, ...]
    vendor: str | None = None  # a company key, for chips
    family: bool = False  # a product line, not one chip
    variants: bool = False  # model numbers follow the family's name in text
    chip_kind: str | None = None  # GPU, TPU, NPU, LPU, wafer-scale, ASIC, HBM …
    family_key: str | None = None  # for a chip: the key of its family
    year: int | None = None
    needs_context: bool = False  # a chip only where chips are spoken of
    bare: str = BARE_ALONE  # for a family: when its bare name is a chip
    # kind words used as this chip's name ("LPU"): a chip only where its
    # vendor is named (or the article has tied the word to it)
    vendor_words: tuple[str, ...] = ()
    # the technology's own name that is also this chip's ("HBM-PIM"): a chip
    # only where its sentence names the vendor (chip_classes)
    class_words: tuple[str, ...] = ()
    # the short model number that alone needs chip talk ("S80"); written after
    # its family's name ("MTT S80") the chip needs none
    short_model: str | None = None
    # for a family: the name its chips carry before their model number, when
    # it is not the family's ("Suisi 1.0" in Enflame Suisi): a model the
    # catalogue does not list is named the same way ("Suisi 3.0")
    stem: str | None = None
    # for a chip: its model number within its family ("M1" of DX-M1)
    model: str | None = None
    # a name that is also a common word (a city, a flower, a tree): printed
    # bare, a chip only where the article ties it to chips (chip_namesakes)
    namesake: bool = False


@dataclass(frozen=True)
class Catalogue:
    entities: tuple[Entity, ...]
    not_chips: tuple[str, ...]


def catalogue_from_toml(*raws: str) -> Catalogue:
    """One catalogue of the texts of its files (see ``CATALOGUE_FILES``)."""
    out: list[Entity] = []
    not_chips: list[str] = []
    for raw in raws:
        spec = tomllib.loads(raw)
        for vendor in spec.get("vendors", []):
            out.append(
                Entity(
                    key=vendor["key"],
                    name=vendor.get("name", vendor["key"]),
                    kind=COMPANY,
                    aliases=chinese_spellings(tuple(vendor.get("aliases", [vendor["key"]]))),
                )
            )
        for family in spec.get("family", []):
            out.extend(_family_entities(family))
        not_chips.extend(spec.get("not_chips", []))
    return Catalogue(tuple(out), tuple(not_chips))


def _checked_family(spec: dict[str, Any]) -> tuple[dict[str, Any], str, str]:
    """The family's table with its head merged in, its bare rule and entity kind (checked)."""
    family = {**spec.get("head", {}), **spec}
    key = family["key"]
    bare = family.get("bare", BARE_ALONE)
    if bare not in (BARE_ALONE, BARE_ALWAYS, BARE_NEVER):
        raise ValueError(f"chips: family {key!r} has bare = {bare!r}")
    entity_kind = family.get("entity", CHIP)
    if entity_kind not in (CHIP, CPU, CARD):
        raise ValueError(f"chips: family {key!r} has entity = {entity_kind!r}")
    return family, bare, entity_kind


def _family_entities(spec: dict[str, Any]) -> list[Entity]:
    family, bare, entity_kind = _checked_family(spec)
    key = family["key"]
    aliases = chinese_spellings(tuple(family.get("aliases", [])))
    kind = family.get("kind")
    vendor = family.get("vendor")
    out = [
        Entity(
            key=key,
            name=key,
            kind=entity_kind,
            aliases=aliases,
            vendor=vendor,
            family=True,
            variants=bool(family.get("variants", False)),
            chip_kind=kind,
            needs_context=bool(family.get("context", False)),
            bare=bare,
            stem=_stem(key, family.get("chips", [])),
            namesake=bool(family.get("namesake", False)),
        )
    ]
    prefixes = aliases + tuple(family.get("prefixes", []))
    for chip in family.get("chips", []):
        words = tuple(chip.get("vendor_words", []))
        classes = tuple(chip.get("class_words", []))
        names = [chip["key"], *chip.get("aliases", []), *words, *classes]
        model = chip.get("model")
        if model:
            names += [f"{prefix} {model}" for prefix in prefixes]
            if _DISTINCT_MODEL.match(model):
                names.append(model)  # "엔플레임은 … T20 가속기": the model alone
        if reading := spoken_reading(chip["key"]):
            names.append(reading)  # "에이치백": H100 as a transcript writes it read aloud
        flagged = bool(chip.get("context", False))
        short = bool(model) and model in names and len(model) <= _SHORT_MODEL
        out.append(
            Entity(
                key=chip["key"],
                # a name two makers' chips share (Raptor of d-Matrix and of
                # Neuchips): one key each, the shared name shown and scored
                name=chip.get("name", chip["key"]),
                kind=entity_kind,
                aliases=tuple(dict.fromkeys(names)),
                vendor=chip.get("vendor", vendor),
                chip_kind=chip.get("kind", kind),
                family_key=key,
                year=chip.get("year"),
                needs_context=flagged
                or len(re.sub(r"\W", "", chip["key"])) <= _SHORT_NAME
                or short,
                vendor_words=words,
                class_words=classes,
                short_model=model if short and not flagged else None,
                model=model,
                namesake=bool(chip.get("namesake", family.get("namesake", False))),
            )
        )
    return out


def _stem(key: str, chips: list[dict[str, Any]]) -> str | None:
    """The one name a family's chips carry before their model numbers, if it
    is not the family's own ("Suisi" for "Suisi 1.0", "Suisi 2.0")."""
    stems = {
        chip["key"][: -len(chip["model"])].rstrip(" -")
        for chip in chips
        if chip.get("model")
        and chip["key"] != chip["model"]
        and chip["key"].endswith(chip["model"])
    }
    return stems.pop() if len(stems) == 1 and key not in stems else None
