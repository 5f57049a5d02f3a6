"""Metadata layouts of the fourth blind set's round (issue 13): magazine issue
lines, tagged section lines, question headlines, two-digit-year stamps,
broadcast sign-offs, site ids, rights footers without ⓒ, and HTML pages whose
printed headline and byline differ from their meta tags."""

import pytest
from test_metadata_layouts import BODY, meta

from summarizer.clean import clean_article
from summarizer.extract import extract_article
from summarizer.metadata import Metadata

TITLE = "엔비디아, 새 AI 칩 공개"


@pytest.mark.parametrize(
    ("head", "publisher"),
    [
        ("한경비즈니스 제1521호 (42~43쪽)", "한경비즈니스"),
        ("이코노미칩 212호", "이코노미칩"),
        ("[반도체매거진] 특집", "반도체매거진"),
        ("[테크 매거진] 커버스토리", "테크 매거진"),
    ],
)
def test_issue_and_tagged_section_lines_name_the_outlet(head: str, publisher: str) -> None:
    got = meta(f"{head}\n\n{TITLE}\n\n{BODY}\n\n김민수 기자 kms@hankyung.com")
    assert (got.title, got.publisher, got.author) == (TITLE, publisher, "김민수")
    assert head not in clean_article(f"{head}\n\n{TITLE}\n\n{BODY}").body


def test_kicker_tag_over_a_headline_is_still_the_title() -> None:
    assert meta(f"[AI 리포트] 엔비디아 칩 공개\n입력 2025.05.02\n{BODY}").title == (
        "[AI 리포트] 엔비디아 칩 공개"
    )


@pytest.mark.parametrize(
    ("section", "date_line", "published"),
    [
        ("칩워치 · 메모리", "Mar 3, 2025 · Updated Mar 4, 2025 10:20 AM KST", "2025-03-03"),
        ("뉴스 · 반도체", "24.09.12 09:05ㅣ최종 업데이트 24.09.12 10:11ㅣ", "2024-09-12"),
        ("국제", "25.11.04 14:20l최종 업데이트 25.11.04 14:38l", "2025-11-04"),
    ],
)
def test_section_lines_and_stamp_dates(section: str, date_line: str, published: str) -> None:
    got = meta(f"{section}\n\n{TITLE}\n\n{date_line}\n{BODY}")
    assert (got.title, got.published) == (TITLE, published)


def test_two_digit_year_needs_a_time_or_a_label() -> None:
    assert meta(f"{TITLE}\n25.11.04 기준 집계\n{BODY}").published is None


def test_question_headline_with_an_ellipsis_and_a_subtitle() -> None:
    title = "AI 칩 수십만 장 들어온다는데... 전기는 누가 대나?"
    got = meta(f"{title}\n[진단] 발표 뒤에 남은 숙제\n\n25.03.07 08:10\n박하늘(skyp)\n\n{BODY}")
    assert (got.title, got.author, got.published) == (title, "박하늘", "2025-03-07")


@pytest.mark.parametrize(
    ("lines", "publisher", "author"),
    [
        ("지금까지 도쿄에서 MBN 박서윤입니다.", "MBN", "박서윤"),
        ("지금까지 실리콘밸리에서 KBS 뉴스 이재훈입니다.", "KBS", "이재훈"),
        ("SBS 김도현 (dh.kim@sbs.co.kr)", "SBS", "김도현"),
        ("정민호 기자 · 2시간 전 · 2025.10.02 오후 3:40", None, "정민호"),
        ("정하람 기자 / 반도체매거진 취재팀", "반도체매거진", "정하람"),
        ("유지원 칩정책연구소 자문위원", None, "유지원"),
        ("한서준 반도체산업협회 운영위원장", None, "한서준"),
    ],
)
def test_sign_offs_and_signatures(lines: str, publisher: str | None, author: str) -> None:
    got = meta(f"{TITLE}\n{lines}\n\n{BODY}")
    assert (got.publisher, got.author) == (publisher, author)


@pytest.mark.parametrize(
    ("footer", "publisher"),
    [
        ("국민일보 무단전재 및 수집, 재배포금지", "국민일보"),
        ("<에너지경제 무단 복제 및 배포 금지>", "에너지경제"),
        ("이 기사의 무단전재를 금합니다", None),
        ("무단전재 및 재배포 금지", None),
        ("AI칩뷰 | 발행인 김가람 | Copyright © AI칩뷰 All rights reserved.", "AI칩뷰"),
    ],
)
def test_rights_footers(footer: str, publisher: str | None) -> None:
    assert meta(f"{TITLE}\n입력 2025.05.02\n{BODY}\n{footer}").publisher == publisher


PAGE = """<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8">
<title>칩포커스 :: 엣지 칩 경쟁</title><meta property="og:title" content="엣지 칩 경쟁 요약">
</head><body>
<header><span class="logo">칩포커스</span><ul><li>뉴스</li><li>리뷰</li></ul></header>
<div class="path">뉴스 / 반도체</div>
<div class="view"><h3 class="subject">엣지 NPU 시장에 새 얼굴…DX-M1 맞수 등장</h3>
<p class="info">{byline}</p>
<div class="content">{body}</div></div>
<aside class="related"><h3>많이 본 기사 제목이 여기에 길게 옵니다</h3></aside>
<div id="footer">칩포커스 | 발행인 김가람 | Copyright © 칩포커스 All rights reserved.</div>
</body></html>"""


@pytest.mark.parametrize(
    ("byline", "author"),
    [
        ("실리콘밸리=정유진 특파원", "정유진"),
        ("칩포커스 정유진 기자 yjjung@chipfocus.kr", "정유진"),
        ("정유진 기자 · 3시간 전 · 2026.01.15 오전 9:12", "정유진"),
    ],
)
def test_html_headline_byline_and_footer_outlet(byline: str, author: str) -> None:
    body = "".join(f"<p>{BODY} 딥엑스는 DX-M1으로 시장을 넓히고 있다.</p>" for _ in range(3))
    page = extract_article(PAGE.format(byline=byline, body=body))
    assert page.title == "엣지 NPU 시장에 새 얼굴…DX-M1 맞수 등장"
    assert (page.publisher, page.author) == ("칩포커스", author)


def test_middot_line_over_a_date_is_a_headline_not_a_section() -> None:
    got = meta(f"삼성 · SK 실적 발표\n입력 2025.01.02\n{BODY}")
    assert (got.title, got.publisher) == ("삼성 · SK 실적 발표", None)


@pytest.mark.parametrize(
    ("line", "publisher", "author"),
    [
        ("YTN 홍길동 [hong@ytn.co.kr]", "YTN", "홍길동"),
        ("김성호 시민기자", None, "김성호"),
        ("지금까지 KBS 뉴스 이재훈입니다.", "KBS", "이재훈"),
    ],
)
def test_more_sign_offs(line: str, publisher: str | None, author: str) -> None:
    got = meta(f"{TITLE}\n{BODY}\n{line}")
    assert (got.publisher, got.author) == (publisher, author)


def test_html_logo_heading_is_not_the_headline() -> None:
    body = "".join(f"<p>{BODY} 리벨리온은 아톰 {n}만 개를 공급한다.</p>" for n in range(2, 6))
    html = (
        '<html><head><meta charset="utf-8"><title>칩 기사</title>'
        '<meta property="og:title" content="리벨리온, 아톰 증산"></head><body>'
        "<h1>KoreaChip Daily</h1><article>"
        f"<p>홍길동 기자</p>{body}</article></body></html>"
    )
    page = extract_article(html)
    assert (page.title, page.author) == ("리벨리온, 아톰 증산", "홍길동")


@pytest.mark.parametrize(
    ("line", "author", "published"),
    [
        ("▶홍길동 기자", "홍길동", None),
        ("홍길동 기자 hong@x.com 2025-03-05", "홍길동", "2025-03-05"),
        ("글/홍길동 기자", "홍길동", None),
        ("(홍길동 기자)", "홍길동", None),
        ("March 5, 2025 at 2:00 p.m.", None, "2025-03-05"),
        ("Posted 3 hours ago · 2025-03-05", None, "2025-03-05"),
    ],
)
def test_byline_and_date_variants(line: str, author: str | None, published: str | None) -> None:
    got = meta(f"{TITLE}\n{line}\n{BODY}")
    assert (got.title, got.publisher, got.author, got.published) == (
        TITLE,
        None,
        author,
        published,
    )


@pytest.mark.parametrize("outlet", ["이코노미스트", "한경비즈니스", "딜사이트", "코리아타임스"])
def test_listed_outlet_alone_on_line_one(outlet: str) -> None:
    got = meta(f"{outlet}\n{TITLE}\n\n홍길동 기자 | 2025.11.12 07:00\n\n{BODY}")
    assert (got.title, got.publisher, got.author) == (TITLE, outlet, "홍길동")


def test_a_magazine_subdomain_names_the_magazine() -> None:
    assert meta(f"{TITLE}\n{BODY}\n홍길동 기자 hong@weekly.donga.com").publisher == "주간동아"
    assert meta(f"{TITLE}\n{BODY}\n홍길동 기자 hong@donga.com").publisher == "동아일보"


@pytest.mark.parametrize(
    ("head", "publisher"),
    [("KBS 뉴스9", "KBS"), ("MBC 뉴스데스크", "MBC"), ("JTBC 뉴스룸", "JTBC")],
)
def test_programme_line_names_the_broadcaster(head: str, publisher: str) -> None:
    got = meta(f"{head}\n{TITLE}\n입력 2025.03.05 (21:14)\n{BODY}")
    assert (got.title, got.publisher) == (TITLE, publisher)


def test_short_acronym_headline_is_not_a_programme() -> None:
    assert meta(f"AMD 반격\n2025-04-16 08:40\n{BODY}").title == "AMD 반격"


@pytest.mark.parametrize("sep", [" - ", " : ", " :: "])
def test_page_title_with_the_site_after_a_dash(sep: str) -> None:
    got = meta(f"{TITLE}{sep}칩뉴스\n2025-03-05\n{BODY}")
    assert (got.title, got.publisher) == (TITLE, "칩뉴스")


@pytest.mark.parametrize(
    "footer",
    [
        "ⓒ 2025 칩뉴스 Inc. All rights reserved.",
        "저작권자 칩뉴스 무단전재 및 재배포 금지",
        "Copyright (주)칩뉴스. All rights reserved.",
    ],
)
def test_company_forms_are_not_the_outlet(footer: str) -> None:
    assert meta(f"{TITLE}\n{BODY}\n{footer}").publisher == "칩뉴스"


@pytest.mark.parametrize("label", ["기사전송", "게시", "배포", "송고", "작성", "보도"])
def test_more_date_labels(label: str) -> None:
    assert meta(f"{TITLE}\n{label} 2025-03-05 14:00\n{BODY}").published == "2025-03-05"


def test_a_sentence_starting_with_a_label_word_stays_in_the_body() -> None:
    text = f"{TITLE}\n입력 2025-03-05\n{BODY}\n\n보도에 따르면 공급은 내년에 늘어난다."
    article = clean_article(text)
    assert "보도에 따르면 공급은 내년에 늘어난다." in article.body
    assert article.metadata.published == "2025-03-05"


def _page(head: str, headings: str) -> str:
    body = "".join(f"<p>{BODY} 퓨리오사는 RNGD {n}만 장을 공급한다.</p>" for n in range(2, 6))
    return (
        f'<html><head><meta charset="utf-8">{head}</head><body><article>'
        f"{headings}<p>김하나 기자</p>{body}</article></body></html>"
    )


def test_html_section_heading_is_not_the_headline() -> None:
    html = _page(
        "<title>칩 소식</title>", "<h1>반도체·디스플레이</h1><h2>퓨리오사, RNGD 양산 돌입</h2>"
    )
    assert extract_article(html).title == "퓨리오사, RNGD 양산 돌입"


def test_html_heading_the_page_title_repeats_wins() -> None:
    html = _page(
        "<title>퓨리오사, RNGD 양산 돌입 | 칩뉴스</title>",
        "<h2>오늘의 주요 반도체 소식 모음</h2><h1>퓨리오사, RNGD 양산 돌입</h1>",
    )
    assert extract_article(html).title == "퓨리오사, RNGD 양산 돌입"


@pytest.mark.parametrize(
    "line",
    [
        "홍길동 기자 2025-03-05 14:00:00",
        "홍길동 기자 · 입력 2025.03.05 14:00",
        "홍길동 기자 ㅣ 2025-03-05",
    ],
)
def test_byline_then_date_without_a_bar(line: str) -> None:
    got = meta(f"{TITLE}\n{line}\n{BODY}")
    assert (got.author, got.published) == ("홍길동", "2025-03-05")


def test_other_articles_link_keeps_the_role() -> None:
    assert meta(f"{TITLE}\n{BODY}\n홍길동 기자의 다른기사").author == "홍길동"


def test_a_page_saved_with_its_menu_and_counters() -> None:
    text = (
        f"전체기사\n반도체\nAI\n로그인\n회원가입\n홈 > 반도체 > 메모리\n{TITLE}\n"
        f"부제가 여기에 온다…공급 늘린다\n김민지 기자 | 승인 2025.04.01 09:30 | 댓글 0\n{BODY}\n"
        "Copyright © 칩데일리. All rights reserved."
    )
    got = meta(text)
    assert got == Metadata(TITLE, "칩데일리", "김민지", "2025-04-01")
