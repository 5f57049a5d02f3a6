"""Car, robot and edge chips of 2018–2026 (issue 13, dev122): a processor
line's sub-line fragments, chips printed with their line's name, a line's
next model, and the car SoCs the catalogue gained (Wudang, RZ/V, Dolphin,
EyeQ3). Invented texts, not copies of labelled articles."""

from __future__ import annotations

import pytest
from test_chip_catalogue import chips


@pytest.mark.parametrize(
    "text",
    [
        "삼성전자는 차량용 프로세서 '엑시노스 오토 T850'을 다음 달 내놓는다.",
        "A사는 새 콕핏에 Exynos Auto T850 칩을 얹었다.",
        "퀄컴은 주행 보조 칩 스냅드래곤 라이드 SB7710P를 소개했다.",
        "퀄컴 Snapdragon Ride Flex SB9910P 칩이 들어간다.",
        "미디어텍은 디멘시티 오토 MK3320 칩셋으로 차량 시장에 들어섰다.",
    ],
)
def test_a_model_code_after_a_processor_sub_line_is_no_chip(text: str) -> None:
    assert chips(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a Hangul word that is no sub-line leaves the model number alone
        ("새 콕핏은 엑시노스 대신 NX7100 칩을 쓴다.", ["NX7100"]),
        ("퀄컴 칩 SB7710P는 AI 가속 블록을 넣었다.", ["SB7710P"]),
    ],
)
def test_a_chip_beside_a_processor_line_is_still_a_chip(text: str, expected: list[str]) -> None:
    assert chips(text) == expected


def test_a_chip_printed_with_its_line_name_needs_no_chip_talk() -> None:
    # no chip word in the sentence; the article speaks of computing (AI)
    text = "12나노 공정으로 만든 화산 A1000은 2022년부터 AI 주행 보조를 맡았다."
    assert chips(text) == ["A1000"]
    assert chips("12나노 공정으로 만든 A1000은 2022년부터 AI 주행 보조를 맡았다.") == []


def test_a_lines_next_model_counts_once_its_sibling_is_a_chip() -> None:
    text = (
        "블랙세서미는 올해 신제품을 공개했다. 화산 A1000은 여러 차종에 실렸다. "
        "새로 내놓은 A2000은 더 큰 모델을 돌린다."
    )
    assert chips(text) == ["A1000", "A2000"]
    # without the sibling shown, the short model number stays unclaimed
    assert chips("새로 내놓은 A2000은 더 큰 모델을 돌린다.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("우당 C1296은 주행 보조와 계기판을 한 칩에서 돌린다.", ["C1296"]),
        ("로봇 업체들은 르네사스 RZ/V2H를 비전 AI 프로세서로 쓴다.", ["RZ/V2H"]),
        ("모빌아이의 EyeQ3는 초기 주행 보조 장치에 쓰였다.", ["EyeQ3"]),
        ("텔레칩스는 돌핀5를 공개했다. 전작 돌핀3보다 NPU 성능이 높다.", ["Dolphin5", "Dolphin3"]),
        ("인포테인먼트 칩 돌핀5는 텔레칩스가 설계했다.", ["Dolphin5"]),
    ],
)
def test_car_socs_of_the_catalogue(text: str, expected: list[str]) -> None:
    assert chips(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "비야디 돌핀 서프는 유럽에서 잘 팔린다. 차에는 AI 칩이 들어 있다.",
        "수족관 돌핀5 공연이 열렸다. 조명은 AI 칩으로 제어된다.",
    ],
)
def test_dolphin_without_its_vendor_is_no_chip(text: str) -> None:
    assert chips(text) == []
