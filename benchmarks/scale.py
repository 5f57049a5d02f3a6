"""Speed at scale: ingest against raw Kiwi, command latency, store size and
start-up, at N articles, measured side by side in one run.

    uv run python benchmarks/scale.py --sizes 1000,10000 [--repeat 200]

For each size: N articles are generated (benchmarks/scale_articles.py),
ingested into a fresh store with the real CLI (``briefbot ingest DIR``,
a separate process) and tokenized by raw ``Kiwi().tokenize(texts)`` in
another process, before and after the ingest (their mean is the
reference: the machine is shared). Then a warm process answers each
command ``--repeat`` times (p50/p99), and ``briefbot ask`` is timed as a
whole process against a process that only loads Kiwi.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from scale_articles import write  # noqa: E402

PY = sys.executable
RAW_KIWI = """
import json, pathlib, sys, time
t0 = time.perf_counter()
from kiwipiepy import Kiwi
kiwi = Kiwi()
kiwi.tokenize("준비")
t1 = time.perf_counter()
texts = [p.read_text("utf-8") for p in sorted(pathlib.Path(sys.argv[1]).glob("*.txt"))]
t2, c2 = time.perf_counter(), time.process_time()
list(kiwi.tokenize(texts))  # a lazy iterator: consume it
t3, c3 = time.perf_counter(), time.process_time()
print(json.dumps({"load": t1 - t0, "tokenize": t3 - t2, "tokenize_cpu": c3 - c2}))
"""
KIWI_ONLY = "from kiwipiepy import Kiwi; Kiwi().tokenize('준비')"


def _env(store: Path) -> dict[str, str]:
    return {**os.environ, "BRIEFBOT_STORE_PATH": str(store), "PYTHONPATH": str(ROOT)}


def raw_kiwi(folder: Path) -> dict[str, float]:
    out = subprocess.run([PY, "-c", RAW_KIWI, str(folder)], capture_output=True, text=True)
    return dict(json.loads(out.stdout))


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def cli_ingest(folder: Path, store: Path) -> tuple[float, float]:
    """Wall and CPU seconds (all threads) of ``briefbot ingest DIR``."""
    start, cpu = time.perf_counter(), _children_cpu()
    subprocess.run(
        [PY, "-m", "bot.cli", "ingest", str(folder), "--store", str(store)],
        env=_env(store),
        stdout=subprocess.DEVNULL,
        check=True,
        cwd=ROOT,
    )
    return time.perf_counter() - start, _children_cpu() - cpu


def ingest_figures(count: int, work: Path) -> dict[str, float]:
    folder, store = work / f"articles{count}", work / f"store{count}.sqlite3"
    texts = write(count, folder)
    chars = sum(len(t) for t in texts)
    before = raw_kiwi(folder)
    wall, cpu = cli_ingest(folder, store)
    after = raw_kiwi(folder)
    tokenize = (before["tokenize"] + after["tokenize"]) / 2
    load = (before["load"] + after["load"]) / 2
    tokenize_cpu = (before["tokenize_cpu"] + after["tokenize_cpu"]) / 2
    return {
        "chars": chars,
        "text_bytes": sum(len(t.encode("utf-8")) for t in texts),
        "raw_tokenize": tokenize,
        "raw_load": load,
        "cli_wall": wall,
        "ratio_whole": tokenize / wall,
        "ratio_after_load": tokenize / max(1e-9, wall - load),
        # CPU seconds: what a shared machine does not blur
        "raw_tokenize_cpu": tokenize_cpu,
        "cli_cpu": cpu,
        "ratio_cpu": tokenize_cpu / max(1e-9, cpu),
    }


def store_bytes(store: Path) -> int:
    import sqlite3

    db = sqlite3.connect(store)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return sum(p.stat().st_size for p in store.parent.glob(store.name + "*"))


# ------------------------------------------------------------ latency
def commands(corpus: object) -> dict[str, str]:
    from summarizer.entities import CHIP

    top = corpus.entity_stats(CHIP)[0].name  # type: ignore[attr-defined]
    newest = corpus.store.max_article_id()  # type: ignore[attr-defined]
    return {
        "/chips": "/chips",
        "/chips NAME": f"/chips {top}",
        "/sources": "/sources",
        "/summary": "/summary",
        "/summary N": f"/summary {newest}",
        "/summary 엔비디아": "/summary 엔비디아",
        "/summary 전력 수요": "/summary 전력 수요",
    }


def latency(store: str, repeat: int) -> dict[str, tuple[float, float]]:
    """In this process: open the store warm, time each command."""
    from datetime import UTC, datetime
    from zoneinfo import ZoneInfo

    from bot.adapters.console import brief
    from handlers import Context, dispatch, parse
    from summarizer.corpus import Corpus, warm_up
    from summarizer.store import Store

    corpus = Corpus(Store(store))
    context = Context(corpus)
    warm_up()
    calls = {
        label: (lambda t=text: dispatch(parse(t), context))  # type: ignore[arg-type]
        for label, text in commands(corpus).items()
    }
    # a chat reads the text only; `ask --json` also builds the JSON (every chip)
    calls["/chips, JSON"] = lambda: dict(dispatch(parse("/chips"), context).data)  # type: ignore[arg-type]
    now, zone = datetime.now(UTC), ZoneInfo("Asia/Seoul")
    calls["daily briefing"] = lambda: brief(context, since=None, zone=zone, now=now)
    out = {}
    for label, call in calls.items():
        out[label] = _percentiles(call, repeat)
        # replies are remembered until the store changes: the cost just after a write
        # as many samples as warm: with 50, "p99" was the slowest one
        out[label + ", after a write"] = _percentiles(
            call, repeat, lambda: corpus.store.set_meta("bench", str(time.time()))
        )
    return out


def _percentiles(
    call: Callable[[], object], repeat: int, before: Callable[[], object] | None = None
) -> tuple[float, float]:
    call()
    times = []
    for _ in range(repeat):
        if before is not None:
            before()
        start = time.perf_counter()
        call()
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    return statistics.median(times), times[min(len(times) - 1, int(0.99 * len(times)))]


def latency_process(store: Path, repeat: int) -> dict[str, list[float]]:
    out = subprocess.run(
        [PY, __file__, "--latency", str(store), "--repeat", str(repeat)],
        capture_output=True,
        text=True,
        env=_env(store),
        check=True,
    )
    return dict(json.loads(out.stdout))


def best_of(argv: list[str], store: Path, runs: int = 3) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(argv, env=_env(store), capture_output=True, check=True, cwd=ROOT)
        best = min(best, time.perf_counter() - start)
    return best


def startup(store: Path) -> dict[str, float]:
    ask = [PY, "-m", "bot.cli", "ask", "--store", str(store)]
    return {
        "kiwi": best_of([PY, "-c", KIWI_ONLY], store),
        "/summary": best_of([*ask, "/summary"], store),
        "/summary 전력 수요": best_of([*ask, "/summary 전력 수요"], store),
        "/chips": best_of([*ask, "/chips"], store),
    }


# ------------------------------------------------------------- report
def run_size(count: int, work: Path, repeat: int, reuse: bool) -> dict[str, object]:
    store, saved = work / f"store{count}.sqlite3", work / f"ingest{count}.json"
    if reuse and saved.exists() and store.exists():  # measure the commands again only
        figures = json.loads(saved.read_text("utf-8"))
    else:
        figures = ingest_figures(count, work)
        figures["store_bytes"] = store_bytes(store)
        saved.write_text(json.dumps(figures), "utf-8")
    print(f"{count}: ingest {json.dumps(figures)}", file=sys.stderr)
    result: dict[str, object] = {
        "ingest": figures,
        "latency": latency_process(store, repeat),
        "startup": startup(store),
    }
    print(f"{count}: {json.dumps(result, ensure_ascii=False)}", file=sys.stderr)
    return result


def table(results: dict[int, dict[str, object]]) -> str:
    sizes = sorted(results)
    head = "| figure | " + " | ".join(f"{n:,}" for n in sizes) + " |"
    rows = [head, "|---|" + "---|" * len(sizes)]

    def row(label: str, cell: object) -> None:
        rows.append(f"| {label} | " + " | ".join(cell(results[n]) for n in sizes) + " |")  # type: ignore[operator]

    row("raw `Kiwi().tokenize` (s)", lambda r: f"{r['ingest']['raw_tokenize']:.1f}")
    row("`briefbot ingest DIR`, whole process (s)", lambda r: f"{r['ingest']['cli_wall']:.1f}")
    row("ingest ÷ raw Kiwi, whole process", lambda r: f"{r['ingest']['ratio_whole']:.2f}")
    row("ingest ÷ raw Kiwi, after Kiwi's load", lambda r: f"{r['ingest']['ratio_after_load']:.2f}")
    row(
        "CPU s: raw Kiwi / ingest (ratio)",
        lambda r: "{:.1f} / {:.1f} ({:.2f})".format(
            r["ingest"].get("raw_tokenize_cpu", 0),
            r["ingest"].get("cli_cpu", 0),
            r["ingest"].get("ratio_cpu", 0),
        ),
    )
    for label in next(iter(results.values()))["latency"]:  # type: ignore[attr-defined]
        row(
            f"{label} p50 / p99 (ms)", lambda r, k=label: "{:.1f} / {:.1f}".format(*r["latency"][k])
        )
    row(
        "store on disk (× the text)",
        lambda r: (
            f"{r['ingest']['store_bytes'] / 1e6:.1f} MB "
            f"({r['ingest']['store_bytes'] / r['ingest']['text_bytes']:.1f}×)"
        ),
    )
    for label in ("/summary", "/summary 전력 수요", "/chips"):
        row(
            f'`briefbot ask "{label}"` ÷ Kiwi load process',
            lambda r, k=label: (
                f"{r['startup'][k]:.2f} s ({r['startup'][k] / r['startup']['kiwi']:.2f}×)"
            ),
        )
    return "\n".join(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="1000,10000")
    parser.add_argument("--repeat", type=int, default=200)
    parser.add_argument("--latency", help=argparse.SUPPRESS)
    parser.add_argument("--keep", help="folder to keep the articles and stores in")
    parser.add_argument(
        "--reuse", action="store_true", help="with --keep: reuse its stores, time the commands only"
    )
    args = parser.parse_args()
    if args.latency:
        print(json.dumps(latency(args.latency, args.repeat)))
        return
    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="briefbot-scale-"))
    work.mkdir(parents=True, exist_ok=True)
    sizes = map(int, args.sizes.split(","))
    results = {n: run_size(n, work, args.repeat, args.reuse) for n in sizes}
    print(table(results))


if __name__ == "__main__":
    main()
