"""Kiwi's CPU on what ingest feeds it, against raw Kiwi on the whole texts
and against other ways of asking Kiwi for the same analysis.

    uv run python benchmarks/scale_articles.py 1000 /tmp/a1k
    uv run python benchmarks/kiwi_feed.py /tmp/a1k [--rounds 5]

First ``briefbot ingest DIR`` runs once in this process with a recording
stand-in for Kiwi, so the feed is exactly what ingest asks Kiwi (the
paragraphs and headline of every article in the stream, after the
paragraph cache; the new story words of ``query_vocab.fill``). Then every
variant runs on one Kiwi (one process, all threads: ``time.process_time``),
in alternating rounds; the best round of each is printed. Each variant's
answer is compared with the current call's: sentences (start, end) and
tokens (form, tag, start, len) per fed paragraph.
"""

from __future__ import annotations

import argparse
import itertools
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from operator import attrgetter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot import cli  # noqa: E402
from summarizer import analysis, batch  # noqa: E402

Answer = list[tuple[int, int, tuple[tuple[str, str, int, int], ...]]]  # one paragraph's


class Recorder:
    """Kiwi, noting what the stream and ``tokenize`` are asked."""

    def __init__(self, kiwi: Any) -> None:
        self.kiwi = kiwi
        self.stream: list[str] = []
        self.words: list[str] = []

    def _tap(self, texts: Iterable[str]) -> Iterator[str]:
        for text in texts:
            self.stream.append(text)
            yield text

    def split_into_sents(self, texts: Iterable[str], **kwargs: Any) -> Any:
        return self.kiwi.split_into_sents(self._tap(texts), **kwargs)  # before r17kiwi

    def tokenize(self, texts: Any, **kwargs: Any) -> Any:
        if isinstance(texts, list):  # query_vocab.fill's words
            self.words.extend(texts)
        elif not isinstance(texts, str):  # the stream (a generator)
            texts = self._tap(texts)
        return self.kiwi.tokenize(texts, **kwargs)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.kiwi, name)


def record(folder: Path) -> tuple[list[str], list[str], list[list[str]]]:
    """(stream items, ``tokenize`` words, the stream items cut per article)."""
    kiwi = analysis.get_kiwi()
    recorder = Recorder(kiwi)
    cuts: list[int] = []
    stream = batch.analyse_stream

    def cut_stream(items: Any, paragraphs_of: Callable[[Any], Any]) -> Any:
        def cut(item: Any) -> Any:  # the feed asks for an item's paragraphs once
            cuts.append(len(recorder.stream))  # the earlier items' are all fed
            return paragraphs_of(item)

        return stream(items, cut)

    analysis._kiwi, batch.analyse_stream = recorder, cut_stream
    analysis.PARAGRAPHS.clear()
    try:
        with tempfile.TemporaryDirectory() as tmp:
            cli.main(["ingest", str(folder), "--store", str(Path(tmp) / "x.sqlite3")])
    finally:
        analysis._kiwi, batch.analyse_stream = kiwi, stream
        analysis.PARAGRAPHS.clear()
    bounds = [*cuts, len(recorder.stream)]
    articles = [recorder.stream[a:b] for a, b in itertools.pairwise(bounds) if b > a]
    return recorder.stream, recorder.words, articles


def _sentence_span(tokens: list[Any]) -> tuple[int, int]:
    return tokens[0].start, tokens[-1].end


_FIELDS = attrgetter("form", "tag", "start", "len")


def plain_sents(sentences: Iterable[Any]) -> Answer:
    return [(s.start, s.end, tuple(map(_FIELDS, s.tokens))) for s in sentences]


def by_sentence(tokens: list[Any]) -> Iterator[list[Any]]:
    for _, group in itertools.groupby(tokens, key=attrgetter("sent_position")):
        yield list(group)


def current(kiwi: Any, items: list[str]) -> list[Answer]:
    return [plain_sents(s) for s in kiwi.split_into_sents(items, return_tokens=True)]


def no_subs(kiwi: Any, items: list[str]) -> list[Answer]:
    answers = kiwi.split_into_sents(items, return_tokens=True, return_sub_sents=False)
    return [plain_sents(s) for s in answers]


def flat_tokens(kiwi: Any, items: list[str]) -> list[Answer]:
    """What ingest calls now (``analysis.kiwi_sentences``)."""
    out: list[Answer] = []
    for tokens in kiwi.tokenize(items):
        out.append([(a, b, tuple(map(_FIELDS, t))) for a, b, t in analysis.kiwi_sentences(tokens)])
    return out


def joined(kiwi: Any, articles: list[list[str]]) -> list[Answer]:
    """One text per article (paragraphs joined by a newline), sentences
    handed back to the paragraph that holds them, offsets made its own."""
    texts = ["\n".join(paragraphs) for paragraphs in articles]
    out: list[Answer] = []
    for paragraphs, tokens in zip(articles, kiwi.tokenize(texts), strict=True):
        starts = list(itertools.accumulate((len(p) + 1 for p in paragraphs), initial=0))
        answers: list[Answer] = [[] for _ in paragraphs]
        p = 0
        for group in by_sentence(tokens):
            start, end = _sentence_span(group)
            while start >= starts[p + 1]:
                p += 1
            base = starts[p]
            fields = tuple((f, t, s - base, n) for f, t, s, n in map(_FIELDS, group))
            answers[p].append((start - base, end - base, fields))
        out.extend(answers)
    return out


def differences(reference: list[Answer], other: list[Answer]) -> int:
    return sum(a != b for a, b in zip(reference, other, strict=True)) + abs(
        len(reference) - len(other)
    )


def with_options(kiwi: Any, items: list[str], **options: Any) -> list[Answer]:
    answers = kiwi.split_into_sents(items, return_tokens=True, **options)
    return [plain_sents(s) for s in answers]


def variants(
    texts: list[str], stream: list[str], words: list[str], articles: list[list[str]]
) -> dict[str, Callable[[], Any]]:
    from kiwipiepy import Kiwi

    kiwi = analysis.get_kiwi()
    no_typo, no_multi = Kiwi(load_typo_dict=False), Kiwi(load_multi_dict=False)
    return {
        "raw: tokenize(whole texts)": lambda: list(kiwi.tokenize(texts)),
        "before: split_into_sents(stream)": lambda: current(kiwi, stream),
        "both: tokenize(new story words)": lambda: list(kiwi.tokenize(words)),
        "same, return_sub_sents=False": lambda: no_subs(kiwi, stream),
        "now: tokenize + kiwi_sentences": lambda: flat_tokens(kiwi, stream),
        "an article a text (joined by newlines)": lambda: joined(kiwi, articles),
        "same, match_options=0 (no URL, e-mail...)": lambda: with_options(
            kiwi, stream, match_options=0
        ),
        "same, Kiwi(load_typo_dict=False)": lambda: current(no_typo, stream),
        "same, Kiwi(load_multi_dict=False)": lambda: current(no_multi, stream),
    }


def wrapper_only(stream: list[str], rounds: int) -> dict[str, float]:
    """The Python both calls add around Kiwi's analysis, alone: Kiwi's
    answers for the stream are recorded once, then replayed under kiwipiepy's
    own ``tokenize`` / ``split_into_sents`` code (a class placed between
    ``Kiwi`` and its C base answers the base's ``analyze``)."""
    from kiwipiepy import Kiwi
    from kiwipiepy._wrap import _Kiwi

    recorded: dict[str, Any] = {}

    class Answers(_Kiwi):  # type: ignore[misc]
        def analyze(self, texts: Any, *args: Any) -> Any:
            if not recorded:  # the first call: Kiwi itself, noted
                texts = list(texts)
                recorded.update(zip(texts, super().analyze(texts, *args), strict=True))
            echo = args[2]
            return ((recorded[t], t) if echo else recorded[t] for t in texts)

    class ReplayedKiwi(Kiwi, Answers):  # type: ignore[misc]
        pass

    replayed = ReplayedKiwi()
    list(replayed.tokenize(stream))
    calls: dict[str, Callable[[], Any]] = {
        "before: split_into_sents, wrapper only": lambda: [
            [(s.start, s.end, s.tokens) for s in sents]
            for sents in replayed.split_into_sents(stream, return_tokens=True)
        ],
        "now: tokenize + kiwi_sentences, wrapper only": lambda: [
            analysis.kiwi_sentences(tokens) for tokens in replayed.tokenize(stream)
        ],
    }
    best: dict[str, float] = {}
    for _ in range(rounds):
        for name, call in calls.items():
            start = time.process_time()
            call()
            best[name] = min(best.get(name, float("inf")), time.process_time() - start)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("folder")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--only", action="store_true", help="raw, before and now only")
    args = parser.parse_args()
    folder = Path(args.folder)
    texts = [p.read_text("utf-8") for p in sorted(folder.glob("*.txt"))]
    stream, words, articles = record(folder)
    runs = variants(texts, stream, words, articles)
    if args.only:
        runs = {k: v for k, v in runs.items() if k.startswith(("raw", "before", "now"))}
    reference = current(analysis.get_kiwi(), stream)
    best: dict[str, float] = {}
    main_thread: dict[str, float] = {}  # the interpreter's share: Kiwi analyses on its threads
    differ: dict[str, int] = {}
    for _ in range(args.rounds):
        for name, run in runs.items():
            start, own = time.process_time(), time.thread_time()
            answer = run()
            best[name] = min(best.get(name, float("inf")), time.process_time() - start)
            own = time.thread_time() - own
            main_thread[name] = min(main_thread.get(name, float("inf")), own)
            if name.startswith(("same", "an article", "now")):
                differ[name] = differences(reference, answer)
    chars = sum(map(len, stream))
    print(
        f"{len(texts)} articles, {sum(map(len, texts))} characters; the stream: "
        f"{len(stream)} items, {chars} characters, {len(articles)} articles; "
        f"{len(words)} story words. CPU s, best of {args.rounds} alternating rounds "
        "(all threads, ÷ raw, the calling thread's):"
    )
    raw = best["raw: tokenize(whole texts)"]
    for name, secs in best.items():
        diff = f"{differ[name]} paragraphs differ" if name in differ else ""
        own = main_thread[name]
        print(f"  {name:42s} {secs:6.2f} s  {secs / raw:5.2f}× raw  {own:5.2f} s  {diff}")
    for name, secs in wrapper_only(stream, args.rounds).items():
        print(f"  {name:42s} {secs:6.2f} s  {secs / raw:5.2f}× raw")


if __name__ == "__main__":
    main()
