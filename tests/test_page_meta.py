"""Article pages as common Korean news CMSs print them: the headline, byline
and outlet read from the page, not from its meta tags alone (issue 13)."""

from summarizer.extract import extract_article
from summarizer.page_meta import page_korean_name, parse_page

PARAGRAPHS = (
    "<p>리벨리온이 데이터센터용 NPU 리벨 쿼드의 양산을 시작했다. 엔비디아 H200과 같은 시장을 겨냥한다.</p>"
    "<p>리벨 쿼드는 HBM3E 144GB를 탑재했다. 회사는 아톰 후속으로 리벨을 내세워 고객을 늘릴 계획이다.</p>"
    "<p>업계는 국산 NPU가 엔비디아 독주를 흔들 수 있을지 주목하고 있다. 회사는 내년 상장도 추진한다.</p>"
    "<p>리벨리온은 올해 하반기 국내 통신사와 공공 클라우드에 리벨 쿼드 서버를 공급할 예정이다.</p>"
)
HEADLINE = "리벨리온, 리벨 쿼드 양산…엔비디아 H200과 정면승부"


def test_article_header_holding_a_field_list_is_not_site_chrome() -> None:
    html = f"""<html><head><meta charset="utf-8"><title>{HEADLINE} - 칩데일리</title>
<meta property="og:site_name" content="칩데일리"></head><body>
<header id="user-header"><div class="logo">칩데일리</div><nav><ul><li>반도체</li></ul></nav></header>
<section><div class="article-head-title"><header class="article-view-header">
<h3 class="heading">{HEADLINE}</h3><ul class="infomation"><li>기자명 홍길동 기자</li>
<li>입력 2025.03.05 14:00</li></ul></header></div>
<article class="article-veiw-body">{PARAGRAPHS}</article></section></body></html>"""
    page = extract_article(html)
    assert (page.title, page.publisher, page.author) == (HEADLINE, "칩데일리", "홍길동")


def test_page_title_loses_the_site_name_when_no_heading_is_found() -> None:
    html = f"""<html><head><meta charset="utf-8"><title>{HEADLINE} - 칩데일리</title>
<meta property="og:site_name" content="칩데일리"></head><body><article>{PARAGRAPHS}</article>
</body></html>"""
    assert extract_article(html).title == HEADLINE


def test_logo_h1_then_title_h2_then_subtitle_h3() -> None:
    html = f"""<html><head><meta charset="utf-8"><title>칩월드</title></head><body>
<div id="top"><h1 id="logo"><a href="/">칩월드</a></h1><div class="gnb"><a>뉴스</a></div></div>
<div class="news_title"><h2>{HEADLINE}</h2><h3 class="sub">추론 전용 AI 칩…전력 효율 앞세워</h3></div>
<div class="news_info"><span class="writer">김민지 기자</span> <span>승인 2025.04.01 09:30</span></div>
<div class="news_body">{PARAGRAPHS}</div>
<div class="copy">ⓒ 칩월드(www.chipworld.kr) 무단전재 및 재배포금지</div></body></html>"""
    page = extract_article(html)
    assert (page.title, page.publisher, page.author) == (HEADLINE, "칩월드", "김민지")


def test_a_portal_page_names_the_outlet_not_the_portal() -> None:
    html = f"""<html><head><meta charset="utf-8"><title>{HEADLINE} : 네이버 뉴스</title>
<meta property="og:title" content="{HEADLINE}"><meta property="og:site_name" content="네이버 뉴스">
</head><body><div class="gnb"><a>뉴스홈</a></div>
<div class="media_end_head"><h2 class="media_end_head_headline"><span>{HEADLINE}</span></h2>
<div class="info"><em class="journalist_name">김민지 기자</em>
<span class="time">2025.04.01. 오전 9:30</span></div></div>
<article id="dic_area">{PARAGRAPHS}</article>
<p class="c_text">Copyright ⓒ 칩데일리. All rights reserved. 무단 전재 및 재배포 금지.</p>
</body></html>"""
    page = extract_article(html)
    assert (page.title, page.publisher, page.author) == (HEADLINE, "칩데일리", "김민지")


def test_labelled_date_split_over_spans_is_the_publication_date() -> None:
    html = f"""<html><head><meta charset="utf-8"><title>{HEADLINE}</title></head><body>
<article><h1>{HEADLINE}</h1><div class="byline"><span>홍길동 기자</span>
<span>기사입력 2025.03.07 15:05</span> <span>기사수정 2025.03.08 16:20</span></div>
<div class="body">{PARAGRAPHS}</div></article></body></html>"""
    page = extract_article(html)
    assert (page.author, page.published) == ("홍길동", "2025-03-07")


def test_a_date_alone_beside_the_byline_is_the_publication_date() -> None:
    html = f"""<html><head><meta charset="utf-8"><title>{HEADLINE}</title></head><body>
<article><h1>{HEADLINE}</h1><div class="meta"><span>타나카 미오 | Reporter</span>
<span>Apr. 9, 2025 11:30</span></div>
<div class="body">{PARAGRAPHS}</div><p>2025.05.01 09:00</p></article>
<footer><p>Copyright © The Korea Times. All rights reserved.</p></footer></body></html>"""
    page = extract_article(html)
    assert (page.author, page.published, page.publisher) == (
        "타나카 미오",
        "2025-04-09",
        "코리아타임스",
    )


def test_a_date_after_the_body_began_is_not_the_publication_date() -> None:
    html = f"""<html><head><meta charset="utf-8"><title>{HEADLINE}</title></head><body>
<article><h1>{HEADLINE}</h1><div class="body">{PARAGRAPHS}</div>
<p><span>2025.05.01 09:00</span></p></article></body></html>"""
    assert extract_article(html).published is None


def test_a_date_bar_above_the_headline_is_not_the_publication_date() -> None:
    html = f"""<html><head><meta charset="utf-8"><title>{HEADLINE}</title></head><body>
<div class="topbar"><span>2025년 11월 25일 화요일</span></div>
<article><h1>{HEADLINE}</h1><div class="info"><span>홍길동 기자</span></div>
<div class="body">{PARAGRAPHS}</div></article></body></html>"""
    assert extract_article(html).published is None


def test_a_listed_korean_name_beside_the_latin_logo_wins() -> None:
    # issue 13 (dev75): the logo and og:site_name print the Latin form only; a
    # footer line prints the listed Korean name right beside it
    page = parse_page(
        "<html><body><a class='logo'>TECH42</a><h1>헤드라인</h1><p>본문이다.</p>"
        "<footer>© 2026 TECH42 테크42. All rights reserved.</footer></body></html>"
    )
    assert page is not None
    assert page_korean_name(page, "TECH42") == "테크42"
    plain = parse_page(
        "<html><body><footer>© 2026 TECH42 클럽. 무단 전재 금지</footer></body></html>"
    )
    assert plain is not None
    assert page_korean_name(plain, "TECH42") is None  # an unlisted word is no outlet
