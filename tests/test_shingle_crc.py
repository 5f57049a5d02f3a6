"""The vectorised shingle CRC gives exactly zlib.crc32 of each window."""

import random
import zlib

from summarizer.minhash import SHINGLE, shingle_set, signature
from summarizer.shingle_crc import window_crcs

_ALPHABET = "가나다라힣한국어칩abcXYZ0123456789éß中国ÅſK\u00a0𝔸😀\U0010ffff"


def _crcs(text: str, width: int) -> list[int]:
    return [zlib.crc32(text[i : i + width].encode("utf-8")) for i in range(len(text) - width + 1)]


def test_window_crcs_equal_zlib_on_many_texts() -> None:
    rng = random.Random(14)
    for _ in range(3000):
        text = "".join(rng.choice(_ALPHABET) for _ in range(rng.randint(0, 60)))
        width = rng.randint(1, 7)
        assert window_crcs(text, width).tolist() == _crcs(text, width), (text, width)


def test_window_crcs_on_every_byte_length_and_edges() -> None:
    assert window_crcs("", 5).tolist() == []
    assert window_crcs("abcd", 5).tolist() == []
    for text in ("a" * 5, "\x00" * 9, "\U0001f600" * 8, "한" * 6, "\x7f\x80\u07ff\u0800\uffff"):
        assert window_crcs(text, 5).tolist() == _crcs(text, 5)


def test_shingle_set_is_the_set_of_each_shingles_crc() -> None:
    body = ["엔비디아가 H100을 출시했다.", "삼성전자 HBM4, 2세대 공급 — SK하이닉스와 경쟁!"]
    text = "엔비디아가h100을출시했다삼성전자hbm42세대공급sk하이닉스와경쟁"
    assert shingle_set(body) == set(_crcs(text, SHINGLE))
    assert signature(body).shingles == len(shingle_set(body))
