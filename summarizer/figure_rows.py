"""The figures each chip's mention sentences state, kept at ingest (issue 14).

``/chips NAME`` shows the first eight distinct figures (memory, performance,
price, shipments: :mod:`summarizer.chip_card`) stated about the chip in its
``RECENT_MENTIONS`` newest mention sentences. Finding them meant reading
those sentences and their chip mentions on every reply; they are a function
of one sentence and its chip mentions, so they are found once, when the
article's rows are written, and kept as rows of ``chip_figures``:
``(entity, article, sentence, seq, kind, text)``, one per figure in the order
:func:`summarizer.chip_card.sentence_figures` gives (repeats kept: the reply
drops them). A sentence stating none about a chip keeps no row, so the card
reads the handful of rows inside its window.

The meta key ``chip_figures`` holds :data:`FIGURES_VERSION` once every
article's rows are written under these rules; a store without it (written
before, or by another version) is filled again in one pass by :func:`fill`
when a :class:`~summarizer.corpus.Corpus` opens it, and is not read until
then (the card finds the figures in the sentences, as before).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from .chip_card import sentence_figures
from .chip_catalogue import CHIP

# Raise when the figure rules (chip_card) or what is kept change: the rows
# are then written again for every article.
FIGURES_VERSION = "1"
META_KEY = "chip_figures"
_CHUNK = 200

Row = tuple[str, int, int, int, str, str]  # entity, article, sentence, seq, kind, text


def rows_of(article_id: int, sentences: Sequence[Any], mentions: Sequence[Any]) -> list[Row]:
    """The figure rows of one article from its sentences (``.idx``,
    ``.text``) and mentions (``.sentence_idx``, ``.entity``, ``.kind``,
    ``.surface``), each chip's own sentences in order."""
    named: dict[int, list[tuple[str, str]]] = defaultdict(list)
    for m in mentions:
        if m.kind == CHIP and m.sentence_idx >= 0:  # -1: the headline
            named[m.sentence_idx].append((m.entity, m.surface))
    if not named:
        return []
    texts = {s.idx: s.text for s in sentences}
    out: list[Row] = []
    for idx in sorted(named):
        text = texts.get(idx)
        if text is None:
            continue
        chips = named[idx]
        for entity in dict.fromkeys(e for e, _ in chips):
            own = [s for e, s in chips if e == entity]
            others = [s for e, s in chips if e != entity]
            found = sentence_figures(text, own, others)
            out += [(entity, article_id, idx, n, k, t) for n, (k, t) in enumerate(found)]
    return out


def write(db: Any, article_id: int, sentences: Sequence[Any], mentions: Sequence[Any]) -> None:
    """Replace the figure rows of ``article_id`` (inside the article's write)."""
    db.execute("DELETE FROM chip_figures WHERE article_id = ?", (article_id,))
    rows = rows_of(article_id, sentences, mentions)
    if rows:
        db.executemany(
            "INSERT INTO chip_figures(entity, article_id, sentence_idx, seq, kind, text) "
            "VALUES (?,?,?,?,?,?)",
            rows,
        )


def complete(store: Any) -> bool:
    """Whether every article's figure rows are kept under these rules."""
    return bool(store.get_meta(META_KEY) == FIGURES_VERSION)


def fill(store: Any) -> int:
    """Write the figure rows of every stored article (a store from before,
    or of another version) and mark them complete. Returns the row count."""
    ids = [int(r[0]) for r in store.query("SELECT id FROM articles ORDER BY id")]
    rows: list[Row] = []
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        mentions: dict[int, list[Any]] = defaultdict(list)
        for m in store.mentions(kind=CHIP, article_ids=chunk):
            mentions[m.article_id].append(m)
        wanted = sorted(mentions)
        sentences: dict[int, list[Any]] = defaultdict(list)
        for s in store.top_sentences(1 << 30, wanted) if wanted else []:
            sentences[s.article_id].append(s)
        for article_id in wanted:
            rows += rows_of(article_id, sentences[article_id], mentions[article_id])
    with store.transaction() as db:
        db.execute("DELETE FROM chip_figures")
        if rows:
            db.executemany(
                "INSERT INTO chip_figures(entity, article_id, sentence_idx, seq, kind, text) "
                "VALUES (?,?,?,?,?,?)",
                rows,
            )
        db.execute(
            "INSERT INTO meta(key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (META_KEY, FIGURES_VERSION),
        )
    return len(rows)


def window_figures(
    store: Any, entity: str, window: Sequence[tuple[int, int, float]]
) -> list[tuple[int, str, str]]:
    """(article, kind, text) of the figures stated about ``entity`` in the
    ``window`` sentences (its newest mention sentences, as
    ``Corpus.mention_keys`` gives them: corpus order), in corpus order: one
    read of the entity's rows from the window's oldest article on."""
    if not window:
        return []
    keys = {(a, i) for a, i, _ in window}
    rows = store.query(
        "SELECT article_id, sentence_idx, kind, text FROM chip_figures "
        "WHERE entity = ? AND article_id >= ? ORDER BY article_id, sentence_idx, seq",
        (entity, window[0][0]),
    )
    return [(int(a), str(k), str(t)) for a, i, k, t in rows if (a, i) in keys]
