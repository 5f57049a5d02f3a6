"""Round nine (issue 13, extract_dev10/dev11's first runs): a listed outlet
inside descriptor words, slogans in copyright lines, a magazine's issue
note, a print edition's date."""

from __future__ import annotations

import pytest
from test_metadata_layouts import BODY, meta

from summarizer.broadcast import on_air
from summarizer.bylines import read_byline
from summarizer.columnists import column_author
from summarizer.holders import copyright_holder
from summarizer.outlet_names import is_slogan, magazine_named, outlet_in_name

HEADLINE = "엔비디아, 새 AI 칩 공개…공급 늘린다"


@pytest.mark.parametrize(
    ("name", "outlet"),
    [
        ("반도체 전문 미디어 디지털데일리", "디지털데일리"),
        ("온라인 종합미디어 이데일리", "이데일리"),
        ("YTN 뉴스", "YTN"),
        ("Seoul Shinmun 신문사", "서울신문"),
        ("서울신문사 :", "서울신문"),
        ("머니투데이뉴스", "머니투데이"),
        ("이데일리(eDaily)", "이데일리"),
        ("hankyung", "한국경제"),
        ("BusinessPost", "비즈니스포스트"),
    ],
)
def test_a_listed_outlet_inside_descriptor_words(name: str, outlet: str) -> None:
    assert outlet_in_name(name) == outlet


@pytest.mark.parametrize(
    "name",
    ["AI 전문 미디어 칩뉴스", "반도체 뉴스", "삼성전자 반도체", "세상을 보는 눈", "Chip Daily"],
)
def test_nothing_unlisted_is_named(name: str) -> None:
    assert outlet_in_name(name) is None


def test_a_slogan_is_not_a_publisher_the_outlet_after_it_is() -> None:
    assert is_slogan("내일을 여는 신문")
    assert not is_slogan("경향신문")
    assert copyright_holder("ⓒ 내일을 여는 신문, 경향신문 무단전재 및 재배포 금지") == "경향신문"
    assert copyright_holder("ⓒ 미래를 읽는 창, 한국경제 무단전재") == "한국경제"


def test_a_slogan_with_two_outlets_after_it_names_none() -> None:
    holder = copyright_holder("ⓒ 미래를 읽는 창, 한국경제 제휴 매일경제")
    assert holder not in {"한국경제", "매일경제"}


def test_a_magazines_issue_note_wins_over_the_groups_mail() -> None:
    assert magazine_named(["[본 기사는 이코노미조선 제612호 (2026.04.20일자) 기사입니다]"]) == (
        "이코노미조선"
    )
    assert magazine_named(["본 기사는 어느잡지 제12호 기사입니다"]) is None  # unlisted
    text = "\n\n".join(
        [
            HEADLINE,
            "입력 2026.04.18 07:00",
            "진하람 기자 haram@chosun.com",
            BODY,
            "[본 기사는 이코노미조선 제612호 (2026.04.20~04.26일자) 기사입니다]",
        ]
    )
    assert meta(text).publisher == "이코노미조선"


def test_the_online_date_wins_over_a_print_editions() -> None:
    text = "\n\n".join([HEADLINE, "발행일 : 2026-04-20 14면", "입력 2026-04-19 16:30", BODY])
    assert meta(text).published == "2026-04-19"
    alone = "\n\n".join([HEADLINE, "발행일 : 2026-04-20 14면", BODY])
    assert meta(alone).published == "2026-04-20"


@pytest.mark.parametrize(
    ("line", "signed"),
    [
        ("SBS Biz 한도윤입니다.", ("한도윤", "SBS Biz")),
        ("YTN뉴스 오지후입니다. [jihu@ytn.co.kr]", ("오지후", "YTN")),
        ("연합뉴스TV 김하린입니다. (harin@yna.co.kr)", ("김하린", "연합뉴스TV")),
    ],
)
def test_a_sign_off_with_a_two_word_brand_or_mail_after_it(
    line: str, signed: tuple[str, str]
) -> None:
    assert on_air(line) == signed
    byline = read_byline(line)
    assert byline is not None and (byline.author, byline.publisher) == signed


def test_an_unlisted_two_word_brand_signs_nothing() -> None:
    assert on_air("Chip Daily 한도윤입니다.") is None


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("한지율 기자<jiyul@example.kr>", "한지율"),
        ("염도윤/차서하 기자 doyun@inews24.com", "염도윤·차서하"),
        ("염도윤 / 차서하 / 문가온 기자", "염도윤·차서하·문가온"),
    ],
)
def test_glued_mail_and_slash_joined_writers(line: str, author: str) -> None:
    byline = read_byline(line)
    assert byline is not None and byline.author == author


def test_a_newsroom_column_signed_with_desk_and_rank() -> None:
    assert column_author("나은호 경제부 부장") == "나은호"
    assert column_author("오승택 산업부 차장") == "오승택"
    assert column_author("나은호 경제부 회의") is None


def test_each_writer_with_the_role_is_one_byline() -> None:
    byline = read_byline("구하림 기자 노재윤 기자")
    assert byline is not None and (byline.author, byline.publisher) == ("구하림·노재윤", None)
