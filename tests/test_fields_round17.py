"""Round seventeen (dev28/dev30's first runs): photo-story captions, field
roles, translators credited alone, feed, issue and outlet date lines."""

from __future__ import annotations

from summarizer.captions import is_story_caption, story_captions, with_captions
from summarizer.credit_lines import credit_fields
from summarizer.extract import extract_article
from summarizer.last_fields import last_author, last_date
from summarizer.metadata import extract_metadata
from summarizer.page_meta import parse_page

_STORY = (
    "<html><body><h1>[화보] 항구의 새벽</h1><p>사진·글=노은결 기자</p>"
    "<figure><img src='a.jpg'><figcaption>새벽 부두에서 크레인이 컨테이너를 옮기고 있다."
    " 하루 4천 개가 오간다.</figcaption></figure>"
    "<figure><figcaption>부두 전경. [항만공사 제공]</figcaption></figure>"
    '<p>항만 관계자는 "물동량이 작년보다 늘었다"고 말했다. 올해 목표도 높였다.</p>'
    "</body></html>"
)


def test_story_captions_are_prose_labels_are_not() -> None:
    assert is_story_caption("작업자가 칩을 옮기고 있다. 이 공장은 인력을 늘렸다.")
    assert not is_story_caption("리사 수 CEO가 칩을 소개하고 있다. 사진=AMD")
    assert not is_story_caption("삼성전자가 양산 중인 HBM4. 삼성전자 제공")
    assert not is_story_caption("야간 라인을 점검하고 있다.")  # one line under a picture


def test_story_captions_go_before_the_next_paragraph() -> None:
    tree = parse_page(_STORY)
    assert tree is not None
    captions = story_captions(tree)
    assert [c for c, _ in captions] == [
        "새벽 부두에서 크레인이 컨테이너를 옮기고 있다. 하루 4천 개가 오간다."
    ]
    body = with_captions('첫 줄\n\n항만 관계자는 "물동량이 작년보다 늘었다"고 말했다.', captions)
    assert body.split("\n\n")[1].startswith("새벽 부두에서")


def test_html_column_signature_is_the_name() -> None:
    page = (
        "<html><head><title>[시론] 항만 자동화의 속도</title></head><body>"
        "<h1>[시론] 항만 자동화의 속도</h1><div class='article_txt'>"
        + "".join(
            f"<p>항만 자동화 {n}단계는 더 빨라져야 한다. 인력과 장비가 함께 바뀌어야 한다.</p>"
            for n in range(6)
        )
        + "<p class='writer'>한도윤 바다대학교(BU) 물류학과 교수</p></div></body></html>"
    )
    assert extract_article(page).author == "한도윤"


def test_field_role_signature() -> None:
    assert credit_fields("오유담 여행칼럼니스트") == ("오유담", None, None)
    assert credit_fields("오유담 와인 평론가")[0] == "오유담"


def test_translator_credited_alone() -> None:
    assert last_author(["본문이다.", "번역=강다솜 기자"]) == "강다솜"
    assert last_author(["Translated by Mira Stone"]) == "Mira Stone"
    lines = ["제목 한 줄", "이하람 기자", "본문이다. 본문이다.", "번역=강다솜 기자"]
    assert extract_metadata(lines).author == "이하람"  # a writer credited wins


def test_feed_issue_and_outlet_date_lines() -> None:
    assert last_date(["link: x", "pubDate: Tue, 03 Mar 2026 10:00:00 +0900"]) == "2026-03-03"
    assert last_date(["월간 바다", "제41호 · 2026년 3월 2일 발행"]) == "2026-03-02"
    assert last_date(["제목", "경향신문 2026.11.02 09:00"]) == "2026-11-02"
    assert last_date(["제목", "김철수 2026.11.02 09:00"]) is None  # a name is no outlet
    assert last_date(["제41호 특집: 2026년 전망"]) is None
