"""The sentence ranker's round-three signals, and re-ranking a store that an
older ranker scored."""

from __future__ import annotations

from pathlib import Path

import pytest
from news_site import HBM

from summarizer.analysis import analyse_sentences, content_terms
from summarizer.corpus import Corpus
from summarizer.rank import RANKER_VERSION, lead_centrality, quote_signal, score_sentences
from summarizer.store import Store


def test_quote_signal_marks_direct_speech_only() -> None:
    texts = [
        '그는 "칩이 부족하다"고 말했다.',
        "“수요가 크다”고 밝혔다.",
        "회사는 ＂내년에 출하한다＂고 했다.",
        "업계는 '차세대 칩'에 주목했다.",  # single marks: emphasis, not speech
        "업계는 ‘차세대 칩’에 주목했다.",
        "Nvidia’s new chip ships next year.",  # an apostrophe
        "미국이 허가한 「H20」 GPU는 우위가 크지 않다.",  # a name, not speech
        "인용이 없는 문장이다.",
    ]
    assert quote_signal(texts) == [1.0, 1.0, 1.0] + [0.0] * 5


def test_lead_centrality_follows_the_lead() -> None:
    terms = [["칩", "출하"], ["칩", "출하", "가격"], ["날씨"], ["가격", "칩"]]
    ranks = lead_centrality(terms, [1.0, 0.7, 0.6, 0.5])
    assert len(ranks) == 4 and min(ranks) == 0.0 and max(ranks) == 1.0
    assert ranks[2] == 0.0  # shares no word: only its own jumps reach it
    # with no lead at all the jumps are uniform
    assert lead_centrality(terms, [0.0] * 4)[1] == 1.0
    assert lead_centrality([["칩"]], [1.0]) == [1.0]
    assert lead_centrality([[], []], [1.0, 0.5]) == [1.0, 0.0]


def test_a_quoted_sentence_ranks_above_its_unquoted_twin() -> None:
    texts = [
        "엔비디아가 새 인공지능 칩을 내년 초 출하한다고 밝혔다.",
        "회사 관계자는 새 칩의 성능이 이전보다 두 배 높다고 말했다.",
        "회사 관계자는 “새 칩의 성능이 이전보다 두 배 높다”고 말했다.",
    ]
    tokens = analyse_sentences(["엔비디아 새 칩 출하", *texts])
    terms = [content_terms(t) for t in tokens[1:]]
    scores = score_sentences(terms, content_terms(tokens[0]), texts=texts)
    assert scores[2] > scores[1]
    assert all(0.0 <= s <= 1.0 for s in scores)


def test_a_store_ranked_by_an_older_ranker_is_ranked_again(tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite3"
    corpus = Corpus(Store(path))
    article_id, _ = corpus.add_text("\n\n".join([HBM[0], *HBM[1]]))
    fresh = [(s.idx, s.score, s.rank) for s in corpus.store.sentences(article_id)]
    assert corpus.store.get_meta("ranker") == RANKER_VERSION
    # what a store written before the ranker was versioned looks like
    with corpus.store.transaction() as db:
        db.execute("UPDATE sentences SET score = 0.5, rank = idx")
        db.execute("DELETE FROM meta WHERE key = 'ranker'")
    corpus.store.close()
    reopened = Corpus(Store(path))
    again = [(s.idx, s.score, s.rank) for s in reopened.store.sentences(article_id)]
    assert [(i, r) for i, _, r in again] == [(i, r) for i, _, r in fresh]
    assert [s for _, s, _ in again] == pytest.approx([s for _, s, _ in fresh])
    assert reopened.store.get_meta("ranker") == RANKER_VERSION
    reopened.store.close()
