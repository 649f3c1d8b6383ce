"""What a start of the till uses and does (pos_app/startup.py), without a window."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest
from keyring_memory import LockedKeyring, MemoryKeyring, installed

from pos_app import paths
from pos_app.app import build_parser, parse_command_line
from pos_app.credentials import SERVICE, USERNAME
from pos_app.settings import Settings
from pos_app.startup import NeedsSetup, plan_start

SHOP = "postgresql://till1@db.myshop.lan/kupay"


def test_a_demo_never_uses_the_shops_database_or_its_address():
    settings = Settings(shop_db=SHOP, api_url="https://api.example.net/v1/", https_proxy="http://proxy:3128")
    plan = plan_start(settings, demo=True, api_url=settings.api_url, shop_db=SHOP)
    assert plan.demo and plan.shop == ("", "", "") and plan.proxy == ""
    assert plan.demo_api_url is None  # the built-in sandbox, not the settings file's address


def test_a_till_plan_names_the_address_in_force_and_this_tills_shop_identity():
    settings = Settings(terminal_name="Bar", order_prefix="B2")
    plan = plan_start(
        settings,
        demo=False,
        api_url="https://x.example/v1/",
        api_url_override="https://x.example/v1/",
        shop_db=SHOP,
    )
    assert plan.api_url == "https://x.example/v1/"
    assert plan.shop == (SHOP, "Bar", "B2")


def test_no_token_in_the_keyring_means_the_setup_screen(pos_home, sandbox):
    for keyring in (MemoryKeyring(), LockedKeyring()):
        with installed(keyring):
            outcome = plan_start(Settings(), demo=False, api_url=sandbox.base_url).start()
        assert isinstance(outcome, NeedsSetup) and outcome.credentials is not None
    assert not paths.journal_file().exists()  # nothing opened for a till that is not set up
    assert sandbox.status_requests == 0


def test_a_stored_token_gives_a_backend_that_talks_to_kupay(pos_home, sandbox):
    memory = MemoryKeyring()
    memory.set_password(SERVICE, USERNAME, "shop-token")
    with installed(memory):
        backend = plan_start(Settings(), demo=False, api_url=sandbox.base_url).start()
    try:
        assert not isinstance(backend, NeedsSetup)
        assert backend.client.check_token() and backend.sandbox is None
        assert backend.credentials is not None and paths.journal_file().exists()
    finally:
        backend.close()


def test_starting_needs_no_qt(tmp_path):
    """The start runs on a worker thread and could serve another front end: it loads no Qt at all."""
    script = textwrap.dedent(
        """
        import sys
        from pos_app.settings import Settings
        from pos_app.startup import plan_start
        backend = plan_start(Settings(), demo=True, api_url=Settings().api_url).start()
        assert backend.client.check_token()
        backend.close()
        qt = sorted(name for name in sys.modules if name.startswith(("PySide6", "shiboken6")))
        print("QT:", qt)
        """
    )
    env = {**os.environ, "KUPAY_POS_HOME": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr
    assert "QT: []" in result.stdout


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["--demo"],
        ["--demo", "--customer-display", "window", "--currency", "eur"],
        ["--api-url", "https://api.example.net/v1/", "--fullscreen", "--language", "de"],
        ["--printer", "tcp://192.168.1.50:9100", "--print-when-paid", "--shop-db", SHOP],
        ["--version", "--verbose"],
    ],
)
def test_opening_the_till_reads_the_command_line_as_the_full_parser_does(argv):
    """The till's start skips building the commands' parsers; what it reads must not change."""
    assert vars(parse_command_line(argv)) == vars(build_parser().parse_args(argv))


@pytest.mark.parametrize("argv", [["sandboxx"], ["--currency"], ["--bogus"], ["--help"]])
def test_a_wrong_or_help_command_line_gets_the_full_parsers_answer(argv, capsys):
    with pytest.raises(SystemExit) as quick:
        parse_command_line(argv)
    said = capsys.readouterr()
    with pytest.raises(SystemExit) as full:
        build_parser().parse_args(argv)
    assert (quick.value.code, said) == (full.value.code, capsys.readouterr())


def test_a_demo_on_a_sandbox_named_with_api_url_keeps_its_unfinished_sales(pos_home, sandbox):
    """Only the built-in sandbox goes with its run: one named with --demo --api-url still holds the last
    run's payments, and a customer may have paid one meanwhile: it must not be written off as 'Not paid'."""
    from decimal import Decimal

    from pos_app.sale import SaleState
    from pos_app.startup import start_demo_backend
    from pos_app.terminal import build_sale, payment_request

    backend = start_demo_backend(sandbox.base_url)
    settings = Settings()
    sale = build_sale(backend.journal, settings, Decimal("5"), "USD")
    backend.journal.record_new(sale, payment_request(sale, settings))
    created = backend.client.create_payment(payment_request(sale, settings))
    backend.journal.record_created(sale.id, created.payment_id, created.pay_url)
    backend.close()
    sandbox.pay(created.payment_id)  # while the demo till was closed
    again = start_demo_backend(sandbox.base_url)
    try:
        assert again.journal.get(sale.id).state is SaleState.WAITING  # left for the resume worker to settle
    finally:
        again.close()
