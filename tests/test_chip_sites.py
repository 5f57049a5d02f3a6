"""Session 21 (r21fixtraps): fab and line codes are places, never chips
(``chip_sites``); a technology's name that is also one vendor's product is
that product only where its sentence names the vendor (``chip_classes``)."""

from __future__ import annotations

from summarizer.chip_sites import is_facility, site_codes
from summarizer.entities import load_index


def _chips(*sentences: str) -> set[str]:
    found = load_index().article_vendored([(s, ()) for s in sentences])
    return {m.key for _, m, _ in found if m.kind == "chip"}


def _facility(text: str, code: str) -> bool:
    start = text.index(code)
    return is_facility(text, start, start + len(code))


def test_a_code_after_a_fab_town_or_its_campus_is_a_place() -> None:
    assert _facility("경기 오산캠퍼스 옆 평택캠퍼스 Q7에서", "Q7")
    assert _facility("구미 사업장의 K9 라인", "K9")
    assert _facility("청주의 M21은", "M21")
    assert _facility("이천 R3·R5 신축", "R5")  # listed after the first code
    assert not _facility("러시안 T4 GPU", "T4")  # a town's name inside a word


def test_a_code_before_a_line_word_or_where_things_are_made_is_a_place() -> None:
    assert _facility("Q7·Q8 라인 증설", "Q7")
    assert _facility("R3와 R5 팹", "R3")
    assert _facility("D램은 Q7에서 주로 생산한다", "Q7")
    assert _facility("HBM은 Q7에서 만든다", "Q7")
    assert _facility("업체는 Z16에서 HBM3E 칩을 만든다", "Z16")
    assert not _facility("Q7에서 생산성이 올랐다", "Q7")


def test_a_code_its_clause_calls_a_fab_is_a_place() -> None:
    assert _facility("Z15X는 HBM 전용으로 지은 공장이다", "Z15X")
    assert _facility("Q7은 D램을 만드는 핵심 라인이다", "Q7")
    assert _chips("Z15X는 HBM 칩 전용 공장이다.") == set()
    assert _chips("엔비디아 T4는 추론용 GPU 라인이다.") == {"T4"}  # a product line


def test_an_article_that_shows_a_code_to_be_a_line_keeps_it_a_line() -> None:
    line = "노조는 평택 P4 라인의 특근을 거부한다."
    later = "P4는 HBM4에 들어가는 D램을 만드는 핵심 라인이다."
    assert site_codes([line, later]) == {"P4"}
    assert _chips(line, later) == {"HBM4"}
    # the same code beside a GPU word or its vendor is still Nvidia's chip
    assert _chips(line, "엔비디아 P4 GPU는 2016년에 나왔다.") == {"P4"}
    assert _chips(line, "엔비디아의 P4는 추론용이다.") == {"P4"}


def test_a_discovered_code_shown_to_be_a_fab_is_no_chip_elsewhere() -> None:
    fab = "메모리 업체가 청주 Z15X 팹에서 HBM4 양산을 시작했다."
    later = "업계는 Z15X 증설 물량이 GPU 업체 수요에 맞춰졌다고 본다."
    assert _chips(fab, later) == {"HBM4"}


def test_a_memory_generation_does_not_vouch_for_a_two_character_name() -> None:
    assert _chips("P4는 HBM4에 들어가는 D램을 생산한다.") == {"HBM4"}
    assert _chips("퓨리오사AI의 RNGD는 L4보다 효율이 높다.") == {"RNGD", "L4"}  # a chip still does


def test_short_nvidia_gpus_keep_their_context() -> None:
    assert _chips("엔비디아의 추론 GPU T4와 L4가 인기다.") == {"T4", "L4"}
    assert _chips("엔비디아 A2 GPU는 저전력 추론용이다.") == {"A2"}
    assert _chips("Tesla P4 가속기를 들였다.") == {"P4"}


def test_a_technology_name_is_a_chip_only_beside_its_maker() -> None:
    assert _chips("연산 기능을 메모리 안에 넣는 HBM-PIM도 다시 주목받는다.") == set()
    assert _chips("삼성전자는 HBM-PIM을 처음 공개했다.") == {"HBM-PIM"}
    assert _chips("삼성 'HBM-PIM' vs SK하이닉스 'GDDR6-AiM'") == {"HBM-PIM", "GDDR6-AiM"}
    assert _chips("2021년 공개된 아쿠아볼트-XL은 연산하는 HBM이다.") == {"HBM-PIM"}
    # the maker named in another sentence does not make the class its product
    assert (
        _chips("삼성전자는 SF2 공정을 제안한다.", "메모리 안에서 연산하는 HBM-PIM 과제도 있다.")
        == set()
    )
    assert _chips("LPDDR-PIM과 CXL-PNM, AiM 같은 기술이 뜬다.") == set()
