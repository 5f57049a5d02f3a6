"""``briefbot run telegram`` as a user runs it: a subprocess with only
TELEGRAM_BOT_TOKEN and BRIEFBOT_TELEGRAM_BASE_URL, against the fake Bot API."""

from __future__ import annotations

import os
import re
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from fake_telegram import FakeBotAPI, parse_telegram_html, utf16_units

from bot.cli import main
from summarizer.corpus import Corpus

ROOT = Path(__file__).resolve().parent.parent


def _env(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("BRIEFBOT_", "TELEGRAM_", "SLACK_"))
    }
    env["XDG_STATE_HOME"] = str(tmp_path / "state")  # never the user's ~/.local/state
    env.update(extra)
    return env


@pytest.mark.slow
def test_run_telegram_answers_and_exits_on_sigterm(tmp_path: Path, bundled: Corpus) -> None:
    # A copy of the session's analysed store: start-up finds the corpus unchanged.
    store = tmp_path / "s.db"
    with sqlite3.connect(bundled.store.path) as src, sqlite3.connect(store) as dst:
        src.backup(dst)
    with FakeBotAPI() as fake:
        fake.send_text("/chips", chat_id=101)
        log = (tmp_path / "stderr.txt").open("w+", encoding="utf-8")
        proc = subprocess.Popen(
            [sys.executable, "-m", "bot.cli", "run", "telegram", "--store", str(store)],
            cwd=ROOT,
            env=_env(tmp_path, TELEGRAM_BOT_TOKEN=fake.token, BRIEFBOT_TELEGRAM_BASE_URL=fake.url),
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        try:
            fake.wait_for(lambda f: f.messages_to(101), timeout=120)
            fake.send_text("/summary", chat_id=102)
            fake.send_text("<b>&amp;</a> <script>", chat_id=103)
            fake.wait_for(lambda f: f.messages_to(102) and f.messages_to(103))
            proc.send_signal(signal.SIGTERM)
            assert proc.wait(timeout=60) == 0
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
            log.seek(0)
            output = log.read()
            log.close()
    print(output)
    for sent in fake.sent:
        assert utf16_units(sent["text"]) <= 4096
        parse_telegram_html(sent["text"])
    chips = fake.messages_to(101)[0]["plain"]
    assert chips.startswith("🔌") and "H800" in chips
    assert re.search(r"\[\d\]", fake.messages_to(102)[0]["plain"])
    assert fake.messages_to(103)
    assert fake.commands[""]  # the menu was registered
    assert fake.token.split(":")[1] not in output
    assert "Traceback" not in output
    assert not (tmp_path / "state").exists() or not any((tmp_path / "state").iterdir())


@pytest.mark.parametrize(
    ("token", "expected"),
    [
        (None, "TELEGRAM_BOT_TOKEN is not set"),
        ("my secret token value", "TELEGRAM_BOT_TOKEN is malformed"),
    ],
)
def test_missing_or_malformed_token(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    token: str | None,
    expected: str,
) -> None:
    if token is None:
        monkeypatch.delenv("TELEGRAM_BOT_TOKEN", raising=False)
    else:
        monkeypatch.setenv("TELEGRAM_BOT_TOKEN", token)
    empty = tmp_path / "corpus"
    empty.mkdir()
    argv = ["run", "telegram", "--corpus", str(empty), "--store", str(tmp_path / "s.db")]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert expected in err
    assert token is None or token not in err
