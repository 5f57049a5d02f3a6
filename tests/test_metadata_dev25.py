"""Session 14, third fix round (issue 13, extract_dev24/dev25 first runs): a
bracketed outlet or programme tag line over the headline, a web edition in
the copyright line, board-member and numbered-desk columnists, date lines
carrying the credit, and a spec table printed as text rows."""

from __future__ import annotations

from test_metadata_layouts import BODY, meta

from summarizer.clean import clean_article
from summarizer.columnists import column_author
from summarizer.dated_credits import dated_credit
from summarizer.mastheads import brand_form
from summarizer.title_lines import bracket_tag

MORE = "업계는 하반기에도 수요가 이어질 것으로 내다봤다. 가격은 그대로다."
HEADLINE = "정부, 전기요금 누진 구간 넓힌다…가구당 1만원 절감"
DATE = "입력 2026.07.02 07:30"


def test_a_bracketed_outlet_or_programme_tag_line_is_no_title() -> None:
    assert bracket_tag("[디지털타임스]") == "디지털타임스"
    assert bracket_tag("[KBS 뉴스9]") == "KBS 뉴스9"
    assert bracket_tag("[단독] 정부, 전기요금 손질") is None
    for tag in ("[디지털타임스]", "[KBS 뉴스9]"):
        assert meta(f"{tag}\n\n{HEADLINE}\n\n{DATE}\n\n{BODY}").title == HEADLINE


def test_a_web_edition_in_the_copyright_line_is_the_outlet() -> None:
    lines = ["경남신문", HEADLINE, "Copyright ⓒ 경남신문 인터넷판"]
    assert brand_form("경남신문 인터넷판", "경남신문", lines) == "경남신문"
    assert brand_form("강원일보 온라인판", None, lines) == "강원일보"  # listed
    assert brand_form("동네소식 인터넷신문", None, lines) == "동네소식 인터넷신문"
    text = f"{HEADLINE}\n이도윤 기자\n{DATE}\n\n{BODY}\nCopyright ⓒ 경남신문 인터넷신문"
    assert meta(text).publisher == "경남신문"


def test_board_members_and_numbered_desks_sign_columns() -> None:
    assert column_author("남혜린 한국농촌의료학회 상임이사") == "남혜린"
    assert column_author("양도현 한국관광협회 이사") == "양도현"
    assert column_author("홍길동 삼성전자 이사") is None  # a company's director: a source
    assert column_author("표지후 경제2부 차장") == "표지후"
    text = f"오피니언\n[데스크칼럼] {HEADLINE}\n{DATE}\n\n표지후 경제2부 차장\n\n{BODY}"
    assert meta(text).author == "표지후"


def test_a_date_line_with_credit_fields() -> None:
    assert dated_credit("2026.09.02 07:00 · 글 주아린") == ("주아린", None, "2026-09-02")
    assert dated_credit("연합뉴스 경제부 | 2026-09-08 10:45 송고") == (
        None,
        "연합뉴스",
        "2026-09-08",
    )
    assert dated_credit("2026-09-08 10:45 · 경제 · 금융") is None  # unread fields
    assert dated_credit("연합뉴스 반도체클러스터 | 2026-09-08") is None  # no desk
    found = meta(f"{HEADLINE}\n2026.09.02 07:00 · 정리 주아린\n\n{BODY}")
    assert (found.author, found.published) == ("주아린", "2026-09-02")
    found = meta(f"{HEADLINE}\n뉴스1 디지털뉴스팀 | 2026-10-15 11:30 송고\n\n{BODY}")
    assert (found.publisher, found.author, found.published) == ("뉴스1", None, "2026-10-15")


def test_a_spec_table_of_text_rows_stays_in_the_body() -> None:
    rows = "구글 TPU v5p | HBM 95GB | 대역폭 2.8TB/s\nAWS 트레이니엄2 | HBM 96GB | 대역폭 2.9TB/s"
    text = f"{HEADLINE}\n{DATE}\n\n{BODY}\n\n{rows}\n\n{MORE}"
    body = clean_article(text).paragraphs
    assert any("TPU v5p" in p for p in body) and any("트레이니엄2" in p for p in body)
    # a menu bar or one row alone is no table
    menu = "홈 | 정치 | 경제 | 사회\n뉴스 | 연예 | 스포츠 | 날씨"
    lone = "구글 TPU v5p | HBM 95GB | 대역폭 2.8TB/s"
    for chrome in (menu, lone):
        text = f"{HEADLINE}\n{DATE}\n\n{BODY}\n\n{chrome}\n\n{MORE}"
        assert not any("|" in p for p in clean_article(text).paragraphs)
