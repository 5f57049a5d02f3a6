"""Session 18 fix round (r19fix56m): a wrapper's own name or date is never the
article's when the article is credited (letters, blog reposts, clippings, chat
exports); a desk, a beat or a section word is never a person or an outlet;
``글 이름 · 사진 이름`` credits the writer."""

from summarizer.byline_words import SECTION_WORD
from summarizer.clean import clean_article
from summarizer.credit_lines import credit_fields
from summarizer.late_credits import credited_source, own_holder, shape_credit
from summarizer.mail import letter_sender
from summarizer.page_meta import page_byline, parse_page


def test_source_lines_of_any_wrapper_credit_the_outlet() -> None:
    assert credited_source(["출처: 디지털타임스 | 하은채 기자"]) == ("디지털타임스", None)
    assert credited_source(["출처: 머니투데이 | 표하진 기자 | 입력 2026.04.02 09:10"]) == (
        "머니투데이",
        "2026-04-02",
    )
    assert credited_source(["홍보실 클리핑 ― 매일경제 2026년 4월 3일 금요일 B2면"]) == (
        "매일경제",
        "2026-04-03",
    )
    assert credited_source(["● 독자 추천 기사 (아시아경제, 2026년 4월 1일)"]) == (
        "아시아경제",
        "2026-04-01",
    )
    # a photo's credit or a chart's source is no wrapper's
    assert credited_source(["사진 출처: 연합뉴스"]) == (None, None)
    assert credited_source(["출처: 통계청"]) == (None, None)


def test_a_credited_article_outranks_the_wrappers_names() -> None:
    lines = ["출처: 디지털타임스 | 하은채 기자", "본문", "ⓒ 칩레터"]
    assert own_holder("칩레터", lines) is None
    assert own_holder("디지털타임스", lines) == "디지털타임스"
    assert own_holder("칩레터", ["본문", "ⓒ 칩레터"]) == "칩레터"
    mail = [
        "From: 반도체 아침 위클리 <a@b.example>",
        "Subject: 오늘의 기사",
        "Date: Mon, 4 May 2026 07:00:00 +0900",
        "",
        "◆ 추천 기사 (아시아경제, 2026년 5월 1일)",
    ]
    assert letter_sender(mail) is None


def test_a_chat_day_or_mail_date_gives_way_to_the_article_label() -> None:
    text = (
        "반도체 방 님과 카카오톡 대화\n저장한 날짜 : 2026-04-09 20:00\n\n"
        "--------------- 2026년 4월 9일 목요일 ---------------\n"
        "[홍길순] [오후 7:01] SK하이닉스, 청주 신규 팹 착공\n\n송고시간2026-04-06 10:00\n\n"
        "(서울=연합뉴스) 용다빈 기자 = SK하이닉스가 청주에 새 팹을 짓는다고 6일 밝혔다.\n"
    )
    assert clean_article(text).metadata.published == "2026-04-06"
    mail = (
        "From: 칩 아침 <a@b.example>\nSubject: 지난주 기사\nDate: Mon, 4 May 2026 07:00:00 +0900\n\n"
        "◆ 추천 기사 (아시아경제, 2026년 5월 1일)\n\n삼성, 파운드리 고객 확대\n"
        "금보라 기자\n\n삼성전자가 파운드리 고객을 늘렸다고 밝혔다. 회사는 투자를 늘린다.\n"
    )
    meta = clean_article(mail).metadata
    assert (meta.publisher, meta.published) == ("아시아경제", "2026-05-01")


def test_desks_beats_and_sections_are_no_person_or_outlet() -> None:
    assert credit_fields("남궁별 사회부 기자")[:2] == ("남궁별", None)
    assert credit_fields("[한빛일보 정치2부 류다온 기자]")[:2] == ("류다온", "한빛일보")
    assert credit_fields("CNN 반도체 담당 기자") == (None, None, None)
    assert credit_fields("국내증시 | 입력 2026.04.03 (10:11)")[1] is None
    assert SECTION_WORD.match("해외주식") and SECTION_WORD.match("경제2부")
    assert not SECTION_WORD.match("국제뉴스")


def test_angled_byline_writer_credits_and_handle_header() -> None:
    assert credit_fields("<석하루 기자>haru@example.kr")[0] == "석하루"
    assert credit_fields("글 도은별 매경이코노미 기자 · 사진 변지호 기자")[0] == "도은별"
    assert credit_fields("글=모하린 기자 | 사진=편승우 기자")[0] == "모하린"
    header = "26.04.11 08:02 l 최종 업데이트 26.04.11 09:30 l 나윤슬(yunseul)"
    assert shape_credit(header) == ("나윤슬", None, None)
    assert shape_credit("26.04.11 08:02 l 조회 120 l 관리자(admin)") is None


def test_a_name_over_its_role_element_is_the_writer() -> None:
    page = (
        "<html><body><article><h1>헤드라인</h1><div class='by'><span>사라 민</span>"
        "<span>CNN 반도체 담당 기자</span></div>"
        "<p>본문이 여기에 길게 이어진다. 반도체 업계는 투자를 늘리고 있다고 밝혔다.</p>"
        "</article></body></html>"
    )
    tree = parse_page(page)
    assert tree is not None
    byline = page_byline(tree)
    assert byline is not None and byline.author == "사라 민"
