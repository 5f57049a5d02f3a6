"""Run chat adapters until SIGTERM/SIGINT: ``briefbot run``."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
from collections.abc import Sequence
from typing import Protocol

from handlers import Command, Reply, dispatch

from .adapters.base import Adapter
from .runtime import Runtime

log = logging.getLogger("briefbot")


class Service(Protocol):
    """A background service run alongside the adapters (the ingest poller)."""

    async def start(self) -> None: ...

    async def stop(self) -> None: ...


def make_dispatch(runtime: Runtime):  # type: ignore[no-untyped-def]
    """An async dispatch that runs the handler in a worker thread, so a slow
    /summary never blocks the event loop (and other chats)."""

    async def run(command: Command) -> Reply:
        return await asyncio.to_thread(dispatch, command, runtime.context)

    return run


async def serve(
    runtime: Runtime,
    adapters: Sequence[Adapter],
    stop: asyncio.Event | None = None,
    services: Sequence[Service] = (),
) -> None:
    """Start every adapter, then every background service; wait for a stop
    signal; stop them all in reverse order."""
    stop = stop or asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        with contextlib.suppress(NotImplementedError, RuntimeError):
            loop.add_signal_handler(sig, stop.set)
    started: list[Adapter] = []
    running: list[Service] = []
    try:
        for adapter in adapters:
            await adapter.start(make_dispatch(runtime))
            started.append(adapter)
            log.info("%s adapter started", adapter.platform)
        for service in services:
            await service.start()
            running.append(service)
        await stop.wait()
        log.info("stopping")
    finally:
        for service in reversed(running):
            try:
                await service.stop()
            except Exception:
                log.exception("%s did not stop cleanly", type(service).__name__)
        for adapter in reversed(started):
            try:
                await adapter.stop()
            except Exception:
                log.exception("%s adapter did not stop cleanly", adapter.platform)
