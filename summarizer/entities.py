"""The entity index: chips, companies, people and models found in sentences.

Known entities and their aliases live in ``data/entities.toml``. Chip model
names that the file does not know (B200, MI300X, Ascend 910C, Gaudi 3) are
still found when the sentence speaks of chips, GPUs, accelerators or
semiconductors.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

from .analysis import Token
from .text import normalize_query

CHIP = "chip"
_LATIN_OR_DIGIT = re.compile(r"[A-Za-z0-9]")
_HANGUL = re.compile(r"[\uac00-\ud7a3]")
# Words that make a sentence speak of chips.
_CHIP_CUES = re.compile(
    r"칩|GPU|NPU|TPU|가속기|반도체|프로세서|그래픽\s*(?:처리\s*장치|카드)|"
    r"accelerator|chip|processor|semiconductor",
    re.IGNORECASE,
)
# A chip-like model name: letters then digits, optional suffix (B200, MI300X).
_MODEL_NAME = re.compile(r"(?<![A-Za-z0-9.\-&])([A-Z]{1,4}\d{2,4}[A-Z]{0,3})(?![A-Za-z0-9\-])")
# How close (in characters) a chip word must stand to a model name for the
# name to count as a chip: "B200 GPU", "가속기 MI300X", "MI300X를 탑재한 가속기".
_CUE_WINDOW = 30
# A model number after a family name: "Ascend 910C", "Gaudi 3", "Kunlun P800".
_VARIANT = re.compile(r"\s*(?:\([^)]{1,12}\)\s*)?([A-Z]?\d{1,4}[A-Z]{0,2})(?![A-Za-z0-9])")
# A number that is a quantity, not a model: "910개", "3세대", "3배".
_QUANTITY_AFTER = re.compile(r"\s*(?:개|세대|배|년|월|일|%|만|억|달러|위|명|차|nm|GB|TB)")


@dataclass(frozen=True)
class Entity:
    key: str
    name: str
    kind: str
    aliases: tuple[str, ...]
    vendor: str | None = None  # a company key, for chips
    family: bool = False


@dataclass(frozen=True)
class Mention:
    key: str  # entity key ("H800", "nvidia"); a discovered chip's key is its name
    kind: str
    surface: str  # the text as it stands in the sentence
    start: int
    end: int


@dataclass
class EntityIndex:
    entities: dict[str, Entity]
    not_chips: tuple[re.Pattern[str], ...] = ()
    _pattern: re.Pattern[str] = field(init=False, repr=False)
    _by_alias: dict[str, str] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._by_alias = {}
        alias_entity: list[tuple[str, str]] = []
        for entity in self.entities.values():
            for alias in (entity.key, entity.name, *entity.aliases):
                self._by_alias.setdefault(_fold(alias), entity.key)
            for alias in entity.aliases:
                alias_entity.append((alias, entity.key))
        alias_entity.sort(key=lambda pair: len(pair[0]), reverse=True)
        parts = [_alias_regex(alias) for alias, _ in alias_entity]
        self._pattern = re.compile("|".join(f"({p})" for p in parts), re.IGNORECASE)
        self._group_entity = [key for _, key in alias_entity]
        # The same alternation split by the alias's first character: at a
        # position only the aliases that start with its character are tried,
        # instead of all of them (the whole alternation costs ~2 ms a sentence).
        by_first: dict[str, list[tuple[str, str]]] = {}
        for alias, key in alias_entity:
            first = alias[:1]
            for variant in {first, first.lower(), first.upper(), first.casefold()}:
                by_first.setdefault(variant, []).append((alias, key))
        self._by_first = {
            char: (
                re.compile("|".join(f"({_alias_regex(a)})" for a, _ in pairs), re.IGNORECASE),
                [key for _, key in pairs],
            )
            for char, pairs in by_first.items()
        }
        self._firsts = re.compile("[" + "".join(re.escape(c) for c in self._by_first) + "]")

    # ------------------------------------------------------------ lookups
    def resolve(self, name: str) -> str | None:
        """The entity key for any alias, in any case, spacing or width."""
        return self._by_alias.get(_fold(name))

    def display_name(self, key: str) -> str:
        entity = self.entities.get(key)
        return entity.name if entity else key

    def vendor_of(self, key: str) -> str | None:
        entity = self.entities.get(key)
        if entity and entity.vendor:
            return self.display_name(entity.vendor)
        return None

    # ------------------------------------------------------------ matching
    def find(self, text: str, tokens: Sequence[Token] = ()) -> list[Mention]:
        """Every entity mention in one sentence, left to right."""
        token_ends = {t.start + t.length for t in tokens}
        mentions: list[Mention] = []
        taken: list[tuple[int, int]] = []
        for match, key in self._alias_matches(text):
            start, end = match.span()
            if not _boundaries_ok(text, start, end, token_ends):
                continue
            entity = self.entities[key]
            if entity.family and (variant := _variant_after(text, end)):
                number, v_end = variant
                mentions.append(
                    Mention(f"{entity.name} {number}", CHIP, text[start:v_end], start, v_end)
                )
                taken.append((start, v_end))
                continue
            mentions.append(Mention(key, entity.kind, text[start:end], start, end))
            taken.append((start, end))
        cues = [m.span() for m in _CHIP_CUES.finditer(text)]
        if cues:
            for match in _MODEL_NAME.finditer(text):
                start, end = match.span(1)
                if any(s <= start < e for s, e in taken) or self.resolve(match.group(1)):
                    continue
                if _QUANTITY_AFTER.match(text, end):
                    continue
                if not any(
                    cs - end <= _CUE_WINDOW and start - ce <= _CUE_WINDOW for cs, ce in cues
                ):
                    continue
                if any(p.search(match.group(1)) for p in self.not_chips):
                    continue
                mentions.append(Mention(match.group(1), CHIP, match.group(1), start, end))
        mentions.sort(key=lambda m: m.start)
        return mentions

    def _alias_matches(self, text: str) -> Iterator[tuple[re.Match[str], str]]:
        """What ``self._pattern.finditer(text)`` finds, with the entity of
        the alias that matched; leftmost first, the longer alias first."""
        at = 0
        while (hit := self._firsts.search(text, at)) is not None:
            pattern, keys = self._by_first[hit.group()]
            match = pattern.match(text, hit.start())
            if match is None or match.lastindex is None or match.end() == match.start():
                at = hit.start() + 1
                continue
            yield match, keys[match.lastindex - 1]
            at = match.end()

    def vendor_near(self, text: str, mention: Mention, mentions: Sequence[Mention]) -> str | None:
        """For a discovered chip: the company named right before it
        ("AMD의 MI300X", "엔비디아 B200"), else None."""
        best: Mention | None = None
        for other in mentions:
            if (
                other.kind == "company"
                and other.end <= mention.start
                and mention.start - other.end <= 4
            ):
                best = other
        return self.display_name(best.key) if best else None


def _fold(name: str) -> str:
    return re.sub(r"[\s\-_·.]", "", normalize_query(name)).casefold()


def _alias_regex(alias: str) -> str:
    # spaces and hyphens inside an alias are optional: "Deep Seek", "DeepSeek-R1"
    pieces = re.split(r"[\s\-]+", alias)
    return r"[\s\-]?".join(re.escape(p) for p in pieces)


def _boundaries_ok(text: str, start: int, end: int, token_ends: set[int]) -> bool:
    first, last = text[start], text[end - 1]
    before = text[start - 1] if start else ""
    after = text[end] if end < len(text) else ""
    if _LATIN_OR_DIGIT.match(first) and before and _LATIN_OR_DIGIT.match(before):
        return False
    if _LATIN_OR_DIGIT.match(last) and after and _LATIN_OR_DIGIT.match(after):
        return False
    if _HANGUL.match(first) and before and _HANGUL.match(before):
        return False
    # a Hangul alias must end where a morpheme ends: 메타 is not in 메타버스
    return not (_HANGUL.match(last) and after and token_ends and end not in token_ends)


def _variant_after(text: str, end: int) -> tuple[str, int] | None:
    match = _VARIANT.match(text, end)
    if not match or _QUANTITY_AFTER.match(text, match.end()):
        return None
    return match.group(1), match.end()


@cache
def load_index() -> EntityIndex:
    """The entity index of the bundled data file (loaded once)."""
    raw = resources.files(__package__).joinpath("data/entities.toml").read_text("utf-8")
    return index_from_toml(raw)


def index_from_toml(raw: str) -> EntityIndex:
    spec = tomllib.loads(raw)
    entities: dict[str, Entity] = {}
    for item in spec["entity"]:
        key = item["key"]
        if key in entities:
            raise ValueError(f"entities: duplicate key {key!r}")
        entities[key] = Entity(
            key=key,
            name=item.get("name", key),
            kind=item["kind"],
            aliases=tuple(item.get("aliases", [key])),
            vendor=item.get("vendor"),
            family=bool(item.get("family", False)),
        )
    for entity in entities.values():
        if entity.vendor and entity.vendor not in entities:
            raise ValueError(f"entities: {entity.key} names unknown vendor {entity.vendor!r}")
    not_chips = spec.get("discovery", {}).get("not_chips", [])
    return EntityIndex(entities, tuple(re.compile(p, re.IGNORECASE) for p in not_chips))
