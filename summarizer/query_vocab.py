"""The store's own analysis of its words, for questions asked without Kiwi
(issue 14, whole-process ``briefbot ask``).

A keyword question (``/summary 전력 수요``) needs the Kiwi content terms of
its words, and Kiwi's load and first analysis cost more than everything else
``briefbot ask`` does. Ingest has Kiwi loaded anyway: every word that becomes
a story feature for the first time (a noun, name, number or Latin word the
store knows: ``story_df``) is analysed there on its own, as
:func:`summarizer.analysis.query_terms` would analyse it, and kept in
``query_vocab`` with two facts:

* ``terms``: Kiwi's terms of the word alone (``데이터센터`` → ``데이터
  센터``), exactly what a question of that one word gets;
* ``alone``: the word is one dictionary common noun (NNG) or one Latin word
  (SL), spanning the whole word. Only such words keep their term beside other
  words: Kiwi reads an unknown word, a name or an adverb differently next to
  another word (``엔비디아의`` alone is one unknown noun, ``엔비디아의 차세대``
  is 엔비디아 + 의 + 차세대), so a question of several words is answered
  from here only when each is ``alone``.

The rows are keyed by :func:`analysis_version` (kiwipiepy's and its model's
versions and ``summarizer/analysis.py``); a store written with another
version is analysed again at its next ingest (its whole vocabulary: 0.27 s
CPU for the 4,900 words of a 10,000-article scale store), and is not read
meanwhile. The vocabulary saturates: 4,500 words over the first 1,000
articles (1 % of their ingest CPU), a few hundred over the next 9,000.
"""

from __future__ import annotations

import hashlib
import re
import sqlite3
from collections.abc import Iterable, Sequence
from functools import cache
from importlib.util import find_spec
from pathlib import Path
from typing import Any, NamedTuple

from .db import is_postgres_url, register
from .db.base import sqlite_path

KEY = "query_vocab"  # meta key: the analysis version of the rows
WORD = re.compile(r"[가-힣]+|[a-z]+")  # what is kept: Hangul words, Latin ones (stored lower)
_TYPED = re.compile(r"[가-힣]+|[A-Za-z]+")  # what a question's word may be to be looked up

MIGRATIONS = register(
    "query_vocab",
    "CREATE TABLE IF NOT EXISTS query_vocab ("
    "word TEXT PRIMARY KEY, terms TEXT NOT NULL, alone INTEGER NOT NULL) WITHOUT ROWID",
)


class Known(NamedTuple):
    terms: list[str]
    alone: bool


@cache  # the files of the running process
def analysis_version() -> str:
    """What the terms depend on: kiwipiepy's and its model's versions and
    the analysis code (read from their files, without importing Kiwi)."""
    digest = hashlib.sha1()
    from . import analysis

    files = [Path(str(analysis.__file__))]
    for package in ("kiwipiepy", "kiwipiepy_model"):
        spec = find_spec(package)
        places = list(spec.submodule_search_locations or []) if spec else []
        files.extend(Path(p) / "_version.py" for p in places[:1])
    for file in files:
        try:
            digest.update(file.read_bytes())
        except OSError:
            digest.update(b"?")
    return digest.hexdigest()[:16]


def fill(store: Any, words: Iterable[str]) -> int:
    """At ingest: analyse and keep ``words`` (new story terms; those that
    are no Hangul or Latin word are skipped). A store whose rows are of
    another analysis version (or none) gets its whole vocabulary analysed
    first. Returns the number of words analysed."""
    from .analysis import word_terms

    store.migrate(MIGRATIONS)
    version = analysis_version()
    todo = set(words)
    stale = store.get_meta(KEY) != version
    if stale:
        todo.update(str(r[0]) for r in store.query("SELECT term FROM story_df"))
    kept = sorted(w for w in todo if WORD.fullmatch(w))
    rows = [(w, " ".join(t), int(a)) for w, (t, a) in zip(kept, word_terms(kept), strict=True)]
    with store.transaction() as db:
        if stale:
            db.execute("DELETE FROM query_vocab")
        db.executemany(
            "INSERT OR REPLACE INTO query_vocab(word, terms, alone) VALUES (?, ?, ?)", rows
        )
        if stale:
            db.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", (KEY, version))
    return len(rows)


def _key(word: str) -> str | None:
    if not _TYPED.fullmatch(word):
        return None
    return word.lower()


def answer(rows: dict[str, Known], texts: Sequence[str]) -> dict[str, list[str]]:
    """The texts whose terms ``rows`` give exactly as Kiwi would: one kept
    word (a Latin word in any case only when it is one Latin term), or
    several, each ``alone``."""
    out: dict[str, list[str]] = {}
    for text in texts:
        words = text.split()
        found = [rows.get(_key(w) or "") for w in words]
        if not words or any(f is None for f in found):
            continue
        if len(words) == 1:
            one = found[0]
            assert one is not None
            if words[0] == _key(words[0]) or one.alone:
                out[text] = list(one.terms)
        elif all(f is not None and f.alone for f in found):
            out[text] = [t for f in found if f is not None for t in f.terms]
    return out


def known_terms(target: str, texts: Sequence[str]) -> dict[str, list[str]]:
    """For ``briefbot ask``, before Kiwi: the texts the store at ``target``
    (a path or URL, as :class:`summarizer.store.Store` opens) can give the
    terms of (:func:`answer`); nothing when it cannot say (no store, no
    rows, rows of another version, any fault: Kiwi answers then)."""
    keys = sorted({k for text in texts for w in text.split() if (k := _key(w)) is not None})
    if not keys:
        return {}
    try:
        rows = _read(target, keys, analysis_version())
    except Exception:  # only a short cut: Kiwi answers what the store cannot
        return {}
    return answer(rows, texts)


def _read(target: str, keys: Sequence[str], version: str) -> dict[str, Known]:
    sql = "SELECT word, terms, alone FROM query_vocab WHERE word IN ({})"
    if is_postgres_url(target):
        from .db import open_database

        db = open_database(target)
        try:
            meta = [tuple(r) for r in db.query("SELECT value FROM meta WHERE key = ?", (KEY,))]
            if meta != [(version,)]:
                return {}
            found = [tuple(r) for r in db.query(sql.format(",".join("?" * len(keys))), keys)]
        finally:
            db.close()
    else:
        path = sqlite_path(target)
        if path == ":memory:" or not Path(path).is_file():
            return {}
        con = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)
        try:
            meta = con.execute("SELECT value FROM meta WHERE key = ?", (KEY,)).fetchall()
            if meta != [(version,)]:
                return {}
            found = con.execute(sql.format(",".join("?" * len(keys))), keys).fetchall()
        finally:
            con.close()
    return {str(w): Known(str(t).split(), bool(a)) for w, t, a in found}
