"""The one place that says where a Korean sentence ends.

Texts reach these rules after :func:`summarizer.text.normalize`, so full-width
punctuation is already ASCII; the full-width forms are listed anyway for text
that did not (a rendered reply). Sentence *splitting* of article bodies is
Kiwi's (:mod:`summarizer.analysis`); these rules answer the cheaper questions
the cleaner, the metadata reader, the ranker and the chat renderers ask.
"""

from __future__ import annotations

import re

# Terminal punctuation and what may close a sentence after it.
TERMINAL = ".!?。！？…"
CLOSING = "\"'”’)\\]」』"
# Final verbal endings: …다, …요, …죠, …까 ("발표했다", "있어요", "할까").
FINAL_ENDINGS = "다요죠까"
# Endings a finished line may also carry: nominal (…음, …함, …됨, …임) and
# plain-speech (…네, …라).
LOOSE_ENDINGS = "음함됨임네라"

_FINISHED = re.compile(rf"[{FINAL_ENDINGS}][{TERMINAL}{CLOSING}]*\s*$")
_LOOKS_LIKE = re.compile(
    rf"([{TERMINAL}]|[{FINAL_ENDINGS}{LOOSE_ENDINGS}]|[{TERMINAL}]?[{CLOSING}])\s*$"
)
_STATEMENT = re.compile(rf"[{TERMINAL[:3]}]\s*$|다\s*$")
# a quote closes the line but no sentence ending stands before it
_QUOTED_PHRASE = re.compile(r"[^.!?다요][\"”’']\s*$")
# A cut between sentences: terminal punctuation (and closing quotes) followed
# by white space, or a line break; the white space stays with the sentence.
SENTENCE_BREAK = re.compile(rf"[{TERMINAL}]+[{CLOSING}]*\s+|\s*\n\s*")


def is_finished(sentence: str) -> bool:
    """Ends in a final verbal ending, perhaps followed by punctuation or
    quotes: a body sentence, not a sub-headline or a caption."""
    return bool(_FINISHED.search(sentence))


def looks_like_sentence(line: str) -> bool:
    """Ends like a sentence of any kind (punctuation, a verbal or nominal
    ending, a closing quote): body text rather than a heading."""
    return bool(_LOOKS_LIKE.search(line))


def is_statement(line: str) -> bool:
    """Ends in a full stop, ``!``, ``?`` or a bare …다: how a headline
    candidate is told apart from the lead's first sentence."""
    return bool(_STATEMENT.search(line))


def is_quoted_phrase(line: str) -> bool:
    """A quotation closes the line with no sentence ending inside it: a
    headline such as 서방언론 "엔비디아 칩 독보적, 당장 따라잡긴 힘들것"."""
    return bool(_QUOTED_PHRASE.search(line))
