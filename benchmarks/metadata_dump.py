"""Dump what ingest extracts from folders of articles as JSON, to diff two
code versions: per file, the four metadata fields as stored, the fields as
``eval extract`` reads them (``stated_metadata``), and every mention row
(entity, kind, surface, vendor, sentence).

    uv run python benchmarks/metadata_dump.py tests/data/day1 tests/data/extract > before.json

Folders are ingested one at a time into a throw-away store.
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from summarizer.corpus import Corpus  # noqa: E402
from summarizer.entities import load_index  # noqa: E402
from summarizer.evaluate_extract import stated_metadata  # noqa: E402
from summarizer.store import Store  # noqa: E402


def dump_folder(folder: Path) -> dict[str, Any]:
    index = load_index()
    out: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Corpus(Store(Path(tmp) / "dump.sqlite3"), index)
        try:
            corpus.sync_folder(folder)
            store = corpus.store
            for row in store.articles():
                mentions = store.mentions(article_ids=[row.id])
                key = row.file or f"#{row.content_hash}"
                out[key] = {
                    "stored": [row.title, row.publisher, row.author, row.published],
                    "stated": stated_metadata(folder / row.file) if row.file else None,
                    "mentions": sorted(
                        [m.sentence_idx, m.entity, m.kind, m.surface, m.vendor or ""]
                        for m in mentions
                    ),
                }
        finally:
            corpus.store.close()
    return out


def main() -> None:
    result = {folder: dump_folder(Path(folder)) for folder in sys.argv[1:]}
    print(json.dumps(result, ensure_ascii=False, indent=1, sort_keys=True))


if __name__ == "__main__":
    main()
