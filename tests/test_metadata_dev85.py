"""Metadata layouts of small publishers (dev85's misses, invented text):
a site name with its slogan, team bylines, "글 / 이름" writer credits, a
ministry's release header, an institute's acronym beside its name, a
newsroom named in English and in Korean, a masthead the copyright footer
repeats, a listed outlet's name over its bracketed reading."""

from __future__ import annotations

import pytest

from summarizer.bylines import read_byline
from summarizer.clean import clean_article
from summarizer.credit_lines import credit_fields
from summarizer.extract import extract_article
from summarizer.headers import issued_by
from summarizer.holders import copyright_holder
from summarizer.site_names import footer_masthead, korean_newsroom, site_without_tagline

_BODY = (
    "첫 문단은 새 설비의 규모와 일정을 길게 설명한다고 회사가 밝혔다.\n\n"
    "두 번째 문단은 업계 반응을 전하며 시장 전망도 덧붙였다고 한다.\n\n"
    "세 번째 문단도 길게 이어지며 지역 경제에 미칠 영향을 짚었다고 전했다.\n\n"
    "네 번째 문단은 새 라인에서 만들 칩의 종류와 고객사를 소개했다고 밝혔다.\n\n"
    "다섯 번째 문단은 지역 대학과 함께 인력을 기르는 계획을 자세히 설명했다고 한다."
)
_PARAS = "".join(f"<p>{p}</p>" for p in _BODY.split("\n\n"))


def _page(site: str, logo: str, footer: str, byline: str = "") -> str:
    return (
        f'<html><head><meta property="og:site_name" content="{site}"></head><body>'
        f'<header><h2 class="logo"><a href="/">{logo}</a></h2></header>'
        f"<article><h1>칩공장 증설 본격화…새 라인 가동</h1>{byline}{_PARAS}</article>"
        f"<footer><p>{footer}</p></footer></body></html>"
    )


@pytest.mark.parametrize(
    ("site", "texts", "expected"),
    [
        ("바다일보 - 푸른 바다의 신문", ["바다일보", "바다일보 | 주소 | 등록번호"], "바다일보"),
        ("산골신문 | 내일을 여는 산골", ["산골신문 | 발행인 홍길동"], "산골신문"),
        ("바다일보 - 푸른 바다의 신문", [], "바다일보 - 푸른 바다의 신문"),  # nothing printed
        ("Tech99 - 테크99", ["Tech99", "테크99"], "Tech99 - 테크99"),  # both printed
        ("칩뉴스", ["칩뉴스"], "칩뉴스"),
        ("뉴스 | 칩타임스", ["뉴스", "홈"], "뉴스 | 칩타임스"),  # a menu word is no site
    ],
)
def test_a_site_name_without_its_slogan(site: str, texts: list[str], expected: str) -> None:
    assert site_without_tagline(site, texts) == expected


def test_a_page_reports_its_site_without_the_slogan() -> None:
    html = _page(
        "바다일보 - 푸른 바다의 신문", "바다일보", "바다일보 | 바다시 중구 | 발행인 홍길동"
    )
    assert extract_article(html).publisher == "바다일보"


@pytest.mark.parametrize(
    "line",
    [
        "온라인뉴스팀 | 입력 2026.03.02 10:00",
        "디지털뉴스부 | 입력 2026.03.02 10:00",
        "인터넷뉴스팀 team@example.kr",
        "온라인뉴스팀",
    ],
)
def test_a_team_byline_names_no_outlet_and_no_writer(line: str) -> None:
    byline = read_byline(line)
    assert byline is None or (byline.author, byline.publisher) == (None, None)
    assert credit_fields(line)[:2] == (None, None)


def test_a_team_byline_under_the_outlets_masthead() -> None:
    text = (
        '바다일보\n\n[보도자료] 칩회사, 새 NPU 샘플 출하…"기기 안의 AI"\n'
        "온라인뉴스팀 | 입력 2026.03.02 10:00\n\n" + _BODY
    )
    meta = clean_article(text).metadata
    assert (meta.publisher, meta.author) == ("바다일보", None)


@pytest.mark.parametrize(
    "line",
    [
        "글 / 한누리 (칩회사 상품기획)",
        "글; 한누리",
        "글/한누리(칩회사 메모리 마케팅)",
    ],
)
def test_a_writer_credit_with_a_slash_or_semicolon(line: str) -> None:
    assert credit_fields(line)[0] == "한누리"


def test_a_page_writer_credit_read_by_the_page_extractor() -> None:
    html = _page(
        "칩뉴스", "칩뉴스", "칩뉴스", '<p class="writer">글 / 한누리 (칩회사 상품기획)</p>'
    )
    assert extract_article(html).author == "한누리"


def test_a_ministry_release_under_the_release_word() -> None:
    text = (
        "보도자료\n산업기술부\n보도시점 배포 시 | 배포 2026. 3. 4.(수)\n\n"
        "국산 칩, 공공 서비스에서 대규모 실증\n- 실증 사업 선정 결과 발표 -\n\n"
        "□ " + _BODY + "\n\n담당 부서 반도체과\n책임자 과장 한누리 (044-000-0000)"
    )
    meta = clean_article(text).metadata
    assert meta.title == "국산 칩, 공공 서비스에서 대규모 실증"
    assert (meta.publisher, meta.author, meta.published) == ("산업기술부", None, "2026-03-04")


def test_a_body_under_the_release_word_needs_the_release_date() -> None:
    issued = issued_by(["보도자료", "산업기술부", "국산 칩, 공공 서비스에서 실증"])
    assert issued.publisher is None


@pytest.mark.parametrize("header", ["KIRA 한국칩연구원", "한국칩연구원 KIRA"])
def test_an_institute_by_its_korean_name_beside_its_acronym(header: str) -> None:
    issued = issued_by([header, "보도자료", "배포일 2026. 3. 4.(수)", "새 칩 기술 개발"])
    assert issued.publisher == "한국칩연구원"


def test_a_release_time_field_is_no_outlet() -> None:
    assert credit_fields("보도시점 배포 시 | 배포 2026. 3. 4.(수)")[1] is None


@pytest.mark.parametrize(
    ("site", "texts", "expected"),
    [
        ("Chipco Newsroom Korea", ["칩코 뉴스룸 | 콘텐츠 이용 안내"], "칩코 뉴스룸"),
        ("Chipco Newsroom", ["칩코 뉴스룸"], "칩코 뉴스룸"),
        ("Chipco Newsroom", ["Chipco"], None),  # no Korean name printed
        ("Chip Daily", ["칩코 뉴스룸"], None),  # no newsroom
    ],
)
def test_a_newsroom_by_its_korean_name(site: str, texts: list[str], expected: str | None) -> None:
    assert korean_newsroom(site, texts) == expected


def test_a_newsroom_page_reports_its_korean_name() -> None:
    html = _page("Chipco Newsroom", "CHIPCO Newsroom", "칩코 뉴스룸 | 비상업적 이용 가능")
    assert extract_article(html).publisher == "칩코 뉴스룸"


def test_an_acronym_site_stays_beside_its_news_logo() -> None:
    html = _page("KIRA", "KIRA 뉴스", "KIRA 한국칩연구원 | 주소")
    assert extract_article(html).publisher == "KIRA"


def test_a_masthead_the_copyright_footer_repeats() -> None:
    lines = [
        "칩코 소셜 광장",
        "홈 > 뉴스 > 보도자료",
        "",
        "헤드라인",
        "",
        "칩코 소셜 광장 | Copyright © Chipco.",
    ]
    assert footer_masthead("칩코 소셜 광장", lines) == "칩코 소셜 광장"
    assert (
        footer_masthead("칩코 소셜 광장", lines[:-1] + ["칩코 소셜 광장에 오신 것을 환영"]) is None
    )
    text = (
        '칩코 소셜 광장\n홈 > 뉴스 > 보도자료\n\n칩코, 북미 데이터센터에 냉각 장비 공급…"고발열 대응"\n'
        "2026.03.04\n\n"
        + _BODY
        + "\n\n칩코 소셜 광장 | Copyright © Chipco Inc. All Rights Reserved."
    )
    meta = clean_article(text).metadata
    assert meta.title == '칩코, 북미 데이터센터에 냉각 장비 공급…"고발열 대응"'
    assert meta.publisher == "칩코 소셜 광장"


def test_a_listed_outlet_over_its_bracketed_reading() -> None:
    assert (
        copyright_holder("<저작권자 © KIPOST(케이아이포스트) 무단전재 및 재배포금지>") == "KIPOST"
    )
    assert copyright_holder("ⓒ Semi World (세미월드) All rights reserved") == "세미월드"


def test_an_english_newsroom_text_by_its_korean_footer_name() -> None:
    text = (
        'Chipco Newsroom\n보도자료 · 반도체\n\n칩코, 새 D램 양산…"추론 겨냥"\n2026/03/04\n\n'
        + _BODY
        + "\n\n칩코 뉴스룸 | 콘텐츠 이용 안내\nCopyright© 2026 CHIPCO All Rights Reserved."
    )
    assert clean_article(text).metadata.publisher == "칩코 뉴스룸"
    # no Korean newsroom printed: the issuer its release note names, as before
    text = text.replace(
        "칩코 뉴스룸 | 콘텐츠 이용 안내", "※ 본 보도자료는 칩코가 배포한 자료입니다."
    )
    assert clean_article(text).metadata.publisher == "칩코"
