"""Article text and metadata out of a web page (no fetching here).

Decoding follows what a browser would do for a Korean page: a byte-order
mark wins, then the charset the server or the page declares, then strict
UTF-8, then strict CP949 (the superset of EUC-KR). The article body and the
page's metadata (``og:title``, ``og:site_name``, ``article:published_time``,
``author`` …) come from trafilatura, which is given the decoded HTML and never
fetches anything itself.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from .author_parts import without_outlets, writers_joined
from .broadcast import outlet_called
from .byline_words import MAIL, OUTLET_NAME, WRITER_CREDIT
from .columnists import column_author
from .late_credits import credited_source
from .odd_pages import desk_name, is_portal
from .odd_publishers import outlet_field
from .outlet_domains import known_outlets, korean_name, outlet_of_host
from .reprints import AGENCIES
from .site_names import korean_newsroom, site_without_tagline
from .text import HTML_SUFFIXES as HTML_SUFFIXES  # re-exported (defined where start-up reads it)
from .text import DecodeError, normalize
from .wrapper_people import platform_site

if TYPE_CHECKING:
    from lxml.html import HtmlElement

_META_CHARSET = re.compile(rb"""<meta[^>]+?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""", re.I)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)
# Korean pages declare these for what is in practice CP949.
_CP949_NAMES = {"euc-kr", "euckr", "ks_c_5601-1987", "ks_c_5601", "ksc5601", "x-windows-949", "uhc"}
_SITE_META = (
    "//meta[@property='og:site_name']/@content",
    "//meta[@name='og:site_name']/@content",
    "//meta[@name='application-name']/@content",
)
_AUTHOR_META = (
    "//meta[@name='author']/@content",
    "//meta[@property='article:author']/@content",
    "//meta[@property='dable:author']/@content",
    "//meta[@name='byl']/@content",
    "//meta[@name='dc.creator']/@content",
)
_DATELINE = re.compile(r"^[^\s=]{1,10}\s*=\s*")  # "도쿄=류호"
_REPORTER = re.compile(r"\s*(?:기자|특파원|선임기자|객원기자)\s*$")
_EMAIL = re.compile(MAIL)
_KOREAN = re.compile(r"[가-힣]{2,}")
# "news.mt.co.kr": trafilatura's site name when the page states none (the
# canonical link's host), a domain and not a name the page prints
_HOST_NAME = re.compile(r"^(?:www\.)?(?:[a-z0-9-]+\.)+[a-z]{2,}$", re.I)
# Below this many characters of body text a page holds no article (a login
# wall, an index page, an error page served with status 200).
MIN_ARTICLE_CHARS = 200
# A page that states its publication date holds an article from this many
# characters of Korean prose: a news flash (속보, 단신) or a photo story's
# caption is often one sentence.
MIN_FLASH_CHARS = 40


class NoArticleError(ValueError):
    """The page holds no article text."""


@dataclass(frozen=True)
class ExtractedArticle:
    """An article's body text (paragraphs separated by blank lines) and the
    metadata the page states; ``None`` where it states nothing."""

    text: str
    title: str | None = None
    publisher: str | None = None
    author: str | None = None
    published: str | None = None  # YYYY-MM-DD
    url: str | None = None
    # the page's sub-headline and list lines the body lacks: read for chips
    asides: tuple[str, ...] = ()

    @property
    def ingest_text(self) -> str:
        """What ingest stores: the body, then the aside lines (the cleaner
        keeps them out of the paragraphs and reads them for chips only)."""
        from .page_asides import with_asides

        return with_asides(self.text, list(self.asides))

    def overrides(self) -> dict[str, str | None]:
        """The metadata as :meth:`summarizer.corpus.Corpus.add_text` overrides."""
        return {
            "title": self.title,
            "publisher": self.publisher,
            "author": self.author,
            "published": self.published,
            "url": self.url,
        }


def looks_like_html(text: str) -> bool:
    head = text[:1000].lstrip().lower()
    return head.startswith(("<!doctype html", "<html")) or (
        "<html" in head or "<body" in head or "<head" in head
    )


def declared_charset(data: bytes) -> str | None:
    """The charset a page declares in its first 4 KB (``<meta charset>``,
    ``http-equiv`` or an XML declaration)."""
    head = data[:4096]
    match = _XML_ENCODING.search(head) or _META_CHARSET.search(head)
    return match.group(1).decode("ascii").lower() if match else None


def _codec(name: str | None) -> str | None:
    if not name:
        return None
    name = name.strip().strip("\"'").lower()
    if name in _CP949_NAMES:
        return "cp949"
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def decode_html(data: bytes, charset: str | None = None) -> str:
    """Decode a page: BOM, then ``charset`` (from the HTTP header), then the
    page's own declaration, then UTF-8, then CP949. Raises
    :class:`DecodeError` for binary data or bytes no candidate decodes."""
    if data.startswith(codecs.BOM_UTF8):
        try:
            return data[3:].decode("utf-8")
        except UnicodeDecodeError as exc:
            raise DecodeError(f"broken UTF-8: {exc.reason}") from exc
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise DecodeError(f"broken UTF-16: {exc.reason}") from exc
    if b"\x00" in data[:4096]:
        raise DecodeError("binary data, not a web page")
    tried: list[str] = []
    for candidate in (charset, declared_charset(data), "utf-8", "cp949"):
        codec = _codec(candidate)
        if codec is None or codec in tried:
            continue
        tried.append(codec)
        try:
            return data.decode(codec)
        except UnicodeDecodeError:
            continue
    raise DecodeError(f"not text in any of {', '.join(tried)}")


def extract_article(html: str, url: str | None = None) -> ExtractedArticle:
    """Body and metadata of one article page. Raises :class:`NoArticleError`
    when the page has no article text (fewer than ``MIN_ARTICLE_CHARS``)."""
    import trafilatura  # about 0.7 s to import: only when a page comes in

    from .captions import story_captions, with_captions
    from .page_asides import page_asides
    from .page_meta import page_byline, page_headline, page_holder

    # lxml refuses a str that still carries an encoding declaration.
    html = _XML_DECLARATION.sub("", html, count=1)
    tree, story, story_html = _story_page(html)
    document = trafilatura.bare_extraction(
        story_html,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        # only dates the page states in its markup or url, never one guessed
        # from the body's prose (a date in a sentence is an event)
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    if document is None:
        raise NoArticleError("no article text on the page")
    fields: dict[str, Any] = document if isinstance(document, dict) else document.as_dict()
    body = _paragraphs(str(fields.get("text") or ""))
    body = with_captions(body, story_captions(story) if story is not None else [])  # photo stories
    published = _published(tree, _clean(fields.get("date")))
    if not _holds_article(body, published):  # a photo story's captions count
        raise NoArticleError("no article text on the page")
    asides = tuple(page_asides(story, body)) if story is not None else ()
    # trafilatura drops one-word authors and title-cases site names: meta tags as stated
    site, leaves = _site_name(tree, fields)  # the page's short texts too (logo, footer)
    byline = page_byline(tree) if tree is not None else None
    # the headline printed on the page wins over og:title and <title>
    headline = page_headline(tree, site) if tree is not None else None
    title = headline or _without_site(_clean(fields.get("title")), site)
    publisher = _carried_by(_publisher(site, url, body), byline.publisher if byline else None)
    publisher = publisher or (page_holder(tree) if tree is not None else None)
    publisher = publisher or _host_outlet(site, url)  # the domain: only by its listed name
    meta_author = _author(_meta(tree, _AUTHOR_META))
    sitename = _clean(fields.get("sitename"))
    if meta_author and (
        _same_name(meta_author, site, sitename, publisher) or OUTLET_NAME.search(meta_author)
    ):
        meta_author = None  # <meta name="author" content="매체 news">: the outlet, no writer
    author = _fuller(meta_author, byline.author if byline else None) or _author(
        _clean(fields.get("author"))
    )
    author = writers_joined(without_outlets(author, site, sitename, publisher)) if author else None
    return ExtractedArticle(
        text=body,
        title=title,
        publisher=_korean(publisher, tree, leaves),
        author=author,
        published=published,
        url=url,
        asides=asides,
    )


def _holds_article(body: str, published: str | None) -> bool:
    """Enough text for an article: ``MIN_ARTICLE_CHARS``, or a dated flash
    of ``MIN_FLASH_CHARS`` with Korean words (a login wall states no date)."""
    chars = len(body.replace("\n", ""))
    if chars >= MIN_ARTICLE_CHARS:
        return True
    return published is not None and chars >= MIN_FLASH_CHARS and bool(_KOREAN.search(body))


def _story_page(html: str) -> tuple[HtmlElement | None, HtmlElement | None, str]:
    """The page, the story without the page's furniture (related and
    most-read lists, nav, footer: :mod:`summarizer.page_furniture`) and the
    story's HTML. The story gives the text and the asides; the metadata is
    read from the whole page (a footer names the outlet)."""
    from lxml import html as lxml_html

    from .page_furniture import without_furniture
    from .page_meta import parse_page

    tree = parse_page(html)
    if tree is None:
        return None, None, html
    story = without_furniture(tree)
    return tree, story, lxml_html.tostring(story, encoding="unicode")


def _published(tree: HtmlElement | None, marked: str | None) -> str | None:
    """The date the page prints with its label ("기사입력 …") wins over the
    markup's (an article:published_time that is the update, a UTC day); a
    date alone before the body comes last."""
    from .page_meta import page_byline_date, page_labelled_date, page_published

    if tree is None:
        return marked
    found = page_labelled_date(tree) or marked or page_published(tree)
    return found or page_byline_date(tree)  # "이름 기자 · 2024.09.03 10:15"


def _korean(publisher: str | None, tree: HtmlElement | None, leaves: list[str]) -> str | None:
    """The outlet by its Korean name: listed ("TV CHOSUN" → TV조선), or as
    the page's title pairs the two ("Tech42 - 테크42"); a newsroom's as the
    page prints it ("SK hynix Newsroom" → "SK하이닉스 뉴스룸": site_names). A
    listed outlet whose page prints no Korean name of it keeps the English one
    ("The Korea Times"), as a text page's English masthead does (mastheads)."""
    from .page_meta import page_korean_name

    if not publisher:
        return None
    if room := korean_newsroom(publisher, leaves):
        return room
    paired = page_korean_name(tree, publisher) if tree is not None else None
    listed = korean_name(publisher)
    if listed and tree is not None and listed not in tree.text_content():
        return publisher  # an English-language outlet's page printing its English name only
    return listed or paired or outlet_called(publisher)


def _site_name(tree: HtmlElement | None, fields: dict[str, Any]) -> tuple[str | None, list[str]]:
    """The site's stated name (else trafilatura's guess) without its slogan
    ("경북일보 - 굿데이 경북" where the page prints 경북일보 alone: site_names),
    and the page's short texts it was read against."""
    from .page_meta import leaf_texts

    leaves = leaf_texts(tree) if tree is not None else []
    site = _meta(tree, _SITE_META) or _site_guess(fields)
    return (site_without_tagline(site, leaves) if site else None), leaves


def _site_guess(fields: dict[str, Any]) -> str | None:
    """trafilatura's site name, guessed from ``<title>`` when no meta tag
    states one: the part with a dot, which in "헤드라인 GPT-5.1 < 뉴스 < 기사본문 -
    매체" is the headline side, not the site. A guess holding the headline is
    dropped (the outlet then comes from the byline or the copyright line)."""
    guess, title = _clean(fields.get("sitename")), _clean(fields.get("title"))
    if guess and title and len(title) >= 8 and title in guess:
        return None
    return guess


def _same_name(name: str, *others: str | None) -> bool:
    """ "e4ds news" and "E4DS News": one name, case and spaces aside."""
    key = "".join(name.split()).casefold()
    return any(o and "".join(o.split()).casefold() == key for o in others)


def _without_site(title: str | None, site: str | None) -> str | None:
    """ "헤드라인 - 칩데일리" → "헤드라인": a page title ending in the site's name."""
    if title and site:
        for sep in (" | ", " - ", " – ", " : ", " :: ", " < "):
            if title.endswith(sep + site) and len(title) > len(sep + site) + 4:
                return title[: -len(sep + site)].strip()
    return title


def _paragraphs(text: str) -> str:
    """trafilatura puts one block per line; the cleaner reads blank-line
    separated paragraphs."""
    lines = [line.strip() for line in normalize(text).split("\n")]
    return "\n\n".join(line for line in lines if line)


def _clean(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    value = " ".join(normalize(value).split())
    return value or None


def _meta(tree: HtmlElement | None, xpaths: tuple[str, ...]) -> str | None:
    """The first non-empty meta tag content among ``xpaths``."""
    if tree is None:
        return None
    for xpath in xpaths:
        for value in tree.xpath(xpath):
            cleaned = _clean(str(value))
            if cleaned and not cleaned.startswith("http"):
                return cleaned
    return None


def _fuller(meta_author: str | None, printed: str | None) -> str | None:
    """The meta tag's author, unless the page's byline names that writer
    first and others after ("김채연" in the tag, "김채연·황정수" printed)."""
    if meta_author and printed and printed.startswith(meta_author + "·"):
        return printed
    return meta_author or printed


def _author(value: str | None) -> str | None:
    """ "김철수 기자 kim@news.kr" → "김철수"."""
    if not value:
        return None
    value = WRITER_CREDIT.sub("", _EMAIL.sub("", value)).strip(" ,|·/")  # "글; 이름"
    value = _DATELINE.sub("", _REPORTER.sub("", value)).strip()
    return column_author(value) or desk_name(value) or value or None  # "이름 소속 교수"


def _publisher(sitename: str | None, url: str | None, body: str) -> str | None:
    """The site's stated name; trafilatura falls back to the host name, which
    is not a stated outlet name, so that fallback (or any host name: the
    canonical link's, when no url is given) is dropped; a portal
    ("네이버 뉴스") carries the article, the outlet is named on the page, as
    a blog's or letter's repost credits it ("출처: 매체 | 이름 기자")."""
    if credited := credited_source(body.split("\n"))[0]:
        return credited
    if not sitename or is_portal(sitename) or platform_site(sitename):
        return None
    host = (urlsplit(url).hostname or "") if url else ""
    bare = sitename.lower().removeprefix("www.")
    if _HOST_NAME.match(bare):
        return None
    if host and (bare == host.lower().removeprefix("www.") or bare in host.lower()):
        return None
    return sitename


def _carried_by(site: str | None, credit: str | None) -> str | None:
    """The site's name, unless it is neither listed nor outlet-shaped (a
    blog's own name over a reposted column) and the byline credits a listed
    outlet that is no agency: that outlet (session 18 final fix); else the
    byline's outlet without a page's chrome (``03.18(수``)."""
    credited = outlet_field(credit)
    if not (site and credited) or credited not in known_outlets() or credited in AGENCIES:
        return site or credited
    unlisted = site not in known_outlets() and korean_name(site) is None
    return credited if unlisted and OUTLET_NAME.search(site) is None else site


def _host_outlet(sitename: str | None, url: str | None) -> str | None:
    """The listed outlet of the page's host (the url's, else a host name
    trafilatura gave as the site name), when the page prints no name."""
    host = (urlsplit(url).hostname or "") if url else ""
    if not host and sitename and _HOST_NAME.match(sitename):
        host = sitename
    return outlet_of_host(host) if host else None
