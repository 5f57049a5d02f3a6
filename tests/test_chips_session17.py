"""Session 17's chip rules: a vendor's bare model number, the Korean reading
of a Chinese line's name, a server named for a chip line, memory module
forms, a two-character model number beside another chip."""

from __future__ import annotations

from summarizer.chip_guises import after_device
from summarizer.chip_short import beside_chip
from summarizer.chip_text import another_product
from summarizer.chip_vendor_models import models_by_vendor
from summarizer.entities import load_index
from summarizer.mention import Mention


def _chips(text: str) -> set[str]:
    index = load_index()
    found = index.article_vendored([(text, ())])
    return {m.key for _, m, _ in found if m.kind == "chip"}


def test_a_vendors_bare_model_number_is_its_chip() -> None:
    assert _chips("딥엑스 M1 NPU는 25TOPS 성능을 낸다.") == {"DX-M1"}
    assert _chips("딥엑스는 L2 칩도 함께 공개했다.") == {"DX-L2"}
    assert _chips("딥엑스의 V3 칩은 로봇에 들어간다.") == {"DX-V3"}


def test_the_bare_model_is_no_other_vendors_chip_and_no_factory() -> None:
    assert "L2" not in _chips("딥엑스는 L2 칩도 함께 공개했다.")
    assert _chips("딥엑스 M1 공장 증설 계획도 밝혔다.") == set()


def test_the_vendor_table_holds_letter_models() -> None:
    table = models_by_vendor(load_index().entities)
    assert table["deepx"]["m1"] == "DX-M1"


def test_the_korean_reading_of_a_chinese_line_names_its_chip() -> None:
    assert _chips("호라이즌로보틱스의 정청(征程)6이 완성차에 들어간다.") == {"Journey 6"}
    assert _chips("보급형 자율주행 칩 정청6M도 연내 양산한다.") == {"Journey 6M"}
    assert _chips("정청 앞에서 집회가 열렸다.") == set()


def test_a_model_after_a_server_word_is_the_server() -> None:
    assert after_device("엔플레임은 윈쑤이 서버 S60도 선보였다", len("엔플레임은 윈쑤이 서버 "))
    assert not after_device("엔비디아 H100 서버", 0)
    assert "Hygon K100" not in _chips("하이곤 가속기 Z100과 함께 선하이 서버 K100도 내놨다.")


def test_a_memory_module_form_names_the_module() -> None:
    text = "고용량 DDR5 RDIMM 수요가 컸다"
    start = text.index("DDR5")
    assert another_product(text, start, start + 4, lambda _: None)
    assert _chips("노트북용 LPDDR5X LPCAMM2 모듈도 모자란다.") == set()
    assert _chips("범용 D램 DDR5 고정거래가격이 올랐다.") == {"DDR5"}


def _beside(text: str, name: str, other: str, same_vendor: bool = False) -> bool:
    start = text.index(name)
    mention = Mention(name, "chip", name, start, start + len(name))
    return beside_chip(text, mention, load_index().entities[other], same_vendor)


def test_a_two_character_model_beside_another_chip() -> None:
    assert _beside("관계자는 i20은 T4 대체용으로 썼다", "T4", "Enflame i20")
    assert _beside("RNGD는 L4보다 효율이 높다", "L4", "RNGD")
    assert not _beside("AI5 칩, 블랙박스 업체는 'T4' 출시", "T4", "AI5")
    assert not _beside("RNGD는 L4 자율주행에도 쓰인다", "L4", "RNGD", True)
    assert not _beside("H200의 L2 캐시는 크다", "L2", "H200", True)
    assert not _beside("RNGD와 소후", "소후", "RNGD")
    sentences = ["퓨리오사AI가 NPU RNGD를 공개했다.", "RNGD는 T4 대비 효율이 두 배다."]
    found = load_index().article_vendored([(s, ()) for s in sentences])
    assert {m.key for _, m, _ in found if m.kind == "chip"} == {"RNGD", "T4"}


def test_levels_beside_a_chip_stay_levels() -> None:
    sentences = [
        "엔비디아가 GPU H200을 공개했다.",
        "H200의 L2 캐시는 크다.",
        "H200은 L4 자율주행 연구에 쓰인다.",
    ]
    found = load_index().article_vendored([(s, ()) for s in sentences])
    assert {m.key for _, m, _ in found if m.kind == "chip"} == {"H200"}
