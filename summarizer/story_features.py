"""What an article is about, as a weighted bag of features for story clustering.

Features are the Kiwi content terms of the title and the body (computed at
ingest), the entities the article names (``@key``: a chip or company however
it is spelled — 엔비디아, NVIDIA, 英伟达 are one feature) and its numbers
(terms with digits: "1조2천억", "h20"). Title and lead terms weigh more:
news states its story in the headline and the first sentences. Term
frequency is dampened (1 + log tf); inverse document frequency comes from
the store's running document counts (:mod:`summarizer.stories`).

Similarity is the cosine of the TF-IDF vectors.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache

TITLE_WEIGHT = 3.0
LEAD_WEIGHT = 2.0
LEAD_SENTENCES = 3
ENTITY_WEIGHT = 3.0
PREDICATES = True
# Features kept per article (by TF-IDF): bounds the stored vector and the
# cost of a comparison.
VECTOR_TERMS = 60
# Words every news article uses; they say nothing about which story it tells.
STOPWORDS = frozenset(
    """
    있다 없다 하다 되다 이다 아니다 같다 밝히다 말하다 전하다 따르다 대하다 위하다
    통하다 보다 나오다 가다 오다 주다 받다 알다 들다 이르다 관하다 의하다 설명하다
    기자 뉴스 연합뉴스 뉴시스 뉴스1 사진 제공 무단 전재 배포 금지 저작권 재배포 이날
    지난 올해 오늘 내일 어제 현재 관계자 이번 최근 당시 오전 오후 경우 가운데 정도
    이후 이전 관련 대해 통해 위해 때문 우리 이것 그것 여기 거기 이상 이하 수준 부분
    """.split()
)


@lru_cache(maxsize=1 << 16)  # pure, and asked of the same words article after article
def usable(term: str) -> bool:
    """A term worth a feature: a noun, name or number of two characters or
    more, or with a digit. Predicates (stored as lemmas, "늘다") are left
    out: outlets reword the verbs of a story, not its names."""
    if term in STOPWORDS or (PREDICATES and term.endswith("다") and len(term) >= 2):
        return False
    return len(term) >= 2 or any(ch.isdigit() for ch in term)


def article_features(
    title_terms: Sequence[str],
    sentence_terms: Sequence[Sequence[str]],
    entities: Mapping[str, int],
    exclude: Iterable[str] = (),
) -> dict[str, float]:
    """Dampened, position-weighted term frequencies of one article.
    ``entities`` maps entity key → sentences naming it; ``exclude`` holds
    words of the outlet's and author's names (a byline links nothing)."""
    skip = {w.casefold() for w in exclude}
    raw: dict[str, float] = {}
    for index, terms in enumerate(sentence_terms):
        weight = LEAD_WEIGHT if index < LEAD_SENTENCES else 1.0
        for term in terms:
            raw[term] = raw.get(term, 0.0) + weight
    for term in set(title_terms):
        raw[term] = raw.get(term, 0.0) + TITLE_WEIGHT
    features = {
        term: 1.0 + math.log(count)
        for term, count in raw.items()
        if usable(term) and term not in skip
    }
    for key, count in entities.items():
        features["@" + key] = ENTITY_WEIGHT + math.log(1 + count)
    return features


# Pseudo-documents that contain none of the terms: in a young store (the
# first articles of a fresh install) three articles sharing a word would
# otherwise make it look as common as a word in every article.
PRIOR_DOCUMENTS = 10


def idf(df: int, documents: int) -> float:
    """Smoothed inverse document frequency; never below a small floor, so a
    word in every article still counts a little."""
    return max(0.05, math.log((documents + PRIOR_DOCUMENTS + 1) / (df + 0.5)))


def weighted(features: Mapping[str, float], idfs: Mapping[str, float]) -> dict[str, float]:
    return {t: w * idfs.get(t, 1.0) for t, w in features.items()}


def top_terms(vector: Mapping[str, float], count: int) -> list[str]:
    """The ``count`` heaviest terms, ties by term (sorting plain tuples: no
    key function called per item)."""
    return [t for _, t in sorted([(-w, t) for t, w in vector.items()])[:count]]


def norm(vector: Mapping[str, float]) -> float:
    return math.sqrt(sum(w * w for w in vector.values())) or 1.0


def weighted_cosine(
    vector: Mapping[str, float],
    vector_norm: float,
    features: Mapping[str, float],
    idfs: Mapping[str, float],
) -> float:
    """``cosine(vector, weighted(features, idfs))`` (``vector_norm`` is
    ``norm(vector)``), the same float, without building the weighted vector:
    the same products, summed in the same order."""
    get = idfs.get
    values = [w * get(t, 1.0) for t, w in features.items()]
    if len(vector) > len(features):
        dot = sum(v * vector[t] for t, v in zip(features, values, strict=True) if t in vector)
    else:
        dot = sum(w * (features[t] * get(t, 1.0)) for t, w in vector.items() if t in features)
    return dot / (vector_norm * (math.sqrt(sum(v * v for v in values)) or 1.0))


def cosine(a: Mapping[str, float], b: Mapping[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    dot = sum(w * b[t] for t, w in a.items() if t in b)
    return dot / (norm(a) * norm(b))
