"""The headline-line dataset for the learned scorer experiment (issue 13,
session 19, branch r20scorer): :mod:`head_scorer_cv` reads it.

Every labelled article of the unsealed sets ``tests/data/extract*`` is read
the way ingest reads it (:func:`summarizer.evaluate_extract.stated_metadata`:
an HTML page through :func:`summarizer.extract.extract_article`), and its lines
the way :func:`summarizer.clean.clean_article` hands them to
:func:`summarizer.metadata.extract_metadata`. The candidates are the first
:data:`FIRST` lines the headline search reads (:func:`never_heads.page_lines`)
plus the rules' pick where it lies further down. Each candidate is turned
into the title the rules would print for it (title label and site suffix off,
a second line joined) and labelled 1 when that equals the labelled title.

An article whose title the page's HTML metadata or a feed item states is
"fixed": no line choice changes it.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from summarizer.clean import clean_article
from summarizer.dates import parse_date
from summarizer.debris import is_debris
from summarizer.evaluate_extract import _same, load_labels
from summarizer.extract import HTML_SUFFIXES, decode_html, extract_article
from summarizer.feed_xml import feed_item
from summarizer.forwards import forward_free
from summarizer.headers import two_line_title
from summarizer.late_credits import repost_free
from summarizer.line_support import bigrams, support
from summarizer.metadata import _TITLE_LABEL, _headline_like, _site_suffix, is_metadata_line
from summarizer.never_heads import NOT_HEADLINES, page_lines
from summarizer.run_on import run_on_lines
from summarizer.sentences import is_statement
from summarizer.text import decode_bytes, normalize
from summarizer.wrapped_lines import rejoin_wrapped
from summarizer.wrapped_names import one_name

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"
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
_QUOTES = "\"“”‘’'「」"


@dataclass
class Article:
    set_name: str
    file: str
    gold: str | None
    rule: str | None  # the title the rules print
    fixed: bool  # HTML metadata or a feed item states the title
    titles: list[str] = field(default_factory=list)  # each candidate's printed title
    rows: list[list[float]] = field(default_factory=list)  # each candidate's features

    @property
    def rule_right(self) -> bool:
        return _same(self.gold, self.rule)

    def right(self, at: int) -> bool:
        return _same(self.gold, self.titles[at])


def sealed(folder: Path) -> bool:
    readme = folder / "README.md"
    return readme.is_file() and "SEALED" in readme.read_text("utf-8")[:300]


def label_sets() -> list[Path]:
    """The unsealed labelled sets (sealed ones are never opened)."""
    return [
        d for d in sorted(DATA.glob("extract*")) if (d / "labels.json").is_file() and not sealed(d)
    ]


def _text_of(path: Path) -> tuple[str, bool]:
    data = path.read_bytes()
    if path.suffix.lower() in HTML_SUFFIXES:
        page = extract_article(decode_html(data))
        return normalize(page.ingest_text), bool(page.overrides().get("title"))
    return normalize(decode_bytes(data)), False


def meta_lines(text: str) -> tuple[list[str], bool]:
    """The lines :func:`clean_article` gives :func:`extract_metadata`, and
    whether a feed item states the fields instead."""
    item = feed_item(normalize(text))
    lines = item.lines() if item else [line.strip() for line in normalize(text).split("\n")]
    lines = rejoin_wrapped(lines, is_metadata_line, one_name)
    return repost_free(forward_free(run_on_lines(lines))), item is not None


def printed(lines: list[str], line: str) -> str:
    """The title the rules print for ``line`` (as ``extract_metadata`` does)."""
    title, _site = _site_suffix(_TITLE_LABEL.sub("", line))
    return two_line_title(lines, title) if title else line


def _dated(line: str) -> bool:
    return is_metadata_line(line) and parse_date(line) is not None


def _shape(line: str) -> list[float]:
    n = max(1, len(line))
    ends = [line.endswith(e) for e in ("다.", "다", "요", "요.", ".", "?", "!", ")", "]", "”")]
    marks = [m in line for m in _MARKS.values()]
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
        float(_headline_like(line)),
        float(is_statement(line)),
        float(is_debris(line)),
        float(len(bigrams(line)) < 4),
        *map(float, ends),
        *map(float, marks),
    ]


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


def _first_like(page: list[str]) -> int:
    return next(
        (
            i
            for i, ln in enumerate(page)
            if len(ln) >= 10 and _headline_like(ln) and not is_metadata_line(ln)
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


def build_article(set_name: str, path: Path, gold: str | None) -> Article:
    text, html_title = _text_of(path)
    lines, fed = meta_lines(text)
    rule = clean_article(text).metadata.title
    if html_title:
        rule = extract_article(decode_html(path.read_bytes())).title
    art = Article(set_name, path.name, gold, rule, html_title or fed)
    full = page_lines(lines)
    seen = dict.fromkeys(full[:FIRST])
    titles = {ln: printed(lines, ln) for ln in full}
    extra = [ln for ln in full[FIRST:] if rule is not None and _same(titles[ln], rule)][:1]
    page = full
    picks = [*seen, *(ln for ln in extra if ln not in seen)]
    rule_lines = [ln for ln in picks if rule is not None and _same(titles[ln], rule)]
    rule_at = page.index(rule_lines[0]) if rule_lines else -1
    sups = [_support_at(page, page.index(ln)) for ln in picks]
    first_like = _first_like(page)
    for k, line in enumerate(picks):
        ctx = _context(page, page.index(line), rule_at, first_like, sups[k], sups)
        art.titles.append(titles[line])
        art.rows.append(ctx + _shape(line) + [float(bool(k_.test(line))) for k_ in NOT_HEADLINES])
    return art


def build(sets: list[Path] | None = None) -> list[Article]:
    out: list[Article] = []
    for folder in sets or label_sets():
        for name, label in sorted(load_labels(folder).items()):
            gold = label.get("title")
            out.append(build_article(folder.name, folder / name, gold))
    return out


def cached(path: Path) -> list[Article]:
    """:func:`build`, kept in ``path`` (JSON) between runs; delete it after a code change."""
    if path.is_file():
        return [Article(**row) for row in json.loads(path.read_text("utf-8"))]
    arts = build()
    path.write_text(json.dumps([vars(a) for a in arts], ensure_ascii=False), "utf-8")
    return arts
