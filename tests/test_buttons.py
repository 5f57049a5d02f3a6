"""Button values: bound to their chat, signed, expiring; the console shows
each button as the command it stands for."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.adapters.console import render
from bot.buttons import Buttons
from handlers import Command, Context, dispatch
from summarizer.store import Store


def test_values_are_bound_to_their_chat_and_expire(tmp_path: Path) -> None:
    store = Store(tmp_path / "s.sqlite3")
    buttons = Buttons(store)
    value = buttons.value("telegram:1", "/sources 2쪽")
    assert len(value.encode()) <= 64
    assert buttons.value("telegram:1", "/sources 2쪽") == value  # one row per (chat, command)
    assert buttons.resolve("telegram:1", value) == "/sources 2쪽"
    assert buttons.resolve("telegram:2", value) is None  # another chat
    row, mac = value[1:].split(".")
    assert buttons.resolve("telegram:1", f"b{row}.{mac[::-1]}") is None  # altered
    other = buttons.value("telegram:2", "/chips H800")
    assert buttons.resolve("telegram:1", other) is None
    assert Buttons(store).resolve("telegram:1", value) == "/sources 2쪽"  # the key is kept
    assert Buttons(store, lifetime=-1).resolve("telegram:1", value) is None  # expired
    store.close()


def test_key_from_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first = Buttons(Store(tmp_path / "a.sqlite3"))
    value = first.value("slack:C1", "/help")
    monkeypatch.setenv("BRIEFBOT_BUTTON_KEY", "a deployment key")
    assert Buttons(first.store).resolve("slack:C1", value) is None  # signed with another key
    again = Buttons(first.store)
    assert again.resolve("slack:C1", again.value("slack:C1", "/help")) == "/help"


def test_console_shows_buttons_as_commands(context: Context) -> None:
    reply = dispatch(Command("chips", chat="test:buttons"), context)
    text = render(reply)
    assert "[H800] → /chips H800" in text
    assert render(reply, as_json=True).count("→") == 0  # the JSON contract is unchanged
