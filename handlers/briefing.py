"""The daily briefing: one Reply, the same for ``briefbot brief`` and every
subscriber's push.

What is new since the chat's last briefing (articles added after it), the top
sentences across them with citations, the chips and companies they mention,
and the sources. When nothing is new the reply says so explicitly — a
platform rejects an empty message, and silence reads as a broken bot.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import UTC, date, datetime

from summarizer import summarize
from summarizer.corpus import Corpus
from summarizer.entities import CHIP

from .context import Context
from .messages import message
from .reply import Line, Reply, Section, SourceRef

COMPANY = "company"
_MAX_ENTITIES = 8


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
    rows = corpus.store.query(
        "SELECT id FROM articles WHERE added_at > ? AND added_at <= ? "
        "ORDER BY added_at DESC, id DESC LIMIT ?",
        (low, high, limit),
    )
    return sorted(int(r[0]) for r in rows)


def _entities(
    corpus: Corpus, kind: str, ids: set[int]
) -> list[tuple[str, str | None, int, list[int]]]:
    """(display name, vendor, mentioning sentences, sources) for the
    entities of ``kind`` named in the articles ``ids``, most mentioned first."""
    counts: Counter[str] = Counter()
    sources: dict[str, set[int]] = {}
    vendors: dict[str, str | None] = {}
    for mention in corpus.store.mentions(kind=kind, article_ids=sorted(ids)):
        counts[mention.entity] += 1
        sources.setdefault(mention.entity, set()).add(mention.article_id)
        vendors.setdefault(mention.entity, mention.vendor)
    names = {key: corpus.index.display_name(key) for key in counts}
    order = sorted(counts, key=lambda k: (-counts[k], names[k].casefold()))
    return [(names[k], vendors[k], counts[k], sorted(sources[k])) for k in order]


def title_date(day: date, language: str) -> str:
    if language == "en":
        return day.strftime("%a %-d %b %Y")
    return f"{day.year}년 {day.month}월 {day.day}일 ({'월화수목금토일'[day.weekday()]})"


def daily_briefing(
    context: Context,
    *,
    article_ids: Sequence[int],
    day: date,
    since: datetime | None,
    language: str | None = None,
) -> Reply:
    """The briefing for the chat's local ``day`` over ``article_ids`` (the
    articles new since ``since``, see :func:`new_article_ids`)."""
    language = language or context.language
    corpus = context.corpus
    data: dict[str, object] = {
        "date": day.isoformat(),
        "since": since.isoformat() if since else None,
        "new_articles": list(article_ids),
        "sentences": [],
        "chips": [],
        "companies": [],
        "sources": [],
    }
    title = message(language, "briefing.title", date=title_date(day, language))
    if not article_ids:
        key = "briefing.nothing_new" if since is not None else "briefing.no_articles"
        return Reply("briefing", title=title, notices=(message(language, key),), data=data)
    picked = summarize.briefing(corpus, context.summary_sentences, article_ids=article_ids)
    if not picked:  # new articles too short to quote: fall back to their best sentences
        picked = [s for i in article_ids for s in corpus.sentences(i) if s.rank == 0][
            : context.summary_sentences
        ]
    ids = set(article_ids)
    sections = [
        Section(
            message(language, "briefing.top"),
            tuple(Line(s.text, cites=(s.article_id,)) for s in picked),
        )
    ]
    chips = _entities(corpus, CHIP, ids)[:_MAX_ENTITIES]
    companies = _entities(corpus, COMPANY, ids)[:_MAX_ENTITIES]
    if chips:
        sections.append(
            Section(
                message(language, "briefing.chips"),
                tuple(
                    Line(
                        message(language, "briefing.entity_count", vendor=v or "", count=n).lstrip(
                            " ·"
                        ),
                        cites=tuple(src),
                        label=name,
                    )
                    for name, v, n, src in chips
                ),
            )
        )
    if companies:
        sections.append(
            Section(
                message(language, "briefing.companies"),
                (
                    Line(
                        ", ".join(
                            message(language, "briefing.company", name=name, count=n)
                            for name, _, n, _ in companies
                        )
                    ),
                ),
            )
        )
    cited = {s.article_id for s in picked} | {i for *_, src in chips for i in src}
    refs = []
    for source_id in sorted(cited):
        source = corpus.source(source_id)
        if source is not None:
            refs.append(SourceRef(source.id, source.title, source.url))
    data.update(
        sentences=[{"text": s.text, "source": s.article_id} for s in picked],
        chips=[
            {"name": name, "vendor": v, "mentions": n, "sources": src} for name, v, n, src in chips
        ],
        companies=[{"name": name, "mentions": n, "sources": src} for name, _, n, src in companies],
        sources=[{"id": r.id, "title": r.title, "url": r.url} for r in refs],
    )
    return Reply(
        "briefing",
        title=title,
        sections=tuple(sections),
        notices=(message(language, "briefing.count", count=len(article_ids)),),
        sources=tuple(refs),
        data=data,
    )
