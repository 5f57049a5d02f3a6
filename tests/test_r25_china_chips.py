"""Session 25 (r25china, the errors of dev123): a CPU named with its maker's
name after a CPU word, a fab's code in quotes, the plain and tense Hangul
spellings of a Chinese name, a chip named by a common word (찰나), a China
part with its D glued to a Korean spelling. All text invented."""

from summarizer.chip_readings import chinese_spellings
from summarizer.entities import load_index


def _chips(text: str) -> set[str]:
    found = load_index().article_vendored([(text, ())])
    return {m.key for _, m, _ in found if m.kind == "chip"}


def test_a_cpu_named_with_its_makers_name_after_a_cpu_word() -> None:
    assert _chips("하이곤은 데이터센터용 CPU '하이곤 C92'와 가속기를 함께 판다.") == set()
    assert _chips("서버 CPU 하이곤 C92는 x86 호환이다.") == set()
    assert _chips("후지쓰는 CPU 'A99FX'를 공개했다.") == set()
    assert _chips("무어스레드 S7000 CPU 대신 다른 칩을 쓴다.") == set()
    # a CPU word that stands before another word is no CPU's name
    assert _chips("하이곤은 CPU와 함께 새 가속기 하이곤 K100을 판다.") == {"Hygon K100"}


def test_a_fabs_code_in_quotes() -> None:
    assert _chips("TSMC는 AI 칩을 구마모토 'KM-2' 공장에서 만든다.") == set()
    assert _chips("라피더스의 시제품 칩은 'RX-9'에서 양산된다.") == set()
    # a quoted model number with a chip word is still a chip
    assert _chips("라피더스는 AI 칩 'RX-9'을 시험 생산한다.") == {"RX-9"}


def test_a_chinese_names_plain_and_tense_spellings() -> None:
    assert set(chinese_spellings(("邃思", "쑤이쓰"))) >= {"쑤이쓰", "수이스"}
    assert set(chinese_spellings(("紫霄", "즈샤오"))) >= {"쯔샤오"}
    # a name with no Han spelling keeps its own; two syllables stay as they are
    assert chinese_spellings(("가우디", "Gaudi")) == ("가우디", "Gaudi")
    assert chinese_spellings(("深算", "선쏸")) == ("深算", "선쏸")
    assert _chips("엔플레임은 새 칩 쑤이쓰 3.0을 내놓는다.") == {"Suisi 3.0"}
    assert load_index().resolve("쑤이쓰") == "Enflame Suisi"


def test_chana_a_common_word_is_a_chip_only_tied_to_chips() -> None:
    text = "중하오신잉은 TPU '찰나'를 양산한다. 찰나는 구글 TPU를 닮았다."
    assert _chips(text) == {"Chana"}
    assert _chips("AI 칩 찰나(刹那)는 중국 공장에서 만든다.") == {"Chana"}
    assert _chips("발표가 끝나려던 찰나, 엔비디아는 새 칩 H100 물량을 늘렸다.") == {"H100"}
    assert _chips("그 찰나에 관객이 몰렸다.") == set()


def test_china_part_with_its_d_glued_to_a_korean_spelling() -> None:
    assert _chips("엔비디아의 중국용 GPU 'RTX 프로 6000D'가 팔린다.") == {"RTX Pro 6000"}
    assert _chips("엔비디아는 중국용 칩 RTX 프로 6000D를 줄였다.") == {"RTX Pro 6000"}
    # no China part listed: nothing read into the letter
    assert _chips("엔비디아는 GPU RTX 프로 4000D를 내놨다.") == set()
    assert _chips("엔비디아 GPU RTX 프로 6000DX 칩") == set()
