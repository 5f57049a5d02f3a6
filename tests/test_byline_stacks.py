"""Session 19 fix (r20fixmeta): several writers stacked one a line, a
correspondent's city before the role, a page's link after the byline's
mail, a dated header's last field with a mail, and an English ``By`` line
after the date."""

from summarizer.by_lines import BY_LINE, by_writers, co_writers
from summarizer.clean import clean_article
from summarizer.credit_lines import credit_fields
from summarizer.late_credits import shape_credit

BODY = ["", "시청은 올해 예산을 이달 말 확정한다고 밝혔다.", "의회 심사는 다음 주 시작된다.", ""]


def _meta(*lines: str) -> tuple[str | None, str | None]:
    meta = clean_article("\n".join(lines)).metadata
    return meta.author, meta.published


def test_writers_stacked_at_the_bottom_are_all_credited() -> None:
    lines = ["가상일보", "시청 예산 첫 1조 원 넘어", "입력 2026-03-02 06:00", *BODY]
    lines += ["옥채린 기자 chaerin@example.com", "남궁유빈 기자 ubin@example.com"]
    assert _meta(*lines)[0] == "옥채린·남궁유빈"
    three = [*lines[:-2], "옥채린 기자", "남궁유빈 기자", "편도하 기자"]
    assert _meta(*three)[0] == "옥채린·남궁유빈·편도하"


def test_writers_stacked_under_the_headline_are_all_credited() -> None:
    lines = ["시청 예산 첫 1조 원 넘어", "[가상일보 옥채린 기자]", "[가상일보 편도하 기자]"]
    assert _meta(*lines, "2026.03.02 06:00", *BODY)[0] == "옥채린·편도하"


def test_a_stack_takes_no_photo_credit_nor_a_line_apart() -> None:
    lines = ["옥채린 기자 chaerin@example.com", "사진 편도하 기자"]
    assert co_writers(lines, "옥채린") == "옥채린"
    apart = ["옥채린 기자", "", "편도하 기자"]
    assert co_writers(apart, "옥채린") == "옥채린"
    repeated = ["옥채린 기자", "옥채린 기자 chaerin@example.com"]
    assert co_writers(repeated, "옥채린") == "옥채린"
    assert co_writers(["옥채린·편도하 기자"], "옥채린·편도하") == "옥채린·편도하"
    intern = ["옥채린 기자 chaerin@example.com", "편도하 인턴기자", "구하람 수습기자"]
    assert co_writers(intern, "옥채린") == "옥채린"  # an intern beside a reporter


def test_a_correspondents_city_before_the_role_is_no_name() -> None:
    assert credit_fields("곽민서 도쿄 특파원")[0] == "곽민서"
    assert credit_fields("곽민서 워싱턴 특파원 kwak@example.com")[:2] == ("곽민서", None)
    assert credit_fields("곽민서 베를린특파원")[0] == "곽민서"
    assert credit_fields("가상경제 곽민서 런던 특파원")[:2] == ("곽민서", "가상경제")


def test_a_column_signed_with_its_city_at_the_bottom() -> None:
    lines = ["[파리 통신] 빵값 또 올랐다", "입력 : 2026-02-01 10:00:00", *BODY]
    assert _meta(*lines, "진하율 파리 특파원", "[ⓒ 가상경제]")[0] == "진하율"


def test_a_page_link_after_the_mail_is_no_part_of_the_byline() -> None:
    for link in ("기자페이지", "구독", "+구독", "기자구독", "다른기사 보기", "프로필"):
        line = f"옥채린 기자 chaerin@example.com {link} 입력 2026-03-02 06:00"
        assert credit_fields(line)[0] == "옥채린", link
    assert credit_fields("옥채린 기자 기자페이지 | 입력 2026-03-02 06:00")[0] == "옥채린"


def test_a_dated_header_ending_in_a_name_and_a_mail() -> None:
    for last in ("하은결(eungyeol@example.com)", "하은결 기자(eg@example.com)", "하은결(eungyeol)"):
        found = shape_credit(f"25.09.03 14:05 l 최종 업데이트 25.09.03 14:40 l {last}")
        assert found is not None and found[0] == "하은결", last
    assert shape_credit("25.09.03 14:05 l 서울(desk@example.com)") is None  # a city, no writer


def test_an_english_by_line_after_the_date() -> None:
    for line in (
        "2026년 6월 4일 By 차윤슬",
        "Jun. 4, 2026 · By 차윤슬",
        "2026.06.04 | By 차윤슬",
        "4 June 2026 - by 차윤슬",
    ):
        m = BY_LINE.match(line)
        assert m is not None and by_writers(m["who"]) == "차윤슬", line
    assert _meta("가상 테크", "협업툴 검색 경쟁", "2026년 6월 4일 By 차윤슬", *BODY) == (
        "차윤슬",
        "2026-06-04",
    )
    assert BY_LINE.match("2026년 6월 4일 출시 예정") is None
