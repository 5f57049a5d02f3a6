"""The compact store (issue 14): raw texts packed against their sentences,
and stores written before still read."""

from __future__ import annotations

from pathlib import Path

from summarizer.corpus import Corpus
from summarizer.store import MIGRATIONS, Store
from summarizer.store_pack import pack_raw, unpack_raw

ROOT = Path(__file__).resolve().parent.parent
TEXTS = sorted((ROOT / "corpus").glob("*.txt"))


def test_pack_raw_round_trips_and_refuses_other_sentences() -> None:
    raw = "제목\n\n첫 문장입니다. 둘째 문장입니다.\n\n기자 홍길동"
    sentences = ["첫 문장입니다.", "둘째 문장입니다."]
    packed = pack_raw(raw, sentences)
    assert unpack_raw(packed, sentences) == raw
    assert unpack_raw(pack_raw(raw, []), []) == raw
    try:
        unpack_raw(packed, ["다른 문장입니다."])
    except Exception:  # zlib checks the dictionary's id
        pass
    else:
        raise AssertionError("a packed text read with other sentences")


def test_raw_text_and_reanalysis_on_both_backends(store_target: str) -> None:
    corpus = Corpus(Store(store_target))
    raws = [p.read_text("utf-8") for p in TEXTS[:2]]
    ids = [i for i, added in corpus.add_texts(raws) if added]
    assert len(ids) == 2
    stored = [corpus.store.raw_text(i) for i in ids]
    assert all(s and s.split() == r.split() for s, r in zip(stored, raws, strict=True))
    before = corpus.sentences(ids[0])
    # a new pipeline version re-analyses every article from its packed text, in place
    corpus.store.set_meta("pipeline", "0")
    again = Corpus(corpus.store)
    assert [again.store.raw_text(i) for i in ids] == stored
    assert [s.text for s in again.sentences(ids[0])] == [s.text for s in before]


def test_a_store_written_before_packing_upgrades(tmp_path: Path) -> None:
    """Rows from before store migration 3 keep their plain text and JSON
    vectors; both are read, and new articles link to them."""
    path = tmp_path / "old.sqlite3"
    old = Store(path, migrate=False)
    old.migrate([m for m in MIGRATIONS if m.version < 3])
    with old.transaction() as db:
        db.execute(
            "INSERT INTO articles(id, content_hash, title, added_at, raw) VALUES (?,?,?,?,?)",
            (7, "h", "옛 기사", "2026-01-01T00:00:00+00:00", "옛 기사 본문입니다."),
        )
    old.close()
    store = Store(path)
    assert "mentions_kind_cover" not in {
        str(r[0]) for r in store.query("SELECT name FROM sqlite_master WHERE type = 'index'")
    }
    assert store.raw_text(7) == "옛 기사 본문입니다."


def test_copy_store_keeps_packed_texts(bundled: Corpus, pg_server: str) -> None:
    """SQLite → PostgreSQL: every raw text reads the same."""
    import io

    from pg_server import new_database

    from bot.dbcli import copy_store

    url, out = new_database(pg_server), io.StringIO()
    assert copy_store(bundled.store.path, url, out) == 0, out.getvalue()
    assert "DIFFERENT" not in out.getvalue()
    ids = [a.id for a in bundled.store.articles()]
    copy = Store(url)
    assert [copy.raw_text(i) for i in ids] == [bundled.store.raw_text(i) for i in ids]
    copy.close()
