"""r21fixportal (issue 13, dev77): a portal's article view and a newsletter
mail wrap the article; neither wrapper's lines are its title or date.

* A portal's chrome (Naver, Daum; PC and mobile copies): the outlet's name
  before its subscribe or home button, the tool bar, reaction counts and the
  portal's section menu are never the headline; the words are the one chrome
  list of :mod:`summarizer.chrome_fields`.
* A saved newsletter mail: the article it carries with its own headline over
  its own byline or date line gives the title and the date, not the mail's
  ``Subject`` and ``Date``; a letter written for the mail keeps them.

All texts are invented.
"""

import pytest

from summarizer.chrome_fields import chrome_field
from summarizer.mail import letter_article
from summarizer.metadata import Metadata, extract_metadata
from summarizer.never_heads import carrier_line
from summarizer.odd_heads import app_chrome, counter_line, portal_bar
from summarizer.title_lines import menu_line

BODY = [
    "",
    "한빛반도체가 새 NPU 시제품을 고객사에 보냈다고 3일 밝혔다.",
    "회사는 연내 양산을 목표로 수율을 끌어올리고 있다.",
    "업계는 추론용 칩 수요가 늘 것으로 본다.",
]


def _meta(text: str) -> Metadata:
    return extract_metadata([ln.strip() for ln in text.strip().split("\n")] + BODY)


@pytest.mark.parametrize(
    "line",
    [
        "한빛일보 언론사 구독",  # Naver PC: the outlet's subscribe button
        "한빛일보 구독중",
        "CBS 노컷뉴스  구독하기",  # two name words
        "한빛일보  + 구독",  # a mobile copy's button
        "한빛경제 언론사 홈  구독",
        "본문 요약봇  텍스트 음성 변환 서비스 사용하기  글자 크기 변경하기  공유하기",
        "음성으로 듣기  번역 설정  글씨크기 조절하기  인쇄하기",
        "본문 듣기  가- 가+  공유하기",
        "요약보기  음성으로 듣기",
        "기사원문",
        "구독  구독자 2,318  응원수 145",  # a reporter's box
        "쏠쏠정보 3  흥미진진 1  공감백배 0  분석탁월 2  후속강추 1",
        "추천해요 4  좋아요 2  감동이에요 0  화나요 0  슬퍼요 1",
        "웹에서 보기 | 수신거부",  # a newsletter mail's own tools
        "수신거부  |  구독 설정 변경",
    ],
)
def test_portal_and_mail_chrome_is_no_headline(line: str) -> None:
    assert portal_bar(line) and app_chrome(line) and carrier_line(line), line


@pytest.mark.parametrize(
    "line",
    [
        "넷플릭스, 구독료 또 올린다",
        "유튜브 구독자 100만 돌파한 반도체 채널",
        "정부, AI 반도체 추천 기업 20곳 발표",
        "글자 크기 키운 전자책 단말기 나온다",
        "인쇄회로기판 업계, AI 서버 특수에 증설",
        "한빛반도체 NPU 양산 돌입",
    ],
)
def test_headlines_with_chrome_words_stay(line: str) -> None:
    assert not portal_bar(line), line


def test_one_list_of_portal_words() -> None:
    # the tool words beside a date are chrome for a credit's slots too, and a
    # counter line reads the new counted words (the one list, chrome_fields)
    for field in ("기사원문", "본문 듣기", "글자 크기 변경하기", "언론사 홈", "응원수 145"):
        assert chrome_field(field), field
    assert counter_line("구독자 1,150  응원수 12")
    assert counter_line("쏠쏠정보 0  흥미진진 2")


def test_a_portal_section_menu_is_no_headline() -> None:
    assert menu_line("홈  사회  정치  경제  국제  문화  IT  연재  포토  팩트체크")
    assert menu_line("뉴스홈  속보  정치  경제  사회  생활/문화  IT/과학  세계  랭킹  신문보기  TV")
    assert not menu_line("한빛전자 TV 사업 연재 시작")


def test_naver_view_headline_under_the_subscribe_line() -> None:
    meta = _meta(
        """NAVER 뉴스
한빛일보
한빛일보 언론사 구독
한빛반도체, 추론용 NPU 시제품 첫 출하…"연내 양산"
입력2026.06.03. 오전 9:40  수정2026.06.03. 오전 11:02  기사원문
노가람 기자
추천 3  댓글 1
본문 요약봇  본문 듣기  글자 크기 변경하기  공유하기"""
    )
    assert meta.title == '한빛반도체, 추론용 NPU 시제품 첫 출하…"연내 양산"'
    assert meta.published == "2026-06-03"


def test_daum_view_headline_under_menu_and_subscribe_button() -> None:
    meta = _meta(
        """Daum 뉴스
홈  사회  정치  경제  국제  문화  IT  연재  포토  팩트체크
한빛경제
한빛경제 구독하기
한빛반도체 NPU 시제품 출하, 고객사 세 곳 확보
노가람 기자  입력 2026. 6. 3. 10:05  수정 2026. 6. 3. 11:30
음성으로 듣기  번역 설정  글씨크기 조절하기  인쇄하기"""
    )
    assert meta.title == "한빛반도체 NPU 시제품 출하, 고객사 세 곳 확보"


KOREAN_MAIL = """보낸사람 : 한빛경제 뉴스레터 <letter@hanbit.example>
받는사람 : 구독자 <reader@example.kr>
보낸날짜 : 2026년 6월 5일 (금) 오전 7:00
제목 : [한빛 칩 레이더] 이번 주 눈여겨볼 칩

메일이 보이지 않으면 웹에서 보기
한빛 칩 레이더 | 2026.06.05
오늘의 기사

한빛반도체, 추론용 NPU 시제품 첫 출하…"연내 양산"
노가람 기자  |  2026.06.03"""

ENGLISH_MAIL = """From: Hanbit Letter <letter@hanbit.example>
Sent: Friday, June 5, 2026 7:02 AM
To: reader@example.kr
Subject: [한빛 테크] 오늘 꼭 읽을 한 편

웹에서 보기 | 수신거부
한빛 테크 · 2026년 6월 5일

한빛반도체, 추론용 NPU 시제품 첫 출하…"연내 양산"
입력 2026-06-04 17:40  수정 2026-06-04 19:02
노가람 기자"""


@pytest.mark.parametrize(
    ("mail", "day"), [(KOREAN_MAIL, "2026-06-03"), (ENGLISH_MAIL, "2026-06-04")]
)
def test_a_mailed_article_keeps_its_own_head_and_date(mail: str, day: str) -> None:
    meta = _meta(mail)
    assert meta.title == '한빛반도체, 추론용 NPU 시제품 첫 출하…"연내 양산"'
    assert meta.published == day  # the article's, not the mail's 5th


def test_a_mailed_head_with_an_undated_byline_keeps_the_mail_date() -> None:
    mail = """From: 한빛경제 <news@hanbit.example>
To: reader@example.kr
Date: Mon, 8 Jun 2026 08:00:00 +0900
Subject: [한빛 노트] 한 가지만 기억하세요

웹에서 보기

한빛반도체, 추론용 NPU 시제품 첫 출하…"연내 양산"
노가람 기자"""
    meta = _meta(mail)
    assert meta.title == '한빛반도체, 추론용 NPU 시제품 첫 출하…"연내 양산"'
    assert meta.published == "2026-06-08"


def test_a_letter_written_for_the_mail_keeps_its_subject() -> None:
    # its own text begins at once: no head of an article above a byline
    letter = """보낸 사람: 한빛레터 <hello@hanbit.example>
받는 사람: 독자님
날짜: 2026년 6월 9일 (화) 오전 6:45
제목: [한빛레터 #12] 추론 칩 이야기 하나

독자님, 한빛레터 열두 번째 편지입니다. 오늘은 한 가지만 다룹니다.
한빛반도체가 시제품을 냈습니다.
글: 노가람 기자"""
    meta = extract_metadata([ln.strip() for ln in letter.split("\n")])
    assert meta.title == "[한빛레터 #12] 추론 칩 이야기 하나"
    assert meta.published == "2026-06-09"


def test_letter_article_needs_a_mail_and_no_forward() -> None:
    page = ["헤드라인 같은 줄이 여기 있다", "노가람 기자"]
    assert letter_article(page, lambda _: True, lambda ln: "기자" in ln, lambda _: False) is None
    forward = [
        "---------- Forwarded message ---------",
        "From: 한빛 <a@hanbit.example>",
        "Date: 2026년 6월 5일",
        "Subject: Fwd: 기사",
        "",
        "한빛반도체, 추론용 NPU 시제품 첫 출하",
        "노가람 기자",
    ]
    assert letter_article(forward, lambda _: True, lambda ln: "기자" in ln, lambda _: False) is None
