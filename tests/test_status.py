"""What KuPay's status answers mean: known words mapped, everything else unknown, never a false "paid"."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pos_app.kupay.errors import BadResponse
from pos_app.kupay.models import PaymentState
from pos_app.kupay.status import PAID_WORDS, differs_from_sale, normalise, parse_created_at, parse_status

PID = "1dabeb8c-d9e7-11ec-a7b6-fd796692aca4"

TABLE = {
    PaymentState.PAID: ["paid", "completed", "confirmed", "finished", "success", "succeeded"],
    PaymentState.WAITING: ["open", "pending", "new", "waiting"],
    PaymentState.CONFIRMING: ["confirming", "processing"],
    PaymentState.PARTIALLY_PAID: [
        "partially_paid",
        "underpaid",
        "partial",
        "partially-paid",
        "Partially Paid",
    ],
    PaymentState.EXPIRED: ["expired"],
    PaymentState.CANCELLED: ["cancelled", "canceled"],
    PaymentState.FAILED: ["failure", "failed", "error", "invalid"],
    PaymentState.REFUNDED: ["refunded"],
}


@pytest.mark.parametrize(("word", "state"), [(w, s) for s, words in TABLE.items() for w in words])
def test_known_status_words(word, state):
    assert normalise(word) is state
    assert normalise(word.upper()) is state
    assert normalise(f"  {word.title()}\n") is state


@pytest.mark.parametrize(
    "word",
    [
        "",
        " ",
        "unpaid",
        "not paid",
        "paid!",
        "pa id",
        "paidx",
        "refund_pending",
        "ok",
        "true",
        "PAİD",
        "ſuccess",
    ],
)
def test_unknown_words_are_unknown_never_paid(word):
    assert normalise(word) is PaymentState.UNKNOWN


@pytest.mark.parametrize("value", [None, 1, True, 3.5, ["paid"], {"status": "paid"}, b"paid"])
def test_non_strings_are_unknown(value):
    assert normalise(value) is PaymentState.UNKNOWN


def test_documented_answer_is_read_completely():
    body = {
        "payment_id": PID,
        "status": "paid",
        "created_at": "2022-05-22 17:58:04",
        "order_number": "1234",
        "currency": "USD",
        "amount": Decimal("123.45"),
    }
    status = parse_status(body, PID)
    assert status.state is PaymentState.PAID and status.state.is_paid
    assert status.raw_status == "paid"
    assert status.payment_id == PID
    assert status.created_at == datetime(2022, 5, 22, 17, 58, 4, tzinfo=UTC)
    assert (status.order_number, status.currency, status.amount) == ("1234", "USD", Decimal("123.45"))


@pytest.mark.parametrize(
    ("amount", "expected"),
    [
        ("123.45", Decimal("123.45")),  # earlier revision: a string
        (123.45, Decimal("123.45")),  # later: a number (never 123.4500000000000028...)
        (Decimal("19.90"), Decimal("19.90")),
        (1200, Decimal(1200)),
        (" 7 ", Decimal(7)),
        ("abc", None),
        ("1e400", None),
        ("NaN", None),
        (float("nan"), None),
        (float("inf"), None),
        (True, None),
        (None, None),
        ([1], None),
        ("9" * 5000, None),
    ],
)
def test_amount_as_string_or_number(amount, expected):
    status = parse_status({"status": "open", "amount": amount}, PID)
    assert status.amount == expected
    assert status.state is PaymentState.WAITING


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2022-05-22 17:58:04", datetime(2022, 5, 22, 17, 58, 4, tzinfo=UTC)),
        ("2022-05-22T18:58:04+01:00", datetime(2022, 5, 22, 17, 58, 4, tzinfo=UTC)),
        ("2022-05-22T17:58:04Z", datetime(2022, 5, 22, 17, 58, 4, tzinfo=UTC)),
        ("2022-05-22T17:58:04", datetime(2022, 5, 22, 17, 58, 4, tzinfo=UTC)),
        ("2022-13-40 99:00:00", None),
        ("yesterday", None),
        ("", None),
        (1653242284, None),
        (None, None),
        ("2022-05-22 17:58:04" * 100, None),
    ],
)
def test_created_at_is_aware_utc_when_no_offset(text, expected):
    parsed = parse_created_at(text)
    assert parsed == expected
    if parsed is not None:
        assert parsed.tzinfo is not None


def test_created_at_keeps_the_offset_it_was_given():
    parsed = parse_created_at("2026-11-24T21:58:04+01:00")
    assert parsed is not None and parsed.utcoffset() == timedelta(hours=1)
    assert parsed == datetime(2026, 11, 24, 21, 58, 4, tzinfo=timezone(timedelta(hours=1)))


@pytest.mark.parametrize(
    "body",
    [[], {}, None, "paid", 1, {"status": None}, {"status": 1}, {"status": ["paid"]}, {"state": "paid"}],
)
def test_unusable_bodies_are_bad_responses(body):
    with pytest.raises(BadResponse) as caught:
        parse_status(body, PID)
    assert str(caught.value) == BadResponse.message


def test_an_answer_about_another_payment_is_refused():
    with pytest.raises(BadResponse):
        parse_status({"payment_id": "someone-else", "status": "paid"}, PID)
    # The same id in another letter case is the same payment.
    assert parse_status({"payment_id": PID.upper(), "status": "paid"}, PID).state.is_paid
    # ...in ASCII letters only, as the journal compares them: the Kelvin sign is not a "k".
    with pytest.raises(BadResponse):
        parse_status({"payment_id": "pay-\u212a1", "status": "paid"}, "pay-k1")


def test_huge_fields_are_clipped_for_the_screen():
    status = parse_status({"status": "x" * 100_000, "order_number": "n" * 10_000, "currency": "dollars"}, PID)
    assert status.state is PaymentState.UNKNOWN
    assert len(status.raw_status) <= 40 and len(status.order_number) <= 64
    assert status.currency == ""


json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats()
    | st.decimals()
    | st.text(max_size=30)
    | st.sampled_from([*PAID_WORDS, "open", "PAID", " Completed "]),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4)
    ),
    max_leaves=20,
)
status_words = st.one_of(
    st.text(max_size=20),
    st.sampled_from([w for words in TABLE.values() for w in words]).map(lambda w: w.swapcase()),
    st.sampled_from(["paid", "PAID", "paid ", "p\u0430id", "unpaid", "paid\x00", "ſuccess"]),
    json_values,
)
bodies = st.one_of(
    json_values,
    st.fixed_dictionaries(
        {"status": status_words},
        optional={
            "payment_id": st.one_of(st.just(PID), json_values),
            "amount": json_values,
            "created_at": st.one_of(json_values, st.datetimes().map(str)),
            "order_number": json_values,
            "currency": json_values,
        },
    ),
)


@settings(max_examples=400)
@given(body=bodies)
def test_any_json_body_never_crashes_and_is_paid_only_for_a_paid_word(body):
    try:
        status = parse_status(body, PID)
    except BadResponse:
        assert not isinstance(body, dict) or not isinstance(body.get("status"), str) or "payment_id" in body
        return
    word = body["status"]
    said_paid = word.strip().isascii() and word.strip().lower() in PAID_WORDS
    assert status.state.is_paid == said_paid
    assert status.payment_id == PID
    assert status.created_at is None or status.created_at.tzinfo is not None
    assert status.amount is None or status.amount.is_finite()


@pytest.mark.parametrize("their_id", [123, ["other"], {"id": "p-1"}, True, 0])
def test_a_payment_id_that_is_not_text_is_refused_not_skipped(their_id):
    with pytest.raises(BadResponse):
        parse_status({"payment_id": their_id, "status": "paid"}, "p-1")


SALE = (Decimal("499.00"), "USD", "T1-0007")


@pytest.mark.parametrize(
    ("body", "differs"),
    [
        ({"status": "paid"}, ""),  # nothing to compare: KuPay's earliest answers carry only the word
        ({"status": "paid", "amount": 499, "currency": "usd", "order_number": "T1-0007"}, ""),
        ({"status": "paid", "amount": "499.0"}, ""),
        ({"status": "paid", "amount": "0.01", "currency": "JPY", "order_number": "NOT-YOURS"}, "amount"),
        ({"status": "paid", "amount": "499.01"}, "amount 499.01"),
        ({"status": "paid", "currency": "EUR"}, "currency EUR"),
        ({"status": "paid", "order_number": "T1-0008"}, "order T1-0008"),
        ({"status": "paid", "amount": "4.99e2"}, "unreadable amount"),  # sent but unreadable: not a match
        ({"status": "paid", "currency": "US Dollar"}, "unreadable currency"),
        ({"status": "paid", "order_number": ["T1-0007"]}, "unreadable order number"),
    ],
)
def test_a_paid_answer_is_checked_against_the_sale(body, differs):
    status = parse_status({"payment_id": "p-1", **body}, "p-1")
    sentence = differs_from_sale(status, *SALE)
    if differs:
        assert differs in sentence and sentence.startswith("KuPay's answer does not match this sale")
    else:
        assert sentence == ""


@settings(max_examples=200, deadline=None)
@given(
    amount=st.decimals(min_value=Decimal("0.01"), max_value=Decimal("999999.99"), places=2),
    other=st.decimals(min_value=Decimal("0.01"), max_value=Decimal("999999.99"), places=2),
    currency=st.sampled_from(["USD", "EUR", "JPY"]),
    other_currency=st.sampled_from(["USD", "EUR", "JPY"]),
)
def test_only_the_sales_own_amount_and_currency_match(amount, other, currency, other_currency):
    status = parse_status(
        {"payment_id": "p", "status": "paid", "amount": str(other), "currency": other_currency}, "p"
    )
    # Oracle: the same amount as a number, and the same code.
    same = other == amount and other_currency == currency
    assert (differs_from_sale(status, amount, currency, "T1-0001") == "") is same
