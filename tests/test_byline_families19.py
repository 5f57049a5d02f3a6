"""Session 19 fix (dev64): series kickers, joint bylines, outlets in a writer's
slot, taglines around an outlet's name, columnists with a post after their
role. Invented text, not copies of labelled files."""

from summarizer.byline_writers import joint_byline, outlet_free, without_interns
from summarizer.bylines import read_byline
from summarizer.columnists import column_author
from summarizer.credit_lines import tail_signature
from summarizer.metadata import extract_metadata
from summarizer.outlet_names import outlet_in_name


def _meta(text: str):  # type: ignore[no-untyped-def]
    return extract_metadata([line.strip() for line in text.strip().splitlines()])


def test_a_series_kicker_ending_on_its_number_is_no_headline() -> None:
    for kicker in (
        "창간기획 - 바다 위의 데이터센터, 가능할까 ④",
        "연속기획 - 지역 반도체의 내일 (2)",
        "항만 AI 전환, 부산의 선택 - 현장을 가다 3회",
    ):
        meta = _meta(
            f"""
            남해신보
            {kicker}
            해상풍력 옆 데이터센터 '냉각비 절반' 실험
            시범 단지 두 곳 내년 가동…전력 요금 특례 검토
            2026년 2월 3일(화) 06:00
            부산시는 해상풍력 단지 옆에 데이터센터를 짓는 시범 사업을 추진한다고 밝혔다.
            """
        )
        assert meta.title == "해상풍력 옆 데이터센터 '냉각비 절반' 실험", kicker


def test_a_headline_ending_on_a_number_without_series_mark_stays() -> None:
    meta = _meta(
        """
        남해신보
        부산 데이터센터 전력망 점검 ②
        해상풍력 옆 데이터센터 '냉각비 절반' 실험
        2026년 2월 3일(화) 06:00
        부산시는 해상풍력 단지 옆에 데이터센터를 짓는 시범 사업을 추진한다고 밝혔다.
        """
    )
    assert meta.title == "부산 데이터센터 전력망 점검 ②"


def test_writers_of_different_titles_joined_into_one_byline() -> None:
    assert joint_byline("도하윤 기자／기서진 수습기자") == "도하윤 기자·기서진 수습기자"
    assert joint_byline("도하윤 특파원 및 기서진 기자") == "도하윤 특파원·기서진 기자"
    assert joint_byline("도하윤 기자 / 매체 편집부") == "도하윤 기자 / 매체 편집부"
    for line in (
        "도하윤 기자·기서진 인턴기자",
        "도하윤 선임기자／기서진 인턴기자",
        "도하윤 전문기자 및 기서진 인턴기자",
        "도하윤 기자 · 기서진 객원기자  |  입력 2026.02.03 09:00",
    ):
        byline = read_byline(line)
        assert byline is not None and byline.author == "도하윤·기서진", line


def test_an_intern_in_a_list_of_credits_is_still_dropped() -> None:
    assert without_interns("도하윤 기자, 기서진 인턴기자") == "도하윤 기자"
    assert without_interns("기서진 인턴기자 · 도하윤 기자 | 입력") == "도하윤 기자 | 입력"
    assert without_interns("도하윤 기자·기서진 인턴기자") == "도하윤 기자·기서진 인턴기자"


def test_an_outlet_in_a_writers_slot_is_the_outlet() -> None:
    assert outlet_free("한빛일보·도하윤", None) == ("도하윤", "한빛일보")
    assert outlet_free("뉴시스", None) == (None, "뉴시스")
    assert outlet_free("신동아", None) == ("신동아", None)  # 신 is a family name
    assert outlet_free("남궁서진", "매체") == ("남궁서진", "매체")
    byline = read_byline("한빛일보 / 도하윤 기자 dohy@hanbit.example.kr")
    assert byline is not None and byline.author == "도하윤"
    wire = read_byline("기자명 뉴스1   승인 2026.02.03 09:00")
    assert wire is None or wire.author is None
    meta = _meta(
        """
        남해신보 > 경제
        부산항 AI 물류 플랫폼 가동…하역 대기 30% 줄어
        기자명 연합뉴스   입력 2026.02.03 09:00
        (부산=연합뉴스) 도하윤 기자 = 부산항에 AI 물류 플랫폼이 가동을 시작했다.
        <저작권자 ⓒ 남해신보 무단전재 및 재배포 금지>
        """
    )
    assert meta.author == "도하윤"


def test_a_tagline_around_a_listed_outlet_is_no_part_of_it() -> None:
    assert outlet_in_name("맛있는 뉴스토마토") == "뉴스토마토"
    assert outlet_in_name("정직하고 따뜻한 연합뉴스") == "연합뉴스"
    assert outlet_in_name("이데일리 깨어있는 경제") == "이데일리"


def test_a_columnist_signed_with_a_post_after_the_role() -> None:
    for line in (
        "하서진 칼럼니스트·전 메모리 설계 엔지니어",
        "하서진 칼럼니스트(한빛대 컴퓨터공학과 교수)",
        "하서진 객원논설위원 / 칩웨어 대표",
        "하서진 칼럼니스트",
    ):
        assert column_author(line) == "하서진", line
        assert tail_signature(line, column_author) == "하서진", line
    assert column_author("반도체 칼럼니스트·전 엔지니어") is None
