"""Session 19 (extract_dev65): a codename used for the person it honours or
for a thing named after that person is no chip ("베라 C. 루빈 천문대",
"호퍼상", "블랙웰 메달"); the rows of an HTML data table are read for chips
("<td>Cloud AI 100 Ultra</td>"), a table of servers, phones or prices
yields none."""

from __future__ import annotations

import pytest
from lxml import html as lxml_html
from test_chip_catalogue import chips

from summarizer.chip_traps import is_person
from summarizer.extract import extract_article
from summarizer.page_tables import table_rows


def _span(text: str, name: str) -> tuple[int, int]:
    start = text.index(name)
    return start, start + len(name)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("칠레 베라 C. 루빈 천문대가 자료를 낸다.", "루빈"),
        ("Vera C. Rubin Observatory opened.", "Rubin"),
        ("컴퓨터 과학자 그레이스 M. 호퍼를 기렸다.", "호퍼"),
        ("올해 호퍼상 수상자가 나왔다.", "호퍼"),
        ("블랙웰 메달을 받았다.", "블랙웰"),
        ("통계학의 블랙웰 정리는 유명하다.", "블랙웰"),
        ("루빈 우주망원경으로 찍었다.", "루빈"),
        ("블랙웰 기념관에 들렀다.", "블랙웰"),
        ("the Blackwell Prize went to her", "Blackwell"),
    ],
)
def test_a_codename_naming_a_person_or_a_namesake(text: str, name: str) -> None:
    assert is_person(text, *_span(text, name))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Q. 루빈은 언제 나오나?", "루빈"),  # a Q&A mark, no initial
        ("엔비디아 루빈 상반기 출시", "루빈"),
        ("블랙웰 상위 모델이 팔린다.", "블랙웰"),
        ("블랙웰 대비 루빈이 빠르다.", "루빈"),
        ("블랙웰 효과로 매출이 늘었다.", "블랙웰"),
    ],
)
def test_a_codename_that_stays_the_chip(text: str, name: str) -> None:
    assert not is_person(text, *_span(text, name))


def test_namesakes_beside_real_chips() -> None:
    text = (
        "칠레 베라 C. 루빈 천문대가 자료를 공개했다. 연구진은 엔비디아 GPU 루빈과 B300 칩을 쓴다. "
        "그레이스 M. 호퍼를 기리는 호퍼상과 블랙웰 메달 시상식도 열렸다."
    )
    assert chips(text) == ["Rubin", "B300"]


_TABLE = (
    "<table><tr><th>제품</th><th>메모리</th></tr>"
    "<tr><td>Cloud AI 100 Ultra</td><td>128GB</td></tr>"
    "<tr><td>AI250</td><td>근접 메모리 연산</td></tr></table>"
)


def test_a_data_tables_rows_are_lines() -> None:
    tree = lxml_html.fromstring(f"<html><body>{_TABLE}</body></html>")
    assert table_rows(tree, "") == [
        "제품 | 메모리",
        "Cloud AI 100 Ultra | 128GB",
        "AI250 | 근접 메모리 연산",
    ]


def test_layout_tables_and_chrome_are_no_data_tables() -> None:
    long_cell = "가" * 50
    page = (
        f"<html><body><table><tr><td>{_TABLE}</td><td>메뉴</td></tr></table>"  # a layout table
        f"<table><tr><td>{long_cell}</td><td>1</td></tr><tr><td>a</td><td>b</td></tr></table>"
        "<footer><table><tr><td>주소</td><td>서울</td></tr><tr><td>전화</td><td>02</td></tr></table>"
        "</footer></body></html>"
    )
    rows = table_rows(lxml_html.fromstring(page), "")
    assert rows == ["제품 | 메모리", "Cloud AI 100 Ultra | 128GB", "AI250 | 근접 메모리 연산"]


_PARAGRAPHS = (
    "스마트폰 칩 강자 퀄컴이 데이터센터 추론 칩을 처음 출하했다. 첫 고객은 중동의 AI 기업이다.",
    "퀄컴은 전력 효율을 앞세워 추론 시장의 틈새를 노린다. 회사 측은 소비전력이 낮다고 설명했다.",
    "연산 설계는 노트북 칩에서 가져왔다. 퀄컴 주가는 이날 2% 올랐다.",
)


def _page(table: str) -> str:
    """A news page whose body the page reader finds (header, article, footer)."""
    body = "".join(f"<p>{p}</p>" for p in _PARAGRAPHS[:1]) + table
    body += "".join(f"<p>{p}</p>" for p in _PARAGRAPHS[1:])
    return (
        '<html><body><header><a class="logo" href="/">LOGO</a></header><article>'
        f"<h1>퀄컴, 데이터센터 추론 칩 첫 출하</h1>{body}</article>"
        "<footer><p>Copyright © Logo. All rights reserved.</p></footer></body></html>"
    )


def test_a_spec_tables_chips_are_read() -> None:
    from summarizer.batch import mentions
    from summarizer.entities import load_index

    page = extract_article(_page(_TABLE))
    assert "AI250 | 근접 메모리 연산" in page.asides
    asides = page.asides
    found = {r.entity for r in mentions([], None, load_index(), asides) if r.kind == "chip"}
    assert found == {"Cloud AI 100 Ultra", "AI250"}


def test_a_table_of_servers_phones_and_prices_names_no_chip() -> None:
    from summarizer.batch import mentions
    from summarizer.entities import load_index

    table = (
        "<table><tr><th>제품</th><th>가격</th></tr>"
        "<tr><td>PowerEdge XE9780</td><td>3억원</td></tr>"
        "<tr><td>ProLiant Compute XD685</td><td>2억8000만원</td></tr>"
        "<tr><td>갤럭시 S26 울트라</td><td>179만원</td></tr>"
        "<tr><td>스냅드래곤 8 엘리트 5세대</td><td>A19 프로</td></tr>"
        "<tr><td>삼성전자</td><td>005930</td></tr></table>"
    )
    asides = extract_article(_page(table)).asides
    assert "삼성전자 | 005930" in asides
    assert not [r for r in mentions([], None, load_index(), asides) if r.kind == "chip"]


def test_qualcomms_ai_100_line_by_its_other_spellings() -> None:
    assert chips("퀄컴 AI 100 가속기를 데이터센터에 넣었다.") == ["Cloud AI 100"]
    assert chips("Qualcomm AI 100 Ultra와 퀄컴 AI 250 칩") == ["Cloud AI 100 Ultra", "AI250"]
    assert chips("퀄컴 AI 200과 AI250 칩이 나왔다.") == ["AI200", "AI250"]


def test_a_spaced_number_counting_things_is_no_model() -> None:
    text = "정부는 AI 100대 기업을 뽑았다. 퀄컴 AI 100개 과제도 있다. 엔비디아 H100 칩도 샀다."
    assert chips(text) == ["H100"]
