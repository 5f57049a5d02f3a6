"""Slack through Bolt's async adapter (issue 11): a signed but malformed body
gets a 400 (never a dropped connection), and Socket Mode against a local fake
— envelope acks, a slash command, an event, a server-side disconnect and the
reconnect."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any
from urllib.parse import quote

import pytest
from event_loop import run_on
from fake_slack import SECRET, TOKEN, FakeSlack, post, sign, slash_body
from fake_socket_mode import FakeSocketMode, event_envelope, slash_envelope

from bot.adapters.slack_adapter import SlackAdapter
from bot.config import SlackSettings
from handlers import Command, Context, Reply, dispatch

APP_TOKEN = "xapp-1-A0APP-1-fakeapptoken"


@pytest.fixture()
def fake() -> Iterator[FakeSlack]:
    with FakeSlack(token=TOKEN) as slack:
        yield slack


def settings(fake: FakeSlack) -> SlackSettings:
    return SlackSettings(port=0, host="127.0.0.1", api_url=fake.api_url, timeout=5.0)


def counting(context: Context, commands: list[Command]) -> Any:
    async def handle(command: Command) -> Reply:
        commands.append(command)
        return await asyncio.to_thread(dispatch, command, context)

    return handle


def test_signed_but_malformed_bodies_get_400(
    loop: asyncio.AbstractEventLoop, fake: FakeSlack, context: Context
) -> None:
    adapter = SlackAdapter(settings(fake), bot_token=TOKEN, signing_secret=SECRET)
    commands: list[Command] = []
    run_on(loop, adapter.start(counting(context, commands)))
    url = f"http://127.0.0.1:{adapter.port}/slack/events"
    try:
        for body in ('{"type": "event_callback", "event": ', "payload=%7Bbroken", "[1, 2"):
            assert post(url, body, sign(SECRET, body))[0] == 400, body
        assert post(url, "payload=%7Bbroken", sign("wrong", "payload=%7Bbroken"))[0] == 401
        good = slash_body("/chips", "", response_url=fake.response_url("ok"))
        assert post(url, good, sign(SECRET, good))[0] == 200  # still serving
        fake.wait_for("response:ok")
    finally:
        run_on(loop, adapter.stop())
    assert [c.name for c in commands] == ["chips"]


def test_lone_surrogate_in_a_slack_command(
    loop: asyncio.AbstractEventLoop, fake: FakeSlack, context: Context
) -> None:
    adapter = SlackAdapter(settings(fake), bot_token=TOKEN, signing_secret=SECRET)
    commands: list[Command] = []
    run_on(loop, adapter.start(counting(context, commands)))
    url = f"http://127.0.0.1:{adapter.port}/slack/events"
    try:
        body = '{"type": "event_callback", "event_id": "EvSUR", "event": {"type": "app_mention", "user": "U0USER", "text": "<@U0BOT> summary \\ud800 엔비디아", "ts": "1.1", "channel": "C0CHAN", "event_ts": "1.1"}}'
        assert post(url, body, sign(SECRET, body))[0] == 200
        [posted] = fake.wait_for("chat.postMessage")
        assert posted.params["text"]
        form = slash_body("/summary", "x", response_url=fake.response_url("s"))
        form = form.replace("text=x", "text=" + quote("\ud800", errors="surrogatepass"))
        assert post(url, form, sign(SECRET, form))[0] == 200
        fake.wait_for("response:s")
    finally:
        run_on(loop, adapter.stop())
    assert all("\ud800" not in c.args for c in commands)


def test_socket_mode_acks_commands_events_and_reconnects(
    loop: asyncio.AbstractEventLoop, fake: FakeSlack, context: Context
) -> None:
    server = FakeSocketMode()
    fake.app_token, fake.socket_url = APP_TOKEN, server.url
    adapter = SlackAdapter(settings(fake), bot_token=TOKEN, app_token=APP_TOKEN)
    adapter.ping_interval = 0.5
    commands: list[Command] = []
    try:
        run_on(loop, adapter.start(counting(context, commands)))
        assert adapter.mode == "socket" and adapter.port is None
        server.wait(lambda: server.connections == 1)
        server.send(slash_envelope("e1", "/chips", "H800", fake.response_url("sm1")))
        server.wait(lambda: "e1" in server.acks)
        assert "H800 (Nvidia)" in fake.wait_for("response:sm1")[0].params["text"]
        mention = {
            "type": "app_mention",
            "user": "U0USER",
            "text": "<@U0BOT> sources",
            "ts": "1.5",
            "channel": "C0CHAN",
            "event_ts": "1.5",
        }
        server.send(event_envelope("e2", mention))
        server.wait(lambda: "e2" in server.acks)
        assert "[1]" in fake.wait_for("chat.postMessage")[0].params["text"]
        # Slack drops the connection: the client opens a new one and goes on.
        server.drop()
        server.wait(lambda: server.connections == 2)
        assert len(fake.calls("apps.connections.open")) >= 2
        server.send(slash_envelope("e3", "/help", "", fake.response_url("sm3")))
        server.wait(lambda: "e3" in server.acks)
        fake.wait_for("response:sm3")
    finally:
        run_on(loop, adapter.stop())
        server.close()
    assert [c.name for c in commands] == ["chips", "sources", "help"]
