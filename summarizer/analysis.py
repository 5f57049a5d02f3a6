"""Korean analysis with Kiwi: sentence splitting and morphemes.

One :class:`kiwipiepy.Kiwi` per process, loaded on first use (about 1.3 s).
"""

from __future__ import annotations

import threading
from collections import OrderedDict, deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cached_property
from itertools import groupby
from operator import attrgetter
from typing import Any, NamedTuple, TypeVar

T = TypeVar("T")

# Tags whose morphemes carry content: nouns, verb/adjective stems, roots,
# foreign words, hanja and numbers. Particles and endings are dropped.
CONTENT_TAGS = frozenset({"NNG", "NNP", "NR", "NP", "VV", "VA", "XR", "SL", "SH", "SN", "MAG"})
_NOUNISH = frozenset({"NNG", "NNP", "XR", "SL", "SH"})
_PREDICATE = frozenset({"VV", "VA", "VV-I", "VA-I", "VV-R", "VA-R"})

_lock = threading.Lock()
_kiwi: Any = None
_ahead: threading.Thread | None = None
_workers = -1  # Kiwi's threads: -1 = one per core


def get_kiwi() -> Any:
    """The process-wide Kiwi (thread-safe lazy load; Kiwi itself is
    thread-safe for analysis). While :func:`load_ahead`'s thread prepares
    it, other threads wait for it to finish."""
    global _kiwi
    ahead = _ahead
    if ahead is not None and ahead is not threading.current_thread():
        ahead.join()
    if _kiwi is None:
        with _lock:
            if _kiwi is None:
                from kiwipiepy import Kiwi

                _kiwi = Kiwi(num_workers=_workers)
    return _kiwi


def load_ahead(workers: int = -1) -> threading.Thread:
    """Load Kiwi and analyse a first text (which builds most of Kiwi's state:
    as long again as the load) on a thread of its own, for a short-lived
    process that will need it (``briefbot ask`` about keywords). Kiwi's
    load holds the interpreter lock, its first analysis does not, so the
    caller's imports and store reads overlap the analysis. ``workers``:
    Kiwi's analysis threads (1 for a few words: a pool of one thread per
    core costs more to start than it saves, and on a busy machine its
    hand-offs wait for the other processes)."""
    global _ahead, _workers
    _workers = workers
    thread = threading.Thread(target=_prepare, name="kiwi-ahead", daemon=True)
    _ahead = thread
    thread.start()
    return thread


def _prepare() -> None:
    try:
        get_kiwi().tokenize("준비합니다.")
    except Exception:  # noqa: S110 - the caller's own get_kiwi() meets the fault again and reports it
        pass


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


_LOWER, _LEMMA, _NONE = 1, 2, 0
_term_kinds: dict[str, int] = {}  # tag -> how Token.term makes its term


def _term_kind(tag: str) -> int:
    kind = _term_kinds.get(tag)
    if kind is None:
        head = tag.split("-")[0]
        if head in _NOUNISH or head == "NR" or head == "SN":
            kind = _LOWER
        else:
            kind = _LEMMA if tag in _PREDICATE else _NONE
        _term_kinds[tag] = kind
    return kind


def content_terms(tokens: Sequence[Token]) -> list[str]:
    """Content terms; a Latin-and-digit run split by Kiwi (H/SL 800/SN) is
    joined back into one term (h800)."""
    terms: list[str] = []
    prev: Token | None = None
    kinds = _term_kinds
    for tok in tokens:  # tok.term, through a per-tag table: the same terms
        kind = kinds.get(tok.tag)
        if kind is None:
            kind = _term_kind(tok.tag)
        term = tok.form.lower() if kind == _LOWER else tok.form + "다" if kind == _LEMMA else None
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


_fields = attrgetter("form", "tag", "start", "len")


def _to_tokens(kiwi_tokens: Iterable[Any], offset: int) -> tuple[Token, ...]:
    return tuple([_new(Token, (f, t, s - offset, n)) for f, t, s, n in map(_fields, kiwi_tokens)])


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
    results = iter(get_kiwi().tokenize(flat)) if flat else iter(())
    for paragraphs in articles:
        out: list[AnalysedSentence] = []
        for p_index, paragraph in enumerate(paragraphs):
            out.extend(_sentences(paragraph, p_index, kiwi_sentences(next(results))))
        yield out


# Kiwi's sentences of a paragraph as (start, end, Kiwi's tokens): exact tuples
# of numbers and Kiwi's token objects, which the garbage collector does not
# track, so a full cache costs its passes nothing (a cache of our sentence
# objects made the collector's passes several times longer).
Raw = tuple[tuple[int, int, tuple[Any, ...]], ...]
_sentence_of = attrgetter("sent_position")


def kiwi_sentences(tokens: Iterable[Any]) -> Raw:
    """Kiwi's tokens of one text (``Kiwi.tokenize``) cut into its sentences:
    exactly ``Kiwi.split_into_sents(text, return_tokens=True)``'s sentences
    (from the first token's start to the last one's end), without the
    Python work that call adds on every token (a per-token key function, the
    embedded-sentence scan, a substring per sentence), which runs in the
    interpreter while Kiwi's threads analyse the next texts."""
    out = []
    for _, group in groupby(tokens, _sentence_of):
        sentence = tuple(group)
        out.append((sentence[0].start, sentence[-1].end, sentence))
    return tuple(out)


class ParagraphCache:
    """Kiwi's sentences of recently analysed paragraphs (least recently used
    out first). Kiwi splits and analyses each paragraph on its own, so an
    identical paragraph (wire copy several outlets run, an outlet's
    boilerplate line) gives identical sentences and tokens: it is analysed
    once. ``hits`` and ``misses`` count paragraphs. About 20 MB when full
    (2,048 paragraphs of some 60 Kiwi tokens, 168 bytes each)."""

    def __init__(self, size: int) -> None:
        self.size = size
        self.hits = 0
        self.misses = 0
        self._entries: OrderedDict[str, Raw] = OrderedDict()
        self._lock = threading.Lock()  # two ingests may run at once (feeds, folder sync)

    def clear(self) -> None:
        with self._lock:
            self.hits = self.misses = 0
            self._entries.clear()

    def get(self, paragraph: str) -> Raw | None:
        with self._lock:
            found = self._entries.get(paragraph)
            if found is not None:
                self._entries.move_to_end(paragraph)
            return found

    def put(self, paragraph: str, raw: Raw) -> Raw:
        """Remember Kiwi's answer for a paragraph (:func:`kiwi_sentences`)."""
        with self._lock:
            if self.size > 0:
                self._entries[paragraph] = raw
                if len(self._entries) > self.size:
                    self._entries.popitem(last=False)
        return raw


PARAGRAPHS = ParagraphCache(2048)
_FED = 0  # a plan step: Kiwi's next result is this paragraph's
_LATER = 1  # a paragraph fed for an earlier item of the stream: read it from there


def analyse_stream(
    items: Iterable[T], paragraphs_of: Callable[[T], Sequence[str]]
) -> Iterator[tuple[T, list[AnalysedSentence]]]:
    """:func:`analyse_articles` over a stream: Kiwi reads the paragraphs of
    the items as it needs them and analyses ahead on its worker threads
    while the caller handles each finished item (one Kiwi call for the
    whole stream, so the cores never wait between batches). A paragraph
    seen before (:data:`PARAGRAPHS`, or earlier in this stream) is not sent
    to Kiwi again."""
    queue: deque[tuple[T, Sequence[str], list[Any]]] = deque()
    inflight: dict[str, list[Any]] = {}  # paragraph -> [later uses, sentences]

    def feed() -> Iterator[str]:
        for item in items:
            paragraphs = paragraphs_of(item)
            plan: list[Any] = []
            fed: list[str] = []
            for paragraph in paragraphs:
                if (cached := PARAGRAPHS.get(paragraph)) is not None:
                    plan.append(cached)
                elif (pending := inflight.get(paragraph)) is not None:
                    pending[0] += 1
                    plan.append(_LATER)
                else:
                    inflight[paragraph] = [0, ()]
                    plan.append(_FED)
                    fed.append(paragraph)
            queue.append((item, paragraphs, plan))
            yield from fed

    results = iter(get_kiwi().tokenize(feed()))
    ahead: deque[Any] = deque()
    while True:
        if not queue:
            try:
                ahead.append(next(results))  # makes Kiwi read more of the feed
            except StopIteration:
                if not queue:
                    return
            continue
        item, paragraphs, plan = queue.popleft()
        out: list[AnalysedSentence] = []
        for p_index, (paragraph, step) in enumerate(zip(paragraphs, plan, strict=True)):
            if step is _FED:
                sentences = kiwi_sentences(ahead.popleft() if ahead else next(results))
                PARAGRAPHS.misses += 1
                raw = _settle(inflight, paragraph, PARAGRAPHS.put(paragraph, sentences), fed=True)
            else:
                PARAGRAPHS.hits += 1
                raw = _settle(inflight, paragraph, (), fed=False) if step is _LATER else step
            out.extend(_sentences(paragraph, p_index, raw))
        yield item, out


def _settle(inflight: dict[str, list[Any]], paragraph: str, found: Raw, *, fed: bool) -> Raw:
    """Keep a fed paragraph's Kiwi answer for its later uses in the stream,
    or hand it to one (the entry goes with its last use)."""
    entry = inflight[paragraph]
    if fed:
        entry[1] = found
    else:
        entry[0] -= 1
    if entry[0] == 0:
        del inflight[paragraph]
    kept: Raw = entry[1]
    return kept


def _sentences(paragraph: str, p_index: int, raw: Raw) -> Iterator[AnalysedSentence]:
    for start, end, tokens in raw:
        text = paragraph[start:end]
        stripped = text.strip()
        if stripped:
            lead = start + (len(text) - len(text.lstrip()))
            yield AnalysedSentence(stripped, p_index, _to_tokens(tokens, lead))


def analyse_sentences(sentences: Sequence[str]) -> list[list[Token]]:
    """Morphemes of already split sentences (no re-splitting), batched."""
    kiwi = get_kiwi()
    return [list(_to_tokens(toks, 0)) for toks in kiwi.tokenize(list(sentences))]


# Query texts whose terms the caller already knows (results of this very
# function, kept by ``briefbot ask`` between processes: bot.ask_ahead), and
# those this process analysed while recording is on.
_known: dict[str, tuple[str, ...]] = {}
_asked: dict[str, tuple[str, ...]] | None = None


def know_terms(found: dict[str, list[str]], *, record: bool = False) -> None:
    """Give :func:`query_terms` results it computed before (with the same
    Kiwi and this same code); ``record``: keep what it computes from now on
    (:func:`asked_terms`)."""
    global _asked
    _known.update((text, tuple(terms)) for text, terms in found.items())
    if record and _asked is None:
        _asked = {}


def asked_terms() -> dict[str, list[str]]:
    """What :func:`query_terms` computed with Kiwi since recording began."""
    return {text: list(terms) for text, terms in (_asked or {}).items()}


def word_terms(words: Sequence[str]) -> list[tuple[list[str], bool]]:
    """For :mod:`summarizer.query_vocab`, of many words at once: each word's
    :func:`query_terms`, and whether Kiwi reads it as one dictionary common
    noun (NNG, not an unknown word: Kiwi gives those the id it gives "뷁") or
    one Latin word (SL) spanning the whole word."""
    if not words:
        return []
    kiwi = get_kiwi()
    unknown = kiwi.tokenize("뷁")[0].id
    out: list[tuple[list[str], bool]] = []
    for word, found in zip(words, kiwi.tokenize(list(words)), strict=True):
        tokens = _to_tokens(found, 0)
        one = len(tokens) == 1 and tokens[0].start == 0 and tokens[0].length == len(word)
        tag = tokens[0].tag if one else ""
        alone = tag == "SL" or (tag == "NNG" and found[0].id != unknown)
        out.append((content_terms(tokens), alone))
    return out


def query_terms(text: str) -> list[str]:
    """Content terms of a short query."""
    if not text.strip():
        return []
    known = _known.get(text)
    if known is not None:
        return list(known)
    terms = content_terms(_to_tokens(get_kiwi().tokenize(text), 0))
    if _asked is not None:
        _asked[text] = tuple(terms)
    return terms
