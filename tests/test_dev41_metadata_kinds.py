"""dev41's metadata kinds (r17fix38): a dateline set off by a comma in a
bracket byline, an outlet named only in a reporter's sign-off, a slogan before
a quoted group-and-outlet name in a copyright line."""

from summarizer.bylines import read_byline
from summarizer.holders import copyright_holder
from summarizer.signoffs import sign_off


def test_place_before_comma_is_no_writer() -> None:
    byline = read_byline("[스포츠경향=수원, 남궁하린 기자]")
    assert byline is not None and byline.author == "남궁하린"
    assert byline.publisher == "스포츠경향"
    several = read_byline("[스포츠서울=광주, 김민수·이영희 기자]")
    assert several is not None and several.author == "김민수·이영희"
    # two writers split by a comma stay two writers
    two = read_byline("[스포티비뉴스=김민수, 이영희 기자]")
    assert two is not None and two.author == "김민수·이영희"


def test_sign_off_names_a_listed_outlet() -> None:
    lines = ["[기자]", "본문입니다.", "", "지금까지 충청북도 청주에서 MBN 서다은입니다."]
    assert sign_off(lines, "outlet") == "MBN"
    assert sign_off(["지금까지 현장에서 우리동네 서다은입니다."], "outlet") is None
    assert sign_off(["이상 서다은입니다."], "outlet") is None


def test_slogan_before_quoted_group_and_outlet() -> None:
    line = "ⓒ 투자의 새 기준 '한국경제 한경비즈니스' 무단 전재, 재배포 및 AI학습 이용 금지"
    assert copyright_holder(line) == "한경비즈니스"
    assert copyright_holder("ⓒ 경제를 보는 눈 '아시아경제' All rights reserved") == "아시아경제"
    assert copyright_holder("ⓒ '돈이 보이는 리얼타임 뉴스' 머니투데이") == "머니투데이"
