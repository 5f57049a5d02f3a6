"""Research news about AI chips (issue 13, session 22, extract_dev90).

* Named research chips of universities and institutes are catalogued
  (data/chips_research.toml): KAIST's NPUs (DNPU … Slim-Llama), IBM's
  TrueNorth, MIT's Eyeriss, Tsinghua's Tianjic; their Korean spellings
  ("슬림-라마", "상보형-트랜스포머", "트루노스") are the chips, not the AI model
  (라마) or the network (트랜스포머) they are named after.
* An FPGA card researchers test a design on is no chip: Xilinx's Alveo cards
  are catalogued as cards, and a model number followed by "FPGA 보드" names a board.
* A broadcaster's channel with a two-word name signs off on air
  ("YTN 사이언스 이름입니다."): the channel is the publisher.
"""

from __future__ import annotations

import pytest
from test_chip_catalogue import chips

from summarizer.broadcast import on_air
from summarizer.clean import clean_article
from summarizer.entities import load_index


@pytest.mark.parametrize(
    ("text", "chip"),
    [
        ("카이스트 연구팀은 2017년 심층신경망 칩 DNPU를 학회에서 처음 선보였다.", "DNPU"),
        ("이 연구실은 뒤이어 가변 정밀도 가속기 UNPU와 학습용 LNPU를 내놨다.", "UNPU"),
        ("GANPU는 모바일 기기에서 생성 모델을 학습시키려고 설계됐다.", "GANPU"),
        ("연구진이 만든 '상보형-트랜스포머' 칩은 전력을 크게 줄였다.", "C-Transformer"),
        ("한국과학기술원은 저전력 AI 반도체 '슬림-라마'(Slim-Llama)를 공개했다.", "Slim-Llama"),
        ("슬림라마는 배터리로 돌아가는 기기를 겨냥한 칩이다.", "Slim-Llama"),
        ("IBM은 2014년 뉴로모픽 칩 트루노스로 100만 개 뉴런을 구현했다.", "TrueNorth"),
        ("The TrueNorth chip held a million neurons.", "TrueNorth"),
        ("MIT의 Eyeriss v2는 희소 신경망을 겨냥한 가속기다.", "Eyeriss v2"),
        ("칭화대 연구진의 뉴로모픽 칩 톈지는 자전거를 스스로 몰았다.", "Tianjic"),
        ("연구팀은 메모리 안에서 계산하는 가속기 다이나플라시아를 발표했다.", "DynaPlasia"),
    ],
)
def test_a_named_research_chip_is_a_chip(text: str, chip: str) -> None:
    assert chip in chips(text)


def test_research_chips_have_their_institute_as_vendor() -> None:
    index = load_index()
    assert index.vendor_of("Slim-Llama") == "KAIST"
    assert index.vendor_of("GANPU") == "KAIST"
    assert index.vendor_of("TrueNorth") == "IBM"
    assert index.entities["C-Transformer"].chip_kind == "NPU"


@pytest.mark.parametrize(
    "text",
    [
        "연구팀은 라마 3 모델을 1비트로 줄여 칩에서 돌렸다.",  # the AI model, not Slim-Llama
        "트랜스포머 구조의 신경망을 칩 하나로 처리했다.",  # the network, not C-Transformer
        "이 노트북은 슬림 디자인에 라마 그림을 새겼다.",  # two words, no chip
        "톈진 공장의 반도체 생산이 늘었다.",  # a city, not Tianjic
    ],
)
def test_words_a_research_chip_is_named_after_are_no_chip(text: str) -> None:
    found = chips(text)
    assert not {"Slim-Llama", "C-Transformer", "Tianjic"} & set(found)


@pytest.mark.parametrize(
    "text",
    [
        "설계는 AMD 알베오 U250 FPGA 보드에 올려 칩 제작 전에 검증했다.",
        "연구팀은 자일링스 알비오 U280 카드에 가속기 설계를 구현했다.",
        "AI 칩 설계를 QX-410 FPGA 보드에서 먼저 시험했다.",  # an unknown board
        "가속기 회로는 KB720 FPGA 카드 위에서 돌아갔다.",
    ],
)
def test_an_fpga_card_a_design_is_tried_on_is_no_chip(text: str) -> None:
    assert chips(text) == []


def test_an_fpga_chip_beside_a_board_word_elsewhere_is_still_found() -> None:
    # a model number right before a chip word stays a chip
    assert "QX-410" in chips("새 AI 칩 QX-410은 보드 하나에 네 개가 들어간다.")


@pytest.mark.parametrize(
    ("line", "signed"),
    [
        ("YTN 사이언스 배하윤입니다.", ("배하윤", "YTN 사이언스")),
        ("지금까지 YTN 사이언스 문도경이었습니다.", ("문도경", "YTN 사이언스")),
        ("SBS Biz 신하람입니다.", ("신하람", "SBS Biz")),
        ("KBS 뉴스 홍다온입니다.", ("홍다온", "KBS")),  # 뉴스 is the brand's word, not a channel
        ("MBC 경남 홍다온입니다.", None),  # an unlisted two-word brand
    ],
)
def test_a_two_word_channel_signs_off(line: str, signed: tuple[str, str] | None) -> None:
    assert on_air(line) == signed


def test_a_science_channels_transcript_names_the_channel() -> None:
    text = (
        "빛으로 계산하는 칩, 국내 연구진이 시제품 만들어\n"
        "2025년 03월 11일 10시 00분\n\n"
        "[앵커]\n빛으로 계산하는 반도체 연구가 활발합니다. 오세린 기자가 전해드립니다.\n\n"
        "[기자]\n국내 연구진이 빛의 간섭을 이용해 행렬 곱셈을 하는 소자를 만들었습니다.\n\n"
        "연구진은 내년까지 소자를 묶은 시험 칩을 만들 계획입니다.\n\n"
        "YTN 사이언스 오세린입니다.\n"
    )
    meta = clean_article(text).metadata
    assert (meta.publisher, meta.author) == ("YTN 사이언스", "오세린")


@pytest.mark.parametrize(
    ("text", "chip"),
    [
        (
            "포스텍 연구팀은 초저전력 AI 반도체 '뉴로-코어'(Neuro-Core)를 개발했다고 밝혔다.",
            "Neuro-Core",
        ),
        ("서울대 연구진이 만든 '광-신경망(Photo-Net)' 칩은 빛으로 행렬을 곱한다.", "Photo-Net"),
        ("UNIST 교수팀은 가속기 'EdgeLite'를 국제 학회에서 발표했다.", "EdgeLite"),
        ("KAIST 연구팀이 개발한 AI 반도체 'C-Former'는 전력을 크게 줄였다.", "C-Former"),
    ],
)
def test_a_research_chip_named_beside_a_chip_word_is_found(text: str, chip: str) -> None:
    assert chip in chips(text)


@pytest.mark.parametrize(
    "text",
    [
        "KAIST 연구팀은 AI 반도체 '뉴로모픽연구단'과 협력했다.",  # Hangul only: a lab
        "연구진은 뉴로모픽 칩 '스파이킹 신경망(SNN)'을 만들었다.",  # an acronym
        "교수 연구실은 반도체 'NanoLab' 연구센터를 열었다.",  # a lab
        "연구팀은 'Ark-Net' 칩 구조를 제안했다.",  # an architecture
        "연구팀은 AI 반도체 'Orion-X' 프로젝트를 시작했다.",  # a project
        "KAIST 출신이 창업한 AI 반도체 '뉴로칩스(NeuroChips)'도 참여했다.",  # a start-up
        "엔비디아는 AI 반도체 'Vega-One'을 공개했다.",  # no research in the sentence
        "연구진은 AI 반도체 'Llama-3' 모델을 칩에서 구동했다.",  # an AI model
    ],
)
def test_a_quoted_name_beside_a_chip_word_that_is_no_research_chip(text: str) -> None:
    assert chips(text) == []
