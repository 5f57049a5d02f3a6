"""Session 16's chip rules: names cut by a hard wrap, photo captions in text
pages, a device named by a brand word, a brand's first chip named by its role."""

from __future__ import annotations

from summarizer.caption_lines import caption_text, marked_caption
from summarizer.chip_brands import brand_device
from summarizer.chip_generations import first_of_brand
from summarizer.clean import clean_article
from summarizer.entities import load_index
from summarizer.wrapped_names import one_name


def _chips(text: str) -> set[str]:
    index = load_index()
    found = index.article_vendored([(text, ())])
    return {m.key for _, m, _ in found if m.kind == "chip"}


def test_a_name_cut_by_the_wrap_is_one_word() -> None:
    assert one_name("어센", "드")
    assert one_name("트레이", "니엄2를")
    assert not one_name("관계", "자는")
    assert not one_name("H100", "의")


_OCR = """중국 칩 이야기
미국의 수출 통제로 중국 빅테크는 화웨이 어센
드 910C와 캠브리콘 제품으로 눈을 돌리고 있
다. 한 업체 관계자는 "학습은 여전히 엔비디아
H20에 의존하지만 추론은 자국 칩으로 옮기고
있다"고 말했다.
(다음 쪽에 계속)
12"""


def test_a_broken_page_is_rejoined_before_its_last_sentence_end() -> None:
    body = " ".join(clean_article(_OCR).paragraphs)
    assert "어센드 910C와" in body
    assert "엔비디아 H20에" in body
    assert "(다음 쪽에 계속)" in clean_article(_OCR).paragraphs  # after the last end


def test_photo_captions_are_read_without_mark_and_credit() -> None:
    assert caption_text("▲ 부스에 전시된 12단 HBM3E 실물. 사진=SK하이닉스 제공") == (
        "부스에 전시된 12단 HBM3E 실물."
    )
    assert (
        caption_text("관람객들이 장비를 살펴보고 있다. /뉴스1")
        == "관람객들이 장비를 살펴보고 있다."
    )
    assert marked_caption("▲ 부스의 LPDDR6 시제품. 하지호 기자") == "부스의 LPDDR6 시제품."
    assert caption_text("▲삼성전자, HBM4 엔비디아 품질 테스트 통과") is None  # a related headline
    assert caption_text("산업 / 반도체") is None
    assert marked_caption("이서연 기자") is None


def test_a_caption_line_is_body_text() -> None:
    page = (
        "[화보] 반도체 장비전 개막\n이름 기자 승인 2026.03.06 16:44\n\n"
        "▲ 업체 부스에서 GDDR7 테스트 장비를 시연하고 있다. 사진=이름 기자\n\n"
        "전시회가 6일 개막했다. 장비 업체들이 전면에 나섰다."
    )
    assert any("GDDR7" in p for p in clean_article(page).paragraphs)


def test_a_device_of_a_brand_word_holding_a_chip_is_no_chip() -> None:
    text = "에이수스 젠북 S16은 AMD 칩을 넣었다."
    at = text.index("S16")
    assert brand_device(text, at, at + 3, [])
    assert "S16" not in _chips(text)
    assert "T16" not in _chips("레노버 씽크북 T16에는 인텔 프로세서가 들어갔다.")


def test_a_chip_after_a_descriptor_or_its_vendor_stays_a_chip() -> None:
    text = "차세대 NX-9 칩은 HBM 칩을 탑재했다."
    at = text.index("NX-9")
    assert not brand_device(text, at, at + 4, [])
    assert "MLU590" in _chips("캠브리콘 MLU590은 HBM 칩을 탑재했다.")


def test_a_role_and_a_chip_word_name_a_brand_s_first_chip() -> None:
    text = "인텔은 추론 칩 고야와 학습 칩 가우디를 확보했고 가우디3를 내놨다."
    assert first_of_brand(text, text.index("가우디를"))
    assert {"Gaudi", "Gaudi 3"} <= _chips(text)
    assert "Gaudi" not in _chips("인텔은 가우디 시리즈에 이어 가우디3를 내놨다.")
