"""Chip rules of the seventh extraction round (issue 13, blind set dev7)."""

import pytest

from summarizer.analysis import analyse_paragraphs
from summarizer.clean import HEADING, PARAGRAPH, clean_article
from summarizer.entities import load_index


def article_chips(*paragraphs: str) -> set[str]:
    index = load_index()
    sentences = [(s.text, s.tokens) for s in analyse_paragraphs(list(paragraphs))]
    return {m.key for ms in index.article_mentions(sentences) for m in ms if m.kind == "chip"}


PAGE = """칩데스크
구글 TPU 10년 연표
2025-08-01 10:00
문가람 기자

구글이 자체 AI 칩을 만든 지 10년이 됐다. 주요 장면을 순서대로 정리했다.

▶2016년 - TPU v1 공개
▶2018년 - 학습용 TPU v3 발표
▶관련기사 구글, 새 데이터센터 착공

업계는 다음 세대 칩의 성능에 주목한다고 전했다.

문가람 기자 garam@chipdesk.kr
- 구글 TPU 로드맵 총정리
- 엔비디아 H200 공급 확대
"""


def test_a_list_inside_the_body_is_text_and_a_list_after_it_is_not() -> None:
    blocks = clean_article(PAGE).blocks
    kinds = {b.text: b.kind for b in blocks}
    assert kinds["▶2016년 - TPU v1 공개"] == PARAGRAPH
    assert kinds["▶2018년 - 학습용 TPU v3 발표"] == PARAGRAPH
    # an item that links away stays a heading; the related links at the end go
    assert kinds.get("▶관련기사 구글, 새 데이터센터 착공", HEADING) == HEADING
    assert not any("H200" in b.text for b in blocks)


def test_a_single_item_is_no_list() -> None:
    page = PAGE.replace("▶2018년 - 학습용 TPU v3 발표\n", "")
    kinds = {b.text: b.kind for b in clean_article(page).blocks}
    assert kinds["▶2016년 - TPU v1 공개"] == HEADING


def test_a_short_model_after_its_family_name_needs_no_chip_talk() -> None:
    assert "MTT S80" in article_chips("게이밍용 MTT S80도 꾸준히 팔린다.")
    assert "MTT S80" not in article_chips("게이밍용 S80도 꾸준히 팔린다.")


def test_korean_names_of_start_up_chips_need_their_vendor() -> None:
    assert "Corsair" in article_chips("디매트릭스의 코르세어가 출하를 시작했다.")
    assert "Sohu" in article_chips("이치드는 소후를 앞세워 투자를 유치했다.")
    # a gaming brand, a Chinese portal, a word: not chips without the vendor
    assert article_chips("코르세어 키보드가 게이머 사이에서 인기다.") == set()
    assert article_chips("중국 포털 소후의 AI 칩 기사가 화제다.") == set()
    assert article_chips("보디 1을 닦고 칩을 붙였다.") == set()
    assert "Bodhi 1" in article_chips("크루트림은 자체 AI 칩 보디 1을 내놓는다.")


def test_automotive_and_lab_chips() -> None:
    assert "EyeQ6 High" in article_chips("모빌아이는 자율주행 칩 EyeQ6 High를 공급한다.")
    assert "AB9" in article_chips("ETRI가 설계한 NPU AB9은 전력이 1W 수준이다.")
    assert "AB9" not in article_chips("AB9 등급 강판을 썼다.")


@pytest.mark.parametrize(
    "items",
    [
        ["1) 2016년 TPU v1 공개", "2) 2018년 학습용 TPU v3 발표"],
        ["2016년 - TPU v1 공개", "2018년 - 학습용 TPU v3 발표"],
        ["2016.05 TPU v1 공개", "2018.05 학습용 TPU v3 발표"],
        ["① TPU v1 공개", "② 학습용 TPU v3 발표"],
    ],
)
def test_numbered_and_dated_lists_inside_the_body_are_text(items: list[str]) -> None:
    lines = "\n".join(items)
    page = f"구글 TPU 10년\n2025-08-01 10:00\n\n{BODY_LEAD}\n\n{lines}\n\n{BODY_END}\n"
    blocks = clean_article(page).blocks
    assert [b.kind for b in blocks if "TPU v" in b.text] == [PARAGRAPH, PARAGRAPH]


BODY_LEAD = "구글이 자체 AI 칩을 만든 지 10년이 됐다고 업계가 전했다."
BODY_END = "업계는 다음 세대 칩의 성능에 주목한다고 전했다."


def test_korean_spellings_of_edge_and_start_up_chips() -> None:
    chips = article_chips("하일로의 하일로-8과 하일로-10H, 그래프코어의 콜로서스 MK2를 비교했다.")
    assert {"Hailo-8", "Hailo-10H", "GC200"} <= chips
