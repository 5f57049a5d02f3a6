"""Deployment: where the settings come from, ``briefbot doctor`` against the
local fake Bot API and Web API, and ``GET /healthz``."""

from __future__ import annotations

import asyncio
import io
import json
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from fake_slack import FakeSlack
from fake_telegram import TOKEN, FakeBotAPI

from bot.cli import main
from bot.config import ConfigError, load_config
from bot.doctor import doctor
from bot.health import HealthServer


def _toml(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, "utf-8")
    return path


def test_config_lookup_order(tmp_path: Path) -> None:
    xdg = _toml(tmp_path / "xdg" / "briefbot" / "config.toml", '[bot]\nlanguage = "en"\n')
    env_file = _toml(tmp_path / "env.toml", '[summary]\nsentences = 3\n[corpus]\npath = "news"\n')
    flag = _toml(tmp_path / "flag.toml", "[summary]\nsentences = 7\n")
    env = {"XDG_CONFIG_HOME": str(tmp_path / "xdg"), "BRIEFBOT_CONFIG": str(env_file)}
    assert load_config(flag, env=env).summary.sentences == 7
    from_env = load_config(env=env)
    assert (from_env.summary.sentences, from_env.origin) == (3, "$BRIEFBOT_CONFIG")
    assert from_env.corpus_path == tmp_path / "news"  # relative to the file
    del env["BRIEFBOT_CONFIG"]
    from_xdg = load_config(env=env)
    assert from_xdg.bot.language == "en" and from_xdg.file == xdg
    packaged = load_config(env={"XDG_CONFIG_HOME": str(tmp_path / "none")})
    assert packaged.file is not None and packaged.file.name == "config.toml"
    assert "XDG" not in packaged.origin and packaged.corpus_path.is_dir()


def test_a_named_config_that_is_missing_stops_the_start(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="BRIEFBOT_CONFIG"):
        load_config(env={"BRIEFBOT_CONFIG": str(tmp_path / "nope.toml")})


def test_doctor_passes_with_tokens_the_platforms_accept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with FakeBotAPI() as telegram, FakeSlack() as slack:
        monkeypatch.setenv("TELEGRAM_BOT_TOKEN", TOKEN)
        monkeypatch.setenv("SLACK_BOT_TOKEN", "xoxb-test")
        config = load_config(
            env={
                "BRIEFBOT_STORE_PATH": str(tmp_path / "s" / "store.sqlite3"),
                "BRIEFBOT_TELEGRAM_BASE_URL": telegram.base_url,
                "BRIEFBOT_SLACK_API_URL": slack.api_url,
                "BRIEFBOT_INGEST_FEEDS": f"{slack.base}/api/auth.test",
            }
        )
        out = io.StringIO()
        assert doctor(config, out) == 0, out.getvalue()
        text = out.getvalue()
        assert "@briefbot_test_bot" in text and "Fake / briefbot" in text
        assert "none (polling)" in text and "writable" in text
        assert TOKEN not in text and "xoxb-test" not in text
        assert [c.method for c in telegram.calls][:2] == ["getMe", "getWebhookInfo"]


def test_doctor_fails_on_a_refused_token_and_a_missing_webhook(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    with FakeBotAPI() as telegram, FakeSlack() as slack:
        monkeypatch.setenv("TELEGRAM_BOT_TOKEN", TOKEN)
        monkeypatch.setenv("SLACK_BOT_TOKEN", "xoxb-wrong")
        monkeypatch.setenv("BRIEFBOT_TELEGRAM_BASE_URL", telegram.base_url)
        monkeypatch.setenv("BRIEFBOT_TELEGRAM_MODE", "webhook")
        monkeypatch.setenv("BRIEFBOT_TELEGRAM_WEBHOOK_URL", "https://bot.example.com")
        monkeypatch.setenv("BRIEFBOT_SLACK_API_URL", slack.api_url)
        monkeypatch.setenv("BRIEFBOT_STORE_PATH", str(tmp_path / "store.sqlite3"))
        assert main(["doctor"]) == 1
    lines = capsys.readouterr().out.splitlines()
    failed = [line for line in lines if line.startswith("FAIL")]
    assert len(failed) == 2, lines
    assert "https://bot.example.com/telegram" in failed[0]  # expected webhook
    assert "invalid_auth" in failed[1]
    assert lines[-1] == "2 check(s) failed"


def test_doctor_fails_when_the_store_is_not_writable(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    config = load_config(env={"BRIEFBOT_STORE_PATH": str(blocker / "store.sqlite3")})
    out = io.StringIO()
    assert doctor(config, out) == 1
    assert out.getvalue().splitlines()[2].startswith("FAIL  store")


def _get(url: str) -> tuple[int, dict[str, object]]:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as exc:
        return exc.code, json.loads(exc.read())


def test_healthz() -> None:
    async def scenario() -> list[tuple[int, dict[str, object]]]:
        count = iter([7, RuntimeError("store gone")])

        def articles() -> int:
            value = next(count)
            if isinstance(value, Exception):
                raise value
            return value

        server = HealthServer("127.0.0.1", 0, articles, ["telegram"])
        await server.start()
        base = f"http://127.0.0.1:{server.bound_port}"
        try:
            return [
                await asyncio.to_thread(_get, f"{base}/healthz"),
                await asyncio.to_thread(_get, f"{base}/other"),
                await asyncio.to_thread(_get, f"{base}/healthz"),
            ]
        finally:
            await server.stop()

    ok, missing, broken = asyncio.run(scenario())
    assert ok == (200, {"status": "ok", "adapters": ["telegram"], "articles": 7})
    assert missing[0] == 404
    assert broken[0] == 503
