"""The terminal's settings: a readable JSON file in the platform's config directory, with no secret in it.

The API token is never here: it lives in the OS keyring (see credentials.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

DEFAULT_API_URL = "https://api.kupay.finance/v1/"
# Until the owner sets the shop's own pages, KuPay's site is where the customer lands after paying/cancelling.
DEFAULT_SHOP_URL = "https://kupay.finance/"


@dataclass(frozen=True)
class Settings:
    api_url: str = DEFAULT_API_URL
    default_currency: str = "USD"
    shop_url: str = ""  # base for paid_url / cancel_url / order_status_url; empty = DEFAULT_SHOP_URL
    callback_url: str = ""  # the merchant's webhook endpoint; empty = shop_url
    terminal_name: str = "Till 1"
    order_prefix: str = "T1-"
    poll_interval: float = 1.5  # seconds between status reads while a customer pays
    auto_return_seconds: int = 5  # 0 = stay on the result screen until a key or tap
    start_fullscreen: bool = False
    min_amount: Decimal | None = None
    max_amount: Decimal | None = None
    owner_pin_hash: str = ""  # salted PBKDF2 hash, empty = no PIN

    @property
    def paid_url(self) -> str:
        return (self.shop_url or DEFAULT_SHOP_URL)

    @property
    def cancel_url(self) -> str:
        return (self.shop_url or DEFAULT_SHOP_URL)

    @property
    def effective_callback_url(self) -> str:
        return self.callback_url or self.shop_url or DEFAULT_SHOP_URL
