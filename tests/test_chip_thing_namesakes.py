"""Session 20 (extract_dev76): chip codenames that are also places, plants,
animals and machine parts. A bare name right after the category noun of
such a thing ("야생화 '트릴리움'", "교외 도시 마이아", "원료 호퍼") or right
before one of its nouns ("아이언우드 나무") is that thing; the bare name
elsewhere in the article is that thing too unless a sentence of it speaks
of the chip. A codename the catalogue marks as a common word (Maia,
Trillium, Ironwood …) printed bare needs the article to tie it to chips:
its vendor or another of its vendor's chips, a chip word beside it."""

from __future__ import annotations

import pytest
from test_chip_catalogue import chips

from summarizer.chip_nature import names_nature
from summarizer.entities import load_index


def _span(text: str, name: str) -> tuple[int, int]:
    start = text.index(name)
    return start, start + len(name)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("북쪽 교외 마이아에 들렀다.", "마이아"),
        ("농가는 야생화 '트릴리움'을 키운다.", "트릴리움"),
        ("여러해살이풀 트릴리움이 피었다.", "트릴리움"),
        ("아이언우드 나무는 단단하다.", "아이언우드"),
        ("쿤룬산맥을 넘는 길이다.", "쿤룬"),
        ("관광지 폰테 베키오는 붐빈다.", "폰테 베키오"),
        ("원료 호퍼 12기를 바꿨다.", "호퍼"),
        ("호퍼 설비를 점검했다.", "호퍼"),
        ("별자리 레귤러스를 찾았다.", "레귤러스"),
        ("마이아역에서 내렸다.", "마이아"),
    ],
)
def test_a_bare_name_beside_a_things_noun_is_that_thing(text: str, name: str) -> None:
    assert names_nature(text, *_span(text, name))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("새 트릴리움 칩이 나왔다.", "트릴리움"),  # "새": new, no bird
        ("차세대 아이언우드는 빠르다.", "아이언우드"),
        ("구글 트릴리움 가격이 내렸다.", "트릴리움"),
        ("원료 H100 값이 올랐다.", "H100"),  # a model number is no thing's name
        ("데이터 저장 HBM 수요가 늘었다.", "HBM"),
        ("호퍼 아키텍처는 2022년에 나왔다.", "호퍼"),
    ],
)
def test_chip_talk_is_no_thing(text: str, name: str) -> None:
    assert not names_nature(text, *_span(text, name))


def test_a_town_shown_once_is_that_town_where_it_stands_bare() -> None:
    text = (
        "교외 도시 마이아 여행기\n"
        "포르투 북쪽 교외 도시 마이아까지 지하철로 30분이다. "
        "마이아에는 연구단지가 있어 엔비디아 H100 서버를 빌려 쓰는 스타트업이 많다."
    )
    assert chips(text) == ["H100"]


def test_a_flower_shown_once_is_that_flower_beside_other_chips() -> None:
    text = (
        "온실에서 피운 야생화…AI가 돌본다\n"
        "농가는 야생화 트릴리움을 온실에서 키운다. 트릴리움은 꽃이 피기까지 5년이 걸린다. "
        "병해 판별 모델은 엔비디아 L40S GPU로 학습했다."
    )
    assert chips(text) == ["L40S"]


def test_the_chip_stays_beside_its_namesake_where_a_sentence_vouches() -> None:
    text = (
        "구글 TPU 트릴리움 국내 상륙\n"
        "구글은 6세대 트릴리움을 서울 리전에 들였다. 트릴리움은 전작보다 빠르다. "
        "이름은 북미 숲의 꽃 트릴리움에서 땄다."
    )
    assert set(chips(text)) == {"Trillium"}


@pytest.mark.parametrize("key", ["Maia", "Trillium", "Ironwood", "Ponte Vecchio", "Kunlun"])
def test_common_word_codenames_are_marked_in_the_catalogue(key: str) -> None:
    assert load_index().entities[key].namesake


def test_a_common_word_codename_alone_needs_the_article_to_tie_it_to_chips() -> None:
    # no place word anywhere: the common word is still no chip without its vendor
    text = "공항에서 20분 거리인 마이아에는 데이터센터가 모여 있다. 센터는 H200 서버를 들였다."
    assert chips(text) == ["H200"]


@pytest.mark.parametrize(
    "text",
    [
        "구글이 클라우드 요금을 내렸다. 트릴리움은 전작보다 4배 빠르다.",  # its vendor, elsewhere
        "트릴리움은 전작보다 4배 빠르다. TPU v5e 가격도 내렸다.",  # another chip of its vendor
        "AI 가속기 마이아는 전력을 덜 쓴다.",  # a chip word beside it
        "아이언우드 칩은 전력을 덜 쓴다.",
    ],
)
def test_the_common_word_codename_stays_where_the_article_ties_it(text: str) -> None:
    index = load_index()
    found = set(chips(text))
    assert found & {"Trillium", "Maia", "Ironwood"}, (text, found)
    assert all(index.entities[k].kind == "chip" for k in found)
