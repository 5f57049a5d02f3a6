"""Session 25 (r25consumer, the errors of dev117's and dev115's first runs):
a China part with its letter set apart ("RTX 5090 D") and its revision,
AMD's GPU dies by code name (나비 48), a capacity before a memory module's
form ("32GB DDR5 SO-DIMM"), an architecture after a graphics line's code
("RTX PRO 블랙웰"), products listed as using a chip; a post header's spaced
counter ("조회 수"), a name with its nickname over the date, a foreign
agency's tag relayed by an outlet ("[베이징=신화/뉴시스]") and an outlet's
service tag ("[매체 마켓포인트]"). All texts invented."""

from __future__ import annotations

import pytest
from test_chip_catalogue import chips

from summarizer.chip_lines import line_generation
from summarizer.clean import clean_article
from summarizer.credit_lines import credit_fields, post_header
from summarizer.entities import load_index


def _chips(*sentences: str) -> set[str]:
    found = load_index().article_vendored([(s, ()) for s in sentences])
    return {m.key for _, m, _ in found if m.kind == "chip"}


@pytest.mark.parametrize(
    ("text", "chip"),
    [
        ("중국에서는 엔비디아 RTX 5090 D의 재고가 모자라 그래픽카드 값이 뛰었다.", "RTX 5090D"),
        ("중국에서는 지포스 RTX 4090 D가 AI 연구용 그래픽카드로 팔린다.", "RTX 4090D"),
        ("엔비디아는 메모리를 줄인 RTX 5090 D v2 그래픽카드를 내놓았다.", "RTX 5090D V2"),
        ("엔비디아는 메모리를 줄인 RTX 5090D V2 그래픽카드를 내놓았다.", "RTX 5090D V2"),
    ],
)
def test_a_china_part_with_its_letter_set_apart(text: str, chip: str) -> None:
    found = _chips(text)
    assert chip in found, found
    assert "RTX 5090" not in found and "RTX 4090" not in found


def test_a_letter_that_begins_a_word_is_no_china_part() -> None:
    # "DLSS" after the model is Nvidia's upscaler, not the D of a China part
    assert _chips("엔비디아 RTX 5090 DLSS 4 성능을 그래픽카드 리뷰에서 쟀다.") == {"RTX 5090"}


@pytest.mark.parametrize(
    ("text", "chip"),
    [
        ("AMD의 새 그래픽카드는 보급형 GPU 칩 나비 44를 쓴다.", "Navi 44"),
        ("라데온 RX 9070은 Navi 48 다이에 GDDR6 메모리를 붙였다.", "Navi 48"),
        ("RX 7900 XTX와 같은 나비 31 칩을 쓰는 워크스테이션 카드가 나왔다.", "Navi 31"),
    ],
)
def test_amds_gpu_dies_by_code_name(text: str, chip: str) -> None:
    assert chip in chips(text)


def test_a_butterfly_is_no_die() -> None:
    assert chips("정원에서 나비 48마리가 한꺼번에 날아올랐다.") == []


def test_a_capacity_before_a_module_form_keeps_the_generation() -> None:
    found = _chips("이 노트북의 메모리는 64GB DDR5 SO-DIMM 두 장이고 그래픽 메모리는 GDDR7이다.")
    assert {"DDR5", "GDDR7"} <= found
    # without a capacity, the generation and the form name the module sold
    assert "DDR5" not in _chips("서버용 DDR5 RDIMM 모듈 값이 올랐고 HBM3E 공급도 빠듯하다.")


@pytest.mark.parametrize(
    "text",
    [
        "엔비디아 RTX PRO 블랙웰, 설계 사무소 워크스테이션 교체 수요 흡수",
        "엔비디아 지포스 RTX 블랙웰 그래픽카드가 PC방에 깔린다.",
        "엔비디아의 RTX 프로 블랙웰 시리즈가 전 세대를 밀어냈다.",
    ],
)
def test_an_architecture_after_a_graphics_lines_code_is_the_lines_generation(text: str) -> None:
    assert "Blackwell" not in _chips(text)


def test_the_architecture_alone_and_the_chip_named_with_it_still_count() -> None:
    found = _chips("엔비디아 블랙웰 GPU 수요가 늘며 RTX PRO 6000 블랙웰 주문도 늘었다.")
    assert {"Blackwell", "RTX Pro 6000"} <= found
    text = "최신 RTX PRO 블랙웰"
    assert line_generation(text, text.index("블랙웰"), len(text))
    assert not line_generation("AI 칩 블랙웰", 5, 8)


def test_products_listed_as_using_a_chip_are_no_chips() -> None:
    found = _chips(
        "엔비디아 GB10 칩을 쓴 미니 PC가 늘었다.",
        "레노버 씽크센터 PX15, 델 프로 맥스 GB10 등 같은 칩을 쓴 파트너 제품도 나왔다.",
    )
    assert "PX15" not in found
    assert "GB10" in found


def test_a_post_header_with_a_spaced_counter() -> None:
    assert post_header("강도윤 | 2026.02.03 10:15 | 조회 수 2,318") == ("강도윤", "2026-02-03")
    author, outlet, dated = credit_fields("강도윤 | 2026.02.03 10:15 | 조회 수 2,318")
    assert (author, outlet, dated) == ("강도윤", None, "2026-02-03")
    meta = clean_article(
        "하드웨어포럼 > 하드웨어 뉴스\n\n"
        "새 그래픽카드 재고 바닥, 웃돈 거래 늘어\n\n"
        "강도윤 | 2026.02.03 10:15 | 조회 수 2,318\n\n"
        "현지 유통가에서 새 그래픽카드의 재고가 바닥났다는 소식입니다. "
        "웃돈을 얹은 거래도 늘고 있습니다. 업체들은 다음 달 물량을 기다리고 있습니다.\n\n"
        "출처: 현지 커뮤니티"
    ).metadata
    assert (meta.author, meta.published) == ("강도윤", "2026-02-03")
    assert meta.publisher != "강도윤"


@pytest.mark.parametrize(
    ("line", "fields"),
    [
        ("채도현 (도현) 2026-02-04 09:12:30", ("채도현", None, "2026-02-04")),
        ("채도현(도현) 2026.02.04 09:12", ("채도현", None, "2026-02-04")),
        ("채도현 (Dohyun) 2026-02-04", ("채도현", None, "2026-02-04")),
    ],
)
def test_a_name_with_its_nickname_over_the_date(
    line: str, fields: tuple[str | None, str | None, str | None]
) -> None:
    assert credit_fields(line) == fields


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        (
            "전시장 찾은 관람객들\n\n등록 2026.05.11 15:02:11\n\n"
            "[상하이=신화/뉴시스] 11일 중국 상하이의 한 전시장에서 관람객들이 "
            "새 서버 모형을 살펴보고 있다. 2026.05.11.",
            "뉴시스",
        ),
        (
            "[마켓포인트]유가증권시장 기관 순매도 상위 종목\n\n등록 2026-05-11 오후 3:40:02\n\n"
            "[이데일리 마켓포인트] 11일 유가증권시장에서 기관은 한 종목을 가장 많이 팔았다. "
            "이어 두 종목 순이었다.",
            "이데일리",
        ),
    ],
)
def test_an_agencys_relayed_tag_and_an_outlets_service_tag(text: str, outlet: str) -> None:
    assert clean_article(text).metadata.publisher == outlet


def test_an_unlisted_word_pair_in_a_tag_is_no_outlet() -> None:
    from summarizer.byline_outlets import agency_outlet, service_tag

    assert service_tag("이데일리 마켓포인트") == "이데일리"
    assert service_tag("마켓 포인트") is None
    assert service_tag("이데일리") is None
    assert agency_outlet("AP/뉴시스") == "뉴시스"
    assert agency_outlet("뉴시스") == "뉴시스"
    assert agency_outlet("/뉴시스") is None
