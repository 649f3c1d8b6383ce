"""What a KuPay status answer means. Pure Python, no network.

KuPay documents one status word ("paid"); its plugin shows a few more and comparable gateways use others
(kupay-api.md, Part 3). The rule here: compare case-insensitively, map the words we know, and treat every
other word — or anything that is not a short ASCII word — as UNKNOWN (keep polling, show the raw word).
Nothing reads as paid unless KuPay literally said one of the paid words.
"""

from __future__ import annotations

import re
import string
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation

from pos_app.kupay.errors import BadResponse
from pos_app.kupay.models import PaymentState, PaymentStatus
from pos_app.wording import QT_TRANSLATE_NOOP

_WORDS: dict[str, PaymentState] = {
    # paid: KuPay's "paid", its plugin's "completed", and close synonyms from comparable gateways
    "paid": PaymentState.PAID,
    "completed": PaymentState.PAID,
    "confirmed": PaymentState.PAID,
    "finished": PaymentState.PAID,
    "success": PaymentState.PAID,
    "succeeded": PaymentState.PAID,
    # still waiting for the customer
    "open": PaymentState.WAITING,
    "pending": PaymentState.WAITING,
    "new": PaymentState.WAITING,
    "waiting": PaymentState.WAITING,
    # payment seen on the network, not final yet
    "confirming": PaymentState.CONFIRMING,
    "processing": PaymentState.CONFIRMING,
    # crypto underpayments: never green
    "partially_paid": PaymentState.PARTIALLY_PAID,
    "underpaid": PaymentState.PARTIALLY_PAID,
    "partial": PaymentState.PARTIALLY_PAID,
    # ended unpaid
    "expired": PaymentState.EXPIRED,
    "cancelled": PaymentState.CANCELLED,
    "canceled": PaymentState.CANCELLED,
    "failure": PaymentState.FAILED,
    "failed": PaymentState.FAILED,
    "error": PaymentState.FAILED,
    "invalid": PaymentState.FAILED,
    "refunded": PaymentState.REFUNDED,
}

PAID_WORDS = frozenset(word for word, state in _WORDS.items() if state is PaymentState.PAID)

# Shown on screen and kept in the journal: a hostile or broken server must not fill either.
MAX_RAW_STATUS = 40
_MAX_FIELD = 64
_NUMBER_RE = re.compile(r"[0-9]{1,15}(?:\.[0-9]{1,8})?", re.ASCII)
_KUPAY_TIME = "%Y-%m-%d %H:%M:%S"


def normalise(word: object) -> PaymentState:
    """KuPay's status word as a PaymentState: trimmed, ASCII case-insensitive; "partially-paid" and
    "partially paid" read like "partially_paid". Anything unrecognised, or not a string, is UNKNOWN."""
    if not isinstance(word, str) or len(word) > _MAX_FIELD:
        return PaymentState.UNKNOWN
    key = word.strip()
    # ASCII only: str.lower() maps e.g. the Kelvin sign to "k"; a look-alike must never read as paid.
    if not key.isascii():
        return PaymentState.UNKNOWN
    key = re.sub(r"[ -]", "_", key.lower())
    return _WORDS.get(key, PaymentState.UNKNOWN)


def parse_status(body: object, payment_id: str) -> PaymentStatus:
    """A decoded status answer as a PaymentStatus. Never crashes on any JSON value.

    Raises BadResponse when `body` is not an object with a string "status", or when it names a different
    payment than the one asked for (reading another sale's "paid" would be the worst possible bug).
    Optional fields that cannot be read become empty/None rather than failing the whole read.
    """
    if not isinstance(body, dict):
        raise BadResponse(detail=f"status body for {payment_id!r} is {type(body).__name__}, not an object")
    word = body.get("status")
    if not isinstance(word, str):
        raise BadResponse(
            detail=f"status body for {payment_id!r} has no status string ({type(word).__name__})"
        )
    their_id = body.get("payment_id")
    if their_id is not None and not isinstance(their_id, str):
        # 123 or ["other"] is not "no id": an answer that cannot say which payment it is about is refused.
        raise BadResponse(
            detail=f"asked for {payment_id!r}, answer's payment_id is {type(their_id).__name__}"
        )
    if their_id is not None and their_id.strip() and payment_key(their_id) != payment_key(payment_id):
        raise BadResponse(detail=f"asked for {payment_id!r}, answer is about {_clip(their_id)!r}")
    order_number = _text(body.get("order_number"))
    currency = _currency(body.get("currency"))
    amount = parse_amount_field(body.get("amount"))
    # Sent but unreadable is not the same as not sent: such a field cannot vouch for a "paid".
    unreadable = frozenset(
        name
        for name, parsed in (("amount", amount), ("currency", currency), ("order_number", order_number))
        if body.get(name) not in (None, "") and parsed in (None, "")
    )
    return PaymentStatus(
        payment_id=payment_id,
        state=normalise(word),
        raw_status=_clip(word.strip(), MAX_RAW_STATUS),
        created_at=parse_created_at(body.get("created_at")),
        order_number=order_number,
        currency=currency,
        amount=amount,
        unreadable=unreadable,
    )


def differs_from_sale(status: PaymentStatus, amount: Decimal, currency: str, order_number: str) -> str:
    """How a status answer contradicts the sale it is about, in words for the owner ("" when it does not).

    Each of amount, currency and order number is compared only when the answer carries it (KuPay's page
    shows all three, but not every revision sends them); one that is sent but unreadable counts as differing.
    A "paid" that differs must never turn the screen green: a hostile or confused server could otherwise
    settle a $499.00 sale with a payment of 0.01 JPY for another order.
    """
    differences: list[str] = [
        _UNREADABLE.format(field=name.replace("_", " ")) for name in sorted(status.unreadable)
    ]
    if status.amount is not None and status.amount != amount:
        differences.append(_AMOUNT_DIFFERS.format(got=str(status.amount), expected=str(amount)))
    if status.currency and status.currency != currency.upper():
        differences.append(_CURRENCY_DIFFERS.format(got=status.currency, expected=currency.upper()))
    if status.order_number and status.order_number != order_number.strip():
        differences.append(_ORDER_DIFFERS.format(got=status.order_number, expected=order_number))
    if not differences:
        return ""
    listed = differences[-1]
    for difference in reversed(differences[:-1]):
        listed = _AND_MORE.format(difference=difference, more=listed)
    return _DOES_NOT_MATCH.format(differences=listed)


# Kept as sentences so a stored note (the journal's English) can be shown in the shop's language.
_UNREADABLE = QT_TRANSLATE_NOOP("Status", "an unreadable {field}")
_AMOUNT_DIFFERS = QT_TRANSLATE_NOOP("Status", "amount {got} instead of {expected}")
_CURRENCY_DIFFERS = QT_TRANSLATE_NOOP("Status", "currency {got} instead of {expected}")
_ORDER_DIFFERS = QT_TRANSLATE_NOOP("Status", "order {got} instead of {expected}")
_DOES_NOT_MATCH = QT_TRANSLATE_NOOP("Status", "KuPay's answer does not match this sale ({differences}).")
_AND_MORE = QT_TRANSLATE_NOOP("Status", "{difference}; {more}")


_ASCII_LOWER = str.maketrans(string.ascii_uppercase, string.ascii_lowercase)


def payment_key(payment_id: str) -> str:
    """A payment id as ids are compared everywhere: trimmed, ASCII letters in either case (a UUID may come
    back upper-case). Only ASCII, exactly as SQLite's NOCASE folds, so the journal's rule that a payment
    belongs to one sale sees the same ids as the same payment (str.lower() would also fold e.g. the Kelvin
    sign into "k")."""
    return payment_id.strip().translate(_ASCII_LOWER)


def parse_created_at(value: object) -> datetime | None:
    """KuPay's "YYYY-MM-DD HH:MM:SS" (UTC, no offset) or ISO 8601 (with offset, or "Z") as an aware datetime."""
    if not isinstance(value, str) or not 10 <= len(value.strip()) <= 40:
        return None
    text = value.strip()
    try:
        parsed = datetime.strptime(text, _KUPAY_TIME)
    except ValueError:
        try:
            parsed = datetime.fromisoformat(text)
        except ValueError:
            return None
    # No offset means UTC: KuPay turned 18:58:04+01:00 into "17:58:04".
    return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed


def parse_amount_field(value: object) -> Decimal | None:
    """The answer's amount, a string ("123.45", older revision) or a number (later): Decimal, or None."""
    if isinstance(value, bool):  # bool is an int in Python; true is not an amount
        return None
    if isinstance(value, int):
        return Decimal(value) if abs(value) < 10**15 else None
    if isinstance(value, float | Decimal):
        try:
            # str(float) is the shortest text that round-trips: 123.45, not 123.4500000000000028...
            amount = Decimal(str(value))
        except (InvalidOperation, ValueError):
            return None
        return amount if amount.is_finite() and abs(amount) < 10**15 else None
    if isinstance(value, str):
        text = value.strip()
        negative = text.startswith("-")
        if _NUMBER_RE.fullmatch(text.removeprefix("-")):
            amount = Decimal(text.removeprefix("-"))
            return -amount if negative else amount
    return None


def _clip(text: str, limit: int = _MAX_FIELD) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _text(value: object) -> str:
    if isinstance(value, bool):
        return ""
    if isinstance(value, str | int):
        return _clip(str(value).strip()) if not isinstance(value, int) or abs(value) < 10**30 else ""
    return ""


def _currency(value: object) -> str:
    if isinstance(value, str) and re.fullmatch(r"[A-Za-z]{3}", value.strip(), re.ASCII):
        return value.strip().upper()
    return ""
