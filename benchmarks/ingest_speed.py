"""How long ingesting one article takes: fetch, extraction (trafilatura),
cleaning, Kiwi analysis, ranking, entity mentions, signature and store.

Serves the five bundled articles and the four test-fixture articles as HTML
pages behind an RSS feed on 127.0.0.1, ingests the feed into a fresh store
(Kiwi and trafilatura loaded beforehand), then ingests it again (everything
already stored: no page is fetched).

    uv run python benchmarks/ingest_speed.py
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from news_site import Page, article_page, populate, rss, serve_site  # noqa: E402

from bot.config import IngestSettings  # noqa: E402
from bot.ingester import Ingester  # noqa: E402
from summarizer.analysis import analyse_paragraphs  # noqa: E402
from summarizer.corpus import Corpus, warm_up  # noqa: E402
from summarizer.extract import extract_article  # noqa: E402
from summarizer.store import Store  # noqa: E402
from summarizer.text import decode_bytes  # noqa: E402


def main() -> None:
    warm_up()
    analyse_paragraphs(["Kiwi는 첫 분석 때 모델을 마저 읽습니다(약 3초)."])
    extract_article(article_page(("제목", ["가" * 300]), site="s", author="a", published="2025"))
    with serve_site() as site, tempfile.TemporaryDirectory() as tmp:
        populate(site)
        items = []
        for i, path in enumerate(sorted((ROOT / "corpus").glob("*.txt"))):
            lines = decode_bytes(path.read_bytes()).split("\n")
            paragraphs = [ln for ln in lines if len(ln) > 40]
            story = (f"번들 기사 {i}", paragraphs)
            site.pages[f"/bundled/{i}"] = Page(
                article_page(story, site="번들", author="기자", published="2025-02-01").encode()
            )
            items.append((story[0], f"/bundled/{i}", "Sat, 01 Feb 2025 00:00:00 GMT"))
        for path in ("/news/h20", "/other/h20-control", "/news/hbm", "/news/startups"):
            items.append((path, path, "Sat, 01 Feb 2025 00:00:00 GMT"))
        site.pages["/all.rss"] = Page(rss(site.base, "all", items).encode(), "application/rss+xml")
        corpus = Corpus(Store(Path(tmp) / "s.sqlite3"))
        ingester = Ingester(corpus, IngestSettings())
        times = []
        for _, path, _ in items:
            start = time.perf_counter()
            [result] = ingester.ingest(site.base + path)
            times.append(time.perf_counter() - start)
            if "-v" in sys.argv:
                print(
                    path,
                    f"{times[-1] * 1000:.0f} ms",
                    len(corpus.sentences(result.article_id or 0)),
                )
            assert result.status == "added", result
        start = time.perf_counter()
        again = ingester.ingest(site.base + "/all.rss")
        repeat = time.perf_counter() - start
        assert all(i.status == "duplicate" for i in again)
        ingester.close()
    print(
        f"{len(times)} articles: median {statistics.median(times) * 1000:.0f} ms, "
        f"max {max(times) * 1000:.0f} ms per article; "
        f"second ingest of the feed: {repeat * 1000:.0f} ms, nothing added"
    )


if __name__ == "__main__":
    main()
