"""The signature's in-place hashing gives the values of the plain formula."""

import numpy as np

from summarizer.minhash import _hash_functions, shingle_set, signature


def test_signature_equals_the_plain_multiply_shift_minima() -> None:
    body = ["엔비디아가 H100을 출시했다.", "삼성전자 HBM4, 2세대 공급 — SK하이닉스와 경쟁!" * 40]
    a, b = _hash_functions()
    shingles = np.fromiter(shingle_set(body), dtype=np.uint64)
    plain = ((a[:, None] * shingles[None, :] + b[:, None]) >> np.uint64(32)).min(axis=1)
    sig = signature(body)
    assert sig.shingles == len(shingles)
    assert sig.values == plain.astype("<u4").tobytes()
