from pathlib import Path

from summarizer.corpus import Corpus
from summarizer.minhash import (
    PERMUTATIONS,
    SAME_STORY,
    Signature,
    best_match,
    containment,
    signature,
)
from summarizer.store import Store
from summarizer.story_link import same_text

BASE = [
    "엔비디아는 중국 수출용 H20 칩의 공급을 다음 달부터 늘린다고 밝혔다.",
    "회사 측은 데이터센터 고객의 수요가 예상보다 빠르게 늘었다고 설명했다.",
    "업계는 화웨이 어센드 칩과의 경쟁이 더 치열해질 것으로 본다.",
]


def test_best_match_picks_the_rewrite_and_agrees_with_containment() -> None:
    new = signature(BASE)
    rewrite = signature(["[다른매체] " + BASE[0], BASE[1], BASE[2] + " 전문가들은 신중하다."])
    other = signature(
        ["삼성전자는 HBM 생산 라인을 증설한다고 발표했다.", "투자 규모는 밝히지 않았다."] * 2
    )
    match = best_match(new, [(1, other), (2, rewrite)])
    assert match is not None and match[0] == 2
    assert abs(match[1] - containment(new, rewrite)) < 1e-9
    assert containment(new, rewrite) >= SAME_STORY
    assert best_match(new, [(1, other)]) is None
    assert best_match(new, []) is None


def test_stored_signatures_take_two_bytes_a_value_and_compare_with_older_ones(
    tmp_path: Path,
) -> None:
    """A signature is stored in 16 bits a value; one of an older store (32
    bits) compares the same, and the same-text check still finds it."""
    new = signature(BASE)
    rewrite = signature(["[다른매체] " + BASE[0], BASE[1], BASE[2] + " 전문가들은 신중하다."])
    short = Signature(rewrite.shingles, rewrite.stored())
    assert len(short.values) == 2 * PERMUTATIONS == len(rewrite.values) // 2
    assert containment(new, short) == containment(new, rewrite)
    assert best_match(new, [(2, short)]) == best_match(new, [(2, rewrite)])
    corpus = Corpus(Store(tmp_path / "s.sqlite3"))
    article_id = corpus.add_text("\n".join(["제목", *BASE]))[0]
    stored = corpus.store.extra(article_id)
    assert stored is not None and len(stored.signature) == 2 * PERMUTATIONS
    sig = Signature(stored.shingles, stored.signature)
    assert same_text(corpus.store, sig) == article_id
    old = signature(BASE)  # as an older store kept it: all 32 bits
    with corpus.store.transaction() as db:
        db.execute("UPDATE article_extra SET signature = ?", (old.values,))
    assert old.shingles == sig.shingles and same_text(corpus.store, old) == article_id
    corpus.store.close()


def test_the_shingle_filter_keeps_exactly_what_isalnum_keeps() -> None:
    from summarizer.minhash import _NOT_ALNUM

    kept = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)
    assert _NOT_ALNUM.sub("", kept) == "".join(ch for ch in kept if ch.isalnum())
