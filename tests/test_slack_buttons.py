"""Slack buttons and charts end to end (real Bolt App over HTTP, fake Web
API), and the help on each platform naming only commands it registers."""

from __future__ import annotations

import asyncio
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import pytest
import yaml
from event_loop import loop_in_thread, run_on
from fake_slack import SECRET, TOKEN, FakeSlack, post, sign, slash_body

from bot.adapters.slack_adapter import SlackAdapter
from bot.adapters.telegram_render import menu
from bot.buttons import Buttons
from bot.config import SlackSettings
from handlers import COMMANDS, Command, Context, dispatch, to_text
from handlers.messages import _MESSAGES
from summarizer.corpus import Corpus

MANIFEST = Path(__file__).resolve().parent.parent / "slack" / "manifest.yml"


@pytest.fixture()
def fake() -> Iterator[FakeSlack]:
    with FakeSlack(token=TOKEN) as slack:
        yield slack


@pytest.fixture()
def url(fake: FakeSlack, bundled: Corpus) -> Iterator[str]:
    context = Context(bundled, sources_per_page=2)
    settings = SlackSettings(port=0, host="127.0.0.1", api_url=fake.api_url, timeout=5.0)
    adapter = SlackAdapter(
        settings, bot_token=TOKEN, signing_secret=SECRET, buttons=Buttons(bundled.store)
    )

    async def run(command: Command) -> Any:
        return await asyncio.to_thread(dispatch, command, context)

    with loop_in_thread() as loop:
        run_on(loop, adapter.start(run), timeout=30)
        yield f"http://127.0.0.1:{adapter.port}/slack/events"
        run_on(loop, adapter.stop(), timeout=30)


def send(url: str, body: str) -> int:
    return post(url, body, sign(SECRET, body))[0]


def press(fake: FakeSlack, value: str, channel: str, key: str) -> str:
    payload = {
        "type": "block_actions",
        "user": {"id": "U0USER", "username": "reader", "team_id": "T0TEAM"},
        "api_app_id": "A0APP",
        "token": "XXYYZZ",
        "container": {"type": "message", "message_ts": "1.2", "channel_id": channel},
        "trigger_id": "1.2.3",
        "team": {"id": "T0TEAM", "domain": "fake"},
        "channel": {"id": channel, "name": "news"},
        "response_url": fake.response_url(key),
        "actions": [
            {
                "action_id": "briefbot:0",
                "block_id": "briefbot_actions",
                "value": value,
                "type": "button",
                "action_ts": "1.3",
            }
        ],
    }
    return urlencode({"payload": json.dumps(payload)})


def buttons(params: dict[str, Any]) -> dict[str, str]:
    blocks = [b for b in params.get("blocks", []) if b["type"] == "actions"]
    return {e["text"]["text"]: e["value"] for b in blocks for e in b["elements"]}


def test_next_page_button_and_a_forged_one(url: str, fake: FakeSlack) -> None:
    assert send(url, slash_body("/sources", response_url=fake.response_url("r1"))) == 200
    [first] = fake.wait_for("response:r1")
    value = buttons(first.params)["다음 쪽 ▶"]
    assert send(url, press(fake, value, "C0OTHER", "forged")) == 200
    [forged] = fake.wait_for("response:forged")
    assert forged.params["response_type"] == "ephemeral" and "만료" in forged.params["text"]
    assert send(url, press(fake, value, "C0CHAN", "r2")) == 200
    [page2] = fake.wait_for("response:r2")
    ids = lambda p: set(re.findall(r"\[(\d+)\]", p["text"]))  # noqa: E731
    assert len(ids(page2.params)) == 2 and not ids(page2.params) & ids(first.params)
    assert set(buttons(page2.params)) == {"◀ 이전 쪽", "다음 쪽 ▶"}
    assert not fake.calls("chat.postMessage")


def test_trend_uploads_a_png(url: str, fake: FakeSlack) -> None:
    assert send(url, slash_body("/trend", "엔비디아 7", response_url=fake.response_url())) == 200
    fake.wait_for("files.completeUploadExternal")
    fake.wait_for("response:r1")
    [shared] = fake.shared
    assert shared["channel_id"] == "C0CHAN" and shared["data"].startswith(b"\x89PNG")
    assert "언급 추이" in shared["title"]


def _named(text: str) -> set[str]:
    return set(re.findall(r"(?<![\w/])/([a-z_]+)", text))


def test_help_names_only_commands_each_platform_registers() -> None:
    manifest = yaml.safe_load(MANIFEST.read_text("utf-8"))
    slack = {c["command"].lstrip("/") for c in manifest["features"]["slash_commands"]}
    assert manifest["settings"]["interactivity"]["is_enabled"] is True
    telegram = {c.command for c in menu("ko")} | {c.command for c in menu("en")}
    for language in ("ko", "en"):
        help_text = to_text(dispatch(Command("help", language=language), _context()))
        named = _named(help_text)
        assert named and named <= slack, named - slack
        assert named <= telegram, named - telegram
    # Every command any reply names is a Slack slash command too.
    for key, pair in _MESSAGES.items():
        for text in pair:
            assert _named(text) <= slack | {"brief"}, (key, _named(text) - slack)
    assert {spec.name for spec in COMMANDS.values()} <= slack


def _context() -> Context:
    from summarizer.store import Store

    return Context(Corpus(Store(":memory:")))
