"""Chips of round thirteen from the blind set dev14 (issue 13; r13fix11):
versions kept whole, compound particles, chips named by a code name, a
vendor's model word or a memory-generation product, a kind word beside its
line's named chip, an accelerator card that is no chip."""

from __future__ import annotations

import pytest
from test_chip_catalogue import chips

from summarizer.entities import load_index


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("엔플레임은 학습용 칩 수이스 4.0을 공개했다.", ["Suisi 4.0"]),
        ("엔플레임은 수이스 2.0에 이어 수이스 3.5를 낸다.", ["Suisi 2.0", "Suisi 3.5"]),
        ("PFN은 학습용 차세대 칩 MN-코어 3를 내놓는다.", ["MN-Core 3"]),
        ("메타엑스는 학습용 시윈(曦云) C700을 시험 생산한다.", ["MetaX C700"]),
        ("알리바바는 AI 칩 진무(真武) 810E를 공개했다.", ["Zhenwu 810E"]),
        ("인텔은 뉴로모픽 칩 로이히 3를 공개했다.", ["Loihi 3"]),
        ("에스페란토의 ET-SoC-2 칩이 나왔다.", ["ET-SoC-2"]),
        ("마이크로소프트는 차세대 AI 칩 브라가의 출시를 미뤘다.", ["Maia 200"]),
    ],
)
def test_versions_and_model_numbers_after_a_family(text: str, expected: list[str]) -> None:
    assert chips(text) == expected


def test_a_version_keeps_its_vendor() -> None:
    index = load_index()
    sentence = "엔플레임은 수이스 4.0을 공개했다."
    mentions = index.find(sentence)
    chip = next(m for m in mentions if m.kind == "chip")
    assert index.vendor_for(chip, sentence, mentions) == "Enflame"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('모빌린트 관계자는 "우리 레귤러스와는 시장이 다르다"고 말했다.', ["REGULUS"]),
        ("나노브레인은 모빌린트의 에리스와는 시장이 다르다고 했다.", ["ARIES"]),
    ],
)
def test_a_name_before_a_compound_particle(text: str, expected: list[str]) -> None:
    assert chips(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("엣지코틱스가 차세대 NPU 미즈키(Mizuki)를 공개했다.", ["Mizuki"]),
        ("텐스토렌트가 차세대 AI 칩렛 퀘이사(Quasar)를 공개했다.", ["Quasar"]),
        ("매트엑스는 첫 칩 MatX One을 준비 중이다.", ["MatX One"]),
        ("삼성전자가 HBM4-PIM 시제품을 공개했다.", ["HBM4-PIM"]),
        ("모바일용으로는 LPDDR5X-PIM을 시험하고 있다.", ["LPDDR5X-PIM"]),
    ],
)
def test_chips_named_by_a_word(text: str, expected: list[str]) -> None:
    assert list(dict.fromkeys(chips(text))) == expected  # "퀘이사(Quasar)": one chip


@pytest.mark.parametrize(
    "text",
    [
        "텐스토렌트는 가속기 노바(Nova) 서버를 선보였다.",  # a server
        "엔비디아는 GPU 쿠다(CUDA) 생태계로 맞선다.",  # an acronym: software
        "미국 AI 칩 스타트업 텐스토렌트(Tenstorrent)가 투자를 받았다.",  # the company
        "엣지코틱스는 칩 설계 플랫폼 아스트라(Astra)도 내놨다.",  # not right after
        "브이소라 칩은 TSMC 3나노 공정에서 만든다.",  # a process node
        "천문학자들은 퀘이사를 관측했다.",  # the star word without its maker
        "오픈AI의 칩 Gemini 3 대항마.",  # a model name is no company
        "업계는 HBM4-based 가속기가 늘 것으로 본다.",  # an English suffix
    ],
)
def test_no_chip_from_a_word_that_is_not_one(text: str) -> None:
    assert [c for c in chips(text) if c not in {"HBM4"}] == []


def test_a_kind_word_beside_its_named_chip_is_no_chip() -> None:
    text = "하이퍼엑셀은 LPU 칩 베르타(Bertha)를 양산한다. 하이퍼엑셀의 LPU는 LPDDR5X를 쓴다."
    assert "HyperAccel LPU" not in chips(text)
    assert "Bertha" in chips(text)
    alone = "하이퍼엑셀이 자체 설계한 LPU의 양산을 시작했다."
    assert chips(alone) == ["HyperAccel LPU"]


def test_a_card_is_recognised_but_no_chip() -> None:
    text = "리벨리온은 아톰 기반 가속기 카드 아톰 맥스를 판매한다."
    assert chips(text) == ["ATOM"]
    assert load_index().entities["ATOM-Max"].kind == "card"


def test_a_common_word_named_among_chips() -> None:
    text = '리벨리온은 NPU 업체다. 그는 "레니게이드나 아톰 같은 추론용 칩이 낫다"고 했다.'
    assert chips(text) == ["RNGD", "ATOM"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("오픈AI는 브로드컴과 만든 첫 추론 칩 '오로라(Aurora)'를 공개했다.", ["Aurora"]),
        ("라이트매터는 차세대 칩 'Lumen'을 공개했다.", ["Lumen"]),
        ("구글은 오로라(Aurora) TPU를 시범 적용했다.", ["Aurora"]),
        ("에치드는 트랜스포머 전용 칩 소후 2를 내년 낸다.", ["Sohu 2"]),
        ("라이트매터는 후속 칩 엔바이즈 2도 개발 중이다.", ["Envise 2"]),
    ],
)
def test_code_names_and_successors(text: str, expected: list[str]) -> None:
    assert list(dict.fromkeys(chips(text))) == expected


@pytest.mark.parametrize(
    "text",
    [
        "퀄컴은 모바일 칩 스냅드래곤(Snapdragon)에 새 NPU를 넣었다.",  # a phone processor
        "삼성전자는 갤럭시 칩 엑시노스(Exynos) 2600에 NPU를 넣었다.",
        "삼성전자와 AI 칩 오르빗세미(OrbitSemi)가 협력한다.",  # a company's name
        "리벨리온은 리벨 쿼드 4 장착 서버와 아톰 4장을 판다.",  # counts
        "텐스토렌트 블랙홀 2, 3세대 칩을 비교했다.",  # a list of generations
    ],
)
def test_no_code_name_or_successor_where_none_is(text: str) -> None:
    assert [c for c in chips(text) if c not in {"REBEL-Quad", "ATOM", "Blackhole"}] == []


def test_a_successor_keeps_its_forerunners_vendor() -> None:
    index = load_index()
    sentence = "에치드는 칩 소후 2를 낸다."
    mentions = index.find(sentence)
    chip = next(m for m in mentions if m.kind == "chip")
    assert (chip.key, index.vendor_for(chip, sentence, mentions)) == ("Sohu 2", "Etched")
