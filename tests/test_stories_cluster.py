"""Online story clustering (summarizer.stories): features, links, merges,
the time window and the bounded candidate search, on real stored rows."""

from __future__ import annotations

from pathlib import Path

import pytest

from summarizer import stories
from summarizer.corpus import Corpus
from summarizer.minhash import Signature
from summarizer.store import ArticleRow, Store
from summarizer.story_features import article_features, cosine
from summarizer.story_link import byline_words

DAY1 = Path(__file__).resolve().parent / "data" / "day1"
NO_SIG = Signature(0, b"")


def _article(store: Store, n: int, published: str | None = None) -> int:
    row = ArticleRow(
        0, f"h{n}", None, None, f"t{n}", None, None, published, f"2026-11-24T0{n % 10}:00:00+00:00"
    )
    return store.save_article(row, "", [], [])


def _assign(
    index: stories.StoryIndex, n: int, features: dict[str, float], published: float | None = None
) -> stories.Assignment:
    return index.assign(n, features, 1_800_000_000.0 + n, published, NO_SIG)


def test_features_keep_names_and_numbers_not_verbs_or_bylines() -> None:
    features = article_features(
        ["퀄컴", "2나노", "수주하다"],
        [["삼성전자", "퀄컴", "ap", "수주하다", "디일렉"], ["가격", "3만달러"]],
        {"samsung": 2},
        exclude=byline_words("디일렉", "권태민"),
    )
    assert {"퀄컴", "2나노", "ap", "삼성전자", "3만달러", "@samsung"} <= set(features)
    assert "수주하다" not in features and "디일렉" not in features
    assert features["퀄컴"] > features["ap"]  # title and lead weigh more
    assert cosine(features, features) > 0.999


def test_best_and_average_link(monkeypatch: pytest.MonkeyPatch) -> None:
    sims, members = {1: 0.6, 2: 0.2, 3: 0.3}, {1: 10, 2: 10, 3: 30}
    assert stories.story_scores(sims, members) == {10: 0.6, 30: 0.3}  # the best link (tuned)
    monkeypatch.setattr(stories, "AVERAGE", 0.5)
    scores = stories.story_scores(sims, members)
    assert abs(scores[10] - (0.5 * 0.6 + 0.5 * 0.4)) < 1e-9
    assert abs(scores[30] - 0.3) < 1e-9


def test_join_merge_and_window(empty_corpus: Corpus) -> None:
    store = empty_corpus.store
    index = stories.StoryIndex(store, window_days=3)
    ids = [_article(store, n) for n in range(1, 6)]
    a = {"퀄컴": 3.0, "2나노": 3.0, "수주": 2.0, "스냅드래곤": 2.0}
    b = {"국가ai컴퓨팅센터": 3.0, "해남": 3.0, "삼성sds": 2.0, "우선협상": 2.0}
    assert _assign(index, ids[0], a).story == ids[0]
    assert _assign(index, ids[1], b).story == ids[1]  # nothing shared: a story of its own
    assert _assign(index, ids[2], {**a, "파운드리": 1.0}).story == ids[0]
    bridge = _assign(index, ids[3], {**a, **b})  # tells both: the stories merge
    assert bridge.story == ids[0] and bridge.merged == (ids[1],)
    assert empty_corpus.story_of(ids[1]) == ids[:4]
    # stated dates ten days apart: never one story, however alike
    with store.transaction() as db:
        db.execute("UPDATE story_vectors SET published = 0")
    late = _article(store, 7, "2026-12-20")
    assert _assign(index, late, a, published=10 * stories.DAY).story == late
    close = _article(store, 8, "2026-11-25")
    assert _assign(index, close, a, published=stories.DAY).story == ids[0]


def test_candidates_are_bounded(empty_corpus: Corpus) -> None:
    store = empty_corpus.store
    index = stories.StoryIndex(store)
    for n in range(1, 131):
        _assign(index, _article(store, n), {"반도체": 1.0, f"사건{n}": 3.0})
    found = index._candidates(["반도체"], 1_800_000_200.0, 0)
    assert len(found) == stories.MAX_CANDIDATES and min(found) > 130 - stories.POSTINGS_PER_TERM
    assert 3 not in found  # older than the newest postings of the term
    assert 3 in index._candidates(["반도체", "사건3"], 1_800_000_200.0, 0)


def test_paraphrases_join_and_neighbours_stay_apart(empty_corpus: Corpus) -> None:
    files = [
        "007_hankyung.txt",
        "012_dt.txt",
        "034_fnnews.txt",
        "005_yna.txt",
        "006_mk.txt",
        "003_news1.txt",
    ]
    ids = {}
    for name in files:
        text = (DAY1 / name).read_bytes().decode("utf-8")
        ids[name], _ = empty_corpus.add_text(text)
    foundry = empty_corpus.story_of(ids["007_hankyung.txt"])
    assert sorted(foundry) == sorted(ids[f] for f in files[:3])  # Samsung wins Qualcomm 2nm
    hbm4 = empty_corpus.story_of(ids["005_yna.txt"])
    assert sorted(hbm4) == sorted([ids["005_yna.txt"], ids["006_mk.txt"]])  # HBM4 passes Nvidia
    assert empty_corpus.story_of(ids["003_news1.txt"]) == [
        ids["003_news1.txt"]
    ]  # another HBM event


def test_a_store_from_before_clustering_is_reclustered_once(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    corpus = Corpus(Store(path))
    ids = [
        corpus.add_text((DAY1 / n).read_bytes().decode("utf-8"))[0]
        for n in ("005_yna.txt", "006_mk.txt")
    ]
    with corpus.store.transaction() as db:  # what an older version left: no story tables filled
        db.execute("DELETE FROM story_postings")
        db.execute("DELETE FROM story_vectors")
        db.execute("DELETE FROM story_df")
        db.execute("DELETE FROM meta WHERE key = 'story_documents'")
        db.execute("UPDATE article_extra SET story = article_id")
    corpus.store.close()
    reopened = Corpus(Store(path))
    assert reopened.story_of(ids[1]) == ids
    assert reopened.store.query("SELECT count(*) FROM story_postings")[0][0] > 0
    reopened.store.close()


def test_stories_on_both_backends(store_target: str) -> None:
    """Clustering, the story view and near-copies on SQLite and PostgreSQL."""
    from summarizer.story_view import Period, recent_stories

    corpus = Corpus(Store(store_target))
    names = ["007_hankyung.txt", "012_dt.txt", "005_yna.txt", "006_mk.txt", "003_news1.txt"]
    ids = {n: corpus.add_text((DAY1 / n).read_bytes().decode("utf-8"))[0] for n in names}
    found = recent_stories(corpus, Period(), topics=("삼성전자",))
    groups = sorted(sorted(s.id for s in story.sources) for story in found)
    assert groups == sorted(
        [
            sorted([ids[names[0]], ids[names[1]]]),
            sorted([ids[names[2]], ids[names[3]]]),
            [ids[names[4]]],
        ]
    )
    assert all(story.headline and story.gist for story in found)
    assert corpus.near_copies(list(ids.values())) == set()
    assert corpus.rebuild_stories() == 3
    corpus.store.close()


def test_rank_puts_stale_stories_after_todays_singletons() -> None:
    """Articles just added about something reported months ago (their stated
    dates are old) rank after today's stories, even told by more outlets."""
    from datetime import UTC, datetime

    from summarizer.story_view import Story, StorySource, rank

    def source(sid: int, outlet: str, day: str | None, t: float) -> StorySource:
        return StorySource(sid, None, f"제목 {sid}", outlet, None, day, "2026-11-26", t, 100.0)

    day = 86_400.0
    old = Story(1, [source(i, f"매체{i}", "2025-02-21", 0.0) for i in range(1, 5)], [])
    old.sources.append(source(5, "무명", None, 700 * day))  # undated: added today
    old.outlets = [s.publisher or "" for s in old.sources]
    today = Story(
        2,
        [source(6, "갑", "2026-11-26", 700 * day), source(7, "을", "2026-11-26", 700 * day)],
        ["갑", "을"],
    )
    single = Story(3, [source(8, "병", "2026-11-26", 700 * day)], ["병"])
    since = datetime.fromtimestamp(700 * day - 3600, UTC)
    assert [s.id for s in rank([old, today, single], since)] == [2, 3, 1]
    assert [s.id for s in rank([old, today, single])] == [1, 2, 3]  # no period: outlets first


def _topics(corpus: Corpus) -> list[tuple[list[int], float]]:
    from summarizer.story_view import Period, recent_stories

    found = recent_stories(corpus, Period(), topics=("삼성전자",))
    return sorted((sorted(s.id for s in story.sources), story.topic) for story in found)


def test_a_store_with_json_vectors_upgrades_and_reads_them(tmp_path: Path) -> None:
    """A store written before the compact store (JSON in ``vector``, no
    ``terms``/``weights`` columns, an index on sentence ranks) opens,
    migrates and clusters the same."""
    import json

    from summarizer.story_codec import decode

    names = ["007_hankyung.txt", "012_dt.txt", "005_yna.txt", "006_mk.txt", "003_news1.txt"]
    texts = [(DAY1 / n).read_bytes().decode("utf-8") for n in names]
    fresh = Corpus(Store(tmp_path / "new.sqlite3"))
    new_ids = [fresh.add_text(t)[0] for t in texts]
    path = tmp_path / "old.sqlite3"
    old = Corpus(Store(path))
    ids = [old.add_text(t)[0] for t in texts[:4]]
    with old.store.transaction() as db:
        rows = db.fetchall("SELECT article_id, terms, weights FROM story_vectors")
        for article_id, terms, weights in rows:
            vector = json.dumps(decode(terms, weights), ensure_ascii=False)
            db.execute(
                "UPDATE story_vectors SET vector = ? WHERE article_id = ?", (vector, article_id)
            )
        db.execute("ALTER TABLE story_vectors DROP COLUMN terms")
        db.execute("ALTER TABLE story_vectors DROP COLUMN weights")
        db.execute("DELETE FROM schema_migrations WHERE component = 'stories' AND version = 2")
        db.execute("CREATE INDEX sentences_rank ON sentences(rank, article_id)")
        db.execute("DELETE FROM schema_migrations WHERE component = 'store' AND version = 4")
    old.store.close()
    reopened = Corpus(Store(path))
    ids.append(reopened.add_text(texts[4])[0])
    assert ids == new_ids
    assert reopened.store.query("SELECT count(*) FROM story_vectors WHERE terms IS NULL")[0][0] == 4
    assert [reopened.story_of(i) for i in ids] == [fresh.story_of(i) for i in new_ids]
    assert _topics(reopened) == _topics(fresh)
    indexes = reopened.store.query("SELECT name FROM sqlite_master WHERE type = 'index'")
    assert ("sentences_rank",) not in indexes
    reopened.store.close()
    fresh.store.close()
