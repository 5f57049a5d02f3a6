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
Candidates and features come from :mod:`summarizer.head_model`, the code
the runtime switch runs.

An article whose title the page's HTML metadata or a feed item states is
"fixed": no line choice changes it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from summarizer import head_model
from summarizer.clean import clean_article
from summarizer.evaluate_extract import _same, load_labels
from summarizer.extract import HTML_SUFFIXES, decode_html, extract_article
from summarizer.feed_xml import feed_item
from summarizer.forwards import forward_free
from summarizer.late_credits import repost_free
from summarizer.metadata import is_metadata_line
from summarizer.run_on import run_on_lines
from summarizer.text import decode_bytes, normalize
from summarizer.wrapped_lines import rejoin_wrapped
from summarizer.wrapped_names import one_name

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"
FIRST = head_model.FIRST
NAMES = head_model.NAMES


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


def label_sets(with_sealed: bool = False) -> list[Path]:
    """The labelled sets: the unsealed ones, and with ``with_sealed`` the sealed
    sets on main too (those have had their first run)."""
    return [
        d
        for d in sorted(DATA.glob("extract*"))
        if (d / "labels.json").is_file() and (with_sealed or not sealed(d))
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


def build_article(set_name: str, path: Path, gold: str | None) -> Article:
    """One article: its candidates and their features as the runtime computes
    them (:func:`summarizer.head_model.candidates`)."""
    text, html_title = _text_of(path)
    lines, fed = meta_lines(text)
    rule = clean_article(text).metadata.title
    if html_title:
        rule = extract_article(decode_html(path.read_bytes())).title
    art = Article(set_name, path.name, gold, rule, html_title or fed)
    cands = head_model.candidates(lines, rule)
    art.titles, art.rows = cands.titles, cands.rows
    return art


def build(sets: list[Path] | None = None) -> list[Article]:
    out: list[Article] = []
    for folder in label_sets() if sets is None else sets:
        for name, label in sorted(load_labels(folder).items()):
            gold = label.get("title")
            out.append(build_article(folder.name, folder / name, gold))
    return out


def cached(path: Path, sets: list[Path] | None = None) -> list[Article]:
    """:func:`build`, kept in ``path`` (JSON) between runs; delete it after a code change."""
    if path.is_file():
        return [Article(**row) for row in json.loads(path.read_text("utf-8"))]
    arts = build(sets)
    path.write_text(json.dumps([vars(a) for a in arts], ensure_ascii=False), "utf-8")
    return arts
