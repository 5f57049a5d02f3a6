"""bot/service.py: the background services' shared start/stop."""

import asyncio

import pytest

from bot.service import BackgroundService


class Ticker(BackgroundService):
    name = "ticker"

    def __init__(self, fail: bool = False) -> None:
        super().__init__()
        self.fail = fail
        self.ticks = 0

    async def run(self, stop: asyncio.Event) -> None:
        while not stop.is_set():
            self.ticks += 1
            if self.fail:
                raise RuntimeError("boom")
            await asyncio.sleep(0)


def test_start_runs_until_stop() -> None:
    async def scenario() -> Ticker:
        ticker = Ticker()
        await ticker.start()
        while ticker.ticks < 3:
            await asyncio.sleep(0)
        assert ticker.running
        await ticker.stop()
        assert not ticker.running
        return ticker

    ticker = asyncio.run(scenario())
    assert ticker.ticks >= 3


def test_an_error_is_logged_and_stop_still_returns(caplog: pytest.LogCaptureFixture) -> None:
    async def scenario() -> None:
        ticker = Ticker(fail=True)
        await ticker.start()
        while ticker.running:
            await asyncio.sleep(0)
        await ticker.stop()

    asyncio.run(scenario())
    assert "ticker stopped by an error" in caplog.text
