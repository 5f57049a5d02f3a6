"""Sixth round of ranking experiments (issue 13, branch r21sum, session 20):
signals of a kind not tried in rounds one to five, found by reading today's
misses against its false picks on the dev half of sci-news-sum-kr-50.

    uv run python benchmarks/rank_round6.py [DIR]

* sentence relations: directed TextRank (Mihalcea & Tarau's backward and
  forward graphs), elaboration by the next three sentences, terms a
  sentence introduces that later sentences repeat, inferred topic segments
  (a TextTiling-style valley in the cosine of neighbouring blocks);
* Kiwi structure: the subject noun phrase (before the first 이/가 or 은/는)
  names a headline term, the headline's predicate repeated, reported speech
  without quotation marks (a quotative ending 다고/라고 closing the last
  clause: "…할 수 있다고 연구진은 설명했다"), connective openers, background
  time words, demonstrative or "이번 연구" openers, explanatory endings
  (…것이다, …때문이다), the share of proper nouns and of numbers;
* distributional semantics: Kiwi's own CoNg morpheme embeddings (the model
  the bot already loads) as soft term matching — headline cosine, headline
  recall and centrality with similar morphemes counted as partial matches —
  and its language model's log-probability per morpheme (generic wording
  against names, figures and rare terms);
* selection: redundancy against the sentences already picked, counted in
  the headline's morphemes only; the pick count k as a hint (lead × 4/k,
  quotes when k ≥ 5); lines before the body start demoted.

Two protocols, both on held-out files (nested leave-one-file-out and
repeated 5-fold ×20, file by file, two-sided sign test):

* A, as rounds four and five: today's ranker (summarizer.rank) + w × the
  signal scaled to [0, 1], w chosen on the training files among {0, ±¼, ±½,
  1} (0 = today's ranker); compared with today's in-sample F1 (0.737);
* B, fairer to a new signal: round three's family (+ lead-PageRank and quote
  weights {0, ¼, ½}, centrality as percentile or not) × the new signal's
  weight, all chosen on training files; compared with that family held out
  without it (0.727 LOO, 0.718 5-fold), which is how today's ranker itself
  was chosen.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

import numpy as np
from rank_combo import STEPS, Bench, extras, grid, nested_loo, repeated_kfold, top_k
from rank_cv import BASE, CANDIDATES, DEV, Data, feature_table, sign_test
from rank_round4 import signals
from rank_round5 import Harness
from rank_round6_signals import (
    _BACKGROUND,
    _CONNECTIVE,
    _DEMONSTRATIVE,
    _EXPLANATORY,
    _THIS_STUDY,
    Soft,
    directed_pagerank,
    elaboration,
    flag,
    fragment,
    has_subject,
    headline_predicate,
    introduces,
    lm_genericity,
    pre_body,
    reported_speech,
    segment_lead,
    share,
    subject_in_headline,
)

from summarizer.evaluate import Article, load_articles
from summarizer.rank import _unit_scale

Feature = list[np.ndarray]
SIGNED = (0.0, -0.5, -0.25, 0.25, 0.5, 1.0)


# ------------------------------------------------------------ protocol
def verdict(name: str, loo: np.ndarray, kfold: np.ndarray, ref: Sequence[np.ndarray]) -> str:
    """A table row: held-out F1 under both schemes against its reference
    (today in-sample for A; the family held out without the signal for B)."""
    cells = [name]
    for held, base in zip((loo, kfold), ref, strict=True):
        diff = held - base
        wins, losses = int((diff > 1e-9).sum()), int((diff < -1e-9).sum())
        cells += [
            f"{held.mean():.3f}",
            f"{diff.mean():+.3f}",
            f"{wins}/{losses}",
            f"{sign_test(wins, losses):.2f}",
        ]
    return "| " + " | ".join(cells) + " |"


def fixed_cells(h: Harness, table: np.ndarray, weights: Sequence[float]) -> str:
    return ", ".join(
        f"{w:g}: {t.mean():.3f} ({int((t > h.today + 1e-9).sum())}/"
        f"{int((t < h.today - 1e-9).sum())})"
        for w, t in zip(weights, table, strict=True)
        if w
    )


def row_a(h: Harness, name: str, table: np.ndarray, weights: Sequence[float]) -> str:
    loo, kfold = nested_loo(table), repeated_kfold(table)
    line = verdict(name, loo, kfold, (h.today, h.today))
    return f"{line} {fixed_cells(h, table, weights)} |"


def redundancy_table(h: Harness, weights: Sequence[float]) -> np.ndarray:
    """Greedy picks by today's score − w × the share of the candidate's
    headline terms that the picked sentences already hold."""
    out = []
    for w in weights:
        files = []
        for i, a in enumerate(h.articles):
            title = set(a.title_terms)
            held = [set(words) & title for words in a.terms]
            picked: list[int] = []
            for _ in range(a.k):
                covered = set().union(*(held[p] for p in picked))
                score = np.array(
                    [
                        h.base[i][j] - w * (len(held[j] & covered) / len(held[j]) if held[j] else 0)
                        for j in range(len(a.terms))
                    ]
                )
                score[picked] = -np.inf
                picked.append(int(np.argmax(score)))
            files.append(len(set(picked) & set(a.gold)) / a.k)
        out.append(files)
    return np.array(out)


class Family:
    """Protocol B: round three's family × one more signal's weight."""

    def __init__(self, articles: list[Article]) -> None:
        data = Data(
            articles=articles,
            base=[feature_table(a, BASE) for a in articles],
            extra=[feature_table(a, CANDIDATES) for a in articles],
            gold=[
                np.array([i in a.gold for i in range(len(a.sentences))], float) for a in articles
            ],
        )
        bench = Bench(data, [extras(a) for a in articles], [])
        configs = grid(pagerank=STEPS, quote=STEPS, pct=(0, 1))
        self.articles = articles
        self.scores = [[bench.scores(i, **w) for i in range(len(articles))] for w in configs]
        self.alone = self.table([np.zeros(len(a.sentences)) for a in articles], (0.0,))
        self.loo, self.kfold = nested_loo(self.alone), repeated_kfold(self.alone)

    def f1(self, i: int, scores: np.ndarray) -> float:
        a = self.articles[i]
        return len(set(top_k(scores, a.k)) & set(a.gold)) / a.k

    def table(self, feature: Feature, weights: Sequence[float]) -> np.ndarray:
        return np.array(
            [
                [self.f1(i, s[i] + w * feature[i]) for i in range(len(self.articles))]
                for w in weights
                for s in self.scores
            ]
        )

    def row(self, name: str, feature: Feature, weights: Sequence[float]) -> str:
        table = self.table(feature, weights)
        loo, kfold = nested_loo(table), repeated_kfold(table)
        diff = loo - self.loo
        moved = [a.name for a, d in zip(self.articles, diff, strict=True) if abs(d) > 1e-9]
        return f"{verdict(name, loo, kfold, (self.loo, self.kfold))} {' '.join(moved)} |"


# ------------------------------------------------------------ candidates
Candidate = tuple[str, Feature, Sequence[float]]


def _scaled(values: Feature) -> Feature:
    return [np.array(_unit_scale(list(v))) for v in values]


def relation_candidates(arts: list[Article]) -> list[Candidate]:
    return [
        (
            "backward TextRank (votes from later sentences)",
            _scaled([directed_pagerank(a, True) for a in arts]),
            SIGNED,
        ),
        (
            "forward TextRank (votes from earlier sentences)",
            _scaled([directed_pagerank(a, False) for a in arts]),
            SIGNED,
        ),
        ("elaborated by the next three sentences", _scaled([elaboration(a) for a in arts]), SIGNED),
        (
            "introduces terms that later sentences repeat",
            _scaled([introduces(a) for a in arts]),
            SIGNED,
        ),
        ("lead within an inferred topic segment", [segment_lead(a) for a in arts], SIGNED),
    ]


def structure_candidates(arts: list[Article]) -> list[Candidate]:
    return [
        ("opens with a subject or topic (a main clause)", [has_subject(a) for a in arts], SIGNED),
        (
            "subject noun phrase names a headline term",
            [subject_in_headline(a) for a in arts],
            SIGNED,
        ),
        ("repeats the headline's predicate", [headline_predicate(a) for a in arts], SIGNED),
        ("reported speech without quotation marks", [reported_speech(a) for a in arts], SIGNED),
        (
            "connective opener (또한, 이어, 한편, 이에 따라 …)",
            [flag(a, _CONNECTIVE) for a in arts],
            SIGNED,
        ),
        (
            "background time (지난해, 과거, 지금까지 …)",
            [flag(a, _BACKGROUND) for a in arts],
            SIGNED,
        ),
        (
            "demonstrative opener (이, 그, 이번, 이러한 …)",
            [flag(a, _DEMONSTRATIVE) for a in arts],
            SIGNED,
        ),
        ('"이번 연구/기술/성과" opener', [flag(a, _THIS_STUDY) for a in arts], SIGNED),
        ("explanatory ending (…것이다, …때문이다)", [flag(a, _EXPLANATORY) for a in arts], SIGNED),
        (
            "share of proper nouns and Latin words",
            _scaled([share(a, ("NNP", "SL")) for a in arts]),
            SIGNED,
        ),
        ("share of numbers", _scaled([share(a, ("SN", "NR")) for a in arts]), SIGNED),
    ]


def selection_candidates(h: Harness) -> list[Candidate]:
    arts = h.articles
    lead = [s.six[:, 2] for s in h.sig]
    quote = [s.six[:, 5] for s in h.sig]
    return [
        (
            "k hint: lead × 4/k",
            [x * min(1.0, 4 / a.k) for x, a in zip(lead, arts, strict=True)],
            SIGNED,
        ),
        (
            "k hint: quote when k ≥ 5",
            [q * (a.k >= 5) for q, a in zip(quote, arts, strict=True)],
            SIGNED,
        ),
        (
            "k hint: quote when k = 3",
            [q * (a.k <= 3) for q, a in zip(quote, arts, strict=True)],
            SIGNED,
        ),
        ("line before the body start", [pre_body(a) for a in arts], (0.0, -0.25, -0.5, -1.0)),
        (
            "fragment (unfinished, < 25 characters, no Hangul)",
            [fragment(a) for a in arts],
            (0.0, -0.25, -0.5, -1.0),
        ),
    ]


def semantic_candidates(arts: list[Article]) -> list[Candidate]:
    soft = [Soft(a) for a in arts]
    generic = _scaled([lm_genericity(a) for a in arts])
    out: list[Candidate] = [("Kiwi LM log-probability per morpheme", generic, SIGNED)]
    for tau in (0.3, 0.5, 0.7):
        out += [
            (f"CoNg soft headline cosine, τ = {tau}", [s.headline(tau) for s in soft], SIGNED),
            (f"CoNg soft headline recall, τ = {tau}", [s.recall(tau) for s in soft], SIGNED),
            (
                f"CoNg soft centrality, τ = {tau}",
                _scaled([s.centrality(tau) for s in soft]),
                SIGNED,
            ),
        ]
    return out


def combined_table(h: Harness, cands: dict[str, Feature]) -> np.ndarray:
    """Protocol A over the cues with a fixed weight that gains in-sample,
    together: every combination of their weights, nested."""
    axes = {
        "k hint: quote when k ≥ 5": (0.0, -0.5),
        "explanatory ending (…것이다, …때문이다)": (0.0, 0.5),
        "line before the body start": (0.0, -1.0),
        "reported speech without quotation marks": (0.0, 0.5),
        '"이번 연구/기술/성과" opener': (0.0, 0.25),
    }
    names = list(axes)
    rows = []
    for combo in grid(**{str(j): axes[n] for j, n in enumerate(names)}):
        total = [h.base[i].copy() for i in range(len(h.articles))]
        for j, name in enumerate(names):
            total = [t + combo[str(j)] * f for t, f in zip(total, cands[name], strict=True)]
        rows.append([h.f1(i, t) for i, t in enumerate(total)])
    return np.array(rows)


def error_analysis(h: Harness, cands: Sequence[Candidate]) -> None:
    """Mean of each signal over today's missed gold sentences, its false
    picks, its right picks and the sentences neither picks."""
    kinds = ("missed", "false", "right", "neither")
    groups: dict[str, list[tuple[int, int]]] = {k: [] for k in kinds}
    for i, a in enumerate(h.articles):
        picked, gold = set(top_k(h.base[i], a.k)), set(a.gold)
        for j in range(len(a.sentences)):
            key = "right" if j in picked & gold else "missed" if j in gold else "false"
            groups[key if j in picked | gold else "neither"].append((i, j))
    six = ("centrality", "headline", "lead", "substance", "lead PageRank", "quote mark")
    table: list[tuple[str, Feature]] = [
        (name, [s.six[:, c] for s in h.sig]) for c, name in enumerate(six)
    ]
    chars = [np.array([len(t) for t in a.sentences], float) for a in h.articles]
    table.append(("characters", chars))
    table += [(name, feature) for name, feature, _ in cands]
    sizes = "/".join(str(len(g)) for g in groups.values())
    print(f"| signal (mean) | missed | false | right | neither ({sizes}) |\n|---|---|---|---|---|")
    for name, feature in table:
        means = [np.mean([feature[i][j] for i, j in g]) for g in groups.values()]
        print(f"| {name} | " + " | ".join(f"{m:.3f}" for m in means) + " |")


def main(folder: Path) -> None:
    arts = load_articles(folder)
    h = Harness(arts, [signals(a) for a in arts])
    family = Family(arts)
    print(
        f"{len(arts)} files; today's ranker {h.today.mean():.3f} in-sample; round three's "
        f"family held out {family.loo.mean():.3f} (LOO), {family.kfold.mean():.3f} (5-fold)"
    )
    cands = [
        *relation_candidates(arts),
        *structure_candidates(arts),
        *selection_candidates(h),
        *semantic_candidates(arts),
    ]
    print("\nToday's misses and false picks\n")
    error_analysis(h, cands)
    head = "| signal | LOO F1 | Δ | files +/− | sign p | 5-fold F1 | Δ | files +/− | sign p |"
    print("\nA: today's ranker + w × signal, w nested\n")
    print(head + " fixed w: F1 (files +/−) |")
    print("|---" * 10 + "|")
    for name, feature, weights in cands:
        print(row_a(h, name, h.raw_table(feature, weights), weights), flush=True)
    red = (0.0, 0.25, 0.5, 1.0, -0.25, -0.5)
    print(row_a(h, "redundancy in headline morphemes vs the picked", redundancy_table(h, red), red))
    table = combined_table(h, {name: f for name, f, _ in cands})
    together = "the five cues that gain at a fixed weight, together (32 configs)"
    best = f"best in-sample {table.mean(1).max():.3f}"
    held = verdict(together, nested_loo(table), repeated_kfold(table), (h.today, h.today))
    print(held, best, "|")
    print("\nB: round three's family (18 configs) × w × signal, all nested\n")
    print(head + " files moved (LOO) |")
    print("|---" * 10 + "|")
    for name, feature, weights in cands:
        print(family.row(name, feature, weights), flush=True)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else DEV)
