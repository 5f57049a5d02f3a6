"""A story's words: outlet names, a clean headline, and whether a sentence is
only a headline again."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from urllib.parse import urlsplit

# [단독], [속보], 【포토】, <종합>, 〈인터뷰〉 at either end of a title
_EDGE_TAG = re.compile(
    r"^\s*[\[【<〈]([^\]】>〉]{1,12})[\]】>〉]\s*|\s*[\[【<〈]([^\]】>〉]{1,12})[\]】>〉]\s*$"
)
# (종합), (종합2보), (1보), (상보), (속보), (단독), (영상), (포토), (인터뷰), (Update)
_PAREN_TAG = re.compile(
    r"\s*[(（]\s*(?:종합\s*\d*\s*보?|\d+\s*보|상보|속보|단독|영상|포토|사진|인터뷰|르포|일문일답"
    r"|update\w*|updated)\s*[)）]\s*",
    re.I,
)
# "… | 디일렉", "… - 연합뉴스", "… :: 전자신문"
_OUTLET_SUFFIX = re.compile(r"\s+(?:\||::|-|–|—|ㅣ)\s*([^|:\-–—ㅣ]{1,20})\s*$")
_OUTLET_WORDS = re.compile(
    r"(뉴스|일보|신문|경제|방송|비즈|타임스|저널|미디어|닷컴|데일리|투데이|일렉|사이언스|헤럴드|news|times|daily|tv)\w*$",
    re.I,
)


def title_outlet(title: str) -> str | None:
    """The outlet a title names at its end ("… | 디일렉"), if it does."""
    match = _OUTLET_SUFFIX.search(title)
    if match is None:
        return None
    name = match.group(1).strip()
    if "|" in title[: match.start() + 3] or _OUTLET_WORDS.search(name.replace(" ", "")):
        return name
    return None


@functools.lru_cache(maxsize=8192)  # pure: the window's articles, again on every reply
def outlet(publisher: str | None, title: str, url: str | None) -> str | None:
    """Who published an article: the stated publisher, else the outlet the
    title ends with, else the url's host."""
    if publisher:
        return publisher
    named = title_outlet(title)
    if named:
        return named
    if url:
        host = urlsplit(url).hostname or ""
        return host.removeprefix("www.") or None
    return None


@functools.lru_cache(maxsize=8192)  # pure: a shown story's titles, again on every reply
def clean_headline(title: str, publisher: str | None = None) -> str:
    """A title without outlet tags: [단독], (종합), "| 매체"."""
    text = title.strip()
    for _ in range(3):
        before = text
        text = _EDGE_TAG.sub(" ", text).strip()
        text = _PAREN_TAG.sub(" ", text).strip()
        match = _OUTLET_SUFFIX.search(text)
        if match and ((publisher and match.group(1).strip() == publisher) or title_outlet(text)):
            text = text[: match.start()].strip()
        if text == before:
            break
    return re.sub(r"\s{2,}", " ", text) or title.strip()


_ALNUM = re.compile(r"[^\W_]+")  # \w is isalnum() or "_": runs of isalnum() characters


def _folded(text: str) -> str:
    """The text casefolded, letters and digits only."""
    return "".join(_ALNUM.findall(text.casefold()))


def bigrams(text: str) -> set[str]:
    return set(_prepared(text)[1])


def _bigrams(folded: str) -> frozenset[str]:
    return frozenset(folded[i : i + 2] for i in range(len(folded) - 1))


# A pure function of the text: a story's titles and sentences are checked
# again on every reply that shows it (issue 14: a reply after a write
# recomputes them).
@functools.lru_cache(maxsize=16384)
def _prepared(text: str) -> tuple[str, frozenset[str]]:
    folded = _folded(text)
    return folded, _bigrams(folded)


def overlap(a: AbstractSet[str], b: AbstractSet[str]) -> float:
    if not a or not b:
        return 0.0
    shared = len(a & b)
    return shared / (len(a) + len(b) - shared)  # |a ∪ b|, without building it


def representative(titles: Sequence[str]) -> int:
    """Index of the title closest to all the others (character bigrams);
    the earliest on a tie."""
    if len(titles) < 3:
        return 0
    grams = [_prepared(t)[1] for t in titles]
    scores = [
        sum(overlap(g, h) for j, h in enumerate(grams) if j != i) for i, g in enumerate(grams)
    ]
    return max(range(len(titles)), key=lambda i: (scores[i], -i))


TitleIndex = list[tuple[str, frozenset[str]]]


def title_index(titles: Sequence[str]) -> TitleIndex:
    """Titles prepared once for :func:`is_headline`."""
    prepared = [_prepared(t) for t in titles]
    return [(f, grams) for f, grams in prepared if f]


def is_headline(sentence: str, titles: TitleIndex) -> bool:
    """The sentence is a title again (or most of one): never a gist sentence."""
    folded, grams = _prepared(sentence)
    for other, other_grams in titles:
        if folded in other or (other in folded and len(other) >= 0.6 * len(folded)):
            return True
        if overlap(grams, other_grams) >= 0.5:
            return True
    return False


# "[서울=뉴시스]남궁건 기자 = ", "(서울=연합뉴스) 홍길동 기자 = ", "홍길동 기자 = "
_BYLINE_LEAD = re.compile(
    r"^\s*(?:[\[(【]\s*[^\]()【】=]{1,15}=[^\]()【】]{1,15}[\])】]\s*)?"
    r"(?:[가-힣]{2,4}\s*(?:기자|특파원|선임기자|전문기자)\s*)?=\s*"
    r"|^\s*[\[(【]\s*[^\]()【】=]{1,15}=[^\]()【】]{1,15}[\])】]\s*"
)


def strip_byline(sentence: str) -> str:
    """A lead sentence without the wire byline it starts with."""
    rest = _BYLINE_LEAD.sub("", sentence, count=1)
    return rest if len(rest) >= 20 else sentence
