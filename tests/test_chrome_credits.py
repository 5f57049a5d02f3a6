"""Session 18 final fix (r19fix62m): a page's chrome beside a date (a
counter, a button, a poster's sentence, a date fragment) is never an outlet;
a repost's source, a print page's running head, a quoted account, a thread's
credit, a script's dated head or tag and a copy pasted on one line among chat
messages name the article's outlet, writer and date."""

from summarizer.anchor_intro import introduced_reporter
from summarizer.chrome_fields import chrome_field
from summarizer.clean import clean_article
from summarizer.credit_lines import credit_fields
from summarizer.late_credits import credited_source, repost_free
from summarizer.odd_pages import programme_outlet
from summarizer.odd_publishers import outlet_field, shared_outlet
from summarizer.run_on import run_on_lines

BODY = ["본문 첫 문장입니다.", "본문 둘째 문장입니다."]


def test_chrome_beside_a_date_is_no_outlet() -> None:
    for field in ("이웃추가", "구독하기", "조회수 12만회", "좋아요 1.2천", "03.18(수", "오후 3:10"):
        assert chrome_field(field), field
        assert outlet_field(field) is None, field
    assert outlet_field("최하람님이 글을 썼습니다") is None  # a poster's sentence
    for name in ("헤럴드경제", "MBC", "무등일보", "테크 리뷰"):
        assert outlet_field(name) == name
    assert credit_fields("2026. 3. 4. 09:12 | 구독하기")[1] is None


def test_a_translation_credits_its_original() -> None:
    assert credited_source(["헤드라인", "원문: Bloomberg, Mar 3, 2026"]) == (
        "블룸버그",
        "2026-03-03",
    )


def test_a_running_head_or_a_quoted_account_names_the_outlet() -> None:
    assert shared_outlet(["한국경제 2026년 2월 11일 수요일 A5면 종합", "헤드라인"]) == "한국경제"
    assert shared_outlet(["이름 @someone · 1월 20일", "말", "인용", "경향신문 @kyunghyang"]) == (
        "경향신문"
    )


def test_a_thread_part_credits_the_writer() -> None:
    line = "(4/4) 경향신문 채시온 기자 기사. 2026.01.20 08:30 입력"
    assert credit_fields(line) == ("채시온", "경향신문", "2026-01-20")
    assert credit_fields("(2/4) 부지에는 공원을 짓는다.") == (None, None, None)


def test_a_script_head_and_tag_name_the_broadcaster() -> None:
    assert programme_outlet(["MBC 뉴스데스크 | 2026.01.09 (금) 방송 | 스크립트"]) == "MBC"
    assert programme_outlet(["[SBS 모닝와이드]", "헤드라인"]) == "SBS"
    turn = ["[앵커]", "불만이 많습니다. 경제팀 남궁다은 기자와 따져 보겠습니다.", "[기자]"]
    assert introduced_reporter(turn) == "남궁다은"


def test_a_copy_on_one_line_among_chat_messages() -> None:
    copy = (
        "2026. 2. 1. 오전 10:21, 준호 : 공원 2단계 개장…산책로 4㎞ 연결 | 한겨레 "
        "입력 2026-02-01 09:05 [세종=봉라온 기자] 세종시가 공원 2단계 구간을 개장한다고 밝혔다. "
        + "새 구간에는 산책로와 물놀이터가 들어섰다. " * 8
        + "봉라온 기자 raon@hani.co.kr"
    )
    lines = ["2026. 2. 1. 오전 10:20, 준호 : 우리 동네 얘기다", copy]
    assert len(run_on_lines(lines)) > 3
    assert run_on_lines(["짧은 줄", "입력 2026-02-01 09:05 짧은 줄"])[1].startswith("입력")
    meta = clean_article("\n".join(["단톡방 님과 카카오톡 대화", "", *lines, "", *BODY])).metadata
    assert (meta.publisher, meta.author) == ("한겨레", "봉라온")


def test_a_reposts_header_with_chrome_is_the_posters() -> None:
    lines = ["블로그", "2026. 3. 4. 09:12 | 서로이웃 추가", "기사 퍼왔어요", *BODY]
    assert repost_free(lines)[1] == ""
    assert credit_fields("2026. 3. 4. 09:12 | 팔로우")[0] is None  # a button, no writer
