"""Titles of the sealed sets' odd pages (session 18 last fix): the round's
head rules widened to their families of shapes."""

from summarizer.bylines import read_byline
from summarizer.copy_heads import copy_chrome, copy_lines, unstamped
from summarizer.headers import two_line_title
from summarizer.mail import mail_title
from summarizer.never_heads import head_line
from summarizer.odd_heads import research_head
from summarizer.run_on import run_on_lines
from summarizer.sentences import is_statement

HEADLINE = "한화오션, 거제 LNG선 블록 공장 증설…연 40척 체제"


def test_a_chat_stamp_with_only_its_sender_is_chrome() -> None:
    assert copy_chrome("[오후 3:12] 민지후 (마케팅팀)")
    assert copy_chrome("[2026-05-02 08:10] 윤세아")
    assert not copy_chrome(HEADLINE)


def test_any_chat_exports_stamp_and_sender_go() -> None:
    lines = [
        f"[05/05/2026, 07:01:09] Dana Cho: {HEADLINE}",
        "05/05/2026, 07:02 - Dana Cho: 이거 봤어요?",
        "[05/05/2026, 07:03:44] Eun Ko: 네",
    ]
    got = unstamped(lines)
    assert got[0] == HEADLINE
    assert got[1] == "이거 봤어요?"


def test_a_time_and_a_repeated_sender_go_with_a_shared_url() -> None:
    lines = [
        "09:40 한부장 다들 이거 봐요",
        f"09:41 한부장 {HEADLINE} https://example.kr/news/1",
        "09:45 인턴 서나래 알겠습니다",
        "09:46 인턴 서나래 확인했어요",
    ]
    got = unstamped(lines)
    assert got[:2] == ["다들 이거 봐요", HEADLINE]
    assert got[2] == "알겠습니다"


def test_a_print_headers_stamp_goes_but_a_date_field_stays() -> None:
    assert unstamped([f"2026. 5. 4. 오후 1:05 {HEADLINE} | 매체"]) == [f"{HEADLINE} | 매체"]
    assert unstamped(["2026-05-04 13:05 입력 2026-05-04"]) == ["2026-05-04 13:05 입력 2026-05-04"]
    assert unstamped(["13:05 혼자 찍힌 시각 뒤의 문장입니다"]) == [
        "13:05 혼자 찍힌 시각 뒤의 문장입니다"
    ]


def test_a_bracketed_rooms_history_is_chrome() -> None:
    assert copy_chrome("[조선 동기방] 대화 기록")
    assert not copy_chrome("[단독] 남북 대화 재개 논의")


def test_a_board_posts_title_over_its_header_gives_way() -> None:
    lines = [
        "게시판 > 자유",
        "한화오션 증설 기사 가져와 봤어요",
        "작성 | 2026-05-03 | 조회 1,020 | 추천 9",
        HEADLINE,
    ]
    assert copy_lines(lines)[0] == "작성 | 2026-05-03 | 조회 1,020 | 추천 9"
    assert copy_lines(["한화오션 증설 기사 가져와 봤어요", "출처 : 매체 https://x.kr", HEADLINE])[
        0
    ].startswith("출처")


def test_a_storys_path_under_a_letters_divider_is_passed_over() -> None:
    lines = [
        "From: 조선 브리핑 <a@b.kr>",
        "Date: 2026년 5월 4일",
        "━━━━ 오늘의 메인 ━━━━",
        "매체 > 산업 > 조선",
        HEADLINE,
        "한화오션이 거제 LNG선 블록 공장을 증설해 연 40척 체제를 갖춘다.",
    ]
    assert mail_title(lines, lambda ln: not is_statement(ln), head_line) == (True, HEADLINE)


def test_a_print_headlines_quoted_second_line_joins() -> None:
    lines = [
        "",
        "거제 조선소 인력난…협력사",
        '"외국인 없으면 못 돌려"',
        "",
        "본문입니다.",
        "",
        "끝",
    ]
    assert two_line_title(lines, lines[1]) == '거제 조선소 인력난…협력사 "외국인 없으면 못 돌려"'


def test_a_run_on_copys_first_registration_label_breaks() -> None:
    text = f"{HEADLINE} 최초등록 2026-05-04 09:00:00 " + "한화오션이 공장을 늘린다고 밝혔다. " * 16
    assert run_on_lines([text.strip()])[0] == HEADLINE


def test_a_research_desks_fields_are_a_head() -> None:
    assert research_head("미래에셋증권 리서치센터 | Company Note | 조선")
    assert not research_head("미래에셋증권 리서치센터가 본 조선 업황, 내년까지 호황 이어진다")


def test_a_bracketed_kickers_headline_ending_in_da_is_no_outlet_tag() -> None:
    assert read_byline("[한빛타임즈] 조선주 다시 뛴다…수주 잔고 4년치") is None
    got = read_byline("[한빛타임즈] 한화오션이 거제 공장을 늘린다고 4일 밝혔다.")
    assert got is not None and got.publisher == "한빛타임즈"
