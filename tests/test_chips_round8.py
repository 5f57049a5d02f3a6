"""Chip rules of the eighth extraction round (issue 13, blind set dev8)."""

import pytest

from summarizer.analysis import analyse_paragraphs
from summarizer.entities import load_index


def article_chips(*paragraphs: str) -> set[str]:
    index = load_index()
    sentences = [(s.text, s.tokens) for s in analyse_paragraphs(list(paragraphs))]
    return {m.key for ms in index.article_mentions(sentences) for m in ms if m.kind == "chip"}


def test_huawei_hbm_and_hailo_in_hangul() -> None:
    assert article_chips("화웨이는 어센드 950PR에 자체 HBM인 HiBL 1.0을 붙였다.") == {
        "Ascend 950PR",
        "HiBL 1.0",
    }
    assert "Hailo-10H" in article_chips("로봇에는 하일로-10H 가속기가 들어간다.")


def test_a_product_printed_in_both_scripts_after_a_chip_word() -> None:
    assert "Nova-7" in article_chips("스타트업이 엣지용 NPU 칩 노바-7(Nova-7)을 공개했다.")
    assert "Nova-7" in article_chips("이 회사의 AI 반도체 노바-7(Nova-7)은 5W에서 돈다.")


@pytest.mark.parametrize(
    "text",
    [
        "현대차는 전기차 아이오닉-5(IONIQ-5)를 내놨다.",  # no chip word before the pair
        "칩 설계에는 노바-7(Nova-8)이 쓰였다.",  # the numbers differ
        "LG AI연구원은 AI 모델 엑사원-4(EXAONE-4)를 공개했다.",  # a model, no chip word
    ],
)
def test_a_pair_without_a_chip_word_or_with_other_numbers_is_no_chip(text: str) -> None:
    assert not {"IONIQ-5", "Nova-8", "EXAONE-4"} & article_chips(text)


def test_a_spaced_model_number_after_its_vendor_only_when_catalogued() -> None:
    assert "H200" in article_chips("퀄컴은 엔비디아 H 200 대비 전력 효율이 높다고 했다.")
    assert "B200" in article_chips("엔비디아 B 200 공급이 늘었다.")
    # not catalogued, or no vendor right before it: nothing
    assert article_chips("엔비디아 Q 777 공급이 늘었다.") == set()
    assert article_chips("전시장 H 200 부스에서 칩이 공개됐다.") == set()


def test_a_vendor_word_beside_its_other_spelling_once_the_vendor_s_chip_is_named() -> None:
    chips = article_chips(
        "텐스토렌트가 AI 가속기 블랙홀을 출시했다.",
        "고객들은 전작 웜홀(Wormhole)의 호환성을 높게 평가했다.",
    )
    assert chips == {"Blackhole", "Wormhole"}


def test_a_vendor_word_beside_its_other_spelling_alone_is_nothing() -> None:
    # no other chip of the vendor in the article: a common word stays a word
    assert article_chips("전작 웜홀(Wormhole)의 흥행 이후 속편이 나왔다.") == set()
    # the other spelling must be another of the chip's names
    assert article_chips(
        "리벨리온의 리벨 쿼드가 공개됐다.", "전작 아톰(원자)의 이야기가 나왔다."
    ) == {"REBEL-Quad"}


def test_a_code_name_is_a_chip_only_beside_its_vendor() -> None:
    assert article_chips("오픈AI의 첫 자체 칩 '타이탄'이 공개됐다.") == {"Titan"}
    # a common word: no chip without the vendor (or the chip already named)
    assert article_chips("영화 타이탄이 다시 개봉했다.", "오픈AI는 GPT-5를 냈다.") == set()
    assert article_chips("엔비디아 타이탄 RTX는 그래픽카드다.") == set()
