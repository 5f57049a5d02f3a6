"""Session 16, second round: chips a pasted or saved page names outside its
paragraphs (related headlines, a report's short points, a sub-headline), a
common word listed beside its maker's other chip, a model's line word."""

from __future__ import annotations

from lxml import html as lxml_html

from summarizer.batch import mentions
from summarizer.chip_discovery import series_after
from summarizer.clean import clean_article
from summarizer.entities import load_index
from summarizer.page_asides import page_asides, with_asides

_APP_COPY = """한빛경제
한울반도체, 차세대 패키징 라인 증설
입력 2026.04.01 09:00
기사원문
윤다온 기자

[한빛경제 윤다온 기자] 한울반도체가 충남 천안 공장의 패키징 라인을 두 배로 늘린다고 1일 밝혔다.

회사는 하반기부터 HBM3E 적층 물량을 받는 고객사를 두 곳 더 늘릴 계획이라고 설명했다.

Copyright ⓒ 한빛경제. 무단 전재 및 재배포 금지.

같이 보면 좋은 뉴스
· 엔비디아 "GB300 공급 순항"
· 갤럭시 S26 사전예약 첫날 40만대"""


def _chips(text: str, asides: tuple[str, ...] = ()) -> set[str]:
    rows = mentions([], None, load_index(), [text, *asides])
    return {row.entity for row in rows if row.kind == "chip"}


def test_lines_outside_the_paragraphs_are_asides() -> None:
    cleaned = clean_article(_APP_COPY)
    assert '· 엔비디아 "GB300 공급 순항"' in cleaned.asides  # past the footer
    assert not any("GB300" in p for p in cleaned.paragraphs)  # never a sentence
    assert not any("HBM3E 적층" in a for a in cleaned.asides)  # a paragraph's line


def test_asides_are_read_for_chips_only_once() -> None:
    index = load_index()
    asides = ('엔비디아 "GB300 공급 순항"', "GB300 랙 출하", "갤럭시 S26 사전예약 첫날 40만대")
    rows = mentions([], None, index, asides)
    assert [(r.entity, r.sentence_idx) for r in rows] == [("GB300", -1)]


def test_a_page_names_its_sub_headline_and_related_headlines() -> None:
    page = (
        "<html><body><h1>화웨이, 신제품 공급</h1><h2>H20 빈자리 노린다…점유율 확대</h2>"
        "<p>본문 첫 문장이다.</p><ul><li>로그인</li>"
        "<li>인텔, 가우디 3 가격 인하 단행</li><li>이 기사는 본문에 있는 문장입니다.</li>"
        "</ul></body></html>"
    )
    tree = lxml_html.fromstring(page)
    asides = page_asides(tree, "본문 첫 문장이다.")
    assert asides == ["H20 빈자리 노린다…점유율 확대", "인텔, 가우디 3 가격 인하 단행"]
    assert with_asides("본문", asides).split("\n\n")[1:] == asides
    assert with_asides("본문", []) == "본문"


def test_a_report_point_names_its_chips() -> None:
    report = (
        "한울: 수주가 늘어난다\n\n■ 핵심\n1) 신규 수주 2분기 1,200억원 추정. HBM3E 증설 영향\n"
        "2) GB200·B200 수요로 증설 지속\n\n■ 추정\n영업이익 5,400억원 전망. LPDDR5X 물량도 증가"
    )
    cleaned = clean_article(report)
    assert {"GB200", "B200", "LPDDR5X"} <= _chips(" ".join(cleaned.paragraphs), cleaned.asides)


def test_a_common_word_listed_with_its_makers_chip() -> None:
    text = (
        "텐스토렌트는 신형 칩 블랙홀을 공개했다. 기존 고객은 웜홀 또는 블랙홀 서버를 고를 수 있다."
    )
    assert {"Wormhole", "Blackhole"} <= _chips(text)
    assert "Wormhole" not in _chips("우주의 웜홀 또는 블랙홀 이론을 다룬 책이 나왔다.")


def test_a_models_line_word_keeps_the_model() -> None:
    text = "중국향 MI308X 계열 제품은 허가가 필요하고 MI400 시리즈도 심사를 받는다."
    assert not series_after(text, text.index(" 계열"))
    assert series_after(text, text.index(" 시리즈"))
    assert "MI308X" in _chips("AMD " + text)


def test_an_aside_adds_only_named_chips_the_body_lacks() -> None:
    assert _chips("", ("AWS, 트레이니엄 서울 리전 확대",)) == set()  # a bare brand
    index = load_index()
    rows = mentions([], "엔비디아 H100 공급 확대", index, ("H100 임대료 하락", "AMD MI325X 출하"))
    assert [(r.entity, r.sentence_idx) for r in rows] == [("H100", -1), ("MI325X", -1)]


def test_an_html_page_keeps_its_asides_apart_from_its_body() -> None:
    from summarizer.extract import extract_article

    body = "".join(
        f"<p>화웨이가 새 가속기를 {i}곳에 공급한다고 밝혔다. 수요가 늘고 있다.</p>"
        for i in range(6)
    )
    page = (
        "<html><body><article><h1>화웨이, 신제품 공급</h1><h2>H20 빈자리 노린다…점유율 확대</h2>"
        f"{body}</article><aside><ul><li>인텔, 가우디 3 가격 인하 단행</li></ul></aside></body></html>"
    )
    extracted = extract_article(page)
    assert "가우디 3" not in extracted.text
    assert "H20 빈자리 노린다…점유율 확대" in extracted.ingest_text  # the sub-headline
    # an <aside> list is page furniture since dev75: no aside, no chip (issue 13)
    assert "가우디 3" not in extracted.ingest_text
