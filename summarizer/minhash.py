"""Near-copies: MinHash signatures of an article body (the special case of
a story that :mod:`summarizer.stories` always joins).

Each article gets a MinHash signature (Broder, "On the resemblance and
containment of documents", 1997) of its body's character shingles: the text
with everything but letters and digits removed, cut into overlapping
``SHINGLE``-character pieces. Character shingles need no analysis and are
indifferent to spacing and to the particles an editor changes; five Hangul
syllables are about one and a half words, long enough that two different
articles on the same topic share few of them.

Two articles are one story when the estimated *containment* of the smaller
shingle set in the larger is at least ``SAME_STORY``: an outlet that runs a
wire story shortened, or with its own lead paragraph, still contains most of
it. The threshold sits between measured values (``benchmarks/story_threshold.py``):
at k = 5, different articles on one topic (the bundled corpus, the test
fixtures) share at most 0.06 of their shingles, while an outlet's rewrite of
a story (own lead and ending, sentences edited) keeps 0.59 (MinHash
estimate 0.53, standard error about 0.06 with 128 values).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .shingle_crc import window_crcs
from .text import normalize

if TYPE_CHECKING:  # numpy is imported on first use: a reply never needs it
    import numpy as np
    import numpy.typing as npt

SHINGLE = 5
PERMUTATIONS = 128
SAME_STORY = 0.4
_MIN_SHINGLES = 20  # shorter bodies are not compared at all
_EMPTY = 0xFFFFFFFF


@functools.cache
def _hash_functions() -> tuple[npt.NDArray[np.uint64], npt.NDArray[np.uint64]]:
    """The multipliers and offsets of the hash functions, from a fixed seed:
    signatures must be comparable across runs."""
    import numpy as np

    rng = np.random.default_rng(20250203)
    a = rng.integers(1, 2**63, size=PERMUTATIONS, dtype=np.uint64) | np.uint64(1)
    b = rng.integers(0, 2**63, size=PERMUTATIONS, dtype=np.uint64)
    return a, b


# what str.isalnum() rejects: \w is exactly isalnum() plus "_" (checked over
# every code point in tests/test_stories_minhash.py)
_NOT_ALNUM = re.compile(r"[\W_]+")


@dataclass(frozen=True)
class Signature:
    shingles: int  # size of the shingle set
    values: bytes  # PERMUTATIONS little-endian uint32 minima (uint16 as stored)

    def array(self) -> npt.NDArray[np.uint16]:
        """The low 16 bits of each minimum (b-bit MinHash, Li & König 2010):
        what is stored, and all that comparisons read."""
        import numpy as np

        if len(self.values) == 2 * PERMUTATIONS:
            return np.frombuffer(self.values, dtype="<u2").astype(np.uint16)
        return (np.frombuffer(self.values, dtype="<u4") & np.uint32(0xFFFF)).astype(np.uint16)

    def stored(self) -> bytes:
        """The stored form: 2 bytes a value (stores before issue 14 kept 4)."""
        return self.array().astype("<u2").tobytes()


def shingle_set(paragraphs: Iterable[str]) -> set[int]:
    """The article's character shingles, hashed to 32 bits: ``zlib.crc32``
    of each shingle's UTF-8 bytes."""
    return set(_shingles(paragraphs).tolist())


def _shingles(paragraphs: Iterable[str]) -> npt.NDArray[np.uint32]:
    """:func:`shingle_set` as a sorted array, hashed in one numpy pass."""
    import numpy as np

    text = _NOT_ALNUM.sub("", normalize(" ".join(paragraphs)).casefold())
    return np.unique(window_crcs(text, SHINGLE))


def signature(paragraphs: Iterable[str]) -> Signature:
    """MinHash of the shingle set with multiply-shift hash functions
    (Dietzfelbinger et al., 1997): h(x) = (a·x + b mod 2^64) >> 32."""
    import numpy as np

    a, b = _hash_functions()
    shingles = _shingles(paragraphs).astype(np.uint64)
    minima = np.full(PERMUTATIONS, _EMPTY, dtype=np.uint32)
    for start in range(0, len(shingles), 4096):
        block = shingles[start : start + 4096]
        hashed = np.multiply.outer(a, block)  # in place from here (no temporaries)
        hashed += b[:, None]
        # the shift keeps the order: the minimum's high half is the minimum high half
        minima = np.minimum(minima, (hashed.min(axis=1) >> np.uint64(32)).astype(np.uint32))
    return Signature(len(shingles), minima.astype("<u4").tobytes())


def jaccard(a: Signature, b: Signature) -> float:
    """Estimated Jaccard similarity of the two shingle sets."""
    import numpy as np

    if a.shingles == 0 or b.shingles == 0:
        return 0.0
    return float(np.mean(a.array() == b.array()))


def containment(a: Signature, b: Signature) -> float:
    """Estimated share of the smaller set found in the larger one, from the
    Jaccard estimate J and the set sizes: |A∩B| = J (|A| + |B|) / (1 + J)."""
    j = jaccard(a, b)
    smaller = min(a.shingles, b.shingles)
    if smaller == 0:
        return 0.0
    return min(1.0, j * (a.shingles + b.shingles) / (1 + j) / smaller)


def _matrix(signatures: list[Signature]) -> npt.NDArray[np.uint16]:
    """One row of :meth:`Signature.array` per signature (one numpy call
    when every one is in the stored 16-bit form)."""
    import numpy as np

    if all(len(s.values) == 2 * PERMUTATIONS for s in signatures):
        joined = b"".join(s.values for s in signatures)
        return np.frombuffer(joined, dtype="<u2").reshape(len(signatures), PERMUTATIONS)
    return np.stack([s.array() for s in signatures])


def best_match(new: Signature, others: Iterable[tuple[int, Signature]]) -> tuple[int, float] | None:
    """The stored article most like ``new`` if it is the same story:
    (article id, containment), else None. All candidates are compared in one
    numpy operation (the same estimate as :func:`containment`)."""
    import numpy as np

    if new.shingles < _MIN_SHINGLES:
        return None
    candidates = [(i, o) for i, o in others if o.shingles >= _MIN_SHINGLES]
    if not candidates:
        return None
    matrix = _matrix([o for _, o in candidates])
    j = (matrix == new.array()).mean(axis=1)
    sizes = np.array([o.shingles for _, o in candidates], dtype=np.float64)
    scores = np.minimum(1.0, j * (new.shingles + sizes) / (1 + j) / np.minimum(sizes, new.shingles))
    best = int(np.argmax(scores))
    if scores[best] < SAME_STORY:
        return None
    return candidates[best][0], float(scores[best])
