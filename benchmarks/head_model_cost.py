"""CPU cost of the learned headline check (issue 13, summarizer/head_model.py).

Runs ``clean_article`` over the labelled ``.txt`` files with the check off,
then on, in turns, in one process, and prints the best CPU time per article
of each (the check's switch is read on every call)::

    uv run python benchmarks/head_model_cost.py [--files 600] [--rounds 3]
"""

from __future__ import annotations

import argparse
import os
import time
from pathlib import Path

from summarizer.clean import clean_article
from summarizer.head_model import ENV
from summarizer.text import decode_bytes, normalize

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"


def _texts(limit: int) -> list[str]:
    files = sorted(DATA.glob("extract*/*.txt"))[:limit]
    return [normalize(decode_bytes(path.read_bytes())) for path in files]


def _cpu_per_article(texts: list[str], switch: str) -> float:
    os.environ[ENV] = switch
    start = time.process_time()
    for text in texts:
        clean_article(text)
    return (time.process_time() - start) / len(texts) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=600)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    texts = _texts(args.files)
    best = {"0": float("inf"), "1": float("inf")}
    for _ in range(args.rounds):
        for switch in best:
            best[switch] = min(best[switch], _cpu_per_article(texts, switch))
    print(f"{len(texts)} articles, best of {args.rounds}, CPU ms per article")
    print(
        f"headline check off {best['0']:.3f}  on {best['1']:.3f}  ratio {best['1'] / best['0']:.2f}"
    )


if __name__ == "__main__":
    main()
