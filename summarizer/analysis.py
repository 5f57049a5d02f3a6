"""Korean analysis with Kiwi: sentence splitting and morphemes.

One :class:`kiwipiepy.Kiwi` per process, loaded on first use (about 1.3 s).
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import Any, NamedTuple, TypeVar

T = TypeVar("T")

# Tags whose morphemes carry content: nouns, verb/adjective stems, roots,
# foreign words, hanja and numbers. Particles and endings are dropped.
CONTENT_TAGS = frozenset({"NNG", "NNP", "NR", "NP", "VV", "VA", "XR", "SL", "SH", "SN", "MAG"})
_NOUNISH = frozenset({"NNG", "NNP", "XR", "SL", "SH"})
_PREDICATE = frozenset({"VV", "VA", "VV-I", "VA-I", "VV-R", "VA-R"})

_lock = threading.Lock()
_kiwi: Any = None


def get_kiwi() -> Any:
    """The process-wide Kiwi (thread-safe lazy load; Kiwi itself is
    thread-safe for analysis)."""
    global _kiwi
    if _kiwi is None:
        with _lock:
            if _kiwi is None:
                from kiwipiepy import Kiwi

                _kiwi = Kiwi()
    return _kiwi


class Token(NamedTuple):
    """One morpheme (a named tuple: ingest builds tens of thousands)."""

    form: str
    tag: str
    start: int  # character offset in the sentence
    length: int

    @property
    def term(self) -> str | None:
        """The content term of this morpheme (lemma for predicates), or None."""
        tag = self.tag.split("-")[0]
        if tag in _NOUNISH or tag == "NR" or tag == "SN":
            return self.form.lower()
        if self.tag in _PREDICATE:
            return self.form + "다"
        return None


@dataclass(frozen=True)
class AnalysedSentence:
    text: str  # verbatim slice of the paragraph
    paragraph: int
    tokens: tuple[Token, ...]

    @cached_property
    def terms(self) -> list[str]:
        """Content terms (computed once: ranking, headline and entity
        matching all read them)."""
        return content_terms(self.tokens)


def content_terms(tokens: Sequence[Token]) -> list[str]:
    """Content terms; a Latin-and-digit run split by Kiwi (H/SL 800/SN) is
    joined back into one term (h800)."""
    terms: list[str] = []
    prev: Token | None = None
    for tok in tokens:
        term = tok.term
        if (
            term
            and prev is not None
            and tok.tag in ("SL", "SN")
            and prev.tag in ("SL", "SN")
            and prev.start + prev.length == tok.start
            and terms
        ):
            terms[-1] += term
        elif term:
            terms.append(term)
        prev = tok if term else None
    return terms


_new = tuple.__new__  # Token(...) without its keyword handling: ingest makes millions


def _to_tokens(kiwi_tokens: Iterable[Any], offset: int) -> tuple[Token, ...]:
    return tuple([_new(Token, (t.form, t.tag, t.start - offset, t.len)) for t in kiwi_tokens])


def analyse_paragraphs(paragraphs: Sequence[str]) -> list[AnalysedSentence]:
    """Split each paragraph into sentences with their morphemes. The sentence
    text is the exact slice of the paragraph (verbatim)."""
    return next(iter(analyse_articles([paragraphs])))


def analyse_articles(articles: Sequence[Sequence[str]]) -> Iterator[list[AnalysedSentence]]:
    """:func:`analyse_paragraphs` for many articles with one Kiwi batch call,
    so Kiwi's worker threads keep every core busy. Yields each article's
    sentences as soon as Kiwi has finished it (the caller's own work on one
    article overlaps Kiwi's on the next)."""
    flat = [p for paragraphs in articles for p in paragraphs]
    results = iter(get_kiwi().split_into_sents(flat, return_tokens=True)) if flat else iter(())
    for paragraphs in articles:
        out: list[AnalysedSentence] = []
        for p_index, paragraph in enumerate(paragraphs):
            for sent in next(results):
                raw = paragraph[sent.start : sent.end]
                text = raw.strip()
                if not text:
                    continue
                lead = sent.start + (len(raw) - len(raw.lstrip()))
                out.append(AnalysedSentence(text, p_index, _to_tokens(sent.tokens, lead)))
        yield out


def analyse_stream(
    items: Iterable[T], paragraphs_of: Callable[[T], Sequence[str]]
) -> Iterator[tuple[T, list[AnalysedSentence]]]:
    """:func:`analyse_articles` over a stream: Kiwi reads the paragraphs of
    the items as it needs them and analyses ahead on its worker threads
    while the caller handles each finished item (one Kiwi call for the
    whole stream, so the cores never wait between batches)."""
    queue: deque[tuple[T, Sequence[str]]] = deque()

    def feed() -> Iterator[str]:
        for item in items:
            paragraphs = paragraphs_of(item)
            queue.append((item, paragraphs))
            yield from paragraphs

    results = iter(get_kiwi().split_into_sents(feed(), return_tokens=True))
    ahead: deque[Any] = deque()
    while True:
        if not queue:
            try:
                ahead.append(next(results))  # makes Kiwi read more of the feed
            except StopIteration:
                if not queue:
                    return
            continue
        item, paragraphs = queue.popleft()
        out: list[AnalysedSentence] = []
        for p_index, paragraph in enumerate(paragraphs):
            sentences = ahead.popleft() if ahead else next(results)
            out.extend(_sentences(paragraph, p_index, sentences))
        yield item, out


def _sentences(paragraph: str, p_index: int, kiwi_sentences: Any) -> Iterator[AnalysedSentence]:
    for sent in kiwi_sentences:
        raw = paragraph[sent.start : sent.end]
        text = raw.strip()
        if text:
            lead = sent.start + (len(raw) - len(raw.lstrip()))
            yield AnalysedSentence(text, p_index, _to_tokens(sent.tokens, lead))


def analyse_sentences(sentences: Sequence[str]) -> list[list[Token]]:
    """Morphemes of already split sentences (no re-splitting), batched."""
    kiwi = get_kiwi()
    return [list(_to_tokens(toks, 0)) for toks in kiwi.tokenize(list(sentences))]


def query_terms(text: str) -> list[str]:
    """Content terms of a short query."""
    if not text.strip():
        return []
    return content_terms(_to_tokens(get_kiwi().tokenize(text), 0))
