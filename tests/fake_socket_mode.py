"""A local Socket Mode server for the tests: the WebSocket end of Slack's
Socket Mode (https://api.slack.com/apis/socket-mode) on ws://127.0.0.1,
served by aiohttp in its own thread. It greets with ``hello``, sends the
envelopes a test asks for, records the acknowledgements, and can drop the
connection from the server side (the client must reconnect)."""

from __future__ import annotations

import asyncio
import json
import threading
from typing import Any

from aiohttp import WSMsgType, web


class FakeSocketMode:
    def __init__(self) -> None:
        self.acks: dict[str, Any] = {}  # envelope_id → the ack's payload (or None)
        self.connections = 0
        self._socket: web.WebSocketResponse | None = None
        self._changed = threading.Condition()
        self._loop = asyncio.new_event_loop()
        self._runner: web.AppRunner | None = None
        self.port = 0
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)
        self._thread.start()
        asyncio.run_coroutine_threadsafe(self._start(), self._loop).result(timeout=10)

    @property
    def url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/link"

    async def _start(self) -> None:
        app = web.Application()
        app.router.add_get("/link", self._serve)
        self._runner = web.AppRunner(app)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = self._runner.addresses[0][1]

    async def _serve(self, request: web.Request) -> web.WebSocketResponse:
        socket = web.WebSocketResponse()
        await socket.prepare(request)
        with self._changed:
            self._socket = socket
            self.connections += 1
            self._changed.notify_all()
        hello = {"type": "hello", "num_connections": 1, "debug_info": {"host": "fake"}}
        await socket.send_str(json.dumps(hello))
        async for frame in socket:
            if frame.type != WSMsgType.TEXT:
                continue
            data = json.loads(frame.data)
            with self._changed:
                self.acks[data.get("envelope_id", "")] = data.get("payload")
                self._changed.notify_all()
        return socket

    # ------------------------------------------------------------ for tests
    def _run(self, coro: Any) -> Any:
        return asyncio.run_coroutine_threadsafe(coro, self._loop).result(timeout=10)

    def send(self, envelope: dict[str, Any]) -> None:
        assert self._socket is not None
        self._run(self._socket.send_str(json.dumps(envelope)))

    def drop(self) -> None:
        """Close the current connection from the server side."""
        assert self._socket is not None
        self._run(self._socket.close())

    def wait(self, predicate: Any, timeout: float = 20.0) -> None:
        with self._changed:
            assert self._changed.wait_for(predicate, timeout=timeout), "timed out"

    def close(self) -> None:
        if self._runner is not None:
            self._run(self._runner.cleanup())
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=10)
        self._loop.close()


def slash_envelope(envelope_id: str, command: str, text: str, response_url: str) -> dict[str, Any]:
    payload = {
        "token": "x",
        "team_id": "T0TEAM",
        "channel_id": "C0CHAN",
        "channel_name": "general",
        "user_id": "U0USER",
        "user_name": "user",
        "command": command,
        "text": text,
        "response_url": response_url,
        "trigger_id": "1.2.3",
        "api_app_id": "A0APP",
    }
    return {
        "envelope_id": envelope_id,
        "type": "slash_commands",
        "payload": payload,
        "accepts_response_payload": True,
    }


def event_envelope(envelope_id: str, event: dict[str, Any]) -> dict[str, Any]:
    payload = {
        "token": "x",
        "team_id": "T0TEAM",
        "api_app_id": "A0APP",
        "event": event,
        "type": "event_callback",
        "event_id": f"Ev{envelope_id}",
        "event_time": 1700000000,
        "authorizations": [{"team_id": "T0TEAM", "user_id": "U0BOT", "is_bot": True}],
    }
    return {
        "envelope_id": envelope_id,
        "type": "events_api",
        "payload": payload,
        "accepts_response_payload": False,
        "retry_attempt": 0,
        "retry_reason": "",
    }
