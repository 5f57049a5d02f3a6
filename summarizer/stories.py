"""Stories at ingest: each new article joins the story it retells or starts one.

Online clustering (single pass, as in news-thread detection, Allan et al.,
"Topic Detection and Tracking", 1998): the new article's TF-IDF vector
(:mod:`summarizer.story_features`) is compared with the articles of the last
``window_days`` that share one of its top terms or entities. Candidates come
from an inverted index in the store (``story_postings``: the top
``INDEX_TERMS`` features of every article, each term's postings read newest
first and capped), so the cost per article stays flat as the store grows.
Document frequencies are kept incrementally (``story_df``).

* A candidate whose MinHash containment (:mod:`summarizer.minhash`) is at
  least ``SAME_STORY`` is a near-copy and always joins.
* Otherwise the article joins the story of its most similar candidate when
  the cosine reaches ``JOIN``.
* When it also reaches ``JOIN`` with an article of another story, it bridges
  them and the stories merge (the older story id wins).

A story's id is the id of its first article. Membership is
``article_extra.story``. The thresholds were tuned on a labelled day
(``tests/data/day1``, ``benchmarks/story_threshold.py``).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime

from .db import register
from .minhash import SAME_STORY, Signature, best_match
from .store import ExtraRow, Store
from .story_codec import decode, encode
from .story_features import (
    VECTOR_TERMS,
    idf,
    norm,
    top_terms,
    weighted,
    weighted_cosine,
)

JOIN = 0.26
MERGE = 0.37
AVERAGE = 0.0  # weight of the average link against the best link (the grid chose 0)
INDEX_TERMS = 12
FREQUENT = 6
POSTINGS_PER_TERM = 100
MAX_CANDIDATES = 60
DAY = 86400.0
_DECODED = 20000  # decoded vectors kept (about the articles of a few days)

_SCHEMA = """
CREATE TABLE IF NOT EXISTS story_vectors (
    article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    t          REAL NOT NULL,
    published  REAL,
    vector     TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS story_postings (
    term       TEXT NOT NULL,
    t          REAL NOT NULL,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    PRIMARY KEY (term, t, article_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS story_postings_article ON story_postings(article_id);
CREATE TABLE IF NOT EXISTS story_df (
    term TEXT PRIMARY KEY,
    df   INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS article_extra_shingles ON article_extra(shingles)
"""


# A compact vector (issue 14, :mod:`summarizer.story_codec`): new rows keep
# ``terms`` and ``weights`` and an empty ``vector``; rows written before keep
# their JSON ``vector``.
_COMPACT = (
    "ALTER TABLE story_vectors ADD COLUMN terms TEXT; "
    "ALTER TABLE story_vectors ADD COLUMN weights BLOB",
    "ALTER TABLE story_vectors ADD COLUMN IF NOT EXISTS terms TEXT; "
    "ALTER TABLE story_vectors ADD COLUMN IF NOT EXISTS weights BYTEA",
)

MIGRATIONS = register("stories", _SCHEMA, _COMPACT)


def published_time(published: str | None) -> float | None:
    """A stated publication date in epoch seconds (noon UTC: the date has no time)."""
    if published:
        try:
            day = datetime.fromisoformat(published[:10])
        except ValueError:
            return None
        return day.replace(hour=12, tzinfo=UTC).timestamp()
    return None


def added_time(added_at: str) -> float:
    moment = datetime.fromisoformat(added_at)
    return (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).timestamp()


def article_time(published: str | None, added_at: str) -> float:
    """When an article happened: its stated publication date or, without
    one, when it was added."""
    stated = published_time(published)
    return stated if stated is not None else added_time(added_at)


@dataclass(frozen=True)
class Assignment:
    story: int
    similarity: float | None  # with the closest article of the story
    merged: tuple[int, ...] = ()  # other stories this article bridged into it


def story_scores(sims: Mapping[int, float], stories: Mapping[int, int]) -> dict[int, float]:
    """Each candidate story's similarity to the new article: the mean of
    the best link and the average link over its articles among the
    candidates (a near-copy counts 1). The average keeps one article that
    also discusses a neighbouring event (a foundry story naming TSMC) from
    pulling a new story in; the best link lets a story grow from its first
    articles."""
    links: dict[int, list[float]] = {}
    for other, sim in sims.items():
        links.setdefault(stories[other], []).append(sim)
    return {
        story: (1 - AVERAGE) * max(values) + AVERAGE * sum(values) / len(values)
        for story, values in links.items()
    }


class StoryIndex:
    """The story tables of one store."""

    def __init__(self, store: Store, window_days: float = 3.0) -> None:
        self.store = store
        self.window_days = window_days
        store.migrate(MIGRATIONS)
        # Within one write transaction (:meth:`batch`): document counts read
        # or written so far, and the stored document total (None: not read).
        self._df: dict[str, int] | None = None
        self._documents: tuple[int | None] | None = None
        self._counted: dict[str, int] | None = None  # counts not yet written (batch)
        self._vectors: dict[tuple[str, bytes], dict[str, float]] = {}  # stored → decoded
        self.fresh: list[str] = []  # terms new to the store since last taken (Corpus)

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Remember document counts while a write transaction assigns many
        articles (no other writer can change them meanwhile); the same
        answers as reading them for every article, with fewer queries. The
        counts the batch adds are written once, at its end (inside the
        transaction), not per article."""
        self._df, self._documents, self._counted = {}, None, {}
        try:
            yield
            self._save_counts()
        finally:
            self._df, self._documents, self._counted = None, None, None

    def _save_counts(self) -> None:
        if not self._counted or self._documents is None:
            return
        with self.store.transaction() as db:
            db.executemany(
                "INSERT INTO story_df(term, df) VALUES (?, ?) "
                "ON CONFLICT(term) DO UPDATE SET df = df + excluded.df",
                list(self._counted.items()),
            )
            db.execute(
                "INSERT OR REPLACE INTO meta(key, value) VALUES ('story_documents', ?)",
                (str(self._documents[0]),),
            )
        self._counted.clear()

    # ---------------------------------------------------------- assign
    def assign(
        self,
        article_id: int,
        features: Mapping[str, float],
        t: float,
        published: float | None,
        sig: Signature,
        overrides: str | None = None,
    ) -> Assignment:
        """Put a stored article into its story (and index it for the next).
        ``t`` is when it was added: the window is read on it, as the stated
        publication date is often missing or unreadable; two articles that
        both state dates further apart than the window never join."""
        self._forget(article_id)
        self._count_document(features)
        idfs = self._idfs(features, fresh=self.fresh)
        vector = weighted(features, idfs)
        strongest = top_terms(vector, max(VECTOR_TERMS, INDEX_TERMS))  # sorted once
        kept = {term: features[term] for term in strongest[:VECTOR_TERMS]}
        # The rarest strong terms find the story in a large store; the most
        # frequent ones (title, lead, entities) in a young store whose counts
        # say little yet.
        query = list(dict.fromkeys(strongest[:INDEX_TERMS] + top_terms(features, FREQUENT)))
        candidates = self._candidates(query, t, article_id)
        decision = self._decide(article_id, vector, candidates, sig, published)
        extra = ExtraRow(
            article_id, overrides, sig.shingles, sig.stored(), decision.story, decision.similarity
        )
        self.store.save_extra(extra)
        terms, weights = encode(kept)
        self._vectors[terms, weights] = kept
        with self.store.transaction() as db:
            db.execute(
                "INSERT OR REPLACE INTO story_vectors"
                "(article_id, t, published, vector, terms, weights) VALUES (?,?,?,'',?,?)",
                (article_id, t, published, terms, weights),
            )
            db.executemany(
                "INSERT OR IGNORE INTO story_postings(term, t, article_id) VALUES (?,?,?)",
                [(term, t, article_id) for term in query],
            )
            for old in decision.merged:
                db.execute(
                    "UPDATE article_extra SET story = ? WHERE story = ?", (decision.story, old)
                )
        return decision

    def _forget(self, article_id: int) -> None:
        with self.store.transaction() as db:
            db.execute("DELETE FROM story_postings WHERE article_id = ?", (article_id,))
            db.execute("DELETE FROM story_vectors WHERE article_id = ?", (article_id,))

    def _count_document(self, features: Mapping[str, float]) -> None:
        if self._counted is not None and self._df is not None:  # a batch: kept in memory
            stored = self._stored_documents()
            self._documents = (stored + 1 if stored is not None else 1,)
            counted, known = self._counted, self._df
            for term in features:
                counted[term] = counted.get(term, 0) + 1
                if term in known:
                    known[term] += 1
            return
        with self.store.transaction() as db:
            db.executemany(
                "INSERT INTO story_df(term, df) VALUES (?, 1) "
                "ON CONFLICT(term) DO UPDATE SET df = df + 1",
                [(term,) for term in features],
            )
            stored = self._stored_documents()
            documents = stored + 1 if stored is not None else 1
            db.execute(
                "INSERT OR REPLACE INTO meta(key, value) VALUES ('story_documents', ?)",
                (str(documents),),
            )
        if self._df is not None:
            self._documents = (documents,)
            known = self._df
            for term in features:
                if term in known:
                    known[term] += 1

    def _stored_documents(self) -> int | None:
        if self._documents is not None:
            return self._documents[0]
        value = self.store.get_meta("story_documents")
        documents = int(value) if value is not None else None
        if self._df is not None:
            self._documents = (documents,)
        return documents

    def _idfs(
        self, *vectors: Mapping[str, float], fresh: list[str] | None = None
    ) -> dict[str, float]:
        """Each term's idf; ``fresh`` hears of the terms counted once (new
        to the store: :mod:`summarizer.query_vocab` analyses them)."""
        terms = {t for v in vectors for t in v}
        stored = self._stored_documents()
        documents = stored if stored is not None else 1
        found: dict[str, int] = self._df if self._df is not None else {}
        missing = [t for t in terms if t not in found]
        for start in range(0, len(missing), 500):
            chunk = missing[start : start + 500]
            rows = self.store.query(
                f"SELECT term, df FROM story_df WHERE term IN ({','.join('?' * len(chunk))})",
                chunk,
            )
            found.update({t: 0 for t in chunk})
            found.update({str(a): int(b) for a, b in rows})
            if self._counted:  # this batch's counts, not yet written
                for t in chunk:
                    found[t] += self._counted.get(t, 0)
        by_count: dict[int, float] = {}  # many terms share a count: one log each
        out: dict[str, float] = {}
        for term in terms:
            df = found[term]
            if df == 1 and fresh is not None:
                fresh.append(term)
            value = by_count.get(df)
            if value is None:
                value = by_count[df] = idf(df, documents)
            out[term] = value
        return out

    def _decoded(self, vector: str, terms: str | None, weights: bytes | None) -> dict[str, float]:
        """A stored vector, decoded once: vectors are read again and again
        as candidates of the next articles."""
        compact = terms is not None and weights is not None
        key = (str(terms), bytes(weights or b"")) if compact else (vector, b"")  # JSON: before
        found = self._vectors.get(key)
        if found is None:
            if len(self._vectors) >= _DECODED:
                self._vectors.clear()
            found = self._vectors[key] = decode(terms, weights, vector)
        return found

    def _candidates(self, query: Sequence[str], t: float, article_id: int) -> list[int]:
        """Recent articles (within the window) sharing the most top terms,
        rare ones first; each term's postings are read newest first and capped
        (one query: each term's capped read is a subquery of its own)."""
        if not query:
            return []
        low, high = t - (self.window_days + 1) * DAY, t + (self.window_days + 1) * DAY
        rows = self.store.query(
            " UNION ALL ".join(
                f"SELECT {i} AS q, article_id FROM (SELECT article_id FROM story_postings "
                f"WHERE term = ? AND t BETWEEN ? AND ? ORDER BY t DESC LIMIT ?) AS p{i}"
                for i in range(len(query))
            ),
            [value for term in query for value in (term, low, high, POSTINGS_PER_TERM)],
        )
        postings: list[list[int]] = [[] for _ in query]
        for q, other in rows:
            postings[int(q)].append(int(other))
        hits: dict[int, float] = {}
        for others in postings:
            # a shared rare term says more than a shared common one
            weight = 1.0 + 1.0 / max(1, len(others))
            for other in others:
                if other != article_id:
                    hits[other] = hits.get(other, 0.0) + weight
        # the most hits first, then the newest: plain tuples, no key function
        ranked = sorted([(-w, -other) for other, w in hits.items()])
        return [-negated for _, negated in ranked[:MAX_CANDIDATES]]

    def _decide(
        self,
        article_id: int,
        vector: Mapping[str, float],
        candidates: Sequence[int],
        sig: Signature,
        published: float | None,
    ) -> Assignment:
        if not candidates:
            return Assignment(article_id, None)
        marks = ",".join("?" * len(candidates))
        rows = self.store.query(
            "SELECT v.article_id, v.vector, e.story, e.shingles, e.signature, v.published, "
            "v.terms, v.weights "
            "FROM story_vectors v JOIN article_extra e ON e.article_id = v.article_id "
            f"WHERE v.article_id IN ({marks})",
            list(candidates),
        )
        span = (self.window_days + 1) * DAY
        if published is not None:
            rows = [r for r in rows if r[5] is None or abs(float(r[5]) - published) <= span]
        features = {int(r[0]): self._decoded(str(r[1]), r[6], r[7]) for r in rows}
        stories = {int(r[0]): int(r[2]) for r in rows}
        idfs = self._idfs(*features.values())
        size = norm(vector)
        sims = {a: weighted_cosine(vector, size, f, idfs) for a, f in features.items()}
        copy = best_match(sig, [(int(r[0]), Signature(int(r[3]), bytes(r[4]))) for r in rows])
        if copy is not None and copy[1] >= SAME_STORY:
            sims[copy[0]] = max(sims.get(copy[0], 0.0), 1.0)
        best = story_scores(sims, stories)
        if published is not None:  # the window holds for the whole story, not one link
            best = {s: v for s, v in best.items() if self._dated_within(s, published)}
        ranked = sorted(best, key=lambda s: (-best[s], s))
        if not ranked or best[ranked[0]] < JOIN:
            return Assignment(article_id, None)
        # A second story merges in only when the article is close to it too:
        # a weak link to a neighbouring story (same company, another event)
        # must not chain two stories together.
        bridged = [s for s in ranked[1:] if best[s] >= MERGE]
        target = min([ranked[0], *bridged])
        merged = tuple(s for s in [ranked[0], *bridged] if s != target)
        return Assignment(target, round(best[ranked[0]], 3), merged)

    def _dated_within(self, story: int, published: float) -> bool:
        """Whether every stated date in ``story`` is within the window of
        ``published`` (an undated article links stories, not months)."""
        low, high = self.store.query(
            "SELECT min(v.published), max(v.published) FROM article_extra e "
            "JOIN story_vectors v ON v.article_id = e.article_id WHERE e.story = ?",
            (story,),
        )[0]
        span = (self.window_days + 1) * DAY
        return low is None or (published - span <= float(low) and float(high) <= published + span)

    # ------------------------------------------------------------ reads
    def clear(self) -> None:
        """Forget every vector, posting and count (before a rebuild)."""
        with self.store.transaction() as db:
            db.execute("DELETE FROM story_postings")
            db.execute("DELETE FROM story_vectors")
            db.execute("DELETE FROM story_df")
            db.execute("DELETE FROM meta WHERE key = 'story_documents'")
            db.execute("UPDATE article_extra SET story = article_id, similarity = NULL")
        if self._counted is not None:  # inside a batch: nothing counted before is left
            self._df, self._documents, self._counted = {}, None, {}
