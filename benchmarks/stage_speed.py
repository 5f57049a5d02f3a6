"""Per-stage CPU of ingest's own Python, two code versions side by side on
the same inputs (min of several alternating rounds: the machine is shared).

    git archive main | tar -x -C /tmp/main   # the version to compare with
    mkdir -p /tmp/old && cp -r /tmp/main/summarizer /tmp/old/summarizer_old
    uv run python benchmarks/stage_speed.py /tmp/a1k /tmp/old [--articles 300]

Kiwi runs once per version (its answers are not what is timed).
"""

from __future__ import annotations

import argparse
import importlib
import sys
import time
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def load(package: str) -> dict[str, ModuleType]:
    names = ("analysis", "batch", "clean", "entities", "minhash", "rank", "text")
    return {n: importlib.import_module(f"{package}.{n}") for n in names}


def inputs(m: dict[str, ModuleType], texts: list[str]) -> list[tuple[Any, ...]]:
    """(text, cleaned paragraphs, body sentences, title terms, title) per article."""
    normal = [m["text"].normalize(t) for t in texts]
    cleaned = [(t, m["clean"].clean_article(t)) for t in normal]
    stream = m["analysis"].analyse_stream(
        cleaned, lambda tc: [*tc[1].paragraphs, tc[1].metadata.title or ""]
    )
    out = []
    for (text, c), sentences in stream:
        n = len(c.paragraphs)
        body = [s for s in sentences if s.paragraph < n and len(s.text) >= 8]
        title_terms = [w for s in sentences if s.paragraph == n for w in s.terms]
        out.append((text, c.paragraphs, body, title_terms, c.metadata.title))
    return out


def clear_line_caches(package: str) -> None:
    """Empty the bounded per-line caches (``lru_cache(maxsize=N)``) of a
    version, so no round is served from an earlier round's answers: each
    round sees its articles for the first time, as ingest does. Unbounded
    caches (``@cache``: data files, catalogues) are loaded once and kept."""
    for name, module in list(sys.modules.items()):
        if name != package and not name.startswith(package + "."):
            continue
        for value in vars(module).values():
            params = getattr(value, "cache_parameters", None)
            if params is not None and params().get("maxsize") is not None:
                value.cache_clear()


def stages(m: dict[str, ModuleType]) -> dict[str, Callable[[tuple[Any, ...]], object]]:
    index = m["entities"].load_index()
    fresh = m["analysis"].AnalysedSentence  # terms recomputed: ingest computes them once

    def renew(body: list[Any]) -> list[Any]:
        return [fresh(s.text, s.paragraph, s.tokens) for s in body]

    return {
        "clean + metadata": lambda a: m["clean"].clean_article(a[0]),
        "MinHash signature": lambda a: m["minhash"].signature(a[1]),
        "content terms": lambda a: [s.terms for s in renew(a[2])],
        "rank": lambda a: m["batch"].rank(renew(a[2]), a[3]),
        "entity mentions": lambda a: m["batch"].mentions(a[2], a[4], index),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("folder")
    parser.add_argument("old", help="a folder holding summarizer_old/")
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    sys.path.insert(0, args.old)
    files = sorted(Path(args.folder).glob("*.txt"))[: args.articles]
    texts = [p.read_text("utf-8") for p in files]
    package = {"before": "summarizer_old", "after": "summarizer"}
    versions = {v: load(p) for v, p in package.items()}
    prepared = {v: (stages(m), inputs(m, texts)) for v, m in versions.items()}
    best: dict[tuple[str, str], float] = {}
    for _ in range(args.rounds):
        for version, (steps, data) in prepared.items():
            for stage, step in steps.items():
                clear_line_caches(package[version])
                start = time.process_time()
                for article in data:
                    step(article)
                spent = 1000 * (time.process_time() - start) / len(data)
                key = (stage, version)
                best[key] = min(best.get(key, spent), spent)
    print(f"{len(texts)} articles, ms CPU per article (best of {args.rounds} rounds)")
    print("| stage | before | after |\n|---|---|---|")
    for stage in prepared["after"][0]:
        print(f"| {stage} | {best[stage, 'before']:.3f} | {best[stage, 'after']:.3f} |")


if __name__ == "__main__":
    main()
