"""The Slack runtime (slack-bolt): :class:`SlackAdapter` serves the handlers
in Socket Mode when ``SLACK_APP_TOKEN`` is set, otherwise over HTTP at
``/slack/events``, and pushes replies on request.
"""

from __future__ import annotations

import asyncio
import logging
import re
import threading
from collections import OrderedDict
from collections.abc import Callable, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from typing import TYPE_CHECKING, Any
from urllib.error import URLError

from slack_bolt import App, BoltResponse
from slack_bolt.error import BoltError
from slack_sdk.errors import SlackApiError

from handlers import Command, Reply
from handlers.messages import message
from handlers.subscription import ADMIN_COMMANDS

from ..buttons import Buttons
from ..config import ConfigError, SlackSettings, secret
from .base import Dispatch

if TYPE_CHECKING:
    from ..runtime import Runtime
from .slack_buttons import SlackActionsMixin
from .slack_http import EVENTS_PATH, _EventsServer, _Verifier
from .slack_render import ACTION_PREFIX, PLATFORM, to_command
from .slack_webapi import _reason, delivery_error, web_client

log = logging.getLogger("briefbot.slack")

# A response_url accepts at most 5 answers within 30 minutes.
MAX_RESPONSES = 5


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


class SlackAdapter(SlackActionsMixin):
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
        buttons: Buttons | None = None,
    ) -> None:
        self._buttons = buttons  # Block Kit buttons (None: replies without them)
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
        app.action(re.compile(f"^{ACTION_PREFIX}"))(ack=_ack, lazy=[self._answer_action])
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
        reply = self._run(command)
        channel = str(body.get("channel_id") or "")
        self._upload(channel, reply)
        payloads = self._payloads(reply, channel)
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
        reply = self._run(command)
        self._upload(channel, reply, thread)
        for payload in self._payloads(reply, channel):
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
        if reply.image is not None:
            await asyncio.to_thread(self._upload, chat, reply)
        for payload in await asyncio.to_thread(self._payloads, reply, chat):
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
        buttons=Buttons(runtime.corpus.store),
    )
