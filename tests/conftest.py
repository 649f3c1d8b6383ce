"""Shared fixtures: a private home for every test, a running sandbox on loopback, an in-memory keyring."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def pos_home(tmp_path, monkeypatch):
    """Every test gets its own config/data/log folders, never the real user's."""
    home = tmp_path / "kupay-home"
    monkeypatch.setenv("KUPAY_POS_HOME", str(home))
    return home


@pytest.fixture
def sandbox():
    """A KuPay-compatible sandbox serving on a free 127.0.0.1 port for this test."""
    from pos_app.kupay.sandbox import Sandbox

    server = Sandbox(host="127.0.0.1", port=0).start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def secret_sandbox():
    """A sandbox that accepts only the token "secret", as KuPay accepts only the shop's own."""
    from pos_app.kupay.sandbox import Sandbox

    server = Sandbox(host="127.0.0.1", port=0, token="secret").start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def journal():
    """The sales journal in this test's private data folder."""
    from pos_app.journal import Journal

    j = Journal.open()
    yield j
    j.close()


@pytest.fixture
def tasks(qtbot):
    """A TaskRunner whose last results are delivered before the test's widgets go."""
    from PySide6.QtWidgets import QApplication

    from pos_app.ui.tasks import TaskRunner

    runner = TaskRunner()
    yield runner
    runner.wait_all()
    QApplication.processEvents()
