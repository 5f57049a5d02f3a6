"""The built wheel runs outside the checkout: installed into a fresh virtual
environment in a temporary folder, it answers ``/summary`` from the bundled
corpus and ``briefbot doctor`` passes (no tokens: those checks are skipped)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _uv() -> str:
    uv = os.environ.get("UV") or shutil.which("uv")
    if not uv:
        pytest.skip("uv is not installed")
    return uv


def _run(args: list[str], **kwargs: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, capture_output=True, text=True, timeout=300, check=False, **kwargs)  # type: ignore[call-overload, no-any-return]


@pytest.mark.slow
def test_wheel_installed_outside_the_checkout(tmp_path: Path) -> None:
    uv = _uv()
    dist = tmp_path / "dist"
    built = _run([uv, "build", "--wheel", "-o", str(dist)], cwd=ROOT)
    assert built.returncode == 0, built.stderr
    wheel = str(next(dist.glob("*.whl")))
    venv = tmp_path / "venv"
    assert _run([uv, "venv", "-q", str(venv)], cwd=tmp_path).returncode == 0
    install = [uv, "pip", "install", "-q", "--python", str(venv / "bin" / "python"), wheel]
    # uv's cache has every dependency once the project is synced; PyPI only if not.
    if _run([*install, "--offline"], cwd=tmp_path).returncode != 0:
        installed = _run(install, cwd=tmp_path)
        assert installed.returncode == 0, installed.stderr
    home = tmp_path / "home"
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("BRIEFBOT_", "XDG_", "VIRTUAL_ENV", "TELEGRAM_", "SLACK_"))
    }
    env.update(HOME=str(home), PATH=f"{venv / 'bin'}:{env.get('PATH', '')}")
    briefbot = str(venv / "bin" / "briefbot")
    answer = _run([briefbot, "ask", "/summary"], cwd=tmp_path, env=env)
    assert answer.returncode == 0, answer.stderr
    assert "브리핑" in answer.stdout and re.search(r"\[\d+\]", answer.stdout)
    stores = list((home / ".local" / "share" / "briefbot").glob("*.sqlite3"))
    assert len(stores) == 1  # $XDG_DATA_HOME/briefbot, never inside site-packages
    chart = _run([briefbot, "ask", "/trend 엔비디아"], cwd=tmp_path, env=env)
    assert chart.returncode == 0 and "Warning" not in chart.stderr, chart.stderr
    png = Path(chart.stdout.strip().splitlines()[-1].removeprefix("🖼 "))
    assert png.read_bytes().startswith(b"\x89PNG") and png.is_relative_to(home / ".cache")
    checked = _run([briefbot, "doctor"], cwd=tmp_path, env=env)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "packaged defaults" in checked.stdout
    assert "site-packages/bot/data/corpus (5 article files)" in checked.stdout
