"""Turn a raw article text (a saved web page, a blog post) into title,
metadata and body blocks, with the site's debris removed.

The rules are general line-shape rules plus the site-agnostic patterns of
``data/debris.toml`` (:mod:`summarizer.debris`):

* a line matching a debris pattern is dropped; a footer pattern ends the body;
* a short line that repeats (a repeated headline, a photo credit under every
  picture, a skin credit) is furniture, not text;
* short lines without a sentence ending are headings: kept for structure,
  never offered as summary sentences;
* table rows, pagers and punctuation-only lines are dropped.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from . import head_model
from .broadcast import closing_sign_off
from .bylines import read_byline
from .caption_lines import caption_text, marked_caption
from .debris import is_debris, is_footer
from .feed_xml import feed_item
from .forwards import forward_free
from .late_credits import repost_free
from .metadata import (
    Metadata,
    extract_metadata,
    is_metadata_line,
    is_title_line,
    strip_byline_prefix,
)
from .run_on import run_on_lines
from .sentences import is_quoted_phrase, looks_like_sentence
from .text import normalize
from .wrapped_lines import rejoin_wrapped
from .wrapped_names import one_name

HEADING = "heading"
PARAGRAPH = "paragraph"

_BULLET = re.compile(r"^\s*(?:[-*•·▶▷►■□◆◇○●※]|\d{1,2}[.)])\s+")
# "▶2023년 3월 - H800 출시", "1) …", "② …", "2023년 3월: …": an item of a list
# (the mark may touch the text); each item of one list has the same kind of mark
_ITEM = re.compile(
    r"^\s*(?:(?P<bullet>[-*•·▶▷►■□◆◇○●※])\s*(?=\S)|(?P<number>\d{1,2}[.)]\s)"
    r"|(?P<circled>[①-⑳])|(?P<year>(?:19|20)\d{2}\s*(?:년|[.\-/]\s*\d{1,2}\b)))"
)
# an item that links away ("▶ 관련기사: …", "▶ 기자와 카톡 채팅하기") is in no list
_LINK_ITEM = re.compile(
    r"관련\s*기사|바로\s*가기|채팅|구독|클릭|더\s*보기|보러\s*가기|\[|\]|https?://"
)
_ITEM_RUN = 2  # items in a row that make a list
_SHORT_LINE = 60
_HEADER_LINES = 50


@dataclass(frozen=True)
class Block:
    kind: str  # HEADING or PARAGRAPH
    text: str


@dataclass(frozen=True)
class CleanArticle:
    metadata: Metadata
    blocks: tuple[Block, ...]
    # the page's other lines (headings, chrome, related headlines, lines past
    # the footer): read for the chips the page names, never for sentences
    asides: tuple[str, ...] = ()

    @property
    def paragraphs(self) -> tuple[str, ...]:
        return tuple(b.text for b in self.blocks if b.kind == PARAGRAPH)

    @property
    def body(self) -> str:
        return "\n\n".join(b.text for b in self.blocks)


def clean_article(raw: str, *, url: str | None = None) -> CleanArticle:
    """Clean one raw article text. ``raw`` may be NFD, carry zero-width
    characters or a BOM; the result is NFC."""
    item = feed_item(normalize(raw))  # an RSS/Atom dump: the item it carries
    lines = item.lines() if item else [line.strip() for line in normalize(raw).split("\n")]
    lines = rejoin_wrapped(lines, is_metadata_line, one_name)  # a PDF dump, a narrow column
    # no forward's own date nor a repost's poster; a copy that lost its line breaks
    # read as its lines (run_on)
    read = repost_free(forward_free(run_on_lines(lines)))
    metadata = extract_metadata(read, url=url)
    metadata = item.fields(metadata) if item else head_model.second_opinion(read, metadata)
    counts = Counter(line for line in lines if line)
    blocks: list[Block] = []
    marks: list[str | None] = []  # each block's list mark, for short items
    # Whatever stands above the headline's last copy near the top of the page is
    # header chrome: section labels, breadcrumbs, menus, the byline bar.
    start = 0
    if metadata.title:
        head = lines[:_HEADER_LINES]
        copies = [i for i, line in enumerate(head) if is_title_line(line, metadata.title)]
        start = copies[-1] + 1 if copies else 0
    title_seen = start > 0
    signed = 0  # the blocks before the writer's signature at the bottom
    for line in lines[start:]:
        if not line:
            continue
        if is_footer(line):
            break
        if is_metadata_line(line) and blocks and _signature(line):
            signed = len(blocks)
        line = _before_sign_off(line)  # "… 전망입니다. SBS Biz 문태오입니다."
        row = _table_row(line, lines)
        if (caption := marked_caption(line)) is not None:
            blocks.append(Block(PARAGRAPH, caption))  # "▲ … 시제품. 이름 기자": no byline
            marks.append(None)
            continue
        if is_debris(line) or is_metadata_line(line) or (line.count("|") >= 2 and not row):
            continue
        if metadata.title and is_title_line(line, metadata.title):
            # the headline is metadata; a page often repeats it two or three times
            title_seen = True
            continue
        if counts[line] > 1 and len(line) <= _SHORT_LINE * 2 and not title_seen:
            continue  # repeated furniture before the body
        if counts[line] > 1 and len(line) <= _SHORT_LINE:
            continue
        raw = line
        line = strip_byline_prefix(line)
        line = _BULLET.sub("", line).strip()
        if not line or is_debris(line):
            continue
        kind = _classify(line)
        if kind == HEADING and (caption := caption_text(line)) is not None:
            kind, line = PARAGRAPH, caption  # a photo's caption names what it shows
        blocks.append(Block(kind, line))
        mark = "row" if row else _mark(raw)
        marks.append(mark if kind == HEADING and not _LINK_ITEM.search(line) else None)
    blocks = _drop_trailing_chrome(_body_lists(blocks, marks, signed))
    return CleanArticle(metadata=metadata, blocks=tuple(blocks), asides=_asides(lines, blocks))


def _asides(lines: list[str], blocks: list[Block]) -> tuple[str, ...]:
    """Every line of the page that no paragraph carries."""
    body = "\n".join(b.text for b in blocks if b.kind == PARAGRAPH)
    return tuple(line for line in lines if line and _BULLET.sub("", line).strip() not in body)


def _table_row(line: str, lines: list[str]) -> bool:
    """A row of a table printed as text ("▶ AMD MI355X | 메모리 HBM3E 288GB |
    대역폭 8TB/s"): three or more cells split by "|", two with figures, next to
    another such row (blank lines between); a menu or a byline bar has no
    figures in its cells."""

    def figures(text: str) -> bool:
        cells = text.split("|")
        return len(cells) >= 3 and sum(bool(re.search(r"\d", c)) for c in cells) >= 2

    if not figures(line):
        return False
    at = lines.index(line)
    above = [ln for ln in lines[:at] if ln][-1:]
    below = [ln for ln in lines[at + 1 :] if ln][:1]
    return any(figures(ln) for ln in above + below)


def _classify(line: str) -> str:
    if len(line) <= _SHORT_LINE and not looks_like_sentence(line):
        return HEADING
    if len(line) <= _SHORT_LINE and is_quoted_phrase(line):
        return HEADING  # 서방언론 "엔비디아 칩 독보적, 당장 따라잡긴 힘들것"
    if len(line) <= _SHORT_LINE * 2 and line.endswith("?") and line.count(" ") < 20:
        return HEADING  # FAQ questions, rhetorical sub-heads
    return PARAGRAPH


def _mark(line: str) -> str | None:
    """The kind of mark a list item starts with: its bullet, else "number",
    "circled" or "year"; None for a line that is no item."""
    if not (m := _ITEM.match(line)):
        return None
    return m["bullet"] or next(kind for kind in ("number", "circled", "year") if m[kind])


def _before_sign_off(line: str) -> str:
    """A reporter's last turn without the sign-off ending it ("AMD가 … 출시합니다만,
    … 전망입니다. 지금까지 SBS Biz 문태오입니다." keeps its first sentences)."""
    if closing_sign_off(line) is None:
        return line
    tail = re.split(r"(?<=[.?!])\s+", line)[-1]
    return line[: -len(tail)].strip()


def _signature(line: str) -> bool:
    """A byline line naming the writer ("글·정리 이름 에디터", "이름 기자 mail")."""
    byline = read_byline(line)
    return byline is not None and byline.author is not None


def _body_lists(blocks: list[Block], marks: list[str | None], signed: int = 0) -> list[Block]:
    """A list inside the body (a timeline "▶2023년 3월 - H800 출시", points
    "- …") is text: a run of items with the same mark and a paragraph after
    it, or the writer's signature ("함께 볼 소식" items above "글 이름 에디터").
    A list after the last paragraph and the signature (related links, tags)
    stays chrome."""
    out = list(blocks)
    i = 0
    while i < len(out):
        j = i
        while j < len(out) and marks[j] is not None and marks[j] == marks[i]:
            j += 1
        run = range(i, j)
        after = any(b.kind == PARAGRAPH for b in out[j:]) or j <= signed
        if len(run) >= _ITEM_RUN and after:
            for k in run:
                out[k] = Block(PARAGRAPH, out[k].text)
        i = max(j, i + 1)
    return out


def _drop_trailing_chrome(blocks: list[Block]) -> list[Block]:
    """Headings after the last paragraph are the page's tail (menus, tags)."""
    while blocks and blocks[-1].kind == HEADING:
        blocks.pop()
    return blocks
