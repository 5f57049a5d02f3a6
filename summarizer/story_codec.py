"""The stored form of a story vector (issue 14: a compact store).

A vector is kept as two columns of ``story_vectors``: ``terms``, its
features joined by newlines (plain text, so a reader can look for a term
with ``instr``/``LIKE`` before decoding), and ``weights``, their weights in
the same order as zlib-compressed float64 (exact: clustering reads the very
floats it wrote). Rows written before this form keep a JSON object in
``vector`` (``terms`` NULL) and are still read.
"""

from __future__ import annotations

import json
import zlib
from array import array
from collections.abc import Mapping

SEPARATOR = "\n"


def encode(vector: Mapping[str, float]) -> tuple[str, bytes]:
    """``vector`` as (terms, weights); a feature never holds a newline."""
    terms = list(vector)
    weights = array("d", (float(vector[t]) for t in terms))
    return SEPARATOR.join(terms), zlib.compress(weights.tobytes(), 9)


def decode(terms: str | None, weights: bytes | None, legacy: str = "") -> dict[str, float]:
    """The vector of a stored row (its JSON ``legacy`` when written before)."""
    if terms is None or weights is None:
        return dict(json.loads(legacy)) if legacy else {}
    if not terms:
        return {}
    values = array("d")
    values.frombytes(zlib.decompress(bytes(weights)))
    return dict(zip(terms.split(SEPARATOR), values, strict=True))


def features(terms: str | None, legacy: str = "") -> frozenset[str]:
    """The features of a stored row, without decoding its weights."""
    if terms is None:
        return frozenset(json.loads(legacy)) if legacy else frozenset()
    return frozenset(terms.split(SEPARATOR)) if terms else frozenset()
