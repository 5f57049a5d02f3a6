import os
from pathlib import Path

from summarizer.corpus import Corpus, open_corpus
from summarizer.store import Store

ARTICLE = "엔비디아 H20 수출\n\n엔비디아는 중국 수출용 H20 칩을 내놓았다. 화웨이는 어센드 칩으로 맞선다.\n"


def test_restart_on_unchanged_corpus_analyses_nothing(tmp_path: Path, store_target: str) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    store = store_target
    corpus, first = open_corpus(store, folder)
    assert first.added == ["a.txt"]
    before = corpus.store.articles()
    corpus.store.close()
    corpus, second = open_corpus(store, folder)
    assert second.added == second.updated == [] and second.unchanged == 1
    assert corpus.store.articles() == before  # same id, same time added: not re-analysed
    assert [s.title for s in corpus.sources()] == ["엔비디아 H20 수출"]


def test_start_up_reads_only_files_whose_size_or_mtime_changed(tmp_path: Path) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    path = folder / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    store = tmp_path / "s.sqlite3"
    open_corpus(store, folder)[0].store.close()
    # Same size, same mtime, other bytes: not read, so not noticed.
    stat = path.stat()
    path.write_text(ARTICLE.replace("H20", "H80"), encoding="utf-8")
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    corpus, report = open_corpus(store, folder)
    assert report.unchanged == 1 and report.updated == []
    corpus.store.close()
    # A new mtime: read, hashed and re-analysed.
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    corpus, report = open_corpus(store, folder)
    assert report.updated == ["a.txt"]
    assert "H80" in {c.key for c in corpus.entity_stats("chip")}
    # Unchanged bytes under a new mtime: read and hashed, nothing re-analysed.
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 2_000_000_000))
    corpus.store.close()
    corpus, report = open_corpus(store, folder)
    assert report.unchanged == 1 and report.updated == []


def test_changed_removed_and_broken_files(tmp_path: Path, store_target: str) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "b.txt").write_bytes(
        "삼성전자 HBM\n\n삼성전자는 HBM 생산을 늘린다고 밝혔다.".encode("cp949")
    )
    (folder / "broken.txt").write_bytes(b"\x00\x01\x02\xff\xfe\x00" * 100)
    corpus, report = open_corpus(store_target, folder)
    assert sorted(report.added) == ["a.txt", "b.txt"]
    assert [name for name, _ in report.skipped] == ["broken.txt"]
    ids = {s.file: s.id for s in corpus.sources()}

    (folder / "a.txt").write_text(
        ARTICLE + "\n딥시크는 H800을 사용했다고 밝혔다.\n", encoding="utf-8"
    )
    (folder / "b.txt").unlink()
    report = corpus.sync_folder(folder)
    assert report.updated == ["a.txt"] and report.removed == ["b.txt"]
    assert {s.file: s.id for s in corpus.sources()} == {"a.txt": ids["a.txt"]}  # id kept
    assert "H800" in {c.key for c in corpus.entity_stats("chip")}


def test_same_text_is_stored_once(store_target: str) -> None:
    corpus = Corpus(Store(store_target))
    first, added = corpus.add_text(ARTICLE)
    again, added_again = corpus.add_text(ARTICLE.replace("\n", "\r\n"))
    assert added and not added_again and first == again


def test_store_uses_wal(tmp_path: Path) -> None:
    store = Store(tmp_path / "s.sqlite3")
    assert store.query("PRAGMA journal_mode")[0][0] == "wal"


def test_saved_html_page_in_the_corpus_folder(tmp_path: Path) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    body = "".join(
        f"<p>엔비디아는 중국 수출용 H20 칩의 {n}차 공급 계획을 밝혔다. 업계는 수요가 늘 것으로 본다.</p>"
        for n in range(1, 6)
    )
    page = (
        '<html><head><meta charset="euc-kr"><title>H20 공급 확대</title>'
        '<meta property="og:title" content="엔비디아, H20 공급 확대">'
        '<meta property="og:site_name" content="테크데일리">'
        f"</head><body><nav>메뉴 홈 로그인</nav><article>{body}</article>"
        "<footer>저작권자 ⓒ 테크데일리 무단전재 및 재배포 금지</footer></body></html>"
    )
    (folder / "page.html").write_bytes(page.encode("cp949"))
    (folder / "empty.html").write_text("<html><body><nav>메뉴</nav></body></html>", "utf-8")
    corpus, report = open_corpus(tmp_path / "s.sqlite3", folder)
    assert report.added == ["page.html"]
    assert [name for name, _ in report.skipped] == ["empty.html"]
    (source,) = corpus.sources()
    assert (source.title, source.publisher) == ("엔비디아, H20 공급 확대", "테크데일리")
    assert "H20" in {c.key for c in corpus.entity_stats("chip")}
    assert corpus.sync_folder(folder).unchanged == 1
