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

import zlib
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
