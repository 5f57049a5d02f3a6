"""Authors signed as a letter, a masked affiliation, an outlet beside the writer."""

from summarizer.author_parts import without_outlets
from summarizer.byline_writers import without_interns
from summarizer.bylines import read_byline
from summarizer.clean import clean_article
from summarizer.columnists import column_author
from summarizer.signoffs import read_sign_off


def test_letter_sign_off_names_the_writer() -> None:
    assert (
        read_sign_off("letter signer", ["본문입니다.", "― 에디터 한솔비 올림", "수신거부"])
        == "한솔비"
    )
    assert read_sign_off("letter signer", ["본문입니다.", "— 마지후 드림"]) == "마지후"
    assert read_sign_off("letter signer", ["본문입니다.", "마지후 기자 씀"]) == "마지후"


def test_team_or_sentence_signs_no_person() -> None:
    assert read_sign_off("letter signer", ["반도체팀 드림"]) is None
    assert read_sign_off("letter signer", ["편집부 올림"]) is None
    assert (
        read_sign_off("letter signer", ["자료는 회사 측이 드림"]) is None
    )  # no name alone on the line
    assert (
        read_sign_off("letter signer", ["— 마지후 드림", *["본문입니다."] * 9]) is None
    )  # not at the end


def test_sign_off_read_last() -> None:
    text = "헤드라인입니다\n문다인 기자 | 입력 2025.05.12 07:00\n\n엔비디아 H100 얘기입니다.\n— 에디터 한솔비 올림\n"
    assert clean_article(text).metadata.author == "문다인"


def test_masked_affiliation_signs_a_column() -> None:
    assert column_author("글 = 노해원 ○○대 컴퓨터공학과 교수") == "노해원"
    assert column_author("기고=도윤석 ◯◯과학기술원 책임연구원") == "도윤석"
    assert column_author("노해원 ○○ 교수") == "노해원"
    assert column_author("○○ 교수") is None


def test_outlet_beside_the_writer_dropped() -> None:
    assert without_outlets("Dana Whitfield; InfoWorld") == "Dana Whitfield"
    assert without_outlets("Marcus Lindqvist | Computerworld") == "Marcus Lindqvist"
    assert without_outlets("홍재윤; 칩데일리") == "홍재윤"
    assert without_outlets("홍재윤; 넥스트테크", "넥스트테크") == "홍재윤"


def test_writers_kept_together() -> None:
    assert without_outlets("Mary Jo Foley; Tom Warren") == "Mary Jo Foley; Tom Warren"
    assert without_outlets("홍재윤; 이서아") == "홍재윤; 이서아"
    assert without_outlets("Dana Whitfield") == "Dana Whitfield"
    assert without_outlets("TechCrunch") == "TechCrunch"  # no writer: left to the caller


def test_intern_beside_a_reporter_is_no_co_author() -> None:
    assert without_interns("안다온 기자, 표하린 인턴기자") == "안다온 기자"
    assert (
        without_interns("표하린 인턴기자 · 안다온 기자 | 입력 2025.01.02")
        == "안다온 기자 | 입력 2025.01.02"
    )
    byline = read_byline("안다온 기자, 표하린 인턴기자  |  입력 2025.01.02 09:00")
    assert byline is not None and byline.author == "안다온"


def test_intern_alone_or_reporters_together_kept() -> None:
    assert without_interns("표하린 인턴기자") == "표하린 인턴기자"  # the only writer
    byline = read_byline("안다온 기자, 마서준 기자  |  입력 2025.01.02 09:00")
    assert byline is not None and byline.author == "안다온·마서준"
