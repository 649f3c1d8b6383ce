"""Outcomes of a KuPay call that a cashier must hear about.

Each error carries `message`, one short sentence for the cashier (what happened, what to do), and
`detail`, a technical note for the log. Neither ever contains the API token. The UI shows `str(error)`, translated (a Sentence, see pos_app/wording.py).
"""

from __future__ import annotations

from pos_app.wording import QT_TRANSLATE_NOOP


class KuPayError(Exception):
    """Base class. `retryable` says whether trying the same call again may succeed."""

    retryable = False
    message: str = QT_TRANSLATE_NOOP(
        "KuPayError", "The payment service did not answer as expected. Please try again."
    )
    owner_must_check = False  # True: a payment may exist on KuPay that the till cannot settle

    def __init__(self, message: str | None = None, *, detail: str = "") -> None:
        if message is not None:
            self.message = message
        self.detail = detail
        super().__init__(self.message)

    def __str__(self) -> str:
        return self.message


class InsecureURL(KuPayError):
    """The configured base URL is plain http:// to a non-loopback host, or not a URL at all."""

    message = QT_TRANSLATE_NOOP(
        "KuPayError", "The KuPay address must start with https://. Ask the owner to fix it in Settings."
    )


class BadToken(KuPayError):
    """HTTP 401: the token is missing, wrong or revoked."""

    message = QT_TRANSLATE_NOOP(
        "KuPayError", "KuPay did not accept the API token. Ask the owner to check it in Settings."
    )


class PaymentNotFound(KuPayError):
    """HTTP 404 on a status read."""

    message = QT_TRANSLATE_NOOP(
        "KuPayError", "KuPay does not know this payment. Check the order in the KuPay admin panel."
    )


class RateLimited(KuPayError):
    """HTTP 429 (or 503 with Retry-After): slow down. `retry_after` is in seconds, when the server said."""

    retryable = True
    message = QT_TRANSLATE_NOOP("KuPayError", "KuPay is busy. Waiting a moment before trying again.")

    def __init__(self, message: str | None = None, *, detail: str = "", retry_after: float | None = None):
        super().__init__(message, detail=detail)
        self.retry_after = retry_after


class InvalidRequest(KuPayError):
    """Another 4xx: KuPay refused the request itself. `reason` is the server's own words, if any."""

    message = QT_TRANSLATE_NOOP(
        "KuPayError", "KuPay refused this payment request. Check the amount and currency, then try again."
    )

    def __init__(self, message: str | None = None, *, detail: str = "", reason: str = ""):
        super().__init__(message, detail=detail)
        self.reason = reason


class ServerError(KuPayError):
    """HTTP 5xx, including `[]` bodies and HTML error pages from a proxy."""

    retryable = True
    message = QT_TRANSLATE_NOOP(
        "KuPayError", "KuPay had a problem on its side. Please try again in a moment."
    )


class NetworkError(KuPayError):
    """No usable answer: DNS, connection refused, timeout, TLS, dropped connection.

    `kind` is one of "dns", "refused", "timeout", "tls", "dropped", "other".
    """

    retryable = True
    message = QT_TRANSLATE_NOOP(
        "KuPayError", "Could not reach KuPay. Check the internet connection, then try again."
    )

    def __init__(self, message: str | None = None, *, detail: str = "", kind: str = "other"):
        super().__init__(message, detail=detail)
        self.kind = kind


class BadResponse(KuPayError):
    """A 2xx answer we cannot use: not JSON, an HTML page, missing fields, a pay_url that is not http(s)."""

    retryable = True
    message = QT_TRANSLATE_NOOP(
        "KuPayError", "KuPay sent an answer the terminal cannot read. Please try again."
    )


class RefusedPayLink(BadResponse):
    """KuPay created a payment, but its link is not one a customer may be sent to (client.check_pay_url)."""

    retryable = False  # the same create gives the same link
    owner_must_check = True
    message = QT_TRANSLATE_NOOP(
        "KuPayError",
        "KuPay sent a payment link this terminal will not show, so no QR code was shown. "
        "The owner should check this sale in KuPay's panel.",
    )


class PaymentOfAnotherSale(BadResponse):
    """A create answered with a payment id the journal already has for another sale: refused, because that
    payment's status (perhaps an old "paid") would settle this sale."""

    retryable = False
    owner_must_check = True
    message = QT_TRANSLATE_NOOP(
        "KuPayError",
        "KuPay answered with the payment of another sale, so no QR code was shown. "
        "The owner should check this sale in KuPay's panel.",
    )
