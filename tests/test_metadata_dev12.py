"""Metadata rules of round eleven from the blind set dev12 (issue 13;
r13fix9): the reporter an anchor introduces, writers each with a role after
a dateline, a broadcaster's programme line."""

from __future__ import annotations

import pytest
from test_metadata_layouts import meta

from summarizer.anchor_intro import introduced_reporter
from summarizer.bylines import read_byline

HEADLINE = "엔비디아, 새 AI 칩 공개…공급 늘린다"
REPORT = "엔비디아가 새 AI 칩을 공개했습니다. 업계는 공급이 늘 것으로 봅니다."


def _script(anchor: str, *, marker: str = "[앵커]", tail: str = "") -> str:
    return f"{HEADLINE}\n\n입력 2026.05.12 21:14\n\n{marker}\n{anchor}\n\n[기자]\n{REPORT}\n{tail}"


@pytest.mark.parametrize(
    ("anchor", "marker", "expected"),
    [
        ("새 칩 소식입니다. 최윤정 기자입니다.", "<앵커>", "최윤정"),
        ("새 칩 소식입니다. 한지호 기자가 보도합니다.", "[앵커]", "한지호"),
        ("새 칩 소식입니다. 워싱턴 박서윤 특파원이 전해드립니다.", "◀ 앵커 ▶", "박서윤"),
        ("새 칩 소식입니다. 장세혁 기자가 현장에 다녀왔습니다.", "【 앵커멘트 】", "장세혁"),
        ("새 칩 소식입니다. 김하린 기자의 보도입니다.", "[앵커]", "김하린"),
        ("도쿄 연결합니다. 박서윤 특파원!", "◀ 앵커 ▶", "박서윤"),
        ("현장에 나가 있는 정다온 기자 연결합니다.", "[앵커]", "정다온"),
    ],
)
def test_the_reporter_an_anchor_introduces_is_the_byline(
    anchor: str, marker: str, expected: str
) -> None:
    assert meta(_script(anchor, marker=marker)).author == expected


def test_an_anchor_line_with_its_text_on_the_same_line() -> None:
    lines = ["앵커: 새 칩 소식입니다. 정아연 기자입니다.", "", "기자: 엔비디아가 …"]
    assert introduced_reporter(lines) == "정아연"


@pytest.mark.parametrize(
    "anchor",
    [
        "안녕하십니까, 뉴스데스크 김주하입니다. 새 칩 소식입니다.",  # the anchor's own name
        "새 칩 소식입니다. 지금까지 경제 단신이었습니다. 진행에 윤서아였습니다.",
        "새 칩 소식입니다. 취재 기자가 보도합니다.",  # a word, not a name
        "현장에 나가 있는 기자 연결합니다.",
    ],
)
def test_no_reporter_without_an_introduction(anchor: str) -> None:
    assert meta(_script(anchor)).author is None


def test_an_interviewee_or_prose_is_no_introduction() -> None:
    interview = "[김형준/반도체 산업 연구위원 : 김민수 기자입니다.]"
    assert introduced_reporter(["[앵커]", interview]) is None
    assert introduced_reporter(["앵커가 말했다. 김민수 기자입니다."]) is None


def test_the_sign_off_wins_over_the_introduction() -> None:
    text = _script("새 칩 소식입니다. 최윤정 기자입니다.", tail="\nKBS 뉴스 한서진입니다.")
    assert meta(text).author == "한서진"


@pytest.mark.parametrize(
    ("line", "author", "outlet"),
    [
        ("실리콘밸리=김도현 특파원/서민재 기자 kimdh@hankyung.com", "김도현·서민재", None),
        ("[한국경제 뉴욕=김도현 특파원 서민재 기자]", "김도현·서민재", "한국경제"),
        ("[매체 뉴욕=김도현 특파원/서민재 기자]", "김도현·서민재", "매체"),
        ("(뉴욕=연합뉴스) 김도현 특파원 서민재 기자 =", "김도현·서민재", "연합뉴스"),
        ("뉴욕=김도현/서민재 특파원", "김도현·서민재", None),
        ("구하림 기자 노재윤 기자 이하나 기자", "구하림·노재윤·이하나", None),
        ("[서울=뉴시스] 김민수 이영희 기자 =", "김민수 이영희", "뉴시스"),  # as printed
    ],
)
def test_writers_each_with_a_role_after_a_dateline(
    line: str, author: str, outlet: str | None
) -> None:
    byline = read_byline(line)
    assert byline is not None and (byline.author, byline.publisher) == (author, outlet)


def test_a_broadcasters_programme_line_is_no_bilingual_masthead() -> None:
    text = (
        f"MBC 뉴스데스크\n{HEADLINE}\n\n등록 2026-06-03 20:31\n\n{REPORT}\n\nⓒ MBC&iMBC 무단 전재"
    )
    assert meta(text).publisher == "MBC"


@pytest.mark.parametrize(
    ("first", "outlet"),
    [("SBS 8뉴스", "SBS"), ("KBS 뉴스9", "KBS"), ("SBS Biz", "SBS Biz")],
)
def test_a_programme_line_above_the_headline_names_its_broadcaster(first: str, outlet: str) -> None:
    # the programme line alone names the outlet: no copyright line below
    text = f"{first}\n{HEADLINE}\n\n작성 2025.12.09 20:42 수정 2025.12.09 21:05\n\n{REPORT}"
    assert meta(text).publisher == outlet
