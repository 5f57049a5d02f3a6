"""Scoring story clustering against hand-made labels (``briefbot eval stories DIR``).

``DIR/labels.json``: ``{"articles": {"<file>": {"story": "<slug>", ...}},
"stories": {"<slug>": {"headline": ..., "size": n}}}``. Every article file
of ``DIR`` is ingested into a fresh store; the predicted stories are then
compared with the labelled ones:

* **pairwise** precision/recall/F1 over pairs of articles put together;
* **B-cubed** (Bagga & Baldwin, 1998): per article, the share of its
  predicted story that is its true story (precision) and of its true story
  that is in its predicted story (recall), averaged;
* **top stories first**: of the labelled stories with the most articles, how
  many lead the ranking (the predicted top k, k = 5, matched to the labelled
  story most of their articles belong to) and whether a singleton is among
  the top k.
"""

from __future__ import annotations

import itertools
import json
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

TOP = 5


@dataclass(frozen=True)
class Scores:
    precision: float
    recall: float
    f1: float

    def as_json(self) -> dict[str, float]:
        return {k: round(v, 4) for k, v in vars(self).items()}


def _f1(p: float, r: float) -> Scores:
    return Scores(p, r, 2 * p * r / (p + r) if p + r else 0.0)


def bcubed(gold: Mapping[str, str], predicted: Mapping[str, object]) -> Scores:
    items = [i for i in gold if i in predicted]
    if not items:
        return Scores(0.0, 0.0, 0.0)
    by_gold: dict[str, set[str]] = {}
    by_pred: dict[object, set[str]] = {}
    for i in items:
        by_gold.setdefault(gold[i], set()).add(i)
        by_pred.setdefault(predicted[i], set()).add(i)
    p = sum(
        len(by_pred[predicted[i]] & by_gold[gold[i]]) / len(by_pred[predicted[i]]) for i in items
    )
    r = sum(len(by_pred[predicted[i]] & by_gold[gold[i]]) / len(by_gold[gold[i]]) for i in items)
    return _f1(p / len(items), r / len(items))


def pairwise(gold: Mapping[str, str], predicted: Mapping[str, object]) -> Scores:
    items = sorted(i for i in gold if i in predicted)
    both = gold_pairs = pred_pairs = 0
    for a, b in itertools.combinations(items, 2):
        same_gold = gold[a] == gold[b]
        same_pred = predicted[a] == predicted[b]
        gold_pairs += same_gold
        pred_pairs += same_pred
        both += same_gold and same_pred
    p = both / pred_pairs if pred_pairs else 1.0
    r = both / gold_pairs if gold_pairs else 1.0
    return _f1(p, r)


def top_hits(
    gold: Mapping[str, str], ranked: Sequence[Sequence[str]], top: int = TOP
) -> dict[str, Any]:
    """How many of the ``top`` most-covered labelled stories the first
    ``top`` predicted stories (lists of files) stand for."""
    sizes = Counter(gold.values())
    ordered = sorted(sizes, key=lambda s: -sizes[s])
    cut = sizes[ordered[top - 1]] if len(ordered) >= top else 0
    best = {s for s in ordered if sizes[s] >= cut and sizes[s] > 1}
    matched: list[str | None] = []
    for files in ranked[:top]:
        labels = Counter(gold[f] for f in files if f in gold)
        matched.append(labels.most_common(1)[0][0] if labels else None)
    hits = len({m for m in matched if m in best})
    singletons = sum(1 for files in ranked[:top] if len(files) < 2)
    return {
        "hits": min(hits, top),
        "of": top,
        "top": matched,
        "singletons_in_top": singletons,
        "most_covered": [s for s in ordered[:top]],
    }


def load_labels(folder: Path) -> dict[str, str]:
    data = json.loads((folder / "labels.json").read_text("utf-8"))
    return {str(f): str(v["story"]) for f, v in data["articles"].items()}


def evaluate_folder(folder: Path, store_path: Path) -> dict[str, Any]:
    """Ingest ``folder`` into a fresh store at ``store_path``, cluster, score."""
    from .corpus import Corpus
    from .store import Store
    from .story_view import Period, recent_stories

    gold = load_labels(folder)
    corpus = Corpus(Store(store_path))
    try:
        corpus.sync_folder(folder)
        files = {s.id: s.file for s in corpus.sources() if s.file in gold}
        story = corpus.store.stories(list(files))
        predicted = {str(files[i]): story[i] for i in files}
        ranked = recent_stories(corpus, Period())
        ranked_files = [[str(s.file) for s in st.sources if s.file in gold] for st in ranked]
        stories = len(set(predicted.values()))
    finally:
        corpus.store.close()
    return {
        "articles": len(predicted),
        "labelled_stories": len(set(gold.values())),
        "predicted_stories": stories,
        "pairwise": pairwise(gold, predicted).as_json(),
        "bcubed": bcubed(gold, predicted).as_json(),
        "top": top_hits(gold, [f for f in ranked_files if f]),
    }


def table(report: Mapping[str, Any]) -> str:
    lines = [
        f"{report['articles']} articles, {report['labelled_stories']} labelled stories, "
        f"{report['predicted_stories']} predicted",
        "",
        "            precision  recall     F1",
    ]
    for name in ("pairwise", "bcubed"):
        s = report[name]
        lines.append(f"{name:<10}  {s['precision']:>9.3f}  {s['recall']:>6.3f}  {s['f1']:>5.3f}")
    top = report["top"]
    lines.append("")
    lines.append(
        f"top {top['of']}: {top['hits']} of the {top['of']} most-covered stories, "
        f"{top['singletons_in_top']} singletons"
    )
    lines.append("  ranked: " + ", ".join(str(t) for t in top["top"]))
    return "\n".join(lines)
