"""The daily briefing: one Reply, the same for ``briefbot brief`` and every
subscriber's push.

What is new since the chat's last briefing (articles added after it), as
stories: the top stories among them (headline, gist, "연합뉴스 외 4곳" with
links, "후속 보도 N건" for a story briefed before), then the chips and
companies they mention. When nothing is new the reply says so explicitly — a
platform rejects an empty message, and silence reads as a broken bot.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta

from summarizer.corpus import Corpus
from summarizer.entities import CHIP
from summarizer.story_view import STRONG_TOPIC, Story, stories_of

from .context import Context
from .memo import remembered
from .messages import message
from .reply import Line, Reply, Section, SourceRef
from .stories import settings as story_settings
from .stories import story_refs, story_section
from .story_messages import story_message

COMPANY = "company"
_MAX_ENTITIES = 8
# The daily briefing reads up to this many of the articles added since the
# chat's last briefing (all of a normal day), and groups them into stories;
# the bound (the story window's, summarizer.story_view.MAX_SEEDS) keeps a
# briefing after a bulk import as cheap as any other.
BRIEFING_SCAN = 500


def stamp(moment: datetime) -> str:
    """The store's ``added_at`` format: UTC, ISO 8601, whole seconds."""
    if moment.tzinfo is None:
        raise ValueError("naive datetime")
    return moment.astimezone(UTC).isoformat(timespec="seconds")


def new_article_ids(
    corpus: Corpus, since: datetime | None, limit: int, *, until: datetime | None = None
) -> list[int]:
    """Ids of articles added after ``since`` (any time when None) and up to
    ``until``, at most the ``limit`` newest, ascending. Consecutive briefings
    use the previous ``until`` as ``since``, so no article falls between two."""
    low = stamp(since) if since is not None else ""
    high = stamp(until) if until is not None else "9999"
    return corpus.store.article_ids_added(low, high, limit)


def _entities(
    corpus: Corpus, kind: str, ids: set[int]
) -> list[tuple[str, str | None, int, list[int]]]:
    """(display name, vendor, mentioning sentences, sources) for the
    entities of ``kind`` named in the articles ``ids``, most mentioned first."""
    counts: Counter[str] = Counter()
    sources: dict[str, set[int]] = {}
    vendors: dict[str, str | None] = {}
    for article_id, _, entity, vendor in corpus.store.kind_mentions(kind, sorted(ids)):
        counts[entity] += 1
        sources.setdefault(entity, set()).add(article_id)
        vendors.setdefault(entity, vendor)
    names = {key: corpus.index.display_name(key) for key in counts}
    order = sorted(counts, key=lambda k: (-counts[k], names[k].casefold()))
    return [(names[k], vendors[k], counts[k], sorted(sources[k])) for k in order]


def title_date(day: date, language: str) -> str:
    if language == "en":
        return day.strftime("%a %-d %b %Y")
    return f"{day.year}년 {day.month}월 {day.day}일 ({'월화수목금토일'[day.weekday()]})"


def _empty_data(day: date, since: datetime | None, ids: Sequence[int]) -> dict[str, object]:
    return {
        "date": day.isoformat(),
        "since": since.isoformat() if since else None,
        "new_articles": list(ids),
        "stories": [],
        "sentences": [],
        "chips": [],
        "companies": [],
        "sources": [],
    }


def briefing_stories(
    context: Context, article_ids: Sequence[int], since: datetime | None, topics: Sequence[str]
) -> tuple[list[Story], bool]:
    """The stories to brief, and whether the chat's topics found none (then
    the day's top stories stand in). Stories told by several outlets (or
    strongly on topic); singletons only when nothing else is new."""
    count = story_settings(context).briefing_stories
    corpus = context.corpus
    if since is None:  # a first briefing: the stories of the newest articles' window
        article_ids = _window(corpus, article_ids, story_settings(context).window_days)

    def wanted(story: Story) -> bool:
        return story.multi or story.topic >= STRONG_TOPIC

    if topics:
        about = stories_of(
            corpus,
            article_ids,
            since=since,
            topics=topics,
            limit=count,
            keep=lambda s: s.topic > 0,
            about_only=True,
        )
        if about:
            return about, False
    picked = stories_of(corpus, article_ids, since=since, limit=count, keep=wanted)
    if not picked:
        picked = stories_of(corpus, article_ids, since=since, limit=min(3, count))
    return picked, bool(topics)


def _window(corpus: Corpus, ids: Sequence[int], days: float) -> list[int]:
    added = {i: datetime.fromisoformat(a) for i, a in corpus.store.added_at(ids).items()}
    if not added:
        return []
    low = max(added.values()) - timedelta(days=days)
    return sorted(i for i, moment in added.items() if moment >= low)


def _entity_sections(
    language: str,
    chips: list[tuple[str, str | None, int, list[int]]],
    companies: list[tuple[str, str | None, int, list[int]]],
) -> list[Section]:
    sections = []
    if chips:
        lines = []
        for name, vendor, n, src in chips:
            text = message(language, "briefing.entity_count", vendor=vendor or "", count=n)
            lines.append(Line(text.lstrip(" ·"), cites=tuple(src[-6:]), label=name))
        sections.append(Section(message(language, "briefing.chips"), tuple(lines)))
    if companies:
        names = ", ".join(
            message(language, "briefing.company", name=name, count=n) for name, _, n, _ in companies
        )
        sections.append(Section(message(language, "briefing.companies"), (Line(names),)))
    return sections


def daily_briefing(
    context: Context,
    *,
    article_ids: Sequence[int],
    day: date,
    since: datetime | None,
    language: str | None = None,
    topics: Sequence[str] = (),
) -> Reply:
    """The briefing for the chat's local ``day`` over ``article_ids`` (the
    articles new since ``since``, see :func:`new_article_ids`): the top
    stories among them, then the chips and companies in the news. Kept
    while the store is unchanged (every subscriber of a slot, a repeat)."""
    language = language or context.language
    key = ("briefing", tuple(article_ids), day, since, language, tuple(topics))
    return remembered(
        context, key, lambda: _briefing(context, article_ids, day, since, language, topics)
    )


def _briefing(
    context: Context,
    article_ids: Sequence[int],
    day: date,
    since: datetime | None,
    language: str,
    topics: Sequence[str],
) -> Reply:
    data = _empty_data(day, since, article_ids)
    title = message(language, "briefing.title", date=title_date(day, language))
    if not article_ids:
        key = "briefing.nothing_new" if since is not None else "briefing.no_articles"
        return Reply("briefing", title=title, notices=(message(language, key),), data=data)
    picked, off_topic = briefing_stories(context, article_ids, since, topics)
    ids = {s.id for story in picked for s in story.sources} | set(article_ids)
    chips = _entities(context.corpus, CHIP, ids)[:_MAX_ENTITIES]
    companies = _entities(context.corpus, COMPANY, ids)[:_MAX_ENTITIES]
    sections = [story_section(s, i, language) for i, s in enumerate(picked, 1)]
    sections += _entity_sections(language, chips, companies)
    refs = {r.id: r for r in story_refs(picked)}
    for ref in _refs(context.corpus, [i for *_, src in chips for i in src[-6:]]):
        refs.setdefault(ref.id, ref)
    notices = [
        story_message(language, "briefing.story_count", count=len(article_ids), stories=len(picked))
    ]
    if off_topic:
        text = story_message(language, "briefing.no_topic_news", topics=", ".join(topics))
        notices.insert(0, text)
    data.update(
        stories=[s.as_json() for s in picked],
        sentences=[{"text": g.text, "source": g.article_id} for s in picked for g in s.gist],
        chips=[{"name": n, "vendor": v, "mentions": c, "sources": src} for n, v, c, src in chips],
        companies=[{"name": n, "mentions": c, "sources": src} for n, _, c, src in companies],
        sources=[
            {"id": r.id, "title": r.title, "url": r.url}
            for r in sorted(refs.values(), key=lambda r: r.id)
        ],
    )
    return Reply(
        "briefing",
        title=title,
        sections=tuple(sections),
        notices=tuple(notices),
        sources=tuple(sorted(refs.values(), key=lambda r: r.id)),
        data=data,
    )


def _refs(corpus: Corpus, ids: Sequence[int]) -> list[SourceRef]:
    return [SourceRef(s.id, s.title, s.url) for s in corpus.sources_of(ids)]
