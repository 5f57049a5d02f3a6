"""Round 24 (r24booth): booth and hall numbers, and model numbers inside a
device's quoted name, are no chips; quoted chips after a chip noun still are.
All texts are invented."""

from __future__ import annotations

import pytest
from test_chip_catalogue import chips

from summarizer.chip_booths import booth_number, device_named, in_device_name


def _span(text: str, name: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(name, start + 1)
    return start, start + len(name)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("반도체 특별관(B홀 B415)에는 NPU 업체가 모였다.", "B415"),
        ("'AI 칩 존'(D홀 D120~D136)에는 가속기 업체 9곳이 섰다.", "D120"),
        ("'AI 칩 존'(D홀 D120~D136)에는 가속기 업체 9곳이 섰다.", "D136"),
        ("◆E홀 E207 가온칩스 = NPU 설계 플랫폼 소개.", "E207"),
        ("NPU 스타트업들은 K118 부스에 모였다.", "K118"),
        ("부스 번호 F044에서 신형 GPU 보드를 볼 수 있다.", "F044"),
        ("■ G310 퀄컴 공동관 = 엣지 NPU 데모.", "G310"),
    ],
)
def test_a_booth_number_is_no_chip(text: str, name: str) -> None:
    assert booth_number(text, *_span(text, name))
    assert name not in chips(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("엔비디아는 B홀에서 신형 GPU B300을 공개했다.", "B300"),
        ("텐스토렌트는 블랙홀 P150 카드를 전시했다.", "P150"),
        ("부스에는 AI 칩 'NX-5'가 놓였다.", "NX-5"),
    ],
)
def test_a_chip_beside_a_hall_or_booth_word_is_no_booth_number(text: str, name: str) -> None:
    assert not booth_number(text, *_span(text, name))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("NPU 전시장에는 휴대용 라우터 '모바일 허브 RX-M500'도 나왔다.", "RX-M500"),
        ("AMD 칩을 쓴 태블릿 '스타 플로우 Z14 GX501'이 놓였다.", "Z14"),
        ("GPU 전시 옆에는 AI 엣지 PC 'PXR-B7'이 놓였다.", "PXR-B7"),
        ("NPU 칩 옆에는 스마트 카메라 '비전아이 VX-42'가 놓였다.", "VX-42"),
        ("GPU를 쓴 게이밍 노트북 '스톰 R16 SX900'이 놓였다.", "R16"),
        ("NPU 칩 옆에는 드론 '스카이 DR-9 프로'가 떴다.", "DR-9"),
    ],
)
def test_a_model_number_in_a_devices_quoted_name_is_that_device(text: str, name: str) -> None:
    assert device_named(text, *_span(text, name))
    assert name not in chips(text)


def test_a_catalogued_name_inside_a_devices_quoted_name_is_no_chip() -> None:
    text = "와이파이 공유기 '홈넷 5G 에그 K-M300'과 AI 칩 전시."
    assert in_device_name(text, *_span(text, "M300"))
    assert "Kunlun M300" not in chips(text)


def test_a_device_whose_quoted_name_is_a_catalogued_chip_is_left_alone() -> None:
    text = "노트북 'H100'이라는 농담"
    assert not in_device_name(text, *_span(text, "H100"))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("부스에는 AI 칩 'H200'과 가속기 'MI355X'가 나란히 놓였다.", "H200"),
        ("부스에는 AI 칩 'H200'과 가속기 'MI355X'가 나란히 놓였다.", "MI355X"),
        ("삼성전자는 NPU 'Mach-1'을 소개했다.", "Mach-1"),
        ("노트북 옆에는 GPU 'RTX 5090' 단품이 놓였다.", "RTX 5090"),
    ],
)
def test_a_quoted_chip_after_a_chip_noun_stays_a_chip(text: str, name: str) -> None:
    assert not device_named(text, *_span(text, name))
    assert name in chips(text)
