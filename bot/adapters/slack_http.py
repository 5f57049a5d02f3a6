"""Slack over HTTP: the events endpoint in front of Bolt, checking Slack's
request signature *before* Bolt sees the request (Bolt answers 500 to a
non-numeric timestamp and has no replay check; ours answers 400 and 401).
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Mapping, Sequence
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from slack_bolt import App, BoltRequest, BoltResponse

if TYPE_CHECKING:
    pass
log = logging.getLogger("briefbot.slack")

EVENTS_PATH = "/slack/events"

# Request signing (https://api.slack.com/authentication/verifying-requests-from-slack).
MAX_REQUEST_AGE = 300  # seconds either way
MAX_BODY_BYTES = 1 << 20


# ------------------------------------------------------------ request checking
class _Verifier:
    """Slack's request signature check, plus what Bolt lacks: a 400 for a
    malformed timestamp and a 401 for a replayed request.

    Answers an HTTP status to refuse with, or None to let the request through.
    A replay is the same signature seen again while its timestamp is still
    inside the window (after that the age check refuses it anyway)."""

    def __init__(self, signing_secret: str, clock: Callable[[], float] = time.time) -> None:
        self._secret = signing_secret.encode()
        self._clock = clock
        self._seen: OrderedDict[str, float] = OrderedDict()
        self._lock = threading.Lock()

    def check(self, headers: Mapping[str, str], body: bytes) -> tuple[int, str] | None:
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
        base = b"v0:" + timestamp.encode() + b":" + body
        expected = "v0=" + hmac.new(self._secret, base, hashlib.sha256).hexdigest()
        if not hmac.compare_digest(expected.encode(), signature.encode("utf-8", "replace")):
            return 401, "bad signature"
        with self._lock:
            while self._seen and next(iter(self._seen.values())) < now:
                self._seen.popitem(last=False)
            if expected in self._seen:
                return 401, "replayed request"
            self._seen[expected] = now + 2 * MAX_REQUEST_AGE
        return None

    def forget(self, headers: Mapping[str, str]) -> None:
        """Let Slack retry a request we failed to process (a 5xx)."""
        with self._lock:
            self._seen.pop(headers.get("x-slack-signature", ""), None)


class _EventsHandler(BaseHTTPRequestHandler):
    server: _EventsServer
    server_version = "briefbot"
    sys_version = ""
    timeout = 30  # seconds; a client that stalls mid-body does not hold a thread forever

    def do_POST(self) -> None:
        path = urlsplit(self.path)
        if path.path != EVENTS_PATH:
            self._answer(404, "not found")
            return
        try:
            length = int(self.headers.get("Content-Length", ""))
        except ValueError:
            self._answer(411, "length required")
            return
        if not 0 <= length <= MAX_BODY_BYTES:
            self._answer(413, "too large")
            return
        body = self.rfile.read(length)
        headers = {k.lower(): v for k, v in self.headers.items()}
        refused = self.server.verifier.check(headers, body)
        if refused is not None:
            status, why = refused
            log.warning("slack: refused a request (%d, %s)", status, why)
            self._answer(status, "invalid request")
            return
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError:
            self._answer(400, "invalid request")
            return
        bolt_headers: dict[str, str | Sequence[str]] = dict(headers)
        response = self.server.app.dispatch(
            BoltRequest(body=text, query=path.query, headers=bolt_headers)
        )
        if response.status >= 500:
            self.server.verifier.forget(headers)
        self._answer_bolt(response)

    def do_GET(self) -> None:
        path = urlsplit(self.path).path
        if path == "/healthz":  # for load balancers and container probes
            self._answer(200, "ok")
            return
        self._answer(404 if path != EVENTS_PATH else 405, "not found")

    def _answer(self, status: int, text: str) -> None:
        self._answer_bolt(BoltResponse(status=status, body=text))

    def _answer_bolt(self, response: BoltResponse) -> None:
        body = response.body.encode("utf-8")
        self.send_response(response.status)
        for name, values in response.headers.items():
            if name != "content-length":
                for value in values:
                    self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 (BaseHTTPRequestHandler's name)
        # The access log goes to DEBUG; request bodies are never logged.
        log.debug("%s %s", self.address_string(), format % args)


class _EventsServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, address: tuple[str, int], app: App, verifier: _Verifier) -> None:
        super().__init__(address, _EventsHandler)
        self.app = app
        self.verifier = verifier

    def handle_error(self, request: Any, client_address: Any) -> None:
        # socketserver prints a traceback to stderr; a dropped or stalled
        # connection is worth one log line, not that.
        log.warning(
            "slack: request from %s failed",
            client_address[0],
            exc_info=log.isEnabledFor(logging.DEBUG),
        )
