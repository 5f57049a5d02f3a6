"""Photo captions written as the story's prose (issue 13, round seventeen).

The page reader drops ``<figure>`` blocks, captions and all. An ordinary
caption is a label ("삼성전자가 양산 중인 HBM4. 삼성전자 제공", "… 점검하고
있다. [KT 제공]"): it names its photo's source and adds nothing to the story.
A photo story (포토스토리, 화보) is told in its captions: sentences that end
the caption on a sentence ending, with no credit after them (the byline's
``글·사진=`` is the credit). Those captions are body text and are put back
where the page prints them: before the first paragraph that follows them.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .text import normalize

if TYPE_CHECKING:
    from lxml.html import HtmlElement

# the caption's last sentence ends on a declarative ending and a full stop
_PROSE_END = re.compile(r"[가-힣](?:다|요)\.[\"'”’]?$")
_MIN_SENTENCES = 2  # a story told, not one line under a picture
_SENTENCE = re.compile(r"[^\d.][.!?](?:\s|$)")
_KEY = 24  # characters of a paragraph matched in the extracted body


def _text(element: HtmlElement) -> str:
    return " ".join(normalize(element.text_content()).split())


def is_story_caption(caption: str) -> bool:
    """Two or more sentences ending on a sentence ending, no credit after."""
    return bool(_PROSE_END.search(caption)) and len(_SENTENCE.findall(caption)) >= _MIN_SENTENCES


def story_captions(tree: HtmlElement) -> list[tuple[str, str | None]]:
    """(caption, the next paragraph's text or None) for every caption of the
    page that tells the story, in page order."""
    found: list[tuple[str, str | None]] = []
    for caption in tree.iter("figcaption"):
        text = _text(caption)
        if not is_story_caption(text):
            continue
        after = caption.xpath("following::p[1]")
        found.append((text, _text(after[0]) if after else None))
    return found


def with_captions(body: str, captions: list[tuple[str, str | None]]) -> str:
    """``body`` (blank-line separated paragraphs) with the story captions put
    back before the paragraph that follows each on the page; a caption whose
    next paragraph is not in the body is left out."""
    if not captions:
        return body
    blocks = body.split("\n\n")
    before: dict[int, list[str]] = {}
    for caption, after in captions:
        if caption in blocks or not after:
            continue
        key = after[:_KEY]
        at = next((i for i, block in enumerate(blocks) if block.startswith(key)), None)
        if at is not None:
            before.setdefault(at, []).append(caption)
    out: list[str] = []
    for i, block in enumerate(blocks):
        out += before.get(i, [])
        out.append(block)
    return "\n\n".join(out)
