"""Retrain the runtime headline model, ``summarizer/data/head_model.json``
(issue 13, session 19, branch r20combo; the experiment: docs/head-scorer.md).

Data: every labelled set on main, the sealed ones included (they have had
their first run), read by :mod:`head_scorer_data` with the runtime's
features (:mod:`summarizer.head_model`). The model sees no feature made from
the rules' pick (``rule_pick``, ``is_post_rule``, ``is_pre_rule``): its
opinion is its own, so the rules' pick can be changed after the fact.

Thresholds ``(rule_below, other_above)``: under leave-one-set-out (each set
scored by a model trained on all the others), the pairs that change no title
on any set but the odd-page ones; of those the chosen one is printed with
why. The forward test then trains on the blind sets numbered below each set
only and replays the rules' recorded first run (each README's ``wrong
title`` lines): titles the combination would fix and break.

    uv run python benchmarks/head_model_train.py [--rebuild]   # ~3 min to build
"""

from __future__ import annotations

import ast
import json
import os
import re
import sys
from pathlib import Path

os.environ["BRIEFBOT_HEAD_MODEL"] = "0"  # the rules' titles, never the model's

import numpy as np
from head_scorer_cv import (
    Pack,
    Summary,
    _by_set,
    _number,
    first_run,
    fit,
    pack,
    probs,
    subset,
    summary,
)
from head_scorer_data import DATA, NAMES, cached, label_sets

from summarizer.head_model import WEIGHTS

CACHE = Path("/tmp/head_model_data.json")
ODD = ("extract_dev44", "extract_dev55", "extract_dev59", "extract_dev62")  # "odd pages"
A_GRID = (0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2)
B_GRID = (0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.99)
MASK = np.array([0.0 if n in ("rule_pick", "is_post_rule", "is_pre_rule") else 1.0 for n in NAMES])


def changes(p: Pack, s: Summary, a: float, b: float) -> tuple[int, int]:
    """Titles the combination changes, and how many of those it makes right."""
    switch = (s.p_rule < a) & (s.p_best >= b)
    return int(switch.sum()), int((switch & (s.best > 0)).sum())


def loso(p: Pack) -> dict[str, tuple[Pack, Summary]]:
    out = {}
    for name, idx in sorted(_by_set(p.arts).items()):
        train = [i for s, ids in _by_set(p.arts).items() if s != name for i in ids]
        te = subset(p, idx)
        out[name] = (te, summary(te, probs(te, fit(subset(p, train), MASK))))
        print(name, file=sys.stderr, flush=True)
    return out


def feasible(folds: dict[str, tuple[Pack, Summary]]) -> list[tuple[float, float]]:
    """The pairs that change no title outside the odd-page sets."""
    return [
        (a, b)
        for a in A_GRID
        for b in B_GRID
        if all(changes(te, s, a, b)[0] == 0 for n, (te, s) in folds.items() if n not in ODD)
    ]


def pick(ok: list[tuple[float, float]]) -> tuple[float, float]:
    """A feasible pair one grid step inside the feasible region: its next
    larger ``a`` and next smaller ``b`` are feasible too (a margin for sets
    unlike these); of those the largest ``a``, then the smallest ``b``."""

    def inside(a: float, b: float) -> bool:
        ia, ib = A_GRID.index(a), B_GRID.index(b)
        up = A_GRID[min(ia + 1, len(A_GRID) - 1)]
        down = B_GRID[max(ib - 1, 0)]
        return (up, b) in ok and (a, down) in ok and (up, down) in ok

    inner = [ab for ab in ok if inside(*ab)] or ok
    return max(inner, key=lambda ab: (ab[0], -ab[1]))


_WRONG = re.compile(r"^wrong title: (\S+): expected (.+), got (.+)$", re.M)


def first_run_picks(name: str) -> dict[str, str | None]:
    """File → the title the rules printed on the set's first run, where wrong."""
    readme = (DATA / name / "README.md").read_text("utf-8")
    part = readme[readme.find("## First run") :]
    out: dict[str, str | None] = {}
    for m in _WRONG.finditer(part):
        try:
            out.setdefault(m.group(1), ast.literal_eval(m.group(3)))
        except (ValueError, SyntaxError):
            out.setdefault(m.group(1), m.group(3))
    return out


def replay(te: Pack, prob: np.ndarray, name: str, a: float, b: float) -> tuple[int, int, int]:
    """The first run replayed: (right then, fixed, broken) by the combination."""
    wrong = first_run_picks(name)
    right = fixed = broken = 0
    for i, art in enumerate(te.arts):
        ok = art.file not in wrong
        right += ok
        n = len(art.rows)
        if art.fixed or n < 2:
            continue
        got = art.gold if ok else wrong[art.file]
        same = [j for j in range(n) if got is not None and _same_title(art.titles[j], got)]
        if not same:
            continue
        pr = prob[i, :n]
        best = max((j for j in range(n) if j != same[0]), key=lambda j: pr[j])
        if pr[same[0]] < a and pr[best] >= b:
            fixed += (not ok) and art.right(best)
            broken += ok and not art.right(best)
    return right, fixed, broken


def _same_title(x: str, y: str) -> bool:
    return " ".join(x.split()).casefold() == " ".join(y.split()).casefold()


def forward(p: Pack, a: float, b: float) -> list[str]:
    groups = _by_set(p.arts)
    out = ["| set | n | rules first run | combo fixes | combo breaks |", "|---|---|---|---|---|"]
    tot = np.zeros(4, dtype=int)
    odd = np.zeros(4, dtype=int)
    for name in sorted(groups, key=_number):
        if _number(name) < 10 or first_run(name) is None:
            continue
        train = [i for s, ids in groups.items() if 0 <= _number(s) < _number(name) for i in ids]
        te = subset(p, groups[name])
        right, fixed, broken = replay(te, probs(te, fit(subset(p, train), MASK)), name, a, b)
        row = np.array([len(te.arts), right, fixed, broken])
        tot += row
        odd += row if name in ODD else 0
        if fixed or broken or name in ODD:
            short = name.removeprefix("extract_")
            out.append(f"| {short} | {row[0]} | {right}/{row[0]} | {fixed} | {broken} |")
    for label, r in (("odd pages", odd), ("all sets", tot)):
        out.append(f"| **{label}** | {r[0]} | {r[1]}/{r[0]} | {r[2]} | {r[3]} |")
    return out


def cv_table(folds: dict[str, tuple[Pack, Summary]], a: float, b: float) -> list[str]:
    out = ["| set | n | rules now | model alone | combo changes (right) |", "|---|---|---|---|---|"]
    for name in sorted(folds, key=_number):
        te, s = folds[name]
        n, right = changes(te, s, a, b)
        out.append(
            f"| {name.removeprefix('extract_')} | {len(te.arts)} | {int(s.rules.sum())} "
            f"| {int(s.top.sum())} | {n} ({right}) |"
        )
    return out


def save(p: Pack, a: float, b: float) -> None:
    w = fit(p, MASK)
    spec = {
        "about": "benchmarks/head_model_train.py: conditional logit over headline candidates",
        "trained_on": sorted(_by_set(p.arts)),
        "articles": len(p.arts),
        "rule_below": a,
        "other_above": b,
        "features": NAMES,
        "weights": [round(float(x), 6) for x in w],
    }
    WEIGHTS.write_text(json.dumps(spec, ensure_ascii=False, indent=1) + "\n", "utf-8")


def main(argv: list[str]) -> None:
    if "--rebuild" in argv and CACHE.exists():
        CACHE.unlink()
    p = pack(cached(CACHE, label_sets(with_sealed=True)))
    print(f"{len(p.arts)} articles, {len(_by_set(p.arts))} sets, {int(p.valid.sum())} lines")
    folds = loso(p)
    ok = feasible(folds)
    print("pairs changing no title outside the odd-page sets:", ok)
    a, b = pick(ok)
    print(f"chosen: rule_below {a}, other_above {b}\n")
    print("\n".join(cv_table(folds, a, b)))
    print("\nforward in time (earlier blind sets only), the first runs replayed:")
    print("\n".join(forward(p, a, b)))
    save(p, a, b)
    print(f"\nwrote {WEIGHTS}")


if __name__ == "__main__":
    main(sys.argv[1:])
