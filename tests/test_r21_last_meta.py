"""Round twenty-one metadata families (issue 13): a photo's ``ⓒ 이름`` credit
under a caption is no copyright holder; a writer signed ``이름(mail)``; several
writers in a page's author field joined by "·"; a column signed in a dated
byline row; a web edition's ``매체사 모바일``; a local station's masthead."""

from summarizer.author_parts import writers_joined
from summarizer.clean import clean_article
from summarizer.columnists import field_column_author
from summarizer.mastheads import brand_form
from summarizer.photo_credits import late_writer, photo_credit, rights_holder
from summarizer.reprints import byline_outlet
from summarizer.stations import local_station

_PAGE = """새벽뉴스
경제 > 물가

장바구니 물가 석 달째 올라…"채소값이 제일 무섭다"
[르포] 동네 시장 상인들 한숨
25.11.03 09:40최종 업데이트 25.11.03 10:15
피도윤(doyun_p@saebyeok.kr)
공유  글자크기  인쇄

3일 오전 경기 수원의 한 전통시장에서 만난 상인들은 손님이 줄었다고 입을 모았다.

▲ 3일 오전 경기 수원의 한 전통시장에서 시민들이 채소를 고르고 있다.
ⓒ 모재현

통계청에 따르면 지난달 소비자물가는 1년 전보다 2.9% 올랐다.

저작권자(c) 새벽뉴스, 무단 전재 및 재배포 금지
"""


def test_a_photo_credit_under_a_caption_is_not_the_holder() -> None:
    caption = "▲ 시민들이 채소를 고르고 있다."
    assert photo_credit("ⓒ 모재현", caption)
    assert not photo_credit("ⓒ 모재현", "통계청에 따르면 물가가 올랐다고 한다")
    assert not photo_credit("저작권자(c) 새벽뉴스, 무단 전재 및 재배포 금지", caption)
    lines = [caption, "ⓒ 모재현", "", "저작권자(c) 새벽뉴스, 무단 전재 및 재배포 금지"]
    assert rights_holder(lines) == "새벽뉴스"


def test_a_writer_signed_by_name_and_mail_alone() -> None:
    assert late_writer(["제목", "피도윤(doyun_p@saebyeok.kr)", "본문이다."]) == "피도윤"
    assert late_writer(["편집국 (desk@saebyeok.kr)"]) is None
    assert late_writer(["관리자(admin@x.kr)", "기사 문의(help@x.kr)", "제보(tip@x.kr)"]) is None


def test_the_page_layout_reads_outlet_and_writer() -> None:
    meta = clean_article(_PAGE).metadata
    assert meta.publisher == "새벽뉴스"
    assert meta.author == "피도윤"
    assert meta.published == "2025-11-03"


def test_several_writers_are_joined_by_the_middle_dot() -> None:
    assert writers_joined("남도경, 여하윤") == "남도경·여하윤"
    assert writers_joined("남도경/여하윤/차은결") == "남도경·여하윤·차은결"
    assert writers_joined("남도경 여하윤") == "남도경·여하윤"
    assert writers_joined("남도경") == "남도경"
    assert writers_joined("Dana Lee, Sam Cho") == "Dana Lee, Sam Cho"
    assert writers_joined("바다일보 뉴스") == "바다일보 뉴스"


def test_a_column_signed_in_a_dated_byline_row() -> None:
    row = "도하람 한빛대 화학공학과 교수  |  승인 2025.10.02 18:00  |  댓글 0"
    assert field_column_author(row) == "도하람"
    assert field_column_author("여태오 칩솔루션즈 대표 | 승인 2025.10.02 09:00") == "여태오"
    assert field_column_author("여태오 칩솔루션즈 대표") is None  # no date: maybe the subject
    assert field_column_author("오피니언 | 칼럼") is None


def test_a_web_edition_and_a_company_suffix_name_the_masthead() -> None:
    lines = ["바다신문 > 해양", "제목", "<저작권자 © 바다신문사 모바일 무단전재 및 재배포금지>"]
    assert brand_form("바다신문사 모바일", "바다신문", lines) == "바다신문"


def test_a_local_station_is_named_by_its_masthead() -> None:
    assert local_station("MBC", "광양MBC NEWS") == "광양MBC"
    assert local_station("KBS", "KBS청주 뉴스") == "KBS청주"
    # the byline keeps the network; metadata finds the station once, over the
    # publisher chosen (r23fold: test_broadcast_pages reads whole pages)
    assert byline_outlet("SBS", None, "목포SBS") == "SBS"
    assert local_station("MBC", "MBC NEWS") is None
    assert local_station("MBC", "스포츠조선") is None
