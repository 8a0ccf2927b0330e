"""Fixtures for the web tests: the real app over a real ledger database.

SQLite always; PostgreSQL too when ``SECTION16_TEST_POSTGRES_URL`` is set (each test run
gets a fresh schema there). The browser tests start a real Uvicorn server on a free
127.0.0.1 port.
"""

from __future__ import annotations

import os
import socket
import threading
import time
import uuid
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from section16.web import create_app

TOKEN = "test-token-123"
POSTGRES_URL = os.environ.get("SECTION16_TEST_POSTGRES_URL")


def _postgres_database(base_url: str) -> Iterator[str]:
    """A throwaway database on the test server, dropped afterwards."""
    import sqlalchemy as sa

    name = f"s16web_{uuid.uuid4().hex[:10]}"
    admin = sa.create_engine(base_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(sa.text(f'CREATE DATABASE "{name}"'))  # name is generated above, not user input
    url = sa.engine.make_url(base_url).set(database=name).render_as_string(hide_password=False)
    try:
        yield url
    finally:
        with admin.connect() as conn:
            conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


# PostgreSQL joins in only when a server is named, so runs without one stay quiet.
DATABASES = ["sqlite", *([pytest.param("postgres", marks=pytest.mark.postgres)] if POSTGRES_URL else [])]


@pytest.fixture(scope="module", params=DATABASES)
def db_url(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path_factory.mktemp('web') / 'ledger.db'}"
        return
    assert POSTGRES_URL
    yield from _postgres_database(POSTGRES_URL)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class LiveServer:
    """A real Uvicorn server in a thread, stopped at teardown."""

    def __init__(self, app: object) -> None:
        import uvicorn

        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        config = uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning", lifespan="off")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> LiveServer:
        self.thread.start()
        deadline = time.monotonic() + 10
        while not self.server.started:
            if time.monotonic() > deadline:
                raise RuntimeError("uvicorn did not start within 10 s")
            time.sleep(0.02)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


@pytest.fixture(scope="module")
def no_ledger_client(tmp_path_factory: pytest.TempPathFactory) -> TestClient:
    """An app whose routes under test never touch the database (parse, auth, limits)."""
    db = tmp_path_factory.mktemp("noledger") / "unused.db"
    return TestClient(create_app(f"sqlite:///{db}", TOKEN, max_upload_bytes=64 * 1024))
