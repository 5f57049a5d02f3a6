"""Optional story alerts: /topics alert N|off, the due alerts (rate-limited,
never the same story twice) and the alert service pushing through an adapter."""

from __future__ import annotations

import asyncio
import io
import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.adapters.console import ConsoleAdapter
from bot.alerts import AlertService
from handlers import Command, Context, dispatch
from handlers.alerts import due_alerts
from summarizer.chat_prefs import get_topics
from summarizer.corpus import Corpus
from summarizer.store import Store

NOW = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)


@pytest.fixture()
def ctx(day1_store: Path, tmp_path: Path) -> Context:
    copy = tmp_path / "day1.sqlite3"
    shutil.copy(day1_store, copy)
    return Context(Corpus(Store(copy)))


def test_alert_settings(ctx: Context) -> None:
    def topics(args: str, **fields: object) -> dict[str, object]:
        reply = dispatch(Command("topics", args, chat="telegram:5", **fields), ctx)  # type: ignore[arg-type]
        assert reply.ok, reply.notices
        return reply.data

    assert topics("")["alert"] is None  # off by default
    topics("add 리벨리온")
    assert topics("alert 3")["alert"] == 3
    assert topics("")["alert"] == 3
    assert topics("alert off")["alert"] is None
    bad = dispatch(Command("topics", "alert 99", chat="telegram:5", language="en"), ctx)
    assert not bad.ok and "Usage" in bad.notices[0]


def test_due_alerts_once_and_rate_limited(ctx: Context) -> None:
    store = ctx.corpus.store
    dispatch(Command("topics", "add 리벨리온 퓨리오사AI", chat="telegram:5"), ctx)
    dispatch(Command("topics", "alert 3", chat="telegram:5"), ctx)
    dispatch(Command("topics", "add 리벨리온", chat="telegram:6"), ctx)  # no alert asked
    [(chat, reply)] = due_alerts(ctx, lambda c: get_topics(store, c), NOW)
    assert chat == "telegram:5" and reply.title and reply.title.startswith("🔔")
    [story] = reply.data["stories"]
    assert len(story["outlets"]) >= 3
    assert due_alerts(ctx, lambda c: get_topics(store, c), NOW + timedelta(minutes=5)) == []
    later = due_alerts(ctx, lambda c: get_topics(store, c), NOW + timedelta(hours=2))
    assert [r.data["stories"][0]["id"] for _, r in later] != [story["id"]]  # never twice


def test_alert_service_pushes_through_the_adapter(ctx: Context) -> None:
    dispatch(Command("topics", "add 리벨리온", chat="console"), ctx)
    dispatch(Command("topics", "alert 2", chat="console"), ctx)
    stream = io.StringIO()
    service = AlertService(ctx, [ConsoleAdapter(stream)], interval=60)
    assert asyncio.run(service.check(NOW)) == 1
    assert "🔔" in stream.getvalue() and "리벨리온" in stream.getvalue()
    assert asyncio.run(service.check(NOW)) == 0
