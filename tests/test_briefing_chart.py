"""``briefing.chart``: the daily briefing carries the week's chart of its
most mentioned chip — pushed through the console adapter, which writes it."""

from __future__ import annotations

import asyncio
from datetime import timedelta
from pathlib import Path

import pytest
from fake_clock import FakeClock
from test_scheduler import DUE, Inbox, make, subscribe

from handlers import Command, Context, dispatch
from handlers.trend import with_week_chart
from summarizer.corpus import Corpus


def test_the_briefing_gets_the_week_chart_when_asked(
    tmp_path: Path, bundled: Corpus, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    path = tmp_path / "store.sqlite3"
    clock = FakeClock(DUE - timedelta(minutes=1))
    inbox = Inbox(clock)
    subscribe(path, clock, "charted")

    async def main() -> None:
        scheduler = make(path, bundled, clock, inbox, chart=True)
        clock.advance(120)
        await scheduler.run_once()
        await scheduler.stop()

    asyncio.run(main())
    [(_, chat, text)] = inbox.got
    assert chat == "charted" and "🖼 " in text
    png = Path(text.split("🖼 ", 1)[1].split("\n")[0])
    assert png.parent == tmp_path / "cache" / "briefbot" and png.read_bytes()[:4] == b"\x89PNG"


def test_no_chip_no_chart(context: Context) -> None:
    reply = dispatch(Command("help"), context)
    assert with_week_chart(reply, context, "ko") is reply
