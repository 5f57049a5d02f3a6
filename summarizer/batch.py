"""Ingest in batches: many articles through one Kiwi stream, each batch
written in one transaction.

The steps for one article, in order:

1. *screen* — normalise, hash, skip what is stored (same text, same url);
   clean the page and compute its near-copy signature, once;
2. *analyse* — its paragraphs and its headline (as a last paragraph) ride in
   Kiwi's batch stream with every other article's (:func:`analyse_stream`);
3. *prepare* — metadata, ranking and entity mentions, while Kiwi works on
   the next articles;
4. *write* — a batch of prepared articles in one transaction, each checked
   once more against what the batch itself stored.

:meth:`summarizer.corpus.Corpus.add_articles` runs them; every way in (files,
folders, feeds, the start-up folder sync, re-analysis) goes through it.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import NamedTuple

from .analysis import AnalysedSentence, analyse_stream
from .chip_catalogue import CHIP
from .clean import CleanArticle, clean_article
from .entities import EntityIndex
from .minhash import Signature, signature
from .rank import score_sentences
from .store import ArticleRow, MentionRow, SentenceRow, Store
from .text import normalize

BATCH = 64
_MIN_SENTENCE_CHARS = 8


@dataclass(frozen=True)
class NewArticle:
    """One article to add: its text and what the caller knows about it."""

    text: str
    file: str | None = None
    url: str | None = None
    overrides: dict[str, str | None] | None = None  # stated metadata, wins over the text's
    replace_id: int | None = None  # re-analyse this stored article in place
    added_at: str | None = None  # kept when re-analysing
    check_stored: bool = True  # skip when the same text or url is stored


class Added(NamedTuple):
    article_id: int
    added: bool  # False: the same text (or url) was already stored


@dataclass(frozen=True)
class Screened:
    slot: int
    item: NewArticle
    text: str
    content_hash: str
    cleaned: CleanArticle
    sig: Signature
    stated: dict[str, str]  # the caller's metadata, normalised

    @property
    def title(self) -> str | None:
        return self.stated.get("title") or self.cleaned.metadata.title

    def paragraphs(self) -> list[str]:
        """What Kiwi reads: the body's paragraphs, then the headline."""
        return [*self.cleaned.paragraphs, self.title or ""]


@dataclass(frozen=True)
class Prepared:
    screened: Screened
    row: ArticleRow
    sentences: list[SentenceRow]
    mentions: list[MentionRow]
    title_terms: list[str]


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def stored_copy(store: Store, item: NewArticle, digest: str) -> int | None:
    """The id of a stored article with the same text or url, if any."""
    existing = store.article_by_hash(digest)
    if existing is None:
        for address in (item.url, (item.overrides or {}).get("url")):
            if address and (existing := store.article_by_url(address)) is not None:
                break
    return existing.id if existing else None


def screen(
    store: Store,
    items: Iterable[NewArticle],
    same_text: Callable[[Signature], int | None],
    skipped: Callable[[int, NewArticle, Added], None],
) -> Iterator[Screened]:
    """Step 1 for each item, numbered in input order; ``skipped`` hears of
    the ones already stored."""
    for slot, item in enumerate(items):
        text = normalize(item.text)
        digest = content_hash(text)
        if item.check_stored and (known := stored_copy(store, item, digest)) is not None:
            skipped(slot, item, Added(known, False))
            continue
        cleaned = clean_article(text, url=item.url)
        sig = signature(cleaned.paragraphs)
        if item.check_stored and (twin := same_text(sig)) is not None:
            skipped(slot, item, Added(twin, False))
            continue
        stated = {k: normalize(v).strip() for k, v in (item.overrides or {}).items() if v}
        yield Screened(slot, item, text, digest, cleaned, sig, stated)


def analysed(screened: Iterable[Screened]) -> Iterator[tuple[Screened, list[AnalysedSentence]]]:
    """Step 2: Kiwi over the whole stream."""
    return analyse_stream(screened, Screened.paragraphs)


def prepare(
    screened: Screened, with_title: Sequence[AnalysedSentence], index: EntityIndex
) -> Prepared:
    """Step 3: the stored row, ranked sentences and mentions of one article."""
    n = len(screened.cleaned.paragraphs)
    body = [s for s in with_title if s.paragraph < n and len(s.text) >= _MIN_SENTENCE_CHARS]
    title_terms = [t for s in with_title if s.paragraph == n for t in s.terms]
    if not screened.title:  # the headline is the first sentence
        title_terms = body[0].terms if body else []
    meta, item = screened.cleaned.metadata, screened.item
    fields: dict[str, str | None] = {
        "title": meta.title,
        "publisher": meta.publisher,
        "author": meta.author,
        "published": meta.published,
        "url": meta.url,
    }
    fields.update(screened.stated)
    title = fields["title"] or fallback_title(body)
    row = ArticleRow(
        id=0,
        content_hash=screened.content_hash,
        file=item.file,
        url=fields["url"],
        title=title,
        publisher=fields["publisher"],
        author=fields["author"],
        published=fields["published"],
        added_at=item.added_at or datetime.now(UTC).isoformat(timespec="seconds"),
    )
    sentences = rank(body, title_terms)
    found = mentions(body, fields["title"], index, screened.cleaned.asides)
    return Prepared(screened, row, sentences, found, title_terms)


def rank(analysed: Sequence[AnalysedSentence], title_terms: Sequence[str]) -> list[SentenceRow]:
    terms = [s.terms for s in analysed]
    scores = score_sentences(terms, title_terms, texts=[s.text for s in analysed])
    order = sorted(range(len(analysed)), key=lambda i: -scores[i])
    position = {i: r for r, i in enumerate(order)}
    return [
        SentenceRow(0, i, s.paragraph, s.text, tuple(terms[i]), scores[i], position[i])
        for i, s in enumerate(analysed)
    ]


def mentions(
    analysed: Sequence[AnalysedSentence],
    title: str | None,
    index: EntityIndex,
    asides: Sequence[str] = (),
) -> list[MentionRow]:
    """Mentions of the body's sentences, and the chips a stated headline
    names (sentence index -1). The page's other lines (related headlines, a
    report's short points, a sub-headline) add, at index -1, each named chip
    the article does not name elsewhere; a bare brand there ("AWS, 트레이니엄
    … 확대") names no chip."""
    lines = [(s.text, s.tokens) for s in analysed]
    found = index.article_vendored([*lines, *((a, ()) for a in asides)], title)
    rows = [MentionRow(0, i, m.key, m.kind, m.surface, v) for i, m, v in found if i < len(lines)]
    seen = {row.entity for row in rows}
    for i, m, vendor in found:
        entity = index.entities.get(m.key)
        if i < len(lines) or m.kind != CHIP or m.key in seen or (entity and entity.family):
            continue
        seen.add(m.key)
        rows.append(MentionRow(0, -1, m.key, m.kind, m.surface, vendor))
    return sorted(rows, key=lambda row: row.sentence_idx)  # in sentence order, as folds read them


def fallback_title(analysed: Sequence[AnalysedSentence]) -> str:
    """When the text states no headline: its first sentence, shortened."""
    if not analysed:
        return "(제목 없음)"
    first = analysed[0].text
    return first if len(first) <= 60 else first[:59].rstrip() + "…"


def batches(
    ready: Iterable[tuple[Screened, list[AnalysedSentence]]], index: EntityIndex, size: int
) -> Iterator[list[Prepared]]:
    """Step 3 over the stream, in groups of ``size`` for step 4."""
    chunk: list[Prepared] = []
    for screened, with_title in ready:
        chunk.append(prepare(screened, with_title, index))
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
