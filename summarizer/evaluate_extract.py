"""Score chip extraction and metadata on a labelled folder of articles.

The folder holds article files (.txt, .md, .html) and ``labels.json``::

    {"<file>": {"title", "publisher", "author", "published": "YYYY-MM-DD" | null,
                "chips": [{"name", "vendor", "kind", "family", "mentions"}],
                "families": [str], "not_chips": [str]}}

Chips are scored per article × chip: a chip the bot reports for an article
is a true positive when the article's labels list it (names are matched
through the catalogue's aliases, so "昇腾910C" and "Ascend 910C" are one
chip), a false positive when they do not (a labelled product line reported
as such is neither), and a labelled chip the bot misses is a false negative.
Metadata is scored per field: the stated value, or null where the text
states nothing.

``briefbot eval extract DIR --json`` prints the report as one object:
``articles``, ``chips`` (``precision``, ``recall``, ``tp``, ``fp``, ``fn`` and the
``false``/``missed`` lists of ``{"file", "chip"}``), ``metadata`` (accuracy per
field), ``metadata_overall``, ``wrong_fields`` (``{"file", "field", "expected",
"got"}``) and ``per_article``: for every labelled file, its ``false_chips``,
``missed_chips`` and ``wrong_fields`` (``{"field", "expected", "got"}``).
"""

from __future__ import annotations

import json
import re
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .chip_catalogue import CHIP
from .clean import clean_article
from .corpus import Corpus
from .entities import EntityIndex, load_index
from .extract import HTML_SUFFIXES, NoArticleError, decode_html, extract_article
from .store import Store
from .text import decode_bytes, normalize

FIELDS = ("title", "publisher", "author", "published")


@dataclass
class ExtractReport:
    articles: int = 0
    tp: int = 0
    fp: int = 0
    fn: int = 0
    field_right: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0))
    false_chips: list[tuple[str, str]] = field(default_factory=list)  # (file, chip)
    missed_chips: list[tuple[str, str]] = field(default_factory=list)
    wrong_fields: list[tuple[str, str, str | None, str | None]] = field(default_factory=list)
    files: list[str] = field(default_factory=list)  # the labelled articles, in order

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    def accuracy(self, name: str) -> float:
        return self.field_right[name] / self.articles if self.articles else 0.0

    def as_json(self) -> dict[str, Any]:
        return {
            "articles": self.articles,
            "chips": {
                "precision": round(self.precision, 4),
                "recall": round(self.recall, 4),
                "tp": self.tp,
                "fp": self.fp,
                "fn": self.fn,
                "false": [{"file": f, "chip": c} for f, c in self.false_chips],
                "missed": [{"file": f, "chip": c} for f, c in self.missed_chips],
            },
            "metadata": {name: round(self.accuracy(name), 4) for name in FIELDS},
            "metadata_overall": round(
                sum(self.field_right.values()) / (len(FIELDS) * self.articles), 4
            )
            if self.articles
            else 0.0,
            "wrong_fields": [
                {"file": f, "field": n, "expected": e, "got": g} for f, n, e, g in self.wrong_fields
            ],
            "per_article": self.per_article(),
        }

    def per_article(self) -> dict[str, dict[str, list[Any]]]:
        """Each labelled article's false and missed chips and wrong fields
        (with what was expected and what was read); empty lists where all is right."""
        out = {name: _no_errors() for name in self.files}
        for name, chip in self.false_chips:
            out.setdefault(name, _no_errors())["false_chips"].append(chip)
        for name, chip in self.missed_chips:
            out.setdefault(name, _no_errors())["missed_chips"].append(chip)
        for name, field_name, expected, got in self.wrong_fields:
            wrong = {"field": field_name, "expected": expected, "got": got}
            out.setdefault(name, _no_errors())["wrong_fields"].append(wrong)
        return out

    def table(self) -> str:
        lines = [
            f"{self.articles} articles",
            f"chips     precision {self.precision:.3f}  recall {self.recall:.3f}"
            f"  (tp {self.tp}, fp {self.fp}, fn {self.fn})",
        ]
        for name in FIELDS:
            right = self.field_right[name]
            lines.append(f"{name:<10}accuracy {self.accuracy(name):.3f}  ({right}/{self.articles})")
        lines += [f"false chip: {f}: {c}" for f, c in self.false_chips]
        lines += [f"missed chip: {f}: {c}" for f, c in self.missed_chips]
        lines += [f"wrong {n}: {f}: expected {e!r}, got {g!r}" for f, n, e, g in self.wrong_fields]
        return "\n".join(lines)


def _no_errors() -> dict[str, list[Any]]:
    return {"false_chips": [], "missed_chips": [], "wrong_fields": []}


def load_labels(folder: Path) -> dict[str, dict[str, Any]]:
    path = folder / "labels.json"
    labels = json.loads(path.read_text("utf-8"))
    if not isinstance(labels, dict):
        raise ValueError(f"{path}: not an object of file → labels")
    return labels


def evaluate_extract(folder: str | Path) -> ExtractReport:
    """Run the ingest pipeline over ``folder`` and score it against its labels."""
    root = Path(folder)
    labels = load_labels(root)
    index = load_index()
    report = ExtractReport()
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Corpus(Store(Path(tmp) / "eval.sqlite3"), index)
        try:
            corpus.sync_folder(root)
            by_file = {a.file: a.id for a in corpus.store.articles() if a.file}
            for name, label in sorted(labels.items()):
                report.articles += 1
                report.files.append(name)
                article_id = by_file.get(name)
                chips = _chips_of(corpus, article_id) if article_id is not None else set()
                _score_chips(report, name, label, chips, index)
                _score_metadata(report, name, label, stated_metadata(root / name))
        finally:
            corpus.store.close()
    return report


def _chips_of(corpus: Corpus, article_id: int) -> set[str]:
    return {m.entity for m in corpus.store.mentions(kind=CHIP, article_ids=[article_id])}


def canonical(name: str, index: EntityIndex) -> str:
    """One spelling for a chip: its catalogue key, else the folded name."""
    key = index.resolve(name)
    return key if key is not None else re.sub(r"[\s\-_·.]", "", name).casefold()


def _score_chips(
    report: ExtractReport, name: str, label: dict[str, Any], found: set[str], index: EntityIndex
) -> None:
    gold = {canonical(str(c["name"]), index): str(c["name"]) for c in label.get("chips", [])}
    families = {canonical(str(f), index) for f in label.get("families", [])}
    # by the name shown: "Neuchips Raptor" is the chip Raptor (two makers' chips share it)
    predicted = {canonical(index.display_name(key), index): key for key in found}
    for key, shown in predicted.items():
        if key in gold:
            report.tp += 1
        elif key not in families:
            report.fp += 1
            report.false_chips.append((name, shown))
    for key, shown in gold.items():
        if key not in predicted:
            report.fn += 1
            report.missed_chips.append((name, shown))


def stated_metadata(path: Path) -> dict[str, str | None]:
    """What the article states, read the way ingest reads it."""
    data = path.read_bytes()
    overrides: dict[str, str | None] = {}
    if path.suffix.lower() in HTML_SUFFIXES:
        try:
            page = extract_article(decode_html(data))
        except NoArticleError:  # ingest refuses the page too: nothing is read
            return dict.fromkeys(FIELDS)
        text, overrides = normalize(page.ingest_text), page.overrides()
    else:
        text = normalize(decode_bytes(data))
    meta = clean_article(text).metadata
    stated: dict[str, str | None] = {
        "title": meta.title,
        "publisher": meta.publisher,
        "author": meta.author,
        "published": meta.published,
    }
    for key in FIELDS:
        if overrides.get(key):
            stated[key] = overrides[key]
    return stated


def _same(expected: object, got: str | None) -> bool:
    if expected is None or got is None:
        return expected is None and got is None
    return " ".join(str(expected).split()).casefold() == " ".join(got.split()).casefold()


def _score_metadata(
    report: ExtractReport, name: str, label: dict[str, Any], got: dict[str, str | None]
) -> None:
    for field_name in FIELDS:
        expected = label.get(field_name)
        if _same(expected, got[field_name]):
            report.field_right[field_name] += 1
        else:
            report.wrong_fields.append(
                (name, field_name, None if expected is None else str(expected), got[field_name])
            )


def run_cli(folder: str, *, as_json: bool = False) -> int:
    """``briefbot eval extract DIR``: print the report; 2 on a bad folder."""
    import sys

    root = Path(folder)
    if not (root / "labels.json").is_file():
        print(f"briefbot: no labels.json in {root}", file=sys.stderr)
        return 2
    try:
        report = evaluate_extract(root)
    except (OSError, ValueError, KeyError, TypeError) as exc:
        print(f"briefbot: {exc}", file=sys.stderr)
        return 2
    print(json.dumps(report.as_json(), ensure_ascii=False) if as_json else report.table())
    return 0
