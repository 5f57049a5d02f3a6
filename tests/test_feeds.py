"""/feeds: list, add, remove, OPML in and out — admins only; the chat's feeds
are polled and checked by ``briefbot doctor``."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from news_site import NewsSite, Page, populate, serve_site

from bot.config import load_config
from bot.doctor import doctor
from bot.feeds import opml_feeds, stored_feeds
from bot.runtime import Runtime, start_runtime
from handlers import Command, Reply, dispatch, to_text


@pytest.fixture()
def site() -> Iterator[NewsSite]:
    with serve_site() as running:
        yield populate(running)


@pytest.fixture()
def runtime(tmp_path: Path, site: NewsSite) -> Iterator[Runtime]:
    (tmp_path / "corpus").mkdir()
    config = load_config(
        env={
            "BRIEFBOT_STORE_PATH": str(tmp_path / "store.sqlite3"),
            "BRIEFBOT_CORPUS_PATH": str(tmp_path / "corpus"),
            "BRIEFBOT_INGEST_ADMINS": "console,telegram:1",
            "BRIEFBOT_INGEST_FEEDS": f"{site.base}/atom.xml",
        }
    )
    runtime = start_runtime(config)
    yield runtime
    runtime.close()


def feeds(runtime: Runtime, args: str = "", user: str = "telegram:1") -> Reply:
    return dispatch(Command("feeds", args, chat="telegram:-5", user=user), runtime.context)


def test_feeds_managed_from_the_chat(runtime: Runtime, site: NewsSite) -> None:
    refused = feeds(runtime, user="telegram:2")
    assert not refused.ok and "관리자" in to_text(refused)
    added = feeds(runtime, f"add {site.base}/feed.rss")
    assert added.ok and "새 기사 3건" in to_text(added), to_text(added)
    assert "이미" in to_text(feeds(runtime, f"add {site.base}/feed.rss"))
    listing = feeds(runtime)
    text = to_text(listing)
    assert "📡 피드 2개" in text and "설정 파일" in text and "ok" in text
    assert [f["url"] for f in listing.data["feeds"]] == [
        f"{site.base}/atom.xml",
        f"{site.base}/feed.rss",
    ]
    assert "설정 파일에서" in to_text(feeds(runtime, "remove 1"))
    assert not feeds(runtime, "remove 9").ok
    assert "뺐습니다" in to_text(feeds(runtime, "remove 2"))
    assert len(feeds(runtime).data["feeds"]) == 1


def test_opml_import_and_export(runtime: Runtime, site: NewsSite) -> None:
    opml = f"""<?xml version="1.0"?><opml version="2.0"><body>
      <outline text="뉴스"><outline type="rss" xmlUrl="{site.base}/feed.rss"/>
      <outline type="rss" xmlUrl="{site.base}/atom.xml"/><outline xmlUrl="ftp://x"/></outline>
    </body></opml>"""
    site.pages["/feeds.opml"] = Page(opml.encode(), content_type="text/x-opml")
    imported = feeds(runtime, f"import {site.base}/feeds.opml")
    assert "1개" in to_text(imported)  # atom.xml is already in the settings
    exported = to_text(feeds(runtime, "export"))
    assert opml_feeds(exported.split("\n\n", 1)[1].encode()) == [
        f"{site.base}/atom.xml",
        f"{site.base}/feed.rss",
    ]
    failed = feeds(runtime, f"import {site.base}/feed.rss")
    assert not failed.ok and "OPML" in to_text(failed)
    with pytest.raises(ValueError):
        opml_feeds(b'<!DOCTYPE x [<!ENTITY a "aaaa">]><opml>&a;</opml>')


def test_doctor_checks_the_chats_feeds(runtime: Runtime, site: NewsSite) -> None:
    feeds(runtime, f"add {site.base}/feed.rss")
    feeds(runtime, f"add {site.base}/news/missing")
    config = runtime.config
    assert stored_feeds(config) == [f"{site.base}/feed.rss", f"{site.base}/news/missing"]
    out = io.StringIO()
    assert doctor(config, out, feeds=lambda: stored_feeds(config)) == 1
    lines = [line for line in out.getvalue().splitlines() if line.split()[1:2] == ["feed"]]
    assert [line.split()[0] for line in lines] == ["ok", "ok", "FAIL"]
    assert lines[2].endswith("HTTP 404")


def test_the_chats_feeds_are_polled(runtime: Runtime, site: NewsSite) -> None:
    from bot.feeds import ChatFeedsPoller, FeedRegistry

    feeds(runtime, f"add {site.base}/feed.rss")
    before = site.hits("/feed.rss")
    assert isinstance(runtime.context.feeds, FeedRegistry)
    ChatFeedsPoller(runtime.context.feeds, 60).poll()
    assert site.hits("/feed.rss") == before + 1
