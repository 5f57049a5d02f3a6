"""Ingestion: files, pages and feeds from a local web site on 127.0.0.1."""

from __future__ import annotations

import asyncio
import codecs
import json
import os
import subprocess
import sys
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from news_site import (
    CP949_TEXT,
    H20_A,
    H20_B,
    HBM,
    NO_ARTICLE,
    STARTUPS,
    NewsSite,
    article_page,
    dead_url,
    populate,
    serve_site,
)

from bot.cli import main
from bot.config import ConfigError, IngestSettings, load_config
from bot.feed_poller import IngestPoller
from bot.ingester import Ingester
from handlers import Command, Context, dispatch
from handlers.services import ADDED, DUPLICATE, FAILED, UNCHANGED
from summarizer import minhash as stories
from summarizer import summarize
from summarizer.corpus import PIPELINE_VERSION, Corpus
from summarizer.extract import NoArticleError, decode_html, extract_article
from summarizer.store import Store
from summarizer.text import DecodeError

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def site() -> Iterator[NewsSite]:
    with serve_site() as running:
        yield populate(running)


@pytest.fixture()
def ingester(tmp_path: Path) -> Iterator[Ingester]:
    corpus = Corpus(Store(tmp_path / "store.sqlite3"))
    ingester = Ingester(
        corpus, IngestSettings(timeout=5, max_bytes=10_000), corpus_root=tmp_path / "corpus"
    )
    yield ingester
    ingester.close()
    corpus.store.close()


# ----------------------------------------------------------------- decoding
def test_decode_html_tries_declared_then_utf8_then_cp949() -> None:
    page = "<html><head><meta charset='euc-kr'></head><body>똠방각하 엔비디아</body></html>"
    assert "똠방각하" in decode_html(page.encode("cp949"))  # EUC-KR declared: CP949 used
    assert "똠방각하" in decode_html(page.encode("cp949"), "utf-8")  # wrong header: falls back
    bare = "<html><body>엔비디아 칩</body></html>"
    assert decode_html(bare.encode("cp949")) == bare  # nothing declared
    assert decode_html(bare.encode("utf-8"), "euc-kr") == bare  # declared wrong, utf-8 works
    assert decode_html(codecs.BOM_UTF8 + bare.encode("utf-8")) == bare
    assert decode_html(bare.encode("utf-16")) == bare
    with pytest.raises(DecodeError):
        decode_html(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    with pytest.raises(DecodeError):
        decode_html(b"\x80\x80 abc \x80")


def test_extract_article_reads_the_page_metadata() -> None:
    html = article_page(
        H20_A, site="코리아IT", author="김민준", published="2025-02-03T09:10:00+09:00"
    )
    page = extract_article(html, "http://127.0.0.1/news/1")
    assert page.title == H20_A[0]
    assert (page.publisher, page.author, page.published) == ("코리아IT", "김민준", "2025-02-03")
    assert H20_A[1][0] in page.text
    for debris in ("많이 본 뉴스", "로그인", "광고", "공유하기", "대표전화"):
        assert debris not in page.text
    with pytest.raises(NoArticleError):
        extract_article(NO_ARTICLE)


# ------------------------------------------------------------------ stories
def test_story_threshold_separates_rewrites_from_other_articles() -> None:
    same = stories.containment(stories.signature(H20_A[1]), stories.signature(H20_B[1]))
    assert same >= stories.SAME_STORY
    for other in (HBM, STARTUPS):
        score = stories.containment(stories.signature(H20_A[1]), stories.signature(other[1]))
        assert score < stories.SAME_STORY / 2


def test_near_duplicates_are_one_story_and_briefed_once(empty_corpus: Corpus) -> None:
    def text(story: tuple[str, list[str]]) -> str:
        return story[0] + "\n\n" + "\n\n".join(story[1])

    a, _ = empty_corpus.add_text(text(H20_A), overrides={"publisher": "테크데일리"})
    b, _ = empty_corpus.add_text(text(H20_B), overrides={"publisher": "반도체뉴스"})
    c, _ = empty_corpus.add_text(text(HBM))
    assert empty_corpus.story_of(b) == [a, b]
    assert empty_corpus.story_of(c) == [c]
    picked = summarize.briefing(empty_corpus, 10)
    assert {s.article_id for s in picked} <= {a, c} and a in {s.article_id for s in picked}
    # the same text or the same URL again is stored once
    assert empty_corpus.add_text(text(H20_A) + "\n")[1] is False
    d, added = empty_corpus.add_text(text(STARTUPS), url="http://x/1")
    assert added and empty_corpus.add_text(text(HBM) + " 추가", url="http://x/1") == (d, False)
    assert empty_corpus.store.article_count() == 4


def test_page_metadata_survives_reanalysis(tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite3"
    corpus = Corpus(Store(path))
    article_id, _ = corpus.add_text(
        "\n\n".join(HBM[1]),
        url="http://x/hbm",
        overrides={"title": HBM[0], "publisher": "코리아IT", "published": "2025-02-05"},
    )
    corpus.store.set_meta("pipeline", "old")
    corpus.store.close()
    reopened = Corpus(Store(path))  # another pipeline version: everything re-analysed
    assert reopened.store.get_meta("pipeline") == PIPELINE_VERSION
    source = reopened.source(article_id)
    assert source is not None
    assert (source.title, source.publisher, source.published) == (
        HBM[0],
        "코리아IT",
        "2025-02-05",
    )
    reopened.store.close()


def test_stores_from_before_stories_are_backfilled(tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite3"
    corpus = Corpus(Store(path))
    corpus.add_text("\n\n".join(H20_A[1]))
    corpus.add_text("\n\n".join(H20_B[1]))
    with corpus.store.transaction() as db:
        db.execute("DELETE FROM article_extra")
    corpus.store.close()
    reopened = Corpus(Store(path))
    assert reopened.story_of(2) == [1, 2]
    reopened.store.close()


# -------------------------------------------------------------- files
def test_file_from_elsewhere_keeps_its_path_through_a_folder_sync(
    ingester: Ingester, tmp_path: Path
) -> None:
    outside = tmp_path / "elsewhere" / "기사.txt"
    outside.parent.mkdir()
    outside.write_bytes(CP949_TEXT.encode("cp949"))
    (item,) = ingester.ingest(str(outside))
    assert item.status == ADDED and item.article_id
    (tmp_path / "corpus").mkdir()
    ingester.corpus.sync_folder(tmp_path / "corpus")  # an empty corpus folder
    source = ingester.corpus.source(item.article_id)
    assert source is not None and source.file == outside.resolve().as_posix()


def test_files_in_every_encoding(ingester: Ingester, tmp_path: Path) -> None:
    folder = tmp_path / "drop"
    (folder / "sub").mkdir(parents=True)
    (folder / "cp949.txt").write_bytes(CP949_TEXT.encode("cp949"))
    (folder / "bom.md").write_bytes(codecs.BOM_UTF8 + "\n\n".join(HBM[1]).encode("utf-8"))
    nfd = unicodedata.normalize("NFD", "\n\n".join(STARTUPS[1])).replace("딥시크", "딥\u200b시크")
    (folder / "sub" / "utf16.txt").write_bytes(nfd.encode("utf-16"))
    (folder / "page.html").write_text(
        article_page(H20_A, site="테크데일리", author="김민준", published="2025-02-03"), "utf-8"
    )
    (folder / "broken.txt").write_bytes(b"\x80\x80 not text \x80")
    (folder / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00" * 50)
    (folder / "empty.txt").write_bytes("\ufeff \u200b\n".encode())
    (folder / "huge.txt").write_bytes(b"a" * 20_000)
    (folder / "notes.pdf").write_bytes(b"%PDF-1.4")
    items = {Path(i.target).name: i for i in ingester.ingest(str(folder))}
    assert "notes.pdf" not in items
    assert {n for n, i in items.items() if i.status == ADDED} == {
        "cp949.txt",
        "bom.md",
        "utf16.txt",
        "page.html",
    }
    assert items["broken.txt"].reason and "decode" in items["broken.txt"].reason
    assert items["image.txt"].reason and "binary" in items["image.txt"].reason
    assert items["empty.txt"].status == FAILED
    assert items["huge.txt"].reason and "too large" in items["huge.txt"].reason
    corpus = ingester.corpus
    cp949 = corpus.source(items["cp949.txt"].article_id or 0)
    assert cp949 and cp949.title.startswith("삼성전자, 2나노") and cp949.publisher == "전자신문"
    # outside the corpus folder: the ingested (absolute) path, never synced away
    assert cp949.file == (folder / "cp949.txt").resolve().as_posix()
    assert any("똠방각하" in s.text for s in corpus.sentences(cp949.id))
    utf16 = corpus.sentences(items["utf16.txt"].article_id or 0)
    assert all(unicodedata.is_normalized("NFC", s.text) for s in utf16)
    assert any("딥시크가" in s.text or "딥시크는" in s.text for s in utf16)
    html = corpus.source(items["page.html"].article_id or 0)
    assert html and (html.title, html.publisher) == (H20_A[0], "테크데일리")
    # again: nothing new
    again = ingester.ingest(str(folder))
    assert not [i for i in again if i.status == ADDED]
    assert corpus.store.article_count() == 4


def test_file_inside_the_corpus_folder_keeps_its_name(ingester: Ingester, tmp_path: Path) -> None:
    root = tmp_path / "corpus"
    root.mkdir()
    (root / "hbm.txt").write_text(HBM[0] + "\n\n" + "\n\n".join(HBM[1]), "utf-8")
    [item] = ingester.ingest(str(root / "hbm.txt"))
    source = ingester.corpus.source(item.article_id or 0)
    assert source and source.file == "hbm.txt"
    assert ingester.ingest(str(tmp_path / "nowhere.txt"))[0].status == FAILED


# ------------------------------------------------------------- web + feeds
def test_feed_with_failures_mid_feed(ingester: Ingester, site: NewsSite) -> None:
    before = site.hits("/news/h20")
    items = ingester.ingest(site.base + "/feed.rss")
    by_status = {s: [i for i in items if i.status == s] for s in (ADDED, FAILED)}
    assert len(by_status[ADDED]) == 3 and len(by_status[FAILED]) == 2
    reasons = sorted(i.reason or "" for i in by_status[FAILED])
    assert reasons[0].startswith("HTTP 404") and reasons[1].startswith("cannot connect")
    sources = {s.url: s for s in ingester.corpus.sources()}
    a = sources[site.base + "/news/h20"]
    b = sources[site.base + "/other/h20-control"]
    hbm = sources[site.base + "/news/hbm"]  # CP949, no charset anywhere
    assert (a.title, a.publisher, a.author, a.published) == (
        H20_A[0],
        "테크데일리",
        "김민준",
        "2025-02-03",
    )
    assert (b.publisher, b.published) == ("반도체뉴스", "2025-02-04")
    assert (hbm.title, hbm.publisher, hbm.published) == (HBM[0], "코리아IT", "2025-02-05")
    assert ingester.corpus.story_of(b.id) == [a.id, b.id]
    assert [i.story for i in by_status[ADDED] if i.article_id == b.id] == [(a.id,)]
    # a second ingest adds nothing and does not fetch the stored pages again
    again = ingester.ingest(site.base + "/feed.rss")
    assert not [i for i in again if i.status == ADDED]
    assert len([i for i in again if i.status == DUPLICATE]) == 3
    assert site.hits("/news/h20") == before + 1
    # the Atom feed: one new article (CP949 declared as EUC-KR), one known
    atom = ingester.ingest(site.base + "/atom.xml")
    assert [i.status for i in atom] == [ADDED, DUPLICATE]
    startups = ingester.corpus.source(atom[0].article_id or 0)
    assert startups and (startups.title, startups.author) == (STARTUPS[0], "정하늘")
    assert ingester.corpus.store.article_count() == 4


def test_bad_web_input_one_line_each(ingester: Ingester, site: NewsSite) -> None:
    expected = {
        "/login": "no article text",
        "/broken.xml": "not an RSS/Atom feed",
        "/logo.png": "not a web page",
        "/huge": "too large",
        "/nothing-here": "HTTP 404",
    }
    for path, reason in expected.items():
        [item] = ingester.ingest(site.base + path)
        assert item.status == FAILED and item.reason and reason in item.reason, item
        assert "\n" not in item.reason
    [item] = ingester.ingest(dead_url())
    assert item.reason and item.reason.startswith("cannot connect")
    [item] = ingester.ingest("ftp://127.0.0.1/x")
    assert item.reason == "not a valid http(s) URL"
    assert ingester.corpus.store.article_count() == 0
    assert ingester.corpus.store.query("PRAGMA integrity_check")[0][0] == "ok"


def test_polled_feed_uses_conditional_requests(ingester: Ingester, site: NewsSite) -> None:
    first = ingester.poll_feed(site.base + "/feed.rss")
    assert [i.status for i in first].count(ADDED) == 3
    assert ingester.poll_feed(site.base + "/feed.rss") == [
        type(first[0])(site.base + "/feed.rss", UNCHANGED)
    ]
    path, headers = [r for r in site.requests if r[0] == "/feed.rss"][-1]
    assert headers["if-none-match"] == '"rss-v1"'
    assert headers["user-agent"].startswith("briefbot/")


# -------------------------------------------------------------- chat
def test_chat_ingest_is_for_admins_only(ingester: Ingester, site: NewsSite) -> None:
    settings = IngestSettings(timeout=5, admins=("telegram:123",))
    ingester.settings = settings
    context = Context(ingester.corpus, ingest=ingester)
    url = site.base + "/news/hbm"
    refused = dispatch(Command("ingest", url, user="telegram:999"), context)
    assert not refused.ok and "관리자" in refused.notices[0]
    assert ingester.corpus.store.article_count() == 0
    english = dispatch(Command("ingest", url, user="slack:U1", language="en"), context)
    assert "only the bot's admins" in english.notices[0]
    usage = dispatch(Command("ingest", "/etc/passwd", user="telegram:123"), context)
    assert not usage.ok and "/ingest https://" in usage.notices[0]
    reply = dispatch(Command("ingest", url, user="telegram:123"), context)
    assert reply.ok and reply.data["items"][0]["status"] == ADDED
    assert reply.sources[0].title == HBM[0]
    again = dispatch(Command("ingest", url, user="telegram:123"), context)
    assert again.data["items"][0]["status"] == DUPLICATE
    alone = dispatch(Command("ingest", url, user="telegram:123"), Context(ingester.corpus))
    assert not alone.ok and alone.notices


# ------------------------------------------------------------ poller
def test_poller_polls_feeds_and_the_corpus_folder(
    ingester: Ingester, site: NewsSite, tmp_path: Path
) -> None:
    folder = tmp_path / "corpus"
    folder.mkdir()
    poller = IngestPoller(
        ingester,
        feeds=[site.base + "/atom.xml"],
        feed_interval=0.05,
        folder=folder,
        folder_interval=0.05,
    )

    start_hits = site.hits("/atom.xml")

    async def scenario() -> None:
        await poller.start()
        try:
            (folder / "new.txt").write_bytes(CP949_TEXT.encode("cp949"))
            for _ in range(600):  # bounded wait for two feed polls and the file
                names = {s.file for s in ingester.corpus.sources()}
                if site.hits("/atom.xml") - start_hits >= 2 and "new.txt" in names:
                    break
                await asyncio.sleep(0.05)
        finally:
            await poller.stop()

    asyncio.run(scenario())
    assert site.hits("/atom.xml") - start_hits >= 2
    assert "new.txt" in {s.file for s in ingester.corpus.sources()}
    assert ingester.corpus.store.article_count() == 3  # two feed articles and the file


def test_serve_runs_background_services(tmp_path: Path) -> None:
    from bot.runtime import start_runtime
    from bot.serve import serve

    events: list[str] = []

    class Service:
        async def start(self) -> None:
            events.append("start")

        async def stop(self) -> None:
            events.append("stop")

    (tmp_path / "corpus").mkdir()
    config = load_config(
        **{"store.path": str(tmp_path / "s.db"), "corpus.path": str(tmp_path / "corpus")}
    )
    runtime = start_runtime(config)

    async def main() -> None:
        stop = asyncio.Event()
        task = asyncio.create_task(serve(runtime, [], stop, services=[Service()]))
        while not events:
            await asyncio.sleep(0.01)
        stop.set()
        await task

    try:
        assert runtime.context.ingest is not None
        asyncio.run(main())
    finally:
        runtime.close()
    assert events == ["start", "stop"]


def test_ingest_settings_are_validated() -> None:
    env = {"BRIEFBOT_INGEST_FEEDS": "https://a.example/rss, https://b.example/atom"}
    assert load_config(env=env).ingest.feeds == ("https://a.example/rss", "https://b.example/atom")
    with pytest.raises(ConfigError, match="ingest.feeds"):
        load_config(env={"BRIEFBOT_INGEST_FEEDS": "file:///etc/passwd"})
    with pytest.raises(ConfigError, match="ingest.admins"):
        load_config(env={"BRIEFBOT_INGEST_ADMINS": "123"})
    with pytest.raises(ConfigError, match="ingest.timeout"):
        load_config(env={"BRIEFBOT_INGEST_TIMEOUT": "0"})


# -------------------------------------------------------------- CLI
def _cli(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot.cli", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=180,
    )


@pytest.mark.slow
def test_cli_end_to_end(
    site: NewsSite,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    corpus, store = tmp_path / "corpus", tmp_path / "store.sqlite3"
    corpus.mkdir()
    text_file = tmp_path / "samsung.txt"
    text_file.write_bytes(CP949_TEXT.encode("cp949"))
    # nothing may be written under the home directory's state folder
    env = {**os.environ, "XDG_STATE_HOME": str(tmp_path / "state"), "HOME": str(tmp_path)}
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    common = ["--corpus", str(corpus), "--store", str(store)]
    feed = site.base + "/feed.rss"
    first = _cli("ingest", *common, feed, str(text_file), env=env)
    assert first.returncode == 0, first.stderr
    assert "Traceback" not in first.stderr
    assert first.stdout.count("\nadded ") + first.stdout.startswith("added ") == 4
    assert "(same story as [1])" in first.stdout
    failures = first.stderr.strip().splitlines()
    assert len(failures) == 2 and all(line.startswith("failed: ") for line in failures)
    assert "4 added, 0 already stored, 2 failed" in first.stdout

    def ask(command: str) -> dict[str, Any]:
        assert main(["ask", "--json", *common, command]) == 0
        return json.loads(capsys.readouterr().out)  # type: ignore[no-any-return]

    listed = ask("/sources")["data"]["sources"]
    assert [(s["title"], s["publisher"], s["published"]) for s in listed] == [
        (H20_A[0], "테크데일리", "2025-02-03"),
        (H20_B[0], "반도체뉴스", "2025-02-04"),
        (HBM[0], "코리아IT", "2025-02-05"),
        ("삼성전자, 2나노 파운드리 고객 확보 총력", "전자신문", None),
    ]
    chips = {c["name"]: c for c in ask("/chips")["data"]["chips"]}
    assert {"H20", "H100"} <= set(chips)
    assert chips["H20"]["sources"] == [1, 2]
    summary = ask("/summary")["data"]["sentences"]
    cited = {s["source"] for s in summary}
    assert 1 in cited and 2 not in cited  # one story, read once
    assert cited & {3, 4}

    assert main(["ingest", *common, feed, str(text_file)]) == 0
    assert "0 added, 4 already stored, 2 failed" in capsys.readouterr().out
    assert main(["ingest", *common, dead_url(), site.base + "/broken.xml"]) == 1
    assert len(capsys.readouterr().err.strip().splitlines()) == 2
    assert not (tmp_path / ".local").exists() and not (tmp_path / "state").exists()
