"""The sale flow's words and rules, without a window: what the cashier reads for each status."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest

from pos_app.kupay.models import PaymentState, PaymentStatus
from pos_app.settings import Settings
from pos_app.terminal import (
    ASSUMED_PAYMENT_LIFE,
    Tone,
    build_sale,
    elapsed_text,
    payment_request,
    status_line,
    time_left_text,
    unpaid_outcome,
)


class Numbers:
    def __init__(self) -> None:
        self.n = 0

    def next_order_number(self, prefix: str) -> str:
        self.n += 1
        return f"{prefix}{self.n:04d}"


def status(state: PaymentState, raw: str) -> PaymentStatus:
    return PaymentStatus(payment_id="p", state=state, raw_status=raw)


def test_a_sale_becomes_the_exact_create_body_with_the_shop_urls():
    settings = Settings(shop_url="https://shop.example/", callback_url="https://shop.example/hook")
    sale = build_sale(Numbers(), settings, Decimal("12.50"), "EUR", "  a@b.co ")
    request = payment_request(sale, settings)
    assert sale.order_number == "T1-0001" and sale.created_at.tzinfo is not None
    assert request.id == sale.id and request.amount == Decimal("12.50") and request.currency == "EUR"
    assert request.email == "a@b.co"
    assert request.paid_url == request.cancel_url == "https://shop.example/"
    assert request.callback_url == "https://shop.example/hook"
    assert payment_request(sale, settings) == request  # a retry sends the very same body


@pytest.mark.parametrize(
    ("state", "raw", "text", "tone"),
    [
        (PaymentState.WAITING, "open", "Waiting for the customer…", Tone.WAITING),
        (PaymentState.CONFIRMING, "confirming", "Payment seen, waiting for confirmation…", Tone.PROGRESS),
        (PaymentState.PARTIALLY_PAID, "partially_paid", "Partly paid — waiting for the rest", Tone.PROGRESS),
    ],
)
def test_waiting_lines_are_plain_words(state, raw, text, tone):
    line = status_line(status(state, raw))
    assert (line.text, line.tone) == (text, tone)


def test_an_unknown_word_is_shown_discreetly_and_never_as_paid():
    line = status_line(status(PaymentState.UNKNOWN, "held_for_review"))
    assert line.text == "Waiting for the customer…"
    assert "held_for_review" in line.detail and "paid" not in line.text.lower()


def test_expired_does_not_invite_a_second_payment():
    outcome = unpaid_outcome(PaymentState.EXPIRED)
    assert "expired" in outcome.reason
    assert "wait" in outcome.advice and "new sale" not in outcome.advice.lower()


def test_failed_names_kupays_word():
    assert "failure" in unpaid_outcome(PaymentState.FAILED, "failure").reason


def test_time_left_only_near_the_end():
    created = datetime(2026, 1, 1, 12, 0, tzinfo=UTC)
    assert time_left_text(created, created + timedelta(minutes=1)) == ""
    near_end = created + ASSUMED_PAYMENT_LIFE - timedelta(seconds=90)
    assert time_left_text(created, near_end) == "About 2 min left"
    assert time_left_text(created, created + ASSUMED_PAYMENT_LIFE - timedelta(seconds=20)) == "20 s left"
    assert "Time is up" in time_left_text(created, created + ASSUMED_PAYMENT_LIFE + timedelta(seconds=1))


def test_elapsed_is_minutes_and_seconds():
    assert elapsed_text(0) == "0:00" and elapsed_text(75.9) == "1:15"
