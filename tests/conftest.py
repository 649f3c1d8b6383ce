"""Shared fixtures: a private home for every test, a running sandbox on loopback, an in-memory keyring."""

from __future__ import annotations

import itertools
import os

import pytest
from hypothesis import HealthCheck, settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Hypothesis' per-example deadline and too-slow check are wall-clock thresholds: a loaded machine missed
# them while the code was right. Properties are about what the code answers, not how fast.
settings.register_profile("kupay", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("kupay")


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
def memory_keyring():
    """An empty in-memory keyring in place of the system's: nothing a test stores leaves the process."""
    from keyring_memory import MemoryKeyring, installed

    with installed(MemoryKeyring()) as backend:
        yield backend


@pytest.fixture
def client(sandbox):
    """A KuPay client for this test's sandbox, as the till's pollers make them (no retries of its own)."""
    from till_harness import TOKEN

    from pos_app.kupay.client import KuPayClient

    c = KuPayClient(sandbox.base_url, TOKEN, retries=0, read_timeout=5.0)
    yield c
    c.close()


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


_SHOP_NUMBERS = itertools.count(1)


@pytest.fixture(scope="session")
def pg_cluster():
    """One throwaway PostgreSQL cluster for the whole run (Debian's `postgresql`, see tests/pg_cluster.py)."""
    from pg_cluster import PgCluster, find_bin_dir

    bin_dir = find_bin_dir()
    if bin_dir is None:
        if os.environ.get("CI"):
            pytest.fail("PostgreSQL is not installed: packaging/linux/system-deps.sh test installs it")
        pytest.skip("PostgreSQL is not installed (bash packaging/linux/system-deps.sh test)")
    cluster = PgCluster(bin_dir)
    cluster.start()
    yield cluster
    cluster.destroy()


@pytest.fixture
def shop_db(pg_cluster):
    """A fresh shop database set up by `shop init`; its `.target` is what a till connects with."""
    import psycopg
    from pg_cluster import SUPERUSER_PASSWORD

    from pos_app.shop.database import ShopTarget, init_schema

    name = f"shop_{next(_SHOP_NUMBERS)}"
    with psycopg.connect(pg_cluster.admin(), autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    target = ShopTarget(pg_cluster.address(name), SUPERUSER_PASSWORD)
    with psycopg.connect(pg_cluster.admin(name)) as conn:
        init_schema(conn)
    return ShopDatabase(pg_cluster, name, target)


class ShopDatabase:
    """One test's shop database: `query()` reads it as the admin."""

    def __init__(self, cluster, name, target):
        self.cluster = cluster
        self.name = name
        self.target = target

    def query(self, sql, params=()):
        import psycopg

        with psycopg.connect(self.cluster.admin(self.name)) as conn:
            return conn.execute(sql, params).fetchall()

    def execute(self, sql):
        import psycopg

        with psycopg.connect(self.cluster.admin(self.name)) as conn:
            conn.execute(sql)


@pytest.fixture
def tills(tmp_path, shop_db):
    """Make tills (tests/shop_tills.py) pointed at this test's shop database; they retry fast."""
    from shop_tills import Till

    made: list = []

    def make(name: str = "Till 1", prefix: str = "T1-", target=None, **options):
        options.setdefault("backoff", (0.05, 0.2))
        till = Till(tmp_path, name, prefix, target or shop_db.target, **options)
        made.append(till)
        return till

    yield make
    for till in made:
        till.close()


@pytest.fixture
def language(qapp):
    """`language("es")` shows the screens built afterwards in Spanish; English again after the test."""
    from pos_app.ui.i18n import install_language, reset_language

    def use(code: str, system_locale: str = "en_US") -> None:
        install_language(code, system_locale)

    yield use
    reset_language()


@pytest.fixture(autouse=True, scope="session")
def english_as_at_the_till():
    """Windows in tests speak English as the till does: the code's words and English plural forms."""
    from PySide6.QtWidgets import QApplication

    from pos_app.ui.i18n import reset_language

    QApplication.instance() or QApplication([])
    reset_language()
    yield


@pytest.fixture(autouse=True)
def fresh_pin_attempts():
    """Wrong owner PINs count for the app's lifetime: five across tests would lock every later PIN prompt."""
    from pos_app.settings import PIN_ATTEMPTS

    PIN_ATTEMPTS.succeeded()
    yield
    PIN_ATTEMPTS.succeeded()
