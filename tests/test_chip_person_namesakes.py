"""Session 20 (extract_dev73): a codename the article shows to be a person
("건축가 안토니 가우디", "화가 에드워드 호퍼") is that person where it stands bare
elsewhere in the article (a headline "가우디·호퍼 이어 …GPU로 되살린 거장들"),
unless the article speaks of the chip there: its vendor or another of its
chips in the sentence, a chip word beside it ("차세대 GPU 루빈", "호퍼 GPU").
A person's works ("가우디의 작품", "호퍼 회고전") and a master ("거장 가우디")
are the person too."""

from __future__ import annotations

import pytest
from test_chip_catalogue import chips

from summarizer.chip_traps import is_person


def _span(text: str, name: str) -> tuple[int, int]:
    start = text.index(name)
    return start, start + len(name)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("가우디의 작품을 빛으로 옮겼다.", "가우디"),
        ("호퍼 회고전이 열린다.", "호퍼"),
        ("가우디 건축 미디어아트가 열렸다.", "가우디"),
        ("거장 블랙웰의 강의를 들었다.", "블랙웰"),
        ("조각가 루빈의 조각상이 섰다.", "루빈"),
        ("루빈의 그림은 밝다.", "루빈"),
    ],
)
def test_a_persons_works_and_titles(text: str, name: str) -> None:
    assert is_person(text, *_span(text, name))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("블랙웰 그림자가 짙다.", "블랙웰"),  # no work: "그림자"
        ("루빈 전시 부스에 사람이 몰렸다.", "루빈"),  # a booth shows the chip
        ("가우디 생산량이 늘었다.", "가우디"),
        ("블랙웰의 생애 주기 비용을 따졌다.", "블랙웰"),
    ],
)
def test_words_that_are_no_works(text: str, name: str) -> None:
    assert not is_person(text, *_span(text, name))


def test_a_name_shown_to_be_a_person_is_no_chip_in_a_headline() -> None:
    text = (
        "가우디·호퍼 이어 '블랙홀'까지…GPU로 다시 그린 명작들\n"
        "건축가 안토니 가우디와 화가 에드워드 호퍼의 명작이 영상으로 온다. "
        "전시 업체는 엔비디아 RTX 5090 GPU 열 장으로 영상을 그린다."
    )
    assert chips(text) == ["RTX 5090"]


@pytest.mark.parametrize(
    "headline",
    [
        "엔비디아 호퍼 이어 블랙웰까지…데이터센터 GPU 10년",  # the vendor in the sentence
        "호퍼 GPU 10년…과학자의 이름을 딴 칩들",  # a chip word beside the name
        "차세대 GPU 호퍼, 과학자의 이름을 땄다",
        "호퍼와 H100, 과학자의 이름을 딴 칩",  # another chip of its vendor beside it
    ],
)
def test_the_chip_stays_where_the_article_vouches_for_it(headline: str) -> None:
    text = f"{headline}\n컴퓨터 과학자 그레이스 M. 호퍼는 해군 제독이었다. 그 칩은 잘 팔렸다."
    assert "Hopper" in chips(text)


def test_a_person_and_the_chip_in_one_article() -> None:
    text = (
        "블랙웰, 수학자 이름 딴 GPU…엔비디아 블랙웰 출하 늘어\n"
        "통계학자 데이비드 블랙웰은 게임이론을 남겼다. 블랙웰과 가우디 3 가격이 내렸다."
    )
    assert set(chips(text)) == {"Blackwell", "Gaudi 3"}


def test_a_person_in_one_sentence_leaves_another_names_chip_alone() -> None:
    text = (
        "루빈 GPU 출하 앞두고 주가 올라\n"
        "로버트 루빈 전 장관은 거품을 경고했다. 월가는 차세대 GPU 루빈을 기다린다."
    )
    assert set(chips(text)) == {"Rubin"}
