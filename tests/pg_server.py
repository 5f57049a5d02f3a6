"""A real PostgreSQL for the tests: started once per session on 127.0.0.1,
in a temporary folder, with the binaries of the ``pgserver`` package (PyPI
ships them, so a fresh machine needs nothing else) or else the machine's
``/usr/lib/postgresql/*/bin``. Each test gets its own database.

``BRIEFBOT_TEST_POSTGRES=postgresql://…`` uses an existing server instead;
``BRIEFBOT_TEST_POSTGRES=off`` skips the PostgreSQL variants.
"""

from __future__ import annotations

import importlib.util
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest


def find_bin() -> Path | None:
    # The package's binaries, found without importing it (its import warns).
    spec = importlib.util.find_spec("pgserver")
    candidates = []
    if spec is not None and spec.origin:
        candidates.append(Path(spec.origin).parent / "pginstall" / "bin")
    candidates += sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True)
    return next((c for c in candidates if (c / "pg_ctl").exists()), None)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _system_user() -> str | None:
    """initdb refuses to run as root: run the server as an ordinary user."""
    if os.geteuid() != 0:
        return None
    for name in ("postgres", "briefbot-pg"):
        try:
            pwd.getpwnam(name)
            return name
        except KeyError:
            continue
    subprocess.run(["useradd", "-M", "-s", "/bin/false", "briefbot-pg"], check=True)
    return "briefbot-pg"


class PgServer:
    def __init__(self, bin_dir: Path) -> None:
        self.bin = bin_dir
        self.folder = Path(tempfile.mkdtemp(prefix="briefbot-pg-"))
        self.data = self.folder / "data"
        self.user = _system_user()
        self.port = _free_port()
        self.url = f"postgresql://postgres@127.0.0.1:{self.port}/postgres"

    def _run(self, *args: str) -> None:
        subprocess.run(
            [str(self.bin / args[0]), *args[1:]],
            check=True,
            capture_output=True,
            user=self.user,
            timeout=120,
        )

    def start(self) -> None:
        if self.user:
            shutil.chown(self.folder, self.user)
        self._run("initdb", "-D", str(self.data), "-U", "postgres", "-A", "trust", "-E", "UTF8")
        options = (
            f"-h 127.0.0.1 -p {self.port} -k {self.folder} -c fsync=off "
            "-c synchronous_commit=off -c full_page_writes=off -c max_connections=200"
        )
        log = str(self.folder / "server.log")
        self._run("pg_ctl", "-D", str(self.data), "-o", options, "-l", log, "-w", "start")

    def stop(self) -> None:
        try:
            self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)

    def database(self) -> str:
        """A new, empty database; its URL."""
        return new_database(self.url)


def new_database(server_url: str) -> str:
    name = f"t_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(server_url, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name} TEMPLATE template0")
    base, _, _ = server_url.rpartition("/")
    return f"{base}/{name}"


@pytest.fixture(scope="session")
def pg_server() -> Iterator[str]:
    """The URL of a PostgreSQL server for the whole session."""
    given = os.environ.get("BRIEFBOT_TEST_POSTGRES", "")
    if given == "off":
        pytest.skip("BRIEFBOT_TEST_POSTGRES=off")
    if given:
        yield given
        return
    bin_dir = find_bin()
    if bin_dir is None:
        pytest.skip("no PostgreSQL binaries: uv sync --dev installs pgserver")
    server = PgServer(bin_dir)
    server.start()
    try:
        yield server.url
    finally:
        server.stop()


@pytest.fixture()
def pg_url(pg_server: str) -> str:
    """A fresh database on the session's server."""
    return new_database(pg_server)


@pytest.fixture(params=["sqlite", "postgres"])
def store_target(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A store on each backend: a SQLite file, then a PostgreSQL database."""
    if request.param == "sqlite":
        return str(tmp_path / "store.sqlite3")
    return new_database(request.getfixturevalue("pg_server"))
