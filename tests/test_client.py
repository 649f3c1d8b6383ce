"""The KuPay client over real HTTP on 127.0.0.1: the sandbox for KuPay's behaviour, tiny local servers for
the faults the sandbox cannot produce (TLS, DNS, refused connections, garbage). Never a mocked `requests`."""

from __future__ import annotations

import ipaddress
import json
import logging
import socket
import ssl
import threading
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import quote

import pytest
import requests
from hypothesis import given, settings
from hypothesis import strategies as st

from pos_app.kupay.client import KuPayClient, check_base_url, create_body, iso_local
from pos_app.kupay.errors import (
    BadResponse,
    BadToken,
    InsecureURL,
    InvalidRequest,
    KuPayError,
    NetworkError,
    PaymentNotFound,
    RateLimited,
    ServerError,
)
from pos_app.kupay.models import PaymentRequest, PaymentState
from pos_app.kupay.sandbox import Sandbox

TOKEN = "sk_live_TOPSECRET_9f8e7d6c5b4a"


def sale(
    amount: str = "19.99", currency: str = "USD", sale_id: str = "sale-0001", **extra: str
) -> PaymentRequest:
    return PaymentRequest(
        id=sale_id,
        order_number="T1-0042",
        created_at=datetime(2026, 11, 24, 21, 58, 4, tzinfo=timezone(timedelta(hours=1))),
        currency=currency,
        amount=Decimal(amount),
        cancel_url="https://shop.example/cancel",
        paid_url="https://shop.example/paid",
        callback_url="https://shop.example/kupay-callback",
        **extra,
    )


class Sleeps(list[float]):
    """An injected `sleep` that records what the client asked for and returns at once."""

    def __call__(self, seconds: float) -> None:
        self.append(seconds)


@pytest.fixture
def sleeps() -> Sleeps:
    return Sleeps()


@pytest.fixture
def client_for(sleeps) -> Iterator[Callable[..., KuPayClient]]:
    made: list[KuPayClient] = []

    def make(base_url: str, token: str = TOKEN, **kwargs) -> KuPayClient:
        kwargs.setdefault("sleep", sleeps)
        kwargs.setdefault("read_timeout", 2.0)
        client = KuPayClient(base_url, token, **kwargs)
        made.append(client)
        return client

    yield make
    for client in made:
        client.close()


@pytest.fixture
def client(sandbox, client_for) -> KuPayClient:
    return client_for(sandbox.base_url)


def assert_token_hidden(error: BaseException, caplog: pytest.LogCaptureFixture | None = None) -> None:
    for text in (str(error), repr(error), getattr(error, "detail", ""), getattr(error, "reason", "")):
        assert TOKEN not in text
    if caplog is not None:
        assert TOKEN not in caplog.text


# -- a scripted HTTP server for answers KuPay should never give ------------------------------------


class Scripted:
    """An HTTP/1.1 server on 127.0.0.1 answering from a script; records every request it received."""

    def __init__(self, answers: list[tuple[int, dict[str, str], bytes]]) -> None:
        self.answers = answers
        self.requests: list[dict] = []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args) -> None:
                pass

            def setup(self) -> None:
                super().setup()
                # Headers and body leave in two writes: without this, Nagle + delayed ACK add ~40 ms each.
                self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

            def _answer(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                outer.requests.append(
                    {"method": self.command, "path": self.path, "headers": dict(self.headers), "body": body}
                )
                index = min(len(outer.requests), len(outer.answers)) - 1
                status, headers, payload = outer.answers[index]
                # "{auth}" echoes the Authorization header back, like a debugging proxy might.
                auth = self.headers.get("Authorization", "")
                payload = payload.replace(b"{auth}", auth.encode())
                headers = {name: value.replace("{auth}", auth) for name, value in headers.items()}
                self.send_response(status)
                headers = {"Content-Type": "application/json", **headers}
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            do_GET = _answer
            do_POST = _answer

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(
            target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self.thread.start()
        self.base_url = f"http://127.0.0.1:{self.server.server_address[1]}/v1/"

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def scripted() -> Iterator[Callable[..., Scripted]]:
    servers: list[Scripted] = []

    def make(*answers: tuple[int, dict[str, str], bytes]) -> Scripted:
        server = Scripted(list(answers))
        servers.append(server)
        return server

    yield make
    for server in servers:
        server.stop()


def ok_created(pay_url: str = "https://pay.kupay.finance/merchant/abc", payment_id: str = "abc") -> tuple:
    return 200, {}, json.dumps({"pay_url": pay_url, "payment_id": payment_id}).encode()


class RawTCP:
    """A TCP server that answers every connection with fixed bytes (not TLS, maybe not even HTTP)."""

    def __init__(self, reply: bytes) -> None:
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        self.reply = reply
        self.connections = 0
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            self.connections += 1
            with conn:
                conn.settimeout(2)
                try:
                    conn.recv(65536)
                    conn.sendall(self.reply)
                except OSError:
                    pass

    def close(self) -> None:
        self.sock.close()


# -- the base URL ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "normalised"),
    [
        ("https://api.kupay.finance/v1", "https://api.kupay.finance/v1/"),
        ("https://api.kupay.finance/v1/", "https://api.kupay.finance/v1/"),
        ("  HTTPS://api.kupay.finance/v1 ", "https://api.kupay.finance/v1/"),
        ("http://127.0.0.1:8765/v1", "http://127.0.0.1:8765/v1/"),
        ("http://127.3.2.1/v1/", "http://127.3.2.1/v1/"),
        ("http://localhost:8765/v1", "http://localhost:8765/v1/"),
        ("http://[::1]:8765/v1", "http://[::1]:8765/v1/"),
    ],
)
def test_base_url_is_https_or_loopback_http(url, normalised):
    assert check_base_url(url) == normalised


@pytest.mark.parametrize(
    "url",
    [
        "http://api.kupay.finance/v1/",
        "http://192.168.1.20:8765/v1/",
        "http://localhost.evil.example/v1/",
        "http://128.0.0.1/v1/",
        "ftp://api.kupay.finance/v1/",
        "javascript:alert(1)",
        "api.kupay.finance/v1",
        "",
        "https://user:pw@api.kupay.finance/v1/",
        "https://api.kupay.finance/v1/?token=x",
        "https://api.kupay.finance:notaport/v1/",
    ],
)
def test_insecure_or_broken_base_urls_are_refused(url):
    with pytest.raises(InsecureURL) as caught:
        check_base_url(url)
    assert "Settings" in str(caught.value)
    with pytest.raises(InsecureURL):
        KuPayClient(url, TOKEN)


# -- the token stays secret ------------------------------------------------------------------------


def test_repr_never_shows_the_token(client):
    assert TOKEN not in repr(client) and TOKEN not in str(client)
    assert "hidden" in repr(client)


@pytest.mark.parametrize("token", ["", "   ", "abc\r\nX-Evil: 1", "tök", "two words"])
def test_impossible_tokens_are_refused_before_any_request(token):
    with pytest.raises(BadToken) as caught:
        KuPayClient("https://api.kupay.finance/v1/", token)
    assert "Settings" in str(caught.value) or "paste" in str(caught.value)
    if token.strip():
        assert token not in str(caught.value) and token not in caught.value.detail


def test_token_travels_only_in_the_bearer_header(scripted, client_for, caplog):
    caplog.set_level(logging.DEBUG)
    server = scripted(ok_created())
    client_for(server.base_url).create_payment(sale())
    seen = server.requests[0]
    assert seen["headers"]["Authorization"] == f"Bearer {TOKEN}"
    assert TOKEN not in seen["path"] and TOKEN.encode() not in seen["body"]
    assert TOKEN not in caplog.text


def test_support_log_has_each_request_with_its_timing_and_no_secrets(sandbox, client, caplog):
    caplog.set_level(logging.INFO, logger="pos_app.kupay")
    created = client.create_payment(sale(email="ann@example.com"))
    client.payment_status(created.payment_id)
    lines = [r.getMessage() for r in caplog.records if r.name == "pos_app.kupay"]
    assert any(line.startswith("POST payment/create -> HTTP 200") and line.endswith(" ms") for line in lines)
    assert any(line.startswith(f"GET payment/status/{created.payment_id} -> HTTP 200") for line in lines)
    assert (
        TOKEN not in caplog.text
        and "Authorization" not in caplog.text
        and "ann@example.com" not in caplog.text
    )


# -- creating a payment ------------------------------------------------------------------------------


def test_create_body_has_every_documented_field_with_exact_amount(monkeypatch):
    monkeypatch.setenv("TZ", "Europe/Berlin")
    time.tzset()
    try:
        body = create_body(sale(email="ann@example.com", order_status_url="https://shop.example/o/42"))
    finally:
        monkeypatch.undo()
        time.tzset()
    assert b'"amount": 19.99,' in body
    assert json.loads(body) == {
        "id": "sale-0001",
        "order_number": "T1-0042",
        "created_at": "2026-11-24T21:58:04+01:00",
        "currency": "USD",
        "amount": 19.99,
        "email": "ann@example.com",
        "order_status_url": "https://shop.example/o/42",
        "cancel_url": "https://shop.example/cancel",
        "paid_url": "https://shop.example/paid",
        "callback_url": "https://shop.example/kupay-callback",
    }


def test_optional_fields_are_left_out_when_not_set():
    sent = json.loads(create_body(sale()))
    assert "email" not in sent and "order_status_url" not in sent


@pytest.mark.parametrize(
    ("amount", "currency", "wire"),
    [
        ("19.99", "USD", b"19.99"),
        ("19.9", "EUR", b"19.90"),
        ("0.10", "GBP", b"0.10"),
        ("1200", "JPY", b"1200"),
    ],
)
def test_amount_on_the_wire_has_exactly_the_currency_decimals(amount, currency, wire):
    assert b'"amount": ' + wire + b"," in create_body(sale(amount, currency))


def test_created_at_carries_the_local_offset(monkeypatch):
    monkeypatch.setenv("TZ", "Asia/Kolkata")
    time.tzset()
    try:
        assert iso_local(datetime(2026, 11, 24, 16, 28, 4, tzinfo=UTC)) == "2026-11-24T21:58:04+05:30"
        assert iso_local(datetime(2026, 11, 24, 21, 58, 4, 123456)) == "2026-11-24T21:58:04+05:30"
    finally:
        monkeypatch.undo()
        time.tzset()


@pytest.mark.parametrize(("amount", "currency"), [("0", "USD"), ("-5", "USD"), ("12.5", "JPY"), ("1", "BTC")])
def test_impossible_sales_are_refused_before_sending(amount, currency, scripted, client_for):
    server = scripted(ok_created())
    with pytest.raises(InvalidRequest):
        client_for(server.base_url).create_payment(sale(amount, currency))
    assert server.requests == []


@settings(max_examples=200)
@given(
    currency=st.sampled_from(["USD", "EUR", "JPY", "KRW", "NGN"]),
    minor=st.integers(min_value=1, max_value=10**14),
    text=st.text(max_size=30),
)
def test_create_body_is_valid_json_with_the_exact_amount(currency, minor, text):
    amount = Decimal(minor).scaleb(-2 if currency not in ("JPY", "KRW") else 0)
    body = create_body(sale(str(amount), currency, sale_id=text or "x", email=text))
    sent = json.loads(body, parse_float=Decimal)
    assert sent["amount"] == amount and sent["id"] == (text or "x")
    assert sent.get("email", "") == text


def test_create_payment_against_the_sandbox(sandbox, client):
    created = client.create_payment(sale("19.99"))
    assert created.pay_url == sandbox.pay_url_for(created.payment_id)
    assert b'"amount": 19.99' in sandbox.create_raw_bodies[0]
    (payment,) = sandbox.payments()
    assert (payment["id"], payment["amount"], payment["currency"]) == ("sale-0001", Decimal("19.99"), "USD")
    assert payment["created_at_sent"].endswith(iso_local(sale().created_at)[-6:])


def test_create_is_sent_as_json(scripted, client_for):
    server = scripted(ok_created())
    created = client_for(server.base_url).create_payment(sale())
    assert (created.payment_id, created.pay_url) == ("abc", "https://pay.kupay.finance/merchant/abc")
    seen = server.requests[0]
    assert (seen["method"], seen["path"]) == ("POST", "/v1/payment/create")
    assert seen["headers"]["Content-Type"] == "application/json"
    assert seen["body"] == create_body(sale())


def test_a_dropped_create_is_retried_with_the_same_id(sandbox, client, sleeps):
    sandbox.set_faults(drop_next=1)
    created = client.create_payment(sale())
    ids = [body["id"] for body in sandbox.create_requests]
    assert ids == ["sale-0001", "sale-0001"]
    assert sandbox.create_raw_bodies[0] == sandbox.create_raw_bodies[1]
    assert [p["payment_id"] for p in sandbox.payments()] == [created.payment_id]
    assert sleeps == [0.5]


def test_a_lost_answer_does_not_make_a_second_payment(sandbox, client):
    sandbox.set_faults(lose_response_next=1)  # KuPay created it, the answer never arrived
    created = client.create_payment(sale())
    assert [body["id"] for body in sandbox.create_requests] == ["sale-0001", "sale-0001"]
    (payment,) = sandbox.payments()
    assert payment["payment_id"] == created.payment_id and payment["creates"] == 2


def test_server_errors_are_retried_then_reported(sandbox, client_for, sleeps, caplog):
    sandbox.set_faults(fail_next=5, html_errors=True)
    client = client_for(sandbox.base_url, retries=2, backoff=0.25)
    with pytest.raises(ServerError) as caught:
        client.create_payment(sale())
    assert str(caught.value) == ServerError.message
    assert len(sandbox.create_requests) == 3 and {b["id"] for b in sandbox.create_requests} == {"sale-0001"}
    assert sleeps == [0.25, 0.5]  # exponential backoff, injected so the test does not wait
    assert_token_hidden(caught.value, caplog)


def test_a_refused_create_is_not_retried(sandbox, client):
    bad = sale()
    bad = PaymentRequest(**{**bad.__dict__, "paid_url": "http://shop.example/paid"})
    with pytest.raises(InvalidRequest) as caught:
        client.create_payment(bad)
    assert "paid_url" in caught.value.reason and "https" in caught.value.reason
    assert "paid_url" in str(caught.value)  # the cashier hears KuPay's own reason
    assert len(sandbox.create_requests) == 1
    assert sandbox.payments() == []


@pytest.mark.parametrize("code", [400, 403, 409, 422])
def test_4xx_is_invalid_request_and_never_retried(sandbox, client, code):
    sandbox.set_faults(fail_next=3, status_code=code)
    with pytest.raises(InvalidRequest):
        client.create_payment(sale())
    assert len(sandbox.create_requests) == 1


def test_wrong_token_is_bad_token_and_not_retried(client_for, caplog):
    with Sandbox(token="the-right-token").start() as strict:
        client = client_for(strict.base_url)
        with pytest.raises(BadToken) as caught:
            client.create_payment(sale())
        assert len(strict.create_requests) == 1
        assert "token" in str(caught.value) and "Settings" in str(caught.value)
        assert_token_hidden(caught.value, caplog)
        with pytest.raises(BadToken):
            client.check_token()
        assert client_for(strict.base_url, token="the-right-token").check_token() is True


def test_rate_limit_waits_as_long_as_kupay_asks(sandbox, client, sleeps):
    sandbox.set_faults(rate_limit_next=1, retry_after=7)
    created = client.create_payment(sale())
    assert sleeps == [7.0]
    assert sandbox.payment(created.payment_id) is not None


def test_rate_limit_wait_is_capped(sandbox, client, sleeps):
    sandbox.set_faults(rate_limit_next=1, retry_after=3600)
    client.create_payment(sale())
    assert sleeps == [30.0]


def test_a_fractional_retry_after_is_honoured(sandbox, client, sleeps):
    sandbox.set_faults(rate_limit_next=1, retry_after=1.5)  # not in the RFC, but proxies send it
    client.create_payment(sale())
    assert sleeps == [1.5]


def test_503_with_retry_after_is_honoured(sandbox, client, sleeps):
    sandbox.set_faults(fail_next=1, status_code=503, retry_after=2)
    client.payment_status(client.create_payment(sale()).payment_id)
    assert sleeps == [2.0]


def test_rate_limit_that_does_not_end_is_reported(sandbox, client_for, sleeps):
    sandbox.set_faults(rate_limit_next=9, retry_after=1)
    with pytest.raises(RateLimited) as caught:
        client_for(sandbox.base_url, retries=1).create_payment(sale())
    assert caught.value.retry_after == 1.0
    assert "busy" in str(caught.value)


def test_retry_after_as_an_http_date(scripted, client_for, sleeps):
    later = format_datetime(datetime.now(UTC) + timedelta(seconds=20), usegmt=True)
    server = scripted((429, {"Retry-After": later}, b"[]"), ok_created())
    client_for(server.base_url).create_payment(sale())
    assert len(sleeps) == 1 and 15 <= sleeps[0] <= 20


def test_html_page_with_200_is_a_bad_response(sandbox, client_for, caplog):
    sandbox.set_faults(html_200=True)  # a captive portal or a proxy's error page
    with pytest.raises(BadResponse) as caught:
        client_for(sandbox.base_url, retries=1).create_payment(sale())
    assert "web page" in str(caught.value)
    assert {b["id"] for b in sandbox.create_requests} == {"sale-0001"}
    assert_token_hidden(caught.value, caplog)


@pytest.mark.parametrize(
    "answer",
    [
        {"pay_url": "javascript:alert(1)", "payment_id": "abc"},
        {"pay_url": "ftp://pay.kupay.finance/x", "payment_id": "abc"},
        {"pay_url": "https://", "payment_id": "abc"},
        {"pay_url": "https://pay.kupay.finance/x\nLocation: evil", "payment_id": "abc"},
        {"pay_url": "https://pay.kupay.finance/x", "payment_id": ""},
        {"pay_url": "https://pay.kupay.finance/x", "payment_id": 42},
        {"pay_url": "https://pay.kupay.finance/x"},
        {"payment_id": "abc"},
        [],
        "ok",
    ],
)
def test_unusable_create_answers_are_refused(answer, scripted, client_for):
    server = scripted((200, {}, json.dumps(answer).encode()))
    with pytest.raises(BadResponse):
        client_for(server.base_url, retries=0).create_payment(sale())


@pytest.mark.parametrize(
    ("status", "body", "content_type", "error"),
    [
        (500, b"[]", "application/json", ServerError),
        (502, b"<html><body>Bad Gateway</body></html>", "text/html", ServerError),
        (200, b"\x00\xff garbage \xfe", "application/octet-stream", BadResponse),
        (200, b'{"pay_url": NaN}', "application/json", BadResponse),
        (200, b"[" * 100_000, "application/json", BadResponse),
        (200, b"x" * 1_100_000, "text/plain", BadResponse),
        (302, b"", "text/plain", BadResponse),
        (
            418,
            b'{"message": "Amount below the minimum for this currency."}',
            "application/json",
            InvalidRequest,
        ),
    ],
)
def test_every_answer_becomes_its_typed_error(
    status, body, content_type, error, scripted, client_for, caplog
):
    server = scripted(
        (status, {"Content-Type": content_type, "Location": "https://elsewhere.example/"}, body)
    )
    with pytest.raises(error) as caught:
        client_for(server.base_url, retries=0).create_payment(sale())
    assert str(caught.value).endswith(".")
    assert_token_hidden(caught.value, caplog)


@pytest.mark.parametrize(
    "answer",
    [
        (500, {}, b'["' + b"x" * 170 + b' {auth}"]'),  # the token straddles where the log snippet is cut
        (400, {}, b'{"message": "' + b"y" * 140 + b' bad header {auth}"}'),
        (301, {"Location": "https://elsewhere.example/?h={auth}"}, b""),
        (200, {"Content-Type": "text/html"}, b"<html>{auth}</html>"),
        (200, {}, b'{"payment_id": "{auth}", "pay_url": "ftp://x/{auth}"}'),
    ],
)
def test_a_server_echoing_the_token_does_not_leak_it(answer, scripted, client_for, caplog):
    caplog.set_level(logging.DEBUG)
    server = scripted(answer)
    with pytest.raises(KuPayError) as caught:
        client_for(server.base_url, retries=0).create_payment(sale())
    assert_token_hidden(caught.value, caplog)
    assert TOKEN[:10] not in caught.value.detail + getattr(caught.value, "reason", "") + caplog.text


def test_refusal_reason_reaches_the_cashier(scripted, client_for):
    server = scripted((400, {}, b'{"message": "Amount below the minimum for this currency."}'))
    with pytest.raises(InvalidRequest) as caught:
        client_for(server.base_url).create_payment(sale())
    assert caught.value.reason == "Amount below the minimum for this currency."
    assert "Amount below the minimum" in str(caught.value)
    assert len(server.requests) == 1


def test_a_redirect_is_not_followed_nor_retried(scripted, client_for):
    server = scripted((301, {"Location": "https://elsewhere.example/v1/payment/create"}, b""))
    with pytest.raises(BadResponse) as caught:
        client_for(server.base_url).create_payment(sale())
    assert "address" in str(caught.value)
    assert len(server.requests) == 1


# -- network failures --------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_connection_refused(client_for, sleeps, caplog):
    client = client_for(f"http://127.0.0.1:{free_port()}/v1/")
    with pytest.raises(NetworkError) as caught:
        client.create_payment(sale())
    assert caught.value.kind == "refused"
    assert "refused" in str(caught.value)
    assert len(sleeps) == 2  # nothing reached a server, so trying again is safe
    assert_token_hidden(caught.value, caplog)


def test_unknown_host_is_a_dns_error(client_for, caplog):
    with pytest.raises(NetworkError) as caught:
        client_for("https://api.kupay.invalid/v1/", retries=0).payment_status("abc")
    assert caught.value.kind == "dns"
    assert "cannot find" in str(caught.value)
    assert_token_hidden(caught.value, caplog)


def test_a_server_that_speaks_no_tls_is_a_tls_error(client_for, caplog):
    plain = RawTCP(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}")
    try:
        with pytest.raises(NetworkError) as caught:
            client_for(f"https://127.0.0.1:{plain.port}/v1/", retries=0).check_token()
    finally:
        plain.close()
    assert caught.value.kind == "tls"
    assert "secure connection" in str(caught.value)
    assert_token_hidden(caught.value, caplog)


@pytest.fixture
def self_signed_https(tmp_path) -> Iterator[str]:
    """An HTTPS server on 127.0.0.1 with a certificate nobody trusts (a man in the middle, say)."""
    x509 = pytest.importorskip("cryptography.x509")
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = datetime.now(UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(days=1))
        .not_valid_after(now + timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), False
        )
        .sign(key, hashes.SHA256())
    )
    cert_file, key_file = tmp_path / "cert.pem", tmp_path / "key.pem"
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    )
    server = Scripted([(404, {}, b"[]")])
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert_file, key_file)
    server.server.socket = context.wrap_socket(server.server.socket, server_side=True)
    try:
        yield server.base_url.replace("http://", "https://")
    finally:
        server.stop()


def test_tls_is_verified_even_when_the_session_says_not_to(self_signed_https, client_for, caplog):
    lax = requests.Session()
    lax.verify = False  # someone "fixing" a certificate problem must not switch off the check
    with pytest.raises(NetworkError) as caught:
        client_for(self_signed_https, session=lax, retries=0).check_token()
    lax.close()
    assert caught.value.kind == "tls"
    assert "certificate" in caught.value.detail.lower()
    assert_token_hidden(caught.value, caplog)


def test_an_answer_that_trickles_in_forever_times_out(client_for):
    stop = threading.Event()
    listener = socket.create_server(("127.0.0.1", 0))

    def trickle() -> None:
        conn, _ = listener.accept()
        with conn:
            conn.recv(65536)
            conn.sendall(
                b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n"
            )
            while not stop.wait(0.02):  # a byte well within the read timeout, again and again
                try:
                    conn.sendall(b" ")
                except OSError:
                    return

    thread = threading.Thread(target=trickle, daemon=True)
    thread.start()
    client = client_for(
        f"http://127.0.0.1:{listener.getsockname()[1]}/v1/", connect_timeout=0.2, read_timeout=0.2, retries=0
    )
    started = time.monotonic()
    try:
        with pytest.raises(NetworkError) as caught:
            client.check_token()
    finally:
        stop.set()
        listener.close()
    assert caught.value.kind == "timeout" and "still arriving" in caught.value.detail
    assert time.monotonic() - started < 2.0


def test_a_server_that_speaks_no_http_is_a_network_error(client_for):
    garbage = RawTCP(b"\x16\x03\x01 this is not HTTP at all\r\n\r\n")
    try:
        with pytest.raises(NetworkError) as caught:
            client_for(f"http://127.0.0.1:{garbage.port}/v1/", retries=0).check_token()
    finally:
        garbage.close()
    assert caught.value.kind in ("dropped", "other")


def test_an_answer_slower_than_the_read_timeout_is_a_timeout(sandbox, client_for, caplog):
    sandbox.set_faults(latency=1.0)
    client = client_for(sandbox.base_url, read_timeout=0.2, retries=1)
    started = time.monotonic()
    with pytest.raises(NetworkError) as caught:
        client.create_payment(sale())
    assert caught.value.kind == "timeout"
    assert str(caught.value) == "KuPay is taking too long to answer. Check the connection and try again."
    assert time.monotonic() - started < 1.5
    # The timed-out create may have arrived: the retry carried the same id.
    assert [b["id"] for b in sandbox.create_requests] == ["sale-0001", "sale-0001"]
    assert_token_hidden(caught.value, caplog)


# -- reading a status ----------------------------------------------------------------------------------


def test_status_follows_the_customer(sandbox, client):
    created = client.create_payment(sale("123.45"))
    first = client.payment_status(created.payment_id)
    assert first.state is PaymentState.WAITING and first.raw_status == "open"
    assert (first.amount, first.currency, first.order_number) == (Decimal("123.45"), "USD", "T1-0042")
    assert first.created_at == datetime(2026, 11, 24, 20, 58, 4, tzinfo=UTC)
    sandbox.pay(created.payment_id)
    assert client.payment_status(created.payment_id).state is PaymentState.PAID


@pytest.mark.parametrize(
    ("word", "state"),
    [
        ("completed", PaymentState.PAID),
        ("CONFIRMING", PaymentState.CONFIRMING),
        ("partially_paid", PaymentState.PARTIALLY_PAID),
        ("expired", PaymentState.EXPIRED),
        ("canceled", PaymentState.CANCELLED),
        ("error", PaymentState.FAILED),
        ("refunded", PaymentState.REFUNDED),
        ("on-hold", PaymentState.UNKNOWN),
    ],
)
def test_status_words_from_the_server_are_normalised(sandbox, client, word, state):
    payment_id = client.create_payment(sale()).payment_id
    sandbox.force_status(payment_id, word)
    status = client.payment_status(payment_id)
    assert status.state is state and status.raw_status == word


def test_unknown_payment_is_not_found(sandbox, client):
    with pytest.raises(PaymentNotFound) as caught:
        client.payment_status("00000000-0000-0000-0000-000000000000")
    assert "does not know this payment" in str(caught.value)
    assert sandbox.status_requests == 1  # a 404 is an answer, not retried


def test_payment_id_is_quoted_into_the_path(scripted, client_for):
    server = scripted((404, {}, b"[]"))
    with pytest.raises(PaymentNotFound):
        client_for(server.base_url).payment_status("../create?x=1#y")
    assert server.requests[0]["path"] == "/v1/payment/status/..%2Fcreate%3Fx%3D1%23y"


def test_status_read_survives_a_flaky_network(sandbox, client, sleeps):
    payment_id = client.create_payment(sale()).payment_id
    sandbox.set_faults(drop_next=1, fail_next=1)
    assert client.payment_status(payment_id).state is PaymentState.WAITING
    assert sleeps == [0.5, 1.0]


# -- the token check -----------------------------------------------------------------------------------


def test_check_token_accepts_a_working_token(sandbox, client):
    assert client.check_token() is True
    assert sandbox.status_requests == 1 and sandbox.payments() == []


def test_check_token_refuses_an_address_that_is_not_kupay(scripted, client_for):
    server = scripted((404, {"Content-Type": "text/html"}, b"<html>Not Found</html>"))
    with pytest.raises(BadResponse) as caught:
        client_for(server.base_url).check_token()
    assert "does not answer like KuPay" in str(caught.value)


def test_check_token_reports_server_trouble(sandbox, client_for):
    sandbox.set_faults(fail_next=9)
    with pytest.raises(ServerError):
        client_for(sandbox.base_url, retries=0).check_token()


def test_every_error_is_a_kupay_error_with_a_sentence():
    for kind in (
        BadToken,
        PaymentNotFound,
        RateLimited,
        InvalidRequest,
        ServerError,
        NetworkError,
        BadResponse,
    ):
        error = kind()
        assert isinstance(error, KuPayError) and str(error).endswith(".")


@pytest.mark.parametrize(
    "body",
    [
        # The token \u-escaped in JSON: the raw bytes do not contain it, the decoded pay_url does.
        '{"payment_id": "abc", "pay_url": "https://pay.kupay.finance/x?t='
        + "".join(f"\\u{ord(c):04x}" for c in TOKEN)
        + '"}',
        '{"payment_id": "abc", "pay_url": "https://pay.kupay.finance/x?t='
        + quote(TOKEN, safe="").replace("_", "%5F")
        + '"}',
        '{"payment_id": "abc", "pay_url": "https://pay.kupay.finance/x?t='
        + quote(quote(TOKEN.replace("_", "%5F"), safe=""), safe="")
        + '"}',
        '{"payment_id": "abc", "pay_url": "https://pay.kupay.finance/x?t=' + TOKEN.replace("_", "%5f") + '"}',
    ],
)
def test_an_encoded_echo_of_the_token_is_refused_too(body, scripted, client_for, caplog):
    assert TOKEN.encode() not in body.encode()
    server = scripted((200, {}, body.encode()))
    with pytest.raises(BadResponse) as caught:
        client_for(server.base_url, retries=0).create_payment(sale())
    assert "contains the API token" in caught.value.detail
    assert_token_hidden(caught.value, caplog)


# -- what the environment and a slow server cannot do -------------------------------------------------


@pytest.mark.parametrize("variable", ["HTTP_PROXY", "http_proxy", "ALL_PROXY"])
def test_proxy_variables_do_not_steer_the_token(variable, secret_sandbox, monkeypatch):
    proxy = RawTCP(b"")  # a proxy that must never be used
    monkeypatch.setenv(variable, f"http://127.0.0.1:{proxy.port}")
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    with KuPayClient(secret_sandbox.base_url, "secret", retries=0) as client:
        assert client.check_token()
    assert proxy.connections == 0


def test_a_netrc_file_does_not_replace_the_bearer_token(secret_sandbox, monkeypatch, tmp_path):
    netrc = tmp_path / "netrc"
    netrc.write_text("machine 127.0.0.1 login someone password other\n")
    netrc.chmod(0o600)
    monkeypatch.setenv("NETRC", str(netrc))
    with KuPayClient(secret_sandbox.base_url, "secret", retries=0) as client:
        assert client.check_token()  # 401 if the Authorization header had become Basic someone:other


def test_a_proxy_set_by_the_owner_is_used_for_https_only(secret_sandbox):
    proxy = RawTCP(b"")
    proxy_url = f"http://127.0.0.1:{proxy.port}"
    with KuPayClient(secret_sandbox.base_url, "secret", retries=0, proxy=proxy_url) as client:
        assert client.check_token()  # plain http goes only to this computer: never through the proxy
    assert proxy.connections == 0
    with KuPayClient("https://api.kupay.invalid/v1/", "secret", retries=0, proxy=proxy_url) as client:
        with pytest.raises(NetworkError):
            client.check_token()
    assert proxy.connections == 1  # the https call went to the owner's proxy (which hung up)


class TrickledHeaders:
    """An HTTP server that sends its status line, then one header byte every 0.2 s for a minute."""

    def __init__(self) -> None:
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.base_url = f"http://127.0.0.1:{self.sock.getsockname()[1]}/v1/"
        self.stop = threading.Event()
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        conn, _ = self.sock.accept()
        with conn:
            conn.recv(65536)
            conn.sendall(b"HTTP/1.1 200 OK\r\nX-Slow: ")
            for _ in range(300):
                if self.stop.wait(0.2):
                    return
                try:
                    conn.sendall(b"a")
                except OSError:
                    return


def test_slow_headers_cannot_hold_a_call_past_its_deadline(client_for):
    server = TrickledHeaders()
    client = client_for(server.base_url, retries=0, connect_timeout=1.0, read_timeout=1.0)
    started = time.monotonic()
    try:
        with pytest.raises(NetworkError) as caught:
            client.payment_status("abc")
    finally:
        server.stop.set()
    took = time.monotonic() - started
    assert caught.value.kind == "timeout" and "too long" in str(caught.value)
    # The deadline is 3 s (1 + 2 × 1); the server would have gone on for a minute.
    assert took < client.call_deadline + 5, took


def test_an_answer_naming_a_field_twice_cannot_be_read():
    from pos_app.kupay.client import decode_json

    with pytest.raises(ValueError):
        decode_json(b'{"status": "paid", "amount": "0.01", "amount": "499.00"}')
    with pytest.raises(ValueError):
        decode_json(b'[{"a": {"b": 1, "b": 2}}]')
    # The same name in two different objects is fine.
    assert decode_json(b'{"a": {"id": 1}, "b": {"id": 2}, "id": 3}') == {
        "a": {"id": 1},
        "b": {"id": 2},
        "id": 3,
    }
