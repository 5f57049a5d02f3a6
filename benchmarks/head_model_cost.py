"""CPU cost of the learned headline check (issue 13, summarizer/head_model.py).

Runs ``clean_article`` over the labelled ``.txt`` files with the check off,
then on, in turns, in one process, and prints the best CPU time per article
of each (the check's switch is read on every call)::

    uv run python benchmarks/head_model_cost.py [--files 600] [--rounds 3]

With ``--old DIR`` (a folder holding ``summarizer_old/``, another version's
package) the old version's check on runs in the same turns, so before and
after are side by side::

    mkdir -p /tmp/old && git archive main summarizer | tar -x -C /tmp/old
    mv /tmp/old/summarizer /tmp/old/summarizer_old
    uv run python benchmarks/head_model_cost.py --old /tmp/old --rounds 5
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

from summarizer.clean import clean_article
from summarizer.head_model import ENV
from summarizer.text import decode_bytes, normalize

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"


def _texts(limit: int) -> list[str]:
    files = sorted(DATA.glob("extract*/*.txt"))[:limit]
    return [normalize(decode_bytes(path.read_bytes())) for path in files]


def _cpu_per_article(texts: list[str], switch: str, clean: Callable[[str], object]) -> float:
    os.environ[ENV] = switch
    start = time.process_time()
    for text in texts:
        clean(text)
    return (time.process_time() - start) / len(texts) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=600)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--old", help="a folder holding summarizer_old/ (another version)")
    args = parser.parse_args()
    texts = _texts(args.files)
    runs: dict[str, tuple[str, Callable[[str], object]]] = {
        "off": ("0", clean_article),
        "on": ("1", clean_article),
    }
    if args.old:
        sys.path.insert(0, args.old)
        runs["old on"] = ("1", importlib.import_module("summarizer_old.clean").clean_article)
    best = dict.fromkeys(runs, float("inf"))
    for _ in range(args.rounds):
        for name, (switch, clean) in runs.items():
            best[name] = min(best[name], _cpu_per_article(texts, switch, clean))
    print(f"{len(texts)} articles, best of {args.rounds}, CPU ms per article")
    print(f"headline check off {best['off']:.3f}  on {best['on']:.3f}", end="")
    print(f"  ratio {best['on'] / best['off']:.2f}")
    if args.old:
        print(f"old version, check on {best['old on']:.3f}: the check costs", end="")
        print(f" {best['old on'] - best['off']:.3f} before, {best['on'] - best['off']:.3f} now")


if __name__ == "__main__":
    main()
