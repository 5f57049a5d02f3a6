"""Kiwi's answer for a paragraph seen before is reused (summarizer.analysis):
the sentences, tokens and terms equal a fresh analysis, in every position."""

from summarizer.analysis import PARAGRAPHS, Token, analyse_articles, analyse_stream, content_terms

WIRE = "엔비디아는 새 AI 가속기 B200을 공개했다. 업계는 HBM 수요가 늘 것으로 본다."
OTHER = "삼성전자는 평택 라인 투자를 늘린다고 밝혔다."
LINE = "홍길동 기자"
ARTICLES = [
    [OTHER, WIRE, LINE],
    [WIRE, LINE, WIRE],  # a paragraph twice in one article, and from the last
    ["SK하이닉스 주가가 5% 올랐다.", LINE],
    [WIRE],
]


def _plain(sentences: list[object]) -> list[tuple[object, ...]]:
    return [(s.text, s.paragraph, s.tokens, s.terms) for s in sentences]  # type: ignore[attr-defined]


def test_reused_paragraphs_equal_a_fresh_analysis() -> None:
    fresh = [_plain(list(a)) for a in analyse_articles(ARTICLES)]
    hits, misses = PARAGRAPHS.hits, PARAGRAPHS.misses
    streamed = [_plain(out) for _, out in analyse_stream(ARTICLES, lambda a: a)]
    assert streamed == fresh
    assert PARAGRAPHS.hits - hits >= 5  # WIRE three times more, LINE twice more
    assert PARAGRAPHS.misses - misses <= 4
    again = [_plain(out) for _, out in analyse_stream(ARTICLES[::-1], lambda a: a)]
    assert again == fresh[::-1]  # all from the cache now


def test_sentences_from_the_cache_are_separate_objects() -> None:
    first = next(out for _, out in analyse_stream([[WIRE]], lambda a: a))
    terms = list(first[0].terms)  # computed before the paragraph is reused
    second = next(out for _, out in analyse_stream([[OTHER, WIRE]], lambda a: a))
    reused = [s for s in second if s.paragraph == 1]
    first[0].terms.append("바뀐 것")
    assert reused[0].text == first[0].text and reused[0] is not first[0]
    assert reused[0].terms == terms


def test_content_terms_equal_token_terms() -> None:
    tokens = [
        Token("H", "SL", 0, 1),
        Token("800", "SN", 1, 3),
        Token("만들", "VV-R", 5, 2),
        Token("고", "EC", 7, 1),
        Token("AI", "SL", 9, 2),
        Token("칩", "NNG", 11, 1),
        Token("시스템", "NNG-R", 13, 3),
    ]
    assert content_terms(tokens) == ["h800", "만들다", "ai", "칩", "시스템"]
    assert [t.term for t in tokens] == ["h", "800", "만들다", None, "ai", "칩", "시스템"]
