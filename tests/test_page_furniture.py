"""Issue 13 (dev75): a page's furniture (nav, aside, footer, related and
most-read lists, by role, class or list heading) stays out of the text the
entity index reads; the headline and the body stay."""

from __future__ import annotations

import pytest
from lxml import html as lxml_html

from summarizer.extract import extract_article
from summarizer.page_furniture import LIST_HEAD, furniture, without_furniture

_BODY = (
    "<p>한빛반도체가 새 추론 칩 공급 계약을 맺었다고 2일 밝혔다. 계약 규모는 300억원으로 "
    "올해 하반기부터 데이터센터 고객사에 순차 공급된다.</p>"
    "<p>회사는 엔비디아 H100 대비 전력 효율이 두 배라고 설명했다. 업계는 국산 칩의 "
    "첫 대형 수주라는 점에 주목하고 있다.</p>"
    "<p>회사 관계자는 내년에는 해외 고객사도 늘리겠다고 말했다. 추가 투자 계획은 "
    "하반기에 공개할 예정이다.</p>"
)


def _page(chrome: str) -> str:
    return (
        "<html><head><meta charset='utf-8'><title>한빛반도체, 추론 칩 공급 - 한빛일보</title>"
        "</head><body><div class='top'><a href='/'>한빛일보</a></div>"
        "<h1>한빛반도체, 추론 칩 첫 대형 수주</h1>"
        f"<div class='view_text'>{_BODY}</div>{chrome}</body></html>"
    )


@pytest.mark.parametrize(
    "chrome",
    [
        # a box named by its class
        "<div class='relate_list'><b>함께 보면 좋은 기사</b><a href='/1'>삼성 HBM4 양산</a></div>",
        "<section id='mostViewed'><ol><li><a href='/2'>엔비디아 B300 출하</a></li></ol></section>",
        # elements with the role
        "<aside><h4>인기기사</h4><ul><li><a href='/3'>AMD MI355X 공급</a></li></ul></aside>",
        "<footer>발행인 홍길동 | <a href='/4'>구글 TPU v5p 도입</a></footer>",
        # a list heading, whatever the box is called
        "<div class='box7'><strong>[관련기사]</strong><ul><li><a href='/5'>인텔 가우디 3 출시</a>"
        "</li></ul></div>",
        "<table class='right'><tr><td><b>이 시각 많이 본 뉴스</b></td></tr>"
        "<tr><td>1. <a href='/6'>엔비디아 H200 입고</a></td></tr></table>",
        "<div class='box9'><b>최신기사</b><br>- <a href='/7'>리벨리온 리벨 쿼드 공개</a><br></div>",
        # a breaking-news ticker, by its class or its heading
        "<div class='flash'><ul><li><a href='/8'>엔비디아 B300 공급 부족</a></li></ul></div>",
        "<div class='box3'><strong>속보</strong><ul><li><a href='/8'>AMD MI355X 출하</a></li></ul></div>",
        # the reporter's other articles, under a heading that names the reporter
        "<div class='reporter'><b>홍길동 기자</b><div class='tit'>홍길동 기자의 다른 기사</div>"
        "<ul class='list'><li><a href='/9'>엔비디아 H200 입고</a></li></ul></div>",
    ],
)
def test_furniture_names_no_chip(chrome: str) -> None:
    article = extract_article(_page(chrome))
    text = "\n".join([article.text, *article.asides])
    for chip in ("HBM4", "B300", "MI355X", "TPU v5p", "가우디", "H200", "리벨 쿼드"):
        assert chip not in text
    assert "엔비디아 H100 대비" in article.text  # the body stays
    assert article.title == "한빛반도체, 추론 칩 첫 대형 수주"


def test_the_story_is_never_furniture() -> None:
    # a careless class around the whole story, or a heading word inside a sentence
    page = lxml_html.fromstring(
        "<html><body><div class='wrap sidebar-layout'><h1>헤드라인</h1>"
        f"{_BODY}</div><p>관련기사</p><p>본문이 계속된다.</p></body></html>"
    )
    assert furniture(page) == []
    assert "엔비디아 H100" in without_furniture(page).text_content()


def test_list_headings() -> None:
    for head in (
        "관련기사",
        "[관련 기사]",
        "▶ 이 시각 주요뉴스",
        "많이 본 기사",
        "인기 뉴스 더보기",
        "속보",
        "[뉴스 속보]",
        "홍길동 기자의 다른 기사",
        "이 기자의 최신 기사",
    ):
        assert LIST_HEAD.match(head), head
    for line in (
        "관련 기사에 따르면 수요가 늘었다",
        "주요 고객사",
        "많이 본 영화",
        "속보로 전해진 소식",
        "홍길동 기자의 다른 기사에 따르면",
    ):
        assert not LIST_HEAD.match(line), line


def test_metadata_still_reads_the_whole_page() -> None:
    # the footer names the outlet; the related box is gone from the text only
    page = _page(
        "<div class='related'><a href='/1'>엔비디아 B300 출하</a></div>"
        "<footer>Copyright ⓒ 한빛일보. All rights reserved.</footer>"
    )
    article = extract_article(page)
    assert "B300" not in article.text
    assert article.publisher == "한빛일보"
