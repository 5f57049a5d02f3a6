"""Session 17's last chip fixes: a common word a copula's product word marks
("전작인 아톰"), a system built on it past a model name, a chip maker owning
it, succession words before two-character names, levels and graded things
after them, old graphics memory, a line's name without its brand word."""

from __future__ import annotations

from summarizer.chip_context import product_talk
from summarizer.chip_short import graded
from summarizer.entities import load_index


def _chips(*sentences: str) -> set[str]:
    found = load_index().article_vendored([(s, ()) for s in sentences])
    return {m.key for _, m, _ in found if m.kind == "chip"}


def _talk(text: str, word: str) -> bool:
    start = text.index(word)
    return product_talk(text, start, start + len(word), word)


def test_a_product_word_with_a_copula_marks_the_common_word() -> None:
    assert _talk("1세대 제품인 아톰은 금융권에서 쓰인다.", "아톰")
    assert _talk("이전 세대 가속기였던 웜홀로 실습했다.", "웜홀")
    assert not _talk("전작인 아톰 만화가 다시 나왔다.", "아톰")


def test_a_system_built_on_the_word_past_a_model_name() -> None:
    assert _talk("지난해 도입한 아톰 기반 RBLN-CA12 카드 200장", "아톰")
    assert _talk("레니게이드와 아톰 탑재 시스템은 그대로 운영한다.", "아톰")


def test_the_vendors_article_reads_the_marked_word_as_its_chip() -> None:
    lead = "AI 반도체 기업 리벨리온이 계약을 맺었다."
    assert "ATOM" in _chips(lead, "1세대 제품인 아톰은 금융권 데이터센터에서 쓰인다.")
    assert "ATOM" in _chips(lead, "통신사는 아톰 기반 RBLN-CA12 카드를 옮긴다.")


def test_a_chip_maker_owns_the_word_in_a_chip_article() -> None:
    chips = _chips("H100 임대료가 내렸다.", "회사는 국산 팹리스가 만든 아톰 서버도 시험한다.")
    assert chips == {"H100", "ATOM"}


def test_no_maker_or_no_chip_maker_leaves_the_word() -> None:
    gpu = "엔비디아 H100 임대료가 내렸다."
    assert "ATOM" not in _chips(gpu, "게임 회사의 아톰 카드 뽑기에 사람이 몰렸다.")
    assert "ATOM" not in _chips(gpu, "만화 주인공 아톰 카드가 화제다.")
    assert "ATOM" not in _chips("H100 서버 옆에서 아톰 기반 시스템을 돌렸다.")


def test_succession_words_mark_two_character_names_of_the_named_vendor() -> None:
    chips = _chips("엔비디아 GPU 시세가 올랐다.", "추론에는 전 세대 T4와 후속작 L4가 많이 팔린다.")
    assert {"T4", "L4"} <= chips


def test_levels_and_graded_things_are_no_chips() -> None:
    assert graded("L4 로보택시", 2) and graded("T4 등급", 2) and not graded("T4 수준", 2)
    assert _chips("엔비디아 실적이 좋았다.", "회사는 차세대 L4 로보택시를 시험한다.") == set()
    assert _chips("엔비디아는 차세대 L4 자율주행 플랫폼을 발표했다.") == set()
    assert _chips("구글은 T4 등급을 받았다.", "엔비디아는 신제품을 예고했다.") == set()


def test_old_graphics_memory_and_a_line_without_its_brand_word() -> None:
    assert {"GDDR5X", "GDDR5"} <= _chips("GTX 1080에는 GDDR5X가, 아래 제품에는 GDDR5가 들어갔다.")
    assert _chips("퀄컴은 데이터센터용 AI 100 Ultra를 판다.") == {"Cloud AI 100 Ultra"}


def test_the_word_as_the_predicate_of_a_product_word() -> None:
    assert _talk("이 회사의 현재 주력 제품은 블랙홀이다.", "블랙홀")
    assert _talk("대표 칩은 아톰이며 금융권에서 쓰인다.", "아톰")
    assert not _talk("이 제품은 블랙홀처럼 수요를 빨아들인다.", "블랙홀")
    assert not _talk("데이터센터는 전력의 블랙홀이다.", "블랙홀")
    lead = "캐나다 AI 반도체 기업 텐스토렌트가 한국 법인을 세웠다."
    assert "Blackhole" in _chips(lead, "현재 주력 제품은 블랙홀이다.")


def test_the_makers_main_product_marks_the_common_word() -> None:
    assert _talk("기존 주력인 아톰은 공공 클라우드에서 팔린다.", "아톰")
    assert _talk("대표 제품인 웜홀로 실습했다.", "웜홀")
    assert not _talk("주력 산업의 블랙홀이 됐다.", "블랙홀")
    lead = "AI 반도체 기업 리벨리온이 신제품을 내놨다."
    assert "ATOM" in _chips(lead, "기존 주력인 아톰은 공공 클라우드에서 꾸준히 팔린다.")
