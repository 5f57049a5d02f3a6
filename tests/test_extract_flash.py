"""A news flash page: one dated sentence is an article; a login wall is not."""

import pytest

from summarizer.extract import NoArticleError, extract_article

FLASH = """<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8">
<title>[속보] 한빛반도체, 신형 NPU 양산 착수 - 한빛경제</title>
<meta property="article:published_time" content="2026-03-05T09:12:00+09:00"></head>
<body><header><a class="logo" href="/">한빛경제</a><nav><a>경제</a> <a>IT</a></nav></header>
<article><h1>[속보] 한빛반도체, 신형 NPU 양산 착수</h1>
<div class="info">입력 2026-03-05 09:12 · 오하늘 기자</div>
<p>한빛반도체가 5일 신형 NPU의 양산에 들어갔다고 밝혔다. 첫 물량은 다음 달 나간다.</p>
</article><footer>ⓒ 한빛경제 무단 전재 및 재배포 금지</footer></body></html>"""

UNDATED = FLASH.replace(
    '<meta property="article:published_time" content="2026-03-05T09:12:00+09:00">', ""
).replace("입력 2026-03-05 09:12 · ", "")


def test_a_dated_flash_is_an_article() -> None:
    page = extract_article(FLASH, "http://127.0.0.1/news/1")
    assert page.title == "[속보] 한빛반도체, 신형 NPU 양산 착수"
    assert page.published == "2026-03-05"
    assert "양산에 들어갔다" in page.text


def test_a_short_page_without_a_date_holds_no_article() -> None:
    with pytest.raises(NoArticleError):  # a login wall or a teaser states no date
        extract_article(UNDATED, "http://127.0.0.1/news/1")
