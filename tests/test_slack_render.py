"""The Slack adapter's pure functions: payloads shaped as Slack documents them
→ to_command; Reply → render."""

from __future__ import annotations

import json
import re
from typing import Any
from urllib.parse import parse_qsl

import pytest
from fake_slack import event_body, slash_body

from bot.adapters.slack_adapter import (
    MAX_BLOCKS,
    MAX_SECTION_CHARS,
    escape,
    render,
    to_command,
)
from handlers import Command, Context, Line, Reply, Section, SourceRef, dispatch, to_text


def slash(command: str, text: str = "") -> dict[str, str]:
    """A slash command body as Bolt parses it (form fields → dict)."""
    return dict(parse_qsl(slash_body(command, text, response_url="https://hooks.slack.test/r")))


def mention(text: str, **extra: Any) -> dict[str, Any]:
    event = {
        "type": "app_mention",
        "user": "U0USER",
        "text": text,
        "ts": "1515449522.000016",
        "channel": "C0CHAN",
        "event_ts": "1515449522000016",
        **extra,
    }
    return dict(json.loads(event_body(event)))


def dm(text: str, **extra: Any) -> dict[str, Any]:
    event = {
        "type": "message",
        "channel": "D0DM",
        "user": "U0USER",
        "text": text,
        "ts": "1355517523.000005",
        "event_ts": "1355517523.000005",
        "channel_type": "im",
        **extra,
    }
    return dict(json.loads(event_body(event)))


# ----------------------------------------------------------------- to_command
def test_slash_commands() -> None:
    assert to_command(slash("/chips")) == Command(
        "chips", "", chat="slack:C0CHAN", user="slack:U0USER", private=False
    )
    assert to_command(slash("/summary", "엔비디아")) == Command(
        "summary", "엔비디아", chat="slack:C0CHAN", user="slack:U0USER", private=False
    )
    assert to_command(slash("/sources", "2")).name == "sources"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "name", "args"),
    [
        ("chips", "chips", ""),
        ("chips H800", "chips", "H800"),
        ("summary 엔비디아", "summary", "엔비디아"),
        ("/sources 2", "sources", "2"),
        ("요약 화웨이", "summary", "화웨이"),
        ("help", "help", ""),
        ("", "help", ""),
        ("엔비디아 H800", "summary", "엔비디아 H800"),  # words: a focused summary
        ("/frobnicate", "frobnicate", ""),  # an explicit unknown command stays one
    ],
)
def test_umbrella_command(text: str, name: str, args: str) -> None:
    command = to_command(slash("/brief", text))
    assert command is not None
    assert (command.name, command.args) == (name, args)


def test_umbrella_name_is_configurable() -> None:
    command = to_command(slash("/news", "chips"), umbrella="/news")
    assert command is not None and command.name == "chips"
    # Without the setting, /news is simply an unknown command.
    assert to_command(slash("/news", "chips")).name == "news"  # type: ignore[union-attr]


def test_slack_escaped_text_is_unescaped() -> None:
    command = to_command(slash("/summary", "R&amp;D &lt;b&gt;"))
    assert command is not None and command.args == "R&D <b>"


def test_app_mention_strips_the_mention() -> None:
    assert to_command(mention("<@U0BOT> chips H800")) == Command(
        "chips", "H800", chat="slack:C0CHAN", user="slack:U0USER", private=False
    )
    command = to_command(mention("<@U0BOT|briefbot> /요약 엔비디아"))
    assert command is not None and (command.name, command.args) == ("summary", "엔비디아")
    command = to_command(mention("<@U0BOT>"))
    assert command is not None and command.name == "help"
    # A link Slack rewrote keeps its label.
    command = to_command(mention("<@U0BOT> summary <https://x.test/nv|엔비디아>"))
    assert command is not None and command.args == "엔비디아"


def test_direct_messages() -> None:
    assert to_command(dm("sources")) == Command(
        "sources", "", chat="slack:D0DM", user="slack:U0USER", private=True
    )
    command = to_command(dm("딥시크 충격"))
    assert command is not None and (command.name, command.args) == ("summary", "딥시크 충격")


@pytest.mark.parametrize(
    "payload",
    [
        dm("chips", bot_id="B0BOT", user="U0BOT"),  # the bot's own message
        dm("chips", subtype="bot_message", bot_id="B0OTHER"),
        dm("chips", subtype="message_changed"),
        dm("chips", channel_type="channel"),  # not a DM: only mentions count there
        mention("<@U0BOT> chips", bot_id="B0OTHER"),  # another bot mentioning us
        {"event": {"type": "reaction_added", "user": "U0USER", "reaction": "thumbsup"}},
        {"event": "nonsense"},
    ],
)
def test_not_for_us(payload: dict[str, Any]) -> None:
    assert to_command(payload) is None


# --------------------------------------------------------------------- render
REFS = (
    SourceRef(1, "딥시크 충격", "https://news.test/a?x=1&y=2"),
    SourceRef(2, "URL 없는 기사"),
    SourceRef(3, "이상한 링크", "javascript:alert(1)"),
    SourceRef(4, "파이프", "https://news.test/a|b"),
)


def _texts(payload: dict[str, Any]) -> list[str]:
    out = []
    for block in payload.get("blocks", []):
        out.append(block["text"]["text"])
    return out


def test_render_blocks_and_citation_links() -> None:
    reply = Reply(
        "chips",
        title="🔌 언급된 칩 1종",
        sections=(
            Section(
                "맥락",
                (
                    Line("Nvidia · 언급 3회", cites=(1, 2), label="H800"),
                    Line("문장", cites=(3, 4)),
                ),
            ),
        ),
        notices=("더 보려면 /sources 2쪽",),
        sources=REFS,
    )
    [payload] = render(reply)
    blocks = payload["blocks"]
    assert blocks[0] == {
        "type": "header",
        "text": {"type": "plain_text", "text": "🔌 언급된 칩 1종"},
    }
    section = blocks[1]["text"]
    assert section["type"] == "mrkdwn"
    assert section["text"] == (
        "*맥락*\n"
        "• *H800* — Nvidia · 언급 3회 <https://news.test/a?x=1&amp;y=2|[1]>[2]\n"
        "• 문장 [3]<https://news.test/a%7Cb|[4]>"
    )
    assert blocks[2]["text"]["text"] == "더 보려면 /sources 2쪽"
    # The fallback is the console text, escaped.
    assert payload["text"] == escape(to_text(reply))


def test_corpus_and_user_text_is_escaped() -> None:
    nasty = "<!channel> 긴급 & <@U0BOSS> <https://evil.test|클릭>"
    reply = Reply(
        "summary",
        title=f"🔎 ‘{nasty}’ 요약",
        sections=(Section(nasty, (Line(nasty, cites=(1,), label=nasty),)),),
        notices=(nasty,),
        sources=REFS,
    )
    for payload in render(reply):
        for text in [*_texts(payload), payload["text"]]:
            if text.startswith("🔎"):
                continue  # the header is plain_text, which Slack never parses
            stripped = re.sub(r"<https://news\.test/[^|>]*\|\[\d+\]>", "", text)
            assert "<" not in stripped and ">" not in stripped, text
            assert "&lt;!channel&gt;" in text and "&amp;" in text
    header = render(reply)[0]["blocks"][0]
    assert header["text"]["type"] == "plain_text"


def test_long_title_becomes_a_section() -> None:
    title = "가" * 200
    [payload] = render(Reply("summary", title=title))
    assert payload["blocks"] == [
        {"type": "section", "text": {"type": "mrkdwn", "text": f"*{title}*"}}
    ]


def _all_lines(payloads: list[dict[str, Any]]) -> list[str]:
    return [line for p in payloads for text in _texts(p) for line in text.split("\n")]


def test_split_to_slack_limits() -> None:
    lines = tuple(Line(f"{i:03d} " + "반도체 뉴스 & 분석 " * 40, cites=(1,)) for i in range(150))
    reply = Reply("summary", title="긴 답", sections=(Section(None, lines),), sources=REFS)
    payloads = render(reply)
    assert len(payloads) > 1
    for payload in payloads:
        assert 1 <= len(payload["blocks"]) <= MAX_BLOCKS
        assert all(len(t) <= MAX_SECTION_CHARS for t in _texts(payload))
        assert payload["text"] and len(payload["text"]) <= 3000
    # Every line exactly once, in order, none cut.
    bullets = [line for line in _all_lines(payloads) if line.startswith("• ")]
    assert [b[2:5] for b in bullets] == [f"{i:03d}" for i in range(150)]


def test_many_sections_split_at_fifty_blocks() -> None:
    sections = tuple(Section(f"제목 {i}", (Line(f"줄 {i}"),)) for i in range(120))
    payloads = render(Reply("sources", title="출처", sections=sections))
    assert [len(p["blocks"]) for p in payloads] == [50, 50, 21]
    assert payloads[0]["blocks"][0]["type"] == "header"


def test_one_huge_line_is_cut_between_escapes() -> None:
    text = "a&b<c>d " * 2000 + "🙂" * 3000
    payloads = render(
        Reply("summary", sections=(Section(None, (Line(text, cites=(1,)),)),), sources=REFS)
    )
    pieces = [t for p in payloads for t in _texts(p)]
    assert len(pieces) > 3
    for piece in pieces:
        assert len(piece.encode("utf-16-le")) // 2 <= MAX_SECTION_CHARS  # emoji count twice
        # No escape cut in two: every & starts a whole entity.
        assert re.fullmatch(r"(?:[^&]|&(?:amp|lt|gt);)*", piece, re.DOTALL)
    assert "".join(pieces).replace(" ", "").count("a&amp;b&lt;c&gt;d") == 2000
    assert pieces[-1].endswith("<https://news.test/a?x=1&amp;y=2|[1]>")


def test_empty_reply_still_has_text() -> None:
    assert render(Reply("summary")) == [{"text": "…"}]


@pytest.mark.parametrize(
    "text",
    [
        "/chips",
        "/chips H800",
        "/summary",
        "/summary 엔비디아",
        "/sources",
        "/sources 2",
        "/help",
        "/frobnicate",
    ],
)
def test_same_content_as_console(context: Context, text: str) -> None:
    from handlers import parse

    command = parse(text)
    assert command is not None
    reply = dispatch(command, context)
    [payload] = render(reply)
    assert payload["text"] == escape(to_text(reply))
    # Each console line shows up in the blocks (bold labels aside).
    shown = "\n".join(_texts(payload)).replace("*", "")
    header = payload["blocks"][0]
    if header["type"] == "header":
        shown += "\n" + header["text"]["text"]
    for line in to_text(reply).split("\n"):
        line = line.removeprefix("■ ").strip()
        if line:
            assert escape(line) in shown, line


# ------------------------------------------------------------------- manifest
def test_manifest_matches_the_code() -> None:
    from pathlib import Path

    import yaml

    from bot.adapters.slack_adapter import EVENTS_PATH
    from bot.config import SlackSettings
    from handlers import COMMANDS

    manifest = yaml.safe_load((Path(__file__).parent.parent / "slack" / "manifest.yml").read_text())
    commands = manifest["features"]["slash_commands"]
    names = {c["command"] for c in commands}
    # Every command of the registry has its own slash command (issue 15), and
    # the umbrella command takes any of them as its text.
    assert names == {f"/{n}" for n in COMMANDS} | {SlackSettings().umbrella_command}
    for name in names:
        command = to_command(slash(name, "help" if name == "/brief" else ""))
        assert command is not None and command.name in COMMANDS
    urls = [c["url"] for c in commands] + [
        manifest["settings"]["event_subscriptions"]["request_url"]
    ]
    assert all(url.endswith(EVENTS_PATH) for url in urls)
    assert set(manifest["settings"]["event_subscriptions"]["bot_events"]) == {
        "app_mention",
        "message.im",
    }
    scopes = set(manifest["oauth_config"]["scopes"]["bot"])
    assert {"commands", "app_mentions:read", "chat:write", "im:history"} <= scopes
