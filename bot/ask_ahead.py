"""``briefbot ask``: Kiwi only when the question needs it, started first.

Kiwi analyses the words of a keyword question (``/summary 전력 수요``,
``/stories 전력``, ``/trend 수요`` or plain text). Its load and first
analysis take longer than everything else such a process does (the first
analysis about as long again as the load), so:

* the words' terms, once analysed, are kept in a small file of the user's
  cache folder (``briefbot/query-terms.json``), keyed by the versions of
  kiwipiepy, its model and ``summarizer/analysis.py``: the same question
  asked again is answered without Kiwi (the terms are those Kiwi gave);
* a question asked the first time whose words the store analysed at ingest
  (:mod:`summarizer.query_vocab`: ``전력``, ``반도체 수출``, ``AI``) is
  answered from the store's rows, again Kiwi's own terms;
* otherwise Kiwi's load and first analysis start at once, on a thread of
  their own (:func:`summarizer.analysis.load_ahead`), and the imports and
  the store's opening overlap the analysis.

A question about a catalogued entity or a source number, and every other
command, is answered without Kiwi, so nothing is started for it: a load
started for nothing holds the interpreter lock for a second.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
import threading
from collections.abc import Callable
from pathlib import Path

KEPT = 2000  # the newest questions' terms kept in the cache file

# The commands whose words Kiwi analyses: names and aliases as
# handlers.commands.COMMANDS has them (tests/test_ask_process.py keeps them in step).
ANALYSED = frozenset(
    {
        *("summary", "요약", "브리핑", "brief", "briefing"),
        *("stories", "이슈", "주요뉴스"),
        *("trend", "추이", "trends", "chart"),
    }
)
_COMMAND = re.compile(r"^/([^\s@]+)(?:@(\S+))?(?:\s+(.*))?$", re.DOTALL)  # as handlers parses
_SOURCE_ID = re.compile(r"\[?#?(-?\d{1,9})\]?(?:번)?")  # /summary N


def analysed_texts(text: str) -> list[str]:
    """The texts the question's handler may give Kiwi: its words together
    and one by one (the stories about a question look for each word)."""
    from summarizer.text import normalize_query

    text = normalize_query(text)
    match = _COMMAND.match(text)
    if match is None:  # plain text is a summary request
        args = text
    elif match.group(1).casefold() in ANALYSED:
        args = (match.group(3) or "").strip()
    else:
        return []
    if not args or _SOURCE_ID.fullmatch(args):
        return []
    return [args, *args.split()]


def needed(text: str) -> list[str]:
    """The texts answering ``text`` analyses that are no catalogued
    entity. A word with a digit and no space may be a chip the store
    discovered (a model number): it is left out."""
    from summarizer.entities import load_index

    index = load_index()  # loaded once; the corpus uses the same
    return [
        word
        for word in analysed_texts(text)
        if index.resolve(word) is None
        and not (any(c.isdigit() for c in word) and not any(c.isspace() for c in word))
    ]


def start(text: str, store: Callable[[], str] | None = None) -> threading.Thread | None:
    """Before answering ``text``: give the analysis the terms kept for its
    words, or else those the store kept at ingest (``store``: its path or
    URL, :mod:`summarizer.query_vocab`); if one is still missing, start
    Kiwi's load on its own thread and record what it analyses (:func:`finish`
    keeps it). None: nothing started."""
    from summarizer.analysis import know_terms, load_ahead

    words = needed(text)
    if not words:
        return None
    texts = analysed_texts(text)
    kept = _read()
    know_terms({w: kept[w] for w in texts if w in kept}, record=True)
    missing = [w for w in texts if w not in kept]
    if missing and store is not None:
        from summarizer.query_vocab import known_terms

        stored = known_terms(store(), missing)
        know_terms(stored)
        kept.update(stored)
    if all(w in kept for w in words):
        return None
    return load_ahead(workers=1)  # a few words: no pool of threads to start


def finish() -> None:
    """Keep the terms this process analysed (best effort: a cache)."""
    from summarizer.analysis import asked_terms

    new = asked_terms()
    if not new:
        return
    kept = _read()
    for word in new:
        kept.pop(word, None)  # the newest last
    kept.update(new)
    payload = {"version": _version(), "terms": dict(list(kept.items())[-KEPT:])}
    path = cache_file()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(
            "w", encoding="utf-8", dir=path.parent, prefix=".query-terms", delete=False
        ) as out:
            json.dump(payload, out, ensure_ascii=False)
        os.replace(out.name, path)
    except OSError:
        return


def cache_file() -> Path:
    """In the user's cache folder (the system's temporary one if there is no home)."""
    cache = os.environ.get("XDG_CACHE_HOME")
    if not cache:
        try:
            cache = str(Path.home() / ".cache")
        except RuntimeError:
            cache = os.path.join(tempfile.gettempdir(), f"briefbot-{os.getuid()}")
    return Path(cache) / "briefbot" / "query-terms.json"


def _read() -> dict[str, list[str]]:
    """The kept terms, if the file is whole and of these versions."""
    try:
        payload = json.loads(cache_file().read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(payload, dict) or payload.get("version") != _version():
        return {}
    terms = payload.get("terms")
    if not isinstance(terms, dict):
        return {}
    return {
        str(text): [str(t) for t in found]
        for text, found in terms.items()
        if isinstance(found, list) and all(isinstance(t, str) for t in found)
    }


def _version() -> str:
    from summarizer.query_vocab import analysis_version

    return analysis_version()
