"""Session 15 (r16fix21, dev31's first run): edge, automotive, PIM and
photonic chips in the catalogue; a line's code joined to a model code
("QX7-MP250"); a Latin line word before a model number; a Latin name after
its Hangul spelling; a short form read as the full name the article gives."""

from __future__ import annotations

import pytest
from test_chip_catalogue import chips

from summarizer.chip_discovery import full_model
from summarizer.chip_short import full_name
from summarizer.entities import load_index


@pytest.mark.parametrize(
    ("name", "vendor"),
    [
        ("Myriad X", "Intel"), ("Keem Bay", "Intel"), ("GAP9", "GreenWaves"),
        ("R-Car V4H", "Renesas"), ("CV3-AD685", "Ambarella"), ("HBM-PIM", "Samsung Electronics"),
        ("PACE", "Lightelligence"), ("RecAccel N3000", "Neuchips"), ("AKD1000", "BrainChip"),
        ("DX-L1", "DeepX"), ("Hailo-15H", "Hailo"), ("Journey 3", "Horizon Robotics"),
    ],
)  # fmt: skip
def test_catalogue_has_edge_car_pim_and_photonic_chips(name: str, vendor: str) -> None:
    index = load_index()
    key = index.resolve(name)
    assert key is not None, name
    assert index.vendor_of(key) == vendor


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("인텔 모비디우스의 엣지 칩 미리어드 X(Myriad X)가 쓰인다.", ["Myriad X"]),
        ("르네사스는 R-Car V4H를 앞세워 공급 협상을 벌인다.", ["R-Car V4H"]),
        ("인텔은 2019년 하바나를 샀다. 하바나의 추론용 고야(Goya)는 단종 수순이다.", ["Goya"]),
        (
            "PFN은 1세대 MN-Core를 넣은 슈퍼컴퓨터를 만들었다. 새 칩은 MN-Core 2다.",
            ["MN-Core", "MN-Core 2"],
        ),
    ],
)
def test_catalogued_names_in_context(text: str, expected: list[str]) -> None:
    assert sorted(set(chips(text))) == sorted(expected)


def test_a_painter_is_no_chip() -> None:
    assert chips("미술관은 고야(Goya)의 판화를 전시한다.") == []


def test_a_line_code_joined_to_a_model_code_is_one_name() -> None:
    assert chips("신생 업체는 자율주행용 중앙 칩 QX7-MP250을 처음 선보였다.") == ["QX7-MP250"]


def test_the_line_word_and_the_short_form() -> None:
    text = "업체는 추천 전용 가속기 EvoAccel N5000을 공개했다. 회사는 N5000 칩이 전력을 덜 쓴다고 밝혔다."
    assert set(chips(text)) == {"EvoAccel N5000"}
    assert full_model("가속기 EvoAccel N5000을", 13, 18, []) == ("EvoAccel N5000", 4, 18)
    # a word the index has read (a vendor's name) stays out of the name
    assert full_model("가속기 EvoAccel N5000을", 13, 18, [(4, 12)]) == ("N5000", 13, 18)


def test_a_latin_name_after_its_hangul_spelling() -> None:
    assert set(chips("2세대 추론 칩 라피드AI300(rapidAI300)을 공개했다.")) == {"rapidAI300"}


def test_full_name_of_a_short_form() -> None:
    assert full_name("N3000", {"RecAccel N3000", "N3000"}) == "RecAccel N3000"
    assert full_name("AI240", {"speedAI240"}) == "speedAI240"
    assert full_name("B200", {"GB200"}) is None  # a capital before the tail: another chip
    assert full_name("X12", {"AX12"}) is None  # too short


def test_a_use_word_before_a_common_word_chip() -> None:
    text = "인텔은 2019년 하바나랩스를 인수했다. 하바나의 첫 제품은 추론용 고야였다."
    assert chips(text) == ["Goya"]
    assert chips("인텔은 실적을 발표했다. 미술관은 고야 판화를 전시한다.") == []
