"""The corpus: articles in, analysed once, stored; queries out.

:class:`Corpus` is the one entry point the command handlers use. Adding an
article runs the whole pipeline — clean, metadata, Kiwi analysis, ranking,
entity mentions — and stores the result; everything a command needs is then
read from the store.
"""

from __future__ import annotations

import gc
import json
import weakref
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar, cast

from . import figure_rows, query_vocab
from .analysis import get_kiwi, query_terms
from .corpus_sync import ARTICLE_SUFFIXES as ARTICLE_SUFFIXES  # re-exported for bot.ingester
from .corpus_sync import SyncReport as SyncReport  # re-exported: the runtime reports it
from .corpus_sync import reanalyse_all, sync_folder
from .entities import CHIP, EntityIndex, load_index
from .minhash import Signature, signature
from .rank import RANKER_VERSION
from .store import ArticleRow, SentenceRow, Store, sentence_row
from .store_faults import AlreadyStored
from .store_index import EntityAggregate
from .stories import StoryIndex
from .story_link import link_article, rebuild, same_text

if TYPE_CHECKING:
    from .batch import Added, NewArticle, Prepared

# The ingest pipeline (summarizer.batch, summarizer.clean: hundreds of
# regular expressions) is imported by the methods that add articles, so a
# process that only answers commands (`briefbot ask`) never loads it.

T = TypeVar("T")

# Bump when cleaning, analysis or the entity data change the stored result; a
# store written by another version (or ranked by another summarizer.rank.
# RANKER_VERSION) is re-analysed from its raw text.
# 24: session 24 (short flash pages, car and China parts, foreign start-ups' chips,
# glued copulas, service brands); 23: instance, standard and booth codes, device
# names, list heads, credits, kickers, breadcrumbs, reprints, issue lines;
# 22: session 22 (research chips, China's chip readings, odd page forms);
# 20: session 20 (portal chrome, mailed articles, HTML page furniture, namesakes,
# fab codes, wire-style leads, 노컷뉴스 as one outlet);
# 17: publishers of odd pages (r18fix40);
# 17: session 17 fix round (r18fix42: credit kinds, print heads, transcript fields);
# 16: products named by how their model numbers are built (r17fix31);
# 15: feed titles, letter senders and sign-offs (r17fix27), feed XML items (r17fix30),
# chips in wrapped pages, captions and brand names (r17fix28),
# page chrome, letters and newsrooms (r17fix29); 14: reader status and
# newsletter sender lines (r16fix26); 13: odd pages (r16fix25)
PIPELINE_VERSION = "24"
# How many of the newest sentences naming an entity a command reads.
RECENT_MENTIONS = 300
# How many of the newest sentences matching a keyword a keyword summary ranks
# (a few hundred articles' worth: on a large store the newest matches stand
# for the topic, and the cost stays that of a thousand rows).
SEARCHED = 1000


@dataclass(frozen=True)
class Source:
    id: int
    file: str | None
    title: str
    publisher: str | None
    author: str | None
    published: str | None
    url: str | None
    added_at: str

    def as_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "file": self.file,
            "title": self.title,
            "publisher": self.publisher,
            "author": self.author,
            "published": self.published,
            "url": self.url,
        }


@dataclass(frozen=True)
class EntityStats:
    key: str
    name: str
    kind: str
    vendor: str | None
    aliases: tuple[str, ...]
    mentions: int
    sources: tuple[int, ...]  # ascending; only the newest when read with a ``tail``
    context: SentenceRow | None = None  # a sentence naming it, newest of the best
    source_count: int = 0  # every source, also those not read
    first: tuple[int, str] | None = None  # (article, day) of its first mention by day
    last: tuple[int, str] | None = None  # ... and of its last


def _forget_hook(ref: weakref.ref[Corpus]) -> Callable[[], None]:
    """A commit hook for a corpus that does not keep it alive."""

    def hook() -> None:
        corpus = ref()
        if corpus is not None:
            corpus._forget()

    return hook


def _stale(store: Store) -> bool:
    """Written by another pipeline or ranker version (a new store is not)."""
    pipeline = store.get_meta("pipeline")
    if pipeline is None:
        return False
    return pipeline != PIPELINE_VERSION or store.get_meta("ranker") != RANKER_VERSION


class Corpus:
    def __init__(
        self, store: Store, index: EntityIndex | None = None, *, story_window_days: float = 3.0
    ) -> None:
        self.store = store
        self.index = index or load_index()
        self._memo_version: tuple[int, int] | None = None
        self._memo_values: dict[tuple[object, ...], object] = {}
        store.on_commit(_forget_hook(weakref.ref(self)))
        self.stories = StoryIndex(store, story_window_days)
        if _stale(store):
            self._reanalyse_all()
        for key, version in (("pipeline", PIPELINE_VERSION), ("ranker", RANKER_VERSION)):
            if store.get_meta(key) != version:  # no write (and no commit) when already so
                store.set_meta(key, version)
        self._backfill_stories()
        if not figure_rows.complete(store):  # kept since issue 14: once per store
            figure_rows.fill(store)

    # ------------------------------------------------------------- ingest
    def add_text(
        self,
        raw: str,
        *,
        file: str | None = None,
        url: str | None = None,
        overrides: dict[str, str | None] | None = None,
        replace_id: int | None = None,
    ) -> tuple[int, bool]:
        """Analyse and store one article. Returns (id, added); ``added`` is
        False when the same text, or an article from the same ``url``, is
        already stored. ``overrides`` (title, publisher, author, published,
        url) win over what the text states; they are kept for re-analysis.
        Only this article is analysed; it is linked to a stored article that
        tells the same story (:meth:`story_of`)."""
        from .batch import NewArticle

        item = NewArticle(raw, file=file, url=url, overrides=overrides, replace_id=replace_id)
        article_id, added = self.add_articles([item])[0]
        return article_id, added

    def add_texts(self, raws: Iterable[str], *, batch: int | None = None) -> list[tuple[int, bool]]:
        """:meth:`add_text` for many texts (no file, url or overrides)."""
        from .batch import NewArticle

        return [(i, a) for i, a in self.add_articles((NewArticle(r) for r in raws), batch=batch)]

    def add_articles(
        self,
        items: Iterable[NewArticle],
        *,
        batch: int | None = None,
        done: Callable[[NewArticle, Added], None] | None = None,
    ) -> list[Added]:
        """Add many articles (:mod:`summarizer.batch`): one Kiwi stream over
        all of them, each ``batch`` written in one transaction. ``done``
        hears of every item as soon as it is stored or found stored (for
        progress). Returns one :class:`Added` per item, in order (``batch``:
        :data:`summarizer.batch.BATCH` by default)."""
        from .batch import BATCH, analysed, batches, screen

        out: dict[int, Added] = {}

        def finish(slot: int, item: NewArticle, added: Added) -> None:
            out[slot] = added
            if done is not None:
                done(item, added)

        screened = screen(self.store, items, self._same_text, finish)
        for chunk in batches(analysed(screened), self.index, batch or BATCH):
            with self.store.transaction(), self.stories.batch():
                written = [(p.screened, self._write(p)) for p in chunk]
            if any(added.added for _, added in written):  # Kiwi is loaded: the new words
                fresh, self.stories.fresh = self.stories.fresh, []
                query_vocab.fill(self.store, fresh)
            for s, added in written:
                finish(s.slot, s.item, added)
        return [out[slot] for slot in sorted(out)]

    def _write(self, prepared: Prepared) -> Added:
        from .batch import Added, stored_copy

        screened = prepared.screened
        item = screened.item
        if item.check_stored:  # the same text earlier in this batch
            known = stored_copy(self.store, item, screened.content_hash)
            if known is None:
                known = self._same_text(screened.sig)
            if known is not None:
                return Added(known, False)
        try:
            article_id = self.store.save_article(
                prepared.row,
                screened.text,
                prepared.sentences,
                prepared.mentions,
                replace_id=item.replace_id,
            )
        except AlreadyStored as exc:  # another process stored it since we looked
            return Added(exc.article_id, False)
        stated = screened.stated
        link_article(
            self.stories,
            replace(prepared.row, id=article_id),
            prepared.title_terms,
            prepared.sentences,
            prepared.mentions,
            screened.sig,
            json.dumps(stated, ensure_ascii=False) if stated else None,
        )
        return Added(article_id, True)

    def _same_text(self, sig: Signature) -> int | None:
        return same_text(self.store, sig)

    # ------------------------------------------------------------ stories
    def _backfill_stories(self) -> None:
        """Stories for articles stored before stories existed; a store from
        before story clustering (near-copy links only) is re-clustered once."""
        if self.store.get_meta("story_documents") is None and self.store.query(
            "SELECT 1 FROM article_extra LIMIT 1"
        ):
            self.rebuild_stories()
        for article_id in self.store.articles_without_extra():
            article = self.store.article(article_id)
            if article is None:
                continue
            raw = self.store.raw_text(article_id) or ""
            from .clean import clean_article

            sig = signature(clean_article(raw, url=article.url).paragraphs)
            sentences = self.store.sentences(article_id)
            mentions = self.store.mentions(article_ids=[article_id])
            title_terms = query_terms(article.title)
            link_article(self.stories, article, title_terms, sentences, mentions, sig, None)

    def rebuild_stories(self) -> int:
        """Re-cluster the whole store; returns the number of stories."""
        return rebuild(self.stories, query_terms)

    def story_of(self, article_id: int) -> list[int]:
        """Ids of the articles telling the same story as ``article_id``
        (itself included), oldest first."""
        story = self.store.stories([article_id])[article_id]
        return self.store.story_members(story) or [article_id]

    def near_copies(self, article_ids: Sequence[int]) -> set[int]:
        """Those of the articles that joined their story as a near-copy of an
        earlier article (MinHash containment, see :mod:`summarizer.stories`)."""
        ids = list(article_ids)
        out: set[int] = set()
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            rows = self.store.query(
                "SELECT article_id FROM article_extra WHERE similarity >= 1.0 "
                f"AND article_id IN ({','.join('?' * len(chunk))})",
                chunk,
            )
            out.update(int(r[0]) for r in rows)
        return out

    def sync_folder(self, folder: str | Path) -> SyncReport:
        """Make the file-backed articles match the files in ``folder``:
        new files analysed, changed files re-analysed, removed files dropped.
        Unchanged files cost one read and one hash each."""
        return sync_folder(self.store, Path(folder), self.add_articles)

    def _reanalyse_all(self) -> None:
        reanalyse_all(self.store, self.add_articles)

    # ------------------------------------------------------------ queries
    def sources(self) -> list[Source]:
        return [_source(a) for a in self.store.articles()]

    def source(self, article_id: int) -> Source | None:
        article = self.store.article(article_id)
        return _source(article) if article else None

    def sources_of(self, article_ids: Iterable[int]) -> list[Source]:
        """The stored ones of these articles, by id (remembered until the
        store changes: /chips cites thousands)."""
        memo = self._memo()
        wanted = sorted(set(article_ids))
        missing = [i for i in wanted if ("source", i) not in memo]
        for article in self.store.articles_by_ids(missing):
            memo[("source", article.id)] = _source(article)
        found = (memo.get(("source", i)) for i in wanted)
        return [s for s in found if isinstance(s, Source)]

    def memoised(self, key: tuple[object, ...], make: Callable[[], T]) -> T:
        """``make()``, remembered under ``key`` until the store changes (any
        commit, by this process or another)."""
        memo = self._memo()
        if ("memo", key) not in memo:
            memo[("memo", key)] = make()
        return cast(T, memo[("memo", key)])

    def _forget(self) -> None:
        """Drop the results a commit of this store made stale, in the
        committing thread: the memo of a large reply (``/chips``' JSON names
        every chip's every source) is freed there, not by the next command.
        A commit by another process is seen, and paid, by :meth:`_memo`."""
        self._memo_version = None  # first: a reader then never keeps the old values
        self._memo_values = {}

    def _memo(self) -> dict[tuple[object, ...], object]:
        """Results that hold while the store is unchanged."""
        version = self.store.version()
        if version != self._memo_version:
            self._memo_version, self._memo_values = version, {}
        return self._memo_values

    def sentences(self, article_id: int) -> list[SentenceRow]:
        return self.store.sentences(article_id)

    def entity_stats(self, kind: str, tail: int | None = None) -> list[EntityStats]:
        """Every entity of ``kind`` the corpus mentions, most mentioned first.
        ``mentions`` counts sentences that name the entity; with ``tail``,
        only the newest ``tail`` sources of each are read. Read from the
        aggregates the store keeps at ingest."""
        memo = self._memo()
        cached = memo.get(("stats", kind, tail))
        if isinstance(cached, list):
            return list(cached)
        out = [self._stats(a) for a in self.store.entity_aggregates(kind, tail)]
        out.sort(key=lambda e: (-e.mentions, e.name.casefold()))
        memo[("stats", kind, tail)] = out
        return list(out)

    def top_entities(
        self, kind: str, limit: int, tail: int | None = None
    ) -> tuple[list[EntityStats], int]:
        """The ``limit`` most mentioned entities of ``kind`` (ordered as
        :meth:`entity_stats`), and how many the corpus mentions in all."""
        found, total = self.store.top_entity_aggregates(kind, limit, tail)
        out = [self._stats(a) for a in found]
        out.sort(key=lambda e: (-e.mentions, e.name.casefold()))
        return out[:limit], total

    def entity(self, key: str, tail: int | None = None) -> EntityStats | None:
        """One entity's figures and context sentence (None if never named);
        with ``tail``, only its newest ``tail`` sources are read."""
        aggregate = self.store.entity_aggregate(key, tail)
        return self._stats(aggregate) if aggregate else None

    def _stats(self, aggregate: EntityAggregate) -> EntityStats:
        entity = self.index.entities.get(aggregate.key)
        return EntityStats(
            key=aggregate.key,
            name=self.index.display_name(aggregate.key),
            kind=aggregate.kind,
            vendor=aggregate.vendor,
            aliases=tuple(entity.aliases if entity else aggregate.surfaces),
            mentions=aggregate.mentions,
            sources=aggregate.sources,
            context=sentence_row(aggregate.context) if aggregate.context else None,
            source_count=aggregate.source_count,
            first=aggregate.first,
            last=aggregate.last,
        )

    def mention_sentences(self, key: str, limit: int | None = RECENT_MENTIONS) -> list[SentenceRow]:
        """Sentences that name entity ``key``, in corpus order: by default only
        the ``RECENT_MENTIONS`` newest, so a command costs the same on 100 or
        10,000 articles."""
        return self.store.entity_sentences(key, limit)

    def mention_keys(self, key: str, limit: int = RECENT_MENTIONS) -> list[tuple[int, int, float]]:
        """(article, idx, score) of the sentences :meth:`mention_sentences`
        returns, in its order, without reading their text."""
        rows = self.store.query(
            "SELECT s.article_id, s.idx, s.score FROM (SELECT DISTINCT article_id, sentence_idx "
            "FROM mentions WHERE entity = ? AND sentence_idx >= 0 "
            "ORDER BY article_id DESC, sentence_idx LIMIT ?) m "
            "JOIN sentences s ON s.article_id = m.article_id AND s.idx = m.sentence_idx "
            "ORDER BY s.article_id, s.idx",
            (key, limit),
        )
        return [(int(a), int(i), float(v)) for a, i, v in rows]

    def stated_figures(
        self, key: str, window: Sequence[tuple[int, int, float]]
    ) -> list[tuple[int, str, str]] | None:
        """(article, kind, text) of the figures stated about chip ``key`` in
        the ``window`` sentences (:meth:`mention_keys`), in corpus order, as
        kept at ingest (:mod:`summarizer.figure_rows`); None when the store
        keeps none yet."""
        if not figure_rows.complete(self.store):
            return None
        return figure_rows.window_figures(self.store, key, window)

    def sources_page(self, page: int, per_page: int) -> list[Source]:
        """One page of sources, newest first (page 1 = the newest)."""
        rows = self.store.articles_page((max(1, page) - 1) * per_page, per_page)
        return [_source(a) for a in rows]

    def resolve_entity(self, name: str) -> str | None:
        """An entity key for a name: a known alias, or a discovered chip's name."""
        key = self.index.resolve(name)
        if key is not None:
            return key
        folded = name.replace(" ", "").casefold()
        if not any(c.isdigit() for c in folded):
            return None  # a discovered chip's name is a model number: "전력" is never one
        keys = self.store.entity_keys(CHIP, folded)
        return next((k for k in keys if k.replace(" ", "").casefold() == folded), None)

    def terms_of(self, text: str) -> list[str]:
        return query_terms(text)

    def store_recent_ids(self, limit: int) -> list[int]:
        """Ids of the ``limit`` most recently added articles."""
        rows = self.store.query(
            "SELECT id FROM articles ORDER BY added_at DESC, id DESC LIMIT ?", (limit,)
        )
        return sorted(int(r[0]) for r in rows)

    def search_terms(self, terms: Sequence[str], limit: int = SEARCHED) -> list[SentenceRow]:
        """Sentences containing any of the content terms, newest articles first."""
        return self.store.search_terms(terms, limit)

    def search_keys(
        self, terms: Sequence[str], limit: int = SEARCHED
    ) -> list[tuple[int, int, float, str]]:
        """:meth:`search_terms` without the text: (article, idx, score,
        space-separated terms) of each sentence, in the same order (see
        :meth:`sentences_at`)."""
        return self.store.search_keys(terms, limit)

    def search_ranked(
        self, terms: Sequence[str], take: int, limit: int = SEARCHED
    ) -> list[tuple[int, int, float]] | None:
        """The best ``take`` of :meth:`search_keys` as a keyword summary
        ranks them, ranked by the store (None: it cannot)."""
        return self.store.search_ranked(terms, limit, take)

    def sentences_at(self, keys: Sequence[tuple[int, int]]) -> list[SentenceRow]:
        """The sentences at these (article, idx) pairs, in the order asked."""
        found = {
            (r.article_id, r.idx): r for r in map(sentence_row, self.store.sentence_rows(keys))
        }
        return [found[k] for k in keys if k in found]


def warm_up() -> None:
    """Load Kiwi now (about 1.3 s) rather than on the first command. Kiwi
    also builds its analysis state lazily on the first text, so analyse one."""
    get_kiwi().tokenize("준비합니다.")
    # What is loaded by now (Kiwi, the entity index, modules) lives as long as
    # the process: keep it out of the collector's full passes, which would
    # otherwise pause a command for several milliseconds now and then.
    gc.freeze()


def open_corpus(
    store_path: str | Path, folder: str | Path | None = None
) -> tuple[Corpus, SyncReport]:
    corpus = Corpus(Store(store_path))
    report = corpus.sync_folder(folder) if folder is not None else SyncReport()
    return corpus, report


def _source(article: ArticleRow) -> Source:
    return Source(
        id=article.id,
        file=article.file,
        title=article.title,
        publisher=article.publisher,
        author=article.author,
        published=article.published,
        url=article.url,
        added_at=article.added_at,
    )
