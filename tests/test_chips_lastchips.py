"""Session 21 chip fixes (dev72): a card made from a chip is the card; an
architecture named as such (기반, 아키텍처) is the product line."""

from __future__ import annotations

from summarizer.entities import load_index


def _chips(text: str) -> set[str]:
    index = load_index()
    found = index.article_vendored([(text, ())])
    return {m.key for _, m, _ in found if m.kind == "chip"}


def test_a_model_made_from_a_chip_in_a_card_form_is_the_card() -> None:
    assert _chips("뉴로칩은 NPU 칩 NX-7을 PCIe 카드로 꾸린 NXC-700을 공개했다.") == {"NX-7"}
    text = "한빛AI는 추론 칩 HB-20을 카드 형태로 만든 HBC-200에 이어 새 NPU를 내놨다."
    assert _chips(text) == {"HB-20"}
    text = "한빛AI는 추론 칩 HB-20을 서버용 모듈로 제작한 HBM-210을 팔기 시작했다."
    assert "HBM-210" not in _chips(text)


def test_memory_made_into_a_card_says_nothing_of_the_product() -> None:
    text = "뉴로칩은 HBM3E를 카드 형태로 만든 NXC-700 가속기를 공개했다."
    assert "NXC-700" in _chips(text)


def test_mobilints_card_is_never_a_chip() -> None:
    assert _chips("모빌린트의 MLA100은 80TOPS 칩 에리스를 쓴다.") == {"ARIES"}
    assert _chips("모빌린트 MLA100 가속기는 공공 CCTV 관제에 들어간다.") == set()


def test_an_architecture_named_as_such_is_the_family() -> None:
    text = "미국은 엔비디아 H200 판매를 허용했지만 블랙웰 기반의 B30A 수출은 막고 있다."
    assert _chips(text) == {"H200", "B30A"}
    assert "Hopper" not in _chips("엔비디아의 중국용 H20은 호퍼 아키텍처 기반 GPU다.")
    assert "Blackwell" not in _chips("엔비디아는 Blackwell-based 칩 B30A를 준비했다.")
    assert "Blackwell" not in _chips("엔비디아 블랙웰 기반 제품은 아직 중국에 못 판다.")


def test_an_architecture_named_as_a_product_stays_the_chip() -> None:
    assert "Blackwell" in _chips("정부가 엔비디아 블랙웰 GPU 수만 장을 들여온다.")
    assert "Blackwell" in _chips("엔비디아는 블랙웰 수요가 예상을 넘는다고 밝혔다.")
