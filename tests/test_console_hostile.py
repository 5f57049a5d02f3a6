"""Hostile console input, as a careless user or operator types it: every case
gets a clear answer (exit 0) or a one-line error (non-zero exit), never a
traceback. Most cases run the real CLI in-process (``bot.cli.main``); the
pipe and argument-bytes cases start ``briefbot`` as a process."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.cli import main
from handlers.commands import COMMANDS

ROOT = Path(__file__).resolve().parent.parent

# (argv after `ask`, expected text in the reply) — answered with exit status 0
ASK_CASES = [
    ([""], "/summary"),  # empty: the help
    (["   \t "], "/summary"),
    (["x" * 10_000], "200자"),
    (["<b>굵게</b>"], "<b>굵게</b>"),  # echoed as text, nothing interpreted
    (["**bold** [a](http://x)"], "찾지 못했습니다"),
    (["\ud800abc"], "abc"),  # lone surrogate
    (["/nosuch"], "모르는 명령"),
    (["/summary 99999"], "99999"),
    (["/chips 없는칩"], "없는칩"),
    (["/sources -1"], "-1"),
    (["/sources 9999쪽"], "9999쪽은 없습니다"),
    (["/lang xx"], "/lang ko"),
    (["/subscribe 25:00"], "25:00"),
    (["/subscribe 8:00 Mars/Phobos"], "Mars/Phobos"),
    (["/trend"], "/trend H800"),
    (["/trend H800 99999"], "최근 365일"),  # a huge day count is clamped, not a keyword
    (["--lang", "en", "/nosuch"], "I don't know"),
    (["--lang", "en", "/subscribe 25:00"], "can't read the time"),
    (["--lang", "en", "/sources 9999쪽"], "no page 9999"),
]


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> str:
    return str(tmp_path_factory.mktemp("hostile") / "s.sqlite3")


@pytest.mark.parametrize(("argv", "expected"), ASK_CASES, ids=lambda v: repr(v)[:40])
def test_ask_answers_every_input(
    store: str, argv: list[str], expected: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["ask", "--store", store, *argv]) == 0
    out, err = capsys.readouterr()
    assert expected in out and out.strip()
    assert "Traceback" not in out + err


def _files(tmp: Path) -> dict[str, Path]:
    (tmp / "bad.txt").write_bytes(b"\xff\xfe\x00\xd8garbage\x80\x81")
    (tmp / "empty.txt").write_bytes(b"")
    (tmp / "bin").mkdir()
    (tmp / "bin" / "a.txt").write_bytes(bytes(range(256)) * 12)
    (tmp / "bin" / "b.md").write_bytes(b"\x00\x01\x02" * 500)
    (tmp / "broken.toml").write_text("[bot\nlanguage = ", "utf-8")
    (tmp / "wrong.toml").write_text("[bot]\nlanguage = 5\n", "utf-8")
    (tmp / "wrong2.toml").write_text('[summary]\nsentences = "many"\n', "utf-8")
    (tmp / "afile").write_text("not a folder", "utf-8")
    (tmp / "latin1.toml").write_bytes('[bot]\nlanguage = "é"\n'.encode("latin-1"))
    return {p.name: p for p in tmp.rglob("*")}


# (argv with {name} for a file of _files, exit status, expected text on stderr)
FAIL_CASES = [
    (["ingest", "{bad.txt}"], 1, "cannot decode"),
    (["ingest", "{empty.txt}"], 1, "empty file"),
    (["ingest", "{bin}"], 1, "binary"),
    (["--store", "{afile}/s.sqlite3", "ask", "/summary"], 2, "cannot open the store"),
    (["--store", "{empty.txt}", "ask", "/summary"], 0, ""),  # an empty file is a new store
    (["--config", "{afile}.missing", "ask", "/help"], 2, "config file not found"),
    (["--config", "{broken.toml}", "ask", "/help"], 2, "not valid TOML"),
    (["--config", "{wrong.toml}", "ask", "/help"], 2, "bot.language"),
    (["--config", "{bin}", "ask", "/help"], 2, "cannot read config file"),
    (["--config", "{latin1.toml}", "ask", "/help"], 2, "not UTF-8"),
    (["--config", "{wrong2.toml}", "ask", "/help"], 2, "summary.sentences"),
    (["brief", "--since", "garbage"], 2, "--since"),
    (["eval", "{afile}"], 2, "not a folder"),
]


@pytest.mark.parametrize(("argv", "status", "expected"), FAIL_CASES, ids=lambda v: str(v)[:40])
def test_bad_files_and_settings_give_one_line(
    tmp_path: Path,
    argv: list[str],
    status: int,
    expected: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    files = {k: str(v) for k, v in _files(tmp_path).items()}
    args = []
    for arg in argv:
        for name, path in files.items():
            arg = arg.replace("{" + name + "}", path)
        args.append(arg)
    if "--store" not in args:
        args = ["--store", str(tmp_path / "s.sqlite3"), *args]
    assert main(args) == status
    out, err = capsys.readouterr()
    assert expected in err
    assert "Traceback" not in out + err
    if status == 2:
        assert len(err.strip().splitlines()) == 1, err


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_store_in_read_only_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "ro"
    folder.mkdir(mode=0o555)
    assert main(["--store", str(folder / "s.sqlite3"), "ask", "/summary"]) == 2
    assert "cannot open the store" in capsys.readouterr().err


def test_sources_notice_fits_the_page(
    store: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("BRIEFBOT_SOURCES_PER_PAGE", "2")
    pages = []
    for argv in (
        ["/sources"],
        ["/sources 2쪽"],
        ["/sources 3쪽"],
        ["--lang", "en", "/sources page 2"],
    ):
        assert main(["ask", "--store", store, *argv]) == 0
        pages.append(capsys.readouterr().out)
    assert "최근 2건만" in pages[0]
    assert "최근 2건만" not in pages[1] and "2쪽: 기사 2건" in pages[1]
    assert "최근 1건만" not in pages[2] and "/sources 4" not in pages[2]  # the last page
    assert "Page 2: 2 articles" in pages[3] and "latest 2" not in pages[3]


def test_help_lists_admin_commands_to_admins(
    store: str, capsys: pytest.CaptureFixture[str]
) -> None:
    # the console is an admin in the default settings (ingest.admins = ["console"])
    for language, heading in (("ko", "관리자 명령"), ("en", "Admin commands")):
        assert main(["ask", "--store", store, "--lang", language, "/help"]) == 0
        out = capsys.readouterr().out
        assert heading in out and "/ingest" in out and "/feeds" in out
        assert all(f"• /{name} — " in out for name in COMMANDS), out  # every command, one line


def test_font_cache_notice_is_silenced(caplog: pytest.LogCaptureFixture) -> None:
    from handlers import chart

    font_log = logging.getLogger("matplotlib.font_manager")
    with caplog.at_level(logging.WARNING):
        font_log.warning("%s; this may take a moment.", chart.FONT_CACHE_NOTICE)
        font_log.warning("findfont: something else")
    assert [r.getMessage() for r in caplog.records] == ["findfont: something else"]


def _briefbot(*args: str) -> list[str]:
    return [sys.executable, "-c", "import sys; from bot.cli import main; sys.exit(main())", *args]


@pytest.mark.slow
def test_closed_pipe_and_undecodable_argument(tmp_path: Path) -> None:
    store = str(tmp_path / "s.sqlite3")
    # `briefbot ask "/summary" | head -1`: the reader is gone before the answer
    proc = subprocess.Popen(
        _briefbot("--store", store, "ask", "/summary"),
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()  # before the answer is written (start-up takes seconds)
    err = proc.stderr.read().decode()
    proc.stderr.close()
    assert proc.wait(timeout=120) == 0, err
    assert "Traceback" not in err and "BrokenPipe" not in err
    # bytes that are not UTF-8 in argv
    done = subprocess.run(
        _briefbot("--store", store, "ask", os.fsdecode(b"/chips \xff\xfe")),
        cwd=ROOT,
        capture_output=True,
        timeout=120,
    )
    assert done.returncode == 0 and b"Traceback" not in done.stderr
    assert done.stdout.strip()


def test_lang_option_beats_the_stored_chat_language(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store = ["--store", str(tmp_path / "s.sqlite3")]
    assert main([*store, "ask", "/lang en"]) == 0
    assert main([*store, "ask", "/sources 99"]) == 0
    assert main([*store, "ask", "--lang", "ko", "/sources 99"]) == 0
    _, english, korean = capsys.readouterr().out.strip().split("\n")
    assert english.startswith("There is no source") and korean.startswith("[99]번 기사는 없습니다")


def test_chart_with_an_unwritable_cache_folder(
    store: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    not_a_folder = tmp_path / "file"
    not_a_folder.write_text("x", "utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(not_a_folder))
    monkeypatch.setattr("tempfile.tempdir", str(tmp_path))
    assert main(["ask", "--store", store, "/trend H800 7"]) == 0
    out = capsys.readouterr().out
    assert f"🖼 {tmp_path}" in out and "H800" in out


def test_sources_with_words_asks_for_a_number(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store = ["--store", str(tmp_path / "s.sqlite3")]
    for arg in ("1 2", "엔비디아"):
        assert main([*store, "ask", f"/sources {arg}"]) == 0
    first, second = capsys.readouterr().out.strip().split("\n")
    assert first.startswith("‘1 2’는 기사 번호가 아닙니다") and "/sources 3" in first
    assert second.startswith("‘엔비디아’는 기사 번호가 아닙니다")
