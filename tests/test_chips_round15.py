"""Round fifteen (session 14, r15fix13): chip-shaped names of projects,
places, products carrying a chip and snacks are no chips; number formats are
no chips; Google's own TPU spellings, bare versions, the first chip of a
line, counts of memory stacks, common-word chips in quotes and in parallel
clauses, and a broadcast reporter's last turn before the sign-off."""

from __future__ import annotations

import pytest
from test_chip_catalogue import chips

from summarizer.chip_traps import built_on_chip, chip_cue, is_place, names_programme
from summarizer.clean import clean_article


@pytest.mark.parametrize(
    "text",
    [
        "연구기관은 대학 지원 사업을 'H200 프로젝트'로 이름 붙이고 GPU 칩을 나눠 준다.",
        "정부는 AI 반도체 육성을 위한 'B300 펀드'를 조성한다.",
        "기관은 GPU 자원 배분 계획을 'MI355 이니셔티브'로 부른다.",
        "미국 캔자스주의 작은 마을 호퍼에 물류센터를 둔 칩 유통업체가 있다.",
        "오클라호마주의 소도시 블랙웰에 본사를 둔 반도체 유통사가 협력한다.",
    ],
)
def test_a_programme_or_a_place_is_no_chip(text: str) -> None:
    assert chips(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "중소기업의 AG-30 파머는 본체에 NPU 칩을 달아 스스로 판단한다.",
        "한 업체의 KX-50 기체는 AI 칩을 탑재해 통신이 끊겨도 난다.",
        "딥엑스 DX-M1을 내장한 관제 장치 GC-500 게이트웨이를 낸다.",
        "편의점 CU21은 고구마칩 SW5 한정판을 판다.",
        "시스템은 에비던의 불세쿼나 XH3000 섀시로 짜였고 GPU 칩이 들어갔다.",
        "HPE의 크레이 EX2500 캐비닛에 가속기가 들어간다.",
    ],
)
def test_products_carrying_chips_and_snacks_are_no_chips(text: str) -> None:
    assert [c for c in chips(text) if c != "DX-M1"] == []


def test_a_catalogued_name_described_as_a_device_on_another_chip() -> None:
    text = "딥엑스는 DX-M1을 넣은 영상분석 장치 DX-H1 카드를 공급한다."
    assert chips(text) == ["DX-M1"]
    # where the text calls it a chip, it stays one (six labelled sets do)
    assert chips("딥엑스는 서버용 NPU DX-H1을 공개했다.") == ["DX-H1"]
    assert chips("HBM3E를 탑재한 엔비디아 B200 GPU가 나온다.") == ["HBM3E", "B200"]


def test_the_trap_predicates() -> None:
    assert names_programme("'A100 프로젝트'", 1, 5)
    assert names_programme("'B200 사업'", 1, 5)
    assert not names_programme("H20 사업을 접었다", 0, 3)  # the chip's business
    assert is_place("소도시 블랙웰에", 4, 7)
    assert built_on_chip("X1을 넣은 영상분석 장치 Y2", len("X1을 넣은 영상분석 장치 "))
    assert not built_on_chip("신경망처리장치 NX-1", len("신경망처리장치 "))
    assert not chip_cue("초코칩 X2", 2, 3)
    assert chip_cue("추론칩 X2", 2, 3)
    assert not chip_cue("기체에 칩을 달아", 4, 5)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("업계는 TPU2가 엔비디아 GPU 수요를 일부 흡수한다고 봤다.", ["TPU v2"]),
        ("구글은 TPU 3.0을 공개했다.", ["TPU v3"]),
        ("D1은 칩 하나가 362테라플롭스(BF16)를 내고 FP8과 INT8도 지원한다.", ["D1"]),
        ("TPU v5p는 v4보다 칩당 성능이 두 배 높았다.", ["TPU v5p", "TPU v4"]),
        ("구글의 6세대 트릴리움은 v5e보다 성능이 높다.", ["Trillium", "TPU v5e"]),
        ("2019년 나온 첫 WSE보다 WSE-2의 코어 수가 두 배다.", ["WSE", "WSE-2"]),
        ("메모리는 HBM 4개를 붙이는 대신 GDDR6를 쓴다.", ["GDDR6"]),
        ("하이곤의 DCU 深算三号는 深算二号의 후속이다.", ["Shensuan-3", "Shensuan-2"]),
    ],
)
def test_spellings_versions_and_counts(text: str, expected: list[str]) -> None:
    assert chips(text) == expected


def test_a_common_word_chip_in_quotes_or_in_a_parallel_clause() -> None:
    text = (
        "텐스토렌트가 새 카드를 냈다. 전 세대 칩 '웜홀'을 쓰던 고객은 그대로 옮긴다. "
        "한 업체는 학습에는 MI355X를, 추론에는 블랙홀을 쓴다."
    )
    assert chips(text) == ["Wormhole", "MI355X", "Blackhole"]
    # no vendor named: the word stays a word
    assert chips("학습에는 MI355X를, 추론에는 블랙홀을 쓴다.") == ["MI355X"]


def test_a_reporters_last_turn_keeps_its_text_before_the_sign_off() -> None:
    raw = (
        "제목 줄입니다\n\n[기자]\n엔비디아는 H20 공급을 멈췄습니다. 화웨이는 어센드 910C를 "
        "늘립니다. 지금까지 YTN 배서연입니다.\n"
    )
    text = "\n".join(block.text for block in clean_article(raw).blocks)
    assert "어센드 910C를 늘립니다." in text
    assert "배서연입니다" not in text


def test_a_model_number_right_before_a_fitted_chip_word_is_the_chip() -> None:
    assert chips("업체는 NX-7 칩을 탑재한 서버를 내놨다.") == ["NX-7"]
    assert chips("회사는 NPU인 신경망 처리 장치 NX-1을 공개했다.") == ["NX-1"]
    assert chips("구글 TPU v5e와 JAX v2로 학습했다.") == ["TPU v5e"]


@pytest.mark.parametrize(
    "text",
    [
        "재단은 수학자 데이비드 블랙웰의 이름을 딴 경시대회를 연다.",
        "블랙웰 교수는 흑인 최초로 국립과학원 회원이 됐다.",
        "학생들은 GPU 칩으로 'B300 해커톤'에 나선다.",
        "이 칩은 영상 코덱 H265와 AV1을 지원한다.",
        "과제로 HBM 4단 적층 구조를 계산한다.",
    ],
)
def test_a_person_an_event_a_codec_and_a_stack_height_are_no_chips(text: str) -> None:
    assert chips(text) == []


def test_tpu4_is_tpu_v4() -> None:
    assert chips("구글은 TPU4를 공개했다.") == ["TPU v4"]


def test_memory_carried_and_research_teams_say_nothing() -> None:
    assert chips("HBM4를 탑재한 AI 시스템 루빈이 나온다.") == ["HBM4", "Rubin"]
    assert chips("교수 연구팀 B200 칩 클러스터를 쓴다.") == ["B200"]


def test_a_model_number_after_a_server_line_is_that_system() -> None:
    assert chips("기존 장비는 HPE 크레이 EX2500으로, GPU 칩 800개가 들어 있다.") == []
    assert chips("레노버 씽크시스템 SR680에는 GPU 칩 8개가 들어간다.") == []
