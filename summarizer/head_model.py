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
from operator import mul
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
_QUOTE = re.compile(f"[{re.escape(_QUOTES)}]")  # any of _QUOTES
_MARK_TEXTS = tuple(_MARKS.values())
# A series' part in angle brackets inside a headline ("…될까 <중> 항만…", "<상>",
# "<3>") is the part's number, as "(중)" or "③" would be, not the programme or
# markup an angle bracket otherwise marks: the bracket features do not see it.
_PART_MARK = re.compile(r"[<〈]\s*(?:상|중|하|\d{1,2})\s*[>〉]")

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
PLACE_NAMES = [
    "pos/10",
    "pos0",
    "inv_pos",
    "rule_pick",
    "repeated",
    "first_headlike",
    "is_post_rule",
    "is_pre_rule",
]
# what the gate reads of every candidate but the rules' pick (:func:`_out_of_reach`):
# its place and the shape features of _looks (those before and after _readers')
READ_AHEAD = PLACE_NAMES + SHAPE_NAMES[:12] + SHAPE_NAMES[18:]


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
    plain, marks = _looks(line)
    return plain + _readers(line) + marks


def _looks(line: str) -> tuple[list[float], list[float]]:
    """The shape features no reader is asked for: those before the readers'
    (:func:`_readers`) and those after them."""
    n = max(1, len(line))
    unmarked = _PART_MARK.sub("", line)
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
        float(_QUOTE.search(line) is not None),
        float(line[:1] in "[【<〈"),
        float("http" in line or "www." in line),
    ], [float(line.endswith(e)) for e in _ENDS] + [float(m in unmarked) for m in _MARK_TEXTS]


def _readers(line: str) -> list[float]:
    """The shape features the line readers answer (date, metadata, headline,
    statement, debris, bigrams)."""
    return [
        float(parse_date(line) is not None),
        float(is_metadata_line(line)),
        float(headline_like(line)),
        float(is_statement(line)),
        float(is_debris(line)),
        float(len(bigrams(line)) < 4),
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
    pos, pos0, inv_pos, pick, repeated, first, post, pre = _place(page, at, rule_at, first_like)
    nxt = page[at + 1] if at + 1 < len(page) else ""
    prev = page[at - 1] if at else ""
    return [
        sup,
        float(sup < 0.1),
        float(sup >= 0.6),
        pos,
        pos0,
        inv_pos,
        pick,
        float(_dated(nxt)),
        float(_dated(prev)),
        repeated,
        float(sup >= max(sups)),
        max(sups) - sup,
        first,
        post,
        pre,
    ]


def _place(page: list[str], at: int, rule_at: int, first_like: int) -> list[float]:
    """The context features of a line's place on the page (:data:`PLACE_NAMES`)."""
    return [
        min(at, 30) / 10,
        float(at == 0),
        1 / (1 + at),
        float(at == rule_at),
        float(page.count(page[at]) >= 2),
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
    page, picks, titles, at_rule = _picks(lines, rule)
    return Candidates(titles, _rows(page, picks, at_rule), at_rule)


def _picks(lines: list[str], rule: str | None) -> tuple[list[str], list[str], list[str], int]:
    """The page, its candidate lines, the title each prints, and which one is
    the rules' pick (-1: none of them)."""
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
    return page, picks, titles, at_rule


def _rows(page: list[str], picks: list[str], at_rule: int) -> list[list[float]]:
    rule_at = page.index(picks[at_rule]) if at_rule >= 0 else -1
    sups = [_support_at(page, page.index(ln)) for ln in picks]
    first_like = _first_like(page)
    rows = []
    for k, line in enumerate(picks):
        ctx = _context(page, page.index(line), rule_at, first_like, sups[k], sups)
        kinds = [float(bool(kind.test(line))) for kind in NOT_HEADLINES]
        rows.append(ctx + _shape(line) + kinds)
    return rows


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
    page, picks, titles, at_rule = _picks(lines, title)
    if at_rule < 0 or len(picks) < 2:
        return title
    model = model or load_model()
    if _out_of_reach(model, page, picks, at_rule):
        return title  # what the whole check would answer, at a fraction of its cost
    best = choice(model, _rows(page, picks, at_rule), at_rule)
    return title if best == at_rule else titles[best]


def choice(model: Model, rows: list[list[float]], rule: int) -> int:
    """The candidate whose title is printed: the rules' pick (``rule``) unless
    the model gives it a share under ``rule_below`` and another at least
    ``other_above``."""
    share = shares(model, rows)
    best = max((k for k in range(len(share)) if k != rule), key=share.__getitem__)
    return best if share[rule] < model.rule_below and share[best] >= model.other_above else rule


# The gate (issue 14). The switch needs another candidate's share to be at least
# other_above / rule_below times the rules' pick's (its score higher by the log
# of that), and the others' shares together more than (1 / rule_below - 1) times
# it. A score is a sum of weight × feature; the features the gate leaves unread
# all lie in [0, 1], so each adds at most max(w, 0) to a score and at least
# min(w, 0). The gate reads the rules' pick whole (but for its best-support flag
# and support gap, which need every candidate's support) and of the others only
# READ_AHEAD; when even the bounds leave both conditions out of reach, the rules'
# title stands, as the whole check would leave it. _MARGIN (in log units) is far
# above the floats' rounding, so the gate never decides a case the check decides
# the other way.
_MARGIN = 1e-6
_UNSURE = ("best_support", "support_gap")  # the rules' pick's features the gate bounds


@cache
def _gate_weights(model: Model) -> tuple[tuple[float, ...], float, float]:
    """READ_AHEAD's weights, the most the other features can add to a score,
    and the least _UNSURE can add to the rules' pick's."""
    weight = dict(zip(NAMES, model.weights, strict=True))
    ahead = tuple(weight[name] for name in READ_AHEAD)
    most = sum(max(w, 0.0) for name, w in weight.items() if name not in READ_AHEAD)
    least = sum(min(weight[name], 0.0) for name in _UNSURE)
    return ahead, most, least


def _out_of_reach(model: Model, page: list[str], picks: list[str], at_rule: int) -> bool:
    """Whether no candidate can take the title from the rules' pick, whatever
    the features the gate leaves unread."""
    below, above = model.rule_below, model.other_above
    if not (0 < below < 1 and above > 0):
        return False
    ahead, most, least = _gate_weights(model)
    rule_at = page.index(picks[at_rule])
    first_like = _first_like(page)
    sup = _support_at(page, rule_at)
    row = _context(page, rule_at, rule_at, first_like, sup, [sup])
    row += _shape(picks[at_rule]) + [float(bool(k.test(picks[at_rule]))) for k in NOT_HEADLINES]
    for name in _UNSURE:
        row[NAMES.index(name)] = 0.0
    low = sum(map(mul, model.weights, row)) + least
    gaps = []
    for k, line in enumerate(picks):
        if k != at_rule:
            plain, marks = _looks(line)
            read = _place(page, page.index(line), rule_at, first_like) + plain + marks
            gaps.append(sum(map(mul, ahead, read)) + most - low)
    if max(gaps) < math.log(above / below) - _MARGIN:
        return True
    return sum(math.exp(min(gap, 700.0)) for gap in gaps) < (1 / below - 1) * (1 - _MARGIN)


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
