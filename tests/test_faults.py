"""Faults a shop meets for real, through the real window, the real client and real HTTP.

The sandbox injects the faults (server down, slow answers, 5xx with `[]` or an nginx page, dropped
connections, timeouts, a revoked token, 429 with Retry-After); a tiny local HTTP server serves what the
sandbox cannot (arbitrary status bodies, a create answer with a `javascript:` pay_url). Every test checks
what the cashier sees on the screen and what the journal keeps.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from decimal import Decimal
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt

from pos_app.journal import Journal
from pos_app.kupay.client import KuPayClient, check_pay_url
from pos_app.kupay.errors import (
    BadResponse,
    BadToken,
    KuPayError,
    PaymentOfAnotherSale,
    RateLimited,
    RefusedPayLink,
    ServerError,
)
from pos_app.kupay.models import PaymentState, PaymentStatus
from pos_app.kupay.sandbox import Sandbox
from pos_app.sale import SaleState
from pos_app.settings import Settings
from pos_app.ui.main_window import MainWindow
from pos_app.ui.sale_flow import Backend

TOKEN = "test-token-faults"
RETRYING = "Connection lost — retrying…"
# The words KuPay's docs and plugin use for paid, and close synonyms (kupay-api.md, Part 3).
PAID_WORDS = frozenset({"paid", "completed", "confirmed", "finished", "success", "succeeded"})


# --- a till on a real window, talking to a real server --------------------------------------------


class Till:
    """The main window attached to a backend whose clients talk to `base_url` (a sandbox or a stub)."""

    def __init__(self, qtbot: Any, base_url: str, tmp_path: Any, *, read_timeout: float = 5.0) -> None:
        self.qtbot = qtbot
        self.journal = Journal.open(tmp_path / "journal.sqlite3")
        settings = Settings(poll_interval=0.1, auto_return_seconds=0)
        self.window = MainWindow(settings)
        qtbot.addWidget(self.window)
        self.window.show()
        self.backend = Backend(
            journal=self.journal,
            # Production clients, with the retry backoff shortened so a test does not wait seconds.
            client=KuPayClient(base_url, TOKEN, backoff=0.05),
            make_client=lambda: KuPayClient(base_url, TOKEN, retries=0, read_timeout=read_timeout),
        )
        self.window.attach_backend(self.backend)
        self.sale_screen = self.window.sale_screen
        self.pay_screen = self.window.payment_screen
        self.result = self.window.result_screen

    def type_and_charge(self, amount: str = "12.50") -> None:
        self.qtbot.keyClicks(self.sale_screen, amount)
        self.qtbot.keyClick(self.sale_screen, Qt.Key.Key_Return)

    def key(self, key: Qt.Key) -> None:
        self.qtbot.keyClick(self.window.current_screen(), key)

    def wait_qr(self, timeout: int = 10000) -> None:
        self.qtbot.waitUntil(
            lambda: self.pay_screen.mode() == "waiting" and bool(self.pay_screen.qr.text()), timeout=timeout
        )

    def wait_failed(self, timeout: int = 10000) -> None:
        self.qtbot.waitUntil(lambda: self.pay_screen.mode() == "failed", timeout=timeout)

    def wait_needs_check(self, timeout: int = 10000) -> None:
        self.qtbot.waitUntil(
            lambda: self.window.current_screen() is self.result and self.result.outcome() == "check",
            timeout=timeout,
        )

    def wait_green(self, timeout: int = 10000) -> None:
        self.qtbot.waitUntil(
            lambda: self.window.current_screen() is self.result and self.result.outcome() == "paid",
            timeout=timeout,
        )

    @property
    def payment_id(self) -> str:
        sale = self.window.flow.sale
        assert sale is not None and sale.payment_id
        return sale.payment_id

    def status_line(self) -> str:
        return self.pay_screen.status_text()

    def close(self) -> None:
        self.window.close()


@pytest.fixture
def till(qtbot, sandbox, tmp_path) -> Iterator[Till]:
    t = Till(qtbot, sandbox.base_url, tmp_path)
    yield t
    sandbox.stop()  # first: a create held by `latency` is released at once, so the window closes fast
    t.close()


# --- creating a payment ---------------------------------------------------------------------------


def test_server_down_says_so_journals_the_sale_and_retry_reuses_its_id(qtbot, tmp_path):
    down = Sandbox(port=0).start()
    port = down.port
    down.stop()  # nothing listens on this port now: connection refused
    till = Till(qtbot, f"http://127.0.0.1:{port}/v1/", tmp_path)
    try:
        till.type_and_charge("7.25")
        till.wait_failed()
        message = till.pay_screen.error_text.text()
        assert "refused the connection" in message  # what happened, in the cashier's words
        assert message.endswith(".") and "Errno" not in message and "HTTPConnectionPool" not in message
        assert till.pay_screen.qr.text() == ""
        assert till.pay_screen.retry.isVisible()
        sale = till.window.flow.sale
        assert sale is not None
        journaled = till.journal.get(sale.id)
        assert journaled is not None and journaled.state is SaleState.CREATE_FAILED
        assert journaled.amount == Decimal("7.25")

        # KuPay is back: Retry (Enter) sends the same sale, with the same id, and shows its QR code.
        with Sandbox(port=port) as back:
            till.key(Qt.Key.Key_Return)
            till.wait_qr()
            assert [body["id"] for body in back.create_requests] == [sale.id]
            assert back.find_by_id(sale.id) is not None
            assert till.window.flow.sale.order_number == sale.order_number
            qtbot.waitUntil(lambda: till.journal.get(sale.id).state is SaleState.WAITING)
    finally:
        till.close()


@pytest.mark.parametrize("cancel", ["Escape", "the Cancel button"])
def test_slow_create_shows_creating_and_cancel_works_while_kupay_is_silent(till, sandbox, qtbot, cancel):
    sandbox.set_faults(latency=3.0)
    till.type_and_charge("4.20")
    # At once, before KuPay has answered anything: the cashier sees that the Charge was taken.
    assert till.window.current_screen() is till.pay_screen
    assert till.pay_screen.mode() == "creating"
    assert till.status_line() == "Creating payment…"
    assert sandbox.wait_for_create(timeout=10)  # KuPay has the request: it will make the payment
    # The window still answers while the create hangs: back to the keypad at once, the amount kept.
    if cancel == "Escape":
        till.key(Qt.Key.Key_Escape)
    else:
        qtbot.mouseClick(till.pay_screen.cancel, Qt.MouseButton.LeftButton)
    assert till.window.current_screen() is till.sale_screen
    assert till.window.flow.state == "entering"
    assert till.sale_screen.amount() == Decimal("4.20")
    assert till.pay_screen.qr.text() == ""  # nothing to pay was ever shown
    # KuPay's late answer is not shown: no QR, no poll, and the journal says the cashier cancelled.
    qtbot.waitUntil(lambda: len(sandbox.payments()) == 1, timeout=10000)
    sale_id = sandbox.payments()[0]["id"]
    qtbot.waitUntil(lambda: till.journal.get(sale_id).state is SaleState.CANCELLED_BY_CASHIER, timeout=10000)
    assert till.window.current_screen() is till.sale_screen
    assert till.window.flow.poller is None


@pytest.mark.parametrize(
    ("faults", "expected"),
    [
        ({"fail_next": 3, "status_code": 500}, ServerError.message),  # KuPay's documented 500 []
        ({"fail_next": 3, "status_code": 502, "html_errors": True}, ServerError.message),  # nginx page
        ({"fail_next": 3, "status_code": 503, "html_errors": True}, ServerError.message),
        ({"html_200": True}, None),  # 200 with a captive portal's page
    ],
    ids=["500-empty-array", "502-html", "503-html", "200-html"],
)
def test_create_server_errors_are_one_clear_sentence(till, sandbox, faults, expected):
    sandbox.set_faults(**faults)
    till.type_and_charge("19.99")
    till.wait_failed()
    message = till.pay_screen.error_text.text()
    if expected is not None:
        assert message == expected
    assert message.endswith(".") and "<" not in message and "nginx" not in message.lower()
    assert till.pay_screen.qr.text() == ""
    sale = till.window.flow.sale
    assert till.journal.get(sale.id).state is SaleState.CREATE_FAILED
    # Every attempt (the client's own retries too) carried the one id of this sale.
    assert {body["id"] for body in sandbox.create_requests} == {sale.id}


def test_create_whose_answer_is_lost_is_sent_again_with_the_same_id_and_makes_one_payment(till, sandbox):
    sandbox.set_faults(lose_response_next=1)  # KuPay made the payment, but its answer never arrived
    till.type_and_charge("15")
    till.wait_qr()
    sale = till.window.flow.sale
    bodies = sandbox.create_requests
    assert len(bodies) >= 2 and {body["id"] for body in bodies} == {sale.id}
    assert len(sandbox.payments()) == 1  # the customer is shown one payment, not two
    assert till.pay_screen.qr.text() == sandbox.payments()[0]["pay_url"]


# --- waiting for the customer ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "faults",
    [
        {"error_rate": 1.0, "status_code": 500},
        {"error_rate": 1.0, "status_code": 503},
        {"error_rate": 1.0, "status_code": 502, "html_errors": True},
        {"html_200": True},
        {"drop_rate": 1.0},
        {"latency": 1.0},  # longer than the poller's read timeout below: a timeout on every read
    ],
    ids=["5xx-burst", "503", "html-proxy-page", "html-200", "dropped", "timeout"],
)
def test_polling_through_trouble_says_retrying_then_turns_green(qtbot, sandbox, tmp_path, faults):
    till = Till(qtbot, sandbox.base_url, tmp_path, read_timeout=0.3)
    try:
        till.type_and_charge("5")
        till.wait_qr()
        payment_id = till.payment_id
        sandbox.set_faults(**faults)
        qtbot.waitUntil(lambda: till.status_line() == RETRYING, timeout=10000)
        assert till.window.current_screen() is till.pay_screen
        assert till.pay_screen.qr.text()  # the customer can still scan while we retry
        detail = till.pay_screen.detail.text()
        assert detail and "<" not in detail and "Traceback" not in detail
        sandbox.pay(payment_id)
        sandbox.set_faults()  # KuPay is healthy again
        till.wait_green(timeout=20000)
        assert till.journal.get(till.window.flow.sale.id).state is SaleState.PAID
    finally:
        sandbox.stop()
        till.close()


@pytest.mark.parametrize(
    ("word", "line"),
    [
        ("partially_paid", "Partly paid — waiting for the rest"),
        ("confirming", "Payment seen, waiting for confirmation…"),
        ("paid-ish", "Waiting for the customer…"),  # an undocumented word: keep waiting, show it discreetly
        ("PAYÉ", "Waiting for the customer…"),
    ],
)
def test_status_words_that_are_not_paid_never_turn_green(till, sandbox, qtbot, word, line):
    till.type_and_charge("9.99")
    till.wait_qr()
    sandbox.force_status(till.payment_id, word)
    qtbot.waitUntil(lambda: till.status_line() == line, timeout=5000)
    reads = sandbox.status_requests
    qtbot.waitUntil(lambda: sandbox.status_requests >= reads + 2, timeout=5000)  # read again, still the same
    assert till.window.current_screen() is till.pay_screen and till.status_line() == line
    assert till.result.outcome() != "paid" or not till.result.isVisible()
    sandbox.pay(till.payment_id)  # then the customer completes the payment
    till.wait_green()


@pytest.mark.parametrize(
    "refusals",
    [{"fail_next": 1}, {"error_rate": 1.0}],
    ids=["one 401 is enough", "every request 401"],
)
def test_token_revoked_mid_sale_stops_polling_tells_the_owner_and_keeps_the_sale(
    till, sandbox, qtbot, refusals
):
    till.type_and_charge("42")
    till.wait_qr()
    sale = till.window.flow.sale
    sandbox.set_faults(status_code=401, **refusals)  # 401 [], as KuPay answers a revoked token
    qtbot.waitUntil(lambda: "ask the owner" in till.status_line().lower(), timeout=5000)
    assert BadToken.message in till.pay_screen.detail.text()
    assert till.window.current_screen() is till.pay_screen  # never red, never green: nobody knows yet
    qtbot.waitUntil(lambda: till.window.flow.poller is None, timeout=5000)  # polling has stopped
    reads = sandbox.status_requests
    qtbot.waitUntil(lambda: till.journal.get(sale.id).state is SaleState.NEEDS_CHECK, timeout=5000)
    assert till.journal.get(sale.id).payment_id == sale.payment_id  # kept, with what is needed to check it
    assert sandbox.status_requests == reads


def test_rate_limited_polling_waits_as_retry_after_says(till, sandbox, qtbot):
    till.type_and_charge("8")
    till.wait_qr()
    sandbox.set_faults(error_rate=1.0, status_code=429, retry_after=2)
    first = sandbox.status_requests
    qtbot.waitUntil(lambda: sandbox.status_requests >= first + 1, timeout=5000)
    # From here every read is answered 429 with Retry-After: 2. Time the next two reads.
    start = sandbox.status_requests
    qtbot.waitUntil(lambda: sandbox.status_requests >= start + 1, timeout=5000)
    t1 = time.monotonic()
    qtbot.waitUntil(lambda: sandbox.status_requests >= start + 2, timeout=5000)
    gap = time.monotonic() - t1
    # Without Retry-After the poller would read again after 0.1-0.8 s; it must wait 2 s.
    assert gap >= 1.8, f"read again after {gap:.2f} s despite Retry-After: 2"
    assert till.status_line() == RETRYING
    assert till.pay_screen.detail.text() == RateLimited.message
    sandbox.pay(till.payment_id)
    sandbox.set_faults()
    till.wait_green(timeout=10000)


def test_a_429_asking_for_an_hour_does_not_stop_checking_for_an_hour():
    # Behind a misconfigured proxy, "Retry-After: 3600" must not leave the waiting screen unchecked for an
    # hour while the customer pays: the poller asks again within its usual ceiling (30 s).
    from pos_app.kupay.retry import waiting_screen

    assert waiting_screen(1.5).delay(1, RateLimited(retry_after=3600.0)) <= 30.0


# --- answers no KuPay should send -----------------------------------------------------------------


class StubKuPay(ThreadingHTTPServer):
    """Answers every request with `status` and `body` (bytes), whatever was asked. Loopback only."""

    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _StubHandler)
        self.status = 200
        self.body = b"{}"
        self.content_type = "application/json"
        self.requests = 0
        self._thread = threading.Thread(
            target=self.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/v1/"

    def __enter__(self) -> StubKuPay:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.shutdown()
        self.server_close()


class _StubHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: StubKuPay

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - stdlib signature
        pass

    def _answer(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            self.rfile.read(length)
        self.server.requests += 1
        body = self.server.body
        self.send_response(self.server.status)
        self.send_header("Content-Type", self.server.content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = _answer
    do_POST = _answer


@pytest.fixture(scope="module")
def stub() -> Iterator[StubKuPay]:
    with StubKuPay() as server:
        yield server


@pytest.mark.parametrize(
    "pay_url",
    [
        "javascript:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "file:///etc/passwd",
        "ftp://pay.kupay.finance/x",
        "pay.kupay.finance/merchant/x",
        "https://",
        "https://pay.kupay.finance/x\nSet-Cookie: a=b",
        "https://pay.kupay.finance/" + "a" * 5000,
        "",
        42,
        None,
    ],
)
def test_create_answer_with_an_unusable_pay_url_is_refused(stub, pay_url):
    stub.status, stub.content_type = 200, "application/json"
    stub.body = json.dumps({"payment_id": "p-1", "pay_url": pay_url}).encode()
    with KuPayClient(stub.base_url, TOKEN, retries=0) as client, pytest.raises(BadResponse):
        client.create_payment(_request())


def test_javascript_pay_url_shows_a_sentence_and_no_qr(stub, qtbot, tmp_path):
    stub.status, stub.content_type = 200, "application/json"
    stub.body = json.dumps({"payment_id": "p-1", "pay_url": "javascript:alert(1)"}).encode()
    till = Till(qtbot, stub.base_url, tmp_path)
    try:
        till.type_and_charge("10")
        till.wait_needs_check()
        assert till.result.reason.text() == RefusedPayLink.message
        assert till.pay_screen.qr.text() == "" and till.pay_screen.qr.modules() == 0
        assert "javascript" not in till.pay_screen.link.text()
    finally:
        till.close()


@pytest.mark.parametrize(
    "pay_url",
    [
        "https://pay.evil.example/merchant/x",  # not KuPay's host
        "https://pay.kupay.finance@evil.example/x",  # reads like KuPay, leads elsewhere
        "https://pay.kupay.finance:443@evil.example/x",
        "https://evil.example\\@pay.kupay.finance/x",  # backslash tricks
        "https://pay.kupay.finance\\evil.example/x",
        "https://kupay.finance.evil.example/x",
        "https://evilkupay.finance/x",
        "https://pay.kupay.finance/x\u202egpj.exe",  # bidi override
        "https://pay.kupay.finance/\u200bx",  # zero-width space
        "https://pay.kupay.finance/x\x07",  # control character
        "https://pay.kupay.finance/x y",
        "https://p\u0430y.kupay.finance/x",  # Cyrillic a: IDNA must come as punycode
        "http://evil.example/x",  # plain http off this computer
        "http://pay.kupay.finance/x",
        "https://pay.kupay.finance/" + "é" * 1000,  # 2,000+ characters of non-ASCII
        "https://pay.kupay.finance/" + "a" * 700,  # ASCII, but too many bytes for a readable QR code
    ],
)
def test_a_pay_url_that_does_not_lead_safely_to_kupay_is_refused(stub, pay_url):
    stub.status, stub.content_type = 200, "application/json"
    stub.body = json.dumps({"payment_id": "p-1", "pay_url": pay_url}).encode()
    with KuPayClient(stub.base_url, TOKEN, retries=0) as client, pytest.raises(RefusedPayLink):
        client.create_payment(_request())
    assert stub.requests >= 1


@pytest.mark.parametrize(
    ("pay_url", "api", "hosts"),
    [
        ("https://pay.kupay.finance/merchant/p-1", "https://api.kupay.finance/v1/", ()),
        ("https://kupay.finance/pay/p-1", "https://api.kupay.finance/v1/", ()),
        ("https://api.example.net/pay/p-1", "https://api.example.net/v1/", ()),  # the API's own host
        ("https://pay.myshop.example/p-1", "https://api.kupay.finance/v1/", ("pay.myshop.example",)),
        ("https://xn--pay-zxa.kupay.finance/p-1", "https://api.kupay.finance/v1/", ()),  # punycode
        ("http://127.0.0.1:8765/pay/p-1", "http://127.0.0.1:8765/v1/", ()),  # the sandbox
        ("http://192.168.1.20:8765/pay/p-1", "http://127.0.0.1:8765/v1/", ()),  # its link for a phone
        ("https://pay.kupay.finance/" + "a" * 570, "https://api.kupay.finance/v1/", ()),
    ],
)
def test_kupays_own_links_are_accepted(pay_url, api, hosts):
    assert check_pay_url(pay_url, api_base_url=api, allowed_hosts=hosts) == pay_url


def test_plain_http_pay_link_is_refused_when_the_api_is_not_on_this_computer():
    with pytest.raises(RefusedPayLink):
        check_pay_url("http://192.168.1.20:8765/pay/p-1", api_base_url="https://api.kupay.finance/v1/")
    with pytest.raises(RefusedPayLink):
        check_pay_url("http://127.0.0.1:8765/pay/p-1", api_base_url="https://api.kupay.finance/v1/")


def test_a_refused_pay_link_is_a_sentence_and_needs_check_never_a_stuck_screen(stub, qtbot, tmp_path):
    stub.status, stub.content_type = 200, "application/json"
    stub.body = json.dumps(
        {"payment_id": "p-9", "pay_url": "https://pay.kupay.finance/" + "é" * 1000}
    ).encode()
    till = Till(qtbot, stub.base_url, tmp_path)
    try:
        till.type_and_charge("10")
        till.wait_needs_check()
        assert till.result.title.text() == "Needs check"
        assert till.result.reason.text() == RefusedPayLink.message
        assert till.pay_screen.qr.modules() == 0
        sale = till.window.flow.sale
        assert till.journal.get(sale.id).state is SaleState.NEEDS_CHECK
        assert "p-9" in " ".join(e.note for e in till.journal.events(sale.id))  # for the owner's check
        assert "Needs checking" in till.sale_screen.last_sale.text()
        till.key(Qt.Key.Key_Return)  # the till goes on
        assert till.window.current_screen() is till.sale_screen
    finally:
        till.close()


def test_a_payment_id_that_belongs_to_another_sale_is_refused(stub, qtbot, tmp_path):
    stub.status, stub.content_type = 200, "application/json"
    stub.body = json.dumps({"payment_id": "p-7", "pay_url": f"{stub.base_url}pay/p-7"}).encode()
    till = Till(qtbot, stub.base_url, tmp_path)
    try:
        till.type_and_charge("10")
        till.wait_qr()
        first = till.window.flow.sale
        till.key(Qt.Key.Key_Escape)  # cancelled; its payment id stays in the journal
        till.type_and_charge("499")
        till.wait_needs_check()
        second = till.window.flow.sale
        assert second.id != first.id
        assert till.result.reason.text() == PaymentOfAnotherSale.message
        assert till.journal.get(second.id).state is SaleState.NEEDS_CHECK
        assert till.journal.get(second.id).payment_id == ""  # never bound to the other sale's payment
    finally:
        till.close()


def _request() -> Any:
    from datetime import datetime

    from pos_app.kupay.models import PaymentRequest

    return PaymentRequest(
        id="sale-1",
        order_number="T1-0001",
        created_at=datetime.now().astimezone(),
        currency="USD",
        amount=Decimal("1.00"),
        cancel_url="https://kupay.finance/",
        paid_url="https://kupay.finance/",
        callback_url="https://kupay.finance/",
    )


# Any JSON value, with the shapes a broken or hostile server sends: wrong types, huge strings, nesting.
_scalars = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False)
    | st.text(max_size=30)
    | st.sampled_from(sorted(PAID_WORDS) + ["PAID", " Paid ", "pa id", "paid\u200b", "ｐａｉｄ", "paíd"])
)
_any_json = st.recursive(
    _scalars,
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4)
    ),
    max_leaves=12,
)
_status_words = (
    st.sampled_from(
        sorted(PAID_WORDS)
        + ["open", "expired", "cancelled", "partially_paid", "refunded", "PAID", "Completed ", "weird", ""]
    )
    | st.text(max_size=20)
    | st.integers()
    | st.booleans()
    | st.none()
    | st.lists(st.just("paid"), max_size=2)
    | st.dictionaries(st.just("status"), st.just("paid"), max_size=1)
    | st.integers(100, 300_000).map(lambda n: "paid" * n)  # huge strings, up to ~1.2 MB
)
_status_bodies = st.fixed_dictionaries(
    {"status": _status_words},
    optional={
        "payment_id": st.just("pay-123") | _scalars,
        "created_at": _scalars,
        "amount": _scalars,
        "currency": _scalars,
        "order_number": _scalars,
        "extra": _any_json,
    },
)
_bodies = (
    _status_bodies.map(json.dumps)
    | _any_json.map(json.dumps)
    | st.integers(1, 20_000).map(lambda depth: "[" * depth + "]" * depth)  # deep nesting
    | st.integers(1, 20_000).map(lambda depth: '{"status": ' * depth + '"paid"' + "}" * depth)
    | st.sampled_from(['{"status": NaN}', '{"status": "paid"', "<html>paid</html>", "", "null", '"paid"'])
)


def _says_paid(body_text: str) -> bool:
    """True only when the body is an object whose own "status" is a paid word (compared loosely)."""
    try:
        body = json.loads(body_text)
    except (ValueError, RecursionError):
        return False
    if not isinstance(body, dict) or not isinstance(body.get("status"), str):
        return False
    return body["status"].strip().lower() in PAID_WORDS


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(body=_bodies)
def test_any_status_body_never_crashes_and_never_reads_paid_unless_kupay_said_paid(stub, body):
    stub.status, stub.content_type = 200, "application/json"
    stub.body = body.encode("utf-8", "surrogatepass")
    client = KuPayClient(stub.base_url, TOKEN, retries=0)
    try:
        status = client.payment_status("pay-123")
    except KuPayError as error:
        assert isinstance(error, BadResponse)
        assert str(error) and len(str(error)) < 200  # a sentence for the cashier, not the body
        return
    finally:
        client.close()
    assert isinstance(status, PaymentStatus)
    assert isinstance(status.state, PaymentState)
    assert len(status.raw_status) <= 80  # a huge word never floods the screen or the journal
    if status.state.is_paid:
        assert _says_paid(body), f"read as paid: {body[:200]!r}"


# --- a long day at the till -----------------------------------------------------------------------


def test_each_sale_leaves_no_poller_and_no_open_connection_behind(till, sandbox, qtbot):
    import gc

    import shiboken6

    from pos_app.ui.workers import StatusPoller

    def open_connections() -> int:
        return sum(1 for thread in threading.enumerate() if "process_request" in thread.name)

    for amount in ("1", "2", "3"):
        till.type_and_charge(amount)
        till.wait_qr()
        sandbox.pay(till.payment_id)
        till.wait_green()
        till.key(Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: till.window.current_screen() is till.sale_screen)
        qtbot.waitUntil(lambda: till.window.flow.poller is None)

    def pollers_alive() -> int:
        gc.collect()
        return sum(1 for o in gc.get_objects() if isinstance(o, StatusPoller) and shiboken6.isValid(o))

    # A till rings up hundreds of sales a day: nothing per sale may stay behind (threads, sockets, memory).
    qtbot.waitUntil(lambda: pollers_alive() == 0 and open_connections() <= 1, timeout=3000)
