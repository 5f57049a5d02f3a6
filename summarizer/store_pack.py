"""Compact stored forms of what is written once and read rarely.

* An article's raw text (kept for re-analysis) is mostly its own sentences,
  which the store keeps anyway: it is deflated with those sentences as the
  preset dictionary (RFC 1950 ``FDICT``), so only what the sentences do not
  say (metadata lines, page furniture, spacing) costs bytes. Reading it back
  needs the same sentences, which are written and replaced with it in one
  transaction; zlib checks the dictionary's id and the text's checksum, so a
  mismatch fails loudly rather than returning a wrong text.
"""

from __future__ import annotations

import sys
import zlib
from array import array
from collections.abc import Sequence

_LEVEL = 6
_RAW = b"r1"  # format tag of a packed raw text


def _dictionary(sentences: Sequence[str]) -> bytes:
    return "\n".join(sentences).encode("utf-8")


def pack_raw(raw: str, sentences: Sequence[str]) -> bytes:
    """``raw`` deflated against its article's sentence texts (in index order)."""
    zdict = _dictionary(sentences)
    packer = zlib.compressobj(_LEVEL, zdict=zdict) if zdict else zlib.compressobj(_LEVEL)
    return _RAW + packer.compress(raw.encode("utf-8")) + packer.flush()


def unpack_raw(packed: bytes, sentences: Sequence[str]) -> str:
    """The text :func:`pack_raw` packed, given the same sentences."""
    if not packed.startswith(_RAW):
        raise ValueError("not a packed article text")
    zdict = _dictionary(sentences)
    unpacker = zlib.decompressobj(zdict=zdict) if zdict else zlib.decompressobj()
    data = unpacker.decompress(packed[len(_RAW) :]) + unpacker.flush()
    return data.decode("utf-8")


# An article's sentences (SQLite, store migration 5): every sentence's text
# and its Kiwi lemmas in one deflated body per article (the lemmas mostly
# repeat words of the text, which zlib finds), instead of two text columns
# per sentence row. Layout before deflating: the sentence count (4 bytes),
# the length in code points of each text and then of each term list (4 bytes
# each, little-endian), then the texts and the term lists (space-joined)
# concatenated as UTF-8.
_SENTENCES = b"s1"


def pack_sentences(texts: Sequence[str], terms: Sequence[str]) -> bytes:
    """``texts`` and their space-joined ``terms`` (one per sentence, in index order)."""
    if len(texts) != len(terms):
        raise ValueError("one term list per sentence")
    lengths = array("I", [len(texts), *map(len, texts), *map(len, terms)])
    if sys.byteorder != "little":
        lengths.byteswap()
    body = lengths.tobytes() + ("".join(texts) + "".join(terms)).encode("utf-8")
    return _SENTENCES + zlib.compress(body, _LEVEL)


def unpack_sentences(packed: bytes) -> tuple[list[str], list[str]]:
    """(texts, space-joined terms) that :func:`pack_sentences` packed."""
    if not packed.startswith(_SENTENCES):
        raise ValueError("not a packed sentence body")
    body = zlib.decompress(packed[len(_SENTENCES) :])
    count = int.from_bytes(body[:4], "little")
    lengths = array("I")
    lengths.frombytes(body[4 : 4 + 8 * count])
    if sys.byteorder != "little":
        lengths.byteswap()
    joined = body[4 + 8 * count :].decode("utf-8")
    parts, start = [], 0
    for length in lengths:
        parts.append(joined[start : start + length])
        start += length
    return parts[:count], parts[count:]
