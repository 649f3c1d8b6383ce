"""The one check of a web address typed by the owner or read from a file: the KuPay API address (the client
and Settings), the shop's pages, the web proxy, and the first half of a payment link's check.

It answers with a reason (`AddressProblem`), never a sentence: the client tells the cashier, Settings tells
the owner, each in its own words. Pure Python and cheap to import, because Settings checks its file before
the window opens.
"""

from __future__ import annotations

import enum
import ipaddress
from collections.abc import Callable
from urllib.parse import SplitResult, urlsplit, urlunsplit

_LOOPBACK_NAMES = frozenset({"localhost", "localhost."})


class AddressProblem(enum.Enum):
    EMPTY = "empty"
    UNREADABLE = "not a web address"  # Python cannot parse it, a bad port, spaces or control characters
    NOT_WEB = "not http(s) or no host"
    PLAIN_HTTP = "plain http"
    USER_INFO = "user info before the host"
    QUERY = "a query or fragment"


class BadAddress(ValueError):
    def __init__(self, problem: AddressProblem, text: str) -> None:
        super().__init__(f"{problem.value}: {text[:80]!r}")
        self.problem = problem


def is_loopback_host(host: str) -> bool:
    """True for localhost, 127.0.0.0/8 and ::1: traffic that never leaves this computer."""
    if host.lower() in _LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def web_address(
    text: str, *, plain_http_to: Callable[[str], bool] = is_loopback_host, query: bool = False
) -> SplitResult:
    """`text` (stripped) split into its parts, or BadAddress saying why it is not an address to use.

    https, or http:// to a host `plain_http_to` accepts (by default this computer: a token or a sale must
    not cross a network in clear); a host; no user info (https://kupay.finance@evil.example/ reads like
    KuPay, and credentials in an address end up in logs); no ? or # unless `query`.
    """
    url = text.strip() if isinstance(text, str) else ""
    if not url:
        raise BadAddress(AddressProblem.EMPTY, url)
    # urlsplit silently drops tabs and newlines, so "api.ku\npay" would be checked as one address and used
    # as another.
    if any(ord(ch) <= 32 or ord(ch) == 127 for ch in url) or "\\" in url:
        raise BadAddress(AddressProblem.UNREADABLE, url)
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
        parts.port  # noqa: B018 - raises ValueError on a port like ":abc"
    except ValueError:  # "http://[::1": urlsplit raises rather than answer
        raise BadAddress(AddressProblem.UNREADABLE, url) from None
    scheme = parts.scheme.lower()
    if scheme not in ("https", "http") or not host:
        raise BadAddress(AddressProblem.NOT_WEB, url)
    if "@" in parts.netloc:
        raise BadAddress(AddressProblem.USER_INFO, url)
    if scheme == "http" and not plain_http_to(host):
        raise BadAddress(AddressProblem.PLAIN_HTTP, url)
    if not query and (parts.query or parts.fragment):
        raise BadAddress(AddressProblem.QUERY, url)
    return parts._replace(scheme=scheme)


def normalised_api_url(text: str) -> str:
    """The KuPay API address, normalised with a trailing slash ("https://api.kupay.finance/v1/")."""
    parts = web_address(text)
    path = parts.path if parts.path.endswith("/") else parts.path + "/"
    return urlunsplit((parts.scheme, parts.netloc, path, "", ""))
