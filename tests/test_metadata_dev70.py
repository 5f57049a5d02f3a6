"""Metadata layouts of session 21's fix round (dev70's misses, invented text):
a wire-style lead opening with the outlet, an outlet between the writer and
the role at the bottom, an agency's own page under an outlet-shaped section
head, and an outlet's other printed name (aliases)."""

from __future__ import annotations

import pytest

from summarizer.clean import clean_article
from summarizer.credit_lines import credit_fields
from summarizer.metadata import strip_byline_prefix
from summarizer.odd_credits import odd_credit
from summarizer.outlet_domains import known_outlets, korean_name
from summarizer.reprints import printed_by
from summarizer.wire_leads import outlet_lead

_BODY = "두 번째 문단은 업계 반응을 전한다고 밝혔다.\n\n세 번째 문단도 길게 이어진다고 한다."


@pytest.mark.parametrize(
    ("line", "author", "outlet"),
    [
        ("칩데일리 한누리 워싱턴 특파원 = 미국 상무부가 새 규정을 내놨다.", "한누리", "칩데일리"),
        ("칩데일리 런던 한누리 특파원 = 영국 정부가 새 규정을 내놨다.", "한누리", "칩데일리"),
        ("반도체투데이 모서진 기자 = 삼성전자가 새 공장을 짓는다.", "모서진", "반도체투데이"),
    ],
)
def test_a_wire_lead_opening_with_the_outlet(line: str, author: str, outlet: str) -> None:
    led = outlet_lead(line)
    assert led is not None and led[0].author == author and led[0].publisher == outlet
    assert credit_fields(line)[:2] == (author, outlet)
    lead = strip_byline_prefix(line)
    assert lead == line[led[1] :] and not lead.startswith(outlet)


@pytest.mark.parametrize(
    "line",
    [
        "삼성전자 한누리 기자 = 본문",  # a company, not an outlet
        "칩데일리 한누리 모서진 기자 = 본문",  # two names, no city
        "칩데일리 경제 한누리 기자 = 본문",  # a section word, not a city
        "칩데일리 한누리 기자 본문이 이어진다",  # no wire "="
        "한누리 기자 = 본문",  # the plain lead byline's (bylines.LEAD_BYLINE)
    ],
)
def test_no_wire_lead_without_outlet_name_and_city(line: str) -> None:
    assert outlet_lead(line) is None


def test_a_place_opening_a_wire_lead_is_a_dateline() -> None:
    led = outlet_lead("부산 한누리 기자 = 부산항이 새 장비를 들였다.")
    assert led is not None and led[0].author == "한누리" and led[0].publisher is None


def test_a_wire_lead_in_an_article() -> None:
    text = (
        "국제 > 아시아\n반도체 장비 수출 석 달째 늘어…대만향 급증\n기사승인 2026. 03. 04. 09:10\n\n"
        "반도체투데이 모서진 타이베이 특파원 = 대만으로 가는 국산 장비 수출이 석 달째 늘었다.\n\n"
        + _BODY
    )
    meta = clean_article(text).metadata
    assert (meta.author, meta.publisher) == ("모서진", "반도체투데이")


@pytest.mark.parametrize(
    "line",
    [
        "한누리 칩타임스 기자 hannuri@chiptimes.example",
        "한누리 칩타임스 기자 (hannuri@chiptimes.example)",
        "한누리 칩타임스 기자 <hannuri@chiptimes.example>",
    ],
)
def test_an_outlet_between_the_writer_and_the_role_with_a_mail(line: str) -> None:
    assert odd_credit(line) == ("한누리", None, None)
    assert credit_fields(line)[:2] == ("한누리", None)  # the name is never the outlet


def test_a_bottom_sign_off_with_the_outlet_between() -> None:
    text = (
        "칩타임스 > 산업\n메모리 3사, 2분기 설비투자 늘린다\n기사입력 2026-05-02 06:10\n\n"
        "메모리 3사가 2분기 설비투자를 늘리기로 했다고 밝혔다.\n\n"
        + _BODY
        + "\n\n한누리 칩타임스 기자 hannuri@chiptimes.example"
    )
    meta = clean_article(text).metadata
    assert (meta.author, meta.publisher) == ("한누리", "칩타임스")


def test_an_agency_named_by_its_copyright_line_keeps_its_page() -> None:
    assert printed_by("뉴스1", "뉴스1", "글로벌뉴스") is None  # its own page
    assert printed_by("뉴스1", None, "경북일보") == "경북일보"  # a paper's rerun


def test_an_agency_page_under_an_outlet_shaped_section_head() -> None:
    text = (
        "글로벌뉴스 > 해외증시\n엔비디아 주가 3% 올라…실적 기대 커져\n입력 2026.02.11 07:40\n\n"
        "(서울=뉴스1) 모서진 기자 = 엔비디아 주가가 3% 올랐다고 밝혔다.\n\n"
        + _BODY
        + "\n\nCopyright ⓒ 뉴스1. All rights reserved."
    )
    assert clean_article(text).metadata.publisher == "뉴스1"


def test_an_outlets_other_printed_name_reads_as_the_outlet() -> None:
    assert korean_name("CBS노컷뉴스") == "노컷뉴스"
    assert korean_name("CBS 노컷뉴스") == "노컷뉴스"  # spaces do not count
    assert "CBS노컷뉴스" in known_outlets()  # still a byline's outlet
    text = (
        "사회 > 노동\n주 4.5일제 시범 사업 100곳으로 늘린다\n"
        "CBS노컷뉴스 한누리 기자 | 2026-06-02 05:00\n\n"
        "정부가 주 4.5일제 시범 사업을 100곳으로 늘린다고 밝혔다.\n\n"
        + _BODY
        + "\n\n저작권자 © CBS 노컷뉴스 무단전재 및 재배포 금지"
    )
    meta = clean_article(text).metadata
    assert (meta.author, meta.publisher) == ("한누리", "노컷뉴스")
