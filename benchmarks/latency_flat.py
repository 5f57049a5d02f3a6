"""Command latency at two store sizes, two code versions side by side
(issue 14: every command flat from 1,000 to 10,000 articles).

    uv run python benchmarks/scale.py --sizes 1000,10000 --keep DIR     # the stores, once
    git worktree add /tmp/before main                                  # another version
    uv run python benchmarks/latency_flat.py --stores DIR --before /tmp/before

Each version answers on its own copy of each store (``DIR/flat/``: a
version may migrate or re-index what it opens). A round runs one process
per version, the versions' order flipped every round, so a shared
machine's load falls on both alike; the samples of all rounds are pooled
before the percentiles are taken. A process (Kiwi loaded, warm) opens
every size's store and times each command on them in turn, sample by
sample (the same moment's load for each size): ``--repeat`` times right
after a write (a commit, so no reply is remembered) and ``--repeat`` times
repeated (the remembered reply), and (CPU only) ``--repeat`` times with
the memo cleared but no write (``cold``: a question not asked before in a
warm process). The table gives p50 / p99 in ms and the 10,000 ÷ 1,000
ratio, of wall time, of the answering thread's CPU time right after a
write and cold (what a shared machine's other work blurs least), and of
the remembered reply.

Keyword summaries are timed over a spread of words of the stores'
vocabulary (``KEYWORDS``: frequent, medium, rare, two words, a company;
plus the most mentioned chip); ``--forms`` keeps the labels containing
any of its comma-separated parts (``--forms "summary,briefing"``).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

PY = sys.executable
Samples = dict[str, dict[str, list[float]]]  # command -> "after" / "cpu" / "warm" -> ms
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))
from scale import commands as scale_commands  # noqa: E402  (the same commands as scale.py)

# keyword forms, with their matching sentences in scale.py's 1,000- and
# 10,000-article stores (session 21): frequent (23,342 at 10,000), medium,
# rare (26 / 269 and 1 / 11), two words, a company (an entity summary)
KEYWORDS = ("칩", "업계", "추론", "전력", "규격", "켈러", "출자", "전력 수요", "데이터 센터")
KEYWORDS += ("엔비디아", "삼성전자")


def measure(stores: list[str], repeat: int, forms: str = "") -> list[Samples]:
    """In this process (the version on PYTHONPATH): samples in ms per
    command on each store, the stores taking turns sample by sample (the
    same moment's load, caches and collector for both)."""
    # this version's code first: scale.py (imported above) put this checkout's first
    sys.path.insert(0, os.environ.get("PYTHONPATH", str(ROOT)).split(os.pathsep)[0])
    from datetime import UTC, datetime
    from functools import partial
    from zoneinfo import ZoneInfo

    from bot.adapters.console import brief
    from handlers import Context, dispatch, parse
    from summarizer.corpus import Corpus, warm_up
    from summarizer.store import Store

    corpora = [Corpus(Store(store)) for store in stores]
    contexts = [Context(corpus) for corpus in corpora]
    warm_up()
    texts = [scale_commands(corpus) | _found_chip(corpus) | _keywords(corpus) for corpus in corpora]
    calls = {
        label: [
            partial(dispatch, parse(found[label]), c)
            for found, c in zip(texts, contexts, strict=True)
        ]
        for label in texts[0]
    }
    now, zone = datetime.now(UTC), ZoneInfo("Asia/Seoul")  # as scale.py times it
    calls["daily briefing"] = [partial(brief, c, since=None, zone=zone, now=now) for c in contexts]
    print(f"code: {sys.modules[Corpus.__module__].__file__}", file=sys.stderr)
    wanted = [part for part in forms.split(",") if part]
    out: list[Samples] = [{} for _ in stores]
    for label, made in calls.items():
        if wanted and not any(part in label for part in wanted):
            continue
        for call in made:
            call()
        for kind in ("after", "cold", "warm"):
            for _ in range(repeat):
                for n, corpus in enumerate(corpora):
                    _prepare(corpus, kind)
                    wall, cpu = _timed(made[n])
                    kept = out[n].setdefault(label, {})
                    kept.setdefault(kind, []).append(wall)
                    if kind != "warm":
                        kept.setdefault("cpu" if kind == "after" else "cold cpu", []).append(cpu)
    return out


def _prepare(corpus: Any, kind: str) -> None:
    """Before a sample: a write (``after``: every remembered value goes),
    the memo cleared without a write (``cold``: what the store keeps and
    the window's caches stay), or nothing (``warm``)."""
    if kind == "after":
        corpus.store.set_meta("bench", str(time.time()))
    elif kind == "cold":
        corpus._forget()  # the memo of a write's commit hook, without the write


def _keywords(corpus: Any) -> dict[str, str]:
    """``/summary`` of each of :data:`KEYWORDS` and of the most mentioned chip."""
    from summarizer.entities import CHIP

    top = corpus.entity_stats(CHIP)[0].name
    return {f"/summary {w}": f"/summary {w}" for w in KEYWORDS} | {
        "/summary CHIP": f"/summary {top}"
    }


def _found_chip(corpus: Any) -> dict[str, str]:
    """``/chips NAME`` of the most mentioned chip the catalogue does not
    know (found in the articles: its name is looked up in the store)."""
    from summarizer.entities import CHIP

    found = [s.name for s in corpus.entity_stats(CHIP) if s.key not in corpus.index.entities]
    return {"/chips NAME, found chip": f"/chips {found[0]}"} if found else {}


def _timed(call: Callable[..., object], *args: object) -> tuple[float, float]:
    start, thread = time.perf_counter(), time.thread_time()
    call(*args)
    return (time.perf_counter() - start) * 1000, (time.thread_time() - thread) * 1000


def _run(root: Path, stores: list[Path], repeat: int, forms: str) -> list[Samples]:
    env = {**os.environ, "PYTHONPATH": str(root)}
    argv = [PY, __file__, "--measure", ",".join(map(str, stores)), "--repeat", str(repeat)]
    argv += ["--forms", forms]
    done = subprocess.run(argv, env=env, cwd=root, capture_output=True, text=True, check=True)
    print(done.stderr.strip(), file=sys.stderr)
    return list(json.loads(done.stdout))


def _copies(
    stores: Path, sizes: list[int], versions: dict[str, Path]
) -> dict[tuple[str, int], Path]:
    folder = stores / "flat"
    folder.mkdir(exist_ok=True)
    out = {}
    for name in versions:
        for size in sizes:
            copy = folder / f"store{size}.{name}.sqlite3"
            if not copy.exists():
                shutil.copy(stores / f"store{size}.sqlite3", copy)
            out[name, size] = copy
    return out


def _pct(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def table(pooled: dict[tuple[str, int], Samples], sizes: list[int]) -> str:
    names = list(dict.fromkeys(n for n, _ in pooled))
    low, high = sizes[0], sizes[-1]
    head = ["after a write, p50 / p99 ms"]
    for name in names:
        head += [f"{name} {low:,}", f"{name} {high:,}", f"{name} ratio p50 / p99"]
    rows = ["| " + " | ".join(head) + " |", "|---" * len(head) + "|"]
    labels = list(next(iter(pooled.values())))
    suffix = {"after": "", "cpu": ", CPU of the thread", "cold cpu": ", cold, CPU"}
    suffix["warm"] = ", remembered"
    for kind in suffix:
        for label in labels:
            cells = [label + suffix[kind]]
            for name in names:
                a, b = pooled[name, low][label][kind], pooled[name, high][label][kind]
                cells += [f"{statistics.median(x):.2f} / {_pct(x, 0.99):.2f}" for x in (a, b)]
                ratio = statistics.median(b) / statistics.median(a), _pct(b, 0.99) / _pct(a, 0.99)
                cells.append("{:.2f} / {:.2f}".format(*ratio))
            rows.append("| " + " | ".join(cells) + " |")
    return "\n".join(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--stores", help="scale.py --keep DIR (store1000.sqlite3, ...)")
    parser.add_argument("--sizes", default="1000,10000")
    parser.add_argument("--before", help="another checkout of briefbot to compare with")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--repeat", type=int, default=100)
    parser.add_argument("--forms", default="", help="only labels containing one of these")
    parser.add_argument("--measure", help=argparse.SUPPRESS)
    parser.add_argument("--json", help="also write the pooled samples here")
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(measure(args.measure.split(","), args.repeat, args.forms)))
        return
    sizes = [int(n) for n in args.sizes.split(",")]
    versions = {"now": ROOT} | ({"before": Path(args.before).resolve()} if args.before else {})
    copies = _copies(Path(args.stores), sizes, versions)
    pooled: dict[tuple[str, int], Samples] = {}
    for number in range(args.rounds):
        order = list(versions) if number % 2 == 0 else list(reversed(versions))
        for name in order:
            stores = [copies[name, size] for size in sizes]
            found = _run(versions[name], stores, args.repeat, args.forms)
            for size, samples in zip(sizes, found, strict=True):
                for label, kinds in samples.items():
                    kept = pooled.setdefault((name, size), {}).setdefault(label, {})
                    for kind, values in kinds.items():
                        kept.setdefault(kind, []).extend(values)
            print(f"round {number + 1}: {name} done", file=sys.stderr)
    if args.json:
        Path(args.json).write_text(json.dumps({f"{n} {s}": v for (n, s), v in pooled.items()}))
    print(table(pooled, sizes))


if __name__ == "__main__":
    main()
