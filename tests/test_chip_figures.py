"""Figures kept at ingest (summarizer.figure_rows) and the reads of
``/chips NAME`` and the daily briefing that use them (issue 14): the same
replies as finding the figures in the sentences and reading every context."""

import shutil
from datetime import date
from pathlib import Path

from handlers import Context, dispatch, parse
from handlers.briefing import BRIEFING_SCAN, daily_briefing, new_article_ids
from summarizer import figure_rows, summarize
from summarizer.corpus import Corpus
from summarizer.entities import CHIP
from summarizer.store import Store

DATA = Path(__file__).parent / "data"
DAY1 = DATA / "day1"
# articles that state figures about several chips each (labelled sets)
FIGURES = ["extract_dev2/d23_table.txt", "extract_dev12/q12_khan_power.txt"]
FIGURES += ["extract_dev10/p07_chosunbiz_furiosa.txt", "extract_dev12/q17_sbsbiz_hbm.txt"]
FIGURES += ["extract_dev4/e33_busan_cp949.txt"]


def _copy(day1_store: Path, tmp_path: Path) -> Corpus:
    path = tmp_path / "day1.sqlite3"
    shutil.copy(day1_store, path)
    return Corpus(Store(path))


def _cards(corpus: Corpus, names: list[str]) -> dict[str, str]:
    context = Context(corpus)
    out = {}
    for name in names:
        for language in ("ko", "en"):
            reply = dispatch(parse(f"/chips {name}", language=language), context)  # type: ignore[arg-type]
            out[f"{name} {language}"] = repr((reply, dict(reply.data)))
    return out


def _kept_and_found(corpus: Corpus) -> tuple[dict[str, str], dict[str, str]]:
    """Every chip's card from the kept figures, and found in the sentences."""
    names = [s.name for s in corpus.entity_stats(CHIP)]
    assert figure_rows.complete(corpus.store)
    kept = _cards(corpus, names)
    corpus.store.set_meta(figure_rows.META_KEY, "0")  # not kept: read the sentences
    found = _cards(corpus, names)
    figure_rows.fill(corpus.store)
    return kept, found


def _table(store: Store) -> list[tuple[object, ...]]:
    return store.query(
        "SELECT entity, article_id, sentence_idx, seq, kind, text FROM chip_figures "
        "ORDER BY entity, article_id, sentence_idx, seq"
    )


def test_kept_figures_give_the_same_cards(day1_store: Path, tmp_path: Path) -> None:
    corpus = _copy(day1_store, tmp_path)
    kept, found = _kept_and_found(corpus)
    assert kept == found
    assert any("'figures': [{" in card for card in kept.values())
    corpus.store.close()


def test_fill_writes_what_ingest_wrote(day1_store: Path, tmp_path: Path) -> None:
    corpus = _copy(day1_store, tmp_path)
    written = _table(corpus.store)
    assert written
    corpus.store.set_meta(figure_rows.META_KEY, "0")  # another version's rows
    corpus.store.close()
    reopened = Corpus(Store(tmp_path / "day1.sqlite3"))  # fills them again on opening
    assert figure_rows.complete(reopened.store)
    assert _table(reopened.store) == written
    reopened.store.close()


def test_contexts_read_lazily_are_the_contexts_of_every_sentence(day1_store: Path) -> None:
    corpus = Corpus(Store(day1_store))
    for stats in corpus.entity_stats(CHIP):
        for limit in (300, 3):
            sentences = corpus.mention_sentences(stats.key, limit)
            best = sorted(sentences, key=lambda s: -s.score)
            every = summarize.select([(s, s.score) for s in best], 5, 2) or best[:5]
            window = corpus.mention_keys(stats.key, limit)
            assert [(a, i) for a, i, _ in window] == [(s.article_id, s.idx) for s in sentences]
            lazy = summarize.mention_contexts(corpus, window, 5, 2)
            assert lazy == sorted(every, key=lambda s: (s.article_id, s.idx))
    corpus.store.close()


def test_kept_figures_on_both_backends(store_target: str) -> None:
    corpus = Corpus(Store(store_target))
    names = [f"day1/{n}" for n in ("007_hankyung.txt", "012_dt.txt", "005_yna.txt")]
    for name in names + FIGURES:
        data = (DATA / name).read_bytes()
        try:
            corpus.add_text(data.decode("utf-8"))
        except UnicodeDecodeError:  # a CP949 file of the labelled day
            corpus.add_text(data.decode("cp949"))
    kept, found = _kept_and_found(corpus)
    assert kept == found
    rows = _table(corpus.store)
    assert len({r[0] for r in rows}) >= 8  # figures about eight chips or more
    assert sum("'figures': [{" in card for card in kept.values()) >= 16
    gone = int(str(rows[0][1]))
    corpus.store.delete_article(gone)  # its rows go with it
    assert all(r[1] != gone for r in _table(corpus.store))
    kept, found = _kept_and_found(corpus)
    assert kept == found
    corpus.store.close()


def test_the_briefing_is_kept_until_the_store_changes(day1_store: Path, tmp_path: Path) -> None:
    corpus = _copy(day1_store, tmp_path)
    context = Context(corpus)
    ids = new_article_ids(corpus, None, BRIEFING_SCAN)
    first = daily_briefing(context, article_ids=ids, day=date(2026, 1, 5), since=None)
    again = daily_briefing(context, article_ids=ids, day=date(2026, 1, 5), since=None)
    assert again is first
    english = daily_briefing(
        context, article_ids=ids, day=date(2026, 1, 5), since=None, language="en"
    )
    assert english is not first and english.title != first.title
    corpus.store.set_meta("bench", "1")  # any commit: built again, the same
    rebuilt = daily_briefing(context, article_ids=ids, day=date(2026, 1, 5), since=None)
    assert rebuilt is not first and rebuilt == first
    corpus.store.close()
