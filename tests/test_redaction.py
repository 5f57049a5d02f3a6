"""Secrets never reach a log, even through a handler added after start."""

from __future__ import annotations

import io
import logging

import pytest

from bot.redaction import protect

TOKEN = "123456789:AAH-fake-token-for-redaction-tests_xyz"


def test_a_handler_added_later_gets_redacted_records(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", TOKEN)
    monkeypatch.setenv("SLACK_SIGNING_SECRET", "slack-signing-secret-value")
    protect()
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)  # added after protect(), as an operator would
    handler.setFormatter(logging.Formatter("%(name)s %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    try:
        fresh = logging.getLogger("telegram.ext.SomethingNew.child")  # created after protect()
        fresh.warning("GET https://api.telegram.org/bot%s/getUpdates failed", TOKEN)
        try:
            raise RuntimeError(f"url https://api.telegram.org/bot{TOKEN}/sendMessage")
        except RuntimeError:
            logging.getLogger("briefbot.anything").exception("send failed")
        logging.getLogger("third.party").error("secret=%s", "slack-signing-secret-value")
    finally:
        root.removeHandler(handler)
    text = stream.getvalue()
    assert TOKEN not in text and "slack-signing-secret-value" not in text
    assert text.count("<redacted>") >= 3
    assert "getUpdates failed" in text and "RuntimeError" in text
