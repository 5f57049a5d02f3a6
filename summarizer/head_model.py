"""A learned second opinion on the headline line (issue 13), on by default.

The rules pick the title (:func:`summarizer.metadata.extract_metadata`). When
the switch is on, a conditional logit (a softmax over the article's candidate
lines, weights in ``data/head_model.json``, trained by
``benchmarks/head_model_train.py``) reads the same lines; the rules' pick is
kept unless the model gives it a share under ``rule_below`` *and* another
candidate at least ``other_above``. Then that candidate's title is printed.

The candidates are the first :data:`FIRST` lines the headline search reads
(:func:`summarizer.never_heads.page_lines`) plus the rules' pick where it lies
further down; each is turned into the title the rules would print for it.
Features are computed here, at runtime and for training alike.

The switch: ``[extract] head_model`` in config.toml (default true), set by
the bot through :func:`configure`; the environment variable
``BRIEFBOT_HEAD_MODEL`` (1/0) overrides it. Off, nothing here runs.
"""

from __future__ import annotations

import json
import math
import os
import re
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path

from .dates import parse_date
from .debris import is_debris
from .headers import two_line_title
from .line_support import bigrams, support
from .metadata import Metadata, is_metadata_line
from .never_heads import NOT_HEADLINES, page_lines
from .sentences import is_statement
from .title_shape import TITLE_LABEL, headline_like, site_suffix

WEIGHTS = Path(__file__).resolve().parent / "data" / "head_model.json"
ENV = "BRIEFBOT_HEAD_MODEL"
FIRST = 15  # page lines offered to the model
_BODY = 1500  # characters below a line its support is measured on (as head_support)
_STAMP = re.compile(r"\b\d{1,2}:\d{2}\b")
_HANGUL = re.compile(r"[가-힣]")
_LATIN = re.compile(r"[A-Za-z]")
_DIGIT = re.compile(r"\d")
_MARKS = {
    "colon": ":",
    "bar": "|",
    "gt": ">",
    "lt": "<",
    "bracket": "[",
    "paren": "(",
    "ellipsis": "…",
    "middot": "·",
    "dash": " - ",
    "at": "@",
    "hash": "#",
    "comma": ",",
}
_ENDS = ("다.", "다", "요", "요.", ".", "?", "!", ")", "]", "”")
_QUOTES = "\"“”‘’'「」"

SHAPE_NAMES = [
    "len/100",
    "len<10",
    "len>100",
    "words/10",
    "hangul",
    "latin",
    "digits",
    "stamp",
    "quote_open",
    "quote_any",
    "bracket_open",
    "url",
    "has_date",
    "metadata",
    "headline_like",
    "statement",
    "debris",
    "few_bigrams",
    *(f"ends_{e}" for e in ("da.", "da", "yo", "yo.", ".", "?", "!", ")", "]", "quote")),
    *(f"has_{m}" for m in _MARKS),
]
KIND_NAMES = [f"kind:{k.name}" for k in NOT_HEADLINES]
CONTEXT_NAMES = [
    "support",
    "support<0.1",
    "support>=0.6",
    "pos/10",
    "pos0",
    "inv_pos",
    "rule_pick",
    "date_below",
    "date_above",
    "repeated",
    "best_support",
    "support_gap",
    "first_headlike",
    "is_post_rule",
    "is_pre_rule",
]
NAMES = CONTEXT_NAMES + SHAPE_NAMES + KIND_NAMES


def same(a: str | None, b: str | None) -> bool:
    """Two titles alike but for spacing and case (as the evaluator compares)."""
    if a is None or b is None:
        return a is None and b is None
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def printed(lines: list[str], line: str) -> str:
    """The title the rules print for ``line`` (as ``extract_metadata`` does)."""
    title, _site = site_suffix(TITLE_LABEL.sub("", line))
    return two_line_title(lines, title) if title else line


def _dated(line: str) -> bool:
    return is_metadata_line(line) and parse_date(line) is not None


def _shape(line: str) -> list[float]:
    n = max(1, len(line))
    return [
        min(len(line), 200) / 100,
        float(len(line) < 10),
        float(len(line) > 100),
        len(line.split()) / 10,
        len(_HANGUL.findall(line)) / n,
        len(_LATIN.findall(line)) / n,
        len(_DIGIT.findall(line)) / n,
        float(_STAMP.search(line) is not None),
        float(line[:1] in _QUOTES),
        float(any(q in line for q in _QUOTES)),
        float(line[:1] in "[【<〈"),
        float("http" in line or "www." in line),
        float(parse_date(line) is not None),
        float(is_metadata_line(line)),
        float(headline_like(line)),
        float(is_statement(line)),
        float(is_debris(line)),
        float(len(bigrams(line)) < 4),
        *(float(line.endswith(e)) for e in _ENDS),
        *(float(m in line) for m in _MARKS.values()),
    ]


def _first_like(page: list[str]) -> int:
    return next(
        (
            i
            for i, ln in enumerate(page)
            if len(ln) >= 10 and headline_like(ln) and not is_metadata_line(ln)
        ),
        -1,
    )


def _context(
    page: list[str], at: int, rule_at: int, first_like: int, sup: float, sups: list[float]
) -> list[float]:
    line = page[at]
    nxt = page[at + 1] if at + 1 < len(page) else ""
    prev = page[at - 1] if at else ""
    return [
        sup,
        float(sup < 0.1),
        float(sup >= 0.6),
        min(at, 30) / 10,
        float(at == 0),
        1 / (1 + at),
        float(at == rule_at),
        float(_dated(nxt)),
        float(_dated(prev)),
        float(page.count(line) >= 2),
        float(sup >= max(sups)),
        max(sups) - sup,
        float(at == first_like),
        float(rule_at >= 0 and at > rule_at),
        float(rule_at >= 0 and at < rule_at),
    ]


def _support_at(page: list[str], at: int) -> float:
    below = "\n".join(ln for ln in page[at + 1 :] if ln != page[at])[:_BODY]
    return support(page[at], below)


@dataclass
class Candidates:
    """An article's candidate lines: the title each prints, its features, and
    which one is the rules' pick (-1: none of them)."""

    titles: list[str]
    rows: list[list[float]]
    rule: int


def candidates(lines: list[str], rule: str | None) -> Candidates:
    """The candidates of the lines ``extract_metadata`` read, whose title the
    rules printed as ``rule``."""
    page = page_lines(lines)
    picks = list(dict.fromkeys(page[:FIRST]))
    titles = [printed(lines, ln) for ln in picks]
    if rule is not None and not any(same(t, rule) for t in titles):
        deeper = (ln for ln in page[FIRST:] if ln not in picks)
        for line in deeper:
            if same(title := printed(lines, line), rule):
                picks.append(line)
                titles.append(title)
                break
    at_rule = next((k for k, t in enumerate(titles) if rule is not None and same(t, rule)), -1)
    rule_at = page.index(picks[at_rule]) if at_rule >= 0 else -1
    sups = [_support_at(page, page.index(ln)) for ln in picks]
    first_like = _first_like(page)
    rows = []
    for k, line in enumerate(picks):
        ctx = _context(page, page.index(line), rule_at, first_like, sups[k], sups)
        kinds = [float(bool(kind.test(line))) for kind in NOT_HEADLINES]
        rows.append(ctx + _shape(line) + kinds)
    return Candidates(titles, rows, at_rule)


@dataclass(frozen=True)
class Model:
    weights: tuple[float, ...]
    rule_below: float  # switch only when the rules' pick has a share under this
    other_above: float  # and another candidate at least this


@cache
def load_model(path: Path = WEIGHTS) -> Model:
    spec = json.loads(path.read_text("utf-8"))
    if spec["features"] != NAMES:
        raise ValueError(f"{path}: its features are not this module's (retrain)")
    return Model(tuple(spec["weights"]), spec["rule_below"], spec["other_above"])


def shares(model: Model, rows: list[list[float]]) -> list[float]:
    """The softmax over the candidates' scores."""
    scores = [sum(w * x for w, x in zip(model.weights, row, strict=True)) for row in rows]
    top = max(scores)
    exp = [math.exp(s - top) for s in scores]
    return [e / sum(exp) for e in exp]


def retitle(lines: list[str], title: str | None, model: Model | None = None) -> str | None:
    """``title`` (the rules' pick from ``lines``), or the candidate the model is
    sure of where it is just as sure the rules' pick is not the headline."""
    if title is None:
        return None
    cands = candidates(lines, title)
    if cands.rule < 0 or len(cands.rows) < 2:
        return title
    model = model or load_model()
    share = shares(model, cands.rows)
    best = max((k for k in range(len(share)) if k != cands.rule), key=share.__getitem__)
    if share[cands.rule] < model.rule_below and share[best] >= model.other_above:
        return cands.titles[best]
    return title


def second_opinion(lines: list[str], metadata: Metadata) -> Metadata:
    """``metadata`` from ``lines``, its title checked by the model where the
    switch is on (:func:`enabled`); off, it is returned as it is, at no cost."""
    if not enabled():
        return metadata
    return replace(metadata, title=retitle(lines, metadata.title))


_configured = True


def configure(enabled: bool) -> None:
    """The config file's ``[extract] head_model`` (the bot calls this at start)."""
    global _configured
    _configured = enabled


def enabled() -> bool:
    """Whether the model may change titles: ``$BRIEFBOT_HEAD_MODEL`` if set, else
    the configured setting (on unless configured off)."""
    value = os.environ.get(ENV, "").strip().lower()
    if value:
        return value in ("1", "true", "yes", "on")
    return _configured
