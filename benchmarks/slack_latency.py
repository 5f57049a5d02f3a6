"""Slack adapter latency: how fast a signed slash command is acknowledged (the
3-second rule) and how long until its answer reaches the response_url.

    uv run python benchmarks/slack_latency.py [N]

Runs the real Bolt App in HTTP mode on 127.0.0.1 against the tests' fake
Slack, with the bundled corpus (store in a temporary folder).
"""

from __future__ import annotations

import asyncio
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from fake_slack import FakeSlack, post, sign, slash_body  # noqa: E402

from bot.adapters.slack_adapter import SlackAdapter  # noqa: E402
from bot.config import load_config  # noqa: E402
from bot.runtime import start_runtime  # noqa: E402
from bot.serve import make_dispatch  # noqa: E402

SECRET = "benchmark-secret"


def _ms(values: list[float]) -> str:
    values = sorted(values)
    p95 = values[min(len(values) - 1, int(len(values) * 0.95))]
    return f"median {statistics.median(values) * 1000:.1f} ms, p95 {p95 * 1000:.1f} ms"


async def main(n: int) -> None:
    with tempfile.TemporaryDirectory() as tmp, FakeSlack(token="xoxb-bench") as fake:
        config = load_config(
            env={
                "BRIEFBOT_STORE_PATH": str(Path(tmp) / "store.sqlite3"),
                "BRIEFBOT_SLACK_PORT": "0",
                "BRIEFBOT_SLACK_HOST": "127.0.0.1",
                "BRIEFBOT_SLACK_API_URL": fake.api_url,
            }
        )
        runtime = start_runtime(config)
        adapter = SlackAdapter(config.slack, bot_token="xoxb-bench", signing_secret=SECRET)
        await adapter.start(make_dispatch(runtime))
        url = f"http://127.0.0.1:{adapter.port}/slack/events"
        try:
            cases = (("/chips", ""), ("/summary", ""), ("/summary", "엔비디아"))
            for case, (command, text) in enumerate(cases):
                acks, answers = [], []
                for i in range(n):
                    key = f"{case}-{i}"
                    body = slash_body(command, text, response_url=fake.response_url(key))
                    start = time.perf_counter()
                    status, _ = await asyncio.to_thread(post, url, body, sign(SECRET, body))
                    acks.append(time.perf_counter() - start)
                    assert status == 200
                    await asyncio.to_thread(fake.wait_for, f"response:{key}")
                    answers.append(time.perf_counter() - start)
                label = f"{command} {text}".strip()
                print(f"{label:18} ack: {_ms(acks)}; answer: {_ms(answers)} (n={n})")
        finally:
            await adapter.stop()
            runtime.close()


if __name__ == "__main__":
    asyncio.run(main(int(sys.argv[1]) if len(sys.argv) > 1 else 30))
