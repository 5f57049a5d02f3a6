"""Session 15, third fix round (r16fix24, dev34's first run): hard-wrapped
text (a PDF dump, a narrow column) rejoined before sentences are split; rule
lines, link lines and a print edition's running head are never the title;
"N세대 TPU" is the TPU the catalogue keys "TPU vN"."""

from __future__ import annotations

import pytest

from summarizer.clean import clean_article
from summarizer.entities import load_index
from summarizer.metadata import is_metadata_line
from summarizer.wrapped_lines import link_line, print_line, rejoin_wrapped, rule_line


def _rejoin(text: str) -> list[str]:
    return [line for line in rejoin_wrapped(text.split("\n"), is_metadata_line) if line]


def test_a_pdf_dump_broken_inside_words_is_rejoined() -> None:
    text = (
        "엔비디아 블랙웰, 추론 서버 판도를 바꾸\n다\n\n"
        "엔비디아는 올해 B200을 내놓으며 데이터센\n터 시장을 넓혔다. 회사\n"
        "는 후속작 B300도 연내 출하한다고 밝\n혔다."
    )
    assert _rejoin(text) == [
        "엔비디아 블랙웰, 추론 서버 판도를 바꾸 다",
        "엔비디아는 올해 B200을 내놓으며 데이터센 터 시장을 넓혔다. 회사는 후속작 B300도"
        " 연내 출하한다고 밝 혔다.",
    ]


def test_a_headline_broken_before_its_particle_is_glued() -> None:
    text = "삼성 HBM4, 엔비디아 검증 통과 소식\n으로 주가 급등\n\n삼성전자\n는 HBM4를 공급한\n다고 밝혔다."
    assert _rejoin(text)[0] == "삼성 HBM4, 엔비디아 검증 통과 소식으로 주가 급등"


def test_a_narrow_column_broken_at_spaces_is_rejoined() -> None:
    column = (
        "메타는 자체 추론 칩 MTIA를 광고\n추천 시스템에 쓰고 있다고 10일\n밝혔다. 회사는 다음 세대 칩을\n"
        "내년 데이터센터에 들일 계획이다.\n\n구글은 TPU v5p를 클라우드에서\n빌려주고 있다."
    )
    assert _rejoin(column) == [
        "메타는 자체 추론 칩 MTIA를 광고 추천 시스템에 쓰고 있다고 10일 밝혔다. 회사는 다음 세대 칩을"
        " 내년 데이터센터에 들일 계획이다.",
        "구글은 TPU v5p를 클라우드에서 빌려주고 있다.",
    ]


def test_lines_that_are_not_wrapped_stay_apart() -> None:
    lines = [
        "AMD, MI355X 출하 개시",
        "칩데일리 | 문서진 기자 | 2025.07.01 09:00",
        "AMD가 MI355X 출하를 시작했다고 1일 밝혔다.",
        "주요 사양",
        "메모리 288GB",
        "공정 3나노",
        "회사는 연내 고객사를 두 배로 늘린다는 목표다.",
    ]
    assert rejoin_wrapped(lines, is_metadata_line) == lines


def test_rule_link_and_print_lines() -> None:
    assert rule_line("────────────────") and rule_line("=========") and rule_line("━━━━")
    assert not rule_line("- 엔비디아 H20 수출 재개")
    assert link_line("Original: https://www.example.co.kr/news/1") and link_line("www.x.com/a")
    assert not link_line("원문은 https://x.kr 에서 볼 수 있다")
    assert print_line("전자신문 2021년 5월 24일 월요일 22면")
    assert print_line("매일경제 2024.03.05 A12면")
    assert not print_line("전자신문 2021년 5월 24일 월요일")  # no page: a date stamp
    assert not print_line("인텔 가우디3, 15면 특집으로 다룬 추론 서버 시장")


def test_a_saved_feed_copy_keeps_its_body_and_headline() -> None:
    page = (
        "Saved from Feedly · 칩데일리 RSS · 2025-07-01\n"
        "Original: https://www.chipdaily.kr/news/1\n"
        "──────────────\n"
        "AMD, MI355X 출하 개시…엔비디아와 정면 승부\n\n"
        "칩데일리 | 문서진 기자 | 2025.07.01 09:00\n\n"
        "AMD가 AI 가속기 MI355X의 출하를 시작했다고 1일 밝혔다. 경쟁 제품은 엔비디아 B300이다.\n\n"
        "──────────────\n★ 읽음 표시 | 태그: 반도체 | 공유\n"
    )
    cleaned = clean_article(page)
    assert cleaned.metadata.title == "AMD, MI355X 출하 개시…엔비디아와 정면 승부"
    assert any("MI355X" in p for p in cleaned.paragraphs)


@pytest.mark.parametrize(
    ("sentence", "chip"),
    [
        ("구글은 2016년 1세대 TPU를 공개했다.", "TPU v1"),
        ("구글의 3세대 TPU는 수냉식이다.", "TPU v3"),
        ("구글의 TPU 2세대는 학습도 한다.", "TPU v2"),
        ("구글 TPU 10세대는 먼 얘기다.", "TPU"),
        ("구글은 7세대 TPU 개발을 마쳤다.", "TPU"),  # keyed by name (Ironwood): the family
        ("구글은 5세대 TPU를 두 종류로 냈다.", "TPU"),  # v5e and v5p: the family
    ],
)
def test_a_numbered_generation_of_tpu(sentence: str, chip: str) -> None:
    keys = [m.key for m in load_index().find(sentence) if m.kind == "chip"]
    assert keys == [chip]
