"""Session 24 (r24fix, the errors of dev102 and dev103): a hyperscaler's short
instance code ("구글 A2 인스턴스"), standards codes (JESD…), a name Kiwi glues
to its suffix ("루빈용"), a common-word chip inside a list of chips after a
kind word ("칩인 X와 아톰", "NPU(아톰, …)"), a listed model's name that goes on
("어센드 910D"), a context name after a use word ("데이터센터용 L20") in an
article that names its vendor. All texts invented."""

from __future__ import annotations

import pytest
from test_chip_catalogue import chips

from summarizer.chip_text import boundaries_ok
from summarizer.entities import load_index


def _chips(*sentences: str) -> set[str]:
    found = load_index().article_vendored([(s, ()) for s in sentences])
    return {m.key for _, m, _ in found if m.kind == "chip"}


def test_a_hyperscalers_short_code_before_an_instance_word_is_its_instance() -> None:
    found = _chips("업계는 AWS의 P4 인스턴스와 구글 A2 인스턴스 요금을 A100 서버와 비교했다.")
    assert found == {"A100"}
    assert _chips("구글 클라우드 A2 VM은 A100을 쓴다.") == {"A100"}
    # the chip itself, and a big chip's instance a cloud rents, still count
    assert "A2" in _chips("엔비디아는 저전력 GPU A2 칩을 A100 옆에 내놓았다.")
    assert _chips("MS 애저 H100 인스턴스를 빌렸다.") == {"H100"}


@pytest.mark.parametrize(
    "text",
    [
        "JEDEC은 HBM3E 칩 규격을 JESD238B로 정했다.",
        "표준 기구는 새 메모리 칩 규격을 JEP106, JESD79-5C로 묶었다.",
    ],
)
def test_standards_codes_are_no_chips(text: str) -> None:
    found = _chips(text)
    assert not any(k.startswith(("JESD", "JEP", "IEEE")) for k in found), found


def test_a_name_glued_to_its_suffix_by_kiwi() -> None:
    # Kiwi reads "루빈용" as one noun here: the name still ends before the suffix
    assert "Rubin" in chips("삼성은 엔비디아의 루빈용 물량을 늘렸다.")
    assert "Rubin" in chips("하이닉스는 루빈용 HBM4를 엔비디아에 보낸다.")
    for glued in ("루빈용 물량", "루빈향의 물량", "루빈급 성능", "루빈용으로 쓴다"):
        assert boundaries_ok(glued, 0, 2, {len(glued)})
    # a longer word is no suffix: "메타버스" is not Meta
    assert not boundaries_ok("메타버스 기기", 0, 2, {4})
    assert not boundaries_ok("루빈용기 판매", 0, 2, {4})


@pytest.mark.parametrize(
    "sentences",
    [
        ("리벨리온이 투자를 받았다.", "센터는 추론 칩인 RNGD와 아톰을 함께 시험했다."),
        ("정부는 H100 서버를 들인다.", "국산 NPU(아톰, RNGD 등)도 시범 도입한다."),
        ("정부는 H100 서버를 들인다.", "국산 NPU(RNGD, 아톰 등)도 시범 도입한다."),
    ],
)
def test_a_common_word_chip_in_a_list_after_a_kind_word(sentences: tuple[str, str]) -> None:
    assert "ATOM" in _chips(*sentences)


def test_a_list_of_words_that_are_not_chips_stays_a_list() -> None:
    found = _chips("리벨리온이 투자를 받았다.", "반도체 칩 수요와 아톰 만화 인기가 겹쳤다.")
    assert "ATOM" not in found


def test_a_listed_models_name_that_goes_on_is_a_sibling_model() -> None:
    assert "Ascend 910D" in _chips("화웨이의 어센드 910B, 어센드 910D를 예시로 들었다.")
    assert load_index().resolve("Ascend 910D") == "Ascend 910D"
    # not in the catalogue: read from the family as 310P's sibling
    assert "Ascend 310B" in _chips("화웨이는 어센드 310P에 이어 어센드 310B를 냈다.")
    # no model with letters after Gaudi 3: "3D" is no sibling
    assert not any(k.startswith("Gaudi 3") for k in _chips("인텔 가우디 3D 렌더링 데모."))


def test_a_context_name_after_a_use_word_where_the_vendor_is_named() -> None:
    found = _chips("엔비디아는 중국에 H20을 팔았다.", "당국은 서버용 L20도 점검했다.")
    assert "L20" in found
    # no vendor named, or no use word before it: a road, not a chip
    assert "L20" not in _chips("도로공사는 점검했다.", "고속도로용 L20 구간이 막혔다.")
    assert "L20" not in _chips("엔비디아 H20이 팔린다.", "국도 L20 구간은 막혔다.")
    assert "L20" not in _chips("엔비디아 H20이 팔린다.", "재사용 L20 부품을 점검했다.")
