"""``/chips`` (the chips most mentioned, each with its vendor, mention count,
newest sources and a context sentence) and ``/chips NAME`` (one chip in
depth: :mod:`handlers.chip_card`).

Both read the per-chip aggregates the store keeps at ingest and a bounded
number of rows besides, so they cost the same on 1,000 or 30,000 articles:
the text shows the ``LISTED_CHIPS`` most mentioned chips, each with its
newest few sources, and says how many more there are. The JSON keeps the
contract (../shared/docs/architecture.md): every chip, with every source.
"""

from __future__ import annotations

import difflib
from typing import Any

from summarizer import summarize
from summarizer.chip_readings import spoken_reading
from summarizer.corpus import EntityStats
from summarizer.entities import CHIP
from summarizer.store import SentenceRow

from . import chip_card
from .actions import chip_actions
from .context import Context
from .memo import refs, remembered
from .messages import message
from .reply import Command, LazyData, Line, Reply, Section

# A chip in thousands of articles lists its newest few in the text reply
# ("외 N건"); the JSON lists them all (and "source_count").
LISTED_SOURCES = 8
# /chips shows the most mentioned chips; any other is one /chips NAME away.
LISTED_CHIPS = 30


def _lang(command: Command, context: Context) -> str:
    return command.language or context.language


def _listed_sources(ids: tuple[int, ...]) -> list[int]:
    return list(ids[-LISTED_SOURCES:])  # ascending already


def _source_list(shown: list[int], stats: EntityStats, language: str) -> str:
    text = ", ".join(f"[{s}]" for s in shown)
    hidden = stats.source_count - len(shown)
    return text + (message(language, "chips.more_sources", count=hidden) if hidden > 0 else "")


def _chip_json(stats: EntityStats, sentence: SentenceRow | None) -> dict[str, Any]:
    return {
        "name": stats.name,
        "vendor": stats.vendor,
        "aliases": list(stats.aliases),
        "mentions": stats.mentions,
        "sources": list(stats.sources),  # ascending
        "source_count": stats.source_count,
        "context": sentence.text if sentence else "",
    }


def _all_chips_json(context: Context) -> dict[str, Any]:
    every = context.corpus.entity_stats(CHIP)
    return {"chips": [_chip_json(s, s.context) for s in every], "chip_count": len(every)}


def chips(command: Command, context: Context) -> Reply:
    language = _lang(command, context)
    if command.args:
        detail = ("chip", command.args, language)
        return remembered(context, detail, lambda: _chip_detail(command.args, language, context))
    return remembered(context, ("chips", language), lambda: _chip_list(language, context))


def _chip_list(language: str, context: Context) -> Reply:
    top, total = context.corpus.top_entities(CHIP, LISTED_CHIPS, tail=LISTED_SOURCES)
    if not top:
        return Reply("chips", notices=(message(language, "chips.none"),), data={"chips": []})
    lines, cited = [], set()
    listed = top[:LISTED_CHIPS]
    for stats in listed:
        sentence = stats.context
        vendor = stats.vendor or message(language, "chips.vendor_unknown")
        shown = _listed_sources(stats.sources)
        counts = message(
            language,
            "chips.mentions",
            mentions=stats.mentions,
            sources=_source_list(shown, stats, language),
        )
        text = f"{vendor} · {counts}"
        if sentence:
            text += f"\n  “{sentence.text}”"
            cited.add(sentence.article_id)
        lines.append(Line(text, cites=(sentence.article_id,) if sentence else (), label=stats.name))
        cited.update(shown)
    notices: tuple[str, ...] = ()
    if total > len(listed):
        more = message(language, "chips.more_chips", shown=len(listed), count=total - len(listed))
        notices = (more,)
    return Reply(
        "chips",
        title=message(language, "chips.title", count=total),
        sections=(Section(None, tuple(lines)),),
        notices=notices,
        sources=refs(context, cited),
        data=LazyData(lambda: _all_chips_json(context)),
        actions=chip_actions([c.name for c in listed]),
    )


def _not_found(name: str, key: str | None, language: str, context: Context) -> Reply:
    corpus = context.corpus
    entity = corpus.index.entities.get(key) if key else None
    if entity is not None and entity.kind != CHIP:
        kind = message(language, f"kind.{entity.kind}")
        return Reply(
            "chips",
            notices=(message(language, "chips.not_chip", name=name, kind=kind),),
            data={"chips": []},
            ok=False,
        )
    notices = [message(language, "chips.unknown", name=name)]
    shown = _close_names(name, context)
    if shown:
        notices.append(message(language, "chips.suggest", names=", ".join(shown)))
    return Reply("chips", notices=tuple(notices), data={"chips": []}, ok=False)


def _close_names(name: str, context: Context) -> list[str]:
    """The chip names close to ``name`` (difflib's best three), most
    mentioned first as /chips lists them. Every chip's name is read, but the
    figures only of the close ones: a store names thousands of chips."""
    corpus = context.corpus
    keys: dict[str, list[str]] = {}
    for key in corpus.store.entity_keys(CHIP):
        keys.setdefault(corpus.index.display_name(key), []).append(key)
    close = difflib.get_close_matches(name.upper(), [n.upper() for n in keys], n=3, cutoff=0.5)
    mentions = {
        shown: max((s.mentions for s in map(corpus.entity, found) if s is not None), default=0)
        for shown, found in keys.items()
        if shown.upper() in close
    }
    return sorted(mentions, key=lambda n: (-mentions[n], n.casefold()))


def _chip_detail(name: str, language: str, context: Context) -> Reply:
    corpus = context.corpus
    key = corpus.resolve_entity(name)
    stats = corpus.entity(key) if key else None
    if stats is None or stats.kind != CHIP:
        return _not_found(name, key, language, context)
    window = corpus.mention_keys(stats.key)  # the newest mention sentences, text unread
    picked = summarize.mention_contexts(corpus, window, 5, 2)  # reads the best few only
    vendor = stats.vendor or message(language, "chips.vendor_unknown")
    listed = _listed_sources(stats.sources)
    info = [
        Line(
            message(
                language,
                "chips.mentions",
                mentions=stats.mentions,
                sources=_source_list(listed, stats, language),
            )
        ),
    ]
    reading = spoken_reading(stats.name)  # "에이치이십": a transcript's spelling, no name
    other_names = [
        a for a in stats.aliases if a.casefold() != stats.name.casefold() and a != reading
    ]
    if other_names:
        info.append(Line(message(language, "chips.aliases", aliases=", ".join(other_names))))
    card_lines, card_data, card_cited = chip_card.card(context, stats, language, window)
    info += card_lines
    context_lines = tuple(Line(s.text, cites=(s.article_id,)) for s in picked)
    return Reply(
        "chips",
        title=message(language, "chips.detail_title", name=stats.name, vendor=vendor),
        sections=(
            Section(None, tuple(info)),
            Section(message(language, "chips.contexts"), context_lines),
        ),
        sources=refs(context, set(listed) | {s.article_id for s in picked} | card_cited),
        data={"chips": [_chip_json(stats, stats.context) | card_data]},
    )
