"""A photo's bare ``ⓒ 이름`` credit under a plain-text caption is no copyright
holder (session 22, r23fold): a caption with a photo tag ("[사진]", "사진
설명:"), a mark without a full stop ("▲ … 전경") or one line picturing a scene
("… 살펴보고 있다."), where the story goes on under the credit. A bare line at
the end of the story stays the outlet's. All texts invented."""

from __future__ import annotations

import pytest

from summarizer.clean import clean_article
from summarizer.photo_credits import photo_credit, rights_holder

_STORY = '회사 관계자는 "수율을 끌어올리는 중"이라고 말했다.'


@pytest.mark.parametrize(
    "caption",
    [
        "3일 연구소 시험 라인에서 연구원이 웨이퍼를 살펴보고 있다.",
        "[사진] 3일 연구소 시험 라인에서 연구원이 웨이퍼를 검사한다.",
        "(사진) 연구원이 웨이퍼를 검사한다",
        "사진 설명: 연구원이 웨이퍼를 검사한다.",
        "▲ 연구소 시험 라인 전경",
        "<연구원들이 새 장비를 옮기는 모습>",
    ],
)
def test_a_bare_credit_under_a_plain_caption_is_a_photo_credit(caption: str) -> None:
    assert photo_credit("ⓒ 모재현", caption, _STORY)
    lines = [caption, "ⓒ 모재현", _STORY, "저작권자 © 칩소식 무단전재 및 재배포 금지"]
    assert rights_holder(lines) == "칩소식"


def test_a_bare_credit_ending_the_story_is_the_outlet() -> None:
    last = "업계는 국산 칩 수요가 늘고 있다."
    assert not photo_credit("ⓒ 칩소식", last, "")
    assert not photo_credit("ⓒ 칩소식", last, "많이 본 뉴스")
    assert rights_holder(["본문이다.", last, "ⓒ 칩소식", "관련기사"]) == "칩소식"
    footer = "이 메일은 칩소식 뉴스레터 구독자께 발송됩니다."
    assert not photo_credit("ⓒ 칩소식", last, footer)
    assert rights_holder([last, "ⓒ 칩소식", footer]) == "칩소식"


def test_a_plain_line_above_that_pictures_nothing_is_no_caption() -> None:
    assert not photo_credit("ⓒ 칩소식", "진행 칩소식 산업부", _STORY)


def test_the_page_keeps_its_copyright_holder_as_publisher() -> None:
    page = "\n".join(
        [
            "칩소식",
            "",
            '국산 NPU 시험 라인 가동…"연말 양산"',
            "입력 2025.11.03 09:40",
            "하도윤 기자",
            "",
            "연구소는 3일 새 시험 라인을 열었다고 밝혔다. 연구진은 연말 양산을 목표로 한다.",
            "",
            "3일 연구소 시험 라인에서 연구원이 웨이퍼를 살펴보고 있다.",
            "ⓒ 모재현",
            "",
            _STORY + " 시험 라인은 하루 200장을 처리한다.",
            "저작권자 © 칩소식 무단전재 및 재배포 금지",
        ]
    )
    meta = clean_article(page).metadata
    assert meta.publisher == "칩소식"
    assert meta.author == "하도윤"
