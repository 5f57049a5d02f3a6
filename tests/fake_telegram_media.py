"""The fake Bot API's buttons and pictures (kept apart from fake_telegram.py):
sendPhoto (its multipart upload is read by telegram_wire.parse_multipart),
answerCallbackQuery, and callback_query updates as the Bot API documents them."""

from __future__ import annotations

import time
from typing import Any

from telegram_wire import APIError

FakeBotAPI = Any  # fake_telegram.FakeBotAPI (not imported: it imports this module)

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def send_photo(api: FakeBotAPI, params: dict[str, Any]) -> dict[str, Any]:
    if "chat_id" not in params:
        raise APIError(400, "Bad Request: chat_id is empty")
    photo = params.get("photo")
    if not isinstance(photo, bytes) or not photo.startswith(PNG_SIGNATURE):
        raise APIError(400, "Bad Request: IMAGE_PROCESS_FAILED")
    if len(str(params.get("caption") or "")) > 1024:
        raise APIError(400, "Bad Request: message caption is too long")
    with api._cond:
        message_id = api._next_message_id
        api._next_message_id += 1
        api.photos.append(params)
        api._cond.notify_all()
    size = {"file_id": f"photo{message_id}", "file_unique_id": f"u{message_id}"}
    return {
        "message_id": message_id,
        "from": api.me(),
        "chat": {"id": params["chat_id"], "type": "private"},
        "date": int(time.time()),
        "photo": [{**size, "width": 1000, "height": 500}],
    }


def answer_callback_query(api: FakeBotAPI, params: dict[str, Any]) -> bool:
    if not params.get("callback_query_id"):
        raise APIError(400, "Bad Request: query id is empty")
    with api._cond:
        api.callback_answers.append(params)
        api._cond.notify_all()
    return True


METHODS = {"sendphoto": send_photo, "answercallbackquery": answer_callback_query}


def callback_update(
    api: FakeBotAPI,
    data: str,
    *,
    chat_id: int = 1001,
    chat_type: str = "private",
    user_id: int | None = None,
    language_code: str = "ko",
) -> dict[str, Any]:
    """A ``callback_query`` update: someone pressed a button under one of the
    bot's messages in ``chat_id``."""
    user_id = user_id if user_id is not None else (chat_id if chat_id > 0 else 2002)
    chat: dict[str, Any] = {"id": chat_id, "type": chat_type}
    original = {
        "message_id": 1,
        "from": api.me(),
        "chat": chat,
        "date": int(time.time()),
        "text": "…",
    }
    user = {"id": user_id, "is_bot": False, "first_name": "민지", "language_code": language_code}
    query = {
        "id": f"cb{time.monotonic_ns()}",
        "from": user,
        "message": original,
        "chat_instance": f"ci{chat_id}",
        "data": data,
    }
    return {"callback_query": query}


def buttons_of(sent: dict[str, Any]) -> list[dict[str, str]]:
    """The inline keyboard buttons of a sent message, in order."""
    markup = sent.get("reply_markup") or {}
    return [key for row in markup.get("inline_keyboard", []) for key in row]
