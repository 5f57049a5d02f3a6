"""Round fifteen (issue 13, extract_dev20/dev18 first runs): a logo's alt text,
English-only mastheads and section words, credit lines (writers of a
글/사진 line, a broadcast stand-up beside an interviewee, a translator, foreign
names), a newsletter's issue line, greeting and sign-off, a board post's
header and board name, a date in two time zones, op-eds signed on their last
line, and a company name in the copyright line under the outlet's brand."""

from __future__ import annotations

import pytest
from test_metadata_layouts import BODY, meta

from summarizer.credit_lines import board_name, credit_byline, greeting, post_header
from summarizer.dates import kst_date
from summarizer.debris import is_debris
from summarizer.mastheads import brand_form, english_masthead

HEADLINE = "엔비디아, 새 AI 칩 공개…공급 늘린다"


@pytest.mark.parametrize(
    "line", ["[칩뉴스 로고]", "(Chip Times logo)", "테크레터 로고", "[매체 CI]"]
)
def test_a_logo_alt_text_is_furniture(line: str) -> None:
    assert is_debris(line)
    found = meta(f"포털 뉴스\n{line}\n{HEADLINE}\n입력 2026.03.18 10:21\n김민수 기자\n\n{BODY}")
    assert found.title == HEADLINE


@pytest.mark.parametrize("line", ["[단독] 새 로고 공개", "카카오 새 로고", "[Mobi]"])
def test_a_headline_about_a_logo_is_no_furniture(line: str) -> None:
    assert not is_debris(line)


def test_an_english_only_masthead_is_the_outlet_as_printed() -> None:
    text = f"The Korea Times\nTechnology\n{HEADLINE}\nBy 김민수\n2026-03-18\n\n{BODY}"
    found = meta(text + "\nⓒ The Korea Times. All rights reserved.")
    assert (found.title, found.publisher) == (HEADLINE, "The Korea Times")


def test_the_korean_name_wins_where_the_text_prints_it() -> None:
    lines = ["The Korea Times", HEADLINE, "코리아타임스 김민수 기자"]
    assert english_masthead("코리아타임스", "The Korea Times", lines) == "코리아타임스"
    assert english_masthead("코리아타임스", "Technology", lines[1:]) == "코리아타임스"


def test_an_unlisted_english_masthead_over_a_section_word() -> None:
    found = meta(f"Chip Review Daily\nMarkets\n{HEADLINE}\n2026-03-18 09:30 KST\n\n{BODY}")
    assert (found.title, found.publisher) == (HEADLINE, "Chip Review Daily")


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("글 김민수·이영희 기자, 사진 박철수 기자", "김민수·이영희"),
        ("취재 정다은 기자 / 사진 한도윤 기자", "정다은"),
        ("▶ 스탠딩 : 오유나 / 기자", "오유나"),
        ("글=마리아 로페즈 (스페인 경제평론가)", "마리아 로페즈"),
        ("제임스 박 특파원 · 워싱턴", "제임스 박"),
        ("에디터 차윤슬 드림", "차윤슬"),
        ("기자 남도현 올림", "남도현"),
    ],
)
def test_credit_lines_name_their_writer(line: str, author: str) -> None:
    found = credit_byline(line)
    assert found is not None and found.author == author


@pytest.mark.parametrize(
    "line",
    [
        "▶ 인터뷰 : 박정우 / 서울 망원동",
        "[인터뷰] 김철수 / 시민",
        "번역=이은채 기자",
        "통역: 박서진 기자",
    ],
)
def test_interviewees_and_translators_are_no_byline(line: str) -> None:
    assert credit_byline(line) is None


def test_a_place_before_a_reporter_is_no_foreign_name() -> None:
    found = credit_byline("서울 김철수 기자")
    assert found is not None and found.author == "김철수"


def test_a_broadcast_script_takes_the_stand_up_not_the_interviewee() -> None:
    text = (
        f"KBS 뉴스9\n2026-03-18 21:10\n{HEADLINE}\n[앵커]\n{BODY}\n"
        '▶ 인터뷰 : 김하늘 / 부산 해운대구\n"가격이 많이 올랐어요."\n'
        '▶ 스탠딩 : 윤소라 / 기자\n"오름세는 이어질 전망입니다. KBS뉴스 윤소라입니다."'
    )
    found = meta(text)
    assert (found.publisher, found.author) == ("KBS", "윤소라")


def test_a_translated_column_is_the_writers() -> None:
    text = f"국제 > 칼럼\n{HEADLINE}\n입력 2026.03.18\n{BODY}\n글=에밀리 브라운 (영국 칼럼니스트)\n번역=권다솜 기자"
    assert meta(text).author == "에밀리 브라운"


def test_a_newsletter_issue_line_greeting_and_sign_off() -> None:
    text = (
        f"칩플랜 뉴스레터 《반도체 한 입》 제41호\n독자님, 안녕하세요! 이번 호는 칩 이야기입니다.\n"
        f"{HEADLINE}\n{BODY}\n기자 차윤슬 올림"
    )
    found = meta(text)
    assert (found.title, found.publisher, found.author) == (HEADLINE, "칩플랜", "차윤슬")
    assert greeting("구독자님, 안녕하세요.") and not greeting("안녕 못한 반도체")


def test_a_board_post_header_and_board_name() -> None:
    assert post_header("칩덕후 | 25.11.03 09:10 | 조회 512 | 댓글 8") == ("칩덕후", "2025-11-03")
    assert post_header("김민수 기자 | 2025.11.03 | 산업") is None  # no counter: no post
    assert board_name("자유게시판") and not board_name("테크월드")
    found = meta(f"자유게시판 > 하드웨어\n{HEADLINE}\n램덕 | 26.04.14 13:22 | 추천 3\n{BODY}")
    assert (found.publisher, found.author, found.published) == (None, "램덕", "2026-04-14")


def test_a_date_in_two_zones_is_the_korean_one() -> None:
    assert kst_date("2026.03.05 08:15 (KST) / 3월 4일 오후 3:15 (현지시간)") == "2026-03-05"
    assert kst_date("Mar 3, 2025 · Updated Mar 4, 2025 10:20 AM KST") is None  # one zone


@pytest.mark.parametrize(
    ("signature", "author"),
    [
        ("한지율 서울대 재료공학부 교수·한국반도체교육협회 부회장", "한지율"),
        ("윤성재 칩밸리뉴스 편집국장 (sjyoon@chipvalley.kr)", "윤성재"),
    ],
)
def test_an_op_ed_signed_on_its_last_line(signature: str, author: str) -> None:
    text = f"칩밸리뉴스\n오피니언 > 칼럼\n[칼럼] {HEADLINE}\n입력 2026.03.18\n{BODY}\n{signature}"
    assert meta(text).author == author


@pytest.mark.parametrize(
    ("holder", "masthead", "lines", "expected"),
    [
        ("한국경제신문", "한국경제", [], "한국경제"),
        ("뉴스1코리아", None, [], "뉴스1"),
        ("에너지경제신문", "에너지경제", ["에너지경제신문 송민재 기자"], "에너지경제신문"),
        ("칩타임스신문", None, [], "칩타임스신문"),  # not listed: kept as printed
        (  # a body sentence naming the company is no masthead or byline
            "한국경제신문",
            "한국경제",
            ["한국경제신문이 각 사 발표와 시장조사업체 자료를 토대로 주요 칩 7종을 비교했다."],
            "한국경제",
        ),
    ],
)
def test_the_brand_over_the_company_name(
    holder: str, masthead: str | None, lines: list[str], expected: str
) -> None:
    assert brand_form(holder, masthead, lines) == expected
