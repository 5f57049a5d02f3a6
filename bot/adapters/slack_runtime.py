"""The Slack runtime: Bolt's :class:`AsyncApp` on the bot's event loop.

:class:`SlackAdapter` serves the handlers in Socket Mode when
``SLACK_APP_TOKEN`` is set (Bolt's aiohttp Socket Mode handler), otherwise
over HTTP at ``/slack/events`` (Bolt's aiohttp adapter, see
:mod:`.slack_http`), on the same event loop as Telegram when both run. No
thread pool and no cross-thread bridge: listeners acknowledge at once and
answer in tasks on the loop; :meth:`SlackAdapter.stop` waits for them.
Every message sent goes through the platform's one pacer and retry policy
(:class:`bot.sending.Sender`).
"""

from __future__ import annotations

import asyncio
import logging
import re
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Coroutine, Mapping
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from aiohttp import web
from slack_bolt.async_app import AsyncApp
from slack_bolt.response import BoltResponse
from slack_sdk.errors import SlackApiError

from handlers import Command, Reply
from handlers.messages import message
from handlers.subscribe_commands import ADMIN_COMMANDS

from ..buttons import Buttons
from ..config import ConfigError, SlackSettings, secret
from ..pacing import Pacer, slack_limits
from ..sending import Sender
from .base import Dispatch
from .slack_buttons import SlackActionsMixin
from .slack_http import EVENTS_PATH, SignedRequestGuard, serve_events
from .slack_render import ACTION_PREFIX, PLATFORM, to_command
from .slack_webapi import _reason, delivery_error, web_client

if TYPE_CHECKING:
    from ..runtime import Runtime

log = logging.getLogger("briefbot.slack")

# A response_url accepts at most 5 answers within 30 minutes.
MAX_RESPONSES = 5


class _Seen:
    """Event ids answered recently: Slack resends an event it thinks we did
    not acknowledge (``X-Slack-Retry-Num``), with the same ``event_id``."""

    def __init__(self, size: int = 10_000) -> None:
        self._ids: OrderedDict[str, None] = OrderedDict()
        self._size = size

    def first_time(self, event_id: str) -> bool:
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


class SlackAdapter(SlackActionsMixin):
    """Serves Slack until :meth:`stop`; pushes replies on request."""

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
        self.sender = Sender(Pacer(slack_limits(1.0)))
        self._signing_secret = signing_secret or ""
        self._app_token = app_token
        self._language = language
        self._seen = _Seen()
        self._dispatch: Dispatch | None = None
        self._runner: web.AppRunner | None = None
        self._port: int | None = None
        self._socket: Any = None
        self._tasks: set[asyncio.Task[None]] = set()
        self.app: AsyncApp | None = None

    @property
    def mode(self) -> str:
        return "socket" if self._app_token else "http"

    @property
    def port(self) -> int | None:
        """The port HTTP mode listens on (useful with ``slack.port = 0``)."""
        return self._port

    # -------------------------------------------------------------- lifecycle
    async def start(self, dispatch: Dispatch) -> None:
        self._dispatch = dispatch
        await self._check_token()  # a refused token stops the start
        self.app = self._build_app()
        if self._app_token:
            await self._connect_socket_mode(self.app)
            log.info("slack: Socket Mode connected")
            return
        host, port = self.settings.host, self.settings.port
        guard = SignedRequestGuard(self._signing_secret)
        try:
            self._runner, self._port = await serve_events(self.app, guard, host, port)
        except OSError as exc:
            raise ConfigError(
                f"slack.host/slack.port: cannot listen on {host}:{port} ({exc})"
            ) from None
        log.info("slack: listening on http://%s:%d%s", host, self._port, EVENTS_PATH)

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None
        if self._socket is not None:
            await self._socket.close_async()
            self._socket = None
        while self._tasks:  # answers in progress finish
            await asyncio.gather(*list(self._tasks), return_exceptions=True)

    async def _check_token(self) -> None:
        try:
            await self.client.auth_test()
        except SlackApiError as exc:
            code = exc.response.get("error") if exc.response is not None else "error"
            raise ConfigError(f"SLACK_BOT_TOKEN was refused by Slack: {code}") from None
        except Exception as exc:
            raise ConfigError(
                f"slack.api_url: cannot reach the Slack Web API ({_reason(exc)})"
            ) from None

    def _build_app(self) -> AsyncApp:
        bolt_log = logging.getLogger("briefbot.slack.bolt")
        if not any(isinstance(f, _TokenFromClient) for f in bolt_log.filters):
            bolt_log.addFilter(_TokenFromClient())
        app = AsyncApp(
            client=self.client,
            signing_secret=self._signing_secret or "socket-mode",
            logger=bolt_log,
            process_before_response=False,
            # Ours replaces Bolt's check (it adds replay and timestamp checks)
            # and runs in the same place: before authorization.
            request_verification_enabled=False,
            before_authorize=SignedRequestGuard(self._signing_secret)
            if self._signing_secret
            else None,
        )
        app.middleware(self._drop_retries)
        # One listener per kind of entry point; to_command does the mapping.
        app.command(re.compile(r"^/"))(self._on_command)
        app.event("app_mention")(self._on_event)
        app.event("message")(self._on_event)
        app.action(re.compile(f"^{ACTION_PREFIX}"))(self._on_action)
        return app

    async def _connect_socket_mode(self, app: AsyncApp) -> None:
        from slack_bolt.adapter.socket_mode.aiohttp import AsyncSocketModeHandler

        handler = AsyncSocketModeHandler(app, self._app_token, ping_interval=self.ping_interval)
        try:
            await handler.connect_async()  # type: ignore[no-untyped-call]
        except SlackApiError as exc:
            code = exc.response.get("error") if exc.response is not None else "error"
            await handler.close_async()  # type: ignore[no-untyped-call]
            raise ConfigError(f"SLACK_APP_TOKEN was refused by Slack: {code}") from None
        self._socket = handler

    ping_interval = 10.0  # Socket Mode ping-pong, seconds (the tests shorten it)

    # -------------------------------------------------------------- listeners
    async def _drop_retries(
        self,
        body: dict[str, Any],
        next: Callable[[], Awaitable[None]],  # noqa: A002
    ) -> BoltResponse | None:
        event_id = body.get("event_id") if isinstance(body, dict) else None
        if isinstance(event_id, str) and not self._seen.first_time(event_id):
            log.info("slack: event %s already answered (a retry), skipped", event_id)
            return BoltResponse(status=200, body="")
        await next()
        return None

    def _spawn(self, work: Coroutine[Any, Any, None]) -> None:
        task = asyncio.get_running_loop().create_task(work)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _on_command(
        self, ack: Callable[[], Awaitable[Any]], body: dict[str, Any], respond: Any
    ) -> None:
        await ack()  # at once; the answer follows through response_url
        self._spawn(self._answer_command(body, respond))

    async def _on_event(self, ack: Callable[[], Awaitable[Any]], body: dict[str, Any]) -> None:
        await ack()
        self._spawn(self._answer_event(body))

    async def _on_action(
        self, ack: Callable[[], Awaitable[Any]], body: dict[str, Any], respond: Any
    ) -> None:
        await ack()  # a button: its command's answer follows
        self._spawn(self._answer_action(body, respond))

    async def _answer_command(self, body: dict[str, Any], respond: Any) -> None:
        command = to_command(body, umbrella=self.settings.umbrella_command)
        if command is None:
            return
        reply = await self._run(command)
        chat = str(body.get("channel_id") or "")
        await self._upload(chat, reply)
        payloads = await self._payloads(reply, chat)
        if len(payloads) > MAX_RESPONSES:
            log.warning("slack: /%s answer cut to %d messages", command.name, MAX_RESPONSES)
        for payload in payloads[:MAX_RESPONSES]:

            async def answer(payload: dict[str, Any] = payload) -> Any:
                result = await respond(
                    **payload,
                    response_type=self.settings.response_type,
                    unfurl_links=False,
                    unfurl_media=False,
                )
                if getattr(result, "status_code", 200) != 200:
                    raise RuntimeError(f"response_url answered {result.status_code}")
                return result

            try:
                await self.sender.send(chat, answer, delivery_error)
            except Exception as exc:  # the user sees nothing; we log why
                log.warning("slack: response_url failed: %s", exc)
                return

    async def _answer_event(self, body: dict[str, Any]) -> None:
        command = to_command(body, umbrella=self.settings.umbrella_command)
        if command is None:
            return
        event = body.get("event") or {}
        channel = str(event.get("channel") or "")
        thread = event.get("thread_ts")  # answer in the thread the mention came from
        reply = await self._run(command)
        await self._upload(channel, reply, thread)
        for payload in await self._payloads(reply, channel):
            try:
                await self._post(channel, payload, thread_ts=thread)
            except Exception as exc:
                log.warning("slack: answer to %s not sent: %s", channel, exc)
                return

    async def _is_admin(self, user: str) -> bool | None:
        """Whether ``user`` (a Slack user id) is a workspace admin or owner
        (users.info, needs the users:read scope); None when Slack will not say."""
        try:
            response = await self.client.users_info(user=user)
        except Exception as exc:
            log.warning("slack: users.info failed: %s", delivery_error(exc))
            return None
        info = response.get("user")
        if not isinstance(info, Mapping):
            return None
        return bool(info.get("is_admin") or info.get("is_owner"))

    async def _run(self, command: Command) -> Reply:
        if self._dispatch is None:
            raise RuntimeError("SlackAdapter.start() was not awaited")
        try:
            if command.name in ADMIN_COMMANDS and not command.private:
                # Only the subscription commands cost the extra Web API call.
                user = command.user.removeprefix(f"{PLATFORM}:")
                command = replace(command, is_admin=await self._is_admin(user))
            return await self._dispatch(command)
        except Exception:
            log.exception("slack: /%s could not be answered", command.name)
            language = command.language or self._language
            return Reply(command.name, notices=(message(language, "error.internal"),), ok=False)

    # ------------------------------------------------------------------ push
    async def _post(
        self,
        channel: str,
        payload: dict[str, Any],
        thread_ts: str | None = None,
        *,
        paced: bool = True,
        retry: bool = True,
    ) -> None:
        async def post() -> Any:
            return await self.client.chat_postMessage(
                channel=channel,
                text=payload["text"],
                blocks=payload.get("blocks"),
                thread_ts=thread_ts,
                unfurl_links=False,
                unfurl_media=False,
            )

        await self.sender.send(channel, post, delivery_error, paced=paced, retry=retry)

    async def push(self, chat: str, reply: Reply) -> None:
        """Post ``reply`` to channel ``chat`` (a channel or DM id such as
        ``C0123``). A reply rendered as several messages stops at the first
        failure, which is raised as a :mod:`bot.delivery` error. The caller
        (the scheduler) has waited in the pacer for the first message."""
        await self._upload(chat, reply)
        for index, payload in enumerate(await self._payloads(reply, chat)):
            try:
                # The first message is the ledger's to retry (it reschedules);
                # once one has arrived, the rest are retried here.
                await self._post(chat, payload, paced=index > 0, retry=index > 0)
            except Exception as exc:
                log.warning("slack: push to %s failed: %s", chat, exc)
                raise


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
