"""The chip card of ``/chips NAME``: kind, family, the figures the articles
state about the chip with their citations, the stories it appears in, and
its first and last mention."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from summarizer.chip_card import chip_figures, distinct_figures, may_state_figures
from summarizer.corpus import EntityStats
from summarizer.entities import CHIP

from .context import Context
from .messages import message
from .reply import Line
from .stories import settings, today

# Stories are read for the newest this many sources of the chip.
STORY_SOURCES = 500
_SHOWN_STORIES = 5


def card(
    context: Context, stats: EntityStats, language: str, window: Sequence[tuple[int, int, float]]
) -> tuple[list[Line], dict[str, Any], set[int]]:
    """Lines for the card's head, the fields added to the chip's JSON and
    the sources the lines cite (inline, as "HBM 96GB [2]"). ``stats``
    holds (at least) the chip's newest ``STORY_SOURCES`` sources;
    ``window`` keys its newest mention sentences (``Corpus.mention_keys``)."""
    corpus = context.corpus
    entity = corpus.index.entities.get(stats.key)
    kind = entity.chip_kind if entity else None
    family_key = entity.family_key if entity else None
    if entity is None and (head := corpus.index.entities.get(stats.key.split(" ")[0])):
        family_key = head.key if head.family else None  # "Ascend 920" → Ascend
        kind = head.chip_kind
    figures = _figures(context, stats.key, window)
    stories = _stories(context, stats.sources)
    first, last = _span(stats)
    unknown = message(language, "chips.card_unknown")
    family = family_key or unknown
    lines = [Line(message(language, "chips.card_kind", kind=kind or unknown, family=family))]
    cited: set[int] = set()
    if figures:
        shown = " · ".join(f"{f['text']} [{f['source']}]" for f in figures)
        lines.append(Line(f"{message(language, 'chips.card_figures')}: {shown}"))
        cited |= {int(f["source"]) for f in figures}
    if stories:
        lines.append(Line(_stories_text(context, stories, language)))
    if first and last:
        span = message(
            language,
            "chips.card_span",
            first=first["date"],
            first_id=first["source"],
            last=last["date"],
            last_id=last["source"],
        )
        lines.append(Line(span))
        cited |= {first["source"], last["source"]}
    data = {
        "kind": kind,
        "family": family_key,
        "figures": figures,
        "stories": stories,
        "first_mention": first,
        "last_mention": last,
    }
    return lines, data, cited


def _figures(
    context: Context, key: str, window: Sequence[tuple[int, int, float]]
) -> list[dict[str, Any]]:
    """The figures stated about the chip in its newest mention sentences:
    kept at ingest, else found in the sentences (a store not yet filled)."""
    kept = context.corpus.stated_figures(key, window)
    if kept is not None:
        shown = distinct_figures(kept)
        return [{"kind": f.kind, "text": f.text, "source": f.source} for f in shown]
    sentences = context.corpus.mention_sentences(key)
    sentences = [s for s in sentences if may_state_figures(s.text)]  # the others state none
    if not sentences:
        return []
    by_sentence: dict[tuple[int, int], list[tuple[str, str]]] = defaultdict(list)
    for article_id, idx, entity, surface in context.corpus.store.sentence_mentions(
        CHIP, [(s.article_id, s.idx) for s in sentences]
    ):
        by_sentence[(article_id, idx)].append((entity, surface))
    rows = []
    for s in sentences:
        named = by_sentence.get((s.article_id, s.idx), [])
        own = [surface for entity, surface in named if entity == key]
        others = [surface for entity, surface in named if entity != key]
        rows.append((s.article_id, s.text, own, others))
    return [{"kind": f.kind, "text": f.text, "source": f.source} for f in chip_figures(rows)]


def _stories(context: Context, sources: tuple[int, ...]) -> list[int]:
    ids = sorted(sources)[-STORY_SOURCES:]
    if not ids:
        return []
    return sorted(set(context.corpus.store.stories(ids).values()))


def _stories_text(context: Context, stories: Sequence[int], language: str) -> str:
    """The chip's stories as a reader can open them: their numbers in
    today's ``/stories`` list (what ``/story N`` takes), and how many
    others it appears in. Story ids are the store's; they stay in JSON."""
    # the list's order only: /stories' headlines and gists are not read here
    listed = today(context, limit=settings(context).list_stories, filled=False)
    mine = set(stories)
    numbers = [number for number, story in enumerate(listed, 1) if story.id in mine]
    parts = []
    if numbers:
        shown = numbers[:_SHOWN_STORIES]
        named = ", ".join(message(language, "chips.card_story_number", number=n) for n in shown)
        parts.append(message(language, "chips.card_today", numbers=named, first=shown[0]))
    if others := len(mine) - len(numbers):
        parts.append(message(language, "chips.card_other_stories", count=others))
    return " · ".join(parts)


def _span(stats: EntityStats) -> tuple[dict[str, Any] | None, dict[str, Any] | None]:
    """The first and the last article naming the chip, by the date it
    states (else the day it was added): kept with the chip's aggregate."""
    if stats.first is None or stats.last is None:
        return None, None
    (first_id, first_day), (last_id, last_day) = stats.first, stats.last
    return {"source": first_id, "date": first_day}, {"source": last_id, "date": last_day}
