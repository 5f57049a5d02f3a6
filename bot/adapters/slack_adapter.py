"""The Slack adapter (slack-bolt): slash commands, @mentions and direct messages.

Two pure functions carry the platform logic and are what the tests hit
hardest: :func:`to_command` (a Slack payload → :class:`handlers.Command`) and
:func:`render` (a :class:`handlers.Reply` → Block Kit message payloads).
:class:`SlackAdapter` is the runtime side: a Bolt ``App`` served in Socket
Mode when ``SLACK_APP_TOKEN`` is set, otherwise over HTTP at ``/slack/events``
behind :class:`_EventsServer`, a small front that checks Slack's request
signature *before* Bolt sees the request (Bolt answers 500 to a non-numeric
timestamp and has no replay check; ours answers 400 and 401).

Every entry point — the slash commands, the umbrella command (``/brief chips``),
``@briefbot chips`` in a channel, ``chips`` in a direct message — goes through
the same :func:`to_command` and then the runtime's dispatch, so a command added
to :data:`handlers.COMMANDS` works in Slack without touching this module.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import http.client
import logging
import re
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterator, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import TYPE_CHECKING, Any
from urllib.error import URLError
from urllib.parse import urlsplit

from slack_bolt import App, BoltRequest, BoltResponse
from slack_bolt.error import BoltError
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from slack_sdk.http_retry import ConnectionErrorRetryHandler, RateLimitErrorRetryHandler
from slack_sdk.http_retry.request import HttpRequest
from slack_sdk.http_retry.response import HttpResponse
from slack_sdk.http_retry.state import RetryState

from handlers import COMMANDS, Command, Line, Reply, parse
from handlers.messages import message
from handlers.reply import line_text
from handlers.subscribe_commands import ADMIN_COMMANDS

from ..config import ConfigError, SlackSettings, secret
from ..delivery import DeliveryError, DeliveryUnknown, PermanentFailure, RetryLater
from .base import Dispatch

if TYPE_CHECKING:
    from ..runtime import Runtime

log = logging.getLogger("briefbot.slack")

PLATFORM = "slack"
EVENTS_PATH = "/slack/events"

# Block Kit limits (https://api.slack.com/reference/block-kit/blocks).
MAX_BLOCKS = 50
MAX_SECTION_CHARS = 3000
MAX_HEADER_CHARS = 150
# Our own budgets: Slack truncates `text` at 40k and advises ≤ 4000 for the
# fallback; a message much longer than a screen is not read anyway.
MAX_FALLBACK_CHARS = 3000
MAX_MESSAGE_CHARS = 12_000
# A response_url accepts at most 5 answers within 30 minutes.
MAX_RESPONSES = 5

# Request signing (https://api.slack.com/authentication/verifying-requests-from-slack).
MAX_REQUEST_AGE = 300  # seconds either way
MAX_BODY_BYTES = 1 << 20

# Web API errors after which the channel cannot receive messages from us.
PERMANENT_ERRORS = frozenset(
    {
        "channel_not_found",
        "not_in_channel",
        "is_archived",
        "account_inactive",
        "token_revoked",
        "token_expired",
        "invalid_auth",
        "not_authed",
        "missing_scope",
        "restricted_action",
        "team_access_not_granted",
        "user_not_found",
    }
)
# Errors where Slack certainly did not post the message.
_NOT_POSTED = frozenset({"ratelimited", "request_timeout", "service_unavailable"})
# Errors after which Slack may have posted part of it (its docs say so).
_MAYBE_POSTED = frozenset({"internal_error", "fatal_error"})

# Waiting longer than this for a 429 would stall a worker thread; the caller
# gets RetryLater instead and decides.
MAX_RATE_LIMIT_WAIT = 30


# ------------------------------------------------------------------ to_command
_MENTION = re.compile(r"<@[UW][A-Z0-9]+(?:\|[^<>]*)?>")
_ANGLE = re.compile(r"<([^<>|]*)(?:\|([^<>]*))?>")


def _plain(text: str) -> str:
    """Slack's escaped message text → plain text: mentions of the bot (or
    anyone) dropped, ``<url|label>`` → label, ``&lt;`` → ``<``."""
    text = _MENTION.sub(" ", text)
    text = _ANGLE.sub(lambda m: m.group(2) or m.group(1), text)
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


def _route(text: str, chat: str, user: str, private: bool) -> Command | None:
    """Free text after the umbrella command, an @mention or in a DM: a command
    name first (with or without the slash: ``chips H800``, ``/요약 엔비디아``),
    otherwise words for a focused summary; nothing at all → help."""
    text = text.strip()
    fields: dict[str, Any] = {"chat": chat, "user": user, "private": private}
    if not text:
        return Command(name="help", **fields)
    as_command = parse(text if text.startswith("/") else "/" + text, **fields)
    if as_command is not None and (as_command.name in COMMANDS or text.startswith("/")):
        return as_command
    return parse(text, **fields)


def _qualified(value: Any) -> str:
    return f"{PLATFORM}:{value}" if value else PLATFORM


def to_command(payload: Mapping[str, Any], *, umbrella: str = "/brief") -> Command | None:
    """A slash command form body, an Events API envelope (or a bare event)
    → :class:`Command`; None when it is not for us (a bot's message, an edit,
    a message outside a DM, an event type we do not answer).

    ``chat`` and ``user`` are platform-qualified: ``slack:C0123``, ``slack:U0456``.
    """
    if "command" in payload:  # slash command
        name = str(payload.get("command") or "")
        text = _plain(str(payload.get("text") or ""))
        chat = _qualified(payload.get("channel_id"))
        user = _qualified(payload.get("user_id"))
        channel = str(payload.get("channel_id") or "")
        private = channel.startswith("D") or payload.get("channel_name") == "directmessage"
        if name.casefold() == umbrella.casefold():
            return _route(text, chat, user, private)
        return parse(f"{name} {text}", chat=chat, user=user, private=private)
    event = payload.get("event", payload)
    if not isinstance(event, Mapping):
        return None
    if event.get("bot_id") or event.get("subtype"):
        return None  # bots (ourselves included), edits, joins, deletions …
    kind = event.get("type")
    if kind == "message" and event.get("channel_type") != "im":
        return None
    if kind not in ("app_mention", "message"):
        return None
    return _route(
        _plain(str(event.get("text") or "")),
        _qualified(event.get("channel")),
        _qualified(event.get("user")),
        event.get("channel_type") == "im" or str(event.get("channel") or "").startswith("D"),
    )


# ---------------------------------------------------------------------- render
def escape(text: str) -> str:
    """mrkdwn escaping: only ``&``, ``<``, ``>`` (so ``<!channel>`` in a news
    item is shown, not executed)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _units(text: str) -> int:
    # Slack counts characters; counting UTF-16 code units is never less.
    return len(text.encode("utf-16-le")) // 2


def _link_url(url: str) -> str | None:
    """A URL safe inside ``<url|label>``, or None for anything not http(s)."""
    url = url.strip()
    if not re.match(r"https?://[^\s]+$", url, re.IGNORECASE):
        return None
    return escape(url.replace("|", "%7C"))


def _cite(reply: Reply, source_id: int) -> str:
    source = reply.source(source_id)
    url = _link_url(source.url) if source and source.url else None
    return f"<{url}|[{source_id}]>" if url else f"[{source_id}]"


def _line_mrkdwn(reply: Reply, line: Line) -> str:
    """The mrkdwn twin of :func:`handlers.reply.line_text`."""
    label = f"*{escape(line.label)}*" if line.label else None
    text = escape(line.text)
    body = f"{label} — {text}" if label and text else label or text
    marks = "".join(_cite(reply, c) for c in line.cites)
    return f"• {body} {marks}".rstrip() if marks or line.label else f"• {body}"


# An escape or a <link> is never cut in two.
_ATOM = re.compile(r"<[^<>]*>|&(?:amp|lt|gt);|.", re.DOTALL)


def _split(text: str, limit: int) -> Iterator[str]:
    """Cut mrkdwn into pieces of at most ``limit`` units, at a line break or a
    space when one is in the second half of the piece."""
    while _units(text) > limit:
        cut, size, soft = 0, 0, 0
        for match in _ATOM.finditer(text):
            size += _units(match.group())
            if size > limit:
                break
            cut = match.end()
            if match.group() in ("\n", " ") and cut > 0:
                soft = cut
        if soft * 2 > cut:
            cut = soft
        if cut == 0:  # one atom longer than the limit (a giant link): keep it whole
            cut = len(_ATOM.match(text).group())  # type: ignore[union-attr]
        yield text[:cut].rstrip()
        text = text[cut:].lstrip()
    if text:
        yield text


@dataclass(frozen=True)
class _Unit:
    block: dict[str, Any]
    plain: str  # the same content as plain text, for the fallback

    @property
    def size(self) -> int:
        return _units(self.plain)


def _sections(mrkdwn_lines: list[str], plain: list[str]) -> Iterator[_Unit]:
    """Pack lines into section blocks of at most MAX_SECTION_CHARS."""
    chunk: list[str] = []
    chunk_plain: list[str] = []

    def flush() -> _Unit:
        text = "\n".join(chunk)
        return _Unit(
            {"type": "section", "text": {"type": "mrkdwn", "text": text}}, "\n".join(chunk_plain)
        )

    for line, line_plain in zip(mrkdwn_lines, plain, strict=True):
        pieces = list(_split(line, MAX_SECTION_CHARS))
        for i, piece in enumerate(pieces):
            if chunk and _units("\n".join([*chunk, piece])) > MAX_SECTION_CHARS:
                yield flush()
                chunk, chunk_plain = [], []
            chunk.append(piece)
            # The plain twin goes with the first piece of its line.
            if i == 0:
                chunk_plain.append(line_plain)
    if chunk:
        yield flush()


def _units_of(reply: Reply) -> Iterator[_Unit]:
    if reply.title:
        if len(reply.title) <= MAX_HEADER_CHARS and "\n" not in reply.title:
            # plain_text needs no escaping: nothing in it is ever parsed.
            header = {"type": "header", "text": {"type": "plain_text", "text": reply.title}}
            yield _Unit(header, reply.title)
        else:
            yield from _sections([f"*{escape(reply.title)}*"], [reply.title])
    for section in reply.sections:
        mrkdwn = [_line_mrkdwn(reply, line) for line in section.lines]
        plain = [line_text(line) for line in section.lines]
        if section.heading:
            mrkdwn.insert(0, f"*{escape(section.heading)}*")
            plain.insert(0, f"■ {section.heading}")
        yield from _sections(mrkdwn, plain)
    for notice in reply.notices:
        yield from _sections([escape(notice)], [notice])


def _fallback(units: list[_Unit]) -> str:
    text = escape("\n\n".join(u.plain for u in units if u.plain))
    if _units(text) <= MAX_FALLBACK_CHARS:
        return text
    pieces = list(_split(text, MAX_FALLBACK_CHARS - 1))
    return pieces[0] + "…"


def render(reply: Reply) -> list[dict[str, Any]]:
    """A Reply → Slack message payloads (``{"text", "blocks"}`` each, ready for
    chat.postMessage or a response_url). The same content as the console's
    :func:`handlers.to_text`: title as a header, one section block per run of
    lines (≤ 3000 characters), citations linked to the source's url. A reply
    that needs more than 50 blocks or about 12,000 characters is split into
    several messages, never inside a line's escape or link. ``text`` is the
    plain-text fallback (notifications, screen readers), escaped as well."""
    messages: list[list[_Unit]] = [[]]
    size = 0
    for unit in _units_of(reply):
        current = messages[-1]
        if current and (len(current) >= MAX_BLOCKS or size + unit.size > MAX_MESSAGE_CHARS):
            messages.append([])
            current, size = messages[-1], 0
        current.append(unit)
        size += unit.size
    if not messages[0]:
        return [{"text": "…"}]
    return [{"text": _fallback(units), "blocks": [u.block for u in units]} for units in messages]


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
        self._answer(404 if urlsplit(self.path).path != EVENTS_PATH else 405, "not found")

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


# ----------------------------------------------------------------- Web API
class _BoundedRateLimitRetry(RateLimitErrorRetryHandler):
    """slack_sdk's 429 handler (sleeps Retry-After, then retries), except when
    Slack asks for a wait longer than ``max_wait``: then the 429 is handed to
    the caller, who can reschedule instead of blocking a thread."""

    def __init__(self, max_retry_count: int = 2, max_wait: float = MAX_RATE_LIMIT_WAIT) -> None:
        super().__init__(max_retry_count=max_retry_count)
        self.max_wait = max_wait

    def _can_retry(
        self,
        *,
        state: RetryState,
        request: HttpRequest,
        response: HttpResponse | None = None,
        error: Exception | None = None,
    ) -> bool:
        if response is None or response.status_code != 429:
            return False
        wait = _retry_after(response.headers)
        return wait is not None and wait <= self.max_wait


def _retry_after(headers: Mapping[str, Any]) -> float | None:
    for name, value in headers.items():
        if name.lower() == "retry-after":
            first = value[0] if isinstance(value, (list, tuple)) else value
            try:
                return max(0.0, float(first))
            except (TypeError, ValueError):
                return None
    return None


def web_client(token: str, settings: SlackSettings) -> WebClient:
    """The Web API client: ``slack.api_url``, 429s retried after Retry-After,
    and connection errors retried only when the request certainly did not go
    out (urllib wraps errors while connecting and sending in URLError; a read
    timeout or a dropped connection after sending is not retried, because the
    message may have been posted)."""
    base_url = settings.api_url if settings.api_url.endswith("/") else settings.api_url + "/"
    client = WebClient(token=token, base_url=base_url, timeout=int(max(1, settings.timeout)))
    client.timeout = settings.timeout  # type: ignore[assignment]  # urllib accepts a float
    client.retry_handlers = [
        ConnectionErrorRetryHandler(max_retry_count=1, error_types=[URLError]),
        _BoundedRateLimitRetry(),
    ]
    return client


def delivery_error(exc: BaseException) -> DeliveryError:
    """A failed chat.postMessage → the :mod:`bot.delivery` class the ledger
    needs. An API error we cannot classify (``invalid_blocks``, …) is a plain
    :class:`DeliveryError`: not delivered, but neither worth a retry nor a
    reason to drop the subscription."""
    if isinstance(exc, SlackApiError):
        code = str(exc.response.get("error") or "") if exc.response is not None else ""
        status = exc.response.status_code if exc.response is not None else 0
        if code in PERMANENT_ERRORS:
            return PermanentFailure(f"slack: {code}")
        if code == "ratelimited" or status == 429:
            wait = _retry_after(exc.response.headers if exc.response is not None else {})
            return RetryLater("slack: ratelimited", retry_after=wait if wait is not None else 1.0)
        if code in _NOT_POSTED or (not code and status >= 500):
            return RetryLater(f"slack: {code or status}", retry_after=5.0)
        if code in _MAYBE_POSTED:
            return DeliveryUnknown(f"slack: {code}")
        return DeliveryError(f"slack: {code or status}")
    if isinstance(exc, URLError | ConnectionRefusedError):
        return RetryLater(f"slack: cannot connect ({_reason(exc)})", retry_after=5.0)
    if isinstance(exc, TimeoutError | http.client.RemoteDisconnected | ConnectionResetError):
        return DeliveryUnknown(f"slack: no answer ({_reason(exc)})")
    return DeliveryUnknown(f"slack: {type(exc).__name__}")


def _reason(exc: BaseException) -> str:
    reason = getattr(exc, "reason", None) or exc
    return type(reason).__name__ if not str(reason) else str(reason)[:200]


# ------------------------------------------------------------------ the adapter
class _Seen:
    """Event ids answered recently: Slack resends an event it thinks we did
    not acknowledge (``X-Slack-Retry-Num``), with the same ``event_id``."""

    def __init__(self, size: int = 10_000) -> None:
        self._ids: OrderedDict[str, None] = OrderedDict()
        self._size = size
        self._lock = threading.Lock()

    def first_time(self, event_id: str) -> bool:
        with self._lock:
            if event_id in self._ids:
                return False
            self._ids[event_id] = None
            if len(self._ids) > self._size:
                self._ids.popitem(last=False)
            return True


class _TokenFromClient(logging.Filter):
    """Bolt warns that the token is unused when SLACK_BOT_TOKEN is set and a
    client is given: that is our intent (the client carries the token)."""

    def filter(self, record: logging.LogRecord) -> bool:
        return "`token` will be unused" not in record.getMessage()


def _ack(ack: Callable[[], Any]) -> None:
    ack()  # at once; the answer comes from the lazy listener


class SlackAdapter:
    """Serves Slack until :meth:`stop`. Bolt is synchronous: its listeners run
    in a thread pool and reach the runtime's async dispatch through the event
    loop :meth:`start` was awaited on."""

    platform = PLATFORM

    def __init__(
        self,
        settings: SlackSettings,
        *,
        bot_token: str,
        signing_secret: str | None = None,
        app_token: str | None = None,
        language: str = "ko",
    ) -> None:
        if not app_token and not signing_secret:
            raise ConfigError("Slack HTTP mode needs SLACK_SIGNING_SECRET")
        self.settings = settings
        self.client = web_client(bot_token, settings)
        self._signing_secret = signing_secret or ""
        self._app_token = app_token
        self._language = language
        self._seen = _Seen()
        self._executor = ThreadPoolExecutor(max_workers=4, thread_name_prefix="slack")
        self._loop: asyncio.AbstractEventLoop | None = None
        self._dispatch: Dispatch | None = None
        self._server: _EventsServer | None = None
        self._thread: threading.Thread | None = None
        self._socket: Any = None
        self.app: App | None = None

    @property
    def mode(self) -> str:
        return "socket" if self._app_token else "http"

    @property
    def port(self) -> int | None:
        """The port HTTP mode listens on (useful with ``slack.port = 0``)."""
        return self._server.server_address[1] if self._server else None

    # -------------------------------------------------------------- lifecycle
    async def start(self, dispatch: Dispatch) -> None:
        self._loop = asyncio.get_running_loop()
        self._dispatch = dispatch
        # auth.test runs while the App is built: a refused token stops the start.
        self.app = await asyncio.to_thread(self._build_app)
        if self._app_token:
            await asyncio.to_thread(self._connect_socket_mode, self.app)
            log.info("slack: Socket Mode connected")
            return
        address = (self.settings.host, self.settings.port)
        try:
            self._server = _EventsServer(address, self.app, _Verifier(self._signing_secret))
        except OSError as exc:
            raise ConfigError(
                f"slack.host/slack.port: cannot listen on {address[0]}:{address[1]} ({exc})"
            ) from None
        self._thread = threading.Thread(
            target=self._server.serve_forever, args=(0.1,), name="slack-http", daemon=True
        )
        self._thread.start()
        log.info("slack: listening on http://%s:%d%s", address[0], self.port, EVENTS_PATH)

    async def stop(self) -> None:
        await asyncio.to_thread(self._shutdown)

    def _shutdown(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None
        if self._thread is not None:
            self._thread.join(timeout=10)
            self._thread = None
        if self._socket is not None:
            self._socket.close()
            self._socket = None
        # Let answers in progress finish (the event loop is still running).
        self._executor.shutdown(wait=True, cancel_futures=True)

    def _build_app(self) -> App:
        bolt_log = logging.getLogger("briefbot.slack.bolt")
        if not any(isinstance(f, _TokenFromClient) for f in bolt_log.filters):
            bolt_log.addFilter(_TokenFromClient())
        try:
            app = App(
                client=self.client,
                signing_secret=self._signing_secret,
                logger=bolt_log,
                listener_executor=self._executor,
                process_before_response=False,
            )
        except BoltError as exc:
            raise ConfigError(
                f"SLACK_BOT_TOKEN was refused by Slack: {_bolt_reason(exc)}"
            ) from None
        except (URLError, OSError) as exc:
            raise ConfigError(
                f"slack.api_url: cannot reach the Slack Web API ({_reason(exc)})"
            ) from None
        app.middleware(self._drop_retries)
        # One listener per kind of entry point; to_command does the mapping.
        app.command(re.compile(r"^/"))(ack=_ack, lazy=[self._answer_command])
        app.event("app_mention")(ack=_ack, lazy=[self._answer_event])
        app.event("message")(ack=_ack, lazy=[self._answer_event])
        return app

    def _connect_socket_mode(self, app: App) -> None:
        from slack_bolt.adapter.socket_mode import SocketModeHandler

        handler = SocketModeHandler(app, self._app_token)
        try:
            handler.connect()  # type: ignore[no-untyped-call]
        except SlackApiError as exc:
            code = exc.response.get("error") if exc.response is not None else "error"
            raise ConfigError(f"SLACK_APP_TOKEN was refused by Slack: {code}") from None
        self._socket = handler

    # -------------------------------------------------------------- listeners
    def _drop_retries(self, body: dict[str, Any], next_: Callable[[], None]) -> BoltResponse | None:
        event_id = body.get("event_id") if isinstance(body, dict) else None
        if isinstance(event_id, str) and not self._seen.first_time(event_id):
            log.info("slack: event %s already answered (a retry), skipped", event_id)
            return BoltResponse(status=200, body="")
        next_()
        return None

    def _answer_command(self, body: dict[str, Any], respond: Callable[..., Any]) -> None:
        command = to_command(body, umbrella=self.settings.umbrella_command)
        if command is None:
            return
        payloads = render(self._run(command))
        if len(payloads) > MAX_RESPONSES:
            log.warning("slack: /%s answer cut to %d messages", command.name, MAX_RESPONSES)
        for payload in payloads[:MAX_RESPONSES]:
            try:
                result = respond(
                    **payload,
                    response_type=self.settings.response_type,
                    unfurl_links=False,
                    unfurl_media=False,
                )
            except Exception as exc:  # the user sees nothing; we log why
                log.warning("slack: response_url failed: %s", _reason(exc))
                return
            status = getattr(result, "status_code", 200)
            if status != 200:
                log.warning("slack: response_url answered %s", status)
                return

    def _answer_event(self, body: dict[str, Any]) -> None:
        command = to_command(body, umbrella=self.settings.umbrella_command)
        if command is None:
            return
        event = body.get("event") or {}
        channel = str(event.get("channel") or "")
        thread = event.get("thread_ts")  # answer in the thread the mention came from
        for payload in render(self._run(command)):
            try:
                self._post(channel, payload, thread_ts=thread)
            except Exception as exc:
                error = delivery_error(exc)
                log.warning("slack: answer to %s not sent: %s", channel, error)
                return

    def _is_admin(self, user: str) -> bool | None:
        """Whether ``user`` (a Slack user id) is a workspace admin or owner
        (users.info, needs the users:read scope); None when Slack will not say."""
        try:
            response = self.client.users_info(user=user)
        except Exception as exc:
            log.warning("slack: users.info failed: %s", delivery_error(exc))
            return None
        info = response.get("user")
        if not isinstance(info, Mapping):
            return None
        return bool(info.get("is_admin") or info.get("is_owner"))

    def _run(self, command: Command) -> Reply:
        """The runtime's dispatch, from a Bolt worker thread."""
        if self._loop is None or self._dispatch is None:
            raise RuntimeError("SlackAdapter.start() was not awaited")
        if command.name in ADMIN_COMMANDS and not command.private:
            # Only the subscription commands cost the extra Web API call.
            user = command.user.removeprefix(f"{PLATFORM}:")
            command = replace(command, is_admin=self._is_admin(user))
        dispatch = self._dispatch

        async def call() -> Reply:
            return await dispatch(command)

        try:
            return asyncio.run_coroutine_threadsafe(call(), self._loop).result(timeout=300)
        except Exception:
            log.exception("slack: /%s could not be answered", command.name)
            language = command.language or self._language
            return Reply(command.name, notices=(message(language, "error.internal"),), ok=False)

    # ------------------------------------------------------------------ push
    def _post(self, channel: str, payload: dict[str, Any], thread_ts: str | None = None) -> None:
        self.client.chat_postMessage(
            channel=channel,
            text=payload["text"],
            blocks=payload.get("blocks"),
            thread_ts=thread_ts,
            unfurl_links=False,
            unfurl_media=False,
        )

    async def push(self, chat: str, reply: Reply) -> None:
        """Post ``reply`` to channel ``chat`` (a channel or DM id such as
        ``C0123``). A reply rendered as several messages stops at the first
        failure, which is raised as a :mod:`bot.delivery` error."""
        for payload in render(reply):
            try:
                await asyncio.to_thread(self._post, chat, payload)
            except Exception as exc:
                error = delivery_error(exc)
                log.warning("slack: push to %s failed: %s", chat, error)
                raise error from exc


def _bolt_reason(exc: BoltError) -> str:
    match = re.search(r"'error': '([a-z_]+)'", str(exc))
    return match.group(1) if match else "auth.test failed"


def create_adapter(runtime: Runtime) -> SlackAdapter:
    """The adapter ``briefbot run slack`` starts. Secrets from the environment:
    ``SLACK_BOT_TOKEN`` always; ``SLACK_APP_TOKEN`` selects Socket Mode,
    otherwise ``SLACK_SIGNING_SECRET`` is needed for HTTP mode."""
    bot_token = secret("SLACK_BOT_TOKEN")
    app_token = secret("SLACK_APP_TOKEN")
    signing_secret = secret("SLACK_SIGNING_SECRET")
    missing = [] if bot_token else ["SLACK_BOT_TOKEN"]
    if not app_token and not signing_secret:
        missing.append("SLACK_SIGNING_SECRET (or SLACK_APP_TOKEN for Socket Mode)")
    if missing:
        raise ConfigError(f"Slack needs {' and '.join(missing)} in the environment")
    if app_token and not app_token.startswith("xapp-"):
        raise ConfigError("SLACK_APP_TOKEN must be an app-level token (xapp-…)")
    assert bot_token is not None
    return SlackAdapter(
        runtime.config.slack,
        bot_token=bot_token,
        signing_secret=signing_secret,
        app_token=app_token,
        language=runtime.config.bot.language,
    )
