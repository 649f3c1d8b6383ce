"""The sandbox's memory: payments, the requests it received, and the rules a create must pass.

Pure Python and thread-safe: every handler thread and the test thread go through one lock. Expiry is
computed lazily when a payment is read, so no timer thread is needed.
"""

from __future__ import annotations

import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from pos_app.kupay.models import CURRENCIES

# Currencies without a minor unit (KuPay API page, part 2); all the others have two decimals.
# Deliberately not pos_app.money: the sandbox checks the client's money code against the API page,
# so it must not share that code (a bug there would pass its own test double).
_NO_DECIMALS = frozenset({"JPY", "KRW"})

REQUIRED_FIELDS: tuple[str, ...] = (
    "id",
    "order_number",
    "created_at",
    "currency",
    "amount",
    "cancel_url",
    "paid_url",
    "callback_url",
)
_URL_FIELDS: tuple[str, ...] = ("cancel_url", "paid_url", "callback_url", "order_status_url")

# The word a fresh payment has. KuPay's WooCommerce plugin calls an unpaid order "open".
OPEN = "open"


def decimals_for(currency: str) -> int:
    """How many decimals KuPay allows for `currency`."""
    return 0 if currency in _NO_DECIMALS else 2


def format_created_at(moment: datetime) -> str:
    """KuPay's status format: UTC, no offset, e.g. '2022-05-22 17:58:04'."""
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S")


def amount_text(amount: Decimal, currency: str) -> str:
    """The amount as JSON number text with the currency's decimals ('123.45', '1200')."""
    places = decimals_for(currency)
    return format(amount.quantize(Decimal(1).scaleb(-places)), "f")


class CreateRejected(ValueError):
    """A create body the sandbox refuses. `status` is 400 (not JSON) or 422 (a field is wrong)."""

    def __init__(self, reason: str, status: int = 422) -> None:
        super().__init__(reason)
        self.reason = reason
        self.status = status


@dataclass(frozen=True)
class ValidCreate:
    """A create body that passed every check, with exact types."""

    id: str
    order_number: str
    created_at: datetime  # timezone-aware
    created_at_sent: str
    currency: str
    amount: Decimal
    cancel_url: str
    paid_url: str
    callback_url: str
    email: str
    order_status_url: str


def validate_create(body: object) -> ValidCreate:
    """Check a parsed create body like a strict KuPay would; raise CreateRejected with a readable reason."""
    if not isinstance(body, dict):
        raise CreateRejected("The body must be a JSON object.", status=400)
    missing = [name for name in REQUIRED_FIELDS if body.get(name) in (None, "")]
    if missing:
        raise CreateRejected(f"Missing required field(s): {', '.join(missing)}.")
    for name in ("id", "order_number", "created_at", "currency", "cancel_url", "paid_url", "callback_url"):
        if not isinstance(body[name], str):
            raise CreateRejected(f"Field '{name}' must be a string.")
    for name in ("email", "order_status_url"):
        if body.get(name) is not None and not isinstance(body[name], str):
            raise CreateRejected(f"Field '{name}' must be a string.")

    currency = body["currency"]
    if currency not in CURRENCIES:
        raise CreateRejected(f"Unknown currency '{currency}'. Use one of: {' '.join(CURRENCIES)}.")
    amount = _parse_amount(body["amount"], currency)
    created_at = _parse_created_at(body["created_at"])
    for name in _URL_FIELDS:
        value = body.get(name) or ""
        if name in REQUIRED_FIELDS or value:
            if not value.lower().startswith("https://") or len(value) <= len("https://"):
                raise CreateRejected(f"Field '{name}' must be an https:// URL.")

    return ValidCreate(
        id=body["id"],
        order_number=body["order_number"],
        created_at=created_at,
        created_at_sent=body["created_at"],
        currency=currency,
        amount=amount,
        cancel_url=body["cancel_url"],
        paid_url=body["paid_url"],
        callback_url=body["callback_url"],
        email=body.get("email") or "",
        order_status_url=body.get("order_status_url") or "",
    )


def _parse_amount(raw: object, currency: str) -> Decimal:
    # bool is an int subclass: `true` must not become an amount of 1.
    if isinstance(raw, bool) or not isinstance(raw, int | Decimal | float | str):
        raise CreateRejected("Field 'amount' must be a number, e.g. 123.45.")
    try:
        amount = Decimal(raw.strip()) if isinstance(raw, str) else Decimal(raw)
    except InvalidOperation:
        raise CreateRejected(f"Field 'amount' is not a number: {raw!r}.") from None
    if not amount.is_finite() or amount <= 0:
        raise CreateRejected("Field 'amount' must be a positive number.")
    places = decimals_for(currency)
    if amount != amount.quantize(Decimal(1).scaleb(-places)):
        raise CreateRejected(f"Field 'amount' has more than {places} decimal(s), too many for {currency}.")
    return amount


def _parse_created_at(raw: str) -> datetime:
    try:
        moment = datetime.fromisoformat(raw)
    except ValueError:
        raise CreateRejected(
            f"Field 'created_at' is not an ISO 8601 date, e.g. 2021-12-23T18:58:04+01:00: {raw!r}."
        ) from None
    # A date without an offset is taken as UTC: KuPay never says, and guessing local time would be worse.
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


@dataclass
class Payment:
    """One payment as the sandbox keeps it (mutable, guarded by the store's lock)."""

    payment_id: str
    request: ValidCreate
    pay_url: str
    status: str = OPEN
    created_monotonic: float = field(default_factory=time.monotonic)
    status_reads: int = 0
    creates: int = 1  # create requests seen with this `id` (retries included)
    answer_overrides: dict[str, Any] = field(
        default_factory=dict
    )  # tests: a status body KuPay should not send

    def as_dict(self) -> dict[str, Any]:
        req = self.request
        return {
            "payment_id": self.payment_id,
            "id": req.id,
            "order_number": req.order_number,
            "currency": req.currency,
            "amount": req.amount,
            "status": self.status,
            "created_at": format_created_at(req.created_at),
            "created_at_sent": req.created_at_sent,
            "pay_url": self.pay_url,
            "email": req.email,
            "cancel_url": req.cancel_url,
            "paid_url": req.paid_url,
            "callback_url": req.callback_url,
            "order_status_url": req.order_status_url,
            "status_reads": self.status_reads,
            "creates": self.creates,
        }

    def api_body(self) -> dict[str, Any]:
        """The documented status body (amount stays a Decimal; the server writes it as a JSON number)."""
        req = self.request
        return {
            "payment_id": self.payment_id,
            "status": self.status,
            "created_at": format_created_at(req.created_at),
            "order_number": req.order_number,
            "currency": req.currency,
            "amount": req.amount,
        }


class PaymentStore:
    """All payments plus a log of what clients sent. Safe to call from any thread.

    `changed` is a Condition on the store's lock, notified on every create and status read, so tests
    can wait for the client instead of sleeping.
    """

    def __init__(self, expire_after: float = 900.0, clock: Callable[[], float] = time.monotonic) -> None:
        self.expire_after = float(expire_after)
        self._clock = clock
        self._lock = threading.RLock()
        self.changed = threading.Condition(self._lock)
        self._payments: dict[str, Payment] = {}
        self._by_sale_id: dict[str, str] = {}
        self.create_requests: list[Any] = []
        self.create_raw_bodies: list[bytes] = []
        self.status_requests = 0

    # -- what clients sent -------------------------------------------------------------------------

    def log_create_body(self, raw: bytes, parsed: object, parsed_ok: bool) -> None:
        with self._lock:
            self.create_raw_bodies.append(raw)
            if parsed_ok:
                self.create_requests.append(parsed)
            self.changed.notify_all()

    def log_status_request(self) -> None:
        with self._lock:
            self.status_requests += 1
            self.changed.notify_all()

    # -- payments ----------------------------------------------------------------------------------

    def create(self, valid: ValidCreate, pay_url_for: Callable[[str], str]) -> tuple[Payment, bool]:
        """Store a new payment, or return the one already made for this `id` (True when new)."""
        with self._lock:
            existing = self._by_sale_id.get(valid.id)
            if existing is not None:
                payment = self._payments[existing]
                payment.creates += 1
                self.changed.notify_all()
                return payment, False
            payment_id = str(uuid.uuid4())
            payment = Payment(
                payment_id=payment_id,
                request=valid,
                pay_url=pay_url_for(payment_id),
                created_monotonic=self._clock(),
            )
            self._payments[payment_id] = payment
            self._by_sale_id[valid.id] = payment_id
            self.changed.notify_all()
            return payment, True

    def read_status(self, payment_id: str) -> tuple[dict[str, Any], dict[str, Any]] | None:
        """An API status read: counts the read; returns the documented body and the test's overrides, or None."""
        with self._lock:
            payment = self._get(payment_id)
            if payment is None:
                return None
            payment.status_reads += 1
            self.changed.notify_all()
            return payment.api_body(), dict(payment.answer_overrides)

    def get(self, payment_id: str) -> dict[str, Any] | None:
        with self._lock:
            payment = self._get(payment_id)
            return payment.as_dict() if payment is not None else None

    def find_by_id(self, sale_id: str) -> dict[str, Any] | None:
        with self._lock:
            payment_id = self._by_sale_id.get(sale_id)
            return self.get(payment_id) if payment_id is not None else None

    def all(self) -> list[dict[str, Any]]:
        with self._lock:
            return [self._get(pid).as_dict() for pid in list(self._payments)]  # type: ignore[union-attr]

    def set_status(self, payment_id: str, word: str, *, only_if_open: bool = False) -> dict[str, Any] | None:
        """Set the status word. With only_if_open, a payment that already ended is left alone."""
        with self._lock:
            payment = self._get(payment_id)
            if payment is None:
                return None
            if not only_if_open or payment.status == OPEN:
                payment.status = word
                self.changed.notify_all()
            return payment.as_dict()

    def override_answer(self, payment_id: str, fields: dict[str, Any]) -> dict[str, Any] | None:
        with self._lock:
            payment = self._get(payment_id)
            if payment is None:
                return None
            payment.answer_overrides.update(fields)
            self.changed.notify_all()
            return payment.as_dict()

    def reset(self) -> None:
        with self._lock:
            self._payments.clear()
            self._by_sale_id.clear()
            self.create_requests.clear()
            self.create_raw_bodies.clear()
            self.status_requests = 0
            self.changed.notify_all()

    def wait_until(self, predicate: Callable[[], bool], timeout: float) -> bool:
        with self.changed:
            return self.changed.wait_for(predicate, timeout)

    def _get(self, payment_id: str) -> Payment | None:
        payment = self._payments.get(payment_id)
        # Lazy expiry: an open payment older than expire_after becomes "expired" the moment anyone looks.
        if (
            payment is not None
            and payment.status == OPEN
            and self._clock() - payment.created_monotonic >= self.expire_after
        ):
            payment.status = "expired"
        return payment
