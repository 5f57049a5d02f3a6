import json
import logging
import subprocess
import sys
from pathlib import Path

import pytest

from bot.cli import main
from bot.config import ConfigError, load_config
from bot.runtime import log_config

ROOT = Path(__file__).resolve().parent.parent


def test_ask_json_contract(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    store = tmp_path / "s.sqlite3"
    assert main(["ask", "--json", "--store", str(store), "/sources"]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert payload["command"] == "sources" and payload["text"]
    assert [s["id"] for s in payload["data"]["sources"]] == [1, 2, 3, 4, 5]
    assert main(["ask", "--json", "--store", str(store), "/summary"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert all(set(s) == {"text", "source"} for s in summary["data"]["sentences"])


def test_unknown_command_exits_zero(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ask", "--store", str(tmp_path / "s.sqlite3"), "/frobnicate"]) == 0
    assert "/help" in capsys.readouterr().out


def test_other_corpus_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "x.txt").write_text(
        "AMD MI300X 출하\n\nAMD의 MI300X 가속기가 출하됐다고 회사가 밝혔다.", "utf-8"
    )
    assert (
        main(
            ["ask", "--json", "--corpus", str(folder), "--store", str(tmp_path / "s.db"), "/chips"]
        )
        == 0
    )
    chips = json.loads(capsys.readouterr().out)["data"]["chips"]
    assert [(c["name"], c["vendor"]) for c in chips] == [("MI300X", "AMD")]


def test_config_errors_name_the_key(tmp_path: Path) -> None:
    bad = tmp_path / "c.toml"
    bad.write_text('[summary]\nsentences = "many"\n')
    with pytest.raises(ConfigError, match="summary.sentences"):
        load_config(bad)
    bad.write_text('[bot]\nlanguag = "ko"\n')
    with pytest.raises(ConfigError, match="bot.languag"):
        load_config(bad)
    with pytest.raises(ConfigError, match="bot.language"):
        load_config(env={"BRIEFBOT_BOT_LANGUAGE": "fr"})
    assert load_config(env={"BRIEFBOT_STORE_PATH": "/tmp/x.db"}).store_path == Path("/tmp/x.db")


def test_misspelt_environment_names_are_reported(caplog: pytest.LogCaptureFixture) -> None:
    env = {"BRIEFBOT_TELEGRAM_MODES": "webhook", "BRIEFBOT_SOURCES_PER_PAGE": "3", "HOME": "/"}
    config = load_config(env=env)
    assert config.ignored_env == ("BRIEFBOT_TELEGRAM_MODES",)
    assert config.sources.per_page == 3
    with caplog.at_level(logging.WARNING):
        log_config(config)
    assert "BRIEFBOT_TELEGRAM_MODES matches no setting" in caplog.text


@pytest.mark.slow
def test_console_script_end_to_end(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "bot.cli", "--store", str(tmp_path / "s.db")],
        input="/chips H800\n/quit\n",
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "H800 (Nvidia)" in result.stdout
    assert "Traceback" not in result.stderr
