"""Session 18's chip rules: a card, module or board named by its form is that
product; a one-digit model number is a chip only beside a chip word."""

from __future__ import annotations

from summarizer.chip_guises import after_device
from summarizer.entities import load_index


def _chips(text: str) -> set[str]:
    index = load_index()
    found = index.article_vendored([(text, ())])
    return {m.key for _, m, _ in found if m.kind == "chip"}


def test_a_name_after_a_form_factor_card_is_the_card() -> None:
    assert _chips("딥엑스는 칩을 꽂아 쓰는 PCIe 카드 DX-H1도 판다.") == set()
    assert _chips("에지코틱스는 추론 칩 외에 PCIe 카드 SAKURA-II도 판다.") == set()
    assert _chips("하일로는 AI 칩 외에 개발자용 보드 하일로-8L도 판다.") == set()
    assert after_device("M.2 모듈 X", len("M.2 모듈 "))


def test_a_discovered_model_after_a_form_factor_card_is_the_card() -> None:
    text = "뉴로밸리는 NPU 칩 NV-220과 칩 네 개를 꽂은 PCIe 카드 NVC-880을 공개했다."
    assert _chips(text) == {"NV-220"}


def test_a_card_named_for_what_it_computes_stays_the_chip() -> None:
    assert _chips("IBM은 메인프레임용 AI 가속 카드 스파이어(Spyre)를 출시했다.") == {"Spyre"}
    assert _chips("퀄컴은 이미 추론 카드 클라우드 AI 100 울트라를 판다.") == {"Cloud AI 100 Ultra"}
    assert _chips("딥엑스는 서버용 NPU DX-H1을 공개했다.") == {"DX-H1"}
    assert "RTX 5090" in _chips("엔비디아 그래픽카드 RTX 5090 품귀")


def test_a_one_digit_model_beside_a_chip_word_is_a_chip() -> None:
    assert _chips("케이론의 KX5 칩은 전력이 2W다.") == {"KX5"}
    assert _chips("MX3는 칩을 여러 개 이어 붙여 큰 모델을 돌린다.") == {"MX3"}
    assert _chips("엣지 AI 칩 KX5를 한국 시장에 내놓는다.") == {"KX5"}


def test_a_one_digit_model_far_from_a_chip_word_is_none() -> None:
    assert _chips("삼성 SF2 공정에서 만든 칩과 PS5 게임기") == set()
    assert _chips("AI 칩 시장에서 PS5 판매가 늘었다.") == set()
    assert _chips("애플 M4 칩") == set()
