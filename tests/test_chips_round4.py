"""Chip rules of the fourth extraction round (issue 13, blind set dev4)."""

from summarizer.analysis import analyse_paragraphs
from summarizer.entities import load_index


def article_chips(*paragraphs: str) -> set[str]:
    index = load_index()
    sentences = [(s.text, s.tokens) for s in analyse_paragraphs(list(paragraphs))]
    return {m.key for ms in index.article_mentions(sentences) for m in ms if m.kind == "chip"}


def test_a_chip_the_article_vouched_for_vouches_for_its_neighbour() -> None:
    chips = article_chips(
        "엔비디아 T4 GPU는 추론용으로 많이 팔렸다.",
        "방송사는 2019년 산 T4 서버와 2021년 들인 A10 서버를 검색용으로 돌린다.",
    )
    assert {"T4", "A10"} <= chips


def test_a_short_name_alone_still_needs_its_context() -> None:
    assert "A10" not in article_chips("방송사는 2021년 들인 A10 서버를 검색용으로 돌린다.")


def test_a_model_number_beside_the_word_cpu_is_a_processor() -> None:
    chips = article_chips("슈퍼컴퓨터 후가쿠에 들어간 후지쓰의 CPU A64FX처럼 국산 칩을 키운다.")
    assert "A64FX" not in chips
    assert "ZQ900" not in article_chips("새 칩은 ZQ900 CPU와 함께 묶인다.")
    assert "ZQ900" in article_chips("새 AI 가속기 ZQ900을 공개했다.")


def test_a_page_number_in_lower_case_is_no_chip() -> None:
    assert article_chips("주간지 1505호 (p40~41)에 실린 AI 칩 이야기다.") == set()
    assert "P40" in article_chips("엔비디아 P40 GPU는 구형이다.")


def test_a_kind_word_in_the_name_is_its_context() -> None:
    chips = article_chips(
        "그래프코어는 콜로서스 MK2를 내놨다.",
        "후속작 보우 IPU도 성능을 40% 올렸으나 판을 뒤집지 못했다.",
    )
    assert "Bow IPU" in chips
    assert "Bow IPU" not in article_chips("보우 강을 따라 걸었다.")


def test_a_brand_generation_is_its_chip() -> None:
    chips = article_chips(
        "아마존은 추론 칩 인퍼런시아2 가격을 내린다. 2019년 나온 1세대 인퍼런시아는 단종된다.",
        "앤트로픽은 2세대 트레이니엄으로 모델을 학습했다.",
    )
    assert {"Inferentia2", "Inferentia", "Trainium2"} <= chips
    assert "Trainium" not in chips


def test_a_generic_noun_generation_stays_a_family() -> None:
    assert article_chips("마이아 200은 구글 7세대 TPU보다 앞선다고 주장했다.") == {"Maia 200"}
    assert "HBM4" not in article_chips("SK하이닉스가 4세대 HBM 칩을 양산한다.")


def test_a64fx_is_a_catalogued_cpu_and_i20_stays_lower_case() -> None:
    assert "A64FX" not in article_chips("후가쿠의 A64FX 칩은 국산 칩 육성의 본보기다.")
    assert "Enflame i20" in article_chips("엔플레임의 i20 가속기를 들였다.")
