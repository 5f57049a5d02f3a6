"""A headline is about its article (session 18 fix, titles): the support
check, and the head readers widened with it."""

from summarizer.clean import clean_article
from summarizer.head_support import supported_title
from summarizer.headers import two_line_title
from summarizer.line_support import bigrams, support
from summarizer.mail import mail_title
from summarizer.odd_heads import letter_subject
from summarizer.run_on import run_on_lines
from summarizer.sentences import is_statement

BODY = (
    "LG이노텍이 구미 공장에 카메라 모듈 신규 라인을 짓는다고 3일 밝혔다. "
    "회사는 카메라 모듈 라인 증설에 3천억원을 투입한다."
)


def _headline(line: str) -> bool:
    return not is_statement(line)


def _never(_line: str) -> bool:
    return False


def test_bigrams_skip_numbers_and_single_syllables() -> None:
    assert bigrams("수신 2026-03-02 08:40 칩 B300") == {"수신", "b3", "30", "00"}


def test_support_is_the_share_found_below() -> None:
    assert support("LG이노텍, 구미 카메라 모듈 라인 증설", BODY) == 1.0
    assert support("이거 봤어요? 지난주 기사인데", BODY) == 0.0


def test_an_unsupported_chat_line_gives_way_to_the_headline_below() -> None:
    lines = ["이거 보셨어요? 어제 나온 거", "LG이노텍, 구미 카메라 모듈 라인 증설", BODY]
    got = supported_title(lines, lines[0], _headline, _never)
    assert got == "LG이노텍, 구미 카메라 모듈 라인 증설"


def test_a_supported_headline_stays_over_a_deck() -> None:
    lines = ["구미 공장이 다시 뛴다", "LG이노텍, 구미 카메라 모듈 라인 증설", BODY]
    assert supported_title(lines, lines[0], _headline, _never) == lines[0]  # half its words below
    lines = ["LG이노텍, 카메라 모듈에 3천억", "구미 공장 카메라 모듈 라인 증설", BODY]
    assert supported_title(lines, lines[0], _headline, _never) == lines[0]


def test_a_chat_line_repeating_the_headline_gives_the_headline() -> None:
    lines = [
        "LINE ▸ 오사카 박람회팀 (4)",
        "오전 9:12 이름 [매체] LG이노텍, 구미 카메라 모듈 라인 증설",
        "LG이노텍, 구미 카메라 모듈 라인 증설",
        BODY,
    ]
    got = supported_title(lines, lines[0], _headline, _never)
    assert got == "LG이노텍, 구미 카메라 모듈 라인 증설"


def test_a_letter_footer_under_its_closing_rule_is_no_story() -> None:
    lines = [
        "From: 레터 <a@b.example>",
        "Subject: [레터 #12] 구미가 움직인다",
        "Date: Mon, 4 May 2026 07:00:00 +0900",
        "",
        "LG이노텍, 구미 카메라 모듈 라인 증설",
        BODY,
        "━━━━━━━━",
        "이 메일은 구독 신청하신 분께 발송됩니다. | 수신 거부",
    ]
    assert mail_title(lines, _headline) == (True, None)


def test_a_run_on_head_loses_its_section_path_and_byline() -> None:
    line = (
        "산업 | 부품 LG이노텍, 구미 카메라 모듈 라인 증설 표하린 기자 | 2026-05-03 09:10 송고 "
        "(서울=뉴스1) 표하린 기자 = " + BODY * 4
    )
    assert run_on_lines([line])[:3] == [
        "산업 | 부품",
        "LG이노텍, 구미 카메라 모듈 라인 증설",
        "표하린 기자",
    ]


def test_a_second_deck_opening_with_an_ellipsis_joins_the_first() -> None:
    lines = ["", "구미 카메라 모듈 라인 증설", "…3천억 투입", "구미=표하린 기자", "본문."]
    assert (
        two_line_title(lines, "구미 카메라 모듈 라인 증설")
        == "구미 카메라 모듈 라인 증설…3천억 투입"
    )


def test_issue_lines_of_a_letter_are_no_headline() -> None:
    assert letter_subject("[격주 부품레터] 제9호 — 이번 호는 카메라 모듈 편")
    assert letter_subject("[매체 뉴스레터] 부품 브리핑 2026-05-04 (월)")
    assert not letter_subject("[주간 전망] LG이노텍 2분기 실적 발표")


def test_a_scrap_post_title_gives_way_in_a_whole_page() -> None:
    text = "\n".join(
        [
            "블로그 홈 > 스크랩",
            "[스크랩] 드디어 소식이 왔네요",
            "",
            "LG이노텍, 구미 카메라 모듈 라인 증설",
            "[이데일리 표하린 기자] " + BODY,
        ]
    )
    assert clean_article(text).metadata.title == "LG이노텍, 구미 카메라 모듈 라인 증설"


def test_a_back_triangle_opens_an_app_bar() -> None:
    from summarizer.page_chrome import app_bar

    assert app_bar("◀  지역일보           ⋯") and app_bar("◁ 매체 ⋮")
    assert not app_bar("◀ 엔비디아 H20 재고 또 쌓인다")


def test_a_pasted_head_line_with_its_outlet_and_time_is_judged_as_cut() -> None:
    # a copy split on its date label leaves "헤드라인 매체 날짜 시각": shorter
    # than a whole copy, still a cut head, judged against a chat line whose
    # support (one word of five, 0.2) is between LOW and SOME
    head = "퓨리오사AI, 레니게이드 서버 공공기관 첫 납품…국산 NPU 확산"
    lines = [
        "이거 우리 회사 얘기 나옴",
        f"{head} 국민일보 2026-02-03 08:40",
        "퓨리오사AI가 레니게이드 서버를 공공기관에 처음 납품했다. 레니게이드는 추론용 NPU다.",
        "국산 NPU 확산에 속도가 붙는다고 회사는 밝혔다. 첫 납품처는 공공기관 두 곳이다.",
    ]
    chosen = supported_title(lines, lines[0], lambda line: True, lambda line: False)
    assert chosen == head


def test_a_copy_pasted_among_chat_messages_gives_its_headline() -> None:
    # the pasted copy is split on its date label, so its head line is short;
    # it is still judged as a cut head against a chat line sharing little
    text = (
        "동기 모임 님과 카카오톡 대화\n"
        "2026년 2월 3일 화요일\n"
        "2026. 2. 3. 오전 9:01, 민수 : 이거 우리 회사 얘기 나옴\n"
        "2026. 2. 3. 오전 9:01, 민수 : https://www.kmib.co.kr/article/view.asp?arcid=0020000001\n"
        "2026. 2. 3. 오전 9:02, 민수 : 퓨리오사AI, 레니게이드 서버 공공기관 첫 납품…국산 NPU 확산 "
        "국민일보 2026-02-03 08:40 업데이트 2026-02-03 09:10 [서울=오지훈 기자] 퓨리오사AI가 "
        "레니게이드 서버를 공공기관에 처음 납품했다. 레니게이드는 추론용 NPU로 전력 효율을 "
        "앞세운다. 퓨리오사AI는 올해 납품처를 다섯 곳으로 늘릴 계획이다. 오지훈 기자\n"
        "2026. 2. 3. 오전 9:05, 지연 : 좋은 소식이네 점심은 먹었어?\n"
        "2026. 2. 3. 오전 9:06, 수아 : 아빠 회사 주식은 아니잖아 ㅋㅋ\n"
    )
    title = clean_article(text).metadata.title
    assert title == "퓨리오사AI, 레니게이드 서버 공공기관 첫 납품…국산 NPU 확산"
