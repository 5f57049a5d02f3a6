"""Titles of dev62's odd pages (session 18 final fix): the head rules widened
to their families, the support check's reasons for missing them fixed."""

from summarizer.byline_words import section_path_off
from summarizer.copy_heads import copy_chrome
from summarizer.head_support import supported_title
from summarizer.run_on import run_on_head, run_on_lines

HEADLINE = "한화오션, 거제 LNG선 블록 공장 증설…연 40척 체제"
BODY = [
    "한화오션이 경남 거제에 액화천연가스(LNG)선 블록 공장을 새로 짓는다.",
    "회사는 공장이 완공되면 LNG선 건조 능력이 연 40척으로 늘어난다고 밝혔다.",
    "거제 공장 증설에는 3천억원이 들어간다.",
]


def test_an_apps_share_line_and_group_heads_are_chrome() -> None:
    assert copy_chrome("[다음 뉴스] 앱에서 공유")
    assert copy_chrome("카톡으로 보냄")
    assert copy_chrome("네이버 밴드 · 거제 낚시 모임 밴드")
    assert copy_chrome("Microsoft Teams — 영업본부 > 공지")
    assert not copy_chrome(HEADLINE)


def test_a_copy_naming_itself_is_chrome() -> None:
    assert copy_chrome("[KBS 유튜브 자막 추출본]")
    assert copy_chrome("[자동 번역] 보잉 생산 확대 — 영문 기사 번역본 (DeepL)")
    assert copy_chrome("[자유] 조선업 수주 기사 올라왔어요 (퍼옴)")
    assert not copy_chrome("[번역] 유럽 배터리 공장, 왜 멈췄나")  # a translated column's head


def test_a_site_section_path_goes_with_the_site() -> None:
    assert section_path_off(f"{HEADLINE} : 산업일반 : 산업 : 뉴스") == HEADLINE
    assert (
        section_path_off("삼성, 새 칩 공개 : 갤럭시 신화 다시")
        == "삼성, 새 칩 공개 : 갤럭시 신화 다시"
    )


def test_an_outlet_after_a_one_line_copys_headline_is_broken_off() -> None:
    copy = f"{HEADLINE} 경향신문 서다인 기자 입력 2026.04.01 09:10 " + " ".join(BODY * 3)
    assert run_on_lines([copy])[:3] == [HEADLINE, "경향신문", "서다인 기자"]


def test_a_chat_message_pasting_a_whole_copy_gives_its_head() -> None:
    pasted = f"{HEADLINE} 경향신문 2026-04-01 09:10 수정 2026-04-01 10:02 " + " ".join(BODY)
    assert run_on_head(pasted) == HEADLINE
    lines = ["이거 우리 동네 뉴스에 나왔음", "https://example.kr/news/1", pasted, "우리 집 근처네"]
    got = supported_title(lines, lines[0], lambda _: True, lambda _: False)
    assert got == HEADLINE
