"""PostgreSQL as the shared store: bulk load, command latency, ingest from
several processes, a broadcast from two schedulers.

    uv run python benchmarks/bench_postgres.py [--articles 100000] [--subscribers 20000]
        [--url postgresql://…]   # default: a throw-away server (tests/pg_server.py)

1. bulk load — the documented fast path: ``--seed`` synthetic articles go
   through the real pipeline into SQLite, ``benchmarks/bench_core.grow_store``
   repeats their analysed rows under new ids up to ``--articles``, and
   ``briefbot copy-store`` moves the store into PostgreSQL (COPY, counts and
   checksums compared);
2. command latency p50/p99 on that store, PostgreSQL against the same SQLite
   file (bench_core's measurement, one subprocess each);
3. ingest throughput: ``--ingest`` new articles as files, split between 1, 2
   and 4 concurrent ``briefbot ingest`` processes against the big store;
4. broadcast: ``--subscribers`` Telegram chats due at once, two
   ``briefbot run telegram`` processes on the store (each with its own fake
   Bot API on 127.0.0.1): time until every chat has its briefing, how many
   each process sent, and that none got two.
"""

from __future__ import annotations

import argparse
import io
import os
import subprocess
import sys
import tempfile
import time
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT))

import http.server  # noqa: E402

from fake_telegram import FakeBotAPI  # noqa: E402

# The fake Bot API must accept as many connections at once as two senders open.
http.server.ThreadingHTTPServer.request_queue_size = 512
from pg_server import PgServer, find_bin, new_database  # noqa: E402

from benchmarks.bench_core import COMMANDS, grow_store, latency, synthetic_articles  # noqa: E402
from bot.dbcli import copy_store  # noqa: E402
from bot.subscription_store import ts  # noqa: E402
from summarizer.corpus import Corpus  # noqa: E402
from summarizer.store import Store  # noqa: E402


def _env(url: str, work: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("BRIEFBOT_", "TELEGRAM_"))}
    empty = work / "empty-corpus"
    empty.mkdir(exist_ok=True)
    env.update(
        BRIEFBOT_DATABASE_URL=url,
        BRIEFBOT_CORPUS_PATH=str(empty),
        XDG_STATE_HOME=str(work / "state"),
        **extra,
    )
    return env


# ------------------------------------------------------------ bulk load
def seed_store(path: Path, seed: int) -> None:
    Corpus(Store(path)).add_texts(synthetic_articles(seed))


def extras_for_copies(path: Path, seed: int) -> None:
    """grow_store copies articles, sentences and mentions; give each copy its
    seed's signature row too (its own story), so opening the store has no
    signatures to backfill."""
    store = Store(path)
    with store.transaction() as db:
        db.execute(
            "INSERT INTO article_extra(article_id, overrides, shingles, signature, story, "
            "similarity) SELECT a.id, e.overrides, e.shingles, e.signature, a.id, NULL "
            "FROM articles a JOIN article_extra e ON e.article_id = ((a.id - 1) % ?) + 1 "
            "WHERE a.id NOT IN (SELECT article_id FROM article_extra)",
            (seed,),
        )
        db.execute(  # copies of seeds that were twins of another (no seed row to copy)
            "INSERT INTO article_extra(article_id, overrides, shingles, signature, story, "
            "similarity) SELECT a.id, e.overrides, e.shingles, e.signature, a.id, NULL "
            "FROM articles a JOIN article_extra e "
            "ON e.article_id = (SELECT min(article_id) FROM article_extra) "
            "WHERE a.id NOT IN (SELECT article_id FROM article_extra)"
        )
    store.close()


def bulk_load(work: Path, server: str, articles: int, seed: int) -> tuple[Path, str]:
    seed_path, big = work / "seed.sqlite3", work / "big.sqlite3"
    start = time.perf_counter()
    seed_store(seed_path, seed)
    analysed = time.perf_counter() - start
    start = time.perf_counter()
    grow_store(seed_path, big, articles)
    extras_for_copies(big, seed)
    grown = time.perf_counter() - start
    url = new_database(server)
    out = io.StringIO()
    start = time.perf_counter()
    assert copy_store(str(big), url, out) == 0, out.getvalue()
    copied = time.perf_counter() - start
    print(f"bulk load: {articles:,} articles")
    print(f"  {seed} articles analysed (Kiwi) into SQLite   {analysed:7.1f} s")
    print(f"  grown to {articles:,} in SQLite (rows copied)  {grown:7.1f} s")
    print(f"  briefbot copy-store into PostgreSQL        {copied:7.1f} s  (checksums equal)")
    for line in out.getvalue().splitlines():
        print("    " + line)
    return big, url


# ------------------------------------------------------------ latency
def compare_latency(sqlite_path: Path, url: str, repeat: int) -> None:
    print("\ncommand latency, ms (p50 / p99)", flush=True)
    for label, target in (("SQLite", str(sqlite_path)), ("PostgreSQL", url)):
        result = latency(target, repeat)  # type: ignore[arg-type]
        cells = []
        for command in COMMANDS:
            value = result[command]
            assert isinstance(value, dict)
            cells.append(f"{command} {value['p50']:.1f} / {value['p99']:.1f}")
        print(f"  {label:10} {result['articles']:>7} articles: " + " · ".join(cells), flush=True)


def keyword_search(sqlite_path: Path, url: str, repeat: int) -> None:
    """Store.search_terms as a keyword /summary calls it (newest 1,000
    articles), a common term and a rare one; and PostgreSQL's plan."""
    print("\nkeyword search (Store.search_terms, newest 1,000 articles), ms p50", flush=True)
    for label, target in (("SQLite", str(sqlite_path)), ("PostgreSQL", url)):
        store = Store(target)
        cells = []
        for term in ("전력", "캠브리콘", "없는낱말"):
            times = []
            for _ in range(repeat):
                start = time.perf_counter()
                hits = store.search_terms([term], 2000, 1000)
                times.append((time.perf_counter() - start) * 1000)
            cells.append(f"{term} {sorted(times)[len(times) // 2]:.1f} ({len(hits)} hits)")
        print(f"  {label:10} " + " · ".join(cells), flush=True)
        if store.dialect == "postgres":
            plan = store.query(
                "EXPLAIN SELECT article_id FROM sentences "
                "WHERE string_to_array(terms, ' ') && ?::text[]",
                (["캠브리콘"],),
            )
            index = "sentences_terms" in " ".join(str(r[0]) for r in plan)
            print(f"  PostgreSQL plan uses the GIN index sentences_terms: {index}")
        store.close()


# ------------------------------------------------------------ ingest
def _write_batch(work: Path, total: int, processes: int, offset: int) -> list[Path]:
    texts = synthetic_articles(total, seed=1000 + offset)
    folders = [work / f"in-{offset}-{n}" for n in range(processes)]
    for folder in folders:
        folder.mkdir()
    for i, text in enumerate(texts):
        (folders[i % processes] / f"{offset}-{i}.txt").write_text(
            f"{text}\n\n배치 {offset} 문서 {i}.", "utf-8"
        )
    return folders


def ingest_throughput(
    work: Path, url: str, total: int, processes: int, offset: int
) -> tuple[float, float]:
    """(articles/s between the first and the last stored article, from their
    ``added_at``; wall seconds including start-up) of ``processes``
    concurrent ``briefbot ingest``."""
    folders = _write_batch(work, total, processes, offset)
    env = _env(url, work)
    store = Store(url)
    before = store.max_article_id()
    start = time.perf_counter()
    procs = [
        subprocess.Popen(
            [sys.executable, "-m", "bot.cli", "ingest", str(f)],
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
        )
        for f in folders
    ]
    codes = [p.wait() for p in procs]
    wall = time.perf_counter() - start
    assert codes == [0] * processes, codes
    first, last, count = store.query(
        "SELECT min(added_at), max(added_at), count(*) FROM articles WHERE id > ?", (before,)
    )[0]
    store.close()
    span = (datetime.fromisoformat(last) - datetime.fromisoformat(first)).total_seconds()
    return (count - 1) / span if span > 0 else float("nan"), wall


def ingest(work: Path, url: str, total: int) -> None:
    print(f"\ningest throughput: {total} new articles into the big store", flush=True)
    for n, processes in enumerate((1, 2, 4)):
        steady, wall = ingest_throughput(work, url, total, processes, n)
        print(
            f"  {processes} process(es): {steady:6.1f} articles/s first to last stored "
            "(added_at, whole seconds), "
            f"{wall:6.1f} s wall with start-up",
            flush=True,
        )
    store = Store(url)
    dupes = store.query(
        "SELECT count(*) FROM (SELECT content_hash FROM articles "
        "GROUP BY content_hash HAVING count(*) > 1) d"
    )[0][0]
    print(f"  duplicates: {dupes}", flush=True)
    store.close()


# ------------------------------------------------------------ broadcast
def subscribe(url: str, subscribers: int) -> str:
    now = datetime.now(UTC)
    local = (now - timedelta(minutes=1)).astimezone(ZoneInfo("Asia/Seoul"))
    since = ts(now - timedelta(days=1))
    store = Store(url)
    with store.transaction() as db:
        db.executemany(
            "INSERT INTO subscriptions(platform, chat, at, timezone, language, active, "
            "effective_from, created_at, updated_at) VALUES "
            "('telegram', ?, ?, 'Asia/Seoul', NULL, 1, ?, ?, ?)",
            [(str(100_000 + i), f"{local:%H:%M}", since, since, since) for i in range(subscribers)],
        )
    store.close()
    return local.date().isoformat()


def _schedulers(
    url: str, work: Path, fakes: list[FakeBotAPI], per_second: str
) -> list[subprocess.Popen[bytes]]:
    procs = []
    for n, fake in enumerate(fakes):
        env = _env(
            url,
            work,
            TELEGRAM_BOT_TOKEN=fake.token,
            BRIEFBOT_TELEGRAM_BASE_URL=fake.url,
            BRIEFBOT_TELEGRAM_POLL_TIMEOUT="1",
            BRIEFBOT_BRIEFING_TELEGRAM_PER_SECOND=per_second,
            BRIEFBOT_BOT_LOG_LEVEL="WARNING",
        )
        with (work / f"bot{n}.log").open("wb") as log:
            procs.append(
                subprocess.Popen(
                    [sys.executable, "-m", "bot.cli", "run", "telegram"],
                    cwd=ROOT,
                    env=env,
                    stdin=subprocess.DEVNULL,
                    stdout=log,
                    stderr=subprocess.STDOUT,
                )
            )
    return procs


def _settled(store: Store, day: str) -> int:
    rows = store.query(
        "SELECT count(*) FROM deliveries WHERE day = ? AND state IN ('sent','unknown','failed')",
        (day,),
    )
    return int(rows[0][0])


def broadcast(work: Path, url: str, subscribers: int, per_second: int) -> None:
    print(f"\nbroadcast: {subscribers:,} subscribers due at once, two schedulers", flush=True)
    day = subscribe(url, subscribers)
    store = Store(url)
    with FakeBotAPI() as one, FakeBotAPI() as two:
        fakes = [one, two]
        started = time.perf_counter()
        procs = _schedulers(url, work, fakes, str(per_second))
        first = None
        try:
            while True:
                if first is None and any(f.sent for f in fakes):
                    first = time.perf_counter()
                if _settled(store, day) >= subscribers:
                    break
                assert time.perf_counter() - started < 3600, "broadcast did not finish"
                time.sleep(0.5)
            done = time.perf_counter()
        finally:
            for proc in procs:
                proc.terminate()
                proc.wait(timeout=60)
        got = Counter(int(m["chat_id"]) for f in fakes for m in f.sent)
        rows = store.query(
            "SELECT state, count(*) FROM deliveries WHERE day = ? GROUP BY 1", (day,)
        )
        assert first is not None
        print(f"  start-up to first briefing  {first - started:6.1f} s")
        print(f"  first to last briefing      {done - first:6.1f} s "
              f"({subscribers / (done - first):.0f}/s)")  # fmt: skip
        print(f"  sent by each process        {[len(f.sent) for f in fakes]}")
        print(f"  chats with two briefings    {sum(1 for c in got.values() if c > 1)}")
        print(f"  ledger                      {dict(rows)}", flush=True)
    store.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=300, help="articles run through Kiwi")
    parser.add_argument("--repeat", type=int, default=30, help="runs per command")
    parser.add_argument("--ingest", type=int, default=120, help="articles per ingest run")
    parser.add_argument("--subscribers", type=int, default=20_000)
    parser.add_argument("--per-second", type=int, default=1000, help="briefing pace")
    parser.add_argument("--stages", default="latency,ingest,broadcast", help="after the load")
    parser.add_argument("--url", help="an existing server (a fresh database is made on it)")
    args = parser.parse_args()
    server = None
    if not args.url:
        bin_dir = find_bin()
        assert bin_dir is not None, "no PostgreSQL binaries: uv sync --dev (pgserver)"
        server = PgServer(bin_dir)
        server.start()
    try:
        with tempfile.TemporaryDirectory(prefix="briefbot-bench-pg-") as tmp:
            work = Path(tmp)
            big, url = bulk_load(work, args.url or server.url, args.articles, args.seed)  # type: ignore[union-attr]
            stages = set(args.stages.split(","))
            if "latency" in stages:
                compare_latency(big, url, args.repeat)
                keyword_search(big, url, args.repeat)
            if "ingest" in stages:
                ingest(work, url, args.ingest)
            if "broadcast" in stages:
                broadcast(work, url, args.subscribers, args.per_second)
    finally:
        if server is not None:
            server.stop()


if __name__ == "__main__":
    main()
