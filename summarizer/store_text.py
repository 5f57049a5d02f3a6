"""Sentence text and lemmas of a SQLite store, kept per article (issue 14,
store migration 5).

A sentence row keeps its key, paragraph, score and rank; its text and its
Kiwi lemmas live in one deflated body per article (``sentence_pack``,
:func:`summarizer.store_pack.pack_sentences`), written and replaced with the
rows in one transaction. A row written so has ``''`` in both text columns;
a row written before keeps its text and terms in the row and is read as it
is. Every read of text or terms goes through :func:`fill`, which unpacks each
article's body once.

The full-text index over the lemmas (``sentences_fts``) is contentless: it
keeps only which sentence (rowid) holds which lemma, and is fed here at
ingest. FTS5 removes a row only when told the values it indexed, so an
article's lemmas are read back (:func:`fts_remove`) before its sentences go.

A PostgreSQL store keeps the text and terms in every row (its GIN index
reads them) and has no ``sentence_pack``.
"""

from __future__ import annotations

import re
import threading
from collections import OrderedDict
from collections.abc import Iterable, Sequence
from typing import Any

from .store_pack import pack_sentences, unpack_sentences

Body = tuple[list[str], list[str]]  # (texts, space-joined terms) by sentence index
_CHUNK = 500


def bodies(db: Any, article_ids: Iterable[int]) -> dict[int, Body]:
    """article id → its unpacked sentence body, for those that have one."""
    ids = sorted(set(article_ids))
    out: dict[int, Body] = {}
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        rows = db.execute(
            "SELECT article_id, body FROM sentence_pack "
            f"WHERE article_id IN ({','.join('?' * len(chunk))})",
            chunk,
        ).fetchall()
        out.update({int(a): _UNPACKED.get(int(a), bytes(b)) for a, b in rows})
    return out


class _Unpacked:
    """The bodies unpacked lately, by article id, each with the packed bytes
    it came from: a body is reused only when the stored bytes are the same
    (any store, any writer), so it never returns a stale text."""

    def __init__(self, size: int) -> None:
        self._size = size
        self._lock = threading.Lock()
        self._kept: OrderedDict[int, tuple[bytes, Body]] = OrderedDict()

    def get(self, article_id: int, packed: bytes) -> Body:
        with self._lock:
            kept = self._kept.get(article_id)
            if kept is not None and kept[0] == packed:
                self._kept.move_to_end(article_id)
                return kept[1]
        body = unpack_sentences(packed)
        with self._lock:
            self._kept[article_id] = (packed, body)
            self._kept.move_to_end(article_id)
            while len(self._kept) > self._size:
                self._kept.popitem(last=False)
        return body


# About 5 KB per article unpacked: 4,096 articles (the newest few thousand,
# what commands read) cost about 20 MB.
_UNPACKED = _Unpacked(4096)


def fill(db: Any, rows: Sequence[Sequence[Any]]) -> list[tuple[Any, ...]]:
    """Sentence rows (article_id, idx, paragraph, text, terms, score, rank)
    with the text and terms of packed articles filled in."""
    packed = bodies(db, {int(r[0]) for r in rows if r[3] == ""})
    if not packed:
        return [tuple(r) for r in rows]
    out = []
    for row in rows:
        body = packed.get(row[0]) if row[3] == "" else None
        if body is None:
            out.append(tuple(row))
        else:
            idx = row[1]
            out.append((row[0], idx, row[2], body[0][idx], body[1][idx], *row[5:]))
    return out


# What the full-text index holds of a sentence: each lemma as one token that
# FTS5's tokenizer (unicode61, see store_index) keeps whole and unchanged, so
# that a match is exact equality of lemmas, as the summaries count them: a
# lemma of plain characters as it is, any other as a private-use mark and
# its UTF-8 in hex (a case FTS5 would fold, a character it splits at).
# Plain: a-z, 0-9, ASCII punctuation but the double quote, Hangul syllables
# and CJK ideographs. One regex, as ingest runs it on every sentence's lemmas.
_PLAIN_CLASS = "!#-/0-9:-@\\[-`a-z{-~\uac00-\ud7a3\u4e00-\u9fff"
_NOT_PLAIN = re.compile(f"[^{_PLAIN_CLASS}]")
# the same, and any space that is not one single separator between lemmas
_NOT_PLAIN_TEXT = re.compile(f"^ | $|  |[^ {_PLAIN_CLASS}]")


def fts_token(term: str) -> str:
    """The index token of a lemma (see above)."""
    if term and _NOT_PLAIN.search(term) is None:
        return term
    return "\ue000" + term.encode("utf-8").hex()


def fts_text(terms: str) -> str:
    """The index text of a sentence's space-joined lemmas."""
    if _NOT_PLAIN_TEXT.search(terms) is None:
        return terms  # every lemma plain, single spaces: the text itself
    return " ".join(fts_token(t) for t in terms.split(" ") if t)


def fts_query(terms: Sequence[str]) -> str:
    """An FTS5 query matching any of ``terms`` exactly (each quoted)."""
    return " OR ".join('"' + fts_token(t).replace('"', '""') + '"' for t in terms)


def write_rows(
    db: Any, article_id: int, sentences: Sequence[Any], mentions: Sequence[Any], *, packed: bool
) -> None:
    """Write an article's sentence and mention rows (``store.SentenceRow``,
    ``store.MentionRow``); ``packed`` (SQLite): text and lemmas in its body."""
    db.executemany(
        "INSERT INTO sentences(article_id, idx, paragraph, text, terms, score, rank) "
        "VALUES (?,?,?,?,?,?,?)",
        [(article_id, s.idx, s.paragraph, *_inline(s, packed), s.score, s.rank) for s in sentences],
    )
    if packed:
        save(db, article_id, sentences)
    db.executemany(
        "INSERT INTO mentions(article_id, sentence_idx, entity, kind, surface, vendor, "
        "seq) VALUES (?,?,?,?,?,?,?)",
        [
            (article_id, m.sentence_idx, m.entity, m.kind, m.surface, m.vendor, seq)
            for seq, m in enumerate(mentions)
        ],
    )


def _inline(sentence: Any, packed: bool) -> tuple[str, str]:
    """What a sentence row keeps of its text and terms (nothing when packed)."""
    return ("", "") if packed else (sentence.text, " ".join(sentence.terms))


def save(db: Any, article_id: int, sentences: Sequence[Any]) -> None:
    """Pack ``sentences`` (``store.SentenceRow``; their rows are written
    with empty text) and index their lemmas."""
    size = max((s.idx for s in sentences), default=-1) + 1
    texts, terms = [""] * size, [""] * size
    for s in sentences:
        texts[s.idx], terms[s.idx] = s.text, " ".join(s.terms)
    db.execute(
        "INSERT OR REPLACE INTO sentence_pack(article_id, body) VALUES (?, ?)",
        (article_id, pack_sentences(texts, terms)),
    )
    # Plain VALUES: an INSERT ... SELECT into FTS5 opens a statement savepoint,
    # which makes FTS5 write its pending terms out as a new segment (and merge
    # segments) after every sentence; VALUES rows wait for the commit.
    rowids = dict(
        db.execute("SELECT idx, rowid FROM sentences WHERE article_id = ?", (article_id,))
    )
    db.executemany(
        "INSERT INTO sentences_fts(rowid, terms) VALUES (?, ?)",
        [(rowids[s.idx], fts_text(terms[s.idx])) for s in sentences],
    )


def _keyed(db: Any, where: str, params: Sequence[object]) -> list[tuple[int, str]]:
    rows = db.execute(
        "SELECT rowid, article_id, idx, paragraph, text, terms, score, rank FROM sentences "
        f"WHERE {where}",
        params,
    ).fetchall()
    filled = fill(db, [r[1:] for r in rows])
    return [(int(r[0]), fts_text(str(f[4]))) for r, f in zip(rows, filled, strict=True)]


def fts_remove(db: Any, article_id: int) -> None:
    """Take an article's sentences out of the full-text index (before
    they are deleted or replaced)."""
    db.executemany(
        "INSERT INTO sentences_fts(sentences_fts, rowid, terms) VALUES ('delete', ?, ?)",
        _keyed(db, "article_id = ?", (article_id,)),
    )


def fts_fill(db: Any) -> None:
    """Index every stored sentence (a new or rebuilt index)."""
    ids = [int(r[0]) for r in db.execute("SELECT id FROM articles ORDER BY id").fetchall()]
    for start in range(0, len(ids), _CHUNK):
        low, high = ids[start], ids[min(len(ids), start + _CHUNK) - 1]
        db.executemany(
            "INSERT INTO sentences_fts(rowid, terms) VALUES (?, ?)",
            _keyed(db, "article_id BETWEEN ? AND ?", (low, high)),
        )


class Texts:
    """Sentence texts looked up one by one, each article unpacked once
    (a refold reads many mentions of the same articles)."""

    def __init__(self, db: Any) -> None:
        self._db = db
        self._bodies: dict[int, Body | None] = {}

    def text(self, article_id: int, idx: int, stored: str | None) -> str:
        """The text of sentence (article_id, idx) whose row holds ``stored``
        (None: no such sentence, e.g. the headline)."""
        if stored != "":
            return stored or ""
        if article_id not in self._bodies:
            self._bodies[article_id] = bodies(self._db, [article_id]).get(article_id)
        body = self._bodies[article_id]
        return body[0][idx] if body is not None else ""
