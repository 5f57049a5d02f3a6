"""Fourth round of ranking experiments (issue 13, branch r13sum2): joint
selection, headline entities, background openers, rank fusion, position in
characters, a model shrunk towards today's weights, framing predicates,
quote variants, headline-biased PageRank, demonstrative openers, substance
in morphemes (the learned-ending row is rank_endings.py). Dev half of
sci-news-sum-kr-50 only.

    uv run python benchmarks/rank_round4.py [DIR]

The reference is *today's* ranker (summarizer.rank.score_sentences: the
four signals + ½ lead-biased PageRank + ½ quote mark), and every family's
first configuration is that ranker, so a family can only gain by choosing
something else on training files. Protocol as in rank_combo.py: nested
leave-one-file-out (24 files choose, the 25th scores) and repeated 5-fold
(20 random splits), files better/worse against today's ranker, paired
standard error, sign test. The bar for adopting a change: both CV figures
+0.01 or more with more files won than lost.
"""

from __future__ import annotations

import itertools
import math
import re
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from rank_combo import row, table_row, top_k
from rank_cv import DEV

from summarizer.analysis import Token
from summarizer.evaluate import Article, load_articles
from summarizer.rank import (
    _WEIGHTS,
    _tfidf_rows,
    _unit_rows,
    _unit_scale,
    first_body_sentence,
    headline_similarity,
    lead_centrality,
    quote_signal,
    score_sentences,
    textrank_scores,
)

Selector = Callable[[int], list[int]]
PRIOR = np.array(_WEIGHTS)
# Openers of background, follow-up or aside sentences in Korean news.
_BACKGROUND = re.compile(r"^\s*(한편|앞서|이에 따라|이와 함께|이 밖에|이밖에|아울러|또한|한편으로)")
# Reporter and contact lines: an e-mail address, or "… 기자" with a "=" or at the end.
_CONTACT = re.compile(r"[\w.]+@[\w.]+|기자\s*=|기자\s*$")
# A closing attribution: the sentence ends in "…고 말했다/밝혔다/덧붙였다…".
_ATTRIBUTION = re.compile(r"(라|다|이)?고\s*(말|밝|덧붙|설명|강조|전|주장|언급)\S*$")
# Korean news framing predicates that state a finding or an outlook (the
# gist formulas of a lead: "…결과가 나왔다", "…개발됐다", "…기대된다"),
# listed a priori from news style, not from the dev misses' wording alone.
_FRAMING = re.compile(
    r"(나왔다|밝혀졌다|확인됐다|개발됐다|드러났다|기대된다|전망이다|예상된다|"
    r"지적이다|지적이 나온다|분석이다|평가다|관측된다|설명이다)[.\s]*$"
)
# A demonstrative or pronoun opener: the sentence leans on the one before.
_ANAPHORA = re.compile(r"^\s*(이|그)(는|를|에|와|의|가|들은|들이|같은|러한|런)?\s")
_ENTITY_TAGS = frozenset({"NNP", "SN", "SL"})


@dataclass
class Signals:
    """Per-article signal matrix: the six production signals (columns 0-5)
    and the new candidates (named columns)."""

    six: np.ndarray  # (n, 6)
    new: dict[str, np.ndarray]
    unit: np.ndarray  # (n, v) unit tf-idf rows
    idf_terms: list[dict[str, float]]  # per sentence: content term -> idf


def _entities(tokens: Sequence[Token]) -> set[str]:
    return {t.form.lower() for t in tokens if t.tag.split("-")[0] in _ENTITY_TAGS}


def title_entities(article: Article) -> np.ndarray:
    """Share of the headline's proper nouns, numbers and Latin words the
    sentence repeats (0 when the headline has none)."""
    title = _entities(article.title_tokens)
    if not title:
        return np.zeros(len(article.sentences))
    return np.array([len(title & _entities(t)) / len(title) for t in article.tokens])


def char_lead(article: Article) -> np.ndarray:
    """1/sqrt(1 + c/80), c the characters of body text before the sentence."""
    first = first_body_sentence(article.sentences)
    out, before = [], 0
    for i, s in enumerate(article.sentences):
        out.append(0.0 if i < first else 1 / math.sqrt(1 + before / 80))
        before += len(s) if i >= first else 0
    return np.array(out)


def _quote_variants(quote: np.ndarray) -> dict[str, np.ndarray]:
    """Replacements of the quote signal, as differences from it: only the
    article's first quoted sentence, or 1/sqrt(rank among quoted ones)."""
    at = np.nonzero(quote)[0]
    first, decay = np.zeros_like(quote), np.zeros_like(quote)
    first[at[:1]] = 1.0
    decay[at] = 1 / np.sqrt(1 + np.arange(len(at)))
    return {"quote_first": first - quote, "quote_decay": decay - quote}


def _graph_variants(terms: list[list[str]], six: np.ndarray) -> dict[str, np.ndarray]:
    """Query-biased PageRank (Otterbacher et al., 2005) on the same cosine
    graph as lead centrality: jumps ∝ headline similarity, or ∝ lead ×
    (0.1 + headline); and substance counted in content morphemes
    (saturating at 20). Each also as a difference from the signal it
    would replace."""
    headline = lead_centrality(terms, list(six[:, 1]))
    both = lead_centrality(terms, list(six[:, 2] * (0.1 + six[:, 1])))
    words = np.array([min(len(t), 20) / 20 for t in terms])
    return {
        "headline_pagerank": np.array(headline),
        "headline_pr_for_lead_pr": np.array(headline) - six[:, 4],
        "both_pagerank": np.array(both),
        "both_pr_for_lead_pr": np.array(both) - six[:, 4],
        "words_for_chars": words - six[:, 3],
    }


def signals(article: Article) -> Signals:
    terms, texts = article.terms, article.sentences
    n = len(terms)
    first = first_body_sentence(texts)
    lead = [1 / math.sqrt(1 + i - first) if i >= first else 0.0 for i in range(n)]
    chars = [len(t) for t in texts]
    six = np.array(
        [
            _unit_scale(textrank_scores(terms)),
            headline_similarity(terms, article.title_terms),
            lead,
            [min(c, 150) / 150 * min(1.0, 300 / max(1, c)) for c in chars],
            lead_centrality(terms, lead),
            quote_signal(texts),
        ]
    ).T
    flag = lambda rx: np.array([float(bool(rx.search(s))) for s in texts])  # noqa: E731
    new = {
        "entities": title_entities(article),
        "background": flag(_BACKGROUND),
        "contact": flag(_CONTACT),
        "attribution": flag(_ATTRIBUTION) * (1 - np.array(quote_signal(texts))),
        "char_lead": char_lead(article),
        "framing": flag(_FRAMING),
        "headline_scaled": np.array(_unit_scale(list(six[:, 1]))) - six[:, 1],
        **_quote_variants(six[:, 5]),
        **_graph_variants(terms, six),
        "anaphora": flag(_ANAPHORA),
    }
    tfidf = _tfidf_rows(terms)
    df: dict[str, int] = {}
    for words in terms:
        for t in set(words):
            df[t] = df.get(t, 0) + 1
    idf = [{t: math.log1p(n / df[t]) for t in set(words)} for words in terms]
    return Signals(six, new, _unit_rows(tfidf), idf)


# ------------------------------------------------------------ selectors
@dataclass
class Bench:
    articles: list[Article]
    sig: list[Signals]

    def table(self, selectors: Sequence[Selector]) -> np.ndarray:
        return np.array(
            [[f1_of_a(a, pick(i)) for i, a in enumerate(self.articles)] for pick in selectors]
        )

    def linear(self, weights: Sequence[float], **extra: float) -> Selector:
        w = np.array(weights, float)

        def pick(i: int) -> list[int]:
            s = self.sig[i]
            total = s.six @ w
            for name, v in extra.items():
                if name == "char_lead_for_lead":
                    total = total + v * (s.new["char_lead"] - s.six[:, 2])
                elif v:
                    total = total + v * s.new[name]
            return top_k(total, self.articles[i].k)

        return pick


def f1_of_a(article: Article, picked: Sequence[int]) -> float:
    return len(set(picked) & set(article.gold)) / article.k


def joint(bench: Bench, mu: float, lam: float, pool: int = 5) -> Selector:
    """Exact search over the k-subsets of the top k + pool sentences for
    Σ score/Σw + μ · (idf mass of content terms covered)/(best single
    sentence's) − λ · Σ pairwise tf-idf cosine."""

    def pick(i: int) -> list[int]:
        s, k = bench.sig[i], bench.articles[i].k
        score = s.six @ PRIOR / PRIOR.sum()
        cands = top_k(score, k + pool)
        if len(cands) <= k or (mu == 0 and lam == 0):
            return cands[:k]
        norm = max(sum(s.idf_terms[c].values()) for c in cands) or 1.0
        sims = s.unit @ s.unit.T
        best, best_val = cands[:k], -math.inf
        for subset in itertools.combinations(cands, k):
            covered: dict[str, float] = {}
            for c in subset:
                covered.update(s.idf_terms[c])
            red = sum(sims[a, b] for a, b in itertools.combinations(subset, 2))
            val = sum(score[c] for c in subset) + mu * sum(covered.values()) / norm - lam * red
            if val > best_val + 1e-12:
                best, best_val = list(subset), val
        return best

    return pick


def fused(bench: Bench, mode: str) -> Selector:
    """Rank fusion of the six signals with today's weights: Borda (mean
    rank percentile) or the mean of min-max and Borda."""

    def pick(i: int) -> list[int]:
        six = bench.sig[i].six
        n = len(six)
        ranks = np.array([_avg_rank(six[:, j]) for j in range(6)]).T / max(1, n - 1)
        score = ranks @ PRIOR if mode == "borda" else (ranks + six) @ PRIOR
        return top_k(score, bench.articles[i].k)

    return pick


def _avg_rank(values: np.ndarray) -> np.ndarray:
    """0 for the lowest value, n − 1 for the highest, ties averaged."""
    order = values.argsort(kind="stable")
    ranks = np.empty(len(values))
    ranks[order] = np.arange(len(values))
    for v in np.unique(values):
        mask = values == v
        ranks[mask] = ranks[mask].mean()
    return ranks


# ------------------------------------------------------ shrunk model
NEW = ("entities", "background", "contact", "attribution", "char_lead", "framing")


def features(s: Signals) -> np.ndarray:
    return np.column_stack([s.six, *(s.new[name] for name in NEW)])


def _pairs(bench: Bench, files: Sequence[int]) -> np.ndarray:
    """Feature differences (picked − not picked) within each training file."""
    rows = []
    for i in files:
        x, gold = features(bench.sig[i]), set(bench.articles[i].gold)
        pos = [j for j in range(len(x)) if j in gold]
        neg = [j for j in range(len(x)) if j not in gold]
        rows.append((x[pos][:, None, :] - x[neg][None, :, :]).reshape(-1, x.shape[1]))
    return np.vstack(rows)


def fit_shrunk(diffs: np.ndarray, lam: float, steps: int = 300) -> np.ndarray:
    """Pairwise logistic ranking whose weights are today's (the new features
    at 0) plus δ, with λ‖δ‖²: first the scale c of today's weights alone,
    then δ by gradient descent; returns w0 + δ/c (the ranking's weights)."""
    w0 = np.concatenate([PRIOR, np.zeros(diffs.shape[1] - len(PRIOR))])
    base = diffs @ w0
    c = 1.0
    for _ in range(100):  # Newton on the one-dimensional scale
        p = 1 / (1 + np.exp(c * base))
        grad, hess = -(p * base).mean(), (p * (1 - p) * base**2).mean() + 1e-9
        c -= grad / hess
    delta = np.zeros_like(w0)
    # a step below 1/L: the logistic part's curvature is at most ¼·mean‖d‖²
    rate = 1 / (0.25 * float((diffs**2).sum(1).mean()) + 2 * lam)
    for _ in range(steps):
        margin = c * base + diffs @ delta
        p = 1 / (1 + np.exp(np.clip(margin, -50, 50)))
        grad = -(p[:, None] * diffs).mean(0) + 2 * lam * delta
        delta -= rate * grad
    return w0 + delta / c


def shrunk_files(bench: Bench, lam: float, folds: list[list[int]]) -> np.ndarray:
    """Per file, mean held-out F1 over the given held-out groups."""
    files = len(bench.articles)
    total, count = np.zeros(files), np.zeros(files)
    for held in folds:
        train = [f for f in range(files) if f not in held]
        w = fit_shrunk(_pairs(bench, train), lam)
        for f in held:
            picked = top_k(features(bench.sig[f]) @ w, bench.articles[f].k)
            total[f] += f1_of_a(bench.articles[f], picked)
            count[f] += 1
    return total / count


def shrunk_row(name: str, bench: Bench, lam: float, reference: np.ndarray) -> str:
    files = len(bench.articles)
    loo = shrunk_files(bench, lam, [[f] for f in range(files)])
    rng = np.random.default_rng(13)
    splits = [list(h) for _ in range(20) for h in np.array_split(rng.permutation(files), 5)]
    return table_row(name, "fit", loo, shrunk_files(bench, lam, splits), float("nan"), reference)


# ---------------------------------------------------------- families
Rows = list[tuple[str, list[Selector]]]


def _weighted(bench: Bench, name: str, values: Sequence[float]) -> list[Selector]:
    return [bench.linear(PRIOR, **{name: v}) for v in values]


def joint_rows(bench: Bench) -> Rows:
    """1: exact joint choice of the k sentences (coverage vs redundancy)."""
    steps = (0, 0.01, 0.025, 0.05, 0.1)
    grid = [(m, r) for m in steps for r in steps]
    rows: Rows = [(f"1. joint, μ={m}, λ={r}", [joint(bench, m, r)]) for m, r in grid[1:]]
    rows.append(("1. joint μ × λ, nested", [joint(bench, m, r) for m, r in grid]))
    return rows


def cue_rows(bench: Bench) -> Rows:
    """3, 4, 6: headline entities, openers and contact lines, characters."""
    rows: Rows = []
    families = {
        "3. + headline entities (NNP/SN/SL share)": ("entities", (0, 0.25, 0.5, 1)),
        "4. background opener (한편, 앞서, 이에 따라 …)": ("background", (0, -0.25, -0.5, -1)),
        "4. reporter/contact line": ("contact", (0, -0.5, -1)),
        "4. attribution tail without a quote mark": ("attribution", (0, -0.25, -0.5)),
        "6. + lead in characters": ("char_lead", (0, 0.25, 0.5, 1)),
        "6. lead in characters instead of sentences": ("char_lead_for_lead", (0, 1)),
        "9. + framing predicate (…나왔다, …기대된다)": ("framing", (0, 0.25, 0.5, 1)),
        "10. headline similarity min-max scaled": ("headline_scaled", (0, 0.5, 1)),
        "13. + headline-biased PageRank": ("headline_pagerank", (0, 0.25, 0.5)),
        "13. headline-biased instead of lead-biased PageRank": (
            "headline_pr_for_lead_pr",
            (0, 0.5),
        ),
        "13. + lead × headline-biased PageRank": ("both_pagerank", (0, 0.25, 0.5)),
        "13. lead × headline- instead of lead-biased PageRank": ("both_pr_for_lead_pr", (0, 0.5)),
        "14. demonstrative opener (이는, 그는, 이러한 …)": ("anaphora", (0, -0.5, -0.25, 0.25)),
        "15. substance in content morphemes (full at 20)": ("words_for_chars", (0, 1)),
        "12. quote mark on the first quoted sentence only": ("quote_first", (0, 1)),
        "12. quote mark 1/√(rank among quoted sentences)": ("quote_decay", (0, 1)),
    }
    for label, (name, values) in families.items():
        for v in values[1:]:
            rows.append((f"{label}, {v:+g}", _weighted(bench, name, [v])))
        rows.append((f"{label}, weight nested", _weighted(bench, name, values)))
    return rows


def fusion_rows(bench: Bench) -> Rows:
    """5: rank (Borda) fusion of the six signals."""
    return [
        ("5. Borda fusion, today's weights", [fused(bench, "borda")]),
        ("5. mean of min-max and Borda", [fused(bench, "hybrid")]),
        (
            "5. min-max / Borda / mean, nested",
            [bench.linear(PRIOR)] + [fused(bench, m) for m in ("borda", "hybrid")],
        ),
    ]


def together_rows(bench: Bench) -> Rows:
    """All new cues in one nested family."""
    grid = itertools.product((0, 0.25, 0.5), (0, -0.25, -0.5), (0, 0.25, 0.5))
    return [
        (
            "8. entities × background × char lead, nested",
            [bench.linear(PRIOR, entities=e, background=b, char_lead=c) for e, b, c in grid],
        )
    ]


SECTIONS = [cue_rows, fusion_rows, together_rows, joint_rows]


def main(folder: Path) -> None:
    articles = load_articles(folder)
    bench = Bench(articles, [signals(a) for a in articles])
    today = np.array(
        [
            f1_of_a(a, top_k(np.array(score_sentences(a.terms, a.title_terms, a.sentences)), a.k))
            for a in articles
        ]
    )
    mine = bench.table([bench.linear(PRIOR)])[0]
    assert np.allclose(today, mine), "the harness's six signals differ from score_sentences"
    gold = [set(a.gold) for a in articles]
    print(f"{len(articles)} files; today's ranker F1 {today.mean():.3f}")
    for name in (*NEW, "headline_scaled", "anaphora"):
        on = [bench.sig[i].new[name] > 0 for i in range(len(articles))]
        hits = sum(int(m.sum()) for m in on)
        picked = sum(sum(1 for j in g if on[i][j]) for i, g in enumerate(gold))
        print(f"  {name}: {hits} sentences > 0, {picked} of them picked")
    print(
        "| ranking | configs | F1 nested LOO | Δ | files +/− | paired se | sign p "
        "| F1 5-fold ×20 (Δ, files +/−) | best in-sample |"
    )
    print("|---|---|---|---|---|---|---|---|---|")
    for section in SECTIONS:
        for name, configs in section(bench):
            print(row(name, bench.table(configs), today), flush=True)
    for lam in (10.0, 1.0, 0.1, 0.01):
        print(
            shrunk_row(
                f"7. pairwise logistic shrunk to today's weights, λ={lam}", bench, lam, today
            ),
            flush=True,
        )


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else DEV)
