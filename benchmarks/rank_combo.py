"""Second round of ranking experiments (issue 13, branch r13sum): signals
combined, submodular selection, position from the end, fragments, and
ensembles of centrality graphs. Dev half of sci-news-sum-kr-50 only.

    uv run python benchmarks/rank_combo.py [DIR]

Each experiment is a *family* of configurations, the first of which is the
four equal-weight signals (the ranking of summarizer/rank.py before round
three; today's adds family 1's "+ ½ lead-PageRank + ½ quote", printed as
its own row and checked against summarizer.rank.score_sentences). Whatever is chosen inside a
family is chosen on training files only and scored on held-out files:

* nested leave-one-file-out: the configuration best on 24 files scores the
  25th (ties go to the earlier, simpler configuration);
* repeated 5-fold: 20 random splits into five folds, the configuration best
  on four folds scores the fifth; a file's F1 is its mean over the repeats.

A family of one configuration fits nothing; its two CV columns equal its
plain dev F1. Every row is compared with equal weights file by file (files
better/worse under LOO, paired standard error, sign test).
"""

from __future__ import annotations

import itertools
import math
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from rank_cv import DEV, Data, load, percentile, sign_test
from rank_features import (
    cosine_graph,
    lead_pagerank,
    noun_textrank,
    personalized_pagerank,
    signatures,
)

from summarizer.evaluate import Article
from summarizer.rank import (
    _unit_scale,
    first_body_sentence,
    headline_similarity,
    quote_signal,
    score_sentences,
    textrank_scores,
)
from summarizer.sentences import is_finished

Selector = Callable[[int], list[int]]  # file index -> picked sentence indices


@dataclass
class Extra:
    """Per-article signals beyond the four of summarizer/rank.py."""

    pagerank: np.ndarray  # lead-biased PageRank on the cosine graph
    quote: np.ndarray  # 0/1: a mark of direct speech (summarizer.rank.quote_signal)
    tail: np.ndarray  # 1/sqrt(1 + d), d counted back from the last body sentence
    fragment: np.ndarray  # 0/1: unfinished, under 25 characters, or no Hangul
    nouns: np.ndarray  # TextRank on nouns
    bigrams: np.ndarray  # TextRank on consecutive content-morpheme pairs
    cosine: np.ndarray  # plain PageRank on the idf cosine graph
    decks: np.ndarray  # headline similarity, the query = title + lines before the body
    decks_max: np.ndarray  # max of the similarities to the title and to each such line
    bullet_lead: np.ndarray  # lead counted from the first body sentence not a "- " line
    signature: np.ndarray = field(default_factory=lambda: np.zeros(0))  # set by main


def _tail(article: Article) -> np.ndarray:
    body = [i for i, s in enumerate(article.sentences) if len(s) >= 25 and is_finished(s)]
    last = body[-1] if body else len(article.sentences) - 1
    d = last - np.arange(len(article.sentences))
    return np.where(d >= 0, 1 / np.sqrt(1 + np.maximum(d, 0)), 0.0)


def _fragment(article: Article) -> np.ndarray:
    def bad(s: str) -> bool:
        hangul = any("가" <= c <= "힣" for c in s)
        return len(s) < 25 or not is_finished(s) or not hangul

    return np.array([float(bad(s)) for s in article.sentences])


def _bigram_textrank(article: Article) -> np.ndarray:
    pairs = [[f"{a}_{b}" for a, b in itertools.pairwise(t)] or list(t) for t in article.terms]
    return np.array(_unit_scale(textrank_scores(pairs)))


def _cosine_pagerank(article: Article) -> np.ndarray:
    n = len(article.sentences)
    ranks = personalized_pagerank(cosine_graph(article.terms), np.ones(n))
    return np.array(_unit_scale(list(ranks)))


def _decks(article: Article, join: bool) -> np.ndarray:
    """Headline similarity whose query also holds the sub-headlines (the
    lines before the first body sentence); those lines keep their own
    similarity to the title alone."""
    title = headline_similarity(article.terms, article.title_terms)
    first = first_body_sentence(article.sentences)
    decks = [t for t in article.terms[:first] if t]
    if not decks:
        return np.array(title)
    if join:
        query = list(article.title_terms) + [w for t in decks for w in t]
        out = np.array(headline_similarity(article.terms, query))
    else:
        each = [headline_similarity(article.terms, t) for t in decks]
        out = np.max([title, *each], axis=0)
    out[:first] = title[:first]
    return out


def _bullet_lead(article: Article) -> np.ndarray:
    """The lead signal when "- " bullet lines (fact boxes, decks) are neither
    the body start nor lead."""
    bullet = [s.lstrip().startswith(("- ", "-\t")) for s in article.sentences]
    texts = ["" if b else s for s, b in zip(article.sentences, bullet, strict=True)]
    j = np.arange(len(texts)) - first_body_sentence(texts)
    lead = np.where(j >= 0, 1 / np.sqrt(1 + np.maximum(j, 0)), 0.0)
    return np.where(bullet, 0.0, lead)


def extras(article: Article) -> Extra:
    return Extra(
        pagerank=lead_pagerank(article),
        quote=np.array(quote_signal(article.sentences)),
        tail=_tail(article),
        fragment=_fragment(article),
        nouns=noun_textrank(article),
        bigrams=_bigram_textrank(article),
        cosine=_cosine_pagerank(article),
        decks=_decks(article, join=True),
        decks_max=_decks(article, join=False),
        bullet_lead=_bullet_lead(article),
    )


# ------------------------------------------------------------------ CV
def f1_of(data: Data, index: int, picked: Sequence[int]) -> float:
    return len(set(picked) & set(data.articles[index].gold)) / data.articles[index].k


def top_k(scores: np.ndarray, k: int) -> list[int]:
    return sorted(range(len(scores)), key=lambda i: (-scores[i], i))[:k]


def nested_loo(table: np.ndarray) -> np.ndarray:
    """table: (configs, files) F1. Per file, the F1 of the configuration
    best on the other files (the earlier one on a tie)."""
    total = table.sum(1)
    picks = [int(np.argmax(np.round(total - table[:, f], 9))) for f in range(table.shape[1])]
    return np.array([table[c, f] for f, c in enumerate(picks)])


def repeated_kfold(table: np.ndarray, folds: int = 5, repeats: int = 20) -> np.ndarray:
    """Per file, the mean over random splits of the F1 of the configuration
    best on the other folds."""
    files = table.shape[1]
    rng = np.random.default_rng(13)
    out = np.zeros(files)
    for _ in range(repeats):
        for held in np.array_split(rng.permutation(files), folds):
            train = np.setdiff1d(np.arange(files), held)
            best = int(np.argmax(np.round(table[:, train].sum(1), 9)))
            out[held] += table[best, held]
    return out / repeats


def row(name: str, table: np.ndarray, reference: np.ndarray) -> str:
    loo, kfold = nested_loo(table), repeated_kfold(table)
    return table_row(name, str(len(table)), loo, kfold, float(table.mean(1).max()), reference)


def table_row(
    name: str,
    configs: str,
    loo: np.ndarray,
    kfold: np.ndarray,
    best: float,
    reference: np.ndarray,
) -> str:
    """One markdown row: held-out F1 (nested LOO and repeated k-fold) against
    ``reference`` file by file, with wins/losses, paired se and sign test;
    ``best`` (the best setting in-sample) left blank when NaN."""
    diff, kdiff = loo - reference, kfold - reference
    wins, losses = int((diff > 1e-9).sum()), int((diff < -1e-9).sum())
    kwins, klosses = int((kdiff > 1e-9).sum()), int((kdiff < -1e-9).sum())
    se = diff.std(ddof=1) / math.sqrt(len(diff))
    cells = [
        name,
        configs,
        f"{loo.mean():.3f}",
        f"{diff.mean():+.3f}",
        f"{wins}/{losses}",
        f"{se:.3f}",
        f"{sign_test(wins, losses):.2f}",
        f"{kfold.mean():.3f} ({kdiff.mean():+.3f}, {kwins}/{klosses})",
        "" if math.isnan(best) else f"{best:.3f}",
    ]
    return "| " + " | ".join(cells) + " |"


# ----------------------------------------------------------- submodular
def coverage_greedy(
    relevance: np.ndarray, terms: Sequence[Sequence[str]], k: int, mu: float, concave: str
) -> list[int]:
    """Greedy max of  Σ_S relevance + μ · Σ_t df(t) · g(#S-sentences with t) / norm,
    t over the article's content morphemes in 2+ sentences, g = sqrt or
    min(1, ·); norm = the best single sentence's coverage (so μ compares
    with one sentence's relevance)."""
    sets = [set(t) for t in terms]
    df: dict[str, int] = {}
    for words in sets:
        for t in words:
            df[t] = df.get(t, 0) + 1
    g = np.sqrt if concave == "sqrt" else (lambda x: np.minimum(x, 1.0))
    vocab = [t for t, c in df.items() if c >= 2]
    weight = np.array([df[t] for t in vocab], float)
    has = np.array([[t in words for t in vocab] for words in sets], float).reshape(len(sets), -1)
    norm = float((has @ weight).max()) or 1.0
    counts = np.zeros(len(vocab))
    picked: list[int] = []
    for _ in range(min(k, len(sets))):
        base = float(weight @ g(counts))
        gains = (g(counts[None, :] + has) @ weight - base) / norm
        total = relevance + mu * gains
        total[picked] = -np.inf
        best = int(np.argmax(total))
        picked.append(best)
        counts += has[best]
    return picked


def lin_bilmes(
    relevance: np.ndarray, sims: np.ndarray, k: int, mu: float, alpha: float
) -> list[int]:
    """Greedy max of Σ_S relevance + μ · Σ_i min(Σ_{j∈S} sim_ij, α Σ_j sim_ij) / n
    (Lin & Bilmes, 2011, saturated coverage on the idf cosine graph),
    normalised like :func:`coverage_greedy`."""
    n = len(relevance)
    cap = alpha * sims.sum(1)
    norm = float(np.minimum(sims, cap[None, :]).sum(1).max()) or 1.0
    covered = np.zeros(n)
    picked: list[int] = []
    for _ in range(min(k, n)):
        base = np.minimum(covered, cap).sum()
        gains = np.minimum(covered[None, :] + sims, cap[None, :]).sum(1) - base
        total = relevance + mu * gains / norm
        total[picked] = -np.inf
        best = int(np.argmax(total))
        picked.append(best)
        covered += sims[best]
    return picked


# ----------------------------------------------------------- experiments
@dataclass
class Bench:
    data: Data
    extra: list[Extra]
    sims: list[np.ndarray]

    def scores(self, i: int, **w: float) -> np.ndarray:
        """The four signals (centrality as a percentile if w["pct"]) plus
        weighted extras; keys are Extra fields."""
        base = self.data.base[i].copy()
        if w.get("pct"):
            base[:, 0] = percentile(base[:, 0])
        if w.get("bullets"):
            base[:, 2] = self.extra[i].bullet_lead
        if w.get("decks"):
            base[:, 1] = self.extra[i].decks_max if w["decks"] == 2 else self.extra[i].decks
        total = base.sum(1)
        for name, weight in w.items():
            if name not in ("pct", "decks", "bullets") and weight:
                total = total + weight * getattr(self.extra[i], name)
        return total

    def table(self, selectors: Sequence[Selector]) -> np.ndarray:
        files = range(len(self.data.articles))
        return np.array([[f1_of(self.data, i, pick(i)) for i in files] for pick in selectors])


def ranked(bench: Bench, **w: float) -> Selector:
    return lambda i: top_k(bench.scores(i, **w), bench.data.articles[i].k)


def production(bench: Bench) -> Selector:
    """The ranking the bot stores: summarizer.rank.score_sentences."""

    def pick(i: int) -> list[int]:
        a = bench.data.articles[i]
        scores = score_sentences(a.terms, a.title_terms, texts=a.sentences)
        return top_k(np.array(scores), a.k)

    return pick


def with_centrality(bench: Bench, columns: Sequence[str]) -> Selector:
    """Centrality replaced by the mean of the named graphs ("morphemes" is
    the TextRank of summarizer/rank.py)."""

    def pick(i: int) -> list[int]:
        base = bench.data.base[i].copy()
        graphs = [base[:, 0] if c == "morphemes" else getattr(bench.extra[i], c) for c in columns]
        base[:, 0] = np.mean(graphs, axis=0)
        return top_k(base.sum(1), bench.data.articles[i].k)

    return pick


def reshaped(
    bench: Bench, power: float, full: float, scale: Sequence[float] = (1, 1, 1, 1)
) -> Selector:
    """Lead 1/(1+j)^power instead of 1/sqrt(1+j); substance saturating at
    ``full`` characters (falling past 2·full); signals scaled."""

    def pick(i: int) -> list[int]:
        article, base = bench.data.articles[i], bench.data.base[i].copy()
        j = np.arange(len(article.sentences)) - first_body_sentence(article.sentences)
        base[:, 2] = np.where(j >= 0, (1 + np.maximum(j, 0)) ** -power, 0.0)
        chars = np.array([max(1, len(s)) for s in article.sentences], float)
        base[:, 3] = np.minimum(chars, full) / full * np.minimum(1.0, 2 * full / chars)
        return top_k(base @ np.array(scale, float), article.k)

    return pick


def submodular(bench: Bench, mu: float, concave: str, **w: float) -> Selector:
    def pick(i: int) -> list[int]:
        article = bench.data.articles[i]
        relevance = bench.scores(i, **w) / 4
        if concave == "lin-bilmes":
            return lin_bilmes(relevance, bench.sims[i], article.k, mu, 0.25)
        return coverage_greedy(relevance, article.terms, article.k, mu, concave)

    return pick


def grid(**axes: Sequence[float]) -> list[dict[str, float]]:
    """Every combination of the axes, the all-zero one first."""
    names = list(axes)
    return [dict(zip(names, values, strict=True)) for values in itertools.product(*axes.values())]


Rows = list[tuple[str, list[Selector]]]
STEPS = (0, 0.25, 0.5)


def nested(
    name: str, bench: Bench, family: Sequence[dict[str, float]]
) -> tuple[str, list[Selector]]:
    return (name, [ranked(bench, **w) for w in family])


def combined_rows(bench: Bench) -> Rows:
    """1: the individually positive signals of round one, together."""
    family = grid(pagerank=STEPS, quote=STEPS, pct=(0, 1))
    rows = [nested("1. + lead-PageRank + quote, centrality as %, weights nested", bench, family)]
    adopted = ranked(bench, pagerank=0.5, quote=0.5)
    rows.append(("1. fixed: + ½ lead-PageRank + ½ quote (summarizer/rank.py today)", [adopted]))
    for w in (0.25, 0.5):
        fixed = {"pagerank": w, "quote": w, "pct": 1}
        rows.append(
            (
                f"1. fixed: + {w} lead-PageRank + {w} quote, centrality as %",
                [ranked(bench, **fixed)],
            )
        )
    return rows


def submodular_rows(bench: Bench) -> Rows:
    """2: greedy coverage with diminishing returns + the scores (modular)."""
    rows: Rows = []
    for concave in ("sqrt", "min", "lin-bilmes"):
        for mu in (0.25, 0.5, 1.0):
            rows.append((f"2. {concave} coverage, μ={mu}", [submodular(bench, mu, concave)]))
        configs = [ranked(bench)] + [submodular(bench, mu, concave) for mu in (0.25, 0.5, 1.0, 2.0)]
        rows.append((f"2. {concave} coverage, μ ∈ {{0, ¼, ½, 1, 2}} nested", configs))
    return rows


def cue_rows(bench: Bench) -> Rows:
    """3, 4, 6, 8: position from the end, fragments, sub-headlines, topic signature."""
    rows: Rows = []
    for w in (0.25, 0.5, 1.0):
        rows.append((f"3. + {w} · position from the end", [ranked(bench, tail=w)]))
    rows.append(
        nested("3. + position from the end, weight nested", bench, grid(tail=(0, 0.25, 0.5, 1)))
    )
    for w in (-0.5, -4.0):
        rows.append((f"4. fragments {w:+}", [ranked(bench, fragment=w)]))
    rows.append(('4. "- " bullet lines: not the body start, no lead', [ranked(bench, bullets=1)]))
    rows.append(("6. headline query = title + sub-headlines", [ranked(bench, decks=1)]))
    rows.append(("6. headline = max(title, each sub-headline)", [ranked(bench, decks=2)]))
    rows.append(nested("6. sub-headline variant nested", bench, grid(decks=(0, 1, 2))))
    for w in (0.25, 0.5, 1.0):
        rows.append(
            (f"8. + {w} · topic signature (LLR vs other files)", [ranked(bench, signature=w)])
        )
    rows.append(
        nested("8. + topic signature, weight nested", bench, grid(signature=(0, 0.25, 0.5, 1)))
    )
    return rows


def centrality_rows(bench: Bench) -> Rows:
    """5: centrality from other graphs, or the mean of several."""
    rows: Rows = []
    for columns in (
        ("nouns",),
        ("bigrams",),
        ("cosine",),
        ("morphemes", "nouns"),
        ("morphemes", "bigrams"),
        ("morphemes", "cosine"),
        ("morphemes", "nouns", "bigrams", "cosine"),
    ):
        rows.append(
            (f"5. centrality = mean of {'+'.join(columns)}", [with_centrality(bench, columns)])
        )
    return rows


def shape_rows(bench: Bench) -> Rows:
    """7: lead decay, substance saturation, one signal's weight."""
    shapes = [(0.5, 150.0)] + [
        (p, f) for p in (0.25, 0.5, 1.0) for f in (100.0, 150.0, 200.0) if (p, f) != (0.5, 150.0)
    ]
    rows = [
        (f"7. lead 1/(1+j)^{p}, substance full at {f:g}", [reshaped(bench, p, f)])
        for p, f in shapes[1:]
    ]
    rows.append(
        ("7. lead power × substance length, nested", [reshaped(bench, p, f) for p, f in shapes])
    )
    scales = [(1.0,) * 4] + [
        tuple(1 + (j == c) * d for j in range(4)) for c in range(4) for d in (-0.5, 1.0)
    ]
    rows += [(f"7. signal weights {sc}", [reshaped(bench, 0.5, 150.0, sc)]) for sc in scales[1:]]
    rows.append(
        ("7. one signal ×½ or ×2, nested", [reshaped(bench, 0.5, 150.0, sc) for sc in scales])
    )
    return rows


def together_rows(bench: Bench) -> Rows:
    """9: the best of the above in one nested family."""
    family = grid(pagerank=STEPS, quote=STEPS, pct=(0, 1), decks=(0, 2))
    fixed = {"pagerank": 0.5, "quote": 0.5, "pct": 1, "decks": 2}
    coverage = grid(pagerank=STEPS, quote=STEPS, pct=(0, 1), mu=(0, 0.5, 1.0))
    return [
        nested("9. family 1 × sub-headline max, nested", bench, family),
        ("9. fixed: family 1's ½/½/% + sub-headline max", [ranked(bench, **fixed)]),
        (
            "9. family 1 × sqrt coverage μ ∈ {0, ½, 1}, nested",
            [submodular(bench, w.pop("mu"), "sqrt", **w) for w in coverage],
        ),
    ]


def main(folder: Path) -> None:
    data = load(folder)
    bench = Bench(
        data, [extras(a) for a in data.articles], [cosine_graph(a.terms) for a in data.articles]
    )
    for e, sig in zip(bench.extra, signatures(data.articles), strict=True):
        e.signature = sig
    reference = bench.table([ranked(bench)])[0]
    today = bench.table([production(bench)])[0]
    print(
        f"{len(data.articles)} files; four equal-weight signals (the reference) F1 "
        f"{reference.mean():.3f}; summarizer/rank.py today F1 {today.mean():.3f}"
    )
    print(
        "| ranking | configs | F1 nested LOO | Δ | files +/− | paired se | sign p "
        "| F1 5-fold ×20 (Δ, files +/−) | best in-sample |"
    )
    print("|---|---|---|---|---|---|---|---|---|")
    for section in (
        combined_rows,
        submodular_rows,
        cue_rows,
        centrality_rows,
        shape_rows,
        together_rows,
    ):
        for name, configs in section(bench):
            print(row(name, bench.table(configs), reference), flush=True)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else DEV)
