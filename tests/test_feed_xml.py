"""A feed's XML saved as an article is read as the item it carries."""

from summarizer.clean import clean_article
from summarizer.feed_xml import feed_item, is_feed

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
<title>칩타임즈 - 전체기사</title>
<item>
<title>삼성전자, HBM4 샘플 공급 시작</title>
<link>https://chiptimes.example.kr/news/1</link>
<dc:creator><![CDATA[여민호 기자]]></dc:creator>
<pubDate>Mon, 02 Jun 2025 22:30:00 +0900</pubDate>
<description><![CDATA[<p>삼성전자가 HBM4 샘플을 고객사에 보냈다고 2일 밝혔다.</p><p>양산은 하반기다.</p>]]></description>
</item>
</channel>
</rss>
"""

ATOM = """<feed xmlns="http://www.w3.org/2005/Atom">
<title>반도체노트</title>
<entry><title>AMD, MI355X 출하</title>
<link href="https://note.example.com/a/9"/>
<published>2025-06-12T08:00:00Z</published>
<updated>2025-06-13T08:00:00Z</updated>
<author><name>Mina Park</name></author>
<summary>AMD가 MI355X 출하를 시작했다.</summary>
</entry></feed>
"""


def test_rss_item_fields_not_markup() -> None:
    item = feed_item(RSS)
    assert item is not None
    assert item.channel == "칩타임즈 - 전체기사"
    assert item.title == "삼성전자, HBM4 샘플 공급 시작"
    assert item.author == "여민호"  # the role word dropped
    assert item.published == "2025-06-02"  # RFC 822, as stated in its own zone
    assert item.link == "https://chiptimes.example.kr/news/1"
    assert "하반기다." in item.text and "<p>" not in item.text


def test_atom_entry_published_not_updated() -> None:
    item = feed_item(ATOM)
    assert item is not None
    assert (item.author, item.published, item.title) == (
        "Mina Park",
        "2025-06-12",
        "AMD, MI355X 출하",
    )
    assert item.link == "https://note.example.com/a/9"


def test_rss_author_mail_with_name_and_desk_word() -> None:
    with_mail = RSS.replace(
        "<dc:creator><![CDATA[여민호 기자]]></dc:creator>", "<author>m@x.kr (여민호)</author>"
    )
    assert (item := feed_item(with_mail)) is not None and item.author == "여민호"
    desk = RSS.replace("여민호 기자", "관리자")
    assert (item := feed_item(desk)) is not None and item.author is None


def test_clean_article_reads_the_item() -> None:
    article = clean_article(RSS)
    meta = article.metadata
    assert (meta.title, meta.author, meta.published) == (
        "삼성전자, HBM4 샘플 공급 시작",
        "여민호",
        "2025-06-02",
    )
    assert article.paragraphs[0].startswith("삼성전자가 HBM4 샘플을")
    assert not any("<" in block for block in article.paragraphs)


def test_not_a_feed() -> None:
    assert not is_feed("<html><body><item>x</item></body></html>")
    assert not is_feed("삼성전자, <rss> 태그 설명\n본문")
    assert feed_item("pubDate: Mon, 02 Jun 2025 22:30:00 +0900") is None
