"""Session 18 last fix: a model number's suffix, a line named by its models,
a common word listed with its maker's card or inside a list of chips, a
related box's bare links, and older chips filled into the catalogue."""

from __future__ import annotations

from lxml import html as lxml_html

from summarizer.entities import load_index
from summarizer.page_asides import page_asides


def _chips(*sentences: str) -> set[str]:
    found = load_index().article_vendored([(s, ()) for s in sentences])
    return {m.key for _, m, _ in found if m.kind == "chip"}


def test_a_model_number_keeps_its_numbered_suffix() -> None:
    assert _chips("바이두는 자체 AI 칩 쿤룬 720-200을 공개했다.") == {"Kunlun 720-200"}
    assert _chips("화웨이는 어센드 910B를 늘렸다.") == {"Ascend 910B"}
    assert "Kunlun 2" in _chips("바이두는 쿤룬 2-3배 성능을 내세웠다. 쿤룬 2 칩을 쓴다.")


def test_a_number_whose_models_are_named_is_their_line() -> None:
    text = "화웨이는 어센드 950 계열 가운데 추론용 950PR을 먼저 내놨고 950DT가 뒤따른다."
    assert _chips(text) == {"Ascend 950PR", "Ascend 950DT"}
    assert _chips("알리바바는 AI 칩 진무 810 출하를 시작했다.", "첫 제품은 진무 810E다.") == {
        "Zhenwu 810E"
    }
    assert "Ascend 950" in _chips("화웨이는 차세대 AI 칩 어센드 950을 공개했다.")


def test_a_common_word_listed_with_its_makers_card() -> None:
    text = "리벨리온은 그간 아톰과 서버용 카드 아톰 맥스로 매출을 냈다."
    assert _chips(text) == {"ATOM"}


def test_a_common_word_inside_a_list_of_chips() -> None:
    text = "리벨리온과 퓨리오사AI가 참여한 사업 1단계에선 아톰과 워보이 등 1세대 칩이 쓰였다."
    assert _chips(text) == {"ATOM", "Warboy"}
    cartoon = "전시장엔 아톰과 우주소년 등 만화 캐릭터가 섰다."
    assert _chips("리벨리온은 상장을 준비한다.", cartoon) == set()


def test_older_datacenter_cards_and_codenames() -> None:
    assert _chips("엔비디아는 테슬라 K80보다 학습이 10배 빠르다고 했다.") == {"K80"}
    assert _chips("엔비디아는 M40과 M60을 데이터센터에 공급했다.") == {"M40", "M60"}
    assert _chips("군은 M60 기관총 사격 훈련을 했다.") == set()
    assert _chips("인텔 너바나의 학습 칩 레이크 크레스트가 나온다.") == {"Lake Crest"}
    assert _chips("인텔은 너바나 NNP-T를 접었다.") == {"NNP-T"}
    assert _chips("인텔은 너바나 NNP 칩을 출하했다.") == {"Nervana NNP"}
    assert _chips("텐스토런트의 주력 칩은 블랙홀이다.") == {"Blackhole"}


def test_a_related_boxs_bare_links_are_asides() -> None:
    page = (
        "<html><body><div class='article'><p>본문 문장이 여기에 길게 이어진다.</p></div>"
        "<div class='relate_news'><strong>관련 기사</strong><a>엔비디아, H200 추가 공급</a></div>"
        "<p class='copy'><a>개인정보처리방침 안내</a></p></body></html>"
    )
    tree = lxml_html.fromstring(page)
    assert page_asides(tree, "본문 문장이 여기에 길게 이어진다.") == ["엔비디아, H200 추가 공급"]
