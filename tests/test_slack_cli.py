"""`briefbot run slack` as a process: what the lead checks, end to end."""

from __future__ import annotations

import os
import queue
import re
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from fake_slack import FakeSlack, post, sign, slash_body

ROOT = Path(__file__).resolve().parent.parent
SECRET = "e2e-signing-secret-0123456789abcdef"
TOKEN = "xoxb-e2e-111-222-secrettokenvalue"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def slack_env(tmp_path: Path, port: int, api_url: str) -> dict[str, str]:
    return {
        **{k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "BRIEFBOT_"))},
        "SLACK_BOT_TOKEN": TOKEN,
        "SLACK_SIGNING_SECRET": SECRET,
        "BRIEFBOT_SLACK_PORT": str(port),
        "BRIEFBOT_SLACK_HOST": "127.0.0.1",
        "BRIEFBOT_SLACK_API_URL": api_url,
        "BRIEFBOT_STORE_PATH": str(tmp_path / "store.sqlite3"),
        "BRIEFBOT_BOT_LOG_LEVEL": "DEBUG",  # even at DEBUG no secret is logged
        "XDG_STATE_HOME": str(tmp_path / "state"),
    }


def wait_for_line(lines: queue.Queue[str], needle: str, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while True:  # bounded by the queue's timeout
        line = lines.get(timeout=max(0.1, deadline - time.monotonic()))
        if needle in line:
            return


def talk_to_the_bot(fake: FakeSlack, port: int) -> None:
    """Two commands answered through their response_url; forged requests refused."""
    url = f"http://127.0.0.1:{port}/slack/events"
    body = slash_body("/chips", response_url=fake.response_url("chips"))
    assert post(url, body, sign(SECRET, body))[0] == 200
    answer = fake.wait_for("response:chips")[0].params
    assert "H800" in answer["text"] and "Ascend" in answer["text"]

    body = slash_body("/summary", response_url=fake.response_url("summary"))
    assert post(url, body, sign(SECRET, body))[0] == 200
    text = fake.wait_for("response:summary")[0].params["text"]
    assert text.count("• ") >= 3
    assert all(re.search(r"\[\d+\]$", line) for line in text.splitlines() if line.startswith("• "))

    forged = slash_body("/chips", response_url=fake.response_url("forged"))
    assert post(url, forged, sign("guessed", forged))[0] == 401
    assert post(url, forged, sign(SECRET, forged, int(time.time()) - 600))[0] == 401
    assert post(url, forged, sign(SECRET, forged, "soon"))[0] == 400


def stop(process: subprocess.Popen[str], reader: threading.Thread) -> int:
    process.send_signal(signal.SIGTERM)
    try:
        code = process.wait(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    reader.join(timeout=10)
    assert process.stderr is not None
    process.stderr.close()
    return code


@pytest.mark.slow
def test_run_slack_process(tmp_path: Path) -> None:
    with FakeSlack(token=TOKEN) as fake:
        port = free_port()
        process = subprocess.Popen(
            [sys.executable, "-m", "bot.cli", "run", "slack"],
            cwd=ROOT,
            env=slack_env(tmp_path, port, fake.api_url),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        lines: queue.Queue[str] = queue.Queue()
        log: list[str] = []

        def read() -> None:
            assert process.stderr is not None
            for line in process.stderr:
                log.append(line)
                lines.put(line)

        reader = threading.Thread(target=read, daemon=True)
        reader.start()
        try:
            wait_for_line(lines, "listening on")
            talk_to_the_bot(fake, port)
        finally:
            code = stop(process, reader)
        stderr = "".join(log)
        assert code == 0, stderr
        assert "Traceback" not in stderr
        assert TOKEN not in stderr and SECRET not in stderr
        assert "stopping" in stderr
        assert fake.calls("response:forged") == []
        assert not (tmp_path / "state").exists()
