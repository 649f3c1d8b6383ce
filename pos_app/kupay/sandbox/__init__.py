"""The built-in KuPay-compatible sandbox: the demo's payment gateway and the tests' double.

Built on http.server (no framework, no Qt); the pay page formats amounts with pos_app.money. Start it in-process with
`Sandbox(port=0).start()` or standalone with `python main.py sandbox [--host] [--port] [--token]
[--expire-after]`.

The KuPay API, as kupay-api.md documents it (every request needs `Authorization: Bearer <token>`;
with `token=None` any non-empty token is accepted, a missing or empty one is 401):

    POST /v1/payment/create          -> 200 {"pay_url": ".../pay/<payment_id>", "payment_id": "<uuid>"}
                                        401 [] (token), 500 [] (faults, or a sandbox bug)
    GET  /v1/payment/status/<id>     -> 200 {"payment_id", "status", "created_at" ("YYYY-MM-DD HH:MM:SS",
                                        UTC), "order_number", "currency", "amount" (a JSON number)}
                                        401 [], 404 [] (unknown payment), 500 []

Sandbox extensions (KuPay documents none of these):
  - an invalid create is answered 400 (body not JSON / not an object) or 422 (a field is missing or
    wrong: unknown currency, amount not a positive number or with too many decimals for the currency,
    a URL that is not https://, created_at not ISO 8601) with a JSON object {"error": "<reason>"};
  - a create with an `id` seen before returns the same payment_id and pay_url (no duplicate payment);
  - a fresh payment's status is "open"; unpaid ones turn "expired" after `expire_after` seconds;
  - 405 [] for a wrong method on an API path, 413 for a body over 1 MiB.

The customer's pages (HTML, phone-sized, no token):
    GET  /pay/<payment_id>           the pay page: shop, amount, currency, order number, status,
                                     and two buttons, Pay and Cancel (plain form POSTs)
    POST /pay/<payment_id>/pay       marks an open payment paid, shows the result and a link to paid_url
    POST /pay/<payment_id>/cancel    marks an open payment cancelled, links to cancel_url

Control endpoints for tests and demos that run the sandbox in another process (no token needed):
    GET  /_sandbox/payments                     all payments (JSON array of Sandbox.payments() dicts)
    GET  /_sandbox/payments/<payment_id>        one payment, or 404 {"error"}
    POST /_sandbox/payments/<payment_id>/status {"status": "paid"}: set any status word, 200 the payment
    GET  /_sandbox/faults                       the current fault settings
    POST /_sandbox/faults                       {...set_faults keyword arguments...}: replace the faults
                                                (an empty object heals everything), 400 on a bad name/value
    GET  /_sandbox/requests                     {"create_requests": [...], "status_requests": N}
    POST /_sandbox/reset                        forget all payments and requests, heal all faults

Faults (`Sandbox.set_faults(...)` or POST /_sandbox/faults) apply to /v1/ requests only; see
`faults.Faults`: latency, error_rate, html_errors, drop_rate, fail_next, status_code, html_200,
rate_limit_next, retry_after, drop_next, lose_response_next, seed.
"""

from pos_app.kupay.sandbox.cli import cli_main
from pos_app.kupay.sandbox.faults import Faults
from pos_app.kupay.sandbox.server import Sandbox, lan_address

__all__ = ["Faults", "Sandbox", "cli_main", "lan_address"]
