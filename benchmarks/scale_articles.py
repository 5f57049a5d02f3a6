"""Realistic synthetic Korean articles for the scale benchmark.

Every article is reworded from real sentences: the dev half of
sci-news-sum-kr-50, the bundled seed articles and the labelled test days.
An article draws about 900 characters of sentences from one source plus a
few from others, swaps chip, company and number mentions, and gets its own
headline, outlet line, date and byline. Two articles share few sentences, so
neither the store's same-text check nor story linking collapses them.

    uv run python benchmarks/scale_articles.py 1000 /tmp/articles
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
_SPLIT = re.compile(r"(?<=[다요음함임까])\.\s+|(?<=[.!?])\s+(?=[가-힣A-Z\"'“‘(\[])")
_NUMBER = re.compile(r"(?<![A-Za-z\d.])\d+(?:\.\d+)?(?![A-Za-z\d])")
SWAPS = (
    ("엔비디아", "AMD", "인텔", "퀄컴", "브로드컴", "구글"),
    ("H100", "H800", "H20", "A100", "B200", "MI300X", "가우디3", "TPU v5"),
    ("삼성전자", "SK하이닉스", "마이크론", "TSMC", "LG전자"),
    ("화웨이", "캠브리콘", "바이두", "알리바바", "텐센트"),
    ("어센드 910B", "어센드 910C", "쿤룬 P800", "MLU370"),
    ("HBM3E", "HBM4", "HBM3", "GDDR7"),
)
OUTLETS = ("한빛일보", "테크누리", "반도체오늘", "디지털온", "칩인사이트", "미래경제", "서울테크")
NAMES = ("김하늘", "이도윤", "박서연", "최민준", "정유진", "강지호", "윤채원", "임태양")
CONNECTIVES = ("한편 ", "특히 ", "이와 관련해 ", "업계에 따르면 ", "다만 ", "또 ", "")


def _sentences(text: str) -> list[str]:
    out = []
    for line in text.splitlines():
        for piece in _SPLIT.split(line.strip()):
            piece = piece.strip()
            if 25 <= len(piece) <= 220 and re.search("[가-힣]", piece):
                out.append(piece if piece.endswith((".", "다", "?", "!")) else piece + ".")
    return [s if s.endswith((".", "?", "!")) else s + "." for s in out]


def source_pool() -> list[list[str]]:
    """Each real article as a list of usable sentences."""
    pool: list[list[str]] = []
    for path in sorted((SHARED / "data/sci-news-sum-kr-50/dev").glob("*.json")):
        doc = json.loads(path.read_text("utf-8"))
        pool.append(_sentences("\n".join(doc["sentences"])))
    files = [*sorted((SHARED / "seeds").glob("*.txt"))]
    files += sorted((ROOT / "tests/data").glob("*/*.txt"))
    for path in files:
        try:
            text = path.read_text("utf-8")
        except UnicodeDecodeError:
            continue
        pool.append(_sentences(text))
    return [p for p in pool if len(p) >= 4]


def _reword(sentence: str, rng: random.Random) -> str:
    for group in SWAPS:
        for word in group:
            if word in sentence and rng.random() < 0.5:
                sentence = sentence.replace(word, rng.choice(group))
                break
    sentence = _NUMBER.sub(lambda m: _renumber(m.group(0), rng), sentence)
    return rng.choice(CONNECTIVES) + sentence if rng.random() < 0.3 else sentence


def _renumber(number: str, rng: random.Random) -> str:
    if "." in number:
        return f"{float(number) * rng.uniform(0.5, 1.5):.1f}"
    value = int(number)
    return str(max(1, int(value * rng.uniform(0.5, 1.6)))) if value else number


def article(n: int, pool: list[list[str]], rng: random.Random) -> str:
    """Article ``n``: about 900 characters reworded from one source and a
    few sentences of others."""
    main = pool[rng.randrange(len(pool))]
    start = rng.randrange(max(1, len(main) - 8))
    body: list[str] = []
    size = 0
    while size < rng.randint(750, 1000):
        taken = start + len(body)
        if rng.random() < 0.7 and taken < len(main):
            sentence = main[taken]
        else:
            other = pool[rng.randrange(len(pool))]
            sentence = other[rng.randrange(len(other))]
        body.append(_reword(sentence, rng))
        size += len(body[-1]) + 1
    outlet, name = rng.choice(OUTLETS), rng.choice(NAMES)
    headline = _reword(body[0], rng).rstrip(".")[:48].rstrip()
    day = f"2026-{rng.randint(1, 11):02d}-{rng.randint(1, 28):02d}"
    paragraphs = [" ".join(body[i : i + 3]) for i in range(0, len(body), 3)]
    paragraphs[0] = f"[{outlet} {name} 기자] " + paragraphs[0]
    return (
        f"{headline} …{n}\n\n입력 {day} {rng.randint(6, 22):02d}:{rng.randint(0, 59):02d}\n\n"
        + "\n\n".join(paragraphs)
        + f"\n\n{name} 기자\n"
    )


def generate(count: int, seed: int = 14) -> list[str]:
    pool = source_pool()
    rng = random.Random(seed)
    return [article(n, pool, rng) for n in range(count)]


def write(count: int, folder: Path, seed: int = 14) -> list[str]:
    folder.mkdir(parents=True, exist_ok=True)
    texts = generate(count, seed)
    for n, text in enumerate(texts):
        (folder / f"{n:06d}.txt").write_text(text, "utf-8")
    return texts


if __name__ == "__main__":
    made = write(int(sys.argv[1]), Path(sys.argv[2]))
    print(f"{len(made)} articles, {sum(map(len, made)) / len(made):.0f} characters on average")
