"""The corpus: articles in, analysed once, stored; queries out.

:class:`Corpus` is the one entry point the command handlers use. Adding an
article runs the whole pipeline — clean, metadata, Kiwi analysis, ranking,
entity mentions — and stores the result; everything a command needs is then
read from the store.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from .analysis import (
    AnalysedSentence,
    analyse_articles,
    analyse_paragraphs,
    get_kiwi,
    query_terms,
)
from .clean import CleanArticle, clean_article
from .corpus_sync import ARTICLE_SUFFIXES as ARTICLE_SUFFIXES  # re-exported for bot.ingest
from .corpus_sync import SyncReport as SyncReport  # re-exported: the runtime reports it
from .corpus_sync import reanalyse_all, sync_folder
from .entities import CHIP, EntityIndex, load_index
from .rank import score_sentences
from .store import ArticleRow, ExtraRow, MentionRow, SentenceRow, Store, sentence_row
from .store_index import EntityAggregate
from .stories import Signature, best_match, signature
from .text import normalize

# Bump when cleaning, analysis, ranking or the entity data change the stored
# result; a store written by another version is re-analysed from its raw text.
PIPELINE_VERSION = "2"
# How many of the newest sentences naming an entity a command reads.
RECENT_MENTIONS = 300
_MIN_SENTENCE_CHARS = 8
# A new article is compared with this many of the most recent ones for the
# same story: outlets run a story within days of each other, and the bound
# keeps an ingest's cost flat as the store grows.
STORY_WINDOW = 2000


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
    sources: tuple[int, ...]
    context: SentenceRow | None = None  # a sentence naming it, newest of the best


class Corpus:
    def __init__(self, store: Store, index: EntityIndex | None = None) -> None:
        self.store = store
        self.index = index or load_index()
        if store.get_meta("pipeline") not in (None, PIPELINE_VERSION):
            self._reanalyse_all()
        store.set_meta("pipeline", PIPELINE_VERSION)
        self._backfill_stories()

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
        text = normalize(raw)
        content_hash = hashlib.sha256(text.encode("utf-8")).hexdigest()
        existing = self.store.article_by_hash(content_hash)
        if existing is None:
            for address in (url, (overrides or {}).get("url")):
                if address and (existing := self.store.article_by_url(address)) is not None:
                    break
        if existing is not None:
            return existing.id, False
        cleaned = clean_article(text, url=url)
        twin = self._same_text(signature(cleaned.paragraphs))
        if twin is not None:
            return twin, False
        return self._store(cleaned, text, content_hash, file, overrides, replace_id), True

    def add_texts(self, raws: Iterable[str], *, batch: int = 64) -> list[tuple[int, bool]]:
        """:meth:`add_text` for many articles (no file, url or overrides):
        the paragraphs of up to ``batch`` articles go through Kiwi in one
        call, which keeps every core busy and overlaps Kiwi with ranking
        and storing. Returns (id, added) per text, in order."""
        out: list[tuple[int, bool]] = []
        pending: list[tuple[int, CleanArticle, str, str]] = []  # (slot, cleaned, text, hash)

        def flush() -> None:
            # Each headline rides in the same Kiwi call as its article's
            # paragraphs (as a last paragraph) rather than in one call of its own.
            analysed = analyse_articles(
                [[*c.paragraphs, c.metadata.title or ""] for _, c, _, _ in pending]
            )
            for (slot, cleaned, text, content_hash), with_title in zip(
                pending, analysed, strict=True
            ):
                n = len(cleaned.paragraphs)
                sentences = [s for s in with_title if s.paragraph < n]
                title_terms = [t for s in with_title if s.paragraph == n for t in s.terms]
                existing = self.store.article_by_hash(content_hash)  # twice in one batch
                if existing is not None:
                    out[slot] = (existing.id, False)
                    continue
                article_id = self._store(
                    cleaned,
                    text,
                    content_hash,
                    None,
                    None,
                    None,
                    analysed=sentences,
                    title_terms=title_terms if cleaned.metadata.title else None,
                )
                out[slot] = (article_id, True)
            pending.clear()

        for raw in raws:
            text = normalize(raw)
            content_hash = hashlib.sha256(text.encode("utf-8")).hexdigest()
            existing = self.store.article_by_hash(content_hash)
            if existing is not None:
                out.append((existing.id, False))
                continue
            out.append((0, True))
            pending.append((len(out) - 1, clean_article(text), text, content_hash))
            if len(pending) >= batch:
                flush()
        if pending:
            flush()
        return out

    def _store(
        self,
        cleaned: CleanArticle,
        text: str,
        content_hash: str,
        file: str | None,
        overrides: dict[str, str | None] | None,
        replace_id: int | None,
        added_at: str | None = None,
        analysed: Sequence[AnalysedSentence] | None = None,
        title_terms: Sequence[str] | None = None,
    ) -> int:
        meta = cleaned.metadata
        fields: dict[str, str | None] = {
            "title": meta.title,
            "publisher": meta.publisher,
            "author": meta.author,
            "published": meta.published,
            "url": meta.url,
        }
        for key, value in (overrides or {}).items():
            if value:
                fields[key] = normalize(value).strip()
        if analysed is None:
            analysed = analyse_paragraphs(cleaned.paragraphs)
        analysed = [s for s in analysed if len(s.text) >= _MIN_SENTENCE_CHARS]
        title = fields["title"] or _fallback_title(analysed)
        sentences = _rank(analysed, title, self.index, title_terms)
        mentions = self._mentions(analysed)
        row = ArticleRow(
            id=0,
            content_hash=content_hash,
            file=file,
            url=fields["url"],
            title=title,
            publisher=fields["publisher"],
            author=fields["author"],
            published=fields["published"],
            added_at=added_at or datetime.now(UTC).isoformat(timespec="seconds"),
        )
        article_id = self.store.save_article(row, text, sentences, mentions, replace_id=replace_id)
        stated = {k: v for k, v in (overrides or {}).items() if v}
        self._link_story(article_id, signature(cleaned.paragraphs), stated)
        return article_id

    # ------------------------------------------------------------ stories
    def _link_story(
        self, article_id: int, sig: Signature, overrides: Mapping[str, str | None] | None
    ) -> None:
        others = (
            (e.article_id, Signature(e.shingles, e.signature))
            for e in self.store.recent_extras(STORY_WINDOW, exclude=article_id)
        )
        match = best_match(sig, others)
        story, similarity = article_id, None
        if match is not None:
            story = self.store.stories([match[0]])[match[0]]
            similarity = round(match[1], 3)
        self.store.save_extra(
            ExtraRow(
                article_id=article_id,
                overrides=json.dumps(overrides, ensure_ascii=False) if overrides else None,
                shingles=sig.shingles,
                signature=sig.values,
                story=story,
                similarity=similarity,
            )
        )

    def _same_text(self, sig: Signature) -> int | None:
        """A recent article whose body has exactly the same shingles: the same
        text up to spacing, punctuation and page furniture."""
        if sig.shingles == 0:
            return None
        for extra in self.store.recent_extras(STORY_WINDOW):
            if extra.shingles == sig.shingles and extra.signature == sig.values:
                return extra.article_id
        return None

    def _backfill_stories(self) -> None:
        """Signatures for articles stored before stories existed (no Kiwi:
        cleaning only)."""
        for article_id in self.store.articles_without_extra():
            article = self.store.article(article_id)
            raw = self.store.raw_text(article_id) or ""
            url = article.url if article else None
            self._link_story(article_id, signature(clean_article(raw, url=url).paragraphs), None)

    def story_of(self, article_id: int) -> list[int]:
        """Ids of the articles telling the same story as ``article_id``
        (itself included), oldest first."""
        story = self.store.stories([article_id])[article_id]
        return self.store.story_members(story) or [article_id]

    def story_primaries(self, article_ids: Sequence[int]) -> dict[int, int]:
        """article id → the first of the given ids that tells the same story
        (so a briefing reads one article per story)."""
        stories = self.store.stories(article_ids)
        first: dict[int, int] = {}
        for article_id in sorted(article_ids):
            first.setdefault(stories[article_id], article_id)
        return {a: first[stories[a]] for a in article_ids}

    def _mentions(self, analysed: Sequence[AnalysedSentence]) -> list[MentionRow]:
        rows: list[MentionRow] = []
        for idx, sentence in enumerate(analysed):
            found = self.index.find(sentence.text, sentence.tokens)
            seen: set[str] = set()
            for mention in found:
                if mention.key in seen:
                    continue  # "Ascend(昇騰)": one mention, two spellings
                seen.add(mention.key)
                vendor = self.index.vendor_of(mention.key)
                if mention.kind == CHIP and vendor is None:
                    vendor = _family_vendor(self.index, mention.key) or self.index.vendor_near(
                        sentence.text, mention, found
                    )
                rows.append(MentionRow(0, idx, mention.key, mention.kind, mention.surface, vendor))
        return rows

    def sync_folder(self, folder: str | Path) -> SyncReport:
        """Make the file-backed articles match the files in ``folder``:
        new files analysed, changed files re-analysed, removed files dropped.
        Unchanged files cost one read and one hash each."""
        return sync_folder(self.store, Path(folder), self._store)

    def _reanalyse_all(self) -> None:
        reanalyse_all(self.store, self._store)

    # ------------------------------------------------------------ queries
    def sources(self) -> list[Source]:
        return [_source(a) for a in self.store.articles()]

    def source(self, article_id: int) -> Source | None:
        article = self.store.article(article_id)
        return _source(article) if article else None

    def sources_of(self, article_ids: Iterable[int]) -> list[Source]:
        """The stored ones of these articles, by id."""
        return [_source(a) for a in self.store.articles_by_ids(sorted(set(article_ids)))]

    def sentences(self, article_id: int) -> list[SentenceRow]:
        return self.store.sentences(article_id)

    def entity_stats(self, kind: str) -> list[EntityStats]:
        """Every entity of ``kind`` the corpus mentions, most mentioned first.
        ``mentions`` counts sentences that name the entity. Read from the
        aggregates the store keeps at ingest."""
        out = [self._stats(a) for a in self.store.entity_aggregates(kind)]
        out.sort(key=lambda e: (-e.mentions, e.name.casefold()))
        return out

    def entity(self, key: str) -> EntityStats | None:
        """One entity's figures and context sentence (None if never named)."""
        aggregate = self.store.entity_aggregate(key)
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
        )

    def mention_sentences(self, key: str, limit: int | None = RECENT_MENTIONS) -> list[SentenceRow]:
        """Sentences that name entity ``key``, in corpus order: by default only
        the ``RECENT_MENTIONS`` newest, so a command costs the same on 100 or
        10,000 articles."""
        return self.store.entity_sentences(key, limit)

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
        rows = self.store.query("SELECT entity FROM entity_agg WHERE kind = ?", (CHIP,))
        return next((str(k) for (k,) in rows if str(k).replace(" ", "").casefold() == folded), None)

    def terms_of(self, text: str) -> list[str]:
        return query_terms(text)

    def store_recent_ids(self, limit: int) -> list[int]:
        """Ids of the ``limit`` most recently added articles."""
        rows = self.store.query(
            "SELECT id FROM articles ORDER BY added_at DESC, id DESC LIMIT ?", (limit,)
        )
        return sorted(int(r[0]) for r in rows)

    def search_terms(self, terms: Sequence[str], limit: int = 2000) -> list[SentenceRow]:
        """Sentences containing any of the content terms, newest articles first."""
        return self.store.search_terms(terms, limit)


def warm_up() -> None:
    """Load Kiwi now (about 1.3 s) rather than on the first command. Kiwi
    also builds its analysis state lazily on the first text, so analyse one."""
    get_kiwi().tokenize("준비합니다.")


def open_corpus(
    store_path: str | Path, folder: str | Path | None = None
) -> tuple[Corpus, SyncReport]:
    corpus = Corpus(Store(store_path))
    report = corpus.sync_folder(folder) if folder is not None else SyncReport()
    return corpus, report


def _rank(
    analysed: Sequence[AnalysedSentence],
    title: str,
    index: EntityIndex,
    title_terms: Sequence[str] | None = None,
) -> list[SentenceRow]:
    terms = [s.terms for s in analysed]
    if title_terms is None:
        title_terms = query_terms(title) if title else []
    scores = score_sentences(terms, title_terms, texts=[s.text for s in analysed])
    order = sorted(range(len(analysed)), key=lambda i: -scores[i])
    rank = {i: r for r, i in enumerate(order)}
    return [
        SentenceRow(0, i, s.paragraph, s.text, tuple(terms[i]), scores[i], rank[i])
        for i, s in enumerate(analysed)
    ]


def _fallback_title(analysed: Sequence[AnalysedSentence]) -> str:
    """When the text states no headline: its first sentence, shortened."""
    if not analysed:
        return "(제목 없음)"
    first = analysed[0].text
    return first if len(first) <= 60 else first[:59].rstrip() + "…"


def _family_vendor(index: EntityIndex, key: str) -> str | None:
    family = key.split(" ")[0]
    entity = index.entities.get(family)
    return index.vendor_of(entity.key) if entity and entity.family else None


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
