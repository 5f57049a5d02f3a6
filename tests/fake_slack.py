"""A fake Slack on 127.0.0.1, at the network edge: the Web API methods the bot
calls (auth.test, chat.postMessage, users.info, …) and response_url endpoints, plus the
client side of Slack's request signing (what Slack sends *to* the bot).

    with FakeSlack(token="xoxb-test") as slack:
        client = WebClient(token="xoxb-test", base_url=slack.api_url)
        slack.fail("chat.postMessage", "channel_not_found")
        slack.rate_limit("chat.postMessage", retry_after=1)
        slack.slow("chat.postMessage", seconds=3)
        slack.admins.add("U0ADMIN")                # users.info: is_admin true
        ...
        slack.calls("chat.postMessage")       # what the bot sent, in order
        slack.wait_for("response:r1")          # wait until a response_url got an answer

Payloads follow Slack's documentation (slash command form bodies, Events API
envelopes); see :func:`slash_body` and :func:`event_body`.
"""

from __future__ import annotations

import hashlib
import hmac
import itertools
import json
import threading
import time
import urllib.error
import urllib.request
from collections import defaultdict, deque
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, urlencode

# Credentials shaped like Slack's documentation examples (not real ones).
SECRET = "8f742231b10e8888abcd99yyyzzz85a5"
TOKEN = "xoxb-17653672481-19874698323-pdFZKVeTuE8sk7oOcBrzbqgy"


@dataclass(frozen=True)
class Call:
    method: str  # "chat.postMessage", or "response:KEY" for a response_url
    params: dict[str, Any]
    authorization: str | None = None


@dataclass
class Scripted:
    """One canned answer; ``body`` None means the method's normal answer."""

    status: int = 200
    body: dict[str, Any] | None = None
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0


class FakeSlack:
    def __init__(
        self,
        token: str | None = "xoxb-test",
        *,
        team_id: str = "T0TEAM",
        bot_user_id: str = "U0BOT",
        bot_id: str = "B0BOT",
    ) -> None:
        self.token = token  # None: accept any token
        self.team_id, self.bot_user_id, self.bot_id = team_id, bot_user_id, bot_id
        self._calls: list[Call] = []
        self._scripts: dict[str, deque[Scripted]] = defaultdict(deque)
        self._lock = threading.Condition()
        self._closing = threading.Event()
        self._ts = itertools.count(1)
        # users.info: workspace admins and owners; any other U…/W… id is a
        # regular member, anything else "user_not_found".
        self.admins: set[str] = set()
        self.uploads: dict[str, bytes] = {}  # file id → the uploaded bytes
        self.shared: list[dict[str, Any]] = []  # completed uploads: params + id, title, data
        self.owners: set[str] = set()
        # Socket Mode: apps.connections.open (with this app-level token)
        # answers socket_url, a ws:// URL the test serves.
        self.app_token: str | None = None
        self.socket_url: str | None = None
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                fake._handle(self)

            def do_GET(self) -> None:  # slack_sdk sends users.info as a GET
                fake._handle(self)

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(
            target=self._server.serve_forever, args=(0.05,), daemon=True
        )
        self._thread.start()

    # ------------------------------------------------------------ addresses
    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    @property
    def api_url(self) -> str:
        return f"{self.base}/api/"

    def response_url(self, key: str = "r1") -> str:
        return f"{self.base}/response/{key}"

    # -------------------------------------------------------------- scripting
    def script(self, method: str, *answers: Scripted) -> None:
        with self._lock:
            self._scripts[method].extend(answers)

    def fail(self, method: str, error: str, *, times: int = 1, status: int = 200) -> None:
        self.script(method, *[Scripted(status, {"ok": False, "error": error})] * times)

    def rate_limit(self, method: str, *, retry_after: int = 1, times: int = 1) -> None:
        answer = Scripted(
            429, {"ok": False, "error": "ratelimited"}, {"Retry-After": str(retry_after)}
        )
        self.script(method, *[answer] * times)

    def slow(self, method: str, seconds: float, *, times: int = 1) -> None:
        self.script(method, *[Scripted(delay=seconds)] * times)

    # -------------------------------------------------------------- inspection
    def calls(self, method: str | None = None) -> list[Call]:
        with self._lock:
            return [c for c in self._calls if method is None or c.method == method]

    def wait_for(self, method: str, count: int = 1, timeout: float = 30.0) -> list[Call]:
        """Block until ``count`` calls of ``method`` arrived (bounded wait, not
        a timing assertion)."""
        deadline = time.monotonic() + timeout
        with self._lock:
            while len([c for c in self._calls if c.method == method]) < count:
                left = deadline - time.monotonic()
                if left <= 0:
                    seen = [c.method for c in self._calls]
                    raise AssertionError(f"no {count}× {method} within {timeout}s; got {seen}")
                self._lock.wait(left)
            return [c for c in self._calls if c.method == method]

    def close(self) -> None:
        self._closing.set()
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=10)

    def __enter__(self) -> FakeSlack:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ----------------------------------------------------------------- server
    def _handle(self, request: BaseHTTPRequestHandler) -> None:
        length = int(request.headers.get("Content-Length") or 0)
        data = request.rfile.read(length)
        if request.path.startswith("/upload/"):  # files_upload_v2, step 2: the bytes
            with self._lock:
                self.uploads[request.path.removeprefix("/upload/")] = data
                self._lock.notify_all()
            self._send(request, 200, f"OK - {len(data)}", {})
            return
        raw = data.decode("utf-8")
        kind = request.headers.get("Content-Type", "")
        if "json" in kind:
            params = json.loads(raw or "{}")
        else:
            params = dict(parse_qsl(raw, keep_blank_values=True))
        path, _, query = request.path.partition("?")
        params = {**dict(parse_qsl(query, keep_blank_values=True)), **params}
        if path.startswith("/response/"):
            method = "response:" + path.removeprefix("/response/")
        elif path.startswith("/api/"):
            method = path.removeprefix("/api/")
        else:
            self._send(request, 404, {"ok": False, "error": "not_found"}, {})
            return
        authorization = request.headers.get("Authorization")
        with self._lock:
            scripted = self._scripts[method].popleft() if self._scripts[method] else Scripted()
            self._calls.append(Call(method, params, authorization))
            self._lock.notify_all()
        if scripted.delay:
            self._closing.wait(scripted.delay)
        if method.startswith("response:"):
            body: Any = scripted.body if scripted.body is not None else "ok"
        elif method == "apps.connections.open":
            valid = self.socket_url and authorization == f"Bearer {self.app_token}"
            body = (
                {"ok": True, "url": self.socket_url}
                if valid
                else {"ok": False, "error": "invalid_auth"}
            )
        elif self.token and authorization != f"Bearer {self.token}":
            body = {"ok": False, "error": "invalid_auth" if authorization else "not_authed"}
        else:
            body = scripted.body if scripted.body is not None else self._normal(method, params)
        self._send(request, scripted.status, body, scripted.headers)

    def _normal(self, method: str, params: dict[str, Any]) -> dict[str, Any]:
        if method == "auth.test":
            return {
                "ok": True,
                "url": "https://fake.slack.test/",
                "team": "Fake",
                "user": "briefbot",
                "team_id": self.team_id,
                "user_id": self.bot_user_id,
                "bot_id": self.bot_id,
                "is_enterprise_install": False,
            }
        if method == "chat.postMessage":
            ts = f"1700000000.{next(self._ts):06d}"
            message = {
                "type": "message",
                "text": params.get("text"),
                "bot_id": self.bot_id,
                "ts": ts,
            }
            return {"ok": True, "channel": params.get("channel"), "ts": ts, "message": message}
        if method == "users.info":
            return self._user(str(params.get("user") or ""))
        if method.startswith("files."):
            return self._files(method, params)
        return {"ok": False, "error": "unknown_method"}

    def _files(self, method: str, params: dict[str, Any]) -> dict[str, Any]:
        """files.getUploadURLExternal and files.completeUploadExternal (the
        upload itself is a POST of the bytes to the returned upload_url)."""
        if method == "files.getUploadURLExternal":
            if not params.get("filename") or not str(params.get("length", "")).isdigit():
                return {"ok": False, "error": "invalid_arguments"}
            file_id = f"F{next(self._ts):08d}"
            return {"ok": True, "upload_url": f"{self.base}/upload/{file_id}", "file_id": file_id}
        if method == "files.completeUploadExternal":
            files = json.loads(params.get("files") or "[]")
            with self._lock:
                missing = [f for f in files if f.get("id") not in self.uploads]
                if not files or missing:
                    return {"ok": False, "error": "file_not_found"}
                for f in files:
                    self.shared.append({**params, **f, "data": self.uploads[f["id"]]})
            return {"ok": True, "files": [{"id": f["id"], "title": f.get("title")} for f in files]}
        return {"ok": False, "error": "unknown_method"}

    def _user(self, user_id: str) -> dict[str, Any]:
        """users.info as documented (the fields a bot reads; no profile)."""
        if not user_id:
            return {"ok": False, "error": "invalid_arguments"}
        if user_id[0] not in "UW":
            return {"ok": False, "error": "user_not_found"}
        owner = user_id in self.owners
        user = {
            "id": user_id,
            "team_id": self.team_id,
            "name": user_id.lower(),
            "deleted": False,
            "real_name": "Reader",
            "tz": "Asia/Seoul",
            "tz_label": "Korea Standard Time",
            "tz_offset": 32400,
            "is_admin": owner or user_id in self.admins,
            "is_owner": owner,
            "is_primary_owner": owner,
            "is_restricted": False,
            "is_ultra_restricted": False,
            "is_bot": False,
            "is_app_user": False,
            "updated": 1700000000,
        }
        return {"ok": True, "user": user}

    @staticmethod
    def _send(
        request: BaseHTTPRequestHandler, status: int, body: Any, headers: dict[str, str]
    ) -> None:
        data = (body if isinstance(body, str) else json.dumps(body)).encode()
        try:
            request.send_response(status)
            kind = "text/plain" if isinstance(body, str) else "application/json"
            request.send_header("Content-Type", f"{kind}; charset=utf-8")
            request.send_header("Content-Length", str(len(data)))
            for name, value in headers.items():
                request.send_header(name, value)
            request.end_headers()
            request.wfile.write(data)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (a read timeout test)


# ---------------------------------------------------------------- Slack → bot
def sign(secret: str, body: str | bytes, timestamp: int | str | None = None) -> dict[str, str]:
    """The headers Slack sends: v0= HMAC-SHA256 of ``v0:{timestamp}:{body}``."""
    raw = body.encode() if isinstance(body, str) else body
    ts = str(int(time.time()) if timestamp is None else timestamp)
    digest = hmac.new(secret.encode(), b"v0:" + ts.encode() + b":" + raw, hashlib.sha256)
    return {"X-Slack-Request-Timestamp": ts, "X-Slack-Signature": "v0=" + digest.hexdigest()}


def slash_body(command: str, text: str = "", *, response_url: str, **extra: str) -> str:
    """A slash command as Slack posts it (application/x-www-form-urlencoded)."""
    fields = {
        "token": "gIkuvaNzQIHg97ATvDxqgjtO",  # the deprecated verification token
        "team_id": "T0TEAM",
        "team_domain": "fake",
        "channel_id": "C0CHAN",
        "channel_name": "news",
        "user_id": "U0USER",
        "user_name": "reader",
        "command": command,
        "text": text,
        "api_app_id": "A0APP",
        "is_enterprise_install": "false",
        "response_url": response_url,
        "trigger_id": "13345224609.738474920.8088930838d88f008e0",
    }
    fields.update(extra)
    return urlencode(fields)


_event_ids = itertools.count(1)


def event_body(event: dict[str, Any], *, event_id: str | None = None) -> str:
    """An Events API envelope (``event_callback``) around ``event``."""
    envelope = {
        "token": "XXYYZZ",
        "team_id": "T0TEAM",
        "api_app_id": "A0APP",
        "event": event,
        "type": "event_callback",
        "event_id": event_id or f"Ev{next(_event_ids):08d}",
        "event_time": int(time.time()),
        "authorizations": [
            {
                "team_id": "T0TEAM",
                "user_id": "U0BOT",
                "is_bot": True,
                "is_enterprise_install": False,
            }
        ],
    }
    return json.dumps(envelope, ensure_ascii=False)


def post(
    url: str, body: str | bytes, headers: dict[str, str], *, timeout: float = 30.0
) -> tuple[int, str]:
    """POST to the bot; (status, body) whatever the status."""
    data = body.encode() if isinstance(body, str) else body
    kind = (
        "application/json"
        if data.lstrip().startswith(b"{")
        else "application/x-www-form-urlencoded"
    )
    request = urllib.request.Request(
        url, data=data, method="POST", headers={"Content-Type": kind, **headers}
    )
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode()
