"""/chips NAME: kind, family, figures with citations, stories, first and last mention."""

import pytest

from handlers import Context, dispatch, parse
from summarizer.chip_card import chip_figures, figures_in
from summarizer.corpus import Corpus
from summarizer.store import Store

ARTICLES = {
    "a.txt": "엔비디아 H20 출하 재개\n입력 2025-03-02\n엔비디아의 중국용 칩 H20은 HBM 96GB를 탑재했으며 "
    "가격은 1만2000달러다. 화웨이 어센드 910C는 HBM 128GB를 쓴다.\n업계는 공급 확대를 예상한다.",
    "b.txt": "중국 기업, H20 주문 확대\n입력 2025-05-20\n바이트댄스는 H20 10만 개를 주문했다. "
    "H20의 FP8 성능은 296 TFLOPS다.\n업계는 수요가 계속될 것으로 본다.",
}


@pytest.fixture(scope="module")
def chip_context(tmp_path_factory: pytest.TempPathFactory) -> Context:
    folder = tmp_path_factory.mktemp("chips")
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, "utf-8")
    corpus = Corpus(Store(folder / "store.sqlite3"))
    corpus.sync_folder(folder)
    return Context(corpus)


def ask(context: Context, text: str):  # type: ignore[no-untyped-def]
    command = parse(text)
    assert command is not None
    return dispatch(command, context)


def test_card_fields(chip_context: Context) -> None:
    chip = ask(chip_context, "/chips H20").data["chips"][0]
    assert (chip["name"], chip["vendor"], chip["kind"], chip["family"]) == (
        "H20",
        "Nvidia",
        "GPU",
        "Hopper",
    )
    figures = [(f["kind"], f["text"], f["source"]) for f in chip["figures"]]
    assert figures == [
        ("memory", "HBM 96GB", 1),
        ("price", "1만2000달러", 1),
        ("shipments", "10만 개", 2),
        ("performance", "296 TFLOPS", 2),
    ]
    assert chip["first_mention"] == {"source": 1, "date": "2025-03-02"}
    assert chip["last_mention"] == {"source": 2, "date": "2025-05-20"}
    assert chip["stories"] and all(isinstance(s, int) for s in chip["stories"])


def test_card_text_cites_its_figures(chip_context: Context) -> None:
    reply = ask(chip_context, "/chips H20")
    lines = [line.text for section in reply.sections for line in section.lines]
    assert any("HBM 96GB [1]" in line for line in lines)
    assert not any(line.startswith("다른 이름: H20") for line in lines)  # its own name is no alias
    assert not any("에이치이십" in line for line in lines)  # a transcript's reading is no name
    assert {ref.id for ref in reply.sources} >= {1, 2}
    english = dispatch(parse("/chips H20", language="en"), chip_context)  # type: ignore[arg-type]
    assert any("Figures stated" in line.text for s in english.sections for line in s.lines)


def test_figure_of_another_chip_is_not_attributed(chip_context: Context) -> None:
    chip = ask(chip_context, "/chips 어센드 910C").data["chips"][0]
    assert [f["text"] for f in chip["figures"]] == ["HBM 128GB"]


def test_figures_in_text() -> None:
    text = "B200은 192GB HBM3E와 8TB/s 대역폭, 1000W 전력을 갖췄고 4만 달러다."
    assert figures_in(text, 0, len(text)) == [
        ("memory", "192GB"),
        ("bandwidth", "8TB/s"),
        ("power", "1000W"),
        ("price", "4만 달러"),
    ]
    assert chip_figures([(3, "H20 칩 3개를 샀다", ["H20"], [])]) == []  # no shipment cue


def test_card_names_stories_as_story_opens_them(chip_context: Context) -> None:
    """The card gives a story's number in /stories (what /story N takes), not
    the store's id, and /story N then cites an article naming the chip."""
    import re
    from dataclasses import replace

    from handlers.context import StorySettings

    reply = ask(chip_context, "/chips H20")
    lines = [line.text for section in reply.sections for line in section.lines]
    [line] = [text for text in lines if "/story" in text]
    number = re.search(r"/story (\d+)", line)
    assert number and line.startswith("오늘의 이슈")
    story = ask(chip_context, f"/story {number.group(1)}")
    assert story.ok and {ref.id for ref in story.sources} & {1, 2}
    # a story beyond today's list is counted, never given a number /story refuses
    assert len(reply.data["chips"][0]["stories"]) == 2  # the two articles tell two stories
    few = replace(chip_context, stories=StorySettings(list_stories=1))
    text = " ".join(line.text for s in ask(few, "/chips H20").sections for line in s.lines)
    assert "오늘의 이슈 1번 (/story 1)" in text and "그 밖의 이슈 1건" in text
    assert "/story 2" not in text
