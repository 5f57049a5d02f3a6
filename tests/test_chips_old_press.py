"""Chips of 2016–2022 as the press wrote about them then (issue 13, dev86):
events named like model numbers, the catalogue's older chips and their
common-word names, the FPGA and VPU kinds, and a dated byline's dateline."""

from __future__ import annotations

import pytest
from test_chip_catalogue import chips

from summarizer.bylines import read_byline
from summarizer.chip_events import names_event
from summarizer.datelines import dateline_fields
from summarizer.entities import load_index


@pytest.mark.parametrize(
    "text",
    [
        "인텔과 AMD는 고성능컴퓨팅 학회 'SC23'에서 나란히 서버용 가속기 로드맵을 내놨다.",
        "엔비디아는 'ISC19' 콘퍼런스에서 새 GPU 클러스터를 소개했다.",
        "반도체 학술대회 HC31 기간에 스타트업들이 칩을 들고 나왔다.",
        "국제고체회로학회(ISSCC 2021)에서 삼성은 메모리 칩 논문을 냈다.",
        "CES 2018 전시장에는 AI 칩을 단 가전이 줄을 이었다.",
        "GTC 2019 기조연설에서 새 가속기 전략이 공개됐다.",
        "'XR24' 박람회에 국내 NPU 업체 다섯 곳이 나갔다.",
    ],
)
def test_an_event_named_like_a_model_number_is_no_chip(text: str) -> None:
    assert chips(text) == []


def test_chips_shown_at_an_event_stay_chips() -> None:
    text = "AMD는 SC22에서 MI250 가속기를, 엔비디아는 H100 GPU를 앞세웠다."
    assert chips(text) == ["MI250", "H100"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("슈퍼컴퓨팅 학회 'QZ40'에서", True),
        ("'QZ40' 콘퍼런스가 열렸다", True),
        ("QZ40 행사장", True),
        ("가속기 QZ40을 공개했다", False),
        ("행사에서 QZ40을 공개했다", False),
    ],
)
def test_names_event(text: str, expected: bool) -> None:
    start = text.index("QZ40")
    assert names_event(text, start, start + 4) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("테슬라는 자체 설계한 FSD 칩 두 개를 새 차량에 넣었다.", ["FSD Chip"]),
        ("테슬라의 '완전자율주행(FSD) 칩'은 삼성 14나노에서 만든다.", ["FSD Chip"]),
        ("테슬라가 내놓은 완전자율주행 칩은 초당 2300프레임을 처리한다.", ["FSD Chip"]),
        ("테슬라는 구형 HW3 칩 재고를 정리한다.", ["FSD Chip"]),
        ("테슬라는 FSD v12 구독료를 내렸다. FSD 컴퓨터는 그대로다.", []),
        ("중국 업체도 완전자율주행 칩을 개발 중이라고 밝혔다.", []),
    ],
)
def test_teslas_fsd_chip_only_as_a_chip(text: str, expected: list[str]) -> None:
    assert chips(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("리벨리온은 초단타 매매용 칩 아이온을 증권사에 공급했다.", ["ION"]),
        ("게임사 엔씨소프트는 아이온 클래식 서버를 늘렸다.", []),
        ("미국 그록은 텐서 스트리밍 프로세서(TSP)를 클라우드에 올렸다.", ["LPU"]),
        ("물류 경로 최적화 문제(TSP)를 푸는 알고리즘이다.", []),
    ],
)
def test_common_words_as_chips_only_beside_their_vendor(text: str, expected: list[str]) -> None:
    assert sorted(set(chips(text))) == expected


def test_fpga_and_vpu_kinds() -> None:
    index = load_index()
    assert chips("자일링스는 버설 제품군의 VC1802 샘플을 고객사에 보냈다.") == ["VC1802"]
    assert index.entities["VC1902"].chip_kind == "FPGA"
    assert index.vendor_of("VC1902") == "Xilinx"
    assert index.entities["Stratix 10 NX"].chip_kind == "FPGA"
    assert index.entities["Myriad X"].chip_kind == "VPU"
    assert chips("인텔은 AI 전용 FPGA 스트라틱스 10 NX를 발표했다.") == ["Stratix 10 NX"]


@pytest.mark.parametrize(
    ("field", "expected"),
    [
        ("상하이=한도윤 특파원", ["한도윤 특파원"]),
        ("테크저널 상하이=한도윤 특파원", ["테크저널", "한도윤 특파원"]),
        # the one reader of "=" in a field (r23fold): an outlet before it is a field
        ("칩뉴스=한도윤 기자", ["칩뉴스", "한도윤 기자"]),
        ("사진=한도윤 기자", ["사진=한도윤 기자"]),
        ("글=한도윤 기자", ["글=한도윤 기자"]),
        ("입력 2019.03.02", ["입력 2019.03.02"]),
    ],
)
def test_dateline_fields(field: str, expected: list[str]) -> None:
    assert dateline_fields(field) == expected


@pytest.mark.parametrize(
    ("line", "author", "publisher"),
    [
        ("상하이=한도윤 특파원  입력2019.03.02 09:10  수정2019.03.02 11:00", "한도윤", None),
        ("테크저널 도쿄=문서진 특파원 | 입력 2018-06-01 08:00", "문서진", "테크저널"),
        ("워싱턴=길예담·표하윤 특파원 | 2021.11.09 07:30", "길예담·표하윤", None),
    ],
)
def test_a_dated_byline_with_a_dateline(line: str, author: str, publisher: str | None) -> None:
    byline = read_byline(line)
    assert byline is not None
    assert (byline.author, byline.publisher) == (author, publisher)
