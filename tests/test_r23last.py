"""Round 23 last fixes (extract_dev94, dev99 first runs): a product that
sets several chips on a card is that card, not a chip; a vendor's common
word dated and launched ("2021년 웜홀을 내놓았고") is its chip; a brand's
bare name dated with a first or a use ("2019년 추론용 인퍼런시아") is its
first chip; a correspondent's line with the city (``도시=이름 특파원 mail``)
heads writers stacked at the bottom. All texts invented."""

from __future__ import annotations

import pytest
from test_chip_catalogue import chips

from summarizer.by_lines import co_writers
from summarizer.clean import clean_article


@pytest.mark.parametrize(
    "text",
    [
        "가상칩스는 DX-M1 양산을 시작했다. 이 칩 4개를 카드 한 장에 얹은 서버용 제품 DX-H1도 나온다.",
        "가상칩스는 DX-M1을 내놨다. 이 칩 여러 개를 보드 하나에 담은 DX-H1도 공개했다.",
    ],
)
def test_chips_set_on_a_card_make_the_card_no_chip(text: str) -> None:
    found = chips(text)
    assert "DX-M1" in found and "DX-H1" not in found


def test_a_card_named_as_a_chip_stays_a_chip() -> None:
    assert "DX-H1" in chips("딥엑스는 서버용 NPU 칩 DX-H1을 공개했다.")


def test_a_vendor_word_dated_and_launched_is_its_chip() -> None:
    text = (
        "텐스토렌트는 새 서버를 공개했다. "
        "회사는 2020년 첫 칩 그레이스컬에 이어 2021년 웜홀을 내놓았다."
    )
    assert "Wormhole" in chips(text)


@pytest.mark.parametrize(
    "text",
    [
        "물리학자들은 2022년 웜홀을 양자컴퓨터로 구현했다. 엔비디아 H100도 쓰였다.",
        "영화사는 2021년 웜홀을 소재로 한 영화를 내놓았다. 엔비디아 H100 서버로 렌더링했다.",
        "텐스토렌트가 주목받는다. 우주론에서 웜홀은 두 시공간을 잇는 통로다.",
    ],
)
def test_a_wormhole_of_physics_or_film_is_no_chip(text: str) -> None:
    assert "Wormhole" not in chips(text)


def test_a_dated_bare_brand_is_its_first_chip() -> None:
    text = (
        "가상클라우드의 자체 칩은 2019년 추론용 인퍼런시아에서 출발했다. 이후 인퍼런시아2를 내놨다."
    )
    assert "Inferentia" in chips(text)


def test_an_undated_bare_brand_beside_its_chip_is_the_line() -> None:
    text = "아마존은 추론용 인퍼런시아 라인을 키운다. 새 인퍼런시아2 물량도 늘린다."
    assert "Inferentia" not in chips(text)


def test_a_correspondent_with_the_city_heads_a_stack() -> None:
    lines = ["베이징=옥채린 특파원 chaerin@example.com", "남궁유빈 기자 ubin@example.com"]
    assert co_writers(lines, "옥채린") == "옥채린·남궁유빈"
    same = ["베이징=옥채린 특파원 chaerin@example.com", "옥채린 특파원"]
    assert co_writers(same, "옥채린") == "옥채린"


def test_a_bottom_stack_under_a_city_line_credits_both() -> None:
    lines = [
        "가상일보",
        "중국 칩 업체들 증설 속도",
        "입력 2026-03-02 06:00",
        "",
        "중국 칩 업체들이 생산 설비를 늘리고 있다.",
        "현지 업계는 수요가 크다고 본다.",
        "",
        "상하이=옥채린 특파원 chaerin@example.com",
        "남궁유빈 기자 ubin@example.com",
    ]
    assert clean_article("\n".join(lines)).metadata.author == "옥채린·남궁유빈"
