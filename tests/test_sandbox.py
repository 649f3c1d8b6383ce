"""The built-in sandbox answers like KuPay's API page, over real HTTP on 127.0.0.1."""

from __future__ import annotations

import json
import re
import threading
from decimal import Decimal

import pytest
import requests

from pos_app.kupay.models import CURRENCIES
from pos_app.kupay.sandbox import Sandbox, lan_address

AUTH = {"Authorization": "Bearer test-token"}
UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


def body(**changes):
    """The API page's own example payload, with https URLs, changed where a test needs it."""
    base = {
        "id": "12345",
        "order_number": "1234",
        "created_at": "2022-05-22T18:58:04+01:00",
        "currency": "USD",
        "amount": 123.45,
        "email": "",
        "order_status_url": "https://example.com",
        "cancel_url": "https://example.com/cancel",
        "paid_url": "https://example.com/paid",
        "callback_url": "https://example.com/callback",
    }
    base.update(changes)
    return {k: v for k, v in base.items() if v is not ...}


def create(sandbox, payload=None, headers=AUTH, **kwargs):
    return requests.post(
        sandbox.base_url + "payment/create", json=payload or body(), headers=headers, timeout=5, **kwargs
    )


def status(sandbox, payment_id, headers=AUTH):
    return requests.get(sandbox.base_url + f"payment/status/{payment_id}", headers=headers, timeout=5)


# -- the documented answers ----------------------------------------------------------------------


def test_create_answers_pay_url_and_uuid_payment_id(sandbox):
    answer = create(sandbox)

    assert answer.status_code == 200
    assert answer.headers["Content-Type"].startswith("application/json")
    data = answer.json()
    assert set(data) == {"pay_url", "payment_id"}
    assert UUID.match(data["payment_id"])
    assert data["pay_url"] == f"{sandbox.url}/pay/{data['payment_id']}"


def test_status_answers_documented_body_with_utc_created_at(sandbox):
    payment_id = create(sandbox).json()["payment_id"]

    answer = status(sandbox, payment_id)

    assert answer.status_code == 200
    data = json.loads(answer.text, parse_float=Decimal)
    assert data == {
        "payment_id": payment_id,
        "status": "open",
        "created_at": "2022-05-22 17:58:04",  # 18:58+01:00 sent, UTC back, no offset
        "order_number": "1234",
        "currency": "USD",
        "amount": Decimal("123.45"),
    }
    assert '"amount": 123.45' in answer.text  # a JSON number, not a string


def test_amount_comes_back_with_the_currency_decimals(sandbox):
    eur = create(sandbox, body(id="e", currency="EUR", amount=7.5)).json()["payment_id"]
    jpy = create(sandbox, body(id="j", currency="JPY", amount=1200)).json()["payment_id"]

    assert '"amount": 7.50' in status(sandbox, eur).text
    assert '"amount": 1200' in status(sandbox, jpy).text


def test_amount_string_is_accepted_and_kept_exact(sandbox):
    payment_id = create(sandbox, body(amount="19.99")).json()["payment_id"]

    assert sandbox.payment(payment_id)["amount"] == Decimal("19.99")


def test_amount_on_the_wire_is_kept_for_tests(sandbox):
    raw = b'{"id": "w1", "order_number": "1", "created_at": "2024-01-01T10:00:00+00:00", "currency": "EUR",'
    raw += b' "amount": 19.99, "cancel_url": "https://a.b", "paid_url": "https://a.b", "callback_url": "https://a.b"}'
    answer = requests.post(sandbox.base_url + "payment/create", data=raw, headers=AUTH, timeout=5)

    assert answer.status_code == 200
    assert sandbox.create_raw_bodies == [raw]
    assert sandbox.create_requests[0]["amount"] == Decimal("19.99")  # parsed exactly, never a float
    assert sandbox.find_by_id("w1")["amount"] == Decimal("19.99")


def test_created_at_without_offset_is_taken_as_utc(sandbox):
    payment_id = create(sandbox, body(created_at="2024-03-01T09:15:00")).json()["payment_id"]

    assert status(sandbox, payment_id).json()["created_at"] == "2024-03-01 09:15:00"


def test_unknown_payment_is_404_with_empty_array(sandbox):
    answer = status(sandbox, "00000000-0000-0000-0000-000000000000")

    assert answer.status_code == 404
    assert answer.text == "[]"


@pytest.mark.parametrize(
    "headers",
    [{}, {"Authorization": "Bearer "}, {"Authorization": "Basic dXNlcjpwYXNz"}, {"Authorization": "Bearer"}],
)
def test_missing_or_empty_token_is_401_with_empty_array(sandbox, headers):
    assert create(sandbox, headers=headers).status_code == 401
    answer = status(sandbox, "anything", headers=headers)
    assert answer.status_code == 401
    assert answer.text == "[]"
    assert sandbox.payments() == []


def test_any_non_empty_token_is_accepted_without_token_rule(sandbox):
    assert create(sandbox, headers={"Authorization": "Bearer whatever"}).status_code == 200
    assert create(sandbox, body(id="2"), headers={"Authorization": "bearer other"}).status_code == 200


def test_only_the_configured_token_is_accepted():
    with Sandbox(token="s3cret") as sandbox:
        wrong = create(sandbox, headers={"Authorization": "Bearer wrong"})
        right = create(sandbox, headers={"Authorization": "Bearer s3cret"})
        missing = status(sandbox, right.json()["payment_id"], headers={"Authorization": "Bearer s3cre"})

        assert (wrong.status_code, wrong.text) == (401, "[]")
        assert right.status_code == 200
        assert (missing.status_code, missing.text) == (401, "[]")
        assert "s3cret" not in repr(sandbox)


def test_wrong_token_beats_unknown_payment():
    """The client's token check reads a random id: 404 means the token is good, 401 that it is not."""
    with Sandbox(token="good") as strict:
        assert status(strict, "random-id", headers={"Authorization": "Bearer good"}).status_code == 404
        assert status(strict, "random-id", headers={"Authorization": "Bearer bad"}).status_code == 401


def test_unknown_api_path_and_wrong_method(sandbox):
    assert requests.get(sandbox.base_url + "payment/list", headers=AUTH, timeout=5).status_code == 404
    wrong = requests.get(sandbox.base_url + "payment/create", headers=AUTH, timeout=5)
    assert (wrong.status_code, wrong.text) == (405, "[]")


# -- invalid creates -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("payload", "words"),
    [
        (body(id=...), "id"),
        (body(order_number=""), "order_number"),
        (body(callback_url=...), "callback_url"),
        (body(currency="BTC"), "currency"),
        (body(currency="usd"), "currency"),
        (body(amount=0), "positive"),
        (body(amount=-5), "positive"),
        (body(amount="12,50"), "not a number"),
        (body(amount=True), "number"),
        (body(amount=[1]), "number"),
        (body(amount="NaN"), "positive"),
        (body(amount=1.999), "decimal"),
        (body(currency="JPY", amount=100.5), "decimal"),
        (body(currency="KRW", amount="1000.1"), "decimal"),
        (body(paid_url="http://example.com/paid"), "https"),
        (body(cancel_url="ftp://example.com"), "https"),
        (body(order_status_url="http://localhost/status"), "https"),
        (body(callback_url="http://127.0.0.1/cb"), "https"),
        (body(created_at="yesterday"), "created_at"),
        (body(id=12345), "string"),
    ],
)
def test_invalid_create_is_refused_with_a_readable_reason(sandbox, payload, words):
    answer = create(sandbox, payload)

    assert answer.status_code == 422
    assert words in answer.json()["error"]
    assert sandbox.payments() == []


def test_create_body_that_is_not_json_is_400(sandbox):
    answer = requests.post(sandbox.base_url + "payment/create", data=b"amount=12", headers=AUTH, timeout=5)

    assert answer.status_code == 400
    assert "JSON" in answer.json()["error"]
    assert sandbox.create_raw_bodies == [b"amount=12"]
    assert sandbox.create_requests == []


def test_create_body_that_is_a_json_array_is_400(sandbox):
    answer = requests.post(sandbox.base_url + "payment/create", json=[body()], headers=AUTH, timeout=5)

    assert answer.status_code == 400
    assert "object" in answer.json()["error"]


@pytest.mark.parametrize("currency", CURRENCIES)
def test_every_kupay_currency_is_accepted(sandbox, currency):
    amount = 1000 if currency in ("JPY", "KRW") else 10.25
    assert create(sandbox, body(currency=currency, amount=amount)).status_code == 200


def test_order_status_url_and_email_are_optional(sandbox):
    assert create(sandbox, body(order_status_url=..., email=...)).status_code == 200


# -- idempotency ---------------------------------------------------------------------------------


def test_create_with_a_seen_id_returns_the_same_payment(sandbox):
    first = create(sandbox).json()
    retry = create(sandbox).json()
    other = create(sandbox, body(id="other")).json()

    assert retry == first
    assert other["payment_id"] != first["payment_id"]
    assert len(sandbox.payments()) == 2
    assert sandbox.find_by_id("12345")["creates"] == 2
    assert [r["id"] for r in sandbox.create_requests] == ["12345", "12345", "other"]


def test_retry_after_a_lost_answer_makes_no_duplicate(sandbox):
    sandbox.set_faults(lose_response_next=1)
    with pytest.raises(requests.ConnectionError):
        create(sandbox)
    assert len(sandbox.payments()) == 1  # processed, though the client never heard

    retry = create(sandbox)

    assert retry.status_code == 200
    assert retry.json()["payment_id"] == sandbox.payments()[0]["payment_id"]
    assert len(sandbox.payments()) == 1


# -- expiry --------------------------------------------------------------------------------------


class FakeClock:
    """Monotonic seconds that move only when a test says so."""

    def __init__(self):
        self.now = 1000.0

    def __call__(self):
        return self.now


def test_unpaid_payment_expires_after_expire_after():
    clock = FakeClock()
    with Sandbox(expire_after=60, clock=clock) as sandbox:
        payment_id = create(sandbox).json()["payment_id"]
        clock.now += 59.9
        assert status(sandbox, payment_id).json()["status"] == "open"

        clock.now += 0.1

        assert status(sandbox, payment_id).json()["status"] == "expired"
        page = requests.get(sandbox.url + f"/pay/{payment_id}", timeout=5)
        assert "expired" in page.text and "<button" not in page.text
        assert "already expired" in requests.post(f"{sandbox.url}/pay/{payment_id}/pay", timeout=5).text


def test_tiny_expire_after_expires_on_the_first_read():
    with Sandbox(expire_after=0) as sandbox:
        payment_id = create(sandbox).json()["payment_id"]

        assert status(sandbox, payment_id).json()["status"] == "expired"


def test_paid_payment_never_expires():
    clock = FakeClock()
    with Sandbox(expire_after=60, clock=clock) as sandbox:
        payment_id = create(sandbox).json()["payment_id"]
        sandbox.pay(payment_id)
        clock.now += 3600

        assert status(sandbox, payment_id).json()["status"] == "paid"


def test_expire_marks_a_payment_expired_now(sandbox):
    payment_id = create(sandbox).json()["payment_id"]

    sandbox.expire(payment_id)

    assert status(sandbox, payment_id).json()["status"] == "expired"


# -- the customer's pay page ---------------------------------------------------------------------


def test_pay_page_shows_the_order_on_a_phone(sandbox):
    created = create(sandbox, body(order_number="A-1042", currency="EUR", amount=1234.5)).json()

    page = requests.get(created["pay_url"], timeout=5)

    assert page.status_code == 200
    assert page.headers["Content-Type"].startswith("text/html")
    assert "name='viewport'" in page.text
    assert "KuPay Sandbox Shop" in page.text
    assert "€1,234.50" in page.text
    assert "A-1042" in page.text
    assert "open" in page.text
    assert f"action='/pay/{created['payment_id']}/pay'" in page.text
    assert f"action='/pay/{created['payment_id']}/cancel'" in page.text
    assert ">Pay</button>" in page.text and ">Cancel</button>" in page.text


def test_pay_button_marks_the_payment_paid(sandbox):
    created = create(sandbox).json()

    result = requests.post(created["pay_url"] + "/pay", timeout=5)

    assert result.status_code == 200
    assert "Payment received" in result.text
    assert "href='https://example.com/paid'" in result.text
    assert status(sandbox, created["payment_id"]).json()["status"] == "paid"


def test_cancel_button_marks_the_payment_cancelled(sandbox):
    created = create(sandbox).json()

    result = requests.post(created["pay_url"] + "/cancel", timeout=5)

    assert "Payment cancelled" in result.text
    assert "href='https://example.com/cancel'" in result.text
    assert status(sandbox, created["payment_id"]).json()["status"] == "cancelled"


def test_pay_after_cancel_changes_nothing(sandbox):
    created = create(sandbox).json()
    requests.post(created["pay_url"] + "/cancel", timeout=5)

    result = requests.post(created["pay_url"] + "/pay", timeout=5)

    assert "already cancelled" in result.text
    assert status(sandbox, created["payment_id"]).json()["status"] == "cancelled"


def test_pay_page_escapes_what_clients_sent(sandbox):
    evil = "<script>alert('x')</script>&"
    created = create(sandbox, body(order_number=evil, paid_url="https://e.com/?a=1&b='x'")).json()

    page = requests.get(created["pay_url"], timeout=5).text
    result = requests.post(created["pay_url"] + "/pay", timeout=5).text

    assert "<script>" not in page and "<script>" not in result
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;&amp;" in page
    assert "href='https://e.com/?a=1&amp;b=&#x27;x&#x27;'" in result


def test_unknown_pay_page_is_a_readable_404(sandbox):
    page = requests.get(sandbox.url + "/pay/nope", timeout=5)

    assert page.status_code == 404
    assert "not valid" in page.text


def test_reloading_a_result_page_goes_back_to_the_payment(sandbox):
    created = create(sandbox).json()

    answer = requests.get(created["pay_url"] + "/pay", timeout=5, allow_redirects=False)

    assert answer.status_code == 303
    assert answer.headers["Location"] == f"/pay/{created['payment_id']}"
    assert sandbox.payment(created["payment_id"])["status"] == "open"


# -- the Python API ------------------------------------------------------------------------------


@pytest.mark.parametrize("word", ["completed", "weird-word", "partially_paid", "confirming"])
def test_force_status_makes_the_status_any_word(sandbox, word):
    payment_id = create(sandbox).json()["payment_id"]

    sandbox.force_status(payment_id, word)

    assert status(sandbox, payment_id).json()["status"] == word


def test_pay_and_cancel_from_python(sandbox):
    first = create(sandbox).json()["payment_id"]
    second = create(sandbox, body(id="2")).json()["payment_id"]

    assert sandbox.pay(first)["status"] == "paid"
    assert sandbox.cancel(second)["status"] == "cancelled"
    with pytest.raises(KeyError):
        sandbox.pay("no-such-payment")


def test_payments_are_copies_with_status_reads(sandbox):
    payment_id = create(sandbox).json()["payment_id"]
    status(sandbox, payment_id)
    status(sandbox, payment_id)
    status(sandbox, "unknown")

    [payment] = sandbox.payments()
    payment["status"] = "paid"

    assert payment["status_reads"] == 2
    assert sandbox.status_requests == 3
    assert sandbox.payment(payment_id)["status"] == "open"
    assert payment["pay_url"].endswith(payment_id)
    assert payment["amount"] == Decimal("123.45")


def test_wait_for_create_wakes_when_a_create_arrives(sandbox):
    assert sandbox.wait_for_create(timeout=0.01) is False
    thread = threading.Thread(target=create, args=(sandbox,))
    thread.start()

    assert sandbox.wait_for_create(timeout=5)
    thread.join()
    assert sandbox.wait_for_status_requests(1, timeout=0.01) is False


def test_stop_is_quick_and_frees_the_port():
    sandbox = Sandbox().start()
    url = sandbox.base_url
    session = requests.Session()  # a keep-alive connection stays open in the server
    assert session.post(url + "payment/create", json=body(), headers=AUTH, timeout=5).status_code == 200

    sandbox.stop()

    with pytest.raises(requests.ConnectionError):
        session.get(url + "payment/status/x", headers=AUTH, timeout=2)


def test_lan_address_is_an_ipv4_address():
    assert re.match(r"^\d+\.\d+\.\d+\.\d+$", lan_address())


def test_serving_on_all_interfaces_puts_the_lan_address_in_pay_url():
    with Sandbox(host="0.0.0.0") as sandbox:
        assert sandbox.url.startswith("http://127.0.0.1:")  # this machine's app keeps loopback
        created = create(sandbox).json()

        assert created["pay_url"] == f"http://{lan_address()}:{sandbox.port}/pay/{created['payment_id']}"


# -- faults --------------------------------------------------------------------------------------


def test_fail_next_answers_500_with_empty_array_then_heals(sandbox):
    sandbox.set_faults(fail_next=2)

    answers = [create(sandbox) for _ in range(3)]

    assert [(a.status_code, a.text) for a in answers[:2]] == [(500, "[]"), (500, "[]")]
    assert answers[2].status_code == 200
    assert len(sandbox.create_requests) == 3  # every attempt is recorded
    assert len(sandbox.payments()) == 1


def test_fail_next_with_status_code_and_retry_after(sandbox):
    sandbox.set_faults(fail_next=1, status_code=503, retry_after=7)

    answer = create(sandbox)

    assert answer.status_code == 503
    assert answer.headers["Retry-After"] == "7"


def test_html_errors_look_like_an_nginx_502(sandbox):
    sandbox.set_faults(fail_next=1, html_errors=True)

    answer = status(sandbox, "x")

    assert answer.status_code == 502
    assert answer.headers["Content-Type"].startswith("text/html")
    assert "<center><h1>502 Bad Gateway</h1></center>" in answer.text
    assert "nginx" in answer.text


def test_error_rate_is_deterministic_with_a_seed(sandbox):
    def run():
        sandbox.set_faults(error_rate=0.5, seed=42)
        return [status(sandbox, "x").status_code for _ in range(20)]

    first, second = run(), run()

    assert first == second
    assert set(first) == {404, 500}


def test_drop_closes_the_connection_without_an_answer(sandbox):
    sandbox.set_faults(drop_next=1)

    with pytest.raises(requests.ConnectionError):
        create(sandbox)
    assert sandbox.payments() == []  # dropped before processing
    assert create(sandbox).status_code == 200


def test_drop_rate_one_drops_everything(sandbox):
    sandbox.set_faults(drop_rate=1.0)

    with pytest.raises(requests.ConnectionError):
        status(sandbox, "x")


def test_rate_limit_next_is_429_with_retry_after(sandbox):
    sandbox.set_faults(rate_limit_next=1, retry_after=3)

    limited, served = status(sandbox, "x"), status(sandbox, "x")

    assert (limited.status_code, limited.headers["Retry-After"], limited.text) == (429, "3", "[]")
    assert served.status_code == 404


def test_html_200_is_a_captive_portal_page(sandbox):
    sandbox.set_faults(html_200=True)

    answer = create(sandbox)

    assert answer.status_code == 200
    assert answer.headers["Content-Type"].startswith("text/html")
    assert "Wi-Fi" in answer.text
    assert sandbox.payments() == []


def test_latency_delays_each_api_answer(sandbox):
    sandbox.set_faults(latency=0.3)

    with pytest.raises(requests.Timeout):
        requests.get(sandbox.base_url + "payment/status/x", headers=AUTH, timeout=0.1)


def test_faults_never_touch_the_pay_pages(sandbox):
    created = create(sandbox).json()
    sandbox.set_faults(fail_next=5, html_errors=True)

    assert requests.post(created["pay_url"] + "/pay", timeout=5).status_code == 200
    assert sandbox.payment(created["payment_id"])["status"] == "paid"


def test_set_faults_refuses_nonsense(sandbox):
    with pytest.raises(TypeError):
        sandbox.set_faults(explode=True)
    with pytest.raises(ValueError):
        sandbox.set_faults(error_rate=2)


# -- HTTP control endpoints ----------------------------------------------------------------------


def test_control_lists_payments_and_sets_a_status(sandbox):
    payment_id = create(sandbox).json()["payment_id"]

    listed = requests.get(sandbox.url + "/_sandbox/payments", timeout=5).json()
    changed = requests.post(
        sandbox.url + f"/_sandbox/payments/{payment_id}/status", json={"status": "paid"}, timeout=5
    )

    assert [p["payment_id"] for p in listed] == [payment_id]
    assert listed[0]["amount"] == 123.45
    assert changed.json()["status"] == "paid"
    assert status(sandbox, payment_id).json()["status"] == "paid"
    one = requests.get(sandbox.url + f"/_sandbox/payments/{payment_id}", timeout=5)
    assert one.json()["status"] == "paid"


def test_control_status_of_unknown_payment_is_404(sandbox):
    answer = requests.post(sandbox.url + "/_sandbox/payments/nope/status", json={"status": "paid"}, timeout=5)
    assert answer.status_code == 404
    bad = requests.post(sandbox.url + "/_sandbox/payments/nope/status", json={}, timeout=5)
    assert bad.status_code == 400


def test_control_sets_faults(sandbox):
    answer = requests.post(
        sandbox.url + "/_sandbox/faults", json={"fail_next": 1, "status_code": 502}, timeout=5
    )

    assert answer.json()["fail_next"] == 1
    assert status(sandbox, "x").status_code == 502
    assert status(sandbox, "x").status_code == 404
    assert requests.get(sandbox.url + "/_sandbox/faults", timeout=5).json()["fail_next"] == 0
    refused = requests.post(sandbox.url + "/_sandbox/faults", json={"explode": 1}, timeout=5)
    assert refused.status_code == 400 and "explode" in refused.json()["error"]


def test_control_reset_forgets_everything(sandbox):
    create(sandbox)
    sandbox.set_faults(error_rate=1.0)

    requests.post(sandbox.url + "/_sandbox/reset", json={}, timeout=5)

    assert sandbox.payments() == [] and sandbox.create_requests == []
    assert create(sandbox).status_code == 200


def test_control_shows_the_requests(sandbox):
    create(sandbox)
    status(sandbox, "x")

    seen = requests.get(sandbox.url + "/_sandbox/requests", timeout=5).json()

    assert seen["status_requests"] == 1
    assert seen["create_requests"][0]["id"] == "12345"


# -- concurrency ---------------------------------------------------------------------------------


def test_twenty_concurrent_creates_make_twenty_payments(sandbox):
    answers: list[requests.Response] = []
    lock = threading.Lock()

    def one(n):
        answer = create(sandbox, body(id=f"sale-{n}", order_number=str(n)))
        with lock:
            answers.append(answer)

    threads = [threading.Thread(target=one, args=(n,)) for n in range(20)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert [a.status_code for a in answers] == [200] * 20
    assert len({a.json()["payment_id"] for a in answers}) == 20
    assert len(sandbox.payments()) == 20


def test_concurrent_retries_of_one_id_make_one_payment(sandbox):
    ids: list[str] = []
    threads = [
        threading.Thread(target=lambda: ids.append(create(sandbox).json()["payment_id"])) for _ in range(10)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert len(set(ids)) == 1
    assert len(sandbox.payments()) == 1
    assert sandbox.payments()[0]["creates"] == 10


# -- logging -------------------------------------------------------------------------------------


def test_requests_are_logged_quietly_and_never_with_the_token(capfd, caplog):
    caplog.set_level("DEBUG", logger="pos_app.sandbox")
    with Sandbox(token="very-secret-token") as sandbox:
        create(sandbox, headers={"Authorization": "Bearer very-secret-token"})
        status(sandbox, "x", headers={"Authorization": "Bearer wrong-secret"})

    assert any("POST /v1/payment/create" in r.getMessage() for r in caplog.records)
    assert not any("secret" in r.getMessage() for r in caplog.records)
    assert capfd.readouterr().err == ""  # no per-request noise on stderr


# -- the sandbox cannot be driven by a web page, a rebound DNS name or a crowd of slow clients ----------


def test_with_a_token_the_control_endpoints_need_it_too():
    with Sandbox(token="secret") as sandbox:
        answer = create(sandbox, headers={"Authorization": "Bearer secret"})
        payment_id = answer.json()["payment_id"]
        control = sandbox.url + f"/_sandbox/payments/{payment_id}/status"
        for headers in ({}, {"Authorization": "Bearer wrong"}):
            assert (
                requests.post(control, json={"status": "paid"}, headers=headers, timeout=5).status_code == 401
            )
            assert (
                requests.get(sandbox.url + "/_sandbox/payments", headers=headers, timeout=5).status_code
                == 401
            )
        assert sandbox.payment(payment_id)["status"] == "open"
        ok = requests.post(
            control, json={"status": "paid"}, headers={"Authorization": "Bearer secret"}, timeout=5
        )
        assert ok.status_code == 200 and sandbox.payment(payment_id)["status"] == "paid"


def test_a_web_page_cannot_mark_a_payment_paid(sandbox):
    payment_id = create(sandbox).json()["payment_id"]
    control = sandbox.url + f"/_sandbox/payments/{payment_id}/status"
    # What a page on another site may send without asking the browser: text/plain or a form.
    plain = requests.post(
        control, data='{"status": "paid"}', headers={"Content-Type": "text/plain"}, timeout=5
    )
    form = requests.post(control, data={"status": "paid"}, timeout=5)
    assert (plain.status_code, form.status_code) == (415, 415)
    cross_site = requests.post(
        sandbox.url + f"/pay/{payment_id}/pay", headers={"Origin": "https://evil.example"}, timeout=5
    )
    assert cross_site.status_code == 403
    assert sandbox.payment(payment_id)["status"] == "open"
    own_page = requests.post(
        sandbox.url + f"/pay/{payment_id}/pay", headers={"Origin": sandbox.url}, timeout=5
    )
    assert own_page.status_code == 200 and sandbox.payment(payment_id)["status"] == "paid"


@pytest.mark.parametrize(
    "host", ["evil.example", "evil.example:{port}", "kupay.finance.rebind.example:{port}"]
)
def test_a_host_name_that_is_not_an_address_is_refused(sandbox, host):
    payment_id = create(sandbox).json()["payment_id"]
    answer = requests.post(
        sandbox.url + f"/_sandbox/payments/{payment_id}/status",
        json={"status": "paid"},
        headers={"Host": host.format(port=sandbox.port)},
        timeout=5,
    )
    assert answer.status_code == 421
    assert sandbox.payment(payment_id)["status"] == "open"


def test_localhost_and_addresses_are_welcome(sandbox):
    for host in (f"localhost:{sandbox.port}", f"127.0.0.1:{sandbox.port}", "[::1]", "192.168.1.20:8765"):
        assert requests.get(sandbox.url + "/_sandbox/payments", headers={"Host": host}, timeout=5).ok


@pytest.mark.parametrize(
    "faults",
    [{"latency": 1e9}, {"latency": -1}, {"retry_after": 1e12}, {"fail_next": 10**12}, {"status_code": 9999}],
)
def test_fault_values_are_bounded(sandbox, faults):
    answer = requests.post(sandbox.url + "/_sandbox/faults", json=faults, timeout=5)
    assert answer.status_code == 400
    assert sandbox.faults == type(sandbox.faults)()  # nothing changed


@pytest.mark.parametrize("value", [float("nan"), float("inf")])
def test_fault_values_must_be_finite(sandbox, value):
    with pytest.raises(ValueError):
        sandbox.set_faults(latency=value)


def test_half_open_connections_cannot_take_a_thread_each(sandbox, monkeypatch):
    import socket as sockets

    from pos_app.kupay.sandbox import server

    monkeypatch.setattr(server, "REQUEST_SECONDS", 1.0)
    before = threading.active_count()
    held = []
    try:
        for _ in range(server.MAX_CONNECTIONS + 60):
            conn = sockets.create_connection(("127.0.0.1", sandbox.port), timeout=5)
            conn.sendall(b"GET /_sandbox/payments HTTP/1.1\r\nHost: 127.0.0.1\r\n")  # and never the end
            held.append(conn)
        # Each admitted connection has its handler thread and its request timer (REQUEST_SECONDS): two.
        assert threading.active_count() <= before + 2 * server.MAX_CONNECTIONS + 2
        # A request started and never finished is cut off: its thread is freed for the next client.
        held[0].settimeout(10)
        assert held[0].recv(100) == b""
    finally:
        for conn in held:
            conn.close()
    assert create(sandbox).status_code == 200
