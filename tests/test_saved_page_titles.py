"""Titles of pasted, forwarded and saved pages (issue 13, session 16 second round)."""

from summarizer.headers import two_line_title
from summarizer.mail import forwarded_body
from summarizer.never_heads import head_line
from summarizer.page_chrome import (
    domain_line,
    masthead_section,
    nav_bar,
    rating_line,
    running_head,
    strip_pictographs,
)


def test_navigation_bars_are_no_headline() -> None:
    assert nav_bar("최신기사 게임/엔터 모바일&가전 인터넷 반도체 카테고리 더보기")
    assert nav_bar("한빛경제 | 뉴스 | 금융 | 산업 | 부동산 | 국제 | 오피니언 | 회원가입")
    assert nav_bar("홈  추천  구독  팔로잉  대한민국  세계  경제  연예/스포츠")
    assert not nav_bar("AI 반도체 산업 전망")  # no app word, four words: a headline
    assert not nav_bar("삼성, 반도체 산업 홈 추천")


def test_a_bare_domain_is_no_headline() -> None:
    assert domain_line("www.chiplens.kr")
    assert domain_line("hanbiteco.co.kr")
    assert not domain_line("칩렌즈.kr 첫 기사")


def test_a_report_rating_line_is_no_headline() -> None:
    assert rating_line("한미반도체(042700) | Buy(유지) | TP 180,000원(상향)")
    assert rating_line("종목(005930) | 매수 | 목표주가 95,000원")
    assert not rating_line("한미반도체, 목표주가 18만원으로 상향")


def test_a_masthead_over_its_section() -> None:
    assert masthead_section("남도일보 칼럼") == "남도일보"
    assert masthead_section("삼성전자 반도체") is None  # no outlet's name
    assert running_head("월간칩스 | 기획 | 제214호 (2025.11.01)") == "월간칩스"
    assert head_line("남도일보 칼럼")


def test_a_share_s_pictographs_are_no_part_of_the_title() -> None:
    assert (
        strip_pictographs('🔥✅ AMD, MI325X 출하 시작…"HBM3E"') == 'AMD, MI325X 출하 시작…"HBM3E"'
    )
    assert two_line_title(["📌 헤드라인, 둘째"], "📌 헤드라인, 둘째") == "헤드라인, 둘째"
    assert strip_pictographs("[단독] 헤드라인") == "[단독] 헤드라인"


def test_a_forward_s_note_is_dropped_from_its_body() -> None:
    lines = [
        "---------- Forwarded message ---------",
        "From: 한재윤 <a@b.com>",
        "Subject: Fwd: 기사 보세요",
        "",
        "오늘 나온 기사 공유합니다.",
        "(링크 대신 본문을 붙였습니다)",
        "헤드라인…둘째",
        "본문입니다.",
    ]
    assert list(forwarded_body(lines)) == ["헤드라인…둘째", "본문입니다."]
    plain = ["From: a <a@b.com>", "Subject: 헤드라인", "", "본문입니다."]
    assert forwarded_body(plain) is plain
