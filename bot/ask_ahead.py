"""``briefbot ask``: start Kiwi's load at once when the question needs Kiwi.

Kiwi analyses the words of a keyword question (``/summary 전력 수요``,
``/stories 전력``, ``/trend 수요`` or plain text). Its load and first
analysis take longer than everything else such a process does; started
first, on a thread of their own (:func:`summarizer.analysis.load_ahead`),
they overlap the imports and the store's opening. A question about a
catalogued entity or a source number, and every other command, is answered
without Kiwi, so nothing is started for it: a load started for nothing holds
the interpreter lock for a second.
"""

from __future__ import annotations

import re
import threading

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


def needs_kiwi(text: str) -> bool:
    """Whether answering ``text`` analyses a word that is no catalogued
    entity. A word with a digit and no space may be a chip the store
    discovered (a model number): that alone starts nothing."""
    from summarizer.entities import load_index

    index = load_index()  # loaded once; the corpus uses the same
    for word in analysed_texts(text):
        if index.resolve(word) is not None:
            continue
        if any(c.isdigit() for c in word) and not any(c.isspace() for c in word):
            continue
        return True
    return False


def start(text: str) -> threading.Thread | None:
    """Kiwi's load on its own thread when ``text`` needs it (else None)."""
    if not needs_kiwi(text):
        return None
    from summarizer.analysis import load_ahead

    return load_ahead()
