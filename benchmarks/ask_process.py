"""Whole-process ``briefbot ask`` against a process that only loads Kiwi
(issue 14: every ``ask`` form ≤ 1.5× Kiwi's load, flat in store size).

    uv run python benchmarks/scale.py --sizes 1000,10000 --keep DIR    # the stores, once
    uv run python benchmarks/ask_process.py --stores DIR --rounds 5

A round runs the Kiwi-load process (``from kiwipiepy import Kiwi;
Kiwi()``), then every ``ask`` form on the 1,000- and the 10,000-article
store in turn, then the Kiwi process again, so the machine's load falls
on all alike. The table gives each form's median and p90 wall seconds and
its ratio to the Kiwi process's median and p90, at both sizes side by
side. ``--forms`` picks forms by a substring of their label.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path

PY = sys.executable
ROOT = Path(__file__).resolve().parents[1]
KIWI_ONLY = "from kiwipiepy import Kiwi; Kiwi()"
# scale.py's reference: the load and Kiwi's first analysis (which builds most of its state)
KIWI_FIRST = "from kiwipiepy import Kiwi; Kiwi().tokenize('준비')"
# this checkout's corpus folder whichever version runs (--code): the same folder sync
ASK = [PY, "-m", "bot.cli", "ask", "--corpus", str(ROOT / "corpus")]
UNKNOWN_CHIP = "ZQX-9000"
ABSENT_WORD = "펭귄사육사"


def forms(newest: int) -> dict[str, list[str]]:
    """Label → ``ask`` arguments: every command form a user may type."""
    base = {
        "/help": ["/help"],
        "/chips": ["/chips"],
        "/chips H100": ["/chips H100"],
        "/chips unknown": [f"/chips {UNKNOWN_CHIP}"],
        "/sources": ["/sources"],
        "/summary": ["/summary"],
        "/summary N": [f"/summary {newest}"],
        "/summary 엔비디아": ["/summary 엔비디아"],
        "/summary H100": ["/summary H100"],
        "/summary 전력": ["/summary 전력"],
        "/summary 전력 수요": ["/summary 전력 수요"],
        "/summary absent": [f"/summary {ABSENT_WORD}"],
        "/stories": ["/stories"],
        "/stories 전력": ["/stories 전력"],
    }
    out = dict(base)
    for label in ("/chips", "/summary 전력 수요", "/stories"):
        out[f"{label} --json"] = ["--json", *base[label]]
    for label in ("/summary 전력 수요", "/chips"):
        out[f"{label} --lang en"] = ["--lang", "en", *base[label]]
    return out


def newest_id(store: Path) -> int:
    db = sqlite3.connect(f"file:{store}?mode=ro", uri=True)
    try:
        return int(db.execute("SELECT max(id) FROM articles").fetchone()[0])
    finally:
        db.close()


def timed(argv: list[str], store: Path, code: Path = ROOT) -> float:
    env = {**os.environ, "BRIEFBOT_STORE_PATH": str(store), "PYTHONPATH": str(code)}
    start = time.perf_counter()
    subprocess.run(argv, env=env, cwd=code, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def p90(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(0.9 * (len(ordered) - 1)))]


def run(stores: dict[int, Path], rounds: int, pick: str, code: Path) -> None:
    sizes = sorted(stores)
    chosen = {n: forms(newest_id(stores[n])) for n in sizes}
    labels = [label for label in chosen[sizes[0]] if pick in label]
    kiwi: list[float] = []
    first: list[float] = []
    times: dict[tuple[str, int], list[float]] = {(lb, n): [] for lb in labels for n in sizes}
    for r in range(rounds):
        kiwi.append(timed([PY, "-c", KIWI_ONLY], stores[sizes[0]]))
        first.append(timed([PY, "-c", KIWI_FIRST], stores[sizes[0]]))
        for label in labels:
            for n in sizes:
                argv = [*ASK, "--store", str(stores[n]), *chosen[n][label]]
                times[(label, n)].append(timed(argv, stores[n], code))
        kiwi.append(timed([PY, "-c", KIWI_ONLY], stores[sizes[0]]))
        print(f"round {r + 1}/{rounds} done", file=sys.stderr, flush=True)
    print(table(labels, sizes, kiwi, times))
    print(f"Kiwi load + first analysis process: p50 {statistics.median(first):.2f} s")


Times = dict[tuple[str, int], list[float]]


def table(labels: list[str], sizes: list[int], kiwi: list[float], times: Times) -> str:
    k50, k90 = statistics.median(kiwi), p90(kiwi)
    head = " | ".join(f"{n:,}: s p50 / p90 | ÷ Kiwi p50 / p90" for n in sizes)
    lines = [
        f"Kiwi-load process: p50 {k50:.2f} s, p90 {k90:.2f} s ({len(kiwi)} runs)",
        "",
        f"| `ask` form | {head} |",
        "|---|" + "---|---|" * len(sizes),
    ]
    for label in labels:
        cells = []
        for n in sizes:
            got = times[(label, n)]
            m, q = statistics.median(got), p90(got)
            cells.append(f"{m:.2f} / {q:.2f} | {m / k50:.2f} / {q / k90:.2f}")
        lines.append(f"| `{label}` | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stores", type=Path, required=True, help="scale.py's --keep folder")
    parser.add_argument("--sizes", default="1000,10000")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--forms", default="", help="only forms whose label holds this")
    parser.add_argument("--code", type=Path, default=ROOT, help="the version to run (PYTHONPATH)")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    stores = {n: args.stores / f"store{n}.sqlite3" for n in sizes}
    run(stores, args.rounds, args.forms, args.code)


if __name__ == "__main__":
    main()
