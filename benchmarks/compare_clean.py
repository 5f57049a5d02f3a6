"""``clean_article`` of two code versions over the same texts, compared whole
(paragraphs, metadata, everything it returns), with the learned headline check
on. Prints the count and the first differences; exit status 1 on one.

    mkdir -p /tmp/old && git archive main summarizer | tar -x -C /tmp/old
    mv /tmp/old/summarizer /tmp/old/summarizer_old
    uv run python benchmarks/compare_clean.py /tmp/old FOLDER [FOLDER ...]

A folder's ``*.txt`` files are read as the labelled sets' evaluation reads
them (``decode_bytes`` then ``normalize``); folders are searched recursively.
"""

from __future__ import annotations

import importlib
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main() -> None:
    old, folders = sys.argv[1], sys.argv[2:]
    sys.path.insert(0, old)
    os.environ["BRIEFBOT_HEAD_MODEL"] = "1"
    versions = {}
    for name in ("summarizer_old", "summarizer"):
        clean = importlib.import_module(f"{name}.clean")
        text = importlib.import_module(f"{name}.text")
        versions[name] = (clean.clean_article, text)
    files = sorted(p for f in folders for p in Path(f).rglob("*.txt"))
    differ = 0
    for path in files:
        answers = []
        for clean_article, text in versions.values():
            body = text.normalize(text.decode_bytes(path.read_bytes()))
            answers.append(repr(clean_article(body)))
        if answers[0] != answers[1]:
            differ += 1
            if differ <= 5:
                print(f"differs: {path}")
    print(f"{len(files)} texts, {differ} differ")
    sys.exit(1 if differ else 0)


if __name__ == "__main__":
    main()
