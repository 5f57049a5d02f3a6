"""A catalogued short chip name that is another product's model number
(issue 13, session 16, r17fix35): a phone, a camera, a laptop, a car or an
appliance whose model code equals a catalogued chip's name is no chip unless
the article names the chip's vendor or family; the real chips of the same
names stay found. Sentences invented."""

from __future__ import annotations

import pytest

from summarizer.entities import load_index


def _chips(*sentences: str) -> set[str]:
    found = load_index().article_vendored([(s, ()) for s in sentences])
    return {m.key for _, m, _ in found if m.kind == "chip"}


PRODUCTS = (
    "모토로라 엣지 S60 스마트폰에는 미디어텍 칩이 들어간다.",
    "갤럭시 A30 스마트폰에는 엑시노스 칩이 들어갔다.",
    "갤럭시 A10 보급형 스마트폰은 자체 설계한 AP 칩을 썼다.",
    "화웨이 P40 스마트폰에는 기린 칩이 들어간다.",
    "씽크패드 X220 노트북은 인텔 프로세서를 썼다.",
    "로보락 S80 로봇청소기에는 새 AI 칩이 들어갔다.",
    "아그라스 T10 농업용 드론에는 새 칩이 실렸다.",
    "지리 갤럭시 Z100 SUV에는 자체 설계한 AI 칩이 들어간다.",
    "그램 T20 노트북은 인텔 칩을 택했다.",
    "메르세데스 C500 세단에는 엔비디아 칩이 들어간다.",
    "샤오미 레드미 K100 스마트폰은 미디어텍 AP를 탑재했다.",
    "니콘 쿨픽스 P100 카메라에는 새 영상 칩이 들어갔다.",
    "갤럭시 A40 스마트폰과 갤럭시 A30 스마트폰 모두 엑시노스 칩을 썼다.",
    "비전 S60 전기 세단에는 퀄컴 칩이 들어간다.",
)


@pytest.mark.parametrize("text", PRODUCTS)
def test_a_products_model_code_is_no_chip(text: str) -> None:
    assert _chips(text) == set()


CHIPS = (
    (("엔플레임의 S60 가속기는 추론용으로 설계됐다.",), "Enflame S60"),
    (("엔비디아는 중국에 A30 GPU를 공급했다.",), "A30"),
    (("무어스레드 MTT S80 그래픽카드가 출시됐다.",), "MTT S80"),
    (("사피온 X220 칩은 데이터센터 추론에 쓰인다.",), "X220"),
    (("하이곤 Z100 가속기는 중국 슈퍼컴퓨터에 쓰였다.",), "Hygon Z100"),
    (("엔비디아 P100 GPU는 2016년에 나왔다.",), "P100"),
    (("엔비디아 H20 판매가 중국에서 막혔다.",), "H20"),
    (("H100 GPU 수요가 늘었다.",), "H100"),
    (("화웨이 어센드 910B 칩은 중국 AI 기업들이 쓴다.",), "Ascend 910B"),
    (
        ("엔플레임은 상하이의 AI 칩 기업이다.", "회사의 T20 가속기가 데이터센터에 들어갔다."),
        "Enflame T20",
    ),
    (("엔비디아가 A40을 공개했다.", "워크스테이션용 A40 보드는 그래픽 작업에 쓰인다."), "A40"),
)


@pytest.mark.parametrize(("sentences", "chip"), CHIPS)
def test_the_real_chip_of_the_same_name_stays(sentences: tuple[str, ...], chip: str) -> None:
    assert chip in _chips(*sentences)


def test_the_vendor_named_in_the_article_keeps_the_chip() -> None:
    """Support as the chip: the article names its vendor (the AND of the rule)."""
    found = _chips("사피온은 추론용 NPU 기업이다.", "씽크패드 X220 노트북은 인텔 프로세서를 썼다.")
    assert "X220" in found


def test_a_server_after_the_name_is_the_chips() -> None:
    assert "H100" in _chips("업계 H100 서버 수요가 늘었다.")


def test_an_english_plural_is_the_chip() -> None:
    assert "H100" in _chips("Chip stocks rise as orders for H100s grow.")
