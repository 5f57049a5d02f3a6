"""Korean-aware text normalisation and decoding.

Every text that enters the core — article files, pages, chat queries — goes
through :func:`normalize` so that lookups compare like with like.
"""

from __future__ import annotations

import re
import unicodedata

# Characters that survive str.strip() but carry no text: zero-width space,
# (non-)joiners, word joiner, BOM, soft hyphen and the Hangul fillers.
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad\u3164\u115f\u1160\uffa0]")
# Full-width ASCII (U+FF01–U+FF5E) folded to ASCII. Unlike NFKC this leaves
# compatibility jamo (ㅋㅋ) and other Korean forms alone.
_FULLWIDTH = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
_FULLWIDTH[0x3000] = 0x20  # ideographic space
_HAS_FULLWIDTH = re.compile("[\uff01-\uff5e\u3000]")  # translate only then (it is slow)
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f]+")


# Saved web pages (summarizer.extract reads them; the start-up folder sync
# lists them without loading the extractor)
HTML_SUFFIXES = (".html", ".htm", ".xhtml")


class DecodeError(ValueError):
    """Raised when bytes are not text in any encoding we accept."""


_SURROGATE = re.compile("[\ud800-\udfff]")


def scrub(text: str) -> str:
    """Lone surrogates (legal in JSON ``\\ud800``; what Python makes of
    undecodable argv bytes) → U+FFFD. Kiwi, SQLite and UTF-8 output reject
    them; every boundary (adapters, CLI arguments, files, pages) scrubs."""
    return _SURROGATE.sub("\ufffd", text) if _SURROGATE.search(text) else text


def normalize(text: str) -> str:
    """NFC, invisible characters removed, full-width ASCII folded, runs of
    horizontal space collapsed, lone surrogates replaced. Line breaks are kept."""
    text = unicodedata.normalize("NFC", scrub(text))
    text = _INVISIBLE.sub("", text)
    if _HAS_FULLWIDTH.search(text):
        text = text.translate(_FULLWIDTH)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _SPACES.sub(" ", text)


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# category Cc (U+0000–U+001F, U+007F–U+009F) but for \t \n \f \r
_BINARY = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")


def normalize_query(text: str) -> str:
    """A chat query: :func:`normalize` on one line, control characters
    dropped, trimmed."""
    return " ".join(_CONTROL.sub("", normalize(text)).split())


def decode_bytes(data: bytes) -> str:
    """Decode article bytes: UTF-16 by its BOM, else strict UTF-8 (with or
    without BOM), else strict CP949 (the superset of EUC-KR: '똠' is CP949
    only). A generic detector is not used because it misreads short CP949 text
    as Big5."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise DecodeError(f"broken UTF-16: {exc.reason}") from exc
    if b"\x00" in data[:4096] and not _looks_utf16(data):
        raise DecodeError("binary data, not text")
    for encoding in ("utf-8-sig", "cp949"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _control_ratio(text) > 0.01:
            raise DecodeError("binary data, not text")
        return text
    if _looks_utf16(data):
        try:
            return data.decode("utf-16-le")
        except UnicodeDecodeError:
            pass
    raise DecodeError("not UTF-8, CP949/EUC-KR or UTF-16 text")


def _looks_utf16(data: bytes) -> bool:
    """UTF-16 without a BOM: every other byte of the first part is zero
    (ASCII) or the text decodes to mostly Hangul."""
    head = data[:2000]
    if len(head) < 4 or len(head) % 2:
        return False
    odd_zeros = head[1::2].count(0)
    return odd_zeros > len(head) // 4


def _control_ratio(text: str) -> float:
    if not text:
        return 0.0
    sample = text[:5000]
    bad = len(_BINARY.findall(sample))
    return bad / len(sample)
