"""Sentence text and lemmas packed per article (issue 14, store migrations
5 and 6): a store of the previous layout upgrades in place and answers exactly
as before; the full-text index matches lemmas exactly and follows removals
and re-analysis; unpacked bodies are never stale."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from bot.adapters.console import ask
from handlers import Context
from summarizer.corpus import Corpus
from summarizer.db import registered
from summarizer.store import MIGRATIONS, MentionRow, SentenceRow, Store
from summarizer.store_pack import pack_sentences, unpack_sentences
from summarizer.store_text import fts_text, fts_token

COMMANDS = [
    "/summary",
    "/summary 1",
    "/summary 3",
    "/summary 엔비디아",
    "/summary 전력 수요",
    "/summary 반도체 수출",
    "/chips",
    "/chips H800",
    "/sources",
    "/stories",
    "/trend 엔비디아",
]
# What the previous version kept: an external-content index fed by triggers.
_OLD_INDEX = (
    """CREATE VIRTUAL TABLE sentences_fts USING fts5(
        terms, content='sentences', content_rowid='rowid', detail=none, columnsize=0,
        tokenize="unicode61 remove_diacritics 0 categories 'L* N* Co M* P* S*'")""",
    """CREATE TRIGGER sentences_fts_insert AFTER INSERT ON sentences BEGIN
        INSERT INTO sentences_fts(rowid, terms) VALUES (new.rowid, new.terms); END""",
    """CREATE TRIGGER sentences_fts_delete AFTER DELETE ON sentences BEGIN
        INSERT INTO sentences_fts(sentences_fts, rowid, terms)
        VALUES ('delete', old.rowid, old.terms); END""",
)


def _answers(corpus: Corpus) -> list[str]:
    context = Context(corpus)
    return [ask(text, context, as_json=j) for text in COMMANDS for j in (False, True)]


def _old_layout(source: Corpus, path: Path) -> None:
    """``source``'s rows in the layout before store migration 5: text and
    lemmas in every sentence row, rowid tables, the old full-text index."""
    old = Store(path, migrate=False)
    old.migrate([m for m in registered() if m.component != "store" or m.version < 5])
    old.close()
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("ATTACH ? AS new", (str(source.store.path),))
    db.execute("BEGIN")
    for (table,) in db.execute(
        "SELECT name FROM new.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND name IN (SELECT name FROM main.sqlite_master) AND name NOT IN "
        "('sentences', 'mentions', 'schema_migrations')"  # entity_agg, FTS: rebuilt
    ).fetchall():
        columns = ", ".join(r[1] for r in db.execute(f"PRAGMA new.table_info({table})"))
        db.execute(f"DELETE FROM main.{table}")
        db.execute(f"INSERT INTO main.{table}({columns}) SELECT {columns} FROM new.{table}")
    db.execute(
        "INSERT INTO main.mentions SELECT article_id, sentence_idx, entity, kind, surface, "
        "vendor FROM new.mentions ORDER BY article_id, seq"
    )
    for statement in _OLD_INDEX:
        db.execute(statement)
    db.executemany(
        "INSERT INTO main.sentences VALUES (?,?,?,?,?,?,?)",
        [
            (s.article_id, s.idx, s.paragraph, s.text, " ".join(s.terms), s.score, s.rank)
            for a in source.store.articles()
            for s in source.store.sentences(a.id)
        ],
    )
    db.execute("UPDATE main.meta SET value = '4' WHERE key = 'index'")
    db.execute("COMMIT")
    db.close()


def test_a_store_of_the_previous_layout_upgrades_and_answers_the_same(
    bundled: Corpus, tmp_path: Path
) -> None:
    path = tmp_path / "old.sqlite3"
    _old_layout(bundled, path)
    upgraded = Corpus(Store(path))
    assert _answers(upgraded) == _answers(bundled)
    store = upgraded.store
    assert {(m.component, m.version) for m in MIGRATIONS} <= {
        (str(c), int(v)) for c, v in store.query("SELECT component, version FROM schema_migrations")
    }
    indexes = {str(r[0]) for r in store.query("SELECT name FROM sqlite_master")}
    assert "mentions_article" not in indexes  # the key of the mentions starts with it
    # the old rows keep their text; a new article is packed; both are found
    assert store.query("SELECT count(*) FROM sentences WHERE text = ''") == [(0,)]
    new_id, added = upgraded.add_text("엔비디아 새 칩\n\n엔비디아는 새 칩의 전력 수요를 줄였다.\n")
    assert added and store.query("SELECT count(*) FROM sentence_pack") == [(1,)]
    found = {s.article_id for s in store.search_terms(["엔비디아"], 1000)}
    assert new_id in found and found & {a.id for a in bundled.store.articles()}


def _searchable(store: Store) -> None:
    """The index finds exactly the sentences whose lemmas hold each term."""
    every = [s for a in store.articles() for s in store.sentences(a.id)]
    for term in {t for s in every for t in s.terms}:
        expected = {(s.article_id, s.idx) for s in every if term in s.terms}
        assert {(s.article_id, s.idx) for s in store.search_terms([term], 100_000)} == expected


def _article(store: Store, title: str, terms: list[tuple[str, ...]], replace: int | None) -> int:
    from summarizer.store import ArticleRow

    row = ArticleRow(0, title, None, None, title, None, None, None, "2026-01-01T00:00:00+00:00")
    sentences = [SentenceRow(0, i, 0, f"{title} 문장 {i}.", t, 0.5, i) for i, t in enumerate(terms)]
    mentions = [MentionRow(0, 0, "엔비디아", "company", "엔비디아", None)]
    return store.save_article(row, title, sentences, mentions, replace_id=replace)


def test_the_index_matches_lemmas_exactly_and_follows_changes(tmp_path: Path) -> None:
    store = Store(tmp_path / "s.sqlite3")
    odd = ("NVIDIA", 'a"b', "x\u200by", "전력", "h100")  # folded or split by FTS5 as text
    first = _article(store, "하나", [odd, ("nvidia", "수요")], None)
    second = _article(store, "둘", [("전력", "x"), ()], None)
    _searchable(store)
    assert {s.article_id for s in store.search_terms(["nvidia"], 10)} == {first}
    assert [s.idx for s in store.search_terms(["NVIDIA"], 10)] == [0]
    assert store.search_terms(["x"], 10)[0].article_id == second  # not the x of "x\u200by"
    _article(store, "하나", [("수요",)], first)  # re-analysed in place
    _searchable(store)
    store.delete_article(second)
    _searchable(store)
    assert store.search_terms(["전력"], 10) == []
    assert fts_token("전력") == "전력" and fts_token("NVIDIA") != "NVIDIA"


def test_packed_bodies_round_trip_and_are_never_read_stale(tmp_path: Path) -> None:
    texts, terms = ["첫 문장.", "", "셋째 ☃ 문장."], ["첫 문장", "", "셋째 문장"]
    assert unpack_sentences(pack_sentences(texts, terms)) == (texts, terms)
    store = Store(tmp_path / "s.sqlite3")
    article = _article(store, "하나", [("가",), ("나",)], None)
    assert [s.terms for s in store.sentences(article)] == [("가",), ("나",)]
    other = Store(tmp_path / "s.sqlite3")  # another connection rewrites it
    _article(other, "하나", [("다",)], article)
    assert [s.terms for s in store.sentences(article)] == [("다",)]
    assert store.raw_text(article) == "하나"


def test_the_plain_character_regex_is_the_plain_set() -> None:
    from summarizer.store_text import _NOT_PLAIN

    plain = set("abcdefghijklmnopqrstuvwxyz0123456789!#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")
    for code in range(0x30000):
        if 0xD800 <= code <= 0xDFFF:
            continue
        char = chr(code)
        spec = char in plain or "\uac00" <= char <= "\ud7a3" or "\u4e00" <= char <= "\u9fff"
        assert (_NOT_PLAIN.search(char) is None) == spec, hex(code)


def test_index_text_of_plain_and_other_lemmas() -> None:
    def slow(terms: str) -> str:
        return " ".join(fts_token(t) for t in terms.split(" ") if t)

    for terms in (
        "전력 수요 h100",
        "",
        " 전력",
        "전력 ",
        "전력  수요",
        "NVIDIA 칩",
        'a"b 칩',
        "é 칩",
    ):
        assert fts_text(terms) == slow(terms)
