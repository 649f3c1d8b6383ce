"""Tried as a new user would: the real app in a real X window, driven by real key presses.

Each test starts `main.py` as its own process on a private Xvfb screen, types on it with xdotool and
talks to a sandbox running in this test process on 127.0.0.1. The token lives in a private GNOME Keyring
on a private D-Bus session, exactly where the app keeps it on a Linux till.

- the till is killed (SIGKILL) while a customer pays, and the sale is settled as paid after a restart;
- a first start asks for the token, keeps it in the keyring only, and uses it for every sale after;
- `--demo` opens a window that says DEMO and takes a sale.
"""

from __future__ import annotations

import csv
import io
import secrets
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
import requests
from e2e_desktop import (
    LOG_NO_TOKEN,
    LOG_TILL_READY,
    App,
    Desktop,
    files_containing,
    keyring_session,
    missing_tools,
    wait_for,
    xvfb_display,
)

from pos_app.journal import Journal
from pos_app.kupay.sandbox import Sandbox
from pos_app.sale import Sale, SaleState

pytestmark = pytest.mark.slow

_NO_X = missing_tools("Xvfb", "xdotool")
_NO_KEYRING = missing_tools("dbus-run-session", "gnome-keyring-daemon", "secret-tool")
needs_x = pytest.mark.skipif(
    bool(_NO_X), reason=f"needs {', '.join(_NO_X)} for a real X window (apt-get install xvfb xdotool)"
)
needs_keyring = pytest.mark.skipif(
    bool(_NO_KEYRING),
    reason=f"needs {', '.join(_NO_KEYRING)} for a real Secret Service "
    "(apt-get install dbus gnome-keyring libsecret-tools)",
)


@pytest.fixture(scope="module")
def display() -> Iterator[str]:
    if _NO_X:
        pytest.skip(f"needs {', '.join(_NO_X)}")
    with xvfb_display() as name:
        yield name


@pytest.fixture
def desktop(display: str, tmp_path: Path, pos_home: Path) -> Desktop:
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    (tmp_path / "output").mkdir()
    return Desktop(
        display=display,
        home=tmp_path / "home",
        pos_home=pos_home,
        runtime_dir=runtime,
        output_dir=tmp_path / "output",
    )


@pytest.fixture
def token() -> str:
    return f"kp_e2e_{secrets.token_hex(12)}"  # unique: a hit in a file can only come from this test


@pytest.fixture
def kupay(token: str) -> Iterator[Sandbox]:
    """The KuPay stand-in: accepts only this test's token, so a sale that arrives carried the right one."""
    server = Sandbox(host="127.0.0.1", port=0, token=token).start()
    try:
        yield server
    finally:
        server.stop()


def journal_sale(path: Path, sale_id: str) -> Sale | None:
    """Read one sale the way another process would (the app keeps running meanwhile)."""
    if not path.exists():
        return None
    journal = Journal.open(path)
    try:
        return journal.get(sale_id)
    finally:
        journal.close()


def charge(app: App, kupay: Sandbox, amount: str) -> dict:
    """Once the till says it takes payments, clear the display, type the amount and press Return, as a
    cashier would. Returns the create body that reached the sandbox."""
    creates_before = len(kupay.create_requests)  # every create that arrived, refused ones included
    app.wait_for_log(LOG_TILL_READY)
    app.key("Escape")  # the keypad starts empty; Escape makes sure nothing typed earlier is charged
    app.type(amount)
    app.key("Return")
    if not kupay.wait_for_create(timeout=10, count=creates_before + 1):
        raise AssertionError(f"no payment request reached the sandbox after typing {amount}:\n{app.output()}")
    return kupay.create_requests[creates_before]


def export_rows(desktop: Desktop, tmp_path: Path) -> list[dict[str, str]]:
    out = tmp_path / "export.csv"
    result = desktop.run_cli("export", "--csv", str(out))
    assert result.returncode == 0, result.stderr
    return list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))


@needs_x
@needs_keyring
@pytest.mark.keyring_integration
def test_a_sale_killed_mid_payment_is_paid_after_restart(desktop, kupay, token, tmp_path):
    """Issue 5: the till dies (SIGKILL) while the customer pays; after a restart the sale shows paid."""
    journal_path = desktop.pos_home / "data" / "journal.sqlite3"
    args = ("--api-url", kupay.base_url, "--currency", "EUR")
    with keyring_session(desktop):
        desktop.store_token(token)  # a till that was set up before
        app = desktop.start_app(*args, name="first-run")
        try:
            app.wait_window()
            # The create is held 3 s at the sandbox: while it is unanswered the journal must already
            # have the sale (written before the request is sent), with no payment id yet.
            kupay.set_faults(latency=3.0)
            body = charge(app, kupay, "12.50")
            sale_id = body["id"]
            before_answer = journal_sale(journal_path, sale_id)
            assert kupay.find_by_id(sale_id) is None  # the sandbox has not processed it yet
            kupay.set_faults()  # heal: the status reads that follow are answered at once
            assert before_answer is not None, "the sale was not in the journal before the create was sent"
            assert before_answer.amount == Decimal("12.50") and before_answer.currency == "EUR"
            assert before_answer.payment_id == ""
            assert str(body["amount"]) == "12.50" and body["currency"] == "EUR"  # exact text on the wire

            payment = wait_for(lambda: kupay.find_by_id(sale_id), 10, "the payment to exist in the sandbox")
            payment_id = payment["payment_id"]
            wait_for(lambda: kupay.payment(payment_id)["status_reads"] > 0, 15, "the app to poll the payment")
            waiting = journal_sale(journal_path, sale_id)
            assert waiting is not None and waiting.state is SaleState.WAITING
            assert waiting.payment_id == payment_id

            app.kill_hard()
        finally:
            app.stop()

        # The customer pays while the till is down.
        kupay.pay(payment_id)
        reads_while_down = kupay.payment(payment_id)["status_reads"]

        app = desktop.start_app(*args, name="restart")
        try:
            app.wait_window()

            def settled() -> Sale | None:
                sale = journal_sale(journal_path, sale_id)
                return sale if sale is not None and sale.state is SaleState.PAID else None

            paid = wait_for(settled, 20, "the restarted app to record the sale as paid")
            assert kupay.payment(payment_id)["status_reads"] > reads_while_down  # it asked KuPay again
            assert paid.payment_id == payment_id
            assert len(kupay.payments()) == 1  # resumed, never charged twice
        finally:
            app.stop()

    rows = [row for row in export_rows(desktop, tmp_path) if row["id"] == sale_id]
    assert len(rows) == 1, rows
    assert rows[0]["status"] == "paid"
    assert rows[0]["amount"] == "12.50"
    assert rows[0]["currency"] == "EUR"
    assert rows[0]["payment_id"] == payment_id


@needs_x
@needs_keyring
@pytest.mark.keyring_integration
def test_first_start_sets_up_the_token_in_the_keyring_only(desktop, kupay, token, tmp_path):
    """Issues 3/4: set-up screen on an empty keyring, token kept in the keyring only, used as Bearer."""
    journal_path = desktop.pos_home / "data" / "journal.sqlite3"
    args = ("--api-url", kupay.base_url, "--currency", "EUR")
    # The sandbox really checks the token: a wrong one is refused and creates nothing.
    wrong = requests.post(
        kupay.base_url + "payment/create",
        json={},
        headers={"Authorization": "Bearer kp_wrong_token"},
        timeout=5,
    )
    assert wrong.status_code == 401

    with keyring_session(desktop):
        assert desktop.keyring_token() is None  # a new till: nothing stored yet
        app = desktop.start_app(*args, name="first-start")
        try:
            app.wait_window()
            # The set-up screen follows once the app found the keyring empty; its token field has the
            # keyboard and Return saves.
            app.wait_for_log(LOG_NO_TOKEN)
            assert not journal_path.exists()  # no till without a token: the journal opens after set-up
            app.type(token)
            app.key("Return")
            wait_for(lambda: desktop.keyring_token(), 10, "the set-up screen to store a token", 0.2)
            assert desktop.keyring_token() == token

            body = charge(app, kupay, "7.25")
            sale_id = body["id"]
            # It arrived at a sandbox that accepts only `token`: the app sent `Authorization: Bearer <token>`.
            payment = wait_for(lambda: kupay.find_by_id(sale_id), 10, "the payment to exist in the sandbox")
            kupay.pay(payment["payment_id"])

            def settled() -> Sale | None:
                sale = journal_sale(journal_path, sale_id)
                return sale if sale is not None and sale.state is SaleState.PAID else None

            wait_for(settled, 15, "the app to record the sale as paid")
        finally:
            app.stop()

        # A restart in the same session needs no set-up: the first keys charge a sale at once.
        app = desktop.start_app(*args, name="second-start")
        try:
            app.wait_window()
            second = charge(app, kupay, "3.10")
            wait_for(lambda: kupay.find_by_id(second["id"]), 10, "the second payment in the sandbox")
            assert desktop.keyring_token() == token  # the keys did not land in a set-up screen
        finally:
            app.stop()

    rows = {row["id"]: row for row in export_rows(desktop, tmp_path)}
    assert rows[sale_id]["status"] == "paid" and rows[sale_id]["amount"] == "7.25"
    assert rows[second["id"]]["amount"] == "3.10"

    # The token is nowhere in plain text: not in the settings, journal, logs, Qt's caches, the keyring's
    # own (encrypted) file, nor the app's console output.
    leaks = files_containing(token, desktop.home, desktop.pos_home, desktop.runtime_dir, desktop.output_dir)
    assert leaks == []
    assert (desktop.pos_home / "data" / "journal.sqlite3").exists()  # the search did look at real files
    assert any((desktop.home / ".local/share/keyrings").iterdir())


@needs_x
def test_demo_window_says_demo_and_takes_a_sale(desktop):
    """`main.py --demo`: a window titled KuPay POS … DEMO that charges into its own demo journal."""
    app = desktop.start_app("--demo", "--currency", "EUR", name="demo")
    try:
        app.wait_window()
        title = app.title()
        assert "KuPay POS" in title and "DEMO" in title

        demo_journal = desktop.pos_home / "data" / "demo-journal.sqlite3"
        app.wait_for_log(LOG_TILL_READY)
        app.type("4.20")
        app.key("Return")

        def charged() -> Sale | None:
            if not demo_journal.exists():
                return None
            journal = Journal.open(demo_journal)
            try:
                sales = journal.page(limit=1).sales
            finally:
                journal.close()
            return sales[0] if sales else None

        sale = wait_for(charged, 10, "a demo sale in the demo journal", interval=0.2)
        assert sale.amount == Decimal("4.20") and sale.currency == "EUR"
        assert not (desktop.pos_home / "data" / "journal.sqlite3").exists()  # demo stays out of the books
    finally:
        app.stop()
