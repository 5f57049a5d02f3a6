"""Keeping the store in line with a folder of article files, and re-analysing
every stored article when the pipeline changes. :class:`~summarizer.corpus.Corpus`
calls these with its own article writer (``Corpus._store``)."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from .store import ArticleRow, Store
from .text import HTML_SUFFIXES, DecodeError, decode_bytes, normalize

if TYPE_CHECKING:
    from .batch import Added, NewArticle

# The ingest modules (batch: analysis and ranking; extract: saved pages) are
# imported where a file is new or changed: a start-up that finds the folder
# unchanged (every `briefbot ask`) never loads them.

ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".text")
MAX_ARTICLE_BYTES = 2_000_000

# Corpus.add_articles: many articles in, one (id, added) each
AddArticles = Callable[[list["NewArticle"]], list["Added"]]

# What a folder's files looked like when last read: a file whose size and
# modification time are unchanged is not read or hashed again at start-up.
_FILE_STATE = """
CREATE TABLE IF NOT EXISTS file_state (
    file         TEXT PRIMARY KEY,
    size         INTEGER NOT NULL,
    mtime_ns     INTEGER NOT NULL,
    content_hash TEXT NOT NULL
)
"""


@dataclass
class SyncReport:
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    unchanged: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (name, reason)


@dataclass
class _Sync:
    store: Store
    root: Path
    by_file: dict[str, ArticleRow]
    report: SyncReport = field(default_factory=SyncReport)
    todo: list[tuple[str, NewArticle]] = field(default_factory=list)
    seen: dict[str, tuple[int, int, str]] = field(default_factory=dict)  # file -> state


def sync_folder(store: Store, root: Path, add: AddArticles) -> SyncReport:
    """New files analysed, changed files re-analysed (all in one batch
    stream), removed files dropped. A file whose size and mtime match the
    last sync is not read at all."""
    store.ensure_schema(_FILE_STATE)
    known = {
        str(f): (int(z), int(m), str(h))
        for f, z, m, h in store.query("SELECT file, size, mtime_ns, content_hash FROM file_state")
    }
    # Absolute names are articles ingested from elsewhere: not the folder's.
    sync = _Sync(
        store,
        root,
        {a.file: a for a in store.file_articles() if a.file and not a.file.startswith("/")},
    )
    present: set[str] = set()
    for path in sorted(article_files(root)):
        name = path.relative_to(root).as_posix()
        try:
            stat = path.stat()
            current = sync.by_file.get(name)
            state = known.get(name)
            if current is not None and state == (
                stat.st_size,
                stat.st_mtime_ns,
                current.content_hash,
            ):
                present.add(name)
                sync.report.unchanged += 1
                continue
            text, overrides = read_article(path)
        except (OSError, DecodeError, _no_article()) as exc:
            sync.report.skipped.append((name, str(exc)))
            continue
        present.add(name)
        from .batch import content_hash

        digest = content_hash(text)
        sync.seen[name] = (stat.st_size, stat.st_mtime_ns, digest)
        _sync_file(sync, name, text, digest, overrides)
    _add_all(sync, add)
    for name, article in sync.by_file.items():
        if name not in present and not (root / name).exists():
            store.delete_article(article.id)
            sync.report.removed.append(name)
    _remember(store, sync.seen, present)
    return sync.report


def _add_all(sync: _Sync, add: AddArticles) -> None:
    if not sync.todo:  # nothing new: Kiwi is neither loaded nor warmed
        return
    results = add([item for _, item in sync.todo])
    for (name, item), (_, added) in zip(sync.todo, results, strict=True):
        if not added:
            sync.report.skipped.append((name, "same text as a stored article"))
            sync.seen.pop(name, None)
        else:
            (sync.report.updated if item.replace_id else sync.report.added).append(name)


def _remember(store: Store, seen: dict[str, tuple[int, int, str]], present: set[str]) -> None:
    with store.transaction() as db:
        db.executemany(
            "INSERT INTO file_state(file, size, mtime_ns, content_hash) VALUES (?,?,?,?) "
            "ON CONFLICT(file) DO UPDATE SET size = excluded.size, "
            "mtime_ns = excluded.mtime_ns, content_hash = excluded.content_hash",
            [(name, *state) for name, state in seen.items()],
        )
        gone = [f for (f,) in db.execute("SELECT file FROM file_state") if f not in present]
        db.executemany("DELETE FROM file_state WHERE file = ?", [(f,) for f in gone])


def read_article(path: Path) -> tuple[str, dict[str, str | None] | None]:
    """A file's normalised article text, and for a saved page the metadata
    its markup states."""
    data = path.read_bytes()
    if len(data) > MAX_ARTICLE_BYTES:
        raise DecodeError(f"larger than {MAX_ARTICLE_BYTES // 1_000_000} MB")
    if path.suffix.lower() in HTML_SUFFIXES:
        from .extract import decode_html, extract_article

        page = extract_article(decode_html(data))
        return normalize(page.ingest_text), page.overrides()
    return normalize(decode_bytes(data)), None


def _sync_file(
    sync: _Sync,
    name: str,
    text: str,
    digest: str,
    overrides: dict[str, str | None] | None,
) -> None:
    current = sync.by_file.get(name)
    if current is not None and current.content_hash == digest:
        sync.report.unchanged += 1
        return
    same_text = sync.store.article_by_hash(digest)
    if same_text is not None:
        if (
            same_text.file is None
            or same_text.file not in sync.by_file
            or not (sync.root / same_text.file).exists()
        ):
            sync.store.set_file(same_text.id, name)  # moved or renamed
            sync.report.unchanged += 1
        else:
            sync.report.skipped.append((name, f"same text as {same_text.file}"))
            sync.seen.pop(name, None)
        return
    if not text.strip():
        sync.report.skipped.append((name, "empty file"))
        sync.seen.pop(name, None)
        return
    from .batch import NewArticle

    item = NewArticle(
        text,
        file=name,
        overrides=overrides,
        replace_id=current.id if current else None,
        check_stored=current is None,
    )
    sync.todo.append((name, item))


def reanalyse_all(store: Store, add: AddArticles) -> None:
    """Analyse every stored article again from its raw text (the pipeline
    version changed), keeping ids, files and the metadata pages stated."""
    from .batch import NewArticle

    items = []
    for article in store.articles():
        extra = store.extra(article.id)
        stated = json.loads(extra.overrides) if extra and extra.overrides else {}
        items.append(
            NewArticle(
                store.raw_text(article.id) or "",
                file=article.file,
                url=article.url,
                overrides={**stated, "url": article.url},
                replace_id=article.id,
                added_at=article.added_at,
                check_stored=False,
            )
        )
    add(items)


def _no_article() -> type[Exception]:
    """extract's NoArticleError (looked up only when reading a file failed)."""
    from .extract import NoArticleError

    return NoArticleError


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
