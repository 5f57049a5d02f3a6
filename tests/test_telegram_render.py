"""Pure tests of the Telegram adapter: to_command on Bot API payloads as
documented, render → sendMessage payloads, the error mapping, settings."""

from __future__ import annotations

import re
from typing import Any

import httpx
import pytest
from fake_telegram import TOKEN, FakeBotAPI, parse_telegram_html, utf16_units
from telegram import Update
from telegram.error import BadRequest, ChatMigrated, Forbidden, NetworkError, RetryAfter, TimedOut

from bot import delivery
from bot.adapters import telegram_adapter as tg
from bot.adapters.telegram_adapter import render, to_command
from bot.config import ConfigError, TelegramSettings, load_config
from handlers import COMMANDS, Command, Context, Line, Reply, Section, SourceRef, answer, to_text

BOT = "briefbot_test_bot"
fake = FakeBotAPI(username=BOT)  # only its payload builders; the server is not started


def update(text: str | None, **kwargs: Any) -> dict[str, Any]:
    return {"update_id": 1, "message": fake.message(text, **kwargs)}


def check(payloads: list[dict[str, Any]]) -> list[str]:
    """Every payload is a valid sendMessage with allowed HTML within the
    limit; returns the plain texts."""
    texts = []
    for payload in payloads:
        assert payload["parse_mode"] == "HTML"
        assert payload["link_preview_options"] == {"is_disabled": True}
        text = payload["text"]
        assert utf16_units(text) <= 4096
        text.encode("utf-8")  # no lone surrogates
        plain, tags = parse_telegram_html(text)  # raises on anything Telegram refuses
        assert {name for name, _ in tags} <= {"b", "a"}
        assert plain.strip()
        texts.append(plain)
    return texts


def squash(text: str) -> str:
    return " ".join(text.split())


# ------------------------------------------------------------------ to_command
def test_private_commands_and_korean() -> None:
    assert to_command(update("/chips"), BOT) == Command(
        "chips",
        "",
        chat="telegram:1001",
        user="telegram:1001",
        private=True,
        user_language="ko",
    )
    assert to_command(update("/chips H800"), BOT).args == "H800"  # type: ignore[union-attr]
    korean = to_command(update("/요약 엔비디아"), BOT)
    assert korean is not None and (korean.name, korean.args) == ("summary", "엔비디아")
    free = to_command(update("엔비디아 H800 소식 알려줘"), BOT)
    assert free is not None and (free.name, free.args) == ("summary", "엔비디아 H800 소식 알려줘")
    hostile = to_command(update("<b>&amp;</a>"), BOT)
    assert hostile is not None and hostile.args == "<b>&amp;</a>"


def test_groups_answer_only_what_is_addressed_to_us() -> None:
    group = {"chat_id": -100200, "chat_type": "supergroup", "user_id": 7}
    ours = to_command(update(f"/chips@{BOT} H800", **group), BOT)
    assert ours is not None and (ours.name, ours.args, ours.chat) == (
        "chips",
        "H800",
        "telegram:-100200",
    )
    assert ours.user == "telegram:7"
    assert ours.private is False and ours.is_admin is None  # the adapter asks, if needed
    assert to_command(update(f"/chips@{BOT.upper()}", **group), BOT) is not None
    assert to_command(update("/chips@OtherBot", **group), BOT) is None
    assert to_command(update("/chips", **group), BOT) is not None
    assert to_command(update("오늘 점심 뭐 먹지", **group), BOT) is None  # chatter
    mention = to_command(update(f"@{BOT} 화웨이 소식", **group), BOT)
    assert mention is not None and (mention.name, mention.args) == ("summary", "화웨이 소식")
    reply = to_command(update("딥시크는?", reply_to_bot=True, **group), BOT)
    assert reply is not None and reply.args == "딥시크는?"


def test_updates_without_text_are_ignored() -> None:
    msg = fake.message("/chips")
    assert to_command({"update_id": 2, "edited_message": msg}, BOT) is None
    assert to_command({"update_id": 3, "channel_post": msg}, BOT) is None
    assert to_command({"update_id": 4, "message": fake.message(None, sticker={})}, BOT) is None
    photo = fake.message(None, photo=[], caption="/chips")
    assert to_command({"update_id": 5, "message": photo}, BOT) is None
    joined = fake.message(None, new_chat_members=[fake.me()], chat_type="group", chat_id=-5)
    assert to_command({"update_id": 6, "message": joined}, BOT) is None
    member = {
        "update_id": 7,
        "my_chat_member": {"chat": {"id": 1, "type": "private"}, "from": {}, "date": 0},
    }
    assert to_command(member, BOT) is None
    assert to_command(update("   "), BOT) is None
    from_bot = fake.message("/chips")
    from_bot["from"]["is_bot"] = True
    assert to_command({"update_id": 8, "message": from_bot}, BOT) is None


def test_ptb_update_objects() -> None:
    parsed = Update.de_json(update("/sources 2", chat_id=42), None)
    command = to_command(parsed, BOT)
    assert command is not None and (command.name, command.args, command.chat) == (
        "sources",
        "2",
        "telegram:42",
    )


# ---------------------------------------------------------------------- render
@pytest.mark.parametrize(
    "text", ["/chips", "/summary", "/sources", "/chips H800", "/sources 3", "엔비디아", "/help"]
)
def test_same_content_as_the_console(context: Context, text: str) -> None:
    reply = answer(text, context)
    assert reply is not None
    payloads = render(reply, chat_id=1001)
    assert all(p["chat_id"] == 1001 for p in payloads)
    assert "\n".join(check(payloads)) == to_text(reply)


def test_chips_render_bold_names_and_citations(context: Context) -> None:
    reply = answer("/chips", context)
    assert reply is not None
    (text,) = [p["text"] for p in render(reply)]
    assert text.startswith("<b>🔌 ")
    assert "• <b>H800</b> — Nvidia" in text
    assert re.search(r"\[\d\]", text)


def test_citations_link_to_sources_with_urls() -> None:
    reply = Reply(
        "summary",
        title="📰 브리핑",
        sections=(Section(None, (Line("엔비디아 주가가 급락했다.", cites=(1, 2, 3)),)),),
        sources=(
            SourceRef(1, "a", 'https://news.example/a?x=1&y="2"'),
            SourceRef(2, "b", None),
            SourceRef(3, "c", "javascript:alert(1)"),
        ),
    )
    (payload,) = render(reply)
    assert '<a href="https://news.example/a?x=1&amp;y=&quot;2&quot;">[1]</a>' in payload["text"]
    assert "[2]" in payload["text"] and "[3]" in payload["text"]
    assert payload["text"].count("<a ") == 1  # no url, or not http(s): no link
    (plain,) = check([payload])
    assert plain == to_text(reply)


HOSTILE = [
    "<b>",
    "&amp;",
    "</a>",
    '<a href="https://evil.example">클릭</a>',
    "<script>alert(1)</script>",
    "a < b && c > d",
    "&#128512; &lt;",
    "<b>굵게</b> <i>기울임</i> </b>",
]


@pytest.mark.parametrize("hostile", HOSTILE)
def test_hostile_text_is_escaped_everywhere(hostile: str) -> None:
    reply = Reply(
        "summary",
        title=f"🔎 ‘{hostile}’ 요약",
        sections=(
            Section(
                hostile,
                (
                    Line(hostile, cites=(1,), label=hostile),
                    Line(f"앞 {hostile} 뒤"),
                ),
            ),
        ),
        notices=(hostile,),
        sources=(SourceRef(1, hostile, "https://example.com/?q=<b>"),),
    )
    payloads = render(reply)
    assert "\n".join(check(payloads)) == to_text(reply)


def test_hostile_command_end_to_end(context: Context) -> None:
    for text in HOSTILE + ["/chips <b>", "/sources </a>", "/" + "&" * 300]:
        reply = answer(text, context)
        assert reply is not None
        assert "\n".join(check(render(reply))) == to_text(reply)


def _long_reply(lines: int, text: str) -> Reply:
    return Reply(
        "summary",
        title="📰 긴 브리핑",
        sections=(
            Section("문장", tuple(Line(f"{i}번째 {text}", cites=(1,)) for i in range(lines))),
        ),
        notices=("끝.",),
        sources=(SourceRef(1, "t", "https://example.com/1"),),
    )


def test_split_at_line_boundaries_with_emoji_and_hangul() -> None:
    sentence = "엔비디아 H800 🚀 칩이 화웨이 昇騰과 경쟁한다 😀 & <비교>."
    reply = _long_reply(400, sentence)
    payloads = render(reply)
    texts = check(payloads)
    assert len(payloads) > 3
    assert squash(" ".join(texts)) == squash(to_text(reply))
    lines = set(to_text(reply).split("\n"))
    for text in texts:  # every message is made of whole lines
        assert set(text.split("\n")) <= lines
    # packed, not one line per message
    assert all(utf16_units(p["text"]) > 3000 for p in payloads[:-1])


def test_split_one_huge_line_at_sentence_boundaries() -> None:
    sentence = "딥시크 충격으로 엔비디아 주가가 하루 만에 17% 급락했다. "
    line = (sentence * 400).strip()
    reply = Reply("summary", sections=(Section(None, (Line(line, cites=(2,)),)),))
    texts = check(render(reply))
    assert len(texts) >= 4
    assert squash(" ".join(texts)) == squash(to_text(reply))
    for text in texts[:-1]:
        assert text.rstrip().endswith("급락했다.")


@pytest.mark.parametrize(
    "word",
    [
        "😀" * 9000,  # surrogate pairs only
        "가" * 9000,  # Hangul, one unit each
        "&" * 3000,  # five units each once escaped
        "👨‍👩‍👧" * 1500,  # ZWJ sequences
        "<>" * 3000,
    ],
)
def test_split_one_huge_word_never_inside_an_entity_or_pair(word: str) -> None:
    reply = Reply("summary", title="제목", sections=(Section(None, (Line(word),)),))
    payloads = render(reply)
    texts = check(payloads)
    assert len(texts) >= 2
    assert "".join(texts).replace("\n", "").replace("제목", "").replace("• ", "") == word
    if "‍" in word:  # a family emoji is never cut in the middle
        for text in texts:
            body = text.removeprefix("제목\n\n").removeprefix("• ")
            assert re.fullmatch("(👨‍👩‍👧)+", body)


def test_empty_reply_renders_nothing() -> None:
    assert render(Reply("summary")) == []


def test_every_message_ends_up_within_the_limit_for_long_corpus_replies(
    context: Context,
) -> None:
    context.summary_sentences = 20
    for text in ("/summary", "/chips", "/sources"):
        reply = answer(text, context)
        assert reply is not None
        check(render(reply))


# ------------------------------------------------------------- menu & settings
def test_menu_comes_from_the_command_registry() -> None:
    names = [spec.name for spec in COMMANDS.values() if spec.menu]
    korean = tg.menu("ko")
    assert [c.command for c in korean] == names
    assert any(re.search("[가-힣]", c.description) for c in korean)
    english = tg.menu("en")
    assert not any(re.search("[가-힣]", c.description) for c in english)


def test_token_errors_name_the_variable_and_never_show_the_value() -> None:
    with pytest.raises(ConfigError, match="TELEGRAM_BOT_TOKEN is not set"):
        tg.check_token(None)
    for bad in ("hello world secret", "123:short", "abc:" + "x" * 35, TOKEN + "/x"):
        with pytest.raises(ConfigError, match="TELEGRAM_BOT_TOKEN is malformed") as info:
            tg.check_token(bad)
        assert bad not in str(info.value)
    assert tg.check_token(TOKEN) == TOKEN


def test_telegram_settings() -> None:
    config = load_config(
        env={
            "BRIEFBOT_TELEGRAM_BASE_URL": "http://127.0.0.1:8081",
            "BRIEFBOT_TELEGRAM_MODE": "webhook",
            "BRIEFBOT_TELEGRAM_WEBHOOK_URL": "https://bot.example.com/hook",
            "BRIEFBOT_TELEGRAM_WEBHOOK_PORT": "8444",
        }
    )
    settings = config.telegram
    assert (settings.mode, settings.webhook_port) == ("webhook", 8444)
    assert tg.api_base_url(settings.base_url) == "http://127.0.0.1:8081/bot"
    assert tg.file_base_url(settings) == "http://127.0.0.1:8081/file/bot"
    assert tg.api_base_url("https://api.telegram.org/bot") == "https://api.telegram.org/bot"
    assert tg.api_base_url("http://h/tg/bot{token}/") == "http://h/tg/bot{token}/"
    assert tg.file_base_url(TelegramSettings()) == "https://api.telegram.org/file/bot"
    with pytest.raises(ConfigError, match="telegram.mode"):
        load_config(env={"BRIEFBOT_TELEGRAM_MODE": "push"})
    with pytest.raises(ConfigError, match="telegram.webhook_url"):
        load_config(env={"BRIEFBOT_TELEGRAM_MODE": "webhook"})
    with pytest.raises(ConfigError, match="telegram.base_url"):
        load_config(env={"BRIEFBOT_TELEGRAM_BASE_URL": "ftp://x"})


# ---------------------------------------------------------------- error mapping
def _caused(exc: Exception, cause: Exception) -> Exception:
    exc.__cause__ = cause
    return exc


@pytest.mark.parametrize(
    ("error", "kind"),
    [
        (RetryAfter(7), delivery.RetryLater),
        (Forbidden("Forbidden: bot was blocked by the user"), delivery.PermanentFailure),
        (BadRequest("Chat not found"), delivery.PermanentFailure),
        (_caused(TimedOut(), httpx.ReadTimeout("slow")), delivery.DeliveryUnknown),
        (_caused(TimedOut(), httpx.ConnectTimeout("no")), delivery.RetryLater),
        (
            _caused(NetworkError("httpx.ConnectError: refused"), httpx.ConnectError("refused")),
            delivery.RetryLater,
        ),
        (
            _caused(NetworkError("httpx.ReadError: reset"), httpx.ReadError("reset")),
            delivery.DeliveryUnknown,
        ),
        (NetworkError("Bad Gateway"), delivery.RetryLater),  # the Bot API answered 502
        (BadRequest("Message is too long"), delivery.DeliveryError),
    ],
)
def test_delivery_error_mapping(error: Exception, kind: type[Exception]) -> None:
    mapped = tg._delivery_error(error)  # type: ignore[arg-type]
    assert type(mapped) is kind
    if isinstance(error, RetryAfter):
        assert isinstance(mapped, delivery.RetryLater) and mapped.retry_after == 7.0


def test_chat_migration_maps_to_the_new_chat() -> None:
    mapped = tg._delivery_error(ChatMigrated(-1001234))
    assert isinstance(mapped, delivery.ChatMigrated) and mapped.new_chat == "-1001234"


def test_anonymous_group_admin_is_an_admin_not_a_bot() -> None:
    # Bot API: an anonymous admin's message has sender_chat = the group and
    # from = GroupAnonymousBot (is_bot: true); a linked channel's post has
    # sender_chat = the channel and stays ignored.
    msg = fake.message("/subscribe 08:00", chat_type="supergroup", chat_id=-100300)
    msg["from"] = {
        "id": 1087968824,
        "is_bot": True,
        "first_name": "Group",
        "username": "GroupAnonymousBot",
    }
    msg["sender_chat"] = {"id": -100300, "type": "supergroup", "title": "news"}
    command = to_command({"update_id": 9, "message": msg}, BOT)
    assert command is not None and command.is_admin is True and command.user == "telegram:-100300"
    msg["sender_chat"] = {"id": -100999, "type": "channel", "title": "linked"}
    msg["from"] = {
        "id": 136817688,
        "is_bot": True,
        "first_name": "Channel",
        "username": "Channel_Bot",
    }
    assert to_command({"update_id": 10, "message": msg}, BOT) is None
