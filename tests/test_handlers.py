from handlers import Command, Context, dispatch, parse
from handlers.commands import COMMANDS
from summarizer.corpus import Corpus


def run(context: Context, text: str, language: str | None = None):  # type: ignore[no-untyped-def]
    command = parse(text, language=language)
    assert command is not None
    return dispatch(command, context)


def article_text(corpus: Corpus, source_id: int) -> str:
    return corpus.store.raw_text(source_id) or ""


def test_sources_metadata(context: Context) -> None:
    reply = run(context, "/sources")
    got = {s["id"]: s for s in reply.data["sources"]}
    assert len(got) == 5
    assert (got[1]["publisher"], got[1]["author"], got[1]["published"]) == (
        "애플경제",
        "김예지",
        None,
    )
    assert (got[3]["publisher"], got[3]["author"], got[3]["published"]) == (
        "유로저널",
        "이지예",
        "2025-02-21",
    )
    assert (got[4]["publisher"], got[4]["author"], got[4]["published"]) == (
        None,
        "소식쟁이2",
        "2025-03-16",
    )
    assert (got[2]["publisher"], got[2]["author"], got[2]["published"]) == (None, None, None)
    assert got[5]["title"] == "딥시크 쇼크 중국 GPU 우회확보에 대한 우려!"
    assert got[3]["title"] == "‘딥시크 충격’에 요동치는 빅테크 판도, 미중AI 패권 경쟁 본격화"
    assert all(s["file"].endswith(".txt") and s["url"] is None for s in got.values())


def test_chips_found_with_vendors_and_sources(context: Context) -> None:
    chips = {c["name"]: c for c in run(context, "/chips").data["chips"]}
    expected = {
        "H100": ("Nvidia", [3, 5]),
        "H800": ("Nvidia", [3, 5]),
        "H20": ("Nvidia", [4]),
        "A100": ("Nvidia", [4]),
        "Ascend": ("Huawei", [4]),
        "Hanguang": ("Alibaba", [4]),
        "Kunlun": ("Baidu", [4]),
        "Zixiao": ("Tencent", [4]),
    }
    assert {name: (c["vendor"], c["sources"]) for name, c in chips.items()} == expected
    for chip in chips.values():
        assert (
            chip["mentions"] >= 1
            and chip["name"] in chip["context"]
            or any(alias in chip["context"] for alias in chip["aliases"])
        )


def test_chip_by_any_alias(context: Context) -> None:
    for alias in ("昇騰", "어센드", "ascend", "Ascend"):
        reply = run(context, f"/chips {alias}")
        assert [c["name"] for c in reply.data["chips"]] == ["Ascend"], alias


def test_chip_that_is_a_company_or_unknown(context: Context) -> None:
    assert not run(context, "/chips 딥시크").ok
    reply = run(context, "/chips H8000")
    assert not reply.ok and "H8000" in reply.notices[0]


def test_corpus_summary_cites_several_sources_verbatim(context: Context) -> None:
    reply = run(context, "/summary")
    sentences = reply.data["sentences"]
    assert len(sentences) >= 4
    assert len({s["source"] for s in sentences}) >= 3
    for s in sentences:
        assert s["text"] in article_text(context.corpus, s["source"])
    assert all(line.cites for section in reply.sections for line in section.lines)


def test_summary_of_one_source_is_in_article_order(context: Context) -> None:
    reply = run(context, "/summary 3")
    sentences = reply.data["sentences"]
    assert sentences and {s["source"] for s in sentences} == {3}
    raw = article_text(context.corpus, 3)
    positions = [raw.index(s["text"]) for s in sentences]
    assert positions == sorted(positions)


def test_focused_summary_on_entity_alias(context: Context) -> None:
    for query in ("H800", "엔비디아", "NVIDIA"):
        sentences = run(context, f"/summary {query}").data["sentences"]
        assert sentences, query
        assert all(any(word in s["text"] for word in ("H800", "엔비디아")) for s in sentences), (
            query
        )


def test_focused_summary_on_keywords(context: Context) -> None:
    sentences = run(context, "/summary 전력 수요").data["sentences"]
    assert sentences and all("전력" in s["text"] or "수요" in s["text"] for s in sentences)


def test_bad_input_gets_a_clear_answer(context: Context) -> None:
    assert not run(context, "/nonsense").ok
    assert not run(context, "/summary 999").ok
    negative = run(context, "/summary -5")  # an article number, not a keyword
    assert not negative.ok and "[-5]" in negative.notices[0]
    assert not run(context, "/summary " + "가" * 5000).ok
    markup = run(context, "/summary <b>&amp;</a>")
    assert markup.notices and "<b>&amp;</a>" in markup.notices[0]
    assert parse("   \u200b  ") is None
    assert parse("/summary@OtherBot", bot_username="briefbot") is None
    assert parse("/summary@briefbot", bot_username="briefbot") == Command("summary")


def test_korean_command_names_and_free_text(context: Context) -> None:
    assert parse("/요약 3") == Command("summary", "3")
    assert parse("/칩") == Command("chips")
    assert parse("엔비디아 칩") == Command("summary", "엔비디아 칩")


def test_help_lists_every_command_in_both_languages(context: Context) -> None:
    for language in ("ko", "en"):
        reply = run(context, "/help", language=language)
        labels = [line.label for line in reply.sections[1].lines]
        assert labels == [f"/{name}" for name, spec in COMMANDS.items() if spec.menu]
    assert "Commands" in (run(context, "/help", language="en").sections[1].heading or "")


def test_empty_corpus(empty_corpus: Corpus) -> None:
    context = Context(empty_corpus)
    assert run(context, "/summary").notices
    assert run(context, "/chips").data == {"chips": []}
    assert run(context, "/sources").data == {"sources": []}
    assert run(context, "/summary 1").notices


def test_markup_query_does_not_match_on_a_bare_number(context: Context) -> None:
    reply = run(context, "/summary <script>alert(1)</script>")
    assert reply.data["sentences"] == []
    assert "<script>alert(1)</script>" in reply.notices[0]
