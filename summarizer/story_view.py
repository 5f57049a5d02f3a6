"""Stories as read: which ones, in what order, and what each says.

* :func:`recent_stories` — the stories with an article added (or published)
  since a moment, ranked: distinct outlets first, then more articles, then
  recency; a chat's topics lift the stories about them. A story told by one
  outlet ranks below every story told by several unless it matches the
  chat's topics strongly.
* Each :class:`Story` has a headline (the most representative title, outlet
  tags removed), a gist of one or two sentences picked across its articles
  (the stored per-sentence scores of :mod:`summarizer.rank`, weighted by how
  much of the sentence the other articles share, near-repeats removed with
  :func:`summarizer.summarize.select`; never a title again), its sources,
  the chips and companies named, and when it was first and last seen.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta

from . import story_codec
from .corpus import Corpus
from .store import SentenceRow
from .stories import DAY
from .story_members import StorySource as StorySource  # re-exported
from .story_members import members, newest_happened, rows_in, story_ids
from .story_text import (
    clean_headline,
    is_headline,
    outlet,
    representative,
    strip_byline,
    title_index,
)
from .summarize import select

GIST_SENTENCES = 2
STRONG_TOPIC = 0.5  # share of a story's articles about a topic that lifts a singleton
STALE_AFTER_DAYS = 3.0  # a story that happened this long before `since` ranks last
_ENTITY_KINDS = ("chip", "company")
_MAX_ENTITIES = 8
# A story's headline, gist and entities are read from its newest articles
# (a story told a hundred times costs what one told 24 times does).
_READ = 24
_MIN_CHARS, _MAX_CHARS = 25, 260
_BACK_REFERENCE = re.compile(r"(이렇게|이같이|이와 같이|다음과 같이|위와 같이)\s")
_QUOTES = ('"', "“", "'", "‘", "「")
_DANGLING = (
    "그는",
    "그녀는",
    "이는",
    "이에",
    "이같은",
    "이러한",
    "이처럼",
    "그러나",
    "하지만",
    "또한",
)


@dataclass
class Story:
    id: int
    sources: list[StorySource]  # oldest first
    outlets: list[str]  # distinct, in order of appearance
    new: int = 0  # articles added in the period asked for
    followup: bool = False  # the story had articles before the period
    topic: float = 0.0  # share of its articles about the chat's topics
    score: float = 0.0
    headline: str = ""
    gist: list[SentenceRow] = field(default_factory=list)
    entities: list[str] = field(default_factory=list)

    @property
    def first_seen(self) -> str:
        return min(_seen(self.sources))

    @property
    def last_seen(self) -> str:
        return max(_seen(self.sources))

    @property
    def multi(self) -> bool:
        return len(self.outlets) >= 2

    def as_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "headline": self.headline,
            "gist": [{"text": s.text, "source": s.article_id} for s in self.gist],
            "sources": [s.as_json() for s in self.sources],
            "entities": list(self.entities),
            "first_seen": self.first_seen,
            "last_seen": self.last_seen,
            "outlets": list(self.outlets),
            "new": self.new,
            "followup": self.followup,
        }


def _seen(sources: Sequence[StorySource]) -> list[str]:
    """When the story's articles appeared: their stated publication dates,
    or when none states one, when they were added."""
    stated = [s.published for s in sources if s.published]
    return stated or [s.added_at for s in sources]


@dataclass(frozen=True)
class Period:
    """Which articles make a story current: added after ``since`` (and up to
    ``until``), or — with ``published`` — published on or after it."""

    since: datetime | None = None
    until: datetime | None = None
    published: bool = True


def _stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="seconds")


MAX_SEEDS = 500


def _seed_ids(corpus: Corpus, period: Period, window_days: float) -> list[int]:
    since = period.since
    if since is None:  # the stories of the newest articles' window
        newest = corpus.store.query("SELECT max(added_at) FROM articles")[0][0]
        if newest is None:
            return []
        since = datetime.fromisoformat(newest) - timedelta(days=window_days)
        since = since if since.tzinfo else since.replace(tzinfo=UTC)
    low, high = _stamp(since), _stamp(period.until) if period.until else "9999"
    sql = "SELECT id FROM articles WHERE (added_at > ? AND added_at <= ?)"
    params: list[object] = [low, high]
    if period.published:
        sql += " OR (published IS NOT NULL AND published >= ?)"
        params.append(since.date().isoformat())
    # at most the newest MAX_SEEDS of the window: a bulk import puts the whole
    # store in it, and every command reading stories must stay flat in size
    rows = corpus.store.query(sql + " ORDER BY id DESC LIMIT ?", [*params, MAX_SEEDS])
    return sorted(int(r[0]) for r in rows)


def _marks(ids: Sequence[int]) -> str:
    """Placeholders for an id list (portable SQL: SQLite and PostgreSQL)."""
    return ",".join("?" * len(ids)) or "NULL"


def _outlets(sources: Sequence[StorySource]) -> list[str]:
    names: list[str] = []
    for s in sources:
        name = outlet(s.publisher, s.title, s.url) or f"#{s.id}"
        if name not in names:
            names.append(name)
    return names


def recent_stories(
    corpus: Corpus,
    period: Period,
    *,
    topics: Sequence[str] = (),
    limit: int | None = None,
    window_days: float = 3.0,
    keep: Callable[[Story], bool] | None = None,
    about_only: bool = False,
    filled: bool = True,
) -> list[Story]:
    """The current stories, most important first, each filled in (unless
    ``filled`` is False: their order and sources only)."""
    # the window is the same for every topic asked while the store is unchanged
    key = ("story seeds", period, window_days)
    seeds = corpus.memoised(key, lambda: _seed_ids(corpus, period, window_days))
    return stories_of(
        corpus,
        seeds,
        since=period.since,
        topics=topics,
        limit=limit,
        keep=keep,
        about_only=about_only,
        filled=filled,
    )


def stories_of(
    corpus: Corpus,
    seeds: Sequence[int],
    *,
    since: datetime | None = None,
    topics: Sequence[str] = (),
    limit: int | None = None,
    keep: Callable[[Story], bool] | None = None,
    about_only: bool = False,
    filled: bool = True,
) -> list[Story]:
    """The stories of the articles ``seeds``, ranked; only those ``keep``
    accepts, at most ``limit``, filled in. ``new`` counts each story's
    articles among the seeds; ``followup`` says it had articles added
    before ``since``. ``about_only`` says ``keep`` refuses every story none
    of whose articles is about ``topics``: only the members' ids of those
    are read (the same stories, ranked the same)."""
    if not seeds:
        return []
    newest = None
    if about_only and topics:
        stories, newest = _about_stories(corpus, seeds, topics)
    else:
        found = members(corpus, story_ids(corpus, seeds))
        stories = [Story(sid, srcs, _outlets(srcs)) for sid, srcs in found.items()]
        if topics:
            _match_topics(corpus, stories, topics)
    fresh = set(seeds)
    low = _stamp(since) if since else ""
    for story in stories:
        story.new = sum(1 for s in story.sources if s.id in fresh)
        story.followup = bool(low) and any(s.added_at <= low for s in story.sources)
    ranked = [s for s in rank(stories, since, newest) if keep is None or keep(s)]
    if limit is not None:
        ranked = ranked[:limit]
    if filled:  # headline, gist, entities: not needed to know a story's place
        fill(corpus, ranked)
    return ranked


def _about_stories(
    corpus: Corpus, seeds: Sequence[int], topics: Sequence[str]
) -> tuple[list[Story], float | None]:
    """The stories of ``seeds`` with an article about ``topics``, read in
    full and with their share of such articles, and the newest "when it
    happened" of all the seeds' stories (what ranking needs of the others):
    the other stories' articles are never read into Python."""
    key = ("story newest", tuple(seeds))
    newest = corpus.memoised(key, lambda: newest_happened(corpus, seeds))
    if newest is None:  # an article without a stored vector: read them all
        found = members(corpus, story_ids(corpus, seeds))
        stories = [Story(sid, srcs, _outlets(srcs)) for sid, srcs in found.items()]
        _match_topics(corpus, stories, topics)
        return stories, None
    about = _about(corpus, seeds, _wanted(corpus, topics), of_stories=True)
    found = members(corpus, sorted(set(about.values())))
    stories = [Story(sid, srcs, _outlets(srcs)) for sid, srcs in found.items()]
    _share(stories, set(about))
    return stories, newest


def rank(
    stories: list[Story], since: datetime | None = None, newest: float | None = None
) -> list[Story]:
    """Distinct outlets, then articles, then recency, plus the chat's
    topics; singletons of one outlet after every multi-outlet story unless
    strongly on topic. With ``since``, a story that happened more than
    ``STALE_AFTER_DAYS`` before it (articles added now about old news) comes
    after all the others. Recency is measured from ``newest`` (by default
    the newest of ``stories``)."""
    if not stories:
        return []
    # Recency by when it happened: articles added today about something
    # reported months ago are not today's news.
    lasts = {story.id: _happened(story) for story in stories}
    newest = max(lasts.values()) if newest is None else newest
    cut = since.timestamp() - STALE_AFTER_DAYS * DAY if since else None
    stale = {sid for sid, last in lasts.items() if cut is not None and last < cut}
    for story in stories:
        last = lasts[story.id]
        recency = math.exp(-(newest - last) / DAY)
        outlets = len(story.outlets)
        story.score = (
            outlets + 0.2 * (len(story.sources) - outlets) + 0.5 * recency + 3.0 * story.topic
        )

    def key(story: Story) -> tuple[int, float, int]:
        lifted = story.multi or story.topic >= STRONG_TOPIC
        group = 2 if story.id in stale else 0 if lifted else 1
        return (group, -story.score, -story.id)

    return sorted(stories, key=key)


def _happened(story: Story) -> float:
    """The newest date the story's articles state; only a story none of whose
    articles states a date falls back to when they were added."""
    stated = [s.t for s in story.sources if s.published]
    return max(stated) if stated else max(s.t for s in story.sources)


def _match_topics(corpus: Corpus, stories: list[Story], topics: Sequence[str]) -> None:
    """Each story's share of articles about any of ``topics`` (an entity by
    any alias, or keywords: all of a topic's terms among the article's
    features)."""
    ids = [s.id for story in stories for s in story.sources]
    _share(stories, set(_about(corpus, ids, _wanted(corpus, topics))))


def _wanted(corpus: Corpus, topics: Sequence[str]) -> list[set[str]]:
    wanted: list[set[str]] = []
    for topic in topics:
        key = corpus.resolve_entity(topic)
        terms = {"@" + key} if key else set(corpus.terms_of(topic))
        if terms:
            wanted.append(terms)
    return wanted


def _share(stories: Sequence[Story], about: set[int]) -> None:
    for story in stories:
        hits = sum(1 for s in story.sources if s.id in about)
        story.topic = hits / len(story.sources)


def _about(
    corpus: Corpus, ids: Sequence[int], wanted: Sequence[set[str]], *, of_stories: bool = False
) -> dict[int, int]:
    """Those of the articles (with ``of_stories``: of every article of the
    stories of the articles) whose stored features hold all the terms of one
    of ``wanted``, each with its story (0 without ``of_stories``). A stored
    vector whose text (its ``terms``, or the JSON of a row written before)
    does not contain each term's text cannot hold it, so only the few that
    do are decoded (a term JSON would escape is always looked for by
    decoding)."""
    if not wanted or not ids:
        return {}
    needles = [
        [t for t in terms if json.dumps(t, ensure_ascii=False)[1:-1] == t] for terms in wanted
    ]
    stored = "coalesce(v.terms, v.vector)"
    scope = "v.article_id IN ({marks})"
    sql = f"SELECT v.article_id, {stored}, v.terms IS NULL, 0 FROM story_vectors v WHERE "
    if of_stories:
        sql = sql.replace(
            ", 0 FROM story_vectors v",
            ", e.story FROM story_vectors v JOIN article_extra e ON e.article_id = v.article_id",
        )
        scope = "e.story IN (SELECT story FROM article_extra WHERE article_id IN ({marks}))"
    params: list[str] = []
    if all(needles):  # else a topic with no plain term: every vector is decoded
        sqlite = corpus.store.dialect == "sqlite"
        test = f"instr({stored}, ?) > 0" if sqlite else f"{stored} LIKE ? ESCAPE '!'"
        held = (" AND ".join(test for _ in group) for group in needles)
        sql += "(" + " OR ".join(f"({c})" for c in held) + ") AND "
        params = [
            n if sqlite else "%" + re.sub(r"([!%_])", r"!\1", n) + "%"
            for group in needles
            for n in group
        ]
    about: dict[int, int] = {}
    for article_id, text, legacy, story in rows_in(corpus, sql + scope, ids, params):
        text = str(text)
        if not any(all(n in text for n in group) for group in needles):
            continue
        features = _features(text, bool(legacy))
        if any(terms <= features for terms in wanted):
            about[int(article_id)] = int(story)
    return about


# Stored vectors decoded before, by their stored form (a vector changes only
# when its article is re-analysed, and then its stored form changes too).
_DECODED: dict[tuple[str, bool], frozenset[str]] = {}
_DECODED_MAX = 4096  # a few days of articles


def _features(stored: str, legacy: bool) -> frozenset[str]:
    found = _DECODED.get((stored, legacy))
    if found is None:
        if len(_DECODED) >= _DECODED_MAX:
            _DECODED.clear()
        found = story_codec.features(None, stored) if legacy else story_codec.features(stored)
        _DECODED[stored, legacy] = found
    return found


def fill(corpus: Corpus, stories: Sequence[Story]) -> None:
    """Headline, gist and entities of each story (a few queries for all)."""
    ids = [s.id for story in stories for s in story.sources[-_READ:]]
    if not ids:
        return
    pool: dict[int, list[SentenceRow]] = {}
    for sentence in corpus.store.top_sentences(4, ids):
        pool.setdefault(sentence.article_id, []).append(sentence)
    names = _entity_names(corpus, ids)
    for story in stories:
        read = story.sources[-_READ:]
        best = read[representative([clean_headline(s.title) for s in read])]
        story.headline = clean_headline(best.title, best.publisher)
        story.gist = _gist(story, [x for s in read for x in pool.get(s.id, [])])
        counts: Counter[str] = Counter()
        for s in read:
            counts.update(names.get(s.id, []))
        ordered = sorted(counts, key=lambda n: (-counts[n], n.casefold()))
        story.entities = ordered[:_MAX_ENTITIES]


# A gist is a pure function of the titles and the sentences it is picked
# from: kept while they are the same (every reply after any write fills the
# stories it shows again; issue 14).
_GISTS: dict[tuple[tuple[str, ...], tuple[SentenceRow, ...]], list[SentenceRow]] = {}
_GISTS_MAX = 1024


def _gist(story: Story, pool: list[SentenceRow]) -> list[SentenceRow]:
    key = (tuple(s.title for s in story.sources[-_READ:]), tuple(pool))
    found = _GISTS.get(key)
    if found is None:
        if len(_GISTS) >= _GISTS_MAX:
            _GISTS.clear()
        found = _GISTS[key] = gist(story, pool)
    return list(found)


def _entity_names(corpus: Corpus, ids: Sequence[int]) -> dict[int, list[str]]:
    rows = rows_in(
        corpus,
        # read through the articles' index ("kind || ''" keeps the planner off
        # the kind index, which would walk every chip and company mention)
        "SELECT DISTINCT article_id, entity FROM mentions WHERE kind || '' IN (?, ?) "
        "AND article_id IN ({marks})",
        ids,
        _ENTITY_KINDS,
    )
    out: dict[int, list[str]] = {}
    for article_id, key in rows:
        out.setdefault(int(article_id), []).append(corpus.index.display_name(str(key)))
    return out


def gist(
    story: Story, pool: Sequence[SentenceRow], count: int = GIST_SENTENCES
) -> list[SentenceRow]:
    """One or two sentences across the story's articles: well scored in
    their article, about what the other articles say too, not a title,
    not a near-repeat of each other."""
    titles = title_index([s.title for s in story.sources[-_READ:]])
    readable = [
        s
        for s in pool
        if _MIN_CHARS <= len(s.text) <= _MAX_CHARS
        and not s.text.rstrip().endswith("?")
        and not is_headline(s.text, titles)
    ]
    if not readable:
        readable = [s for s in pool if not is_headline(s.text, titles)]
    held: dict[int, set[str]] = {}  # the terms of each article's readable sentences
    for s in readable:
        held.setdefault(s.article_id, set()).update(s.terms)
    spread = Counter(t for terms in held.values() for t in terms)  # articles holding each
    several = len(held) > 1
    candidates = []
    for s in readable:
        terms = set(s.terms)
        # each term is held by at least its own article: shared by another, or not
        shared = sum(spread[t] > 1 for t in terms) / max(1, len(terms))
        value = s.score * (0.5 + 0.5 * shared) if several else s.score
        if s.text.startswith(_DANGLING) or _BACK_REFERENCE.search(s.text):
            value *= 0.6
        if s.text.startswith(_QUOTES):  # a quotation alone does not say who or what
            value *= 0.6
        candidates.append((s, value))
    return [replace(s, text=strip_byline(s.text)) for s in select(candidates, count, 1)]
