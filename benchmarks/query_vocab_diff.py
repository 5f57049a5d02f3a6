"""How often the store's own terms for a question (summarizer.query_vocab)
differ from Kiwi's analysis of the same text (issue 14).

    uv run python benchmarks/query_vocab_diff.py STORE FOLDER [STORE FOLDER ...] --top 3000

For each store and the folder of articles it was built from: the ``--top``
most frequent words of the articles (split on spaces, punctuation around
them dropped) and their most frequent adjacent pairs. Each word or pair the
store answers for (:func:`summarizer.query_vocab.answer`) is analysed by Kiwi
too (:func:`summarizer.analysis.query_terms`); the differences are counted
and listed.
"""

from __future__ import annotations

import argparse
import sqlite3
from collections import Counter
from pathlib import Path

from summarizer.analysis import query_terms
from summarizer.query_vocab import Known, answer
from summarizer.text import normalize_query

PUNCT = ".,\"'“”‘’()[]<>·…!?:;"


def texts(folder: Path, top: int) -> tuple[list[str], list[str]]:
    """The most frequent words and adjacent word pairs of the folder's articles."""
    words: Counter[str] = Counter()
    pairs: Counter[str] = Counter()
    for path in sorted(folder.glob("*.txt")):
        raw = path.read_bytes().decode("utf-8", "ignore")
        found = [w for w in (normalize_query(w).strip(PUNCT) for w in raw.split()) if w]
        words.update(found)
        pairs.update(f"{a} {b}" for a, b in zip(found, found[1:], strict=False))
    return [w for w, _ in words.most_common(top)], [p for p, _ in pairs.most_common(top * 10)]


def rows(store: Path) -> dict[str, Known]:
    with sqlite3.connect(f"{store.resolve().as_uri()}?mode=ro", uri=True) as db:
        found = db.execute("SELECT word, terms, alone FROM query_vocab").fetchall()
    return {str(w): Known(str(t).split(), bool(a)) for w, t, a in found}


def compare(store: Path, folder: Path, top: int) -> None:
    kept = rows(store)
    words, pairs = texts(folder, top)
    for label, asked in (("words", words), ("pairs", pairs)):
        known = answer(kept, asked)
        if label == "pairs":
            known = dict(list(known.items())[:top])
        differ = {t: (terms, query_terms(t)) for t, terms in known.items()}
        differ = {t: v for t, v in differ.items() if v[0] != v[1]}
        print(
            f"{store.name} {label}: {len(asked)} asked, {len(known)} answered, {len(differ)} differ"
        )
        for text, (ours, kiwi) in differ.items():
            print(f"    {text}: store {ours}, Kiwi {kiwi}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pairs", nargs="+", help="STORE FOLDER, repeated")
    parser.add_argument("--top", type=int, default=3000)
    args = parser.parse_args()
    given = [Path(p) for p in args.pairs]
    for store, folder in zip(given[::2], given[1::2], strict=True):
        compare(store, folder, args.top)


if __name__ == "__main__":
    main()
