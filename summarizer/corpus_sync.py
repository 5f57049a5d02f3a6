"""Keeping the store in line with a folder of article files, and re-analysing
every stored article when the pipeline changes. :class:`~summarizer.corpus.Corpus`
calls these with its own article writer (``Corpus._store``)."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from .clean import clean_article
from .extract import HTML_SUFFIXES, NoArticleError, decode_html, extract_article
from .store import ArticleRow, Store
from .text import DecodeError, decode_bytes, normalize

ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".text")
MAX_ARTICLE_BYTES = 2_000_000

# Corpus._store: (cleaned, text, content_hash, file, overrides, replace_id, added_at=...) -> id
WriteArticle = Callable[..., int]


@dataclass
class SyncReport:
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    unchanged: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (name, reason)


def sync_folder(store: Store, root: Path, write: WriteArticle) -> SyncReport:
    """New files analysed, changed files re-analysed, removed files dropped."""
    report = SyncReport()
    by_file = {a.file: a for a in store.articles() if a.file is not None}
    present: set[str] = set()
    for path in sorted(article_files(root)):
        name = path.relative_to(root).as_posix()
        try:
            text, overrides = read_article(path)
        except (OSError, DecodeError, NoArticleError) as exc:
            report.skipped.append((name, str(exc)))
            continue
        present.add(name)
        _sync_file(store, root, name, text, overrides, by_file, report, write)
    for name, article in by_file.items():
        if name not in present and not (root / name).exists():
            store.delete_article(article.id)
            report.removed.append(name)
    return report


def read_article(path: Path) -> tuple[str, dict[str, str | None] | None]:
    """A file's normalised article text, and for a saved page the metadata
    its markup states."""
    data = path.read_bytes()
    if len(data) > MAX_ARTICLE_BYTES:
        raise DecodeError(f"larger than {MAX_ARTICLE_BYTES // 1_000_000} MB")
    if path.suffix.lower() in HTML_SUFFIXES:
        page = extract_article(decode_html(data))
        return normalize(page.text), page.overrides()
    return normalize(decode_bytes(data)), None


def _sync_file(
    store: Store,
    root: Path,
    name: str,
    text: str,
    overrides: dict[str, str | None] | None,
    by_file: dict[str, ArticleRow],
    report: SyncReport,
    write: WriteArticle,
) -> None:
    content_hash = hashlib.sha256(text.encode("utf-8")).hexdigest()
    current = by_file.get(name)
    if current is not None and current.content_hash == content_hash:
        report.unchanged += 1
        return
    same_text = store.article_by_hash(content_hash)
    if same_text is not None:
        if (
            same_text.file is None
            or same_text.file not in by_file
            or not (root / same_text.file).exists()
        ):
            store.set_file(same_text.id, name)  # moved or renamed
            report.unchanged += 1
        else:
            report.skipped.append((name, f"same text as {same_text.file}"))
        return
    if not text.strip():
        report.skipped.append((name, "empty file"))
        return
    cleaned = clean_article(text)
    write(cleaned, text, content_hash, name, overrides, current.id if current else None)
    (report.updated if current else report.added).append(name)


def reanalyse_all(store: Store, write: WriteArticle) -> None:
    """Analyse every stored article again from its raw text (the pipeline
    version changed), keeping ids, files and the metadata pages stated."""
    for article in store.articles():
        raw = store.raw_text(article.id) or ""
        cleaned = clean_article(raw, url=article.url)
        extra = store.extra(article.id)
        stated = json.loads(extra.overrides) if extra and extra.overrides else {}
        write(
            cleaned,
            raw,
            article.content_hash,
            article.file,
            {**stated, "url": article.url},
            article.id,
            added_at=article.added_at,
        )


def article_files(root: Path) -> Iterable[Path]:
    if root.is_file():
        yield root
        return
    for path in root.rglob("*"):
        if (
            path.is_file()
            and path.suffix.lower() in (*ARTICLE_SUFFIXES, *HTML_SUFFIXES)
            and not any(part.startswith(".") for part in path.relative_to(root).parts)
        ):
            yield path
