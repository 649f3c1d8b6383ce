"""How long to wait before asking KuPay again: one policy for the client, the poller and the resume worker.

The wait doubles from a first wait up to a ceiling, with jitter (50–100 %) so several tills do not hammer
KuPay in step. A server's Retry-After (429, or 503 with the header) is a minimum: it wins over a shorter
doubling, but is capped too — a proxy asking for an hour must not leave a paying customer unchecked for
an hour. Three uses, three settings of the same policy:

- `client_retries`: the client's quick retries inside one call (a dropped connection, a 5xx), without
  jitter so a call's longest duration is known;
- `waiting_screen`: the poller while a customer stands at the counter — after a burst of errors the next
  check is never more than ~3 s away, so the till turns green within one poll once KuPay answers again
  (#11 bug 8: three failures used to push it to ~12 s, up to 30 s);
- `background`: the resume worker, settling sales nobody is waiting for: it may back off to a minute.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from pos_app.kupay.errors import RateLimited

MAX_RETRY_AFTER = 30.0  # seconds; a server asking for longer gets this, the cashier cannot wait an hour
WAITING_SCREEN_CEILING = 3.0  # seconds: a customer at the counter may say "I paid" at any moment
BACKGROUND_CEILING = 60.0  # seconds: nobody is waiting, but a late payment should still turn up soon


def retry_after(error: BaseException | None) -> float | None:
    """The pause KuPay (or a proxy) asked for with this error, in seconds; None when it asked for none."""
    return error.retry_after if isinstance(error, RateLimited) else None


@dataclass(frozen=True)
class Backoff:
    first: float  # the wait after the first failure
    ceiling: float  # the doubling stops here
    max_retry_after: float = MAX_RETRY_AFTER  # the longest pause a server can ask for
    jitter: bool = True

    def delay(self, failures: int, error: BaseException | None = None) -> float:
        """Seconds to wait after `failures` failures in a row (1 = the first), `error` being the last one."""
        doubled = min(self.ceiling, self.first * 2 ** min(max(failures, 1) - 1, 32))
        if self.jitter:
            doubled *= random.uniform(0.5, 1.0)
        asked = retry_after(error)
        if asked is None:
            return doubled
        return max(doubled, min(max(asked, 0.0), self.max_retry_after))


def client_retries(backoff: float = 0.5, max_retry_after: float = MAX_RETRY_AFTER) -> Backoff:
    """The client's retries inside one call: `backoff`, then twice that…, or what the server asked."""
    return Backoff(backoff, BACKGROUND_CEILING, max_retry_after, jitter=False)


def waiting_screen(interval: float) -> Backoff:
    """The poller, while the customer is at the counter: the first wait after an error is one to two poll
    intervals, and no wait exceeds ~3 s (or the interval, if the owner set a longer one)."""
    return Backoff(2 * interval, max(WAITING_SCREEN_CEILING, interval))


def background(interval: float) -> Backoff:
    """The resume worker: nobody is waiting at the counter, so it may back off to a minute, and honour a
    server's pause up to a minute too."""
    return Backoff(2 * interval, BACKGROUND_CEILING, BACKGROUND_CEILING)
