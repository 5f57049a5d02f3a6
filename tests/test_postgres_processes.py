"""Several processes on one PostgreSQL: two ``briefbot ingest`` of the same
folder; two ``briefbot run telegram`` schedulers (each with its own fake Bot
API) with many subscribers due at once, the sending one killed with SIGKILL
mid-broadcast."""

from __future__ import annotations

import io
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from fake_telegram import FakeBotAPI

from bot.dbcli import copy_store
from bot.subscription_store import Subscriptions
from summarizer.corpus import Corpus
from summarizer.store import Store

ROOT = Path(__file__).resolve().parent.parent
SEOUL = ZoneInfo("Asia/Seoul")
CHATS = 120  # subscribers due at once (benchmarks/bench_postgres.py: 500 and more)
COMPANIES = ["엔비디아", "화웨이", "삼성전자", "SK하이닉스", "AMD", "인텔", "퀄컴", "TSMC"]


def _article(i: int) -> str:
    company = COMPANIES[i % len(COMPANIES)]
    return (
        f"{company} 신형 AI 칩 {i}세대 공개\n\n"
        f"{company}는 {i + 2}일 신형 인공지능 칩을 공개했다고 밝혔다. "
        f"새 칩은 이전 세대보다 전력 효율이 {10 + i}% 높다. "
        f"업계는 데이터센터 수요가 {i % 5 + 2}분기 연속 늘 것으로 본다.\n\n"
        f"회사는 생산 물량을 {100 + i * 7}만 개로 늘릴 계획이다. "
        "경쟁사들도 비슷한 제품을 준비하고 있다.\n"
    )


def _env(tmp_path: Path, url: str, **extra: str) -> dict[str, str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("BRIEFBOT_", "TELEGRAM_", "SLACK_"))
    }
    env.update(XDG_STATE_HOME=str(tmp_path / "state"), BRIEFBOT_DATABASE_URL=url, **extra)
    return env


@pytest.mark.slow
def test_two_ingests_of_one_folder(tmp_path: Path, pg_url: str) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    for i in range(16):
        (folder / f"{i:02}.txt").write_text(_article(i), "utf-8")
    command = [sys.executable, "-m", "bot.cli", "ingest", str(folder)]
    procs = [
        subprocess.Popen(
            command, cwd=ROOT, env=_env(tmp_path, pg_url), stdout=subprocess.PIPE, text=True
        )
        for _ in range(2)
    ]
    outputs = [p.communicate(timeout=240)[0] for p in procs]
    assert [p.returncode for p in procs] == [0, 0], outputs
    store = Store(pg_url)
    hashes = store.query("SELECT content_hash, count(*) FROM articles GROUP BY content_hash")
    assert all(n == 1 for _, n in hashes)
    assert store.article_count() == 16 + 5  # the folder and the bundled corpus
    # Every article has its story row: no assignment lost between the two.
    assert store.articles_without_extra() == []


@pytest.fixture()
def fakes() -> Iterator[list[FakeBotAPI]]:
    with FakeBotAPI() as one, FakeBotAPI() as two:
        yield [one, two]


def _subscribe(url: str) -> datetime:
    now = datetime.now(UTC)
    local = (now - timedelta(minutes=1)).astimezone(SEOUL)
    subs = Subscriptions(Store(url))
    for chat in range(CHATS):
        subs.upsert(
            "telegram", str(5000 + chat), f"{local:%H:%M}", "Asia/Seoul", None,
            now - timedelta(minutes=10),
        )  # fmt: skip
    return local


def _briefings(fakes: list[FakeBotAPI]) -> Counter[int]:
    return Counter(int(m["chat_id"]) for f in fakes for m in f.sent if m["plain"].startswith("🗞"))


def _wait(predicate: object, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():  # type: ignore[operator]
        assert time.monotonic() < deadline, what
        time.sleep(0.1)


@pytest.mark.slow
def test_two_schedulers_one_killed_mid_broadcast(
    tmp_path: Path, bundled: Corpus, pg_url: str, fakes: list[FakeBotAPI]
) -> None:
    assert copy_store(bundled.store.path, pg_url, io.StringIO()) == 0
    local = _subscribe(pg_url)
    procs = []
    for n, fake in enumerate(fakes):
        env = _env(
            tmp_path,
            pg_url,
            TELEGRAM_BOT_TOKEN=fake.token,
            BRIEFBOT_TELEGRAM_BASE_URL=fake.url,
            BRIEFBOT_TELEGRAM_POLL_TIMEOUT="1",
            BRIEFBOT_BRIEFING_TELEGRAM_PER_SECOND="40",
        )
        with (tmp_path / f"bot{n}.log").open("wb") as log:
            procs.append(
                subprocess.Popen(
                    [sys.executable, "-m", "bot.cli", "run", "telegram"],
                    cwd=ROOT, env=env, stdin=subprocess.DEVNULL, stdout=log,
                    stderr=subprocess.STDOUT,
                )
            )  # fmt: skip
    try:
        _wait(lambda: any(len(f.sent) >= 20 for f in fakes), 120, "no broadcast started")
        victim = next(n for n, f in enumerate(fakes) if len(f.sent) >= 20)
        procs[victim].send_signal(signal.SIGKILL)
        procs[victim].wait(timeout=30)
        store = Store(pg_url)

        def settled() -> bool:
            rows = store.query(
                "SELECT count(*) FROM deliveries WHERE day = ? AND state IN ('sent', 'unknown')",
                (local.date().isoformat(),),
            )
            return int(rows[0][0]) == CHATS

        _wait(settled, 120, "the survivor did not finish the broadcast")
        survivor = procs[1 - victim]
        survivor.send_signal(signal.SIGTERM)
        assert survivor.wait(timeout=60) == 0
    finally:
        for proc in procs:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
    got = _briefings(fakes)
    assert max(got.values()) == 1  # none twice
    assert len(fakes[1 - victim].sent) > 0  # the other one took over
    states = dict(
        store.query("SELECT chat, state FROM deliveries WHERE day = ?", (local.date().isoformat(),))
    )
    missing = [c for c in range(5000, 5000 + CHATS) if got[c] == 0]
    # Only a send in flight when the process died may be missing: "unknown", never resent.
    assert all(states[str(c)] == "unknown" for c in missing), missing
    assert len(missing) <= 32, missing  # at most one per sender task (Scheduler workers)
    for n in range(2):
        output = (tmp_path / f"bot{n}.log").read_text("utf-8", "replace")
        assert "Traceback" not in output
