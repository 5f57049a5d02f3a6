"""Where to set the same-story threshold (summarizer.stories.SAME_STORY).

Prints the containment of character shingles for every pair of the bundled
articles (different articles on one topic: DeepSeek, Nvidia, Chinese chips)
and for the test fixtures' two outlets telling one story, exact and as
estimated from 128-value MinHash signatures, for k = 4, 5, 6.

    uv run python benchmarks/story_threshold.py
"""

from __future__ import annotations

import itertools
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from news_site import H20_A, H20_B, HBM, STARTUPS  # noqa: E402

from summarizer import stories  # noqa: E402
from summarizer.clean import clean_article  # noqa: E402
from summarizer.text import decode_bytes  # noqa: E402


def exact(a: list[str] | tuple[str, ...], b: list[str] | tuple[str, ...]) -> float:
    sa, sb = stories.shingle_set(a), stories.shingle_set(b)
    return len(sa & sb) / max(1, min(len(sa), len(sb)))


def main() -> None:
    bundled = {
        p.name[:3]: clean_article(decode_bytes(p.read_bytes())).paragraphs
        for p in sorted((ROOT / "corpus").glob("*.txt"))
    }
    fixtures = {"h20a": H20_A[1], "h20b": H20_B[1], "hbm": HBM[1], "startups": STARTUPS[1]}
    for k in (4, 5, 6):
        stories.SHINGLE = k
        different = [
            (exact(bundled[a], bundled[b]), a, b) for a, b in itertools.combinations(bundled, 2)
        ]
        different += [
            (exact(fixtures[a], fixtures[b]), a, b)
            for a, b in itertools.combinations(fixtures, 2)
            if {a, b} != {"h20a", "h20b"}
        ]
        worst = max(different)
        same = exact(fixtures["h20a"], fixtures["h20b"])
        estimate = stories.containment(
            stories.signature(fixtures["h20a"]), stories.signature(fixtures["h20b"])
        )
        print(
            f"k={k}: different articles max {worst[0]:.3f} ({worst[1]}/{worst[2]}), "
            f"same story {same:.3f} (MinHash estimate {estimate:.3f})"
        )


if __name__ == "__main__":
    main()
