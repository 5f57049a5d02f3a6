"""A fake Telegram Bot API server on 127.0.0.1 for end-to-end tests.

It answers the methods a bot uses (getMe, getUpdates, sendMessage,
getChatMember, setMyCommands, getMyCommands, deleteMyCommands, setWebhook,
deleteWebhook, getWebhookInfo, close, logOut) as the Bot API documents them: every answer
is ``{"ok": true, "result": ...}`` or ``{"ok": false, "error_code": N,
"description": "...", "parameters": {...}}`` with the HTTP status N. Point a
bot at it with ``base_url=fake.base_url`` (``http://127.0.0.1:PORT/bot``).

sendMessage is checked the way Telegram checks it: the HTML parse mode
accepts only the documented tags and entities (else 400 "can't parse
entities"), the text after entity parsing must have 1–4096 UTF-16 code units.
getUpdates honours ``allowed_updates`` as Telegram does (the last list
given is kept; by default every type but chat_member and the reactions).
Tests queue updates (:meth:`FakeBotAPI.send_text`,
:meth:`FakeBotAPI.bot_membership`), set who administers a group
(:attr:`FakeBotAPI.members`), read what the bot sent
(:attr:`FakeBotAPI.sent`), and inject faults (:meth:`FakeBotAPI.fail`:
429 with retry_after, 403, migrate_to_chat_id …; :meth:`FakeBotAPI.delay`:
slow answers). Usable from the daily-briefing tests too.

    with FakeBotAPI() as fake:
        fake.send_text("/chips")
        ... run the bot with base_url=fake.base_url, token=fake.token ...
        fake.wait_for(lambda f: f.sent)
"""

from __future__ import annotations

import asyncio
import re
import threading
import time
from collections.abc import Callable
from http.server import ThreadingHTTPServer
from typing import Any

import fake_telegram_media as media
from telegram_wire import APIError, BotAPIHandler, Call, Fault
from telegram_wire import TelegramHTMLError as TelegramHTMLError
from telegram_wire import parse_telegram_html as parse_telegram_html
from telegram_wire import post_update as post_update
from telegram_wire import utf16_units as utf16_units

TOKEN = "123456789:AAFakeTokenForTestsOnly_abcdefghijk"
BOT_ID = 123456789

# Update types Telegram sends only when asked for by name in allowed_updates.
_OPT_IN_UPDATES = {"chat_member", "message_reaction", "message_reaction_count"}
# getChatMember: the fields of ChatMemberAdministrator beyond status and user.
_ADMIN_RIGHTS = {
    "can_be_edited": False,
    "is_anonymous": False,
    "can_manage_chat": True,
    "can_delete_messages": True,
    "can_manage_video_chats": True,
    "can_restrict_members": True,
    "can_promote_members": False,
    "can_change_info": True,
    "can_invite_users": True,
    "can_post_stories": False,
    "can_edit_stories": False,
    "can_delete_stories": False,
}


class FakeBotAPI:
    def __init__(self, token: str = TOKEN, username: str = "briefbot_test_bot") -> None:
        self.token = token
        self.username = username
        self.calls: list[Call] = []
        self.sent: list[dict[str, Any]] = []  # accepted sendMessage params (+ "plain")
        self.commands: dict[str, list[dict[str, str]]] = {}  # language_code → menu
        self.webhook: dict[str, Any] | None = None
        # getChatMember: (chat_id, user_id) → status ("creator", "administrator",
        # "member", "restricted", "left", "kicked"); anyone else is a "member".
        self.members: dict[tuple[int, int], str] = {}
        self.allowed_updates: list[str] | None = None  # as last set by getUpdates
        self.photos: list[dict[str, Any]] = []  # accepted sendPhoto params (photo: bytes)
        self.callback_answers: list[dict[str, Any]] = []  # answerCallbackQuery params
        self._updates: list[dict[str, Any]] = []
        self._next_update_id = 1000
        self._next_message_id = 1
        self._faults: list[Fault] = []
        self._cond = threading.Condition()
        self._closing = threading.Event()
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # -- lifecycle
    def start(self) -> FakeBotAPI:
        fake = self

        class Handler(BotAPIHandler):
            api = fake

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        self._closing.set()
        with self._cond:
            self._cond.notify_all()
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None
        if self._thread is not None:
            self._thread.join(timeout=10)
            self._thread = None

    def __enter__(self) -> FakeBotAPI:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def port(self) -> int:
        assert self._server is not None, "not started"
        return int(self._server.server_address[1])

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def base_url(self) -> str:
        return f"{self.url}/bot"

    @property
    def base_file_url(self) -> str:
        return f"{self.url}/file/bot"

    # -- what users do
    def add_update(self, update: dict[str, Any]) -> int:
        """Queue an update for getUpdates (an update_id is added if missing)."""
        with self._cond:
            if "update_id" not in update:
                update = {"update_id": self._next_update_id, **update}
            self._next_update_id = max(self._next_update_id, update["update_id"]) + 1
            self._updates.append(update)
            self._cond.notify_all()
            return int(update["update_id"])

    def message(
        self,
        text: str | None,
        *,
        chat_id: int = 1001,
        chat_type: str = "private",
        user_id: int | None = None,
        username: str = "minji",
        reply_to_bot: bool = False,
        **extra: Any,
    ) -> dict[str, Any]:
        """A ``message`` object shaped as the Bot API documents it."""
        user_id = user_id if user_id is not None else (chat_id if chat_id > 0 else 2002)
        chat: dict[str, Any] = {"id": chat_id, "type": chat_type}
        if chat_type == "private":
            chat.update(first_name="민지", username=username)
        else:
            chat["title"] = "반도체 스터디"
        with self._cond:
            message_id = self._next_message_id
            self._next_message_id += 1
        msg: dict[str, Any] = {
            "message_id": message_id,
            "from": {
                "id": user_id,
                "is_bot": False,
                "first_name": "민지",
                "username": username,
                "language_code": "ko",
            },
            "chat": chat,
            "date": int(time.time()),
        }
        if text is not None:
            msg["text"] = text
            if text.startswith("/"):
                length = len(text.split()[0])
                msg["entities"] = [
                    {"type": "bot_command", "offset": 0, "length": utf16_units(text[:length])}
                ]
        if reply_to_bot:
            msg["reply_to_message"] = {
                "message_id": 1,
                "from": self.me(),
                "chat": chat,
                "date": int(time.time()),
                "text": "…",
            }
        msg.update(extra)
        return msg

    def bot_membership(
        self,
        old: str,
        new: str,
        *,
        chat_id: int = 1001,
        chat_type: str = "private",
        user_id: int | None = None,
    ) -> int:
        """The bot's status in a chat changed (a ``my_chat_member`` update,
        ChatMemberUpdated as documented): in a private chat "member" →
        "kicked" is the user blocking the bot, and back is unblocking; in a
        group, "left"/"kicked" is being removed, "member"/"administrator"
        being (re-)added. Returns the update_id."""
        user_id = user_id if user_id is not None else (chat_id if chat_id > 0 else 2002)
        chat: dict[str, Any] = {"id": chat_id, "type": chat_type}
        if chat_type == "private":
            chat.update(first_name="민지", username="minji")
        else:
            chat["title"] = "반도체 스터디"

        def member(status: str) -> dict[str, Any]:
            found: dict[str, Any] = {"status": status, "user": self.me()}
            if status == "kicked":
                found["until_date"] = 0
            elif status == "administrator":
                found.update(_ADMIN_RIGHTS)
            return found

        change = {
            "chat": chat,
            "from": {"id": user_id, "is_bot": False, "first_name": "민지", "username": "minji"},
            "date": int(time.time()),
            "old_chat_member": member(old),
            "new_chat_member": member(new),
        }
        return self.add_update({"my_chat_member": change})

    def send_text(self, text: str, **kwargs: Any) -> int:
        """A user sends ``text``; returns the update_id."""
        return self.add_update({"message": self.message(text, **kwargs)})

    # -- faults
    def fail(
        self,
        method: str,
        error_code: int,
        description: str,
        *,
        parameters: dict[str, Any] | None = None,
        times: int = 1,
        chat_id: int | str | None = None,
        after: int = 0,
    ) -> None:
        """Answer ``times`` calls of ``method`` (to ``chat_id``, if given)
        with an error, after letting ``after`` such calls through."""
        with self._cond:
            self._faults.append(
                Fault(
                    method, times, error_code, description, parameters, chat_id=chat_id, after=after
                )
            )

    def flood(
        self, retry_after: int, *, method: str = "sendMessage", times: int = 1, after: int = 0
    ) -> None:
        """429 Too Many Requests with ``parameters.retry_after``."""
        self.fail(
            method,
            429,
            f"Too Many Requests: retry after {retry_after}",
            parameters={"retry_after": retry_after},
            times=times,
            after=after,
        )

    def forbid(self, chat_id: int | None = None, *, times: int = 1) -> None:
        self.fail(
            "sendMessage",
            403,
            "Forbidden: bot was blocked by the user",
            chat_id=chat_id,
            times=times,
        )

    def migrate(self, chat_id: int, new_chat_id: int) -> None:
        self.fail(
            "sendMessage",
            400,
            "Bad Request: group chat was upgraded to a supergroup chat",
            parameters={"migrate_to_chat_id": new_chat_id},
            chat_id=chat_id,
        )

    def delay(self, method: str, seconds: float, *, times: int = 1) -> None:
        """Answer the next ``times`` calls of ``method`` after ``seconds``
        (cut short when the server stops)."""
        with self._cond:
            self._faults.append(Fault(method, times, delay=seconds))

    # -- what tests read
    def wait_for(self, predicate: Callable[[FakeBotAPI], Any], timeout: float = 30.0) -> None:
        """Block until ``predicate(self)`` is true (re-checked on every call)."""
        with self._cond:
            if not self._cond.wait_for(lambda: predicate(self), timeout):
                raise AssertionError(
                    f"condition not met within {timeout} s; calls: "
                    f"{[c.method for c in self.calls][-20:]}"
                )

    async def await_for(
        self, predicate: Callable[[FakeBotAPI], Any], timeout: float = 30.0
    ) -> None:
        """:meth:`wait_for` from async code, without blocking the event loop."""
        await asyncio.to_thread(self.wait_for, predicate, timeout)

    def messages_to(self, chat_id: int) -> list[dict[str, Any]]:
        with self._cond:
            return [m for m in self.sent if m.get("chat_id") == chat_id]

    def calls_of(self, method: str) -> list[Call]:
        with self._cond:
            return [c for c in self.calls if c.method.lower() == method.lower()]

    def me(self) -> dict[str, Any]:
        return {
            "id": BOT_ID,
            "is_bot": True,
            "first_name": "Briefbot",
            "username": self.username,
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": False,
        }

    # -- the API
    def _handle(self, method: str, params: dict[str, Any]) -> Any:
        with self._cond:
            self.calls.append(Call(method, params))
            fault = None
            for candidate in self._faults:
                if not candidate.matches(method, params):
                    continue
                if candidate.after > 0:
                    candidate.after -= 1
                    continue
                fault = candidate
                fault.times -= 1
                break
            self._cond.notify_all()
        if fault is not None:
            if fault.delay:
                self._closing.wait(fault.delay)
            if fault.error_code:
                raise APIError(fault.error_code, fault.description, fault.parameters)
        name = method.lower()
        if name == "getme":
            return self.me()
        if name == "getupdates":
            return self._get_updates(params)
        if name == "sendmessage":
            return self._send_message(params)
        if name == "getchatmember":
            return self._get_chat_member(params)
        if name == "setmycommands":
            return self._set_commands(params)
        if name == "getmycommands":
            with self._cond:
                return self.commands.get(params.get("language_code", ""), [])
        if name == "deletemycommands":
            with self._cond:
                self.commands.pop(params.get("language_code", ""), None)
            return True
        if name == "setwebhook":
            if not str(params.get("url", "")).startswith(("https://", "http://")):
                raise APIError(
                    400, "Bad Request: bad webhook: An HTTPS URL must be provided for webhook"
                )
            with self._cond:
                self.webhook = params
            return True
        if name == "deletewebhook":
            with self._cond:
                self.webhook = None
            return True
        if name == "getwebhookinfo":
            url = self.webhook.get("url", "") if self.webhook else ""
            return {"url": url, "has_custom_certificate": False, "pending_update_count": 0}
        if name in ("close", "logout"):
            return True
        if name in media.METHODS:  # sendPhoto, answerCallbackQuery
            return media.METHODS[name](self, params)
        raise APIError(404, "Not Found: method not found")

    def _get_updates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        offset = int(params.get("offset") or 0)
        timeout = float(params.get("timeout") or 0)
        limit = int(params.get("limit") or 100)
        deadline = time.monotonic() + timeout
        with self._cond:
            if isinstance(params.get("allowed_updates"), list):
                self.allowed_updates = params["allowed_updates"]
            if self.webhook:
                raise APIError(
                    409,
                    "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first",
                )
            while True:
                if offset:
                    self._updates = [u for u in self._updates if u["update_id"] >= offset]
                # Telegram does not keep updates of types the bot did not ask for.
                self._updates = [u for u in self._updates if self._wanted(u)]
                if self._updates or self._closing.is_set():
                    return list(self._updates[:limit])
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    return []
                self._cond.wait(remaining)

    def _wanted(self, update: dict[str, Any]) -> bool:
        kinds = set(update) - {"update_id"}
        if self.allowed_updates:
            return bool(kinds & set(self.allowed_updates))
        return not kinds <= _OPT_IN_UPDATES

    def _get_chat_member(self, params: dict[str, Any]) -> dict[str, Any]:
        chat_id, user_id = params.get("chat_id"), params.get("user_id")
        if chat_id in (None, ""):
            raise APIError(400, "Bad Request: chat_id is empty")
        if not isinstance(user_id, int):
            raise APIError(400, "Bad Request: invalid user_id specified")
        if not isinstance(chat_id, int):
            raise APIError(400, "Bad Request: chat not found")
        with self._cond:
            status = self.members.get((chat_id, user_id), "member")
        user = {"id": user_id, "is_bot": False, "first_name": "민지"}
        found: dict[str, Any] = {"status": status, "user": user}
        if status == "creator":
            found["is_anonymous"] = False
        elif status == "administrator":
            found.update(_ADMIN_RIGHTS)
        elif status == "kicked":
            found["until_date"] = 0
        return found

    def _send_message(self, params: dict[str, Any]) -> dict[str, Any]:
        if "chat_id" not in params:
            raise APIError(400, "Bad Request: chat_id is empty")
        text = params.get("text")
        if not isinstance(text, str) or not text.strip():
            raise APIError(400, "Bad Request: message text is empty")
        plain = text
        if str(params.get("parse_mode", "")).upper() == "HTML":
            try:
                plain, _ = parse_telegram_html(text)
            except TelegramHTMLError as exc:
                raise APIError(400, f"Bad Request: can't parse entities: {exc}") from None
        plain = plain.strip()
        if not plain:
            raise APIError(400, "Bad Request: message text is empty")
        if utf16_units(plain) > 4096:
            raise APIError(400, "Bad Request: message is too long")
        chat_id = params["chat_id"]
        with self._cond:
            message_id = self._next_message_id
            self._next_message_id += 1
            self.sent.append({**params, "plain": plain})
            self._cond.notify_all()
        chat_type = "private" if isinstance(chat_id, int) and chat_id > 0 else "supergroup"
        return {
            "message_id": message_id,
            "from": self.me(),
            "chat": {"id": chat_id, "type": chat_type},
            "date": int(time.time()),
            "text": plain,
        }

    def _set_commands(self, params: dict[str, Any]) -> bool:
        commands = params.get("commands")
        if not isinstance(commands, list) or len(commands) > 100:
            raise APIError(400, "Bad Request: commands must be an array of at most 100 items")
        for command in commands:
            name, description = command.get("command", ""), command.get("description", "")
            if not re.fullmatch(r"[a-z0-9_]{1,32}", name):
                raise APIError(400, "Bad Request: BOT_COMMAND_INVALID")
            if not 1 <= len(description) <= 256:
                raise APIError(400, "Bad Request: command description is too long or empty")
        with self._cond:
            self.commands[params.get("language_code", "")] = commands
        return True
