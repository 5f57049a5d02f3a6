import unicodedata

import pytest

from summarizer.text import DecodeError, decode_bytes, normalize, normalize_query


def test_nfd_hangul_becomes_nfc() -> None:
    nfd = unicodedata.normalize("NFD", "엔비디아")
    assert nfd != "엔비디아"
    assert normalize(nfd) == "엔비디아"


def test_invisible_characters_are_removed_and_query_is_empty() -> None:
    assert normalize_query("\u200b\u200d\ufeff\u3164 \u2060") == ""
    assert normalize_query("딥\u200b시크") == "딥시크"


def test_fullwidth_ascii_folds_but_compatibility_jamo_stay() -> None:
    assert normalize("Ｈ８００ ㅋㅋ") == "H800 ㅋㅋ"


def test_decode_utf8_with_and_without_bom() -> None:
    assert decode_bytes("똠방각하".encode()) == "똠방각하"
    assert decode_bytes("\ufeff똠방각하".encode()) == "똠방각하"


def test_decode_cp949_including_characters_euc_kr_lacks() -> None:
    data = "똠 양꿍과 엔비디아".encode("cp949")
    with pytest.raises(UnicodeDecodeError):
        data.decode("euc_kr")
    assert decode_bytes(data) == "똠 양꿍과 엔비디아"


def test_decode_utf16_with_bom() -> None:
    assert decode_bytes("화웨이 어센드".encode("utf-16")) == "화웨이 어센드"


def test_binary_is_refused() -> None:
    with pytest.raises(DecodeError):
        decode_bytes(bytes(range(256)) * 4)


def test_query_drops_control_characters() -> None:
    assert normalize_query("엔비\x00디아\x1b[31m\x7f") == "엔비디아[31m"
