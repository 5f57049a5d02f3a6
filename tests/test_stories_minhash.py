from summarizer.minhash import SAME_STORY, best_match, containment, signature

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
