"""Every command's reply on a store, and its CPU cost, to compare two code
versions (or two layouts) of the same store (issue 14, compact store).

    uv run python benchmarks/store_answers.py answers STORE OUT.json
    uv run python benchmarks/store_answers.py cpu STORE [--repeat 40]
    uv run python benchmarks/store_answers.py diff A.json B.json

``answers`` writes the reply (its repr: text, sections, sources and JSON
data) of about thirty commands and of the daily briefing at a fixed time;
``diff`` names the commands whose replies differ (file paths of the article
folder aside). ``cpu`` times each command right after a write (the
remembered reply gone) in CPU milliseconds of this process: p50, p99 and the
first call, which a loaded shared machine blurs much less than wall time.
Run it with the other version's code on PYTHONPATH to compare.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import re
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.append(str(ROOT))  # after PYTHONPATH: another version's code wins

from bot.adapters.console import brief  # noqa: E402
from handlers import Context, dispatch, parse  # noqa: E402
from summarizer.corpus import Corpus, warm_up  # noqa: E402
from summarizer.entities import CHIP  # noqa: E402
from summarizer.store import Store  # noqa: E402

WORDS = ["엔비디아", "전력 수요", "삼성전자", "hbm", "반도체 수출", "en"]
ZONE = ZoneInfo("Asia/Seoul")


def _now(corpus: Corpus) -> datetime:
    """An hour after the newest article was added: the briefing of the day
    the store was filled, the same for the same store."""
    newest = corpus.store.query("SELECT max(added_at) FROM articles")[0][0]
    when = datetime.fromisoformat(newest) if newest else datetime(2026, 1, 1)
    return (when if when.tzinfo else when.replace(tzinfo=UTC)) + timedelta(hours=1)


def _texts(corpus: Corpus) -> list[str]:
    chips = [s.name for s in corpus.entity_stats(CHIP)]
    newest = corpus.store.max_article_id()
    texts = ["/chips", "/chips en", "/sources", "/summary", "/stories"]
    texts += [f"/summary {w}" for w in WORDS] + ["/stories 엔비디아", "/trend 엔비디아"]
    texts += [f"/stories {w}" for w in WORDS[1:4]] + [f"/summary {n}" for n in chips[:3]]
    texts += [f"/chips {n}" for n in chips[:5] + chips[-3:]]
    texts += [f"/summary {i}" for i in (1, 2, newest // 2, newest)]
    return texts + [f"/story {i}" for i in (1, newest)]


def _reply(reply: object) -> str:
    """The reply's repr with its JSON data read (a lazy /chips list too)."""
    data = dict(reply.data)  # type: ignore[attr-defined]
    return repr(dataclasses.replace(reply, data=data))  # type: ignore[type-var]


def answers(store: str, out: str) -> None:
    corpus = Corpus(Store(store))
    context = Context(corpus)
    found = {t: _reply(dispatch(parse(t), context)) for t in _texts(corpus)}
    now = _now(corpus)
    found["brief"] = brief(context, since=None, zone=ZONE, now=now)
    found["brief json"] = brief(context, since=None, zone=ZONE, now=now, as_json=True)
    Path(out).write_text(json.dumps(found, ensure_ascii=False, indent=0), "utf-8")
    print(f"{len(found)} replies → {out}")


def diff(first: str, second: str) -> None:
    def load(path: str) -> dict[str, str]:
        folder = re.compile(r"""(['"]file['"]: ['"])[^'"]*/""")  # where the articles were
        data = json.loads(Path(path).read_text("utf-8"))
        return {k: folder.sub(r"\1", v) for k, v in data.items()}

    a, b = load(first), load(second)
    differ = sorted(k for k in a.keys() | b.keys() if a.get(k) != b.get(k))
    print(f"{len(a)} / {len(b)} replies; differ: {differ or 'none'}")


def cpu(store: str, repeat: int) -> None:
    corpus = Corpus(Store(store))
    context = Context(corpus)
    warm_up()
    top = corpus.entity_stats(CHIP)[0].name
    texts = ["/chips", f"/chips {top}", "/sources", "/summary", "/summary 엔비디아"]
    calls: dict[str, Callable[[], object]] = {
        t: (lambda t=t: dispatch(parse(t), context)) for t in [*texts, "/summary 전력 수요"]
    }
    now = _now(corpus)
    calls["daily briefing"] = lambda: brief(context, since=None, zone=ZONE, now=now)
    for label, call in calls.items():
        times = []
        for _ in range(repeat + 1):
            corpus.store.set_meta("bench", str(time.time()))  # the remembered reply goes
            start = time.process_time()
            call()
            times.append((time.process_time() - start) * 1000)
        first, rest = times[0], sorted(times[1:])
        p99 = rest[min(len(rest) - 1, int(0.99 * len(rest)))]
        print(f"{label:24s} p50 {rest[len(rest) // 2]:6.1f}  p99 {p99:6.1f}  first {first:6.1f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("mode", choices=["answers", "cpu", "diff"])
    parser.add_argument("paths", nargs="+")
    parser.add_argument("--repeat", type=int, default=40)
    args = parser.parse_args()
    if args.mode == "answers":
        answers(args.paths[0], args.paths[1])
    elif args.mode == "diff":
        diff(args.paths[0], args.paths[1])
    else:
        cpu(args.paths[0], args.repeat)


if __name__ == "__main__":
    main()
