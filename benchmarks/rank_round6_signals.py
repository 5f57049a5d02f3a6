"""The signals of the sixth round of ranking experiments (issue 13, branch
r21sum): sentence relations, Kiwi structure and Kiwi's CoNg morpheme
embeddings. Measured by rank_round6.py, which describes each."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence

import numpy as np

from summarizer.analysis import Token, get_kiwi
from summarizer.evaluate import Article
from summarizer.rank import _tfidf_rows, _unit_rows, first_body_sentence
from summarizer.sentences import is_finished

_CONNECTIVE = re.compile(
    r"^\s*[‘\"“]?(또한|또|이어|한편|이에 따라|이에|그러나|하지만|특히|이와 함께|아울러|다만|반면|"
    r"이때|이 때|게다가|그래서|따라서|결국|물론|그리고|이후|이밖에|이 밖에|그러자|그런데)[\s,]"
)
_BACKGROUND = re.compile(r"(지난해|과거|지금까지|그동안|당시|예전|이전에는|기존에는|종전)")
_DEMONSTRATIVE = re.compile(
    r"^\s*(이|그|이번|이런|이러한|이같은|이 같은|해당|그런|그러한|이들|그들)\s"
)
_THIS_STUDY = re.compile(r"^\s*(이번|이)\s*(연구|기술|성과|결과)")
_EXPLANATORY = re.compile(
    r"(것이다|셈이다|때문이다|뜻이다|의미다|얘기다|말이다|방식이다|원리다)[.\s”\"]*$"
)
_QUOTATIVE = frozenset({"다고", "라고", "ᆫ다고", "는다고", "냐고", "자고"})


def _tag(token: Token) -> str:
    return token.tag.split("-")[0]


# ------------------------------------------------------------ relations
def cosine_graph(a: Article) -> np.ndarray:
    unit = _unit_rows(_tfidf_rows(a.terms))
    graph = unit @ unit.T
    np.fill_diagonal(graph, 0.0)
    return graph


def directed_pagerank(a: Article, backward: bool, damping: float = 0.85) -> np.ndarray:
    """PageRank on the cosine graph keeping only the edges from each
    sentence to earlier ones (backward: a sentence is voted for by the later
    sentences that repeat it) or to later ones (forward)."""
    graph = cosine_graph(a)
    n = len(graph)
    if n == 1:
        return np.ones(1)
    keep = np.tril(np.ones((n, n)), -1) if backward else np.triu(np.ones((n, n)), 1)
    edges = graph * keep
    rows = edges.sum(1, keepdims=True)
    walk = np.where(rows == 0, 1.0 / n, edges / np.where(rows == 0, 1.0, rows))
    return np.linalg.solve(np.eye(n) - damping * walk.T, np.full(n, (1 - damping) / n))


def elaboration(a: Article, width: int = 3) -> np.ndarray:
    """Summed cosine with the next ``width`` sentences."""
    graph = cosine_graph(a)
    return np.array([graph[i, i + 1 : i + 1 + width].sum() for i in range(len(graph))])


def introduces(a: Article) -> np.ndarray:
    """Σ idf × later repetitions over the terms first mentioned here."""
    n = len(a.terms)
    df = Counter(t for words in a.terms for t in set(words))
    seen: set[str] = set()
    out = []
    for i, words in enumerate(a.terms):
        later = Counter(t for rest in a.terms[i + 1 :] for t in set(rest))
        out.append(sum(math.log1p(n / df[t]) * later[t] for t in set(words) - seen))
        seen |= set(words)
    return np.array(out)


def segment_lead(a: Article) -> np.ndarray:
    """1/√(1 + position in an inferred topic segment): a segment starts
    where the cosine of the sentences just before and just after is a
    valley deeper than the article's mean + ½ sd (TextTiling, Hearst 1997,
    one-sentence blocks)."""
    unit = _unit_rows(_tfidf_rows(a.terms))
    n = len(unit)
    gap = np.zeros(n)
    for i in range(1, n):
        gap[i] = float(unit[i - 1] @ unit[i])
    depth = np.zeros(n)
    for i in range(1, n):
        depth[i] = gap[1 : i + 1].max() + gap[i:].max() - 2 * gap[i]
    cut = depth.mean() + 0.5 * depth.std() if n > 2 else math.inf
    first, at, out = first_body_sentence(a.sentences), 0, []
    for i in range(n):
        at = 0 if i <= first or depth[i] > cut else at + 1
        out.append(1 / math.sqrt(1 + at))
    return np.array(out)


# ------------------------------------------------------------ structure
def subject_nouns(tokens: Sequence[Token]) -> list[str] | None:
    """The nouns right before the first subject or topic particle of the
    sentence, None when a predicate comes first."""
    for j, token in enumerate(tokens):
        tag = _tag(token)
        if tag == "JKS" or (tag == "JX" and token.form in ("은", "는")):
            nouns, k = [], j - 1
            while k >= 0 and _tag(tokens[k]) in ("NNG", "NNP", "SL", "SN", "NR", "XSN", "XPN"):
                if _tag(tokens[k]) in ("NNG", "NNP", "SL"):
                    nouns.append(tokens[k].form.lower())
                k -= 1
            return nouns
        if tag.startswith("V") or tag == "EF":
            return None
    return None


def has_subject(a: Article) -> np.ndarray:
    """1 for a main clause that opens with its subject or topic."""
    return np.array([float(subject_nouns(t) is not None) for t in a.tokens])


def subject_in_headline(a: Article) -> np.ndarray:
    title = set(a.title_terms)
    return np.array([float(bool(set(subject_nouns(t) or []) & title)) for t in a.tokens])


def headline_predicate(a: Article) -> np.ndarray:
    """1 when the sentence repeats the headline's predicate: its verbs and
    adjectives, or the noun before 하다/되다 (개발, 저하)."""
    tokens, preds = a.title_tokens, set()
    for j, t in enumerate(tokens):
        if _tag(t) in ("VV", "VA"):
            preds.add(t.form + "다")
        if _tag(t) in ("XSV", "XSA") and j and _tag(tokens[j - 1]) in ("NNG", "SL"):
            preds.add(tokens[j - 1].form.lower())
    return np.array([float(bool(preds & set(words))) for words in a.terms])


def reported_speech(a: Article) -> np.ndarray:
    """1 for indirect speech without a quotation mark: the last quotative
    ending (다고, 라고 …) is followed by at most ten morphemes holding at
    most two predicates ("…할 수 있다고 연구진은 설명했다")."""
    out = []
    for tokens, text in zip(a.tokens, a.sentences, strict=True):
        ends = [j for j, t in enumerate(tokens) if t.tag == "EC" and t.form in _QUOTATIVE]
        rest = tokens[ends[-1] + 1 :] if ends else ()
        predicates = sum(_tag(t) in ("VV", "VA", "XSV", "XSA") for t in rest)
        speech = bool(ends) and len(rest) <= 10 and predicates <= 2
        out.append(float(speech and not re.search('["“”＂]', text)))
    return np.array(out)


def share(a: Article, tags: Sequence[str]) -> np.ndarray:
    return np.array([sum(_tag(t) in tags for t in ts) / max(1, len(ts)) for ts in a.tokens])


def flag(a: Article, pattern: re.Pattern[str]) -> np.ndarray:
    return np.array([float(bool(pattern.search(s))) for s in a.sentences])


def pre_body(a: Article) -> np.ndarray:
    first = first_body_sentence(a.sentences)
    return np.array([float(i < first) for i in range(len(a.sentences))])


def fragment(a: Article) -> np.ndarray:
    return np.array(
        [
            float(len(s) < 25 or not is_finished(s) or not re.search("[가-힣]", s))
            for s in a.sentences
        ]
    )


def lm_genericity(a: Article) -> np.ndarray:
    """Kiwi's language-model log-probability of the sentence's best
    analysis per morpheme: high for generic wording, low for names,
    figures and rare terms."""
    kiwi = get_kiwi()
    best = [kiwi.analyze(s, top_n=1)[0] for s in a.sentences]
    return np.array([score / max(1, len(tokens)) for tokens, score in best])


# ------------------------------------------------------------ semantics
class Soft:
    """One article's content terms as tf-idf rows and Kiwi's CoNg
    similarity of every two of its terms (numbers and Latin words match
    only themselves); ``matrix(tau)`` keeps the similarities ≥ tau."""

    def __init__(self, a: Article) -> None:
        kiwi = get_kiwi()
        forms: dict[str, tuple[str, str]] = {}
        for tokens in (*a.tokens, a.title_tokens):
            for t in tokens:
                if t.term is not None and _tag(t) not in ("SN", "SL", "NR"):
                    forms.setdefault(t.term, (t.form, t.tag))
        self.vocab = sorted({t for words in (*a.terms, a.title_terms) for t in words})
        size = len(self.vocab)
        self.sims = np.eye(size)
        for i in range(size):
            for j in range(i + 1, size):
                left, right = forms.get(self.vocab[i]), forms.get(self.vocab[j])
                if left is None or right is None:
                    continue
                try:
                    value = float(kiwi.morpheme_similarity(left, right))
                except ValueError:  # a form the model does not know
                    value = 0.0
                self.sims[i, j] = self.sims[j, i] = value
        index = {t: i for i, t in enumerate(self.vocab)}
        n = len(a.terms)
        df = Counter(t for words in a.terms for t in set(words))
        self.idf = np.array(
            [math.log1p(n / df[t]) if t in df else math.log1p(n) for t in self.vocab]
        )
        self.rows = np.zeros((n, size))
        for i, words in enumerate(a.terms):
            for t in words:
                self.rows[i, index[t]] += 1
        self.rows *= self.idf
        self.title = np.zeros(size)
        for t in a.title_terms:
            self.title[index[t]] += self.idf[index[t]]

    def matrix(self, tau: float) -> np.ndarray:
        kept = np.where(self.sims >= tau, self.sims, 0.0)
        np.fill_diagonal(kept, 1.0)
        return kept

    def cosine(self, left: np.ndarray, right: np.ndarray, tau: float) -> np.ndarray:
        """Soft cosine (Sidorov et al., 2014) of every row of left and right."""
        sims = self.matrix(tau)
        norm = lambda x: np.sqrt(np.maximum(np.einsum("ij,jk,ik->i", x, sims, x), 1e-12))  # noqa: E731
        return (left @ sims @ right.T) / np.outer(norm(left), norm(right))

    def headline(self, tau: float) -> np.ndarray:
        if not self.title.any():
            return np.zeros(len(self.rows))
        return self.cosine(self.rows, self.title[None, :], tau)[:, 0]

    def recall(self, tau: float) -> np.ndarray:
        """idf-weighted share of the headline's terms that the sentence
        matches, each by its most similar term."""
        if not self.title.any():
            return np.zeros(len(self.rows))
        sims, wanted = self.matrix(tau), self.title > 0
        best = np.array([(sims[wanted][:, row > 0]).max(1, initial=0.0) for row in self.rows])
        return best @ self.idf[wanted] / self.idf[wanted].sum()

    def centrality(self, tau: float) -> np.ndarray:
        graph = np.maximum(self.cosine(self.rows, self.rows, tau), 0.0)
        np.fill_diagonal(graph, 0.0)
        n = len(graph)
        rows = graph.sum(1, keepdims=True)
        walk = graph / np.where(rows == 0, 1.0, rows)
        return np.linalg.solve(np.eye(n) - 0.85 * walk.T, np.full(n, 0.15 / n))
