"""Session 24 (r24last1, the chip misses of dev104 and dev110): a brand's bare
name dated in a launched list of its dated chips, a common-word chip's sales
or shipments, a two-character model dated and launched before a use word.
All texts invented."""

from __future__ import annotations

import pytest

from summarizer.entities import load_index

_AWS = "아마존웹서비스(AWS)는 새 서버를 배치한다."
_REBELLIONS = "리벨리온은 투자를 받았다."
_NVIDIA = "엔비디아는 실적을 냈다."


def _chips(*sentences: str) -> set[str]:
    found = load_index().article_vendored([(s, ()) for s in sentences])
    return {m.key for _, m, _ in found if m.kind == "chip"}


@pytest.mark.parametrize(
    "text",
    [
        "학습용으로 2020년 트레이니엄과 2023년 트레이니엄2를 출시했다.",
        "서버용으로는 2022년 인퍼런시아2와 2019년 인퍼런시아를 차례로 선보였다.",
    ],
)
def test_a_bare_brand_dated_in_a_launched_list_of_its_dated_chips(text: str) -> None:
    found = _chips(_AWS, text)
    assert {"Trainium", "Trainium2"} <= found or {"Inferentia", "Inferentia2"} <= found


@pytest.mark.parametrize(
    "text",
    [
        "인퍼런시아, 인퍼런시아2를 내놨다.",  # not dated
        "2019년 인퍼런시아, 2022년 인퍼런시아2가 쓰였다.",  # not launched
        "2019년 인퍼런시아 라인업은 인퍼런시아2로 이어졌다.",  # successor undated
    ],
)
def test_a_bare_brand_not_so_dated_stays_the_line(text: str) -> None:
    found = _chips(_AWS, text)
    assert "Inferentia2" in found
    assert "Inferentia" not in found


@pytest.mark.parametrize(
    "text",
    [
        "합병 뒤 아톰 매출이 늘었고 새 서버 계약도 이어졌다.",
        "올해 아톰 출하량은 두 배로 늘었다.",
        "아톰 공급을 늘린다.",
    ],
)
def test_a_common_word_chips_sales_are_product_talk(text: str) -> None:
    assert "ATOM" in _chips(_REBELLIONS, text)


def test_a_storys_sales_or_an_unnamed_vendor_are_no_chip() -> None:
    assert "ATOM" not in _chips(_REBELLIONS, "아톰 만화 매출이 늘었다.")
    assert "ATOM" not in _chips("완구 업체가 실적을 냈다.", "아톰 매출이 늘었다.")


def test_a_two_character_model_dated_and_launched_before_a_use_word() -> None:
    assert "T4" in _chips(_NVIDIA, "2018년 나온 추론용 T4는 시장을 열었다.")
    assert "T4" in _chips(_NVIDIA, "2019년 출시된 서버용 T4가 팔렸다.")
    assert "T4" in _chips(_NVIDIA, "2018년 추론용 T4는 클라우드에 깔렸다.")  # the year alone
    assert "L4" not in _chips(_NVIDIA, "2024년 택시용 L4 자율주행 차량이 달렸다.")
    # no date and launch, a grade or a level after it, or no vendor named: no chip
    assert "T4" not in _chips(_NVIDIA, "추론용 T4는 시장을 열었다.")
    assert "T4" not in _chips(_NVIDIA, "2018년 나온 투자용 T4 등급 채권이 팔렸다.")
    assert "L4" not in _chips(_NVIDIA, "2024년 나온 택시용 L4 자율주행 차량이 달렸다.")
    assert "T4" not in _chips("현대차는 실적을 냈다.", "2018년 나온 추론용 T4는 시장을 열었다.")


def test_a_company_merged_with_is_no_owner_of_the_word() -> None:
    found = _chips(_REBELLIONS, "딥엑스를 인수한 뒤 아톰 매출이 늘었다.")
    assert "ATOM" in found
    # a company that launched it in its clause still owns it: Intel's Atom
    assert "ATOM" not in _chips(_REBELLIONS, "그때 인텔이 출시한 아톰 매출이 늘었다.")
    assert "ATOM" not in _chips(_REBELLIONS, "딥엑스가 만든 아톰 매출이 늘었다.")
