"""summarizer/rank.py computes sumy's TextRank itself (the similarity matrix
built with numpy, sumy's power method, without importing sumy at ingest).
This test pins it to sumy's own ratings on a fixed Korean text, tokenized
the same way for both, so a sumy release that changes TextRank fails here
instead of silently changing summaries."""

import pytest
from sumy.summarizers.text_rank import TextRankSummarizer

from summarizer import rank
from summarizer.analysis import analyse_paragraphs
from summarizer.rank import sumy_document, textrank_scores

TEXT = [
    "딥시크의 출현은 미중 간 AI 경쟁의 판도를 크게 바꿀 것이란 전망이다.",
    "화웨이와 같은 중국 칩 제조업체들이 딥시크 기술을 자사 시스템에 도입하고 있다.",
    "로이터통신은 중국이 AI 분야에서 미국과의 격차를 좁히고 있다고 전했다.",
    "딥시크의 AI 모델은 적은 자원으로도 빠르고 정확한 데이터 처리가 가능하다.",
    "엔비디아 칩은 여전히 AI 시장에서 핵심적인 역할을 하고 있다.",
    "중국 정부는 AI 혁신 센터 설립과 R&D 프로젝트로 기술 발전을 지원한다.",
    "전문가들은 중국 AI 기술이 당장 미국을 따라잡기는 어렵다고 본다.",
]


def test_our_constants_are_sumys() -> None:
    summarizer = TextRankSummarizer()
    assert (rank._EPSILON, rank._DAMPING) == (summarizer.epsilon, summarizer.damping)
    assert rank._ZERO_DIVISION_PREVENTION == TextRankSummarizer._ZERO_DIVISION_PREVENTION


def test_our_textrank_rates_like_sumys_own() -> None:
    terms = [sentence.terms for sentence in analyse_paragraphs(TEXT)]
    assert len(terms) == len(TEXT)
    document = sumy_document(terms)
    theirs = TextRankSummarizer().rate_sentences(document)
    expected = [float(theirs[s]) for s in document.sentences]
    ours = textrank_scores(terms)
    assert ours == pytest.approx(expected, rel=1e-9, abs=1e-12)
    assert len(set(ours)) > 1  # a real ranking, not a flat one
