"""Broadcast and radio news pages (issue 13, session 22, extract_dev84).

* A network's local station (``대전MBC``, ``KBS 대구``, ``MBC경남``) printed as
  the page's masthead or in its copyright line is the publisher, though its
  reporters sign off with the network's name (``MBC뉴스 이름입니다``).
* ``Copyright(c) Since 1996, MBC&iMBC`` names MBC (a radio transcript's footer).
* A video's credit roll (``기자ㅣ이름`` / ``촬영기자ㅣ이름`` / ``자막뉴스ㅣ이름``):
  the reporter's field names the writer, the others none.
* Chips as a transcript writes them read aloud (``에이치백`` for H100), a bare
  codename beside its line's quoted name (``'베라 루빈' 플랫폼``) and a word
  chip of home make whose maker goes unsaid (``국산 NPU인 아톰``).
"""

from __future__ import annotations

import pytest
from test_chip_catalogue import chips

from summarizer.broadcast import on_air
from summarizer.chip_readings import sino_korean, spoken_reading
from summarizer.clean import clean_article
from summarizer.credit_lines import credit_fields
from summarizer.entities import load_index
from summarizer.holders import copyright_holder
from summarizer.stations import local_station, station_line

_STATION_PAGE = """{masthead}
뉴스데스크
지역 산단에 반도체 설계 센터 문 연다
도하린 기자
입력 2026-06-02 20:05

◀ 앵커 ▶
지역 산업단지에 반도체 설계 지원 센터가 문을 엽니다.
도하린 기자입니다.

◀ 리포트 ▶
센터는 중소 팹리스에 설계 도구와 시험 장비를 빌려줍니다.
입주 기업은 내년까지 스무 곳으로 늘어날 전망입니다.

MBC뉴스 도하린입니다.

영상취재: 문재석

{footer}
"""


@pytest.mark.parametrize(
    ("masthead", "footer", "publisher"),
    [
        ("청주MBC", "Copyright(c) 청주MBC. All rights reserved.", "청주MBC"),
        ("MBC NEWS", "Copyright(c) 춘천MBC. All rights reserved.", "춘천MBC"),
        ("MBC경남 NEWS", "Copyright(c) Since 1996, MBC&iMBC All rights reserved.", "MBC경남"),
        ("MBC NEWS", "Copyright(c) Since 1996, MBC&iMBC All rights reserved.", "MBC"),
    ],
)
def test_a_local_stations_own_name_wins_over_its_networks(
    masthead: str, footer: str, publisher: str
) -> None:
    page = _STATION_PAGE.format(masthead=masthead, footer=footer)
    meta = clean_article(page).metadata
    assert meta.publisher == publisher
    assert meta.author == "도하린"
    assert meta.title == "지역 산단에 반도체 설계 센터 문 연다"


def test_a_spaced_station_masthead_is_the_station() -> None:
    page = """KBS 춘천
뉴스7
호수 위 태양광 발전소 첫 전력 생산
입력 2026.06.03 (19:12)

[앵커]
호수 위에 띄운 태양광 발전소가 첫 전력을 만들었습니다.
노은결 기자가 보도합니다.

[리포트]
발전소는 한 해 2천 가구가 쓸 전기를 만듭니다.

KBS 뉴스 노은결입니다.

저작권자ⓒ KBS. 무단 전재, 재배포 및 이용(AI 학습 포함) 금지
"""
    meta = clean_article(page).metadata
    assert (meta.publisher, meta.author) == ("KBS 춘천", "노은결")


def test_station_lines_and_the_networks_stations() -> None:
    assert station_line("대전MBC") == "대전MBC"
    assert station_line("광주MBC NEWS") == "광주MBC"
    assert station_line("KBS 대구") == "KBS 대구"
    assert station_line("부산CBS") == "부산CBS"
    assert station_line("MBC NEWS") is None
    assert station_line("대전시청") is None
    assert station_line("UBC 프라임뉴스") is None
    assert local_station("MBC", None, "대전MBC") == "대전MBC"
    assert local_station("KBS", "KBS 청주 뉴스") == "KBS 청주"
    assert local_station("UBC", "UBC 프라임뉴스") is None  # a programme, not a region
    assert local_station("MBC", "광주KBS") is None  # another network's station
    assert local_station(None, "대전MBC") is None


def test_a_rights_line_that_says_since_when() -> None:
    assert copyright_holder("Copyright(c) Since 1996, MBC&iMBC All rights reserved.") == "MBC"
    assert copyright_holder("Copyright ⓒ since 2009 칩라디오. All rights reserved.") == "칩라디오"
    assert copyright_holder("ⓒ 1998-2026, 칩라디오 무단전재") == "칩라디오"


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("기자ㅣ구민서", "구민서"),
        ("기자 | 구민서", "구민서"),
        ("취재기자ㅣ구민서", "구민서"),
        ("기자ㅣ구민서 촬영기자ㅣ탁재희 자막뉴스ㅣ성유나", "구민서"),
        ("촬영기자ㅣ탁재희 / 기자ㅣ구민서", "구민서"),
        ("촬영기자ㅣ탁재희", None),
        ("자막뉴스ㅣ성유나", None),
        ("영상편집 | 변하율", None),
        ("AI 앵커ㅣ한별", None),
        ("취재기자 : 구민서", "구민서"),
        ("취재기자 : 구민서 / 촬영기자 : 탁재희", "구민서"),
        ("기자ㅣ구민서(minseo@ytn.example.kr)", "구민서"),
        ("촬영기자 : 탁재희", None),
        ("편집 : 구민서", "구민서"),  # a newsletter's editor, read as before
    ],
)
def test_a_video_credit_roll_names_the_reporter_only(line: str, author: str | None) -> None:
    assert credit_fields(line)[0] == author


def test_a_section_path_is_no_credit_roll() -> None:
    assert credit_fields("산업 | 반도체")[0] is None
    assert credit_fields("기자 : 구민서")[0] == "구민서"  # as before


def test_a_caption_news_page_credits_its_reporter() -> None:
    page = """[자막뉴스] 중고 GPU 값 반토막…"1년 만에 구형"
2026.06.04. 오전 8:10

데이터센터들이 쓰던 칩을 내놓고 있습니다.
중고 시장엔 매물이 쌓였습니다.

기자ㅣ구민서
촬영기자ㅣ탁재희
자막뉴스ㅣ성유나

[저작권자(c) YTN 무단전재, 재배포 및 AI 데이터 활용 금지]
"""
    meta = clean_article(page).metadata
    assert (meta.author, meta.publisher) == ("구민서", "YTN")


@pytest.mark.parametrize(
    ("model", "reading"),
    [
        ("H100", "에이치백"),
        ("H20", "에이치이십"),
        ("B200", "비이백"),
        ("MI325X", "엠아이삼백이십오엑스"),
        ("L40S", "엘사십에스"),
        ("GB300", "지비삼백"),
        ("L4", None),  # a number under ten: "엘사" is a name
        ("B100", None),  # two syllables: "비백" is a word
        ("H0100", None),
        ("Ascend 910C", None),
    ],
)
def test_a_model_numbers_reading_aloud(model: str, reading: str | None) -> None:
    assert spoken_reading(model) == reading


def test_sino_korean_numbers() -> None:
    assert [sino_korean(n) for n in (10, 20, 100, 325, 910, 1000, 2048)] == [
        "십",
        "이십",
        "백",
        "삼백이십오",
        "구백십",
        "천",
        "이천사십팔",
    ]


def test_a_chip_read_aloud_is_the_chip() -> None:
    assert load_index().resolve("에이치백") == "H100"
    text = (
        "◇ 진행자> 엔비디아 칩 얘기부터 해 보죠. ◆ 대담자> 지금 중국에 들어가는 건 "
        "에이치이십 정도입니다. 주력인 에이치백보다 한참 느려요."
    )
    assert set(chips(text)) == {"H20", "H100"}
    # a reading counts where the article speaks of the chips' maker, as other Hangul names
    assert chips("주력인 에이치백보다 한참 느려요.") == []


def test_a_bare_codename_beside_its_lines_quoted_name() -> None:
    text = (
        "엔비디아가 해마다 새 칩을 내놓습니다. 하반기엔 차세대 루빈이 나옵니다. "
        "엔비디아는 '베라 루빈' 플랫폼을 앞세웁니다."
    )
    assert "Rubin" in chips(text)
    assert "Rubin" not in chips(
        "호텔 1층 '루빈 라운지'가 문을 열었다. 루빈에서 차를 마셨다. H100 서버도 있다."
    )


def test_a_word_chip_of_home_make() -> None:
    text = "센터는 엔비디아 H200을 들여오고, 국산 NPU인 아톰으로 추론 구역을 만듭니다."
    assert "ATOM" in chips(text)
    assert "ATOM" in chips("센터는 H100 옆에 토종 AI 칩 아톰을 시험합니다.")
    assert "ATOM" not in chips("센터는 H100 옆에 인텔의 저전력 칩인 아톰을 쓴 서버를 뒀다.")
    assert "ATOM" not in chips("국산 만화 주인공 아톰 카드가 인기다. H100 품귀도 이어진다.")


@pytest.mark.parametrize(
    ("line", "signed"),
    [
        ("(광주에서) MBC뉴스 탁세영입니다.", ("탁세영", "MBC")),
        ("(베이징에서)MBC뉴스 구민서입니다.", ("구민서", "MBC")),
        ("지금까지 (워싱턴에서) YTN 성유나입니다.", ("성유나", "YTN")),
        ("광주에서 MBC뉴스 탁세영입니다.", ("탁세영", "MBC")),
    ],
)
def test_a_sign_off_from_a_place_in_brackets(line: str, signed: tuple[str, str]) -> None:
    assert on_air(line) == signed
