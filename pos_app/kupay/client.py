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
import time
import uuid
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any, NoReturn, TypeVar
from urllib.parse import quote, urlsplit, urlunsplit

import requests
import urllib3

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
    ServerError,
)
from pos_app.kupay.models import CURRENCIES, CreatedPayment, PaymentRequest, PaymentStatus
from pos_app.kupay.status import parse_status
from pos_app.money import AmountError, amount_json
from pos_app.wording import QT_TRANSLATE_NOOP

log = logging.getLogger("pos_app.kupay")
_T = TypeVar("_T")

DEFAULT_BASE_URL = "https://api.kupay.finance/v1/"
MAX_RETRY_AFTER = 30.0  # seconds; a server asking for longer gets this, the cashier cannot wait an hour
MAX_BODY_BYTES = 1_000_000  # a KuPay answer is a few hundred bytes; more is a broken proxy or worse
_LOOPBACK_NAMES = frozenset({"localhost", "localhost."})

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
def check_base_url(url: str) -> str:
    """The API base URL, normalised with a trailing slash ("https://api.kupay.finance/v1/").

    Raises InsecureURL unless it is https://, or http:// to a loopback host (127.0.0.0/8, ::1, localhost)
    so the sandbox works without a certificate while a shop's real traffic is always encrypted.
    """
    if not isinstance(url, str) or not url.strip():
        raise InsecureURL(
            QT_TRANSLATE_NOOP(
                "KuPayError", "The KuPay address is empty. Ask the owner to set it in Settings."
            )
        )
    try:
        parts = urlsplit(url.strip())
        host = parts.hostname
        parts.port  # noqa: B018 - raises ValueError on a port like ":abc"
    except ValueError:
        raise InsecureURL(_not_a_url(), detail=f"unparsable base URL {url!r}") from None
    scheme = parts.scheme.lower()
    if scheme not in ("https", "http") or not host:
        raise InsecureURL(detail=f"base URL scheme {scheme!r} host {host!r}")
    if parts.username is not None or parts.password is not None or parts.query or parts.fragment:
        # Credentials in a URL end up in logs; the token goes in a header only.
        raise InsecureURL(_not_a_url(), detail="base URL with user info, query or fragment")
    if scheme == "http" and not is_loopback_host(host):
        raise InsecureURL(detail=f"plain http to non-loopback host {host!r}")
    path = parts.path if parts.path.endswith("/") else parts.path + "/"
    return urlunsplit((scheme, parts.netloc, path, "", ""))


def _not_a_url() -> str:
    return QT_TRANSLATE_NOOP(
        "KuPayError", "The KuPay address is not a valid web address. Ask the owner to fix it in Settings."
    )


def is_loopback_host(host: str) -> bool:
    """True for localhost, 127.0.0.0/8 and ::1: traffic that never leaves this computer."""
    if host.lower() in _LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def check_pay_url(pay_url: object) -> str:
    """The customer's payment page must be an http(s) URL with a host: it becomes a QR code."""
    if not isinstance(pay_url, str) or len(pay_url) > 2000:
        raise BadResponse(detail="pay_url missing, not a string or too long")
    text = pay_url.strip()
    try:
        parts = urlsplit(text)
        ok = parts.scheme.lower() in ("http", "https") and bool(parts.hostname)
    except ValueError:
        ok = False
    if not ok or any(ch.isspace() or ord(ch) < 32 for ch in text):
        raise BadResponse(detail=f"unusable pay_url {text[:80]!r}")
    return text


# -- the client ------------------------------------------------------------------------------------
class KuPayClient:
    """KuPay's two endpoints over one requests.Session (kept-alive connections, so polling stays cheap).

    Calls block: make them from a worker thread. Use one instance from one thread at a time; a poller
    running in parallel gets its own instance (they are cheap).

    `sleep` and `backoff` exist so tests (and the UI) control waiting: the n-th retry waits
    `backoff * 2**(n-1)` seconds, or the server's Retry-After (capped at `max_retry_after`).
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
    ) -> None:
        self.base_url = check_base_url(base_url)
        self._token = _check_token_text(token)
        self.connect_timeout = connect_timeout
        self.read_timeout = read_timeout
        self.retries = max(0, retries)
        self.backoff = backoff
        self.max_retry_after = max_retry_after
        self._sleep = sleep
        self._owns_session = session is None
        self._session = session if session is not None else requests.Session()

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
            return _created_payment(data, label)

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
        if isinstance(exc, RateLimited) and exc.retry_after is not None:
            return min(max(exc.retry_after, 0.0), self.max_retry_after)
        return float(self.backoff * 2 ** (retry_number - 1))

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
            raise self._network_error(exc, label, started) from None
        try:
            content = self._read_body(response, started)
        except urllib3.exceptions.DecodeError:
            raise BadResponse(detail=f"{label}: answer could not be decompressed") from None
        except (urllib3.exceptions.HTTPError, requests.exceptions.RequestException, OSError) as exc:
            # Raw reads are not wrapped by requests: classify urllib3's and the socket's errors here.
            raise self._network_error(exc, label, started) from None
        finally:
            response.close()
        elapsed = (time.monotonic() - started) * 1000
        log.info(
            "%s %s -> HTTP %d, %d bytes in %.0f ms", method, path, response.status_code, len(content), elapsed
        )
        return response.status_code, response.headers, content

    def _read_body(self, response: requests.Response, started: float) -> bytes:
        # read_timeout bounds each wait for bytes; the deadline bounds the whole answer, so a server
        # trickling one byte at a time cannot hold the till forever. read1() returns what has arrived
        # instead of waiting for a full chunk, so the deadline is checked as bytes come in.
        deadline = started + self.connect_timeout + 2 * self.read_timeout
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

    def _network_error(self, exc: BaseException, label: str, started: float) -> NetworkError:
        kind = classify_network_error(exc)
        ms = (time.monotonic() - started) * 1000
        detail = self._scrub(f"{label}: {type(exc).__name__} after {ms:.0f} ms: {exc}")
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
                return decode_json(content)
            except ValueError:
                raise BadResponse(detail=detail) from None
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
    """Strict JSON: NaN/Infinity refused, decimals kept exact; ValueError on anything unreadable."""

    def refuse(name: str) -> NoReturn:
        raise ValueError(f"non-standard JSON constant {name}")

    try:
        return json.loads(content, parse_float=Decimal, parse_constant=refuse)
    except (ValueError, RecursionError, UnicodeDecodeError) as exc:
        raise ValueError(f"not JSON: {type(exc).__name__}") from None


def _created_payment(data: object, label: str) -> CreatedPayment:
    if not isinstance(data, dict):
        raise BadResponse(detail=f"{label}: answer is {type(data).__name__}, not an object")
    payment_id = data.get("payment_id")
    if not isinstance(payment_id, str) or not payment_id.strip() or len(payment_id) > 200:
        raise BadResponse(detail=f"{label}: answer has no usable payment_id")
    pay_url = check_pay_url(data.get("pay_url"))
    log.info("%s -> payment_id=%s", label, payment_id.strip())
    return CreatedPayment(payment_id=payment_id.strip(), pay_url=pay_url)


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
