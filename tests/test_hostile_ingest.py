"""Hostile input at ingestion and on the command line (issue 11): two real
``briefbot ingest`` processes on one store, a dripping server, robots.txt,
broken feeds, store faults, options around the verb, lone surrogates."""

from __future__ import annotations

import socket
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from news_site import H20_A, H20_B, HBM, STARTUPS, NewsSite, Page, populate, rss, serve_site

from bot.cli import main
from bot.config import IngestSettings
from bot.fetching import Fetcher, FetchError
from bot.ingester import Ingester
from handlers.services import FAILED
from summarizer.corpus import Corpus
from summarizer.store import Store

ROOT = Path(__file__).resolve().parent.parent
STORIES = [H20_A, H20_B, HBM, STARTUPS]


@pytest.fixture(scope="module")
def site() -> Iterator[NewsSite]:
    with serve_site() as running:
        yield populate(running)


def _articles(folder: Path) -> list[Path]:
    folder.mkdir()
    paths = []
    for n, (title, paragraphs) in enumerate(STORIES):
        path = folder / f"{n}.txt"
        path.write_text(title + "\n\n" + "\n\n".join(paragraphs), "utf-8")
        paths.append(path)
    return paths


def _cli(*args: str | bytes) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "bot.cli", *args],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


# --------------------------------------------------------- concurrency
def test_two_ingest_processes_on_one_store(tmp_path: Path) -> None:
    _articles(tmp_path / "news")
    (tmp_path / "empty").mkdir()
    common = ["--corpus", str(tmp_path / "empty"), "--store", str(tmp_path / "s.db")]
    runs = [_cli(*common, "ingest", str(tmp_path / "news")) for _ in range(2)]
    outputs = [run.communicate(timeout=300) for run in runs]
    for run, (out, err) in zip(runs, outputs, strict=True):
        assert run.returncode == 0, err
        assert "Traceback" not in err and "IntegrityError" not in err
        assert len([line for line in out.splitlines() if " — " in line]) == len(STORIES)
    added = sum(out.count("\nadded ") + out.startswith("added ") for out, _ in outputs)
    stored = sum(out.count("already stored [") for out, _ in outputs)
    assert added == len(STORIES) and stored == len(STORIES)
    db = sqlite3.connect(tmp_path / "s.db")
    assert db.execute("SELECT count(*) FROM articles").fetchone() == (len(STORIES),)


# ---------------------------------------------------------- slow servers
@pytest.fixture()
def dripping() -> Iterator[str]:
    """A server that answers one byte a second, for ever."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(8)
    stop = threading.Event()

    def drip(conn: socket.socket) -> None:
        head = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html><body>"
        with conn:
            conn.recv(4096)
            for byte in head + b"a" * 100:
                if stop.is_set():
                    return
                try:
                    conn.sendall(bytes([byte]))
                except OSError:
                    return
                time.sleep(0.3)

    def accept() -> None:
        while not stop.is_set():
            try:
                conn, _ = server.accept()
            except OSError:
                return
            threading.Thread(target=drip, args=(conn,), daemon=True).start()

    threading.Thread(target=accept, daemon=True).start()
    yield f"http://127.0.0.1:{server.getsockname()[1]}/slow"
    stop.set()
    server.close()


def test_a_dripping_server_is_cut_off_at_the_deadline(dripping: str) -> None:
    fetcher = Fetcher(IngestSettings(timeout=2, host_delay=0))
    started = time.monotonic()
    with pytest.raises(FetchError, match="within 2 s"):
        fetcher.get(dripping)
    assert time.monotonic() - started < 5


def test_a_slow_feed_host_delays_no_other(dripping: str, site: NewsSite, tmp_path: Path) -> None:
    import asyncio

    from bot.feed_poller import IngestPoller

    corpus = Corpus(Store(tmp_path / "s.db"))
    ingester = Ingester(corpus, IngestSettings(timeout=3, host_delay=0))
    poller = IngestPoller(
        ingester,
        feeds=[dripping, site.base + "/atom.xml"],
        feed_interval=60,
        folder=None,
        folder_interval=60,
    )
    items = asyncio.run(poller.poll_feeds())
    by_target = {item.target: item for item in items}
    assert by_target[dripping].status == FAILED
    assert corpus.store.article_count() == 2  # the Atom feed's two pages
    corpus.store.close()


# ------------------------------------------------------------ manners
def test_robots_txt_and_user_agent(site: NewsSite) -> None:
    site.pages["/robots.txt"] = Page(b"User-agent: *\nDisallow: /private/\n", "text/plain")
    site.pages["/private/page"] = Page(b"<html><body>secret</body></html>")
    robots_before = site.hits("/robots.txt")
    try:
        fetcher = Fetcher(IngestSettings(timeout=5, host_delay=0.2))
        with pytest.raises(FetchError, match="robots.txt"):
            fetcher.get(site.base + "/private/page")
        assert site.hits("/private/page") == 0
        started = time.monotonic()
        assert fetcher.get(site.base + "/news/h20") is not None
        assert fetcher.get(site.base + "/news/hbm") is not None
        assert time.monotonic() - started >= 0.2  # the per-host delay
        assert site.hits("/robots.txt") - robots_before == 1  # cached per host
        agent = [h for p, h in site.requests if p == "/news/h20"][-1]["user-agent"]
        assert "briefbot" in agent and "https://" in agent
    finally:
        del site.pages["/robots.txt"], site.pages["/private/page"]


def test_robots_txt_server_error_means_stay_away(site: NewsSite) -> None:
    """RFC 9309: a 5xx robots.txt is 'unreachable' → nothing is fetched."""
    site.pages["/robots.txt"] = Page(b"busy", "text/plain", status=503)
    try:
        with pytest.raises(FetchError, match="robots.txt"):
            Fetcher(IngestSettings(timeout=5)).get(site.base + "/news/h20")
    finally:
        del site.pages["/robots.txt"]


# ------------------------------------------------------------ broken feeds
def test_broken_feeds_are_errors(site: NewsSite, tmp_path: Path) -> None:
    site.pages["/nolinks.rss"] = Page(
        rss(
            site.base,
            "링크 없음",
            [("제목", "javascript:void(0)", "Mon, 03 Feb 2025 00:10:00 GMT")],
        )
        .replace("<link>" + site.base + "/</link>", "")
        .encode("utf-8"),
        content_type="application/rss+xml",
    )
    store = tmp_path / "s.db"
    for path in ("/nolinks.rss", "/broken.xml"):
        run = _cli("--store", str(store), "ingest", site.base + path)
        out, err = run.communicate(timeout=120)
        assert run.returncode == 1, out
        assert "broken feed" in err and "unchanged" not in out
        assert "Traceback" not in err
    db = sqlite3.connect(store)
    statuses = dict(db.execute("SELECT url, status FROM ingest_feeds").fetchall())
    assert all(s.startswith("failed") for s in statuses.values()), statuses


# ------------------------------------------------------------ store faults
def test_store_faults_are_one_line_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corrupt = tmp_path / "corrupt.db"
    corrupt.write_bytes(b"this is not a database " * 100)
    assert main(["--store", str(corrupt), "ask", "/sources"]) == 2
    err = capsys.readouterr().err
    assert str(corrupt) in err and "move it aside" in err and len(err.splitlines()) == 1
    blocker = tmp_path / "file"
    blocker.write_text("x")
    unwritable = blocker / "store.db"
    assert main(["ingest", "--store", str(unwritable), str(blocker)]) == 2
    err = capsys.readouterr().err
    assert str(unwritable) in err and "--store" in err and len(err.splitlines()) == 1


# ------------------------------------------------------------ global options
def test_options_mean_the_same_before_and_after_the_verb(tmp_path: Path) -> None:
    paths = _articles(tmp_path / "news")
    (tmp_path / "empty").mkdir()
    before = tmp_path / "before.db"
    assert (
        main(["--corpus", str(tmp_path / "empty"), "--store", str(before), "ingest", str(paths[0])])
        == 0
    )
    assert Store(before).article_count() == 1
    after = tmp_path / "after.db"
    assert (
        main(["ingest", "--corpus", str(tmp_path / "empty"), "--store", str(after), str(paths[1])])
        == 0
    )
    assert Store(after).article_count() == 1


# ------------------------------------------------------------ surrogates
def test_lone_surrogates_on_the_console(tmp_path: Path) -> None:
    store = str(tmp_path / "s.db")
    run = subprocess.run(
        [sys.executable, "-m", "bot.cli", "--store", store, "ask", b"/summary \xed\xa0\x80 \xff"],
        cwd=ROOT,
        capture_output=True,
        timeout=300,
    )
    assert run.returncode == 0 and b"Traceback" not in run.stderr
    assert run.stdout.decode("utf-8")
    text = tmp_path / "bad.txt"
    text.write_bytes(
        "엔비디아 H20 칩\n\n엔비디아가 중국에 H20 칩을 판다고 밝혔다.".encode() + b"\xed\xa0\x80"
    )
    ingest = _cli("--store", store, "ingest", str(text))
    out, err = ingest.communicate(timeout=300)
    assert "Traceback" not in err and ingest.returncode in (0, 1)
