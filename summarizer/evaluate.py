"""Scoring extractive summarizers on sci-news-sum-kr-50-format files.

Each file holds an article already split into ``sentences`` and the indices
a human picked (``summaries``). A method picks k = len(summaries) sentences;
we report sentence precision/recall/F1 of the picked indices, and ROUGE-1/2/L
F1 (Lin, 2004) of the picked text against the gold text on Kiwi morphemes,
all macro-averaged over the files.

The peers run on the very same sentences and morphemes: lead-k and sumy's
LexRank, TextRank, LSA, Luhn and Reduction fed with Kiwi content morphemes;
textrankr and krwordrank when the optional ``bench`` extra is installed.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .analysis import Token, analyse_sentences, content_terms
from .rank import score_sentences, sumy_document

# Punctuation and symbols are left out of ROUGE: they are not content and
# every sentence ends with one.
_PUNCTUATION = frozenset({"SF", "SP", "SS", "SSO", "SSC", "SE", "SO", "SW"})


@dataclass(frozen=True)
class Article:
    """One file: the given sentences, their analysis, and the gold picks."""

    name: str
    title: str
    sentences: tuple[str, ...]
    gold: tuple[int, ...]
    tokens: tuple[tuple[Token, ...], ...]  # Kiwi morphemes of each sentence
    title_tokens: tuple[Token, ...]

    @property
    def k(self) -> int:
        return len(self.gold)

    @property
    def terms(self) -> list[list[str]]:
        return [content_terms(t) for t in self.tokens]

    @property
    def title_terms(self) -> list[str]:
        return content_terms(self.title_tokens)


@dataclass(frozen=True)
class Scores:
    precision: float
    recall: float
    f1: float
    rouge1: float
    rouge2: float
    rougel: float

    def as_json(self) -> dict[str, float]:
        return {k: round(v, 4) for k, v in self.__dict__.items()}


Method = Callable[[Article], Sequence[int]]


def load_articles(folder: str | Path) -> list[Article]:
    """Read every ``*.json`` article of ``folder`` (sorted by name) and
    analyse all sentences and titles with Kiwi in one batch."""
    raw: list[tuple[str, dict[str, Any]]] = []
    for path in sorted(Path(folder).glob("*.json")):
        data = json.loads(path.read_text("utf-8"))
        if not isinstance(data, dict) or not isinstance(data.get("sentences"), list):
            raise ValueError(f"{path.name}: not a sci-news-sum-kr-50 article")
        raw.append((path.stem, data))
    texts: list[str] = []
    for _, data in raw:
        texts.append(str(data.get("title") or ""))
        texts.extend(str(s) for s in data["sentences"])
    analysed = analyse_sentences(texts) if texts else []
    articles, at = [], 0
    for name, data in raw:
        n = len(data["sentences"])
        gold = tuple(sorted(int(i) for i in data.get("summaries", [])))
        if any(not 0 <= i < n for i in gold):
            raise ValueError(f"{name}: summary index out of range")
        articles.append(
            Article(
                name=name,
                title=str(data.get("title") or ""),
                sentences=tuple(str(s) for s in data["sentences"]),
                gold=gold,
                title_tokens=tuple(analysed[at]),
                tokens=tuple(tuple(t) for t in analysed[at + 1 : at + 1 + n]),
            )
        )
        at += 1 + n
    return articles


# ---------------------------------------------------------------- metrics
def sentence_prf(picked: Sequence[int], gold: Sequence[int]) -> tuple[float, float, float]:
    """Precision, recall and F1 of picked sentence indices."""
    hit = len(set(picked) & set(gold))
    p = hit / len(set(picked)) if picked else 0.0
    r = hit / len(set(gold)) if gold else 0.0
    return p, r, _f1(p, r)


def rouge_n(candidate: Sequence[str], reference: Sequence[str], n: int) -> float:
    """ROUGE-N F1 with clipped n-gram counts."""
    cand = Counter(tuple(candidate[i : i + n]) for i in range(len(candidate) - n + 1))
    ref = Counter(tuple(reference[i : i + n]) for i in range(len(reference) - n + 1))
    if not cand or not ref:
        return 0.0
    overlap = sum((cand & ref).values())
    return _f1(overlap / sum(cand.values()), overlap / sum(ref.values()))


def rouge_l(candidate: Sequence[str], reference: Sequence[str]) -> float:
    """ROUGE-L F1: longest common subsequence of the two token sequences."""
    if not candidate or not reference:
        return 0.0
    previous = [0] * (len(reference) + 1)
    for a in candidate:
        current = [0]
        for j, b in enumerate(reference):
            current.append(previous[j] + 1 if a == b else max(previous[j + 1], current[j]))
        previous = current
    lcs = previous[-1]
    return _f1(lcs / len(candidate), lcs / len(reference))


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def morphemes(tokens: Sequence[Token]) -> list[str]:
    """The morphemes ROUGE compares: form/tag, punctuation left out."""
    return [f"{t.form}/{t.tag}" for t in tokens if t.tag not in _PUNCTUATION]


def score_article(article: Article, picked: Sequence[int]) -> Scores:
    picked = sorted(set(picked))
    p, r, f = sentence_prf(picked, article.gold)
    cand = [m for i in picked for m in morphemes(article.tokens[i])]
    ref = [m for i in article.gold for m in morphemes(article.tokens[i])]
    return Scores(p, r, f, rouge_n(cand, ref, 1), rouge_n(cand, ref, 2), rouge_l(cand, ref))


def macro(scores: Sequence[Scores]) -> Scores:
    n = max(1, len(scores))
    return Scores(*(sum(getattr(s, f) for s in scores) / n for f in Scores.__dataclass_fields__))


# ---------------------------------------------------------------- methods
def _top_k(scores: Sequence[float], k: int) -> list[int]:
    """Indices of the k best scores (earlier sentence wins a tie), ascending."""
    order = sorted(range(len(scores)), key=lambda i: (-scores[i], i))
    return sorted(order[:k])


def briefbot_method(article: Article) -> list[int]:
    """Ours: the ranking the bot stores at ingest (summarizer.rank)."""
    scores = score_sentences(article.terms, article.title_terms, texts=article.sentences)
    return _top_k(scores, article.k)


def lead_method(article: Article) -> list[int]:
    return list(range(min(article.k, len(article.sentences))))


def sumy_method(name: str) -> Method:
    """A sumy summarizer fed with Kiwi content morphemes."""

    def method(article: Article) -> list[int]:
        from sumy.summarizers.lex_rank import LexRankSummarizer
        from sumy.summarizers.lsa import LsaSummarizer
        from sumy.summarizers.luhn import LuhnSummarizer
        from sumy.summarizers.reduction import ReductionSummarizer
        from sumy.summarizers.text_rank import TextRankSummarizer

        classes: dict[str, Any] = {
            "LexRank": LexRankSummarizer,
            "TextRank": TextRankSummarizer,
            "LSA": LsaSummarizer,
            "Luhn": LuhnSummarizer,
            "Reduction": ReductionSummarizer,
        }
        document = sumy_document(article.terms)
        picked = classes[name]()(document, article.k)
        return sorted(int(s._text) for s in picked)

    return method


def _textrankr_method(article: Article) -> list[int]:
    from textrankr import TextRank

    def tokenizer(text: str) -> list[str]:
        return [m for toks in analyse_sentences([text]) for m in content_terms(toks)]

    picked = TextRank(tokenizer).summarize("\n".join(article.sentences), article.k, verbose=False)
    return _indices_of(article, list(picked))


def _krwordrank_method(article: Article) -> list[int]:
    from krwordrank.sentence import summarize_with_sentences

    try:
        _, sents = summarize_with_sentences(
            list(article.sentences), num_keysents=article.k, min_count=2, max_length=10
        )
    except (ValueError, ZeroDivisionError, IndexError):
        return lead_method(article)  # too few repeated words for its keyword graph
    return _indices_of(article, list(sents))


def _indices_of(article: Article, texts: Sequence[str]) -> list[int]:
    """Map sentences a peer returned (possibly re-split fragments) back to
    the given sentences."""
    out: list[int] = []
    for text in texts:
        text = text.strip(". ")
        for i, sentence in enumerate(article.sentences):
            if i not in out and text and text in sentence:
                out.append(i)
                break
    return sorted(out[: article.k])


SUMY_PEERS = ("LexRank", "TextRank", "LSA", "Luhn", "Reduction")


def available_methods() -> tuple[dict[str, Method], list[str]]:
    """Ours first, then the peers; and notes on peers that could not run."""
    methods: dict[str, Method] = {"briefbot": briefbot_method, "lead-k": lead_method}
    for name in SUMY_PEERS:
        methods[f"sumy {name}"] = sumy_method(name)
    notes: list[str] = []
    optional: dict[str, tuple[str, Method]] = {
        "textrankr (Kiwi)": ("textrankr", _textrankr_method),
        "krwordrank": ("krwordrank", _krwordrank_method),
    }
    for label, (module, method) in optional.items():
        try:
            __import__(module)
        except ImportError:
            notes.append(f"{label}: not installed (uv sync --extra bench), skipped")
            continue
        methods[label] = method
    return methods, notes


@dataclass(frozen=True)
class Report:
    files: int
    scores: dict[str, Scores]  # method → macro average
    predictions: dict[str, list[int]]  # ours: file stem → picked indices
    notes: list[str]

    def as_json(self) -> dict[str, object]:
        return {
            "files": self.files,
            "scores": {m: s.as_json() for m, s in self.scores.items()},
            "notes": self.notes,
        }

    def table(self) -> str:
        head = "| method | P | R | F1 | ROUGE-1 | ROUGE-2 | ROUGE-L |"
        lines = [head, "|---|---|---|---|---|---|---|"]
        for name, s in self.scores.items():
            values = (s.precision, s.recall, s.f1, s.rouge1, s.rouge2, s.rougel)
            lines.append(f"| {name} | " + " | ".join(f"{v:.3f}" for v in values) + " |")
        return "\n".join(lines)


def evaluate(articles: Sequence[Article], methods: dict[str, Method] | None = None) -> Report:
    notes: list[str] = []
    if methods is None:
        methods, notes = available_methods()
    scores: dict[str, Scores] = {}
    predictions: dict[str, list[int]] = {}
    for label, method in methods.items():
        per_file = []
        for article in articles:
            picked = sorted(set(method(article)))
            if label == "briefbot":
                predictions[article.name] = picked
            per_file.append(score_article(article, picked))
        scores[label] = macro(per_file)
    return Report(len(articles), scores, predictions, notes)
