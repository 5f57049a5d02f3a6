"""Slack over HTTP, through Bolt's async adapter.

:class:`SignedRequestGuard` is one Bolt middleware (installed as the
``before_authorize`` step, in place of Bolt's own request verification, so it
runs before anything else looks at the request): slack_sdk's signature check,
plus our two extras — a 400 for a malformed timestamp (Bolt's check calls
``int()`` on it and answers 500) and a 401 for a replayed request.

:func:`events_app` is the aiohttp application serving ``POST /slack/events``
with Bolt's aiohttp adapter functions. A correctly signed body that is not
valid JSON (or whose form ``payload=`` is broken) fails while the Bolt request
is built, before any middleware: it gets a 400, not a dropped connection.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Mapping
from typing import Any

from aiohttp import web
from slack_bolt.adapter.aiohttp import to_aiohttp_response, to_bolt_request
from slack_bolt.async_app import AsyncApp
from slack_bolt.middleware.async_middleware import AsyncMiddleware
from slack_bolt.request.async_request import AsyncBoltRequest
from slack_bolt.response import BoltResponse
from slack_sdk.signature import SignatureVerifier

log = logging.getLogger("briefbot.slack")

EVENTS_PATH = "/slack/events"

# Request signing (https://api.slack.com/authentication/verifying-requests-from-slack).
MAX_REQUEST_AGE = 300  # seconds either way
MAX_BODY_BYTES = 1 << 20
# What a request from Slack carries: an event or url_verification ("type"), a
# slash command ("command"), an interaction ("payload"), an SSL check.
_SHAPES = frozenset({"type", "command", "payload", "ssl_check"})


class SignedRequestGuard(AsyncMiddleware):
    """Refuses what Slack did not sign (401), a malformed timestamp (400) and
    the same signed request seen twice within the window (401, a replay).
    Socket Mode requests come over an authenticated socket and pass."""

    def __init__(self, signing_secret: str, clock: Callable[[], float] = time.time) -> None:
        self._verifier = SignatureVerifier(signing_secret)
        self._clock = clock
        self._seen: OrderedDict[str, float] = OrderedDict()
        self._lock = threading.Lock()

    async def async_process(
        self,
        *,
        req: AsyncBoltRequest,
        resp: BoltResponse,
        next: Callable[[], Awaitable[BoltResponse]],  # noqa: A002 (Bolt's name)
    ) -> BoltResponse:
        if req.mode == "socket_mode":
            return await next()
        headers = {k: v[0] for k, v in req.headers.items() if v}
        refused = self.check(headers, req.raw_body)
        if refused is not None:
            status, why = refused
            log.warning("slack: refused a request (%d, %s)", status, why)
            return BoltResponse(status=status, body="invalid request")
        return await next()

    def check(self, headers: Mapping[str, str], body: str) -> tuple[int, str] | None:
        """``headers`` with lower-case names. None, or (status, why) to refuse."""
        timestamp = headers.get("x-slack-request-timestamp")
        signature = headers.get("x-slack-signature")
        if not timestamp or not signature:
            return 401, "no signature"
        if not (timestamp.isascii() and timestamp.isdigit() and len(timestamp) <= 12):
            return 400, "malformed timestamp"
        now = self._clock()
        if abs(now - int(timestamp)) > MAX_REQUEST_AGE:
            return 401, "timestamp more than 5 minutes off"
        if not self._verifier.is_valid(body, timestamp, signature):
            return 401, "bad signature"
        with self._lock:
            while self._seen and next(iter(self._seen.values())) < now:
                self._seen.popitem(last=False)
            if signature in self._seen:
                return 401, "replayed request"
            self._seen[signature] = now + 2 * MAX_REQUEST_AGE
        return None

    def forget(self, headers: Mapping[str, str]) -> None:
        with self._lock:
            self._seen.pop(headers.get("x-slack-signature", ""), None)


def events_app(app: AsyncApp, guard: SignedRequestGuard) -> web.Application:
    """aiohttp serving Bolt at :data:`EVENTS_PATH` (anything else: 404/405)."""

    async def events(request: web.Request) -> web.Response:
        raw = await request.read()
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            return web.Response(status=400, text="invalid request")
        try:
            bolt_request = await to_bolt_request(request)
            if not isinstance(bolt_request.body, dict) or not _SHAPES & set(bolt_request.body):
                raise ValueError("not a Slack request body")
        except Exception:  # not JSON, a broken payload= …: refused, never dropped
            headers = {k.lower(): v for k, v in request.headers.items()}
            refused = guard.check(headers, text)
            status = refused[0] if refused else 400
            log.warning("slack: refused a malformed request (%d)", status)
            return web.Response(status=status, text="invalid request")
        response = await app.async_dispatch(bolt_request)
        if response.status >= 500:  # let Slack's retry of this request through
            guard.forget({k.lower(): v for k, v in request.headers.items()})
        return await to_aiohttp_response(response)

    async def healthz(request: web.Request) -> web.Response:
        return web.Response(text="ok")  # for load balancers and container probes

    web_app = web.Application(client_max_size=MAX_BODY_BYTES)
    web_app.router.add_post(EVENTS_PATH, events)
    web_app.router.add_get("/healthz", healthz)
    return web_app


async def serve_events(
    app: AsyncApp, guard: SignedRequestGuard, host: str, port: int
) -> tuple[web.AppRunner, int]:
    """Start the events server on the running loop; (runner, bound port)."""
    runner = web.AppRunner(events_app(app, guard), access_log=None, handle_signals=False)
    await runner.setup()
    site = web.TCPSite(runner, host, port)
    try:
        await site.start()
    except OSError:
        await runner.cleanup()
        raise
    addresses: list[Any] = runner.addresses
    return runner, int(addresses[0][1])
