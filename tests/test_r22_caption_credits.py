"""Session 22 (issue 13, dev83 f05): a photo caption that ends on a staff
photographer's credit ("… 서버실. 이름 선임기자 mail", "… 있다. /이름 기자")
names the photographer, not the writer: the byline wins, the credit only
signs a page no byline signs."""

from summarizer.caption_lines import photographer, staff_credit
from summarizer.clean import clean_article
from summarizer.credit_lines import credit_byline
from summarizer.page_meta import page_byline, parse_page
from summarizer.photo_credits import late_writer


def test_a_caption_ending_on_a_staff_credit() -> None:
    assert staff_credit("부산의 한 물류센터 창고. 오세린 선임기자") == "오세린"
    assert staff_credit("부산의 한 물류센터 창고. 오세린 선임기자 serin@paper.co.kr") == "오세린"
    assert staff_credit("부품을 고르는 작업자. /오세린 기자") == "오세린"
    assert staff_credit("작업자가 부품을 고르고 있다. 오세린 사진기자") == "오세린"
    assert staff_credit("▲ 창고에 쌓인 서버 부품. 오세린 기자") == "오세린"


def test_bylines_are_no_staff_credit() -> None:
    assert staff_credit("오세린 기자") is None
    assert staff_credit("오세린 기자 serin@paper.co.kr") is None
    assert staff_credit("글. 오세린 기자") is None  # a writer's label, one word
    assert staff_credit("전망이 나온다. 새벽경제 오세린 기자") is None  # the outlet's byline
    assert staff_credit("부산의 한 물류센터 창고 오세린 기자") is None  # no full stop


def test_the_byline_reader_refuses_the_staff_credit() -> None:
    assert credit_byline("부산의 한 물류센터 창고. 오세린 선임기자") is None
    byline = credit_byline("오세린 기자 serin@paper.co.kr")
    assert byline is not None and byline.author == "오세린"


def test_a_caption_credit_signs_only_an_unsigned_page() -> None:
    signed = [
        "부산의 한 물류센터 창고. 오세린 기자",
        "",
        "본문이다.",
        "",
        "하도윤(doyun@paper.co.kr)",
    ]
    assert late_writer(signed) == "하도윤"
    assert (
        late_writer(["▲ 창고에 쌓인 서버 부품. 오세린 기자", "", "본문 없이 사진만 있다"])
        == "오세린"
    )


_PAGE = """<html><body><header><div class="logo">새벽경제</div></header>
<article><h1>물류센터에 AI 서버 들어선다</h1><p>등록 2026-02-03 06:00</p>
<figure><img src="a.jpg"><figcaption>부산의 한 물류센터 창고. 오세린 선임기자
serin@paper.co.kr</figcaption></figure>
<p>한 물류 회사가 창고 한쪽에 AI 서버실을 만든다고 밝혔다. 회사는 분류 작업에 드는 시간을
절반으로 줄이겠다고 했다.</p><p class="byline">하도윤 기자 doyun@paper.co.kr</p></article>
<footer>ⓒ 새벽경제</footer></body></html>"""

_PHOTO_PAGE = """<html><body><article><h1>[포토] 창고의 밤</h1>
<figure><img src="a.jpg"><figcaption>창고에 쌓인 서버 부품. 오세린 기자</figcaption></figure>
<p>본문 없이 사진 한 장이 실렸다.</p></article></body></html>"""

_SLASH = """<html><body><article><h1>물류센터에 AI 서버 들어선다</h1>
<div class="photo"><p class="caption">서버를 옮기는 직원. /오세린 기자</p></div>
<p class="byline">하도윤 기자</p><p>한 물류 회사가 창고 한쪽에 AI 서버실을 만든다고 밝혔다.</p>
</article></body></html>"""


def test_the_page_byline_is_not_the_caption_credit() -> None:
    for page in (_PAGE, _SLASH):
        tree = parse_page(page)
        assert tree is not None
        byline = page_byline(tree)
        assert byline is not None and byline.author == "하도윤"


def test_a_photo_page_is_signed_by_its_caption() -> None:
    tree = parse_page(_PHOTO_PAGE)
    assert tree is not None
    byline = page_byline(tree)
    assert byline is not None and byline.author == "오세린" and byline.publisher is None


def test_a_text_page_reads_the_bottom_byline() -> None:
    text = (
        "물류센터에 AI 서버 들어선다\n입력 2026.02.03 06:00\n\n"
        "한 물류 회사가 창고 한쪽에 AI 서버실을 만든다고 밝혔다.\n\n"
        "부산의 한 물류센터 창고. 오세린 선임기자\n\n"
        "회사는 분류 작업에 드는 시간을 절반으로 줄이겠다고 했다.\n\n"
        "하도윤 기자 doyun@paper.co.kr\nⓒ 새벽경제, 무단 전재 및 재배포 금지\n"
    )
    assert clean_article(text).metadata.author == "하도윤"


def test_a_photographer_credited_on_a_line_of_its_own() -> None:
    assert photographer("사진=오세린 기자") == "오세린"
    assert photographer("촬영=오세린 기자") == "오세린"
    assert photographer("[사진=오세린 기자]") is None  # an inline credit, no signature
    assert photographer("오세린 사진기자 serin@paper.co.kr") == "오세린"
    assert photographer("사진=새벽물류") is None  # a company's handout, no person
    assert photographer("오세린 기자") is None
    text = (
        "물류센터에 AI 서버 들어선다\n입력 2026.02.03 06:00\n\n"
        "한 물류 회사가 창고 한쪽에 AI 서버실을 만든다고 밝혔다.\n\n"
        "부산의 한 물류센터 창고.\n{credit}\n\n"
        "회사는 분류 작업에 드는 시간을 절반으로 줄이겠다고 했다.\n\n"
        "{byline}ⓒ 새벽경제, 무단 전재 및 재배포 금지\n"
    )
    for credit in ("사진=오세린 기자", "오세린 사진기자"):
        signed = text.format(credit=credit, byline="하도윤 기자 doyun@paper.co.kr\n")
        assert clean_article(signed).metadata.author == "하도윤"
        assert clean_article(text.format(credit=credit, byline="")).metadata.author == "오세린"
