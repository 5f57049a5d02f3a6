"""A feed's XML saved as an article (issue 13, session 16): an RSS or Atom
dump (``<?xml …?><rss><channel><title>매체 - 전체기사</title>…<item>…``) is
read as the item it carries, not as lines of markup.

:func:`feed_item` parses the first ``<item>``/``<entry>``: its own title,
link, writer (``dc:creator``, ``author``, Atom's ``<author><name>``), date
(``pubDate`` in RFC 822 form, ``dc:date``, ``published``) and text
(``description``, ``content:encoded``, ``summary``); the channel's title
is kept apart (``블로터 - 전체기사``: the feed's name, never the headline).
:meth:`FeedItem.lines` lays the item out as a plain article (channel title,
headline, text) for the ordinary reader; the item's own fields are then
taken over the reader's (:meth:`FeedItem.fields`), since markup states them
exactly.

Tag-based, not an XML parser: saved dumps are often cut short or carry
unescaped ``&``.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, replace
from email.utils import parsedate

from .byline_words import NOT_PERSON
from .bylines import strip_email
from .dates import parse_date
from .metadata import Metadata

_HEAD = re.compile(
    r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:rss|feed|rdf:RDF)\b", re.S | re.I
)
_ITEM = re.compile(r"<(item|entry)\b[^>]*>(.*?)(?:</\1\s*>|$)", re.S | re.I)
_CDATA = re.compile(r"<!\[CDATA\[(.*?)\]\]>", re.S)
_TAGS = re.compile(r"<[^>]+>")
_ROLE = re.compile(r"\s*(?:기자|특파원|에디터|reporter)$", re.I)
_WRITER_TAGS = ("dc:creator", "author", "creator")
_DATE_TAGS = ("pubDate", "dc:date", "published", "issued", "updated")
_TEXT_TAGS = ("content:encoded", "description", "content", "summary")


@dataclass(frozen=True)
class FeedItem:
    channel: str | None
    title: str | None
    link: str | None
    author: str | None
    published: str | None
    text: str

    def lines(self) -> list[str]:
        """The item as a plain article's lines: the channel's title, the
        headline, a blank line, the text's paragraphs."""
        head = [line for line in (self.channel, self.title) if line]
        body = [line.strip() for line in self.text.split("\n")]
        return [*head, "", *body]

    def fields(self, metadata: Metadata) -> Metadata:
        """``metadata`` with the item's own title, writer, date and link
        where it states them."""
        changes = {
            key: value
            for key, value in (
                ("title", self.title),
                ("author", self.author),
                ("published", self.published),
                ("url", self.link),
            )
            if value
        }
        return replace(metadata, **changes)


def is_feed(text: str) -> bool:
    """An RSS, Atom or RDF document (its root element first) with an item."""
    return bool(_HEAD.match(text[:2000])) and _ITEM.search(text) is not None


def feed_item(text: str) -> FeedItem | None:
    """The first item of a feed document, else None (not a feed)."""
    if not is_feed(text) or not (m := _ITEM.search(text)):
        return None
    item = m.group(2)
    channel = _field(text[: m.start()], ("title",))
    written = _field(item, _TEXT_TAGS, keep_lines=True) or ""
    return FeedItem(
        channel=channel,
        title=_field(item, ("title",)),
        link=_link(item),
        author=_writer(item),
        published=_date(item),
        text=written,
    )


def _field(block: str, tags: tuple[str, ...], *, keep_lines: bool = False) -> str | None:
    """The first tag's text, CDATA unwrapped, markup and entities removed."""
    for tag in tags:
        pattern = rf"<{re.escape(tag)}\b[^>/]*>(.*?)</{re.escape(tag)}\s*>"
        if not (m := re.search(pattern, block, re.S | re.I)):
            continue
        raw = _CDATA.sub(lambda c: c.group(1), m.group(1))
        if not _CDATA.search(m.group(1)):
            raw = html.unescape(raw)  # escaped markup inside: unescape, then strip
        raw = re.sub(r"<\s*(?:br|/p|/div|/li)\b[^>]*>", "\n", raw, flags=re.I)
        value = html.unescape(_TAGS.sub(" ", raw))
        if keep_lines:
            value = "\n".join(re.sub(r"[ \t]+", " ", ln).strip() for ln in value.split("\n"))
            value = value.strip()
        else:
            value = " ".join(value.split())
        if value:
            return value
    return None


def _link(item: str) -> str | None:
    if found := _field(item, ("link", "guid")):
        return found if found.startswith("http") else None
    m = re.search(r"<link\b[^>]*\bhref=[\"']([^\"']+)", item, re.I)  # Atom
    return m.group(1) if m else None


def _writer(item: str) -> str | None:
    """The item's writer: ``dc:creator``, RSS ``author`` (``mail (이름)``)
    or Atom ``<author><name>``; a role word dropped, an outlet-like or
    label word (``관리자``, ``편집국``) is no writer."""
    found = _field(item, _WRITER_TAGS)
    if not found:
        return None
    if m := re.search(r"\(([^()]+)\)\s*$", found):
        found = m.group(1)  # "desk@outlet.kr (남궁현)"
    found = _ROLE.sub("", strip_email(found)).strip(" ,;|·")
    if not found or NOT_PERSON.match(found) or re.search(r"[@/]", found):
        return None
    return found


def _date(item: str) -> str | None:
    """The item's date as stated: RFC 822 (``Fri, 07 Mar 2025 09:30:00
    +0900``) or ISO (``2025-03-07T09:30:00+09:00``), in its own zone."""
    for tag in _DATE_TAGS:
        if not (value := _field(item, (tag,))):
            continue
        if (parts := parsedate(value)) and 1990 <= parts[0] <= 2100:
            return f"{parts[0]:04d}-{parts[1]:02d}-{parts[2]:02d}"
        if found := parse_date(value):
            return found
    return None
