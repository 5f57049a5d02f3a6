"""Speed and memory of the core, measured side by side in one run.

    uv run python benchmarks/bench_core.py [--sizes 100,1000,10000] [--articles 300]

1. ingest throughput: ``Corpus.add_texts`` (the whole pipeline: clean,
   metadata, Kiwi, ranking, entities, SQLite) against raw ``Kiwi.tokenize``
   on the same paragraphs, both through Kiwi's batch API on every core;
2. command latency p50/p99 of /chips, /sources, /summary, /summary 엔비디아 on
   stores of each size (one subprocess per store, so its peak memory is its
   own);
3. start-up to first answer of ``briefbot ask`` on the analysed largest
   store, against a process that only loads Kiwi.

Synthetic articles are built from the dev sentences of sci-news-sum-kr-50
with chip and company mentions mixed in. ``--articles`` of them go through
the real pipeline; larger stores repeat those analysed rows under new ids
(re-analysing 10,000 articles would measure nothing new and take minutes).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared/data/sci-news-sum-kr-50/dev"
COMMANDS = ("/chips", "/sources", "/summary", "/summary 엔비디아")
MENTIONS = (
    "엔비디아는 H800과 H20을 중국에 공급해 왔다고 밝혔다.",
    "화웨이의 어센드 910B는 딥시크 모델의 추론에 쓰인다.",
    "SK하이닉스는 HBM 물량 대부분을 엔비디아 H100용으로 공급한다.",
    "업계는 A100 재고가 바닥났다고 본다.",
    "삼성전자는 엔비디아에 HBM3E 공급을 추진하고 있다.",
    "캠브리콘은 자체 칩으로 중국 데이터센터 수요를 노린다.",
)


def synthetic_articles(count: int, seed: int = 7) -> list[str]:
    """``count`` distinct articles: a dev title, paragraphs of dev sentences
    from one article, and one or two entity sentences."""
    sources = [json.loads(p.read_text("utf-8")) for p in sorted(DEV.glob("*.json"))]
    rng = random.Random(seed)
    texts = []
    for n in range(count):
        src = sources[n % len(sources)]
        sentences = [s.rstrip(".") + "." for s in src["sentences"]]
        start = rng.randrange(max(1, len(sentences) - 12))
        body = sentences[start : start + rng.randint(8, 16)]
        body.insert(rng.randrange(len(body) + 1), rng.choice(MENTIONS))
        if rng.random() < 0.5:
            body.insert(rng.randrange(len(body) + 1), rng.choice(MENTIONS))
        paragraphs = [" ".join(body[i : i + 3]) for i in range(0, len(body), 3)]
        # A dateline keeps every text distinct (the store dedupes by hash).
        texts.append(f"{src['title']}\n\n[합성 {n}호] " + "\n\n".join(paragraphs))
    return texts


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# ------------------------------------------------------------- throughput
def throughput(count: int, store_path: Path) -> dict[str, float]:
    from summarizer.analysis import get_kiwi
    from summarizer.clean import clean_article
    from summarizer.corpus import Corpus
    from summarizer.store import Store
    from summarizer.text import normalize

    texts = synthetic_articles(count)
    kiwi = get_kiwi()
    kiwi.tokenize("준비")  # Kiwi initialises lazily; not part of either figure
    paragraphs = [p for t in texts for p in clean_article(normalize(t)).paragraphs]
    chars = sum(len(p) for p in paragraphs)
    # Warm both paths once (sumy/nltk import, SQLite schema) on other texts.
    warm = Corpus(Store(":memory:"))
    warm.add_texts(synthetic_articles(5, seed=1))
    best_raw = best_pipe = float("inf")
    for round_ in range(2):
        start = time.perf_counter()
        for _ in kiwi.tokenize(paragraphs):
            pass
        best_raw = min(best_raw, time.perf_counter() - start)
        path = store_path.with_suffix(f".{round_}.sqlite3")
        corpus = Corpus(Store(path))
        start = time.perf_counter()
        corpus.add_texts(texts)
        best_pipe = min(best_pipe, time.perf_counter() - start)
        if round_ == 0:
            corpus.store.close()
            path.unlink()
            for suffix in ("-wal", "-shm"):
                Path(str(path) + suffix).unlink(missing_ok=True)
        else:
            corpus.store.close()
            path.rename(store_path)
            for suffix in ("-wal", "-shm"):
                Path(str(path) + suffix).unlink(missing_ok=True)
    return {
        "articles": count,
        "chars": chars,
        "raw_kiwi_s": best_raw,
        "pipeline_s": best_pipe,
        "raw_kiwi_chars_per_s": chars / best_raw,
        "pipeline_chars_per_s": chars / best_pipe,
        "ratio": best_raw / best_pipe,
    }


# ------------------------------------------------------------ stores
def grow_store(seed_store: Path, target: Path, size: int) -> None:
    """Copy the analysed seed store and repeat its articles under new ids
    until it holds ``size`` articles (rows copied, not re-analysed)."""
    import shutil
    import sqlite3

    shutil.copy(seed_store, target)
    db = sqlite3.connect(target, isolation_level=None)
    db.execute("PRAGMA journal_mode=WAL")
    seeds = [r[0] for r in db.execute("SELECT id FROM articles ORDER BY id")]
    have = len(seeds)
    if have > size:
        db.execute("BEGIN")
        db.execute("DELETE FROM articles WHERE id > ?", (seeds[size - 1],))
        db.execute("COMMIT")
    db.execute("BEGIN")
    for n in range(have, size):
        src = seeds[n % len(seeds)]
        cur = db.execute(
            "INSERT INTO articles(content_hash, file, url, title, publisher, author, published,"
            " added_at, raw, raw_z) SELECT content_hash || ':' || ?, NULL, url, title,"
            " publisher, author, published, added_at, raw || ?, raw_z FROM articles WHERE id = ?",
            (n, f"\n{n}", src),
        )
        new = cur.lastrowid
        db.execute(
            "INSERT INTO sentences SELECT ?, idx, paragraph, text, terms, score, rank"
            " FROM sentences WHERE article_id = ?",
            (new, src),
        )
        db.execute(
            "INSERT INTO sentence_pack SELECT ?, body FROM sentence_pack WHERE article_id = ?",
            (new, src),
        )
        db.execute(
            "INSERT INTO mentions SELECT ?, sentence_idx, entity, kind, surface, vendor, seq"
            " FROM mentions WHERE article_id = ?",
            (new, src),
        )
    db.execute("UPDATE meta SET value = 'stale' WHERE key = 'index'")  # rebuilt on open
    db.execute("COMMIT")
    db.execute("ANALYZE")
    db.close()
    from summarizer.store import Store

    Store(target).close()  # let the store bring its derived tables up to date


def latency(store: Path, repeat: int) -> dict[str, object]:
    """Run in a subprocess: open the store, answer each command ``repeat``
    times, report p50/p99 in ms and the process's peak memory."""
    code = (
        "import json, sys\n"
        f"sys.path.insert(0, {str(ROOT)!r})\n"
        "from benchmarks.bench_core import _measure\n"
        f"print(json.dumps(_measure({str(store)!r}, {repeat})))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    return dict(json.loads(out.stdout.strip().splitlines()[-1]))


def _measure(store: str, repeat: int) -> dict[str, object]:
    from handlers import Context, dispatch, parse
    from summarizer.corpus import Corpus, warm_up
    from summarizer.store import Store

    warm_up()  # the running bot has Kiwi loaded: count its memory too
    corpus = Corpus(Store(store))
    context = Context(corpus)
    result: dict[str, object] = {"articles": corpus.store.article_count()}
    for text in COMMANDS:
        command = parse(text)
        assert command is not None
        reply = dispatch(command, context)
        assert reply.ok, text
        times = []
        for _ in range(repeat):
            start = time.perf_counter()
            dispatch(command, context)
            times.append((time.perf_counter() - start) * 1000)
        times.sort()
        result[text] = {
            "p50": statistics.median(times),
            "p99": times[min(len(times) - 1, round(0.99 * (len(times) - 1)))],
        }
    result["peak_mb"] = _peak_mb()
    return result


# ------------------------------------------------------------ start-up
def startup(store: Path, empty_corpus: Path, runs: int = 3) -> dict[str, float]:
    """Wall time of a fresh process: Kiwi load only, and ``briefbot ask``
    answering on the analysed store (best of ``runs``)."""
    kiwi_only = [
        sys.executable,
        "-c",
        "from kiwipiepy import Kiwi; Kiwi().tokenize('준비')",
    ]
    env = dict(os.environ, BRIEFBOT_CORPUS_PATH=str(empty_corpus))
    out: dict[str, float] = {}
    cases = {
        "kiwi_load_s": kiwi_only,
        "ask_summary_s": [sys.executable, "-m", "bot.cli", "ask", "--store", str(store)]
        + ["/summary"],
        "ask_summary_keyword_s": [
            sys.executable,
            "-m",
            "bot.cli",
            "ask",
            "--store",
            str(store),
            "/summary 전력 수요",
        ],
    }
    for name, argv in cases.items():
        best = float("inf")
        for _ in range(runs):
            start = time.perf_counter()
            subprocess.run(argv, check=True, capture_output=True, cwd=ROOT, env=env)
            best = min(best, time.perf_counter() - start)
        out[name] = best
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="100,1000,10000")
    parser.add_argument("--articles", type=int, default=300, help="articles run through Kiwi")
    parser.add_argument("--repeat", type=int, default=100, help="runs per command")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    sys.path.insert(0, str(ROOT))
    with tempfile.TemporaryDirectory(prefix="briefbot-bench-") as tmp:
        work = Path(tmp)
        seed = work / "seed.sqlite3"
        print(f"ingest: {args.articles} synthetic articles, best of 2", flush=True)
        t = throughput(args.articles, seed)
        for label, key in (("raw Kiwi.tokenize", "raw_kiwi"), ("Corpus.add_texts", "pipeline")):
            print(f"  {label:18} {t[key + '_s']:.2f} s  {t[key + '_chars_per_s']:,.0f} chars/s")
        print(f"  pipeline / raw Kiwi = {t['ratio']:.2f}  (target >= 0.8)", flush=True)
        print("\nlatency, ms (p50 / p99)", flush=True)
        header = f"  {'articles':>8} | " + " | ".join(f"{c:>18}" for c in COMMANDS) + " | peak MB"
        print(header, flush=True)
        stores = {}
        for size in sizes:
            path = work / f"store{size}.sqlite3"
            grow_store(seed, path, size)
            stores[size] = path
            r = latency(path, args.repeat)
            cells = []
            for c in COMMANDS:
                v = r[c]
                assert isinstance(v, dict)
                cells.append(f"{v['p50']:7.1f} / {v['p99']:7.1f}")
            print(
                f"  {r['articles']:>8} | "
                + " | ".join(f"{x:>18}" for x in cells)
                + f" | {r['peak_mb']:.0f}",
                flush=True,
            )
        empty = work / "empty"
        empty.mkdir()
        s = startup(stores[max(sizes)], empty)
        print(
            f"\nstart-up on the {max(sizes):,}-article store (best of 3 processes)\n"
            f"  Kiwi load alone            {s['kiwi_load_s']:.2f} s\n"
            f"  briefbot ask /summary      {s['ask_summary_s']:.2f} s"
            f"  ({s['ask_summary_s'] / s['kiwi_load_s']:.2f} x Kiwi)\n"
            f"  briefbot ask /summary 전력 수요 {s['ask_summary_keyword_s']:.2f} s"
            f"  ({s['ask_summary_keyword_s'] / s['kiwi_load_s']:.2f} x Kiwi)",
            flush=True,
        )


if __name__ == "__main__":
    main()
