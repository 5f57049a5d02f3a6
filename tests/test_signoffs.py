"""The sign-off table (``summarizer.signoffs``): every end-of-article form that
names the writer or the outlet, read through one entry point."""

from summarizer.signoffs import SIGN_OFFS, read_sign_off, sign_off

BODY = "엔비디아가 새 칩을 공개했다."


def test_every_form_has_a_name_a_pattern_and_a_field() -> None:
    names = [form.name for form in SIGN_OFFS]
    assert len(names) == len(set(names))
    assert {form.field for form in SIGN_OFFS} == {"author", "outlet"}


def test_letter_forms_read_in_table_order() -> None:
    lines = [BODY, "오늘 레터는 봉하람 기자가 썼습니다.", "— 채유진 드림"]
    assert sign_off(lines, "author") == "봉하람"
    assert sign_off([BODY, "— 채유진 드림"], "author") == "채유진"
    assert sign_off([BODY, "— 채유진 드림"], "outlet") is None


def test_a_column_set_off_is_read_with_the_column_signatures() -> None:
    lines = [BODY, "/변서율 가온대 전자공학과 교수"]
    assert sign_off(lines, "author") is None  # not one of the last readers
    assert sign_off(lines, "author", "column") == "변서율"
    assert read_sign_off("column set-off", [BODY, "(변서율 가온대 전자공학과 교수)"]) == "변서율"


def test_a_blurb_is_read_after_head_credits() -> None:
    lines = [BODY, "변서율", "가온대 전자공학과 교수. 메모리 설계를 연구한다."]
    assert sign_off(lines, "author") is None
    assert sign_off(lines, "author", "after credits") == "변서율"


def test_a_reporter_sign_off_names_a_listed_outlet() -> None:
    assert sign_off([BODY, "지금까지 부산에서 KBS 채유진입니다."], "outlet") == "KBS"
    assert sign_off([BODY, "지금까지 부산에서 KBS 채유진입니다."], "author") is None
