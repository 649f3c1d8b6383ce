"""Starting what the till needs to take payments: which backend this run uses (the demo's sandbox or KuPay,
which address, which shop database), and the blocking work of starting it (the keyring's token, the
journal, the HTTP clients, the demo's sandbox) for a worker thread. Qt-free: the launch code and the main
window run `StartPlan.start` off the UI thread and only show its outcome (the keypad, or the set-up screen
when there is no token yet).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # imported before the window is on screen: nothing heavy at import
    from pos_app.credentials import CredentialStore
    from pos_app.settings import Settings
    from pos_app.terminal import Backend

log = logging.getLogger(__name__)

DEMO_TOKEN = "demo-token"  # the in-process sandbox accepts only this; the keyring is never touched in demo


class NeedsSetup:
    """A start's answer when the keyring holds no token yet (or cannot be read): the set-up screen comes."""

    def __init__(self, credentials: CredentialStore) -> None:
        self.credentials = credentials  # kept for the set-up screen: it may hold a token for this session


@dataclass(frozen=True)
class StartPlan:
    """What one start of the backend uses, decided on the UI thread from the settings and the command line."""

    demo: bool
    api_url: str  # where payments go: --api-url, else the settings file's address
    demo_api_url: str | None = None  # --demo --api-url: a sandbox to use instead of the built-in one
    shop: tuple[str, str, str] = ("", "", "")  # the shop database's address, this till's name and prefix
    pay_hosts: tuple[str, ...] = ()
    proxy: str = ""

    def start(
        self, token: str | None = None, credentials: CredentialStore | None = None
    ) -> Backend | NeedsSetup:
        """Blocking (run off the UI thread). `token` is one the owner just typed (else the keyring's)."""
        if self.demo:
            return start_demo_backend(self.demo_api_url)
        return start_backend(self.api_url, token, credentials, self.shop, self.pay_hosts, self.proxy)


def plan_start(
    settings: Settings,
    *,
    demo: bool,
    api_url: str,
    api_url_override: str | None = None,
    shop_db: str = "",
) -> StartPlan:
    """The plan for this start: `api_url` is the address the till uses now, `api_url_override` the one given
    with --api-url (still in force), `shop_db` the shop database's address (--shop-db or Settings)."""
    if demo:  # a demo never uses the shop's settings: its own sandbox, or the one named with --api-url
        return StartPlan(demo=True, api_url=api_url, demo_api_url=api_url_override)
    return StartPlan(
        demo=False,
        api_url=api_url,
        shop=(shop_db, settings.terminal_name, settings.order_prefix),
        pay_hosts=settings.allowed_pay_hosts,
        proxy=settings.https_proxy,
    )


def start_demo_backend(api_url: str | None = None) -> Backend:
    """Blocking (run off the UI thread): the sandbox on a free loopback port (or the one at `api_url`,
    given with --demo --api-url), a separate demo journal. Only the demo token is ever sent."""
    from pos_app import paths
    from pos_app.flow import ResumeAction, resume_action
    from pos_app.journal import DEMO_PAYMENT_GONE, Journal
    from pos_app.kupay.client import KuPayClient, check_base_url
    from pos_app.kupay.sandbox import Sandbox
    from pos_app.sale import SaleState
    from pos_app.settings import api_address
    from pos_app.terminal import Backend

    sandbox = None
    if api_url:
        base_url = check_base_url(api_url)
    else:
        sandbox = Sandbox(host="127.0.0.1", port=0, token=DEMO_TOKEN).start()
        base_url = sandbox.base_url
    log.info("demo: KuPay API at %s", api_address(base_url))
    journal = Journal.open(paths.data_dir() / "demo-journal.sqlite3")  # demo sales stay out of the books
    # An earlier demo's built-in sandbox (and its payments) went with that run: its unfinished sales can never
    # be settled, and would greet every demo with "outcome unknown" notices. The flow's rule ends them quietly.
    # A sandbox named with --api-url outlives the till: a sale left open there may have been paid meanwhile,
    # so it is not a demo's own sandbox for that rule, and the resume worker asks.
    own_sandbox = sandbox is not None
    for sale in journal.unfinished():
        action = resume_action(
            sale, age_seconds=0.0, recreate_within=0.0, can_ask_kupay=True, demo=own_sandbox
        )
        if action is ResumeAction.END_QUIETLY:
            journal.record_state(sale.id, SaleState.UNPAID, DEMO_PAYMENT_GONE)
    return Backend(
        journal=journal,
        client=KuPayClient(base_url, DEMO_TOKEN),
        make_client=lambda: KuPayClient(base_url, DEMO_TOKEN, retries=0, read_timeout=5.0),
        sandbox=sandbox,
    )


def start_backend(
    api_url: str,
    token: str | None = None,
    credentials: CredentialStore | None = None,
    shop: tuple[str, str, str] = ("", "", ""),
    pay_hosts: tuple[str, ...] = (),
    proxy: str = "",
) -> Backend | NeedsSetup:
    """Blocking (run off the UI thread): read the token from the keyring, open the journal, make clients,
    and start replicating to the shop database when `shop` = (address, terminal name, prefix) has one."""
    from pos_app.credentials import CredentialStore, KeyringUnavailable
    from pos_app.journal import Journal
    from pos_app.kupay.client import KuPayClient, check_base_url
    from pos_app.settings import api_address, is_default_api_url
    from pos_app.terminal import Backend

    base_url = check_base_url(api_url)
    log.info(
        "KuPay API at %s%s",
        api_address(base_url),
        "" if is_default_api_url(base_url) else " (not KuPay's default)",
    )
    credentials = (
        credentials or CredentialStore()
    )  # keep the setup screen's store (it may hold a session token)
    if token is None:
        try:
            token = credentials.get_token()
        except KeyringUnavailable:
            return NeedsSetup(credentials)  # the setup screen explains, and can hold a token for this session
    if not token:
        return NeedsSetup(credentials)
    from pos_app import logs

    logs.register_secret(token)  # from now on the support log masks it, wherever it might appear
    journal = Journal.open()
    secret = token
    shop_sync = None
    if shop[0]:
        try:
            from pos_app.shop.replication import start_shop_sync

            shop_sync = start_shop_sync(journal, *shop)
        except ImportError as exc:  # no PostgreSQL client library: the till sells without the shop database
            log.error("shop database unavailable: %s", exc)
    return Backend(
        journal=journal,
        client=KuPayClient(base_url, secret, pay_hosts=pay_hosts, proxy=proxy),
        make_client=lambda: KuPayClient(
            base_url, secret, retries=0, read_timeout=5.0, pay_hosts=pay_hosts, proxy=proxy
        ),
        credentials=credentials,
        shop_sync=shop_sync,
    )
