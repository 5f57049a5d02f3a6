"""Kiwi's tokens cut into sentences by us (summarizer.analysis.kiwi_sentences)
equal ``Kiwi.split_into_sents(text, return_tokens=True)``: the same spans and
the same tokens, on texts with quotes that hold sentences, addresses, line
breaks, Latin and numbers, white space only and nothing at all."""

from pathlib import Path

from summarizer.analysis import get_kiwi, kiwi_sentences

TEXTS = [
    "",
    "   ",
    "엔비디아는 새 AI 가속기 B200을 공개했다. 업계는 HBM 수요가 늘 것으로 본다.",
    '그는 "수요가 늘었다. 공급은 부족하다."라고 말했다. 다음 문장이다',
    "자세한 내용은 https://example.com/a?b=1 참고. 문의: kim@example.co.kr #반도체 @기자",
    "  앞에 빈칸이 있고\n줄이 바뀌는 문단\n\n세 번째 줄입니다!  ",
    "SK하이닉스 주가가 5.3% 올랐다…삼성전자는 1조3천억원?! (출처: 한빛일보) 😀",
]
ROOT = Path(__file__).resolve().parents[1]


def _split(texts: list[str]) -> list[list[tuple[object, ...]]]:
    answers = get_kiwi().split_into_sents(texts, return_tokens=True)
    return [[(s.start, s.end, tuple(s.tokens)) for s in sents] for sents in answers]


def _ours(texts: list[str]) -> list[list[tuple[object, ...]]]:
    return [list(kiwi_sentences(tokens)) for tokens in get_kiwi().tokenize(texts)]


def _fields(answers: list[list[tuple[object, ...]]]) -> list[object]:
    return [
        [(a, b, [(t.form, t.tag, t.start, t.len) for t in toks]) for a, b, toks in sents]  # type: ignore[attr-defined]
        for sents in answers
    ]


def test_the_same_sentences_as_split_into_sents() -> None:
    assert _fields(_ours(TEXTS)) == _fields(_split(TEXTS))


def test_the_same_on_real_paragraphs() -> None:
    lines = []
    for path in sorted((ROOT / "tests" / "data" / "day1").glob("*.txt"))[:20]:
        lines += [
            line for line in path.read_text("utf-8", errors="replace").splitlines() if line.strip()
        ]
    assert len(lines) > 50
    assert _fields(_ours(lines)) == _fields(_split(lines))
