"""Credit kinds of session 17's blind sets (r18fix42): several reporters each
with a role and mail, a clip's quoted source line, a foreign name in a
bracketed contributor's byline, an outlet with a Latin name, a transcript's
guest line and air date, a translator after the original's title, an
analyst's line, a print page's lettered running head, a writer by craft."""

from summarizer.bylines import read_byline
from summarizer.credit_kinds import several
from summarizer.credit_lines import credit_fields
from summarizer.metadata import extract_metadata
from summarizer.odd_pages import header_date, programme_line
from summarizer.page_chrome import running_head


def test_several_reporters_each_with_role_and_mail() -> None:
    byline = read_byline("정하람 기자 hrjung@mk.co.kr 오세진 기자 sjoh@mk.co.kr")
    assert byline is not None and byline.author == "정하람·오세진"
    assert byline.publisher is None  # a mail is no outlet
    for line in (
        "문지안 기자 | 배도현 기자",
        "문지안 기자 · 배도현 기자",
        "문지안 기자 / 배도현 기자",
    ):
        found = read_byline(line)
        assert found is not None and found.author == "문지안·배도현", line


def test_one_reporter_and_other_lines_stay_as_they_are() -> None:
    assert several("정하람 기자 hrjung@mk.co.kr") == "정하람 기자 hrjung@mk.co.kr"
    assert several("김민수 이영희 기자") == "김민수 이영희 기자"
    assert several("정하람 기자 · 정하람 기자") == "정하람 기자 · 정하람 기자"
    intern = read_byline("안소율 기자 · 봉예린 인턴기자")
    assert intern is not None and intern.author == "안소율"  # an intern is no co-author


def test_quoted_clip_source_line() -> None:
    line = "> 출처: 아주경제 · 구민채 기자 · 2025-09-22 17:40"
    assert credit_fields(line) == ("구민채", "아주경제", "2025-09-22")


def test_foreign_name_in_bracketed_contributor_byline() -> None:
    line = "[글로벌이코노믹=마이클 정 객원기자] 애플이 인도 생산 비중을 늘린다."
    assert credit_fields(line) == ("마이클 정", "글로벌이코노믹", None)
    # two Korean names or a desk are no foreign name
    assert credit_fields("[글로벌이코노믹=산업부 김민수 기자]")[0] != "산업부 김민수"


def test_outlet_and_latin_name() -> None:
    assert credit_fields("파이낸셜뉴스 Grace Yoon 기자") == ("Grace Yoon", "파이낸셜뉴스", None)
    assert credit_fields("이번 주 Grace Yoon 기자")[0] is None  # no outlet before the name


def test_transcript_guest_line_and_air_date() -> None:
    assert credit_fields("출연 : 차민규 금융시장 분석 선임연구위원") == (None, None, None)
    assert credit_fields("대담 : 이정아 반도체 산업 연구위원") == (None, None, None)
    assert programme_line("방송 : 2025년 11월 3일(월) 18:10~18:30")
    assert header_date(["방송 : 2025년 11월 3일(월) 18:10~18:30"]) == "2025-11-03"
    assert header_date(["방송 : KBS 1라디오"]) is None


def test_translator_after_the_original_title() -> None:
    line = '원문: "Why Europe\'s battery dream stalled" / 번역=하윤서 기자'
    assert credit_fields(line)[0] == "하윤서"


def test_analyst_line() -> None:
    line = "Analyst 남도현  dh.nam@miraeasset.com  02-3774-0000"
    assert credit_fields(line)[0] == "남도현"
    assert credit_fields("애널리스트 유통팀  retail@daishin.com  02-769-0000")[0] is None


def test_print_page_lettered_running_head() -> None:
    head = "B7  사회                         한국일보  2024년 3월 8일 금요일"
    assert running_head(head) == "한국일보"
    assert running_head("34  주간동아 2025. 3. 11  1482호") == "주간동아"
    meta = extract_metadata([head, "", "전세사기 특별법 개정안 국회 통과", "", "심재윤 기자"])
    assert meta.published == "2024-03-08"


def test_column_writer_by_craft() -> None:
    assert credit_fields("채하린 소설가")[0] == "채하린"
    assert credit_fields("여은채 시인")[0] == "여은채"
    assert credit_fields("서울 소설가")[0] is None  # a place is no name
