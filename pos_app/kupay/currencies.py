"""The currencies KuPay accepts: a module of its own, so the till's first frame (the keypad's currency
list, the settings) needs none of the API's models."""

from __future__ import annotations

# The 18 currencies KuPay accepts, in the order of its API page.
CURRENCIES: tuple[str, ...] = (
    "USD", "EUR", "JPY", "GBP", "AUD", "CAD", "CHF", "CNY", "HKD",
    "NZD", "SEK", "KRW", "SGD", "NOK", "MXN", "INR", "BRL", "NGN",
)  # fmt: skip
