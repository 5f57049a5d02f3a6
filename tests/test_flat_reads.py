"""Commands read a bounded number of rows however large the store: the chip
list shows the most mentioned chips and says how many more there are, a
chip lists its newest sources with the count of all, the chip card's first
and last mention come from the aggregates kept at ingest, and a keyword
summary read lazily picks what ranking every match picks."""

from __future__ import annotations

import pytest

from handlers import Context, dispatch, parse
from handlers.chips import LISTED_CHIPS, LISTED_SOURCES
from handlers.reply import LazyData
from summarizer import summarize
from summarizer.chip_card import mention_span
from summarizer.corpus import Corpus
from summarizer.entities import CHIP
from summarizer.store import SentenceRow, Store

CHIPS = ["A100", "A800", "A30", "A40", "H100", "H800", "H200", "H20", "L40S", "L40", "L4"]
CHIPS += ["L20", "B100", "B200", "B300", "GB200", "GB300", "B30A", "B40", "GB10", "P100"]
CHIPS += ["V100", "T4", "P40", "GH200", "A10G", "H100 NVL", "B20", "B30", "RTX 4090", "RTX 5090"]
CHIPS += ["RTX 4090D", "RTX 5090D", "RTX Pro 6000", "Rubin CPX"]
MANY = 26  # articles naming H100


def _article(n: int, chip: str) -> str:
    return (
        f"{chip} 공급 소식 제{n}호\n\n"
        f"엔비디아는 {n}일 {chip} 가속기 {n * 7}대를 데이터센터 고객 {n + 3}곳에 공급한다고 밝혔다. "
        f"업계는 {chip} 수요가 {n}분기에도 이어질 것으로 본다.\n"
    )


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Corpus:
    corpus = Corpus(Store(tmp_path_factory.mktemp("flat") / "s.sqlite3"))
    texts = [_article(n, chip) for n, chip in enumerate(CHIPS, 1)]
    texts += [_article(100 + n, "H100") for n in range(MANY - 1)]
    assert all(added for _, added in corpus.add_texts(texts))
    return corpus


def _run(corpus: Corpus, text: str):  # type: ignore[no-untyped-def]
    command = parse(text)
    assert command is not None
    return dispatch(command, Context(corpus))


def test_chip_list_shows_the_most_mentioned_and_counts_the_rest(corpus: Corpus) -> None:
    reply = _run(corpus, "/chips")
    total = len(corpus.entity_stats(CHIP))
    assert total > LISTED_CHIPS and reply.data["chip_count"] == total
    assert len(reply.sections[0].lines) == LISTED_CHIPS
    expected = [s.name for s in corpus.entity_stats(CHIP)]
    assert [c["name"] for c in reply.data["chips"]] == expected  # the JSON lists every chip
    assert f"외 {total - LISTED_CHIPS}종" in reply.notices[0]
    assert str(total) in reply.title


def test_the_chip_list_json_is_built_only_when_read() -> None:
    built: list[int] = []

    def build() -> dict[str, object]:
        built.append(1)
        return {"chips": ["H20"], "chip_count": 1}

    data = LazyData(build)
    assert built == []  # a chat reply never reads it
    assert dict(data) == {"chips": ["H20"], "chip_count": 1} and data["chip_count"] == 1
    assert built == [1]  # built once


def test_a_chip_shows_its_newest_sources_and_the_json_lists_them_all(corpus: Corpus) -> None:
    every = corpus.entity_stats(CHIP)[0]
    assert every.name == "H100" and len(every.sources) == MANY
    for text in ("/chips", "/chips H100"):
        chip = _run(corpus, text).data["chips"][0]
        assert chip["source_count"] == MANY
        assert chip["sources"] == list(every.sources)
    line = _run(corpus, "/chips H100").sections[0].lines[0].text
    assert f"외 {MANY - LISTED_SOURCES}건" in line


def test_first_and_last_mention_come_from_the_aggregates(corpus: Corpus) -> None:
    for stats in corpus.entity_stats(CHIP):
        span = mention_span(corpus.store, stats.key)
        assert span is not None and (stats.first, stats.last) == span


def _ranked_over_every_match(corpus: Corpus, words: str) -> list[object]:
    """The keyword summary as it was: every match read whole, then ranked."""
    terms = summarize._search_terms(corpus.terms_of(words))
    candidates = []
    for s in corpus.search_terms(terms):
        hits = sum(1 for t in terms if t in set(s.terms))
        if hits:
            candidates.append((s, hits / len(terms) + 0.5 * s.score))
    return list(summarize.select(candidates, 5, 2))


@pytest.mark.parametrize("words", ["공급 수요", "데이터센터", "가속기 고객 분기", "없는낱말"])
def test_keyword_summary_reads_few_and_picks_the_same(corpus: Corpus, words: str) -> None:
    _, picked = summarize.focused(corpus, words, 5)
    assert picked == _ranked_over_every_match(corpus, words)


def test_a_discovered_chip_resolves_by_name_and_a_plain_word_does_not(tmp_path) -> None:  # type: ignore[no-untyped-def]
    corpus = Corpus(Store(tmp_path / "d.sqlite3"))
    text = "뉴로칩 신제품\n\n스타트업 뉴로칩은 새 AI 가속기 NX-7을 공개했다. NX-7 칩은 내년 양산된다.\n"
    assert all(added for _, added in corpus.add_texts([text]))
    key = corpus.resolve_entity("nx-7")
    assert key is not None and corpus.resolve_entity("NX - 7") == key
    assert corpus.resolve_entity("가속기") is None and corpus.resolve_entity("전력 수요") is None


def _ranked_in_python(corpus: Corpus, terms: list[str], limit: int) -> list[tuple[int, int, float]]:
    """The ranking as Python computed it before SQLite did (and as it still
    does on a store without the full-text index)."""
    ranked = []
    for article_id, idx, score, sentence_terms in corpus.search_keys(terms, limit):
        present = sentence_terms.split()
        hits = sum([t in present for t in terms])
        if hits:
            ranked.append((article_id, idx, hits / len(terms) + 0.5 * score))
    ranked.sort(key=lambda r: -r[2])  # stable: the newest first on a tie
    return ranked


@pytest.mark.parametrize(
    "terms",
    [
        ["공급"],
        ["h100"],
        ["공급", "수요"],
        ["수요", "수요", "고객"],
        ["가속기", "없는낱말"],
        ["없는낱말"],
    ],
)
@pytest.mark.parametrize("limit", [7, 1000])
def test_the_store_ranks_a_keyword_pool_as_python_did(
    corpus: Corpus, terms: list[str], limit: int
) -> None:
    every = _ranked_in_python(corpus, terms, limit)
    for take in (1, 5, 20, 1000):
        assert corpus.search_ranked(terms, take, limit) == every[:take]


class _Counted:
    """A corpus whose sentences are near-repeats of one another (one per
    article, every sentence the same terms), counting the texts read."""

    def __init__(self, matches: int) -> None:
        self.matches, self.read = matches, 0

    def ranking(self, take: int) -> list[tuple[int, int, float]]:
        return [(a, 0, 1.0 - a / 10_000) for a in range(1, self.matches + 1)][:take]

    def sentences_at(self, keys: list[tuple[int, int]]) -> list[SentenceRow]:
        self.read += len(keys)
        return [SentenceRow(a, i, 0, f"문장 {a}", ("전력", "수요"), 0.1, 0) for a, i in keys]


@pytest.mark.parametrize("matches", [3, 50, 1000])
def test_a_keyword_summary_reads_at_most_its_cap(matches: int) -> None:
    counted = _Counted(matches)
    picked = summarize._select_read(counted, counted.ranking, 5, 2)  # type: ignore[arg-type]
    assert [s.article_id for s in picked] == [1]  # the rest repeat it
    assert counted.read == min(matches, summarize.READ_AT_MOST * 5)
