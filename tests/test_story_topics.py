"""The stories about a topic (``/summary WORD``, ``/stories WORD``, a chat's
topics in its briefing and alerts) are read without the other stories'
articles (``about_only``, issue 14): the same stories, ranked and filled the
same as when every story of the window is read, on real stored rows."""

from __future__ import annotations

import shutil
from datetime import datetime, timedelta
from pathlib import Path

from summarizer.corpus import Corpus
from summarizer.entities import CHIP
from summarizer.store import Store
from summarizer.story_members import newest_happened, story_ids
from summarizer.story_view import Period, Story, _happened, members, recent_stories, stories_of

DAY1 = Path(__file__).resolve().parent / "data" / "day1"
# keywords, words no article holds, a word with no content term
WORDS = ["반도체", "수출", "전력 수요", "HBM", "파운드리 2나노", "없는낱말", "의", "!!"]


def _view(found: list[Story]) -> list[tuple[object, ...]]:
    return [
        (s.id, s.score, s.topic, s.new, s.followup, s.headline, s.entities, repr(s.as_json()))
        for s in found
    ]


def _topics(corpus: Corpus) -> list[list[str]]:
    named = [s.name for s in corpus.entity_stats(CHIP)[:4]]
    named += [s.name for s in corpus.entity_stats("company")[:4]]
    return [[n] for n in named] + [w.split() for w in WORDS] + [[named[0], "수출"]]


def _both(corpus: Corpus, topics: list[str], limit: int | None) -> None:
    def about(s: Story) -> bool:
        return s.topic > 0

    every = recent_stories(corpus, Period(), topics=topics, limit=limit, keep=about)
    only = recent_stories(corpus, Period(), topics=topics, limit=limit, keep=about, about_only=True)
    assert _view(only) == _view(every), topics


def test_about_only_reads_the_same_stories(day1_store: Path) -> None:
    corpus = Corpus(Store(day1_store))
    found = 0
    for topics in _topics(corpus):
        for limit in (None, 3, 1):
            _both(corpus, topics, limit)
        found += len(recent_stories(corpus, Period(), topics=topics, keep=lambda s: s.topic > 0))
    assert found > 20  # the topics find stories, several of several articles
    corpus.store.close()


def test_about_only_since_a_moment_and_a_strong_topic(day1_store: Path) -> None:
    """The briefing's form: seeds given, a moment before which a story is a
    follow-up (or stale), and a caller's own test on top of ``topic > 0``."""
    corpus = Corpus(Store(day1_store))
    seeds = [int(r[0]) for r in corpus.store.query("SELECT id FROM articles ORDER BY id")]
    newest = corpus.store.query("SELECT max(added_at) FROM articles")[0][0]
    for hours in (0, 1, 24 * 400):
        since = datetime.fromisoformat(newest) - timedelta(hours=hours)
        for topics in _topics(corpus)[:6]:
            runs = [
                stories_of(
                    corpus,
                    seeds[len(seeds) // 3 :],
                    since=since,
                    topics=topics,
                    limit=4,
                    keep=lambda s: s.topic > 0 and len(s.outlets) >= 2,
                    about_only=about_only,
                )
                for about_only in (False, True)
            ]
            assert _view(runs[1]) == _view(runs[0])
    corpus.store.close()


def test_newest_happened_is_the_newest_of_every_story(day1_store: Path) -> None:
    corpus = Corpus(Store(day1_store))
    seeds = [int(r[0]) for r in corpus.store.query("SELECT id FROM articles")]
    stories = members(corpus, story_ids(corpus, seeds))
    assert len(stories) < len(seeds)  # stories of several articles
    expected = max(_happened(Story(sid, srcs, [])) for sid, srcs in stories.items())
    assert newest_happened(corpus, seeds) == expected  # the same float
    corpus.store.close()


def test_an_article_without_a_stored_vector_reads_every_story(
    day1_store: Path, tmp_path: Path
) -> None:
    path = tmp_path / "copy.sqlite3"
    shutil.copy(day1_store, path)
    corpus = Corpus(Store(path))
    seeds = [int(r[0]) for r in corpus.store.query("SELECT id FROM articles")]
    with corpus.store.transaction() as db:
        db.execute("DELETE FROM story_vectors WHERE article_id = ?", (seeds[3],))
    assert newest_happened(corpus, seeds) is None
    for topics in _topics(corpus)[:5]:
        _both(corpus, topics, 3)
    corpus.store.close()


def test_about_only_on_both_backends(store_target: str) -> None:
    corpus = Corpus(Store(store_target))
    names = ["007_hankyung.txt", "012_dt.txt", "005_yna.txt", "006_mk.txt", "003_news1.txt"]
    names += ["001_thelec.txt", "008_thelec.txt", "010_newsis.txt"]
    for name in names:
        data = (DAY1 / name).read_bytes()
        try:
            corpus.add_text(data.decode("utf-8"))
        except UnicodeDecodeError:  # a CP949 file of the labelled day
            corpus.add_text(data.decode("cp949"))
    for topics in (["삼성전자"], ["반도체"], ["전력 수요"], ["없는낱말"], ["HBM", "수출"]):
        _both(corpus, topics, None)
        _both(corpus, topics, 2)
    assert recent_stories(corpus, Period(), topics=["삼성전자"], about_only=True)
    corpus.store.close()


def test_a_remembered_gist_is_the_gist_picked_again(day1_store: Path) -> None:
    from summarizer import story_view

    corpus = Corpus(Store(day1_store))
    story_view._GISTS.clear()
    first = _view(recent_stories(corpus, Period()))
    assert story_view._GISTS  # remembered, by titles and sentences
    corpus.store.set_meta("touched", "1")  # a write: the replies are read again
    assert _view(recent_stories(corpus, Period())) == first
    story_view._GISTS.clear()
    assert _view(recent_stories(corpus, Period())) == first
    corpus.store.close()


def test_an_unreadable_stated_date_counts_as_stated(tmp_path: Path) -> None:
    """An article whose stated date cannot be read ("어제") still states
    one: its story happened when the article was added, as the ranking
    computes it from the articles."""
    corpus = Corpus(Store(tmp_path / "u.sqlite3"))
    names = ["007_hankyung.txt", "012_dt.txt", "005_yna.txt", "006_mk.txt"]
    for n, name in enumerate(names):
        data = (DAY1 / name).read_bytes()
        try:
            raw = data.decode("utf-8")
        except UnicodeDecodeError:
            raw = data.decode("cp949")
        corpus.add_text(raw, overrides={"published": "어제"} if n % 2 else None)
    assert corpus.store.query("SELECT count(*) FROM articles WHERE published = '어제'")[0][0] == 2
    seeds = [int(r[0]) for r in corpus.store.query("SELECT id FROM articles")]
    stories = members(corpus, story_ids(corpus, seeds))
    expected = max(_happened(Story(sid, srcs, [])) for sid, srcs in stories.items())
    assert newest_happened(corpus, seeds) == expected
    for topics in (["삼성전자"], ["반도체"], ["HBM", "수출"]):
        _both(corpus, topics, None)
    corpus.store.close()
