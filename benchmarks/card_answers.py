"""The ``/chips NAME`` card of many chips and the daily briefing, to compare
two code versions on the same store (issue 14, figures kept at ingest).

    uv run python benchmarks/card_answers.py answers STORE OUT.json [--chips 400]
    PYTHONPATH=/other/version uv run python benchmarks/card_answers.py answers STORE B.json
    uv run python benchmarks/card_answers.py diff A.json B.json

``answers`` writes the whole reply (text, sections, sources and the JSON
data) of ``/chips NAME`` in Korean and English for the ``--chips`` most
mentioned chips and for every fifth of the rest, the reply asked again
right after a write (so it is built, not remembered), and the daily
briefing (text and JSON) at four moments, from the start and over the
last 12 hours (no topic or one or two, Korean and English). Run each version on its own copy
of the store: a version may add its own tables.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.append(str(ROOT))  # after PYTHONPATH: another version's code wins

from store_answers import ZONE, _now  # noqa: E402

from bot.adapters.console import brief  # noqa: E402
from handlers import Context, dispatch, parse  # noqa: E402
from handlers.briefing import BRIEFING_SCAN, daily_briefing, new_article_ids  # noqa: E402
from summarizer.corpus import Corpus  # noqa: E402
from summarizer.entities import CHIP  # noqa: E402
from summarizer.store import Store  # noqa: E402


def _reply(reply: object) -> str:
    data = dict(reply.data)  # type: ignore[attr-defined]
    return repr(dataclasses.replace(reply, data=data))  # type: ignore[type-var]


def answers(store: str, out: str, chips: int) -> None:
    corpus = Corpus(Store(store))
    context = Context(corpus)
    names = [s.name for s in corpus.entity_stats(CHIP)]
    names = names[:chips] + names[chips::5]
    found: dict[str, str] = {}
    for name in names:
        for language in ("ko", "en"):
            text, key = f"/chips {name}", f"/chips {name} ({language})"
            found[key] = _reply(dispatch(parse(text, language=language), context))
            corpus.store.set_meta("bench", text)  # the next reply is built again
            again = _reply(dispatch(parse(text, language=language), context))
            if again != found[key]:
                found[key + " again"] = again
    newest = _now(corpus)
    for hours in (0, 6, 30, 24 * 8):
        now = newest - timedelta(hours=hours)
        found[f"brief -{hours}h"] = brief(context, since=None, zone=ZONE, now=now)
        as_json = brief(context, since=None, zone=ZONE, now=now, as_json=True)
        found[f"brief json -{hours}h"] = as_json
        since = now - timedelta(hours=12)
        for topics in ((), ("엔비디아",), ("HBM", "전력")):
            for language in ("ko", "en"):
                ids = new_article_ids(corpus, since, BRIEFING_SCAN, until=now)
                day = now.astimezone(ZONE).date()
                reply = daily_briefing(
                    context, article_ids=ids, day=day, since=since, language=language, topics=topics
                )
                found[f"brief -{hours}h since 12h {topics} {language}"] = _reply(reply)
    Path(out).write_text(json.dumps(found, ensure_ascii=False, indent=0), "utf-8")
    print(f"{len(names)} chips, {len(found)} replies → {out}")


def diff(first: str, second: str) -> None:
    a = json.loads(Path(first).read_text("utf-8"))
    b = json.loads(Path(second).read_text("utf-8"))
    differing = sorted(k for k in a.keys() | b.keys() if a.get(k) != b.get(k))
    for key in differing:
        print(f"differs: {key}")
    print(f"{len(a)} / {len(b)} replies, {len(differing)} differ")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("action", choices=("answers", "diff"))
    parser.add_argument("first")
    parser.add_argument("second")
    parser.add_argument("--chips", type=int, default=400)
    args = parser.parse_args()
    if args.action == "answers":
        answers(args.first, args.second, args.chips)
    else:
        diff(args.first, args.second)


if __name__ == "__main__":
    main()
