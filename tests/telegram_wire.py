"""The wire side of the fake Telegram Bot API (tests/fake_telegram.py): the
HTTP request handler, Telegram's HTML checks, the recorded calls and injected
faults, the error type a method raises, and posting an update to a bot's
webhook."""

from __future__ import annotations

import json
import re
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from email.parser import BytesParser
from email.policy import HTTP
from http.server import BaseHTTPRequestHandler
from typing import Any

# Form fields whose values are plain strings, never JSON (PTB sends every
# other non-string parameter JSON-encoded).
_STRING_FIELDS = {"text", "parse_mode", "secret_token", "url", "language_code", "ip_address"}
_STRING_FIELDS |= {"caption", "callback_query_id"}  # sendPhoto, answerCallbackQuery


@dataclass
class Call:
    method: str
    params: dict[str, Any]
    at: float = field(default_factory=time.monotonic)


@dataclass
class Fault:
    method: str
    times: int
    error_code: int = 0  # 0: no error, only a delay
    description: str = ""
    parameters: dict[str, Any] | None = None
    delay: float = 0.0
    chat_id: int | str | None = None
    after: int = 0  # matching calls to let through first

    def matches(self, method: str, params: dict[str, Any]) -> bool:
        if self.times <= 0 or self.method.lower() != method.lower():
            return False
        return self.chat_id is None or params.get("chat_id") == self.chat_id


class APIError(Exception):
    def __init__(
        self, code: int, description: str, parameters: dict[str, Any] | None = None
    ) -> None:
        super().__init__(description)
        self.code, self.description, self.parameters = code, description, parameters


class TelegramHTMLError(ValueError):
    pass


_ALLOWED_TAGS = {
    "b": set(),
    "strong": set(),
    "i": set(),
    "em": set(),
    "u": set(),
    "ins": set(),
    "s": set(),
    "strike": set(),
    "del": set(),
    "tg-spoiler": set(),
    "span": {"class"},
    "a": {"href"},
    "code": {"class"},
    "pre": set(),
    "blockquote": {"expandable"},
    "tg-emoji": {"emoji-id"},
}
_HTML_TOKEN = re.compile(
    r"<(/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[a-zA-Z-]+(?:=\"[^\"<>]*\")?)*)\s*>"
    r"|&(#[0-9]{1,7}|#x[0-9a-fA-F]{1,6}|lt|gt|amp|quot);"
    r"|[<>&]"
)
_ATTRIBUTE = re.compile(r"([a-zA-Z-]+)(?:=\"([^\"]*)\")?")
_ENTITIES = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}


def parse_telegram_html(text: str) -> tuple[str, list[tuple[str, dict[str, str]]]]:
    """Telegram's HTML parse mode, strictly: the plain text and the tags used
    (name, attributes). Raises :class:`TelegramHTMLError` on an unsupported
    tag or attribute, an unbalanced tag, or a bare ``<``, ``>`` or ``&``."""
    plain: list[str] = []
    tags: list[tuple[str, dict[str, str]]] = []
    stack: list[str] = []
    pos = 0
    for match in _HTML_TOKEN.finditer(text):
        plain.append(text[pos : match.start()])
        pos = match.end()
        closing, name, attrs, entity = (
            match.group(1),
            match.group(2),
            match.group(3),
            match.group(4),
        )
        if name is not None:
            name = name.lower()
            if name not in _ALLOWED_TAGS:
                raise TelegramHTMLError(f'Unsupported start tag "{name}" at byte offset {pos}')
            if closing:
                if not stack or stack[-1] != name:
                    raise TelegramHTMLError(
                        f'Unmatched end tag at byte offset {pos}, expected "</{stack[-1] if stack else ""}>", found "</{name}>"'
                    )
                stack.pop()
                continue
            found = {k.lower(): v for k, v in _ATTRIBUTE.findall(attrs)}
            if set(found) - _ALLOWED_TAGS[name]:
                raise TelegramHTMLError(f'Unsupported attribute in tag "{name}"')
            if name == "a" and not found.get("href"):
                raise TelegramHTMLError('Tag "a" must have an href')
            tags.append((name, found))
            stack.append(name)
        elif entity is not None:
            if entity.startswith("#x"):
                plain.append(chr(int(entity[2:], 16)))
            elif entity.startswith("#"):
                plain.append(chr(int(entity[1:])))
            else:
                plain.append(_ENTITIES[entity])
        else:
            raise TelegramHTMLError(f"Character '{match.group(0)}' is reserved and must be escaped")
    plain.append(text[pos:])
    if stack:
        raise TelegramHTMLError(f'Can\'t find end tag corresponding to start tag "{stack[-1]}"')
    return "".join(plain), tags


def utf16_units(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


class BotAPIHandler(BaseHTTPRequestHandler):
    """The HTTP side of :class:`fake_telegram.FakeBotAPI` (set as ``api``)."""

    api: Any
    # HTTP/1.0: one request per connection, so a stopped server means a
    # refused connection (not a stale pooled one).
    protocol_version = "HTTP/1.0"

    def do_GET(self) -> None:
        self._serve()

    def do_POST(self) -> None:
        self._serve()

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def _serve(self) -> None:
        parsed = urllib.parse.urlsplit(self.path)
        match = re.fullmatch(r"/bot([^/]+)/([A-Za-z]+)", parsed.path)
        if match is None:
            self._reply(404, {"ok": False, "error_code": 404, "description": "Not Found"})
            return
        if match.group(1) != self.api.token:
            self._reply(401, {"ok": False, "error_code": 401, "description": "Unauthorized"})
            return
        try:
            params = self._params(parsed.query)
            result = self.api._handle(match.group(2), params)
        except APIError as exc:
            body: dict[str, Any] = {
                "ok": False,
                "error_code": exc.code,
                "description": exc.description,
            }
            if exc.parameters:
                body["parameters"] = exc.parameters
            self._reply(exc.code, body)
            return
        self._reply(200, {"ok": True, "result": result})

    def _params(self, query: str) -> dict[str, Any]:
        fields = dict(urllib.parse.parse_qsl(query))
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        kind = self.headers.get("Content-Type", "").split(";")[0].strip()
        if kind == "application/json" and body:
            data = json.loads(body)
            if not isinstance(data, dict):
                raise APIError(400, "Bad Request: parameters must be a JSON object")
            return {**fields, **data}
        if kind == "multipart/form-data":  # sendPhoto: the picture as a file part
            fields.update(parse_multipart(body, self.headers["Content-Type"]))
        elif kind == "application/x-www-form-urlencoded":
            fields.update(urllib.parse.parse_qsl(body.decode("utf-8"), keep_blank_values=True))
        elif body:
            raise APIError(400, f"Bad Request: unsupported content type {kind}")
        params: dict[str, Any] = {}
        for key, value in fields.items():
            if key in _STRING_FIELDS or isinstance(value, bytes):
                params[key] = value
                continue
            try:
                params[key] = json.loads(value)
            except ValueError:
                params[key] = value
        return params

    def _reply(self, status: int, body: dict[str, Any]) -> None:
        data = json.dumps(body, ensure_ascii=False).encode("utf-8")
        try:
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the bot gave up on this request (it stopped polling)


def post_update(url: str, update: dict[str, Any], secret: str | None = None) -> int:
    """POST ``update`` to a bot's webhook as Telegram does; the HTTP status."""
    headers = {"Content-Type": "application/json"}
    if secret is not None:
        headers["X-Telegram-Bot-Api-Secret-Token"] = secret
    request = urllib.request.Request(
        url, data=json.dumps(update).encode(), headers=headers, method="POST"
    )
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return int(response.status)
    except urllib.error.HTTPError as exc:
        exc.close()
        return int(exc.code)


def parse_multipart(body: bytes, content_type: str) -> dict[str, Any]:
    """multipart/form-data → {name: str, or bytes for a file part}."""
    head = f"Content-Type: {content_type}\r\nMIME-Version: 1.0\r\n\r\n".encode()
    parsed = BytesParser(policy=HTTP).parsebytes(head + body)
    fields: dict[str, Any] = {}
    for part in parsed.iter_parts():
        name = part.get_param("name", header="content-disposition")
        payload = part.get_payload(decode=True)
        if not isinstance(name, str) or not isinstance(payload, bytes):
            continue
        if part.get_filename():
            fields[name] = payload
            fields[f"{name}.filename"] = part.get_filename()
        else:
            fields[name] = payload.decode("utf-8")
    return fields
