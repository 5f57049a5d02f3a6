"""Session 23 (r23china, the errors of dev91 and dev93): a dateline before
a slash or before the second writer, an outlet's Korean edition in a source
line and a slogan footer without a mark. All text invented."""

from summarizer.clean import clean_article
from summarizer.credit_lines import credit_fields
from summarizer.holders import copyright_holder


def test_a_city_before_a_slash_is_the_dateline() -> None:
    assert credit_fields("도쿄/한지우 특파원 jiwoo@example.kr")[0] == "한지우"
    assert credit_fields("[파리/한지우 특파원]")[0] == "한지우"
    # two writers stay two, even where a name ends like a place ("이민구")
    assert credit_fields("한지우/이민구 기자")[0] == "한지우·이민구"


def test_each_writer_with_a_dateline() -> None:
    line = "실리콘밸리=한지우 특파원 / 서울=도하람 기자 jiwoo@example.kr"
    assert credit_fields(line)[0] == "한지우·도하람"
    assert credit_fields("베를린=한지우 특파원 부산=도하람 기자")[0] == "한지우·도하람"


def test_a_korean_edition_in_a_source_line() -> None:
    page = (
        "중국 AI 칩 전시회 개막\n\n출처: 인민망 한국어판 | 2025-03-02 10:00\n\n"
        "상하이에서 AI 칩 전시회가 열렸다. 여러 기업이 가속기를 선보였다.\n"
    )
    meta = clean_article(page).metadata
    assert (meta.publisher, meta.author, meta.published) == ("인민망 한국어판", None, "2025-03-02")


def test_a_slogan_footer_without_a_mark() -> None:
    assert copyright_holder("'돈이 보이는 리얼타임 뉴스' 머니투데이") == "머니투데이"
    assert copyright_holder("“세상을 읽는 경제신문” 서울경제") == "서울경제"
    # a headline shaped so names a company, not an outlet
    assert copyright_holder("'AI 칩 전쟁' 삼성전자") is None
