"""r17fix37: a vendor's chip named by a common word at a clause's head beside
its sibling chip, and the vendor spellings d-매트릭스 / 액셀러라."""

from __future__ import annotations

from summarizer.entities import load_index


def _chips(*sentences: str) -> set[str]:
    index = load_index()
    found = index.article_vendored([(s, ()) for s in sentences])
    return {m.key for _, m, _ in found if m.kind == "chip"}


def test_a_word_heading_a_clause_beside_its_sibling_is_the_chip() -> None:
    assert _chips("텐스토렌트 대표 인터뷰", '"웜홀이 번 돈, 전부 블랙홀 칩에 넣었다"') == {
        "Wormhole",
        "Blackhole",
    }


def test_the_sibling_alone_is_not_enough() -> None:
    # no vendor anywhere in the article: the word stays a word
    assert "Wormhole" not in _chips('"웜홀이 번 돈, 전부 블랙홀 칩에 넣었다"')


def test_a_word_after_a_noun_or_as_a_simile_stays_a_word() -> None:
    assert "Blackhole" not in _chips("텐스토렌트 소식", "투자 블랙홀에서 웜홀 칩으로 벗어났다")
    assert "Blackhole" not in _chips("텐스토렌트 소식", "블랙홀처럼 인재를 빨아들이는 웜홀 칩")


def test_vendor_spellings_with_a_latin_d_and_accelera() -> None:
    assert _chips("D-매트릭스는 연산 가속기 커세어를 시험 공급했다.") == {"Corsair"}
    assert _chips("액셀러라AI는 유로파를 앞세워 공장 자동화 시장을 두드린다.") == {"Europa"}
    assert _chips("그리스 신화의 메티스는 지혜의 여신이다.") == set()
