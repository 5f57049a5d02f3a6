"""Chip rules of the sixth extraction round (issue 13, blind set dev6)."""

from summarizer.analysis import analyse_paragraphs
from summarizer.chip_discovery import is_sibling
from summarizer.entities import load_index


def article_chips(*paragraphs: str) -> set[str]:
    index = load_index()
    sentences = [(s.text, s.tokens) for s in analyse_paragraphs(list(paragraphs))]
    return {m.key for ms in index.article_mentions(sentences) for m in ms if m.kind == "chip"}


def test_a_hyphen_and_a_word_go_on_with_the_name() -> None:
    # an invented product whose name starts with a catalogued one: not GDDR7
    assert "GDDR7" not in article_chips("가상의 연산 메모리 GDDR7-Qx 시제품이 나왔다.")
    assert "GDDR7" in article_chips("그래픽 D램 GDDR7 출하가 늘었다.")
    # form factors and English suffixes keep the chip
    assert "H100" in article_chips("엔비디아 H100-SXM 모듈 8개를 묶었다.")
    assert "GDDR6-AiM" in article_chips("SK하이닉스의 GDDR6-AiM은 메모리 안에서 연산한다.")


def test_a_sibling_of_a_discovered_chip_is_a_chip() -> None:
    chips = article_chips(
        "스타트업 라온칩스가 NPU RX-7을 공개했다.",
        "회사는 내년 말 서버용 후속작 RX-9를 내놓는다.",
    )
    assert {"RX-7", "RX-9"} <= chips
    # without the first chip, the second stands alone and is nothing
    assert "RX-9" not in article_chips("회사는 내년 말 서버용 후속작 RX-9를 내놓는다.")


def test_sibling_shape() -> None:
    assert is_sibling("NX-2", "NX-1") and is_sibling("KL520", "KL730")
    assert not is_sibling("NX-12", "NX-1")  # another number of digits
    assert not is_sibling("B300", "B200")  # one letter is too short a stem
    assert not is_sibling("NX-1", "NX-1")


def test_names_of_one_chip_resolve_to_one_key() -> None:
    index = load_index()
    assert index.resolve("Xiyun C500") == index.resolve("曦云C500") == "MetaX C500"
    assert index.resolve("Suisi 2.0") == index.resolve("邃思2.0") == "Suisi 2.0"
    assert index.resolve("Blaize 1600") == "Blaize 1600"
    assert index.resolve("SAKURA-II") == "SAKURA-II"
    assert index.resolve("LPDDR4") == "LPDDR4"
    # pinyin spellings of Chinese names, as English labels write them
    assert index.resolve("Shengteng 910B") == "Ascend 910B"
    assert index.resolve("Bili 100") == "BR100"


def test_the_chip_not_its_card() -> None:
    chips = article_chips("엔플레임의 수이스 2.0(邃思2.0) 칩이 추론 서버에 들어갔다.")
    assert "Suisi 2.0" in chips and "Enflame Cloudblazer2" not in chips
