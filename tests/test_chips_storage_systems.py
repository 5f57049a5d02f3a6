"""Session 19 fix (extract_dev67/68's first runs): storage products are never
chips (enterprise SSDs and controllers, wherever they are named, table rows
included); a chip's name inside a vendor's named system ("트레이니엄3
울트라서버", "X SuperPod") is the system; NextSilicon's Maverick-2 and
SpiNNcloud's SpiNNaker2 are catalogued."""

from __future__ import annotations

import pytest
from test_chip_catalogue import chips
from test_chip_namesakes_tables import _page

from summarizer.extract import extract_article


@pytest.mark.parametrize(
    "text",
    [
        "삼성전자는 PM1733 후속 PM1783을 앞세웠다. 엔비디아 B200 GPU 서버에 들어간다.",
        "SK하이닉스는 PS1090과 PE9190을, 솔리다임은 D7-PS1090을 내놨다. 가속기 B200 수요 덕이다.",
        "컨트롤러 칩 PS5099와 SM2599가 맞붙는다. B200 칩 옆에 붙는 SSD다.",
        "키옥시아는 CD9P와 XG9를, 샌디스크는 SN899를 내놨다. 반도체 B200도 언급됐다.",
        "삼성전자 BM1799는 QLC 제품이다. AI 칩 B200 서버에 쓰인다.",
    ],
)
def test_storage_models_are_no_chips(text: str) -> None:
    assert chips(text) == ["B200"]


def test_storage_look_alikes_that_stay_chips() -> None:
    text = "삼바노바 SN40L 칩과 소프고 BM1684X, 테슬라 D1 칩을 비교했다."
    assert chips(text) == ["SN40L", "BM1684X", "D1"]


@pytest.mark.parametrize(
    "text",
    [
        "AWS는 트레이니엄3 울트라서버 출하를 늘린다. 엔비디아 B200 칩도 샀다.",
        "AWS는 Trainium3 UltraServer 출하를 늘린다. 엔비디아 B200 칩도 샀다.",
        "구글은 아이언우드 슈퍼포드를 팔고, 엔비디아 B200 칩도 샀다.",
        "화웨이 어센드 910C 슈퍼노드 대신 엔비디아 B200 칩을 샀다.",
        "Ironwood SuperPod와 엔비디아 B200 칩을 비교했다.",
    ],
)
def test_a_chip_inside_a_named_system_is_the_system(text: str) -> None:
    assert chips(text) == ["B200"]


def test_a_plain_server_still_speaks_of_the_chip() -> None:
    assert chips("AWS는 트레이니엄3 서버를 늘리고, 엔비디아 H100 서버도 샀다.") == [
        "Trainium3",
        "H100",
    ]


def test_maverick_2_needs_nextsilicon() -> None:
    assert chips("넥스트실리콘은 가속기 매버릭-2를 내놨다.") == ["Maverick-2"]
    assert chips("NextSilicon's Maverick-2 chip ran the code.") == ["Maverick-2"]
    assert chips("메타의 라마 4 매버릭은 AI 모델이다. 탑건: 매버릭 2 개봉도 화제다.") == []


def test_spinnaker2() -> None:
    assert chips("뉴로모픽 칩 SpiNNaker2 수천 개를 묶었다.") == ["SpiNNaker2"]


@pytest.mark.parametrize(
    "head",
    ["SSD", "스토리지", "컨트롤러", "시스템", "서버", "랙", "Storage"],
)
def test_a_table_of_drives_or_systems_gives_no_rows(head: str) -> None:
    table = (
        f"<table><tr><th>{head}</th><th>용량</th></tr>"
        "<tr><td>삼성전자 QX9100</td><td>245TB</td></tr>"
        "<tr><td>트레이니엄3 울트라서버</td><td>144개</td></tr></table>"
    )
    assert extract_article(_page(table)).asides == ()


def test_a_table_of_accelerators_is_still_read() -> None:
    table = (
        "<table><tr><th>가속기</th><th>메모리</th></tr>"
        "<tr><td>B300</td><td>288GB</td></tr><tr><td>ZX500 NPU</td><td>288GB</td></tr></table>"
    )
    assert "B300 | 288GB" in extract_article(_page(table)).asides
