from summarizer.clean import HEADING, PARAGRAPH, clean_article
from summarizer.dates import parse_date

PAGE = """국제

반도체 수출 규제 강화, 엔비디아 타격

by 편집부 posted Mar 3, 2025
?

Prev이전 문서

Next다음 문서

ESC닫기

반도체 수출 규제 강화, 엔비디아 타격

(사진:로이터)

[테크뉴스 홍길동 기자] 미국 정부가 중국에 대한 반도체 수출 규제를 강화했다. 엔비디아는 새 규제로 매출 감소가 예상된다.

규제의 배경

업계는 규제가 장기화될 것으로 보고 있다. 중국 기업들은 자체 칩 개발을 서두르고 있다.

(사진:로이터)

*재미있으셨다면 '구독' 꾹 눌러 주세요.

반응형

1 2 3 4 5

저작권자 © 테크뉴스 무단전재 및 재배포 금지

관련 기사 목록
"""


def test_debris_never_reaches_the_body() -> None:
    article = clean_article(PAGE)
    body = article.body
    for debris in ("사진", "Prev", "ESC", "구독", "반응형", "1 2 3", "저작권자", "관련 기사", "?"):
        assert debris not in body, debris
    assert article.paragraphs == (
        "미국 정부가 중국에 대한 반도체 수출 규제를 강화했다. 엔비디아는 새 규제로 매출 감소가 예상된다.",
        "업계는 규제가 장기화될 것으로 보고 있다. 중국 기업들은 자체 칩 개발을 서두르고 있다.",
    )


def test_short_line_without_sentence_ending_is_a_heading() -> None:
    kinds = [(b.kind, b.text) for b in clean_article(PAGE).blocks]
    assert (HEADING, "규제의 배경") in kinds
    assert all(kind == PARAGRAPH for kind, text in kinds if text.endswith("다."))


def test_metadata_from_byline_and_copyright() -> None:
    meta = clean_article(PAGE).metadata
    assert meta.title == "반도체 수출 규제 강화, 엔비디아 타격"
    assert meta.author == "홍길동"
    assert meta.publisher == "테크뉴스"
    assert meta.published == "2025-03-03"
    assert meta.url is None


def test_nothing_is_invented_when_the_text_states_nothing() -> None:
    meta = clean_article("엔비디아가 새 칩을 발표했다. 2025년 1월 27일 주가가 급락했다.").metadata
    assert meta.publisher is None
    assert meta.author is None
    assert meta.published is None  # a date inside a sentence is an event, not a dateline


def test_korean_date_formats() -> None:
    assert parse_date("by 소식쟁이2 2025. 3. 16.") == "2025-03-16"
    assert parse_date("입력 2025.03.16 14:22") == "2025-03-16"
    assert parse_date("2025년 3월 16일") == "2025-03-16"
    assert parse_date("posted Feb 21, 2025") == "2025-02-21"
    assert parse_date("2025-02-30") is None


def test_agency_byline_and_signoff() -> None:
    text = "(서울=연합뉴스) 김철수 기자 = 삼성전자가 HBM 공급을 늘린다고 밝혔다.\n\n영국 유로저널 이지예 기자 jy@example.com"
    article = clean_article(text)
    assert article.metadata.author == "김철수"
    assert article.metadata.publisher == "연합뉴스"
    assert article.paragraphs == ("삼성전자가 HBM 공급을 늘린다고 밝혔다.",)


def test_bundled_articles_clean(bundled) -> None:  # type: ignore[no-untyped-def]
    debris = (
        "사진:",
        "Sketchbook",
        "나눔글꼴",
        "Leave a Comment",
        "저작권자",
        "반응형",
        "ESC닫기",
        "구독",
    )
    for source in bundled.sources():
        for sentence in bundled.sentences(source.id):
            assert not any(d in sentence.text for d in debris), sentence.text
