"""HTML the sandbox shows: the customer's pay page (phone-sized), its result pages, and proxy look-alikes.

Everything that came from a client (order numbers, shop URLs) goes through `html.escape`.
"""

from __future__ import annotations

from decimal import Decimal
from html import escape
from typing import Any

from pos_app.kupay.sandbox.store import OPEN
from pos_app.money import format_amount

_STYLE = """
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 0; padding: 1.25rem;
       background: #f4f6f8; color: #1b1f24; font-size: 1.15rem; line-height: 1.45; }
main { max-width: 28rem; margin: 0 auto; background: #fff; border-radius: 14px; padding: 1.5rem;
       box-shadow: 0 2px 10px rgba(0,0,0,.08); }
h1 { font-size: 1.2rem; margin: 0 0 1rem; color: #444; }
.amount { font-size: 2.6rem; font-weight: 700; margin: .25rem 0 1rem; }
dl { display: grid; grid-template-columns: auto 1fr; gap: .35rem 1rem; margin: 0 0 1.5rem; }
dt { color: #666; } dd { margin: 0; font-weight: 600; word-break: break-all; }
form { margin: 0 0 .9rem; }
button, .link { display: block; width: 100%; box-sizing: border-box; font-size: 1.35rem; padding: 1.05rem;
       border: 0; border-radius: 12px; text-align: center; text-decoration: none; cursor: pointer; }
.pay { background: #1a7f37; color: #fff; } .cancel { background: #e5e7eb; color: #1b1f24; }
.link { background: #0b57d0; color: #fff; }
.note { color: #666; font-size: .95rem; }
"""


def format_money(amount: Decimal, currency: str) -> str:
    """'€1,234.50' / '¥1,200': how a customer reads an amount (the terminal's own formatting, English)."""
    return format_amount(amount, currency, "en_US")


def _page(title: str, body: str, status_line: str = "") -> bytes:
    text = (
        "<!doctype html>\n<html lang='en'><head><meta charset='utf-8'>"
        "<meta name='viewport' content='width=device-width, initial-scale=1'>"
        f"<title>{escape(title)}</title><style>{_STYLE}</style></head>"
        f"<body><main>{body}{status_line}</main></body></html>\n"
    )
    return text.encode("utf-8")


def _details(payment: dict[str, Any]) -> str:
    return (
        "<dl>"
        f"<dt>Order</dt><dd class='order'>{escape(payment['order_number'])}</dd>"
        f"<dt>Currency</dt><dd>{escape(payment['currency'])}</dd>"
        f"<dt>Status</dt><dd class='status'>{escape(payment['status'])}</dd>"
        "</dl>"
    )


def pay_page(payment: dict[str, Any], shop_name: str) -> bytes:
    """The page behind pay_url: what to pay, and two big buttons (plain form POSTs, no JavaScript)."""
    pid = escape(payment["payment_id"], quote=True)
    amount = escape(format_money(payment["amount"], payment["currency"]))
    if payment["status"] == OPEN:
        actions = (
            f"<form method='post' action='/pay/{pid}/pay'><button class='pay' type='submit'>Pay</button></form>"
            f"<form method='post' action='/pay/{pid}/cancel'>"
            "<button class='cancel' type='submit'>Cancel</button></form>"
            "<p class='note'>KuPay sandbox: no real money moves.</p>"
        )
    else:
        actions = f"<p class='note'>This payment is {escape(payment['status'])}; nothing left to do.</p>"
    body = f"<h1>{escape(shop_name)}</h1><div class='amount'>{amount}</div>{_details(payment)}{actions}"
    return _page(f"Pay {format_money(payment['amount'], payment['currency'])} - {shop_name}", body)


def result_page(payment: dict[str, Any], shop_name: str, headline: str, back_url: str) -> bytes:
    """Shown after Pay/Cancel; KuPay would redirect to paid_url/cancel_url, the sandbox offers a link."""
    amount = escape(format_money(payment["amount"], payment["currency"]))
    link = ""
    if back_url:
        link = f"<a class='link' href='{escape(back_url, quote=True)}'>Back to {escape(shop_name)}</a>"
    body = f"<h1>{escape(shop_name)}</h1><h2 class='headline'>{escape(headline)}</h2>"
    body += f"<div class='amount'>{amount}</div>{_details(payment)}{link}"
    return _page(headline, body)


def message_page(title: str, text: str) -> bytes:
    """A plain page for 'not found' and similar."""
    return _page(title, f"<h1>{escape(title)}</h1><p>{escape(text)}</p>")


def index_page(shop_name: str, base_url: str) -> bytes:
    return _page(
        "KuPay sandbox",
        f"<h1>KuPay sandbox - {escape(shop_name)}</h1>"
        f"<p>API base URL: <code>{escape(base_url)}</code></p>"
        "<p class='note'>POST /v1/payment/create, GET /v1/payment/status/&lt;payment_id&gt;.</p>",
    )


# Look-alikes of what sits between a shop and an API in real life.
_REASONS = {500: "Internal Server Error", 502: "Bad Gateway", 503: "Service Temporarily Unavailable"}


def proxy_error_page(status: int, reason: str = "") -> bytes:
    """An nginx error page, as a reverse proxy sends it when the app behind it is down."""
    title = f"{status} {reason or _REASONS.get(status, 'Error')}"
    return (
        f"<html>\r\n<head><title>{title}</title></head>\r\n<body>\r\n"
        f"<center><h1>{title}</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n"
    ).encode()


def captive_portal_page() -> bytes:
    """A 200 answer that is not the API at all: hotel Wi-Fi login, a misconfigured proxy."""
    return _page(
        "Wi-Fi login",
        "<h1>Welcome to Guest Wi-Fi</h1><p>Please accept the terms of use to continue browsing.</p>",
    )
