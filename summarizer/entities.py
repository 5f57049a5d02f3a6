"""The entity index: chips (``data/chips*.toml``), companies, people and AI
models (``data/entities.toml``) found in sentences; chip model numbers the
catalogue does not know are found by :mod:`summarizer.chip_discovery`."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

from .alias_scan import AliasScan
from .analysis import Token
from .chip_catalogue import (
    BARE_ALWAYS,
    BARE_NEVER,
    CATALOGUE_FILES,
    CHIP,
    COMPANY,
    Entity,
    catalogue_from_toml,
)
from .chip_china import glued_china_part, spaced_china_parts
from .chip_classes import owned_classes
from .chip_discovery import (
    CHIP_CUES,
    cue_spans,
    discover,
    model_shaped,
    series_after,
    variant_after,
)
from .chip_generations import architecture_named, dated_in_line, first_of_brand
from .chip_guises import in_disguise, word_names_gated
from .chip_models import product_models
from .chip_names import named_chips
from .chip_namesakes import namesakes_named
from .chip_rules import kind_words_named, merge_family_and_chip, successors, vendor_named
from .chip_short import (
    beside_chip,
    graded,
    leans_on_article,
    needs_article,
    prefixed,
    short_forms,
    sibling_shown,
    successor_named,
    used_for,
)
from .chip_sites import is_facility, off_site
from .chip_support import chips_supported
from .chip_text import (
    another_product,
    boundaries_ok,
    counted_after,
    fold,
    generation_before,
    paired,
)
from .chip_traps import bare_versions, names_other
from .mention import Mention

__all__ = ["CHIP", "COMPANY", "Entity", "EntityIndex", "Mention", "load_index"]

# a name written all in lower case Latin letters is a word ("ascend", "hopper")
_LOWER_WORD = re.compile(r"[a-z]+(?:[\s\-][a-z]+)*")
# "p40" for the P40: a page number ("(p40~41)"), unless the model is itself
# written in lower case (Enflame's "i20")
_LOWER_MODEL = re.compile(r"[a-z]\d{1,4}")
# A chip name this short ("L4", "P4") needs a chip word within _NEAR characters.
_SHORT_SURFACE = 2
# brands count their chips by generation up to here ("Hailo-8" is no eighth generation)
_MAX_GENERATION = 5
_NEAR = 8


@dataclass
class EntityIndex:
    entities: dict[str, Entity]
    not_chips: tuple[re.Pattern[str], ...] = ()
    _by_alias: dict[str, str] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._by_alias = {}
        alias_entity: list[tuple[str, str]] = []
        for entity in self.entities.values():
            for alias in (entity.key, entity.name, *entity.aliases):
                self._by_alias.setdefault(fold(alias), entity.key)
            for alias in entity.aliases:
                alias_entity.append((alias, entity.key))
        self._scan = AliasScan(sorted(alias_entity, key=lambda pair: len(pair[0]), reverse=True))
        self._vendor_words: dict[str, list[str]] = {}
        for entity in self.entities.values():
            for word in entity.vendor_words:
                self._vendor_words.setdefault(fold(word), []).append(entity.key)
        self._families = [e.key for e in self.entities.values() if e.family]
        self._chip_vendors = {
            e.vendor for e in self.entities.values() if e.kind == CHIP and e.vendor is not None
        }

    # ------------------------------------------------------------ lookups
    def resolve(self, name: str) -> str | None:
        """The entity key for any alias, in any case, spacing or width."""
        return self._by_alias.get(fold(name))

    def display_name(self, key: str) -> str:
        entity = self.entities.get(key)
        return entity.name if entity else key

    def vendor_of(self, key: str) -> str | None:
        entity = self.entities.get(key)
        if entity and entity.vendor:
            return self.display_name(entity.vendor)
        return None

    # ------------------------------------------------------------ matching
    def find(
        self, text: str, tokens: Sequence[Token] = (), known: AbstractSet[str] = frozenset()
    ) -> list[Mention]:
        """Every entity mention in one sentence, left to right. ``known``:
        chips the article has already shown to be chips ("AI5" after "칩 AI5")."""
        return self._in_sentence(text, self._catalogued(text, tokens), known)

    def _catalogued(self, text: str, tokens: Sequence[Token]) -> list[Mention]:
        """The catalogue's names in one sentence (what ``known`` cannot change)."""
        token_ends = {t.start + t.length for t in tokens}
        mentions: list[Mention] = []
        for match, key in self._alias_matches(text):
            start, end = match.span()
            if mentions and start < mentions[-1].end:
                continue  # inside "쓰위안(思元)590", already read as one chip
            if _LOWER_WORD.fullmatch(match.group()):
                continue  # "stocks ascend": an English word, not the name "Ascend"
            entity = self.entities[key]
            if _LOWER_MODEL.fullmatch(match.group()) and match.group() not in entity.aliases:
                continue
            if not entity.family and another_product(text, start, end, self.resolve):
                continue  # "GDDR6-AiM", "CMM-DDR5": a product of its own, not GDDR6
            if not entity.family and in_disguise(text, start, end):
                continue  # "GB300 NVL72", "ND GB300 v6", "X를 넣은 장치 Y", "컴퓨터 HW4"
            if names_other(text, start, end):
                continue  # "'A100 프로젝트'", "소도시 블랙웰": a project, a place
            if counted_after(text, start, end):
                continue  # "MTIA 2세대": a family; "HBM 3강": three makers; not "H100 세대"
            if not boundaries_ok(text, start, end, token_ends):
                # "Trainium3", "TPUv8": a family name glued to its model number
                if not (entity.variants and text[end : end + 1].isdigit()):
                    longer = self._longer_model(text, entity, start, end)
                    # "어센드 910D" is not Ascend 910; "RTX 프로 6000D" is the China part
                    if longer := longer or glued_china_part(text, entity, start, end, self.resolve):
                        mentions.append(longer)
                    continue
            mentions.append(self._known(text, entity, start, end))
        # "RTX 5090 D": the China part, its letter set apart
        return spaced_china_parts(
            text, merge_family_and_chip(text, mentions, self.entities), self.resolve
        )

    def _longer_model(self, text: str, entity: Entity, start: int, end: int) -> Mention | None:
        """A listed model's name that the text goes on ("어센드 910" in "어센드
        910D"): read from its family's name, as a model number the catalogue
        may not list ("Ascend 910D"), where the family takes model numbers and
        lists siblings that go on the same model with letters (910B, 910C);
        not "가우디 3D" (no Gaudi 3 with letters)."""
        if not text[end - 1 : end].isalnum() or not text[end : end + 1].isalnum():
            return None  # the cheap test first: this runs on every cut-off name
        family = self.entities.get(entity.family_key or "")
        if family is None or not family.variants or not entity.model:
            return None
        model = entity.model
        if not any(
            e.family_key == family.key
            and e.model
            and e.model != model
            and e.model.startswith(model)
            and e.model[len(model) :].isalpha()
            for e in self.entities.values()
        ):
            return None
        cut = end - len(model)
        if fold(text[cut:end]) != fold(model):
            return None
        cut = len(text[:cut].rstrip(" -"))
        if cut <= start or self.resolve(text[start:cut]) != family.key:
            return None
        found = self._known(text, family, start, cut)
        return found if found.key != family.key else None

    def _in_sentence(
        self, text: str, merged: list[Mention], known: AbstractSet[str]
    ) -> list[Mention]:
        """:meth:`find` after :meth:`_catalogued`: names kept in context, and
        chips the catalogue does not list."""
        mentions = successors(
            text, self._in_context(text, merged, known), self.entities, self.resolve
        )
        taken = [(m.start, m.end) for m in mentions]
        vendors = [(m.start, m.end) for m in mentions if m.key in self._chip_vendors]
        for found in discover(text, taken, vendors, self._excluded, known):
            if (key := self.resolve(found.name) if found.spaced else found.name) is not None:
                mentions.append(Mention(key, CHIP, found.name, found.start, found.end))
        companies = [(m.start, m.end) for m in mentions if m.kind == COMPANY]
        for named in named_chips(text, taken, companies, self.resolve, self._excluded):
            mentions.append(Mention(named.name, CHIP, named.name, named.start, named.end))
        mentions += bare_versions(text, mentions, self.entities, self.resolve)  # "v5e"
        mentions.sort(key=lambda m: m.start)
        return mentions

    def _known(self, text: str, entity: Entity, start: int, end: int) -> Mention:
        """A catalogue mention; a family followed by a model number it does not
        list is reported as that model ("Ascend 920", "TPU v8")."""
        if entity.variants and not series_after(text, end):
            if variant := variant_after(text, end, entity.stem or entity.name, self.resolve):
                number, v_end = variant
                sep = text[end : end + 1]
                sep = "" if sep.isalnum() else "-" if sep == "-" else " "
                name = (
                    f"{entity.stem or entity.name}{sep}{number}"  # "Trainium4", "WSE-4", "TPU v8"
                )
                key = self.resolve(name) or name
                return Mention(key, CHIP, text[start:v_end], start, v_end)
            if chip := self._generation(text, entity, start):
                return Mention(chip, CHIP, text[start:end], start, end)
        return Mention(entity.key, entity.kind, text[start:end], start, end)

    def _generation(self, text: str, family: Entity, start: int) -> str | None:
        """ "2세대 트레이니엄", "3세대 가우디": a brand's chip of that generation,
        where the catalogue numbers its models by generation. Not for generic
        nouns ("7세대 TPU" stays the family; the sixth generation of HBM is
        HBM4), and the first generation is the brand's bare name ("1세대
        인퍼런시아" is AWS Inferentia): see :meth:`_bare_kept`."""
        number = generation_before(text, start)
        if number is None or not 1 < number <= _MAX_GENERATION or family.bare == BARE_NEVER:
            return None
        for name in (f"{family.name}{number}", f"{family.name} v{number}"):
            key = self.resolve(name)
            if (
                key is not None
                and key != family.key
                and self.entities[key].family_key == family.key
            ):
                return key
        return None

    def _in_context(
        self, text: str, mentions: list[Mention], known: AbstractSet[str]
    ) -> list[Mention]:
        """Short or ambiguous chip names ("L4", "T4", "아톰") count only where
        the sentence speaks of chips, names the vendor or another chip."""
        cue = bool(cue_spans(text)) if mentions else False  # remembered: discover() asks too
        keys = {m.key for m in mentions}
        kept = []
        for mention in mentions:
            if (twins := self._vendor_words.get(fold(mention.surface))) is not None:
                found = vendor_named(mention, twins, self.entities, keys, known, text)
                if found is None:
                    if paired := self._paired(text, mention, twins, known):
                        kept.append(paired)  # "전작 아톰(ATOM)" beside the vendor's other chip
                    continue  # "LPU" alone is a kind of chip, not Groq's
                if found.key not in known and self.entities[found.key].vendor not in keys:
                    if not self._other_maker(found, mentions):
                        kept.append(found)  # "전작 웜홀": its product talk is its context
                    continue
                mention = found
            entity = self.entities.get(mention.key)
            if entity is not None and entity.needs_context and not prefixed(mention, entity):
                if not self._context_ok(text, mention, entity, keys, known, cue):
                    continue
            kept.append(mention)
        return kept

    def _unmoved(self, text: str, catalogued: Sequence[Mention]) -> bool:
        """A sentence whose mentions what the article knows cannot change, so
        the second pass keeps its first answer (issue 14): no model number
        for ``discover`` to read against ``known``, and only catalogued names
        :meth:`_in_context` keeps as they are (no vendor's word, no name that
        needs context). Nothing else in :meth:`_in_sentence` reads ``known``."""
        return not model_shaped(text) and all(
            fold(m.surface) not in self._vendor_words
            and not (
                (e := self.entities.get(m.key)) is not None
                and e.needs_context
                and not prefixed(m, e)
            )
            for m in catalogued
        )

    def _other_maker(self, found: Mention, mentions: Sequence[Mention]) -> bool:
        """ "인텔 아톰 프로세서": another company named right before the word
        makes it that company's product, not the vendor's chip."""
        return any(
            m.kind == COMPANY and 0 <= found.start - m.end <= 2 for m in mentions if m is not found
        )

    def _paired(
        self, text: str, mention: Mention, twins: Sequence[str], known: AbstractSet[str]
    ) -> Mention | None:
        """A common word printed beside its other spelling ("아톰(ATOM)") is the
        chip of a vendor whose other chip the article has already named."""
        vendors = {self.entities[k].vendor for k in known if k in self.entities}
        for key in twins:
            words = {fold(w) for w in self.entities[key].vendor_words}
            if self.entities[key].vendor in vendors and paired(
                text, mention.start, mention.end, mention.surface, words
            ):
                return Mention(key, CHIP, mention.surface, mention.start, mention.end)
        return None

    def _context_ok(
        self,
        text: str,
        mention: Mention,
        entity: Entity,
        keys: AbstractSet[str],
        known: AbstractSet[str],
        cue: bool,
    ) -> bool:
        """Whether a short or ambiguous name is a chip here: never before 팹/라인
        ("평택 P4 라인"); else where the article showed it is, the vendor is named, a
        successor's word marks it ("후속작 L4"), or (two characters: "L4") a chip word
        is right next to it; longer names need a chip word or chip in the sentence."""
        if is_facility(text, mention.start, mention.end) or graded(text, mention.end):
            return False
        others = [self.entities.get(k) for k in keys - {mention.key}]
        if mention.key in known or entity.vendor in keys:
            return True
        if successor_named(text, mention, entity, others, known):
            return True
        if sibling_shown(entity, known, self.entities):
            return True  # "A2000" where "A1000" of its line is a chip
        if used_for(text, mention, entity, known):
            return True  # "데이터센터용 L20", its vendor named in the article
        chips = [
            e
            for e in others
            if e is not None
            and e.kind == CHIP
            and not e.family
            and (not e.needs_context or e.key in known)
        ]  # a chip that itself needs vouching vouches only once the article has
        if len(fold(mention.surface)) <= _SHORT_SURFACE:
            near = text[max(0, mention.start - _NEAR) : mention.end + _NEAR]
            return CHIP_CUES.search(near) is not None or any(
                beside_chip(text, mention, e, e.vendor == entity.vendor) for e in chips
            )
        return cue or bool(chips)

    def article_mentions(
        self, sentences: Sequence[tuple[str, Sequence[Token]]]
    ) -> list[list[Mention]]:
        """The mentions of each sentence of one article. A family's bare name
        is kept as its ``bare`` rule says: never for generic nouns and
        product-line phrases ("MI350 시리즈", "가우디 제품군"), and for a brand
        only in an article that names none of its chips."""
        catalogued = [self._catalogued(text, tokens) for text, tokens in sentences]
        texts = [text for text, _ in sentences]
        none: frozenset[str] = frozenset()
        found = [self._in_sentence(t, c, none) for t, c in zip(texts, catalogued, strict=True)]
        known = {m.key for ms in found for m in ms if m.kind == CHIP}
        worded = leans_on_article(catalogued, self._vendor_words, self.entities, fold)
        if worded or any(k not in self.entities or needs_article(self.entities[k]) for k in known):
            # the vendors the article names: a common word may be their chip
            vendors = {m.key for ms in found for m in ms if m.key in self._chip_vendors}
            pairs = zip(texts, catalogued, found, strict=True)
            found = [
                f if self._unmoved(t, c) else self._in_sentence(t, c, known | vendors)
                for t, c, f in pairs
            ]
        found = word_names_gated(kind_words_named(found, self.entities), texts, self.entities)
        found = product_models(namesakes_named(found, texts, self.entities), texts, self.entities)
        found = short_forms(chips_supported(found, texts, self._chip_vendors), self.entities)
        # "평택 P4 라인 … P4는": a fab; "메모리 안에서 연산하는 HBM-PIM": the technology
        found = off_site(owned_classes(found, self.entities), texts, self.entities)
        named = {
            self._family_of(m.key)
            for ms in found
            for m in ms
            if m.kind == CHIP and not (m.key in self.entities and self.entities[m.key].family)
        }
        return [
            [m for m in ms if self._bare_kept(m, text, named)]
            for ms, (text, _) in zip(found, sentences, strict=True)
        ]

    def article_vendored(
        self, sentences: Sequence[tuple[str, Sequence[Token]]], title: str | None = None
    ) -> list[tuple[int, Mention, str | None]]:
        """(sentence index, mention, vendor) of one article, each entity once a
        sentence ("Ascend(昇騰)": one mention, two spellings). The chips a
        headline names come first, at sentence index -1."""
        lines = [(title, ()), *sentences] if title else list(sentences)
        out = []
        for idx, found in enumerate(self.article_mentions(lines), start=-1 if title else 0):
            seen: set[str] = set()
            for mention in found:
                if mention.key not in seen and (idx >= 0 or mention.kind == CHIP):
                    seen.add(mention.key)
                    vendor = self.vendor_for(mention, lines[idx + (1 if title else 0)][0], found)
                    out.append((idx, mention, vendor))
        return out

    def _family_of(self, key: str) -> str | None:
        """A chip's family: the catalogue's, or for a model the catalogue does
        not list the family its name starts with ("Trainium4" → Trainium)."""
        entity = self.entities.get(key)
        if entity is not None:
            return entity.family_key
        starts = [f for f in self._families if key.startswith(f)]
        return max(starts, key=len) if starts else None

    def _bare_kept(self, mention: Mention, text: str, named: set[str | None]) -> bool:
        if mention.kind == CHIP and series_after(text, mention.end):
            return False  # "어센드 950 시리즈": a product line
        entity = self.entities.get(mention.key)
        if entity is None or not entity.family:
            return True
        if entity.bare == BARE_NEVER or architecture_named(entity, text, mention.end):
            return False
        if first_of_brand(text, mention.start) or dated_in_line(text, mention.start, mention.end):
            return True  # "1세대 인퍼런시아", "학습 칩 가우디": the brand's first chip
        return entity.bare == BARE_ALWAYS or entity.key not in named

    def _excluded(self, name: str) -> bool:
        return any(p.search(name) for p in self.not_chips)

    def _alias_matches(self, text: str) -> Iterator[tuple[re.Match[str], str]]:
        return self._scan.matches(text)  # summarizer.alias_scan

    def vendor_for(self, mention: Mention, text: str, mentions: Sequence[Mention]) -> str | None:
        """A mention's vendor: the catalogue's (None for memory several
        makers sell), else its family's ("Ascend 920" → Huawei), else for a
        discovered chip the company named right before it; None when the
        text does not say."""
        if mention.key in self.entities or mention.kind != CHIP:
            return self.vendor_of(mention.key)  # HBM4 has several makers: None
        # "Ascend 920" → the family's vendor; "Sohu 2" → its forerunner's
        family = self.entities.get(self.resolve(mention.key.split(" ")[0]) or "")
        if family is not None and family.kind == CHIP:
            return self.vendor_of(family.key)
        return self.vendor_near(text, mention, mentions)

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


@cache
def load_index() -> EntityIndex:
    """The entity index of the bundled data files (loaded once)."""
    data = resources.files(__package__).joinpath("data")
    return index_from_toml(
        data.joinpath("entities.toml").read_text("utf-8"),
        *(data.joinpath(name).read_text("utf-8") for name in CATALOGUE_FILES),
    )


def index_from_toml(raw: str, *chips_raws: str) -> EntityIndex:
    """An index of ``raw`` (entities.toml) and ``chips_raws`` (the catalogue's files)."""
    spec = tomllib.loads(raw)
    catalogue = catalogue_from_toml(*chips_raws)
    entities: dict[str, Entity] = {}
    items = [
        Entity(
            key=item["key"],
            name=item.get("name", item["key"]),
            kind=item["kind"],
            aliases=tuple(item.get("aliases", [item["key"]])),
            vendor=item.get("vendor"),
        )
        for item in spec.get("entity", [])
    ]
    for entity in (*items, *catalogue.entities):
        if entity.key in entities:
            raise ValueError(f"entities: duplicate key {entity.key!r}")
        entities[entity.key] = entity
    for entity in entities.values():
        if entity.vendor and entity.vendor not in entities:
            raise ValueError(f"entities: {entity.key} names unknown vendor {entity.vendor!r}")
    not_chips = (*spec.get("discovery", {}).get("not_chips", []), *catalogue.not_chips)
    return EntityIndex(entities, tuple(re.compile(p, re.IGNORECASE) for p in not_chips))
