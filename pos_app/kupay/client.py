"""The KuPay HTTP client: create a payment, read its status, check a token. Blocking; call it off the UI thread.

Every outcome the cashier must hear about is a typed error from `errors.py` with a one-sentence message.
Safety rules, each for a reason:

- TLS verification is always on; plain http:// is allowed only to this computer (the sandbox).
- The token travels only in the `Authorization: Bearer` header. It is never in a URL, a log line, an
  exception or `repr()`; exception texts from the network stack are scrubbed anyway.
- A create is retried only with the very same body (same `id`), so KuPay can de-duplicate a create whose
  answer was lost; a 4xx is never retried; `Retry-After` on 429/503 is honoured (capped).
- The JSON body is written by hand so the amount is exactly the sale's Decimal ("19.99", never
  19.990000000000002).
"""

from __future__ import annotations

import email.utils
import errno
import ipaddress
import json
import logging
import re
import socket
import ssl
import threading
import time
import uuid
from collections.abc import Callable, Iterable, Iterator
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any, NoReturn, TypeVar
from urllib.parse import quote, unquote, unquote_plus, urlsplit

import requests
import requests.adapters
import urllib3
import urllib3.connection

from pos_app import __version__ as _app_version
from pos_app.kupay.errors import (
    BadResponse,
    BadToken,
    InsecureURL,
    InvalidRequest,
    KuPayError,
    NetworkError,
    PaymentNotFound,
    RateLimited,
    RefusedPayLink,
    ServerError,
)
from pos_app.kupay.models import CURRENCIES, CreatedPayment, PaymentRequest, PaymentStatus
from pos_app.kupay.retry import MAX_RETRY_AFTER, client_retries
from pos_app.kupay.status import parse_status
from pos_app.kupay.urls import AddressProblem, BadAddress, is_loopback_host, normalised_api_url, web_address
from pos_app.money import AmountError, amount_json
from pos_app.wording import QT_TRANSLATE_NOOP

log = logging.getLogger("pos_app.kupay")
_T = TypeVar("_T")

DEFAULT_BASE_URL = "https://api.kupay.finance/v1/"
MAX_BODY_BYTES = 1_000_000  # a KuPay answer is a few hundred bytes; more is a broken proxy or worse

_NETWORK_MESSAGES = {
    "dns": QT_TRANSLATE_NOOP(
        "KuPayError",
        "The terminal cannot find KuPay's server. Check the internet connection and the KuPay address.",
    ),
    "refused": QT_TRANSLATE_NOOP(
        "KuPayError",
        "KuPay's server refused the connection. Check the KuPay address in Settings, then try again.",
    ),
    "timeout": QT_TRANSLATE_NOOP(
        "KuPayError", "KuPay is taking too long to answer. Check the connection and try again."
    ),
    "tls": QT_TRANSLATE_NOOP(
        "KuPayError",
        "The secure connection to KuPay failed. Check the computer's date and time, then try again.",
    ),
    "dropped": QT_TRANSLATE_NOOP(
        "KuPayError", "The connection to KuPay was cut off. Check the connection and try again."
    ),
    "other": NetworkError.message,
}


class Redirected(BadResponse):
    """A 3xx answer: a wrong address or a captive portal. Trying again will not help."""

    retryable = False
    message = QT_TRANSLATE_NOOP(
        "KuPayError",
        "KuPay's address sent the terminal elsewhere. Ask the owner to check the KuPay address in Settings.",
    )


# -- base URL --------------------------------------------------------------------------------------
# What the cashier reads for each reason the address is refused (the rules themselves: kupay/urls.py).
_ADDRESS_SENTENCES = {
    AddressProblem.EMPTY: QT_TRANSLATE_NOOP(
        "KuPayError", "The KuPay address is empty. Ask the owner to set it in Settings."
    ),
    AddressProblem.UNREADABLE: QT_TRANSLATE_NOOP(
        "KuPayError", "The KuPay address is not a valid web address. Ask the owner to fix it in Settings."
    ),
    AddressProblem.NOT_WEB: InsecureURL.message,
    AddressProblem.PLAIN_HTTP: InsecureURL.message,
}


def check_base_url(url: str) -> str:
    """The API base URL, normalised with a trailing slash ("https://api.kupay.finance/v1/").

    Raises InsecureURL unless it is https://, or http:// to a loopback host (127.0.0.0/8, ::1, localhost)
    so the sandbox works without a certificate while a shop's real traffic is always encrypted. The same
    rules as Settings (kupay/urls.py), so an address Settings saved is one the client takes.
    """
    try:
        return normalised_api_url(url)
    except BadAddress as exc:
        sentence = _ADDRESS_SENTENCES.get(exc.problem, _ADDRESS_SENTENCES[AddressProblem.UNREADABLE])
        raise InsecureURL(sentence, detail=f"base URL refused: {exc.problem.value}") from None


MAX_PAY_URL_BYTES = 600  # fits a QR code of version 20 at error correction M: readable on a till's screen
KUPAY_DOMAIN = "kupay.finance"
_HOST_NAME = re.compile(r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*\.?")


def check_pay_url(
    pay_url: object, *, api_base_url: str = DEFAULT_BASE_URL, allowed_hosts: Iterable[str] = ()
) -> str:
    """The customer's payment page, fit to become a QR code; RefusedPayLink (with the reason) otherwise.

    https on KuPay's own hosts (*.kupay.finance), the API's host or a host the owner allowed; plain http only
    when the API itself is on this computer (the sandbox: loopback, or its LAN address for a phone). No user
    info (https://pay.kupay.finance@evil.example/ reads like KuPay), no backslash, ASCII only (a foreign
    host comes as punycode), no spaces, control, bidi or zero-width characters, and short enough in bytes
    for a QR code a phone reads at a glance.
    """
    text = pay_url.strip() if isinstance(pay_url, str) else ""
    problem = pay_url_problem(text, api_base_url, allowed_hosts) if text else "missing or not a string"
    if problem:
        raise RefusedPayLink(detail=f"pay_url refused ({problem}): {text[:80]!r}")
    return text


def pay_url_problem(text: str, api_base_url: str, allowed_hosts: Iterable[str] = ()) -> str:
    """Why `text` may not go into a QR code ("" when it may)."""
    if len(text.encode("utf-8")) > MAX_PAY_URL_BYTES:
        return f"longer than {MAX_PAY_URL_BYTES} bytes"
    if not text.isascii():
        return "non-ASCII characters"
    api_host = (urlsplit(api_base_url).hostname or "").lower()
    api_is_local = is_loopback_host(api_host)
    try:
        # The rules every address follows (kupay/urls.py); http only to the sandbox's own network.
        parts = web_address(text, plain_http_to=lambda host: api_is_local and _local_ip(host), query=True)
    except BadAddress as exc:
        return exc.problem.value
    host = parts.hostname or ""
    local_ip = _local_ip(host)
    if not local_ip and not _HOST_NAME.fullmatch(host):
        return "not a host name"
    name = host.rstrip(".")
    allowed = {h.strip().lower().rstrip(".") for h in allowed_hosts if h.strip()}
    if not (
        name == KUPAY_DOMAIN
        or name.endswith("." + KUPAY_DOMAIN)
        or name == api_host.rstrip(".")
        or name in allowed
        or (api_is_local and local_ip)
    ):
        return f"host {name} is not KuPay's"
    return ""


def _local_ip(host: str) -> bool:
    """Loopback or a private-network address (the sandbox's link for a phone on the shop's Wi-Fi)."""
    try:
        address = ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return is_loopback_host(host)
    return address.is_loopback or address.is_private


# -- the client ------------------------------------------------------------------------------------
class KuPayClient:
    """KuPay's two endpoints over one requests.Session (kept-alive connections, so polling stays cheap).

    Calls block: make them from a worker thread. Use one instance from one thread at a time; a poller
    running in parallel gets its own instance (they are cheap).

    `sleep` and `backoff` exist so tests (and the UI) control waiting: the n-th retry waits
    `backoff * 2**(n-1)` seconds, or longer when the server's Retry-After asks (capped at
    `max_retry_after`): the policy of `kupay/retry.py`.
    """

    def __init__(
        self,
        base_url: str,
        token: str,
        *,
        connect_timeout: float = 3.05,
        read_timeout: float = 10.0,
        retries: int = 2,
        session: requests.Session | None = None,
        backoff: float = 0.5,
        max_retry_after: float = MAX_RETRY_AFTER,
        sleep: Callable[[float], None] = time.sleep,
        pay_hosts: Iterable[str] = (),
        proxy: str = "",
    ) -> None:
        self.base_url = check_base_url(base_url)
        self.pay_hosts = tuple(pay_hosts)  # pay-link hosts the owner allowed besides KuPay's and the API's
        self._token = _check_token_text(token)
        self.connect_timeout = connect_timeout
        self.read_timeout = read_timeout
        self.retries = max(0, retries)
        self.backoff = backoff
        self.max_retry_after = max_retry_after
        self._sleep = sleep
        self._owns_session = session is None
        self._session = session if session is not None else _private_session()
        if proxy:
            # https only: a CONNECT tunnel keeps TLS end to end; plain http goes only to this computer anyway.
            self._session.proxies = {"https": proxy}

    def __repr__(self) -> str:
        return f"KuPayClient(base_url={self.base_url!r}, token=<hidden>)"

    def close(self) -> None:
        if self._owns_session:
            self._session.close()

    def __enter__(self) -> KuPayClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- endpoints ---------------------------------------------------------------------------------
    def create_payment(self, req: PaymentRequest) -> CreatedPayment:
        """POST payment/create. Retries (same body, same `id`) when the create may not have arrived."""
        body = create_body(req)
        label = f"create id={req.id} {req.currency} {amount_json(req.amount, req.currency)}"

        def attempt() -> CreatedPayment:
            status, headers, content = self._request("POST", "payment/create", body, label)
            if status == 404:
                # On create a 404 means the address is wrong, not that a payment is missing.
                raise InvalidRequest(
                    QT_TRANSLATE_NOOP(
                        "KuPayError",
                        "KuPay's address for new payments was not found. Ask the owner to check the KuPay "
                        "address in Settings.",
                    ),
                    detail=f"{label}: HTTP 404",
                    reason=_reason(content),
                )
            data = self._json_or_raise(status, headers, content, label)
            return _created_payment(data, label, self.base_url, self.pay_hosts)

        return self._with_retries(attempt, label)

    def payment_status(self, payment_id: str) -> PaymentStatus:
        """GET payment/status/<payment_id>, normalised. Retries with backoff on network trouble and 5xx."""
        path = "payment/status/" + _quote_id(payment_id)
        label = f"status {payment_id[:80]}"

        def attempt() -> PaymentStatus:
            status, headers, content = self._request("GET", path, None, label)
            data = self._json_or_raise(status, headers, content, label)
            return parse_status(data, payment_id)

        return self._with_retries(attempt, label)

    def check_token(self) -> bool:
        """True when KuPay accepts the token: a status read of a random id answers 404 (or 200).

        Raises BadToken on 401, and the matching error otherwise. A 404 that is an HTML page is not
        KuPay answering (a wrong address) and raises BadResponse.
        """
        probe = str(uuid.uuid4())
        label = f"token check (status {probe})"

        def attempt() -> bool:
            status, headers, content = self._request("GET", "payment/status/" + probe, None, label)
            if status == 404:
                if _looks_like_html(headers, content):
                    raise BadResponse(
                        QT_TRANSLATE_NOOP(
                            "KuPayError",
                            "That address does not answer like KuPay. Ask the owner to check the KuPay "
                            "address in Settings.",
                        ),
                        detail=f"{label}: HTTP 404 with an HTML page",
                    )
                return True
            self._json_or_raise(status, headers, content, label)
            return True

        return self._with_retries(attempt, label)

    # -- plumbing ----------------------------------------------------------------------------------
    def _with_retries(self, attempt: Callable[[], _T], label: str) -> _T:
        for number in range(self.retries + 1):
            try:
                return attempt()
            except KuPayError as exc:
                # Last line of defence: whatever an error carries, the token leaves here as "<token>".
                exc.detail = self._scrub(exc.detail, 1000)
                if isinstance(exc, InvalidRequest):
                    exc.reason = self._scrub(exc.reason, 160)
                if not exc.retryable or number >= self.retries:
                    log.warning("%s failed: %s (%s)", label, type(exc).__name__, exc.detail)
                    raise
                delay = self._delay(exc, number + 1)
                log.info(
                    "%s: %s, retry %d in %.2fs (%s)", label, type(exc).__name__, number + 1, delay, exc.detail
                )
                self._sleep(delay)
        raise AssertionError("unreachable")  # pragma: no cover

    def _delay(self, exc: KuPayError, retry_number: int) -> float:
        return client_retries(self.backoff, self.max_retry_after).delay(retry_number, exc)

    def _request(self, method: str, path: str, body: bytes | None, label: str) -> tuple[int, Any, bytes]:
        url = self.base_url + path
        headers = {
            "Authorization": f"Bearer {self._token}",
            "Accept": "application/json",
            "User-Agent": f"KuPay-POS/{_app_version}",
        }
        if body is not None:
            headers["Content-Type"] = "application/json"
        started = time.monotonic()
        # The whole call ends by its deadline: timeouts bound each wait for a byte, and a server trickling
        # its headers one byte at a time would otherwise hold the till as long as it liked.
        watchdog = _Watchdog(self.call_deadline)
        _WATCHED.current = watchdog
        try:
            return self._request_watched(method, path, url, body, headers, label, started, watchdog)
        finally:
            _WATCHED.current = None
            watchdog.cancel()

    @property
    def call_deadline(self) -> float:
        """Seconds one call (connect, headers and body) may take in all, whatever the server trickles."""
        return self.connect_timeout + 2 * self.read_timeout

    def _request_watched(
        self,
        method: str,
        path: str,
        url: str,
        body: bytes | None,
        headers: dict[str, str],
        label: str,
        started: float,
        watchdog: _Watchdog,
    ) -> tuple[int, Any, bytes]:
        try:
            response = self._session.request(
                method,
                url,
                data=body,
                headers=headers,
                timeout=(self.connect_timeout, self.read_timeout),
                verify=True,  # always, whatever the session says
                allow_redirects=False,  # a redirect would carry a POST elsewhere; treat it as an error
                stream=True,
            )
        except requests.exceptions.RequestException as exc:
            raise self._network_error(exc, label, started, watchdog.fired) from None
        try:
            content = self._read_body(response, started)
        except urllib3.exceptions.DecodeError:
            raise BadResponse(detail=f"{label}: answer could not be decompressed") from None
        except (urllib3.exceptions.HTTPError, requests.exceptions.RequestException, OSError) as exc:
            # Raw reads are not wrapped by requests: classify urllib3's and the socket's errors here.
            raise self._network_error(exc, label, started, watchdog.fired) from None
        finally:
            response.close()
        if watchdog.fired:
            # The cut may read as a short but complete answer: it is not one.
            raise NetworkError(
                _NETWORK_MESSAGES["timeout"],
                kind="timeout",
                detail=f"{label}: answer still arriving when the {self.call_deadline:g} s deadline passed",
            )
        elapsed = (time.monotonic() - started) * 1000
        log.info(
            "%s %s -> HTTP %d, %d bytes in %.0f ms", method, path, response.status_code, len(content), elapsed
        )
        return response.status_code, response.headers, content

    def _read_body(self, response: requests.Response, started: float) -> bytes:
        # read_timeout bounds each wait for bytes; the deadline bounds the whole answer, so a server
        # trickling one byte at a time cannot hold the till forever. read1() returns what has arrived
        # instead of waiting for a full chunk, so the deadline is checked as bytes come in.
        deadline = started + self.call_deadline
        chunks: list[bytes] = []
        size = 0
        while True:
            chunk = response.raw.read1(64 * 1024)
            if not chunk:
                return b"".join(chunks)
            chunks.append(chunk)
            size += len(chunk)
            if size > MAX_BODY_BYTES:
                raise BadResponse(detail=f"answer larger than {MAX_BODY_BYTES} bytes")
            if time.monotonic() > deadline:
                raise NetworkError(
                    _NETWORK_MESSAGES["timeout"],
                    kind="timeout",
                    detail=f"answer still arriving after {size} bytes",
                )

    def _network_error(
        self, exc: BaseException, label: str, started: float, deadline_passed: bool = False
    ) -> NetworkError:
        kind = "timeout" if deadline_passed else classify_network_error(exc)
        ms = (time.monotonic() - started) * 1000
        detail = self._scrub(f"{label}: {type(exc).__name__} after {ms:.0f} ms: {exc}")
        if deadline_passed:
            detail = f"answer still arriving when the {self.call_deadline:g} s deadline passed ({detail})"
        return NetworkError(_NETWORK_MESSAGES[kind], kind=kind, detail=detail)

    def _scrub(self, text: str, limit: int = 600) -> str:
        """The text without the token, then clipped: clipping first could leave half a token behind."""
        text = text.replace(self._token, "<token>")
        return text if len(text) <= limit else text[: limit - 1] + "…"

    def _json_or_raise(self, status: int, headers: Any, content: bytes, label: str) -> object:
        """The decoded JSON of a 2xx answer; any other answer becomes its typed error."""
        snippet = self._scrub(content.decode("utf-8", "replace"), 200)
        detail = f"{label}: HTTP {status}: {snippet!r}"
        if 200 <= status < 300:
            if self._token.encode() in content:
                # An answer echoing the token would put it in the journal, the log or a customer's QR code.
                raise BadResponse(
                    detail=f"{label}: HTTP {status}: the answer contains the API token; refused"
                )
            if _looks_like_html(headers, content):
                raise BadResponse(
                    QT_TRANSLATE_NOOP(
                        "KuPayError",
                        "KuPay answered with a web page instead of data. Please try again in a moment.",
                    ),
                    detail=detail,
                )
            try:
                data = decode_json(content)
            except ValueError:
                raise BadResponse(detail=detail) from None
            if _carries_secret(data, self._token):
                # The same token written \u-escaped or percent-encoded is still the token.
                raise BadResponse(
                    detail=f"{label}: HTTP {status}: the answer contains the API token (encoded); refused"
                )
            return data
        if status == 401:
            raise BadToken(detail=detail)
        if status == 404:
            raise PaymentNotFound(detail=detail)
        if status == 429 or (status == 503 and "Retry-After" in headers):
            raise RateLimited(detail=detail, retry_after=parse_retry_after(headers.get("Retry-After")))
        if 400 <= status < 500:
            reason = self._scrub(_reason(content), 160)
            message = None
            if reason:
                message = QT_TRANSLATE_NOOP(
                    "KuPayError", "KuPay refused this payment request: {reason}. Check it, then try again."
                ).format(reason=reason.rstrip("."))
            raise InvalidRequest(message, detail=detail, reason=reason)
        if 500 <= status < 600:
            raise ServerError(detail=detail)
        # 1xx/3xx: a redirect means a wrong address (or a captive portal); trying again will not help.
        raise Redirected(detail=f"{detail} Location={self._scrub(str(headers.get('Location', '')), 100)!r}")


# -- request body ----------------------------------------------------------------------------------
def create_body(req: PaymentRequest) -> bytes:
    """The create JSON, byte for byte: every documented field with its documented type.

    Written by hand so `amount` is the Decimal's exact text with the currency's decimals.
    """
    if req.currency not in CURRENCIES:
        raise InvalidRequest(
            QT_TRANSLATE_NOOP("KuPayError", "KuPay does not accept the currency {currency}.").format(
                currency=repr(req.currency[:10])
            ),
            detail="bad currency",
        )
    if not isinstance(req.amount, Decimal) or not req.amount.is_finite() or req.amount <= 0:
        raise InvalidRequest(
            QT_TRANSLATE_NOOP("KuPayError", "The amount must be more than zero."),
            detail=f"bad amount {req.amount!r}",
        )
    try:
        amount = amount_json(req.amount, req.currency)
    except AmountError as exc:
        raise InvalidRequest(str(exc), detail=f"bad amount {req.amount!r}") from None
    if not req.id or not req.order_number:
        raise InvalidRequest(detail="create without id or order_number")
    fields: list[tuple[str, str]] = [
        ("id", json.dumps(req.id)),
        ("order_number", json.dumps(req.order_number)),
        ("created_at", json.dumps(iso_local(req.created_at))),
        ("currency", json.dumps(req.currency)),
        ("amount", amount),
    ]
    if req.email:
        fields.append(("email", json.dumps(req.email)))
    if req.order_status_url:
        fields.append(("order_status_url", json.dumps(req.order_status_url)))
    fields += [
        ("cancel_url", json.dumps(req.cancel_url)),
        ("paid_url", json.dumps(req.paid_url)),
        ("callback_url", json.dumps(req.callback_url)),
    ]
    return ("{" + ", ".join(f"{json.dumps(name)}: {value}" for name, value in fields) + "}").encode()


def iso_local(moment: datetime) -> str:
    """ISO 8601 with this computer's UTC offset, to the second: 2026-11-24T21:58:04+01:00.

    A naive datetime is taken as local time (what `datetime.now()` gives).
    """
    return moment.astimezone().isoformat(timespec="seconds")


# -- answers ---------------------------------------------------------------------------------------
def decode_json(content: bytes) -> object:
    """Strict JSON: NaN/Infinity and a name given twice in one object refused, decimals kept exact;
    ValueError on anything unreadable."""

    def refuse(name: str) -> NoReturn:
        raise ValueError(f"non-standard JSON constant {name}")

    def one_value_per_name(pairs: list[tuple[str, object]]) -> dict[str, object]:
        # {"amount": "0.01", "amount": "499.00"}: readers disagree on which counts (json keeps the last).
        obj = dict(pairs)
        if len(obj) != len(pairs):
            raise ValueError("a name given twice in one object")
        return obj

    try:
        return json.loads(
            content, parse_float=Decimal, parse_constant=refuse, object_pairs_hook=one_value_per_name
        )
    except (ValueError, RecursionError, UnicodeDecodeError) as exc:
        raise ValueError(f"not JSON: {type(exc).__name__}") from None


def _created_payment(
    data: object, label: str, api_base_url: str, allowed_hosts: Iterable[str]
) -> CreatedPayment:
    if not isinstance(data, dict):
        raise BadResponse(detail=f"{label}: answer is {type(data).__name__}, not an object")
    payment_id = data.get("payment_id")
    if not isinstance(payment_id, str) or not payment_id.strip() or len(payment_id) > 200:
        raise BadResponse(detail=f"{label}: answer has no usable payment_id")
    try:
        pay_url = check_pay_url(data.get("pay_url"), api_base_url=api_base_url, allowed_hosts=allowed_hosts)
    except RefusedPayLink as exc:
        exc.detail = f"{label}: payment_id={payment_id.strip()!r}: {exc.detail}"
        raise
    log.info("%s -> payment_id=%s", label, payment_id.strip())
    return CreatedPayment(payment_id=payment_id.strip(), pay_url=pay_url)


def _carries_secret(value: object, secret: str, depth: int = 0) -> bool:
    """True when any string in a decoded answer (keys too) holds `secret`, also once percent-decoded."""
    if depth > 50:
        return False
    if isinstance(value, str):
        seen = value
        for _ in range(3):  # double-encoding: %2541 -> %41 -> A
            if secret in seen or secret in unquote_plus(seen):
                return True
            decoded = unquote(seen)
            if decoded == seen:
                return False
            seen = decoded
        return secret in seen
    if isinstance(value, dict):
        return any(
            _carries_secret(k, secret, depth + 1) or _carries_secret(v, secret, depth + 1)
            for k, v in value.items()
        )
    if isinstance(value, list):
        return any(_carries_secret(item, secret, depth + 1) for item in value)
    return False


def _looks_like_html(headers: Any, content: bytes) -> bool:
    content_type = str(headers.get("Content-Type", "")).lower()
    return "html" in content_type or content.lstrip()[:1] == b"<"


def _reason(content: bytes) -> str:
    """KuPay's (or a proxy's) own words for a refusal: the body's message/error/detail, if any."""
    try:
        data = decode_json(content)
    except ValueError:
        return ""
    if isinstance(data, dict):
        for key in ("message", "error", "detail", "reason"):
            value = data.get(key)
            if isinstance(value, str) and value.strip():
                return " ".join(value.split())  # the caller scrubs the token, then clips
    return ""


def parse_retry_after(value: object) -> float | None:
    """Retry-After as seconds: a number ("5") or an HTTP date. None when absent or unreadable."""
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    if text.isdigit():
        return float(min(int(text[:9]), 10**8))
    if re.fullmatch(r"\d{1,9}\.\d{1,6}", text):  # not in the RFC, but some proxies send "1.5"
        return float(text)
    try:
        when = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


def classify_network_error(exc: BaseException) -> str:
    """dns | refused | timeout | tls | dropped | other, from a requests exception and what caused it."""
    if isinstance(exc, requests.exceptions.SSLError | urllib3.exceptions.SSLError):
        return "tls"
    if isinstance(exc, requests.exceptions.Timeout):
        return "timeout"
    causes = list(_causes(exc))
    for cause in causes:
        if isinstance(cause, ssl.SSLError):
            return "tls"
    for cause in causes:
        if isinstance(cause, socket.gaierror) or type(cause).__name__ == "NameResolutionError":
            return "dns"
    for cause in causes:
        if isinstance(cause, ConnectionRefusedError) or getattr(cause, "errno", None) == errno.ECONNREFUSED:
            return "refused"
    for cause in causes:
        if isinstance(cause, TimeoutError) or type(cause).__name__ in (
            "ReadTimeoutError",
            "ConnectTimeoutError",
        ):
            return "timeout"
    if isinstance(exc, requests.exceptions.ChunkedEncodingError):
        return "dropped"
    for cause in causes:
        if isinstance(cause, ConnectionResetError | ConnectionAbortedError | BrokenPipeError) or type(
            cause
        ).__name__ in ("RemoteDisconnected", "ProtocolError", "IncompleteRead"):
            return "dropped"
    # "Failed to resolve" is how urllib3 words DNS failures it wraps without a gaierror.
    if "resolve" in str(exc).lower() or "name or service not known" in str(exc).lower():
        return "dns"
    return "other"


def _causes(exc: BaseException) -> Iterator[BaseException]:
    """exc and everything it wraps (args, .reason, __cause__, __context__), each once."""
    seen: set[int] = set()
    stack: list[BaseException] = [exc]
    while stack and len(seen) < 50:
        current = stack.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        linked = [current.__cause__, current.__context__, getattr(current, "reason", None)]
        linked += [arg for arg in current.args if isinstance(arg, BaseException)]
        stack.extend(item for item in linked if isinstance(item, BaseException))


def _quote_id(payment_id: str) -> str:
    if not isinstance(payment_id, str) or not payment_id.strip():
        raise PaymentNotFound(detail="empty payment id")
    quoted = quote(payment_id.strip(), safe="")
    # "." and ".." are path segments a URL library may collapse: never let an id walk up the path.
    return quoted.replace(".", "%2E") if quoted in (".", "..") else quoted


def _check_token_text(token: str) -> str:
    # requests puts an invalid header value into its exception text: refuse before it gets there.
    if not isinstance(token, str) or not token.strip():
        raise BadToken(
            QT_TRANSLATE_NOOP("KuPayError", "No API token is set. Ask the owner to add it in Settings."),
            detail="empty token",
        )
    token = token.strip()
    if not token.isascii() or not token.isprintable() or any(ch.isspace() for ch in token):
        raise BadToken(
            "The API token contains characters a token cannot have. Ask the owner to paste it again.",
            detail="token with whitespace, control or non-ASCII characters",
        )
    return token


# -- the whole-call deadline and the session ------------------------------------------------------------
class _Watchdog:
    """Shuts the sockets of one call once its deadline passes, so a blocking read returns at once."""

    def __init__(self, seconds: float) -> None:
        self._lock = threading.Lock()
        self._sockets: set[socket.socket] = set()
        self.fired = False
        self._timer = threading.Timer(max(0.0, seconds), self._fire)
        self._timer.daemon = True
        self._timer.start()

    def watch(self, sock: socket.socket | None) -> None:
        if sock is None:
            return
        with self._lock:
            if self.fired:
                _shut(sock)
            else:
                self._sockets.add(sock)

    def _fire(self) -> None:
        with self._lock:
            self.fired = True
            for sock in self._sockets:
                _shut(sock)

    def cancel(self) -> None:
        self._timer.cancel()


def _shut(sock: socket.socket) -> None:
    try:
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass  # already closed


_WATCHED = threading.local()  # the watchdog of the call under way on this thread (clients are per thread)


class _Watched:
    """Mixed into urllib3's connections: the socket of a response being read is handed to the watchdog."""

    sock: socket.socket | None

    def getresponse(self, *args: Any, **kwargs: Any) -> Any:
        watchdog = getattr(_WATCHED, "current", None)
        if watchdog is not None:
            watchdog.watch(self.sock)
        return super().getresponse(*args, **kwargs)  # type: ignore[misc]


class _WatchedHTTPConnection(_Watched, urllib3.connection.HTTPConnection):
    pass


class _WatchedHTTPSConnection(_Watched, urllib3.connection.HTTPSConnection):
    pass


class _WatchedHTTPPool(urllib3.HTTPConnectionPool):
    ConnectionCls = _WatchedHTTPConnection


class _WatchedHTTPSPool(urllib3.HTTPSConnectionPool):
    ConnectionCls = _WatchedHTTPSConnection


_WATCHED_POOLS = {"http": _WatchedHTTPPool, "https": _WatchedHTTPSPool}


class _WatchedAdapter(requests.adapters.HTTPAdapter):
    """requests' adapter, with connections the call's watchdog can cut (direct and through a proxy)."""

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        super().init_poolmanager(*args, **kwargs)
        self.poolmanager.pool_classes_by_scheme = _WATCHED_POOLS

    def proxy_manager_for(self, proxy: str, **kwargs: Any) -> Any:
        manager = super().proxy_manager_for(proxy, **kwargs)
        manager.pool_classes_by_scheme = _WATCHED_POOLS
        return manager


def _private_session() -> requests.Session:
    """A session the environment cannot steer: no HTTP(S)_PROXY/ALL_PROXY (the Bearer token would go to a
    proxy), no REQUESTS_CA_BUNDLE (a self-signed server would be trusted), no ~/.netrc (it replaces the
    Authorization header). A proxy the owner set in Settings is passed explicitly instead."""
    session = requests.Session()
    session.trust_env = False
    adapter = _WatchedAdapter()
    session.mount("https://", adapter)
    session.mount("http://", adapter)
    return session
