"""Round twelve (issue 13, extract_dev13's first run): section words joined
by a mark, date labels that are no outlet, a dateline place that is no
outlet, quotes around a listed name, `공개` as a date label, a mail glued to
its date, a listed outlet printed in English, a common-word chip before a
product built on it."""

from __future__ import annotations

import pytest
from test_chips_dev9 import article_chips
from test_metadata_layouts import BODY, meta

from summarizer.bylines import read_byline
from summarizer.dates import DATE_LINE, published_on
from summarizer.outlet_domains import korean_name, outlet_in_text
from summarizer.outlet_names import outlet_in_name

HEADLINE = "엔비디아, 새 AI 칩 공개…공급 늘린다"


@pytest.mark.parametrize(
    "label", ["반도체ㆍ디스플레이", "IT·과학", "전자/가전", "모바일ㆍ디스플레이"]
)
def test_section_words_joined_by_a_mark_are_no_title(label: str) -> None:
    found = meta(f"{label}\n{HEADLINE}\n김민수 기자 | 입력: 2026/03/18 10:21\n\n{BODY}")
    assert found.title == HEADLINE


def test_a_headline_with_a_middle_dot_is_still_one() -> None:
    found = meta(f"삼성ㆍSK 실적 발표\n입력 2026.03.18 10:21\n\n{BODY}")
    assert found.title == "삼성ㆍSK 실적 발표"


@pytest.mark.parametrize(
    "label",
    ["송고시간", "등록일시", "입력시간", "기사입력", "작성일", "공개", "최종수정일", "게시일"],
)
def test_a_date_field_label_is_never_an_outlet(label: str) -> None:
    byline = read_byline(f"{label} | 2026-03-18 06:12")
    assert byline is None or byline.publisher is None


def test_a_date_field_label_is_never_the_writer() -> None:
    found = meta(f"{HEADLINE}\n게시일 | 2026-04-15 10:20\n\n{BODY}\n\n노태윤 기자 tynoh@etnews.com")
    assert (found.author, found.published) == ("노태윤", "2026-04-15")


def test_the_agency_tag_names_the_outlet_after_a_labelled_date_field() -> None:
    text = f"{HEADLINE}\n송고시간 | 2026-03-18 06:12\n\n(뉴욕=연합인포맥스) 이가람 특파원 = {BODY}"
    found = meta(text)
    assert (found.publisher, found.author, found.published) == (
        "연합인포맥스",
        "이가람",
        "2026-03-18",
    )


@pytest.mark.parametrize(
    "place",
    [
        "실리콘밸리",
        "뉴욕",
        "팔로알토",
        "텔아비브",
        "라스베이거스(미국)",
        "베이징·상하이",
        "여의도",
        "진주",
        "CES 2026",
    ],
)
def test_a_bracketed_dateline_without_an_outlet_names_none(place: str) -> None:
    byline = read_byline(f"[{place}=임경준 특파원]")
    assert byline is not None and (byline.author, byline.publisher) == ("임경준", None)


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("[더구루=홍성일 기자]", "더구루"),
        ("[OSEN=이름 기자]", "OSEN"),
        ("[서울=뉴시스] 김민수 기자 =", "뉴시스"),
        ("[뉴스원 새너제이=한유진 특파원]", "뉴스원"),
        ("[라스베이거스=매일경제 김철수 기자]", "매일경제"),
        ("칩뉴스=김철수 기자", "칩뉴스"),
    ],
)
def test_an_outlet_before_the_sign_still_names_it(line: str, outlet: str) -> None:
    byline = read_byline(line)
    assert byline is not None and byline.publisher == outlet


@pytest.mark.parametrize(
    ("name", "outlet"),
    [
        ("자본시장 미디어 'thebell'", "더벨"),
        ('종합 경제 미디어 "Newspim"', "뉴스핌"),
        ("‘이데일리’", "이데일리"),
        ("'경제를 보는 눈' 이데일리", "이데일리"),
        ("“혁신을 읽는 신문” 전자신문", "전자신문"),
    ],
)
def test_quotes_around_a_listed_name_are_no_part_of_it(name: str, outlet: str) -> None:
    assert outlet_in_name(name) == outlet


def test_released_is_a_date_label_only_before_a_full_date() -> None:
    assert published_on("공개 2026-03-18 07:45:12") == "2026-03-18"
    assert DATE_LINE.match("공개 3일 만에 100만 다운로드") is None
    byline = read_byline("민성준 기자공개 2026-03-18 07:45:12")
    assert byline is not None and byline.author == "민성준"


def test_a_mail_glued_to_the_date_is_read_apart() -> None:
    found = meta(f"{HEADLINE}\n정민규 기자 mkjung@businesspost.co.kr2026-03-18 14:32:06\n\n{BODY}")
    assert (found.author, found.published, found.publisher) == (
        "정민규",
        "2026-03-18",
        "비즈니스포스트",
    )


def test_zdnet_korea_is_reported_by_its_korean_name() -> None:
    assert outlet_in_text("한소영 기자(sohan@zdnet.co.kr)") == "지디넷코리아"
    assert korean_name("ZDNet Korea") == korean_name("ZDNet") == "지디넷코리아"
    found = meta(f"{HEADLINE}\n\n{BODY}\n\n한소영 기자(sohan@zdnet.co.kr)\n저작권자 ⓒ ZDNet & CNET")
    assert found.publisher == "지디넷코리아"


@pytest.mark.parametrize(
    ("tail", "outlet"),
    [
        ("장서윤 기자 sy.jang@it.chosun.com", "IT조선"),
        ("Copyright ⓒ IT조선. 무단전재 및 재배포 금지", "IT조선"),
        ("<저작권자 ⓒ 인베스트조선, 무단 전재>", "인베스트조선"),
        ("장서윤 기자 sy.jang@chosun.com", "조선일보"),
    ],
)
def test_a_longer_outlet_name_wins_over_the_one_inside_it(tail: str, outlet: str) -> None:
    assert meta(f"{HEADLINE}\n입력 2026.03.18 11:03\n\n{BODY}\n\n{tail}").publisher == outlet


def test_a_common_word_chip_before_a_product_built_on_it() -> None:
    found = article_chips(
        "리벨리온은 상장을 준비한다.", "지난해 매출 대부분은 아톰 기반 서버 공급에서 나왔다."
    )
    assert found == {"ATOM"}
    assert article_chips("텐스토렌트가 연구소에 블랙홀 서버를 공급한다.") == {"Blackhole"}


def test_a_figurative_common_word_before_a_server_word_is_no_chip_without_its_vendor() -> None:
    assert article_chips("데이터센터가 전력의 블랙홀 서버 단지가 됐다.") == set()
