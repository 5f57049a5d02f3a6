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
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
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


Sample = tuple[float, float]  # wall seconds, CPU seconds (every thread)


def timed(argv: list[str], env: dict[str, str], code: Path = ROOT) -> Sample:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(argv, env=env, cwd=code, check=True, stdout=subprocess.DEVNULL)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    return wall, cpu


def p90(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(0.9 * (len(ordered) - 1)))]


class Run:
    """One benchmark: the versions (label → code folder) and their cache folders."""

    def __init__(self, stores: dict[int, Path], versions: dict[str, Path], cold: bool) -> None:
        self.stores, self.versions, self.cold = stores, versions, cold
        self.work = Path(tempfile.mkdtemp(prefix="ask_process."))
        self.samples: dict[tuple[str, str, int], list[Sample]] = {}

    def env(self, version: str, store: Path) -> dict[str, str]:
        """A version's query-terms cache folder: its own, or with ``cold``
        a new empty one for every process (each question asked the first time)."""
        cache = self.work / version
        if self.cold:
            cache = Path(tempfile.mkdtemp(dir=self.work))
        code = str(self.versions[version])
        return {
            **os.environ,
            "BRIEFBOT_STORE_PATH": str(store),
            "PYTHONPATH": code,
            "XDG_CACHE_HOME": str(cache),
        }

    def ask(self, version: str, label: str, n: int, argv: list[str]) -> None:
        env = self.env(version, self.stores[n])
        got = timed([*ASK, "--store", str(self.stores[n]), *argv], env, self.versions[version])
        self.samples.setdefault((version, label, n), []).append(got)

    def kiwi(self, label: str, script: str) -> None:
        got = timed([PY, "-c", script], dict(os.environ))
        self.samples.setdefault((label, "", 0), []).append(got)


def run(bench: Run, rounds: int, pick: str) -> list[str]:
    sizes = sorted(bench.stores)
    chosen = {n: forms(newest_id(bench.stores[n])) for n in sizes}
    labels = [label for label in chosen[sizes[0]] if pick in label]
    if not bench.cold:  # this version's cache holds every question once (before: none)
        for label in labels:
            for n in sizes:
                argv = [*ASK, "--store", str(bench.stores[n]), *chosen[n][label]]
                timed(argv, bench.env("now", bench.stores[n]))
    order = list(bench.versions)
    for r in range(rounds):
        bench.kiwi("kiwi", KIWI_ONLY)
        bench.kiwi("kiwi+first", KIWI_FIRST)
        for label in labels:
            for n in sizes:
                for version in order:
                    bench.ask(version, label, n, chosen[n][label])
        bench.kiwi("kiwi", KIWI_ONLY)
        order.reverse()  # the versions take turns at going first
        print(f"round {r + 1}/{rounds} done", file=sys.stderr, flush=True)
    return labels


def table(bench: Run, labels: list[str]) -> str:
    sizes = sorted(bench.stores)
    kiwi = bench.samples[("kiwi", "", 0)]
    first = bench.samples[("kiwi+first", "", 0)]
    k50, k90 = statistics.median(w for w, _ in kiwi), p90([w for w, _ in kiwi])
    kcpu = statistics.median(c for _, c in kiwi)
    f50, fcpu = statistics.median(w for w, _ in first), statistics.median(c for _, c in first)
    head = " | ".join(f"{n:,}: wall s p50 / p90 | ÷ Kiwi p50 / p90 | CPU ÷ Kiwi" for n in sizes)
    lines = [
        f"Kiwi-load process (`{KIWI_ONLY}`): wall p50 {k50:.2f} s, p90 {k90:.2f} s, "
        f"CPU p50 {kcpu:.2f} s ({len(kiwi)} runs); with a first analysis "
        f"(`Kiwi().tokenize('준비')`): wall p50 {f50:.2f} s, CPU {fcpu:.2f} s",
        "",
        f"| version | `ask` form | {head} |",
        "|---|---|" + "---|---|---|" * len(sizes),
    ]
    for label in labels:
        for version in bench.versions:
            cells = []
            for n in sizes:
                got = bench.samples[(version, label, n)]
                walls = [w for w, _ in got]
                m, q = statistics.median(walls), p90(walls)
                cpu = statistics.median(c for _, c in got)
                cells.append(
                    f"{m:.2f} / {q:.2f} | {m / k50:.2f} / {q / k90:.2f} | {cpu / kcpu:.2f}"
                )
            lines.append(f"| {version} | `{label}` | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stores", type=Path, required=True, help="scale.py's --keep folder")
    parser.add_argument("--sizes", default="1000,10000")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--forms", default="", help="only forms whose label holds this")
    parser.add_argument("--before", type=Path, help="another version's checkout, run in turn")
    parser.add_argument("--cold", action="store_true", help="no query-terms cache kept")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    stores = {n: args.stores / f"store{n}.sqlite3" for n in sizes}
    versions = {"now": ROOT} if args.before is None else {"before": args.before, "now": ROOT}
    bench = Run(stores, versions, args.cold)
    try:
        labels = run(bench, args.rounds, args.forms)
        print(table(bench, labels))
    finally:
        shutil.rmtree(bench.work, ignore_errors=True)


if __name__ == "__main__":
    main()
