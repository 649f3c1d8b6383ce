"""The one retry/back-off policy (pos_app/kupay/retry.py) used by the client, the poller and the resume worker."""

from __future__ import annotations

import pytest

from pos_app.kupay.errors import NetworkError, RateLimited, ServerError
from pos_app.kupay.retry import Backoff, background, client_retries, waiting_screen


def samples(policy: Backoff, failures: int, error: BaseException | None = None, n: int = 200) -> list[float]:
    return [policy.delay(failures, error) for _ in range(n)]


def test_waits_double_from_the_first_wait_up_to_the_ceiling():
    policy = Backoff(1.0, 8.0, jitter=False)
    assert [policy.delay(n) for n in range(1, 8)] == [1.0, 2.0, 4.0, 8.0, 8.0, 8.0, 8.0]
    assert policy.delay(10_000) == 8.0  # a till offline for a day does not overflow


def test_jitter_spreads_each_wait_over_half_to_all_of_the_doubling():
    # Several tills behind one shop router must not hammer KuPay in step after an outage.
    waits = samples(Backoff(2.0, 60.0), 3)  # 2, 4, 8: the third wait is up to 8 s
    assert all(4.0 <= w <= 8.0 for w in waits)
    assert min(waits) < 5.0 and max(waits) > 7.0  # spread, not one fixed value


def test_client_retries_wait_exactly_the_doubling_so_a_call_has_a_known_length():
    policy = client_retries(0.25)
    assert [policy.delay(n, ServerError()) for n in (1, 2, 3)] == [0.25, 0.5, 1.0]


def test_retry_after_is_a_minimum_and_capped():
    policy = client_retries(0.5)
    assert policy.delay(1, RateLimited(retry_after=7.0)) == 7.0  # waits as long as KuPay asks
    assert policy.delay(1, RateLimited(retry_after=3600.0)) == 30.0  # not an hour
    assert policy.delay(3, RateLimited(retry_after=0.1)) == 2.0  # asking for less does not hurry the doubling
    assert policy.delay(1, RateLimited(retry_after=-5.0)) == 0.5  # nonsense is not a pause
    assert policy.delay(1, RateLimited()) == 0.5  # 429 without Retry-After: the doubling
    assert client_retries(0.5, max_retry_after=5.0).delay(1, RateLimited(retry_after=60.0)) == 5.0


@pytest.mark.parametrize("interval", [0.5, 1.5, 2.0])
def test_after_a_burst_of_errors_the_waiting_screen_still_checks_every_few_seconds(interval):
    # #11 bug 8: three failed reads in a row pushed the next check to ~12 s (30 s cap) while the customer
    # held up a phone saying "I paid". Now no wait is longer than ~3 s while the waiting screen is up...
    policy = waiting_screen(interval)
    assert max(w for n in range(1, 30) for w in samples(policy, n, NetworkError(), n=20)) <= 3.0
    # ...the first retry comes within two poll intervals, never sooner than half of one...
    assert all(interval / 2 <= w <= 2 * interval for w in samples(policy, 1, NetworkError()))
    # ...and a pause KuPay asks for is still honoured, up to 30 s.
    assert policy.delay(3, RateLimited(retry_after=20.0)) >= 20.0
    assert policy.delay(3, RateLimited(retry_after=3600.0)) <= 30.0


def test_an_owner_who_polls_slowly_is_not_polled_faster_after_errors():
    assert all(5.0 <= w <= 10.0 for w in samples(waiting_screen(10.0), 4, ServerError()))


def test_the_resume_worker_backs_off_to_a_minute_and_honours_pauses_up_to_a_minute():
    policy = background(2.0)
    assert all(2.0 <= w <= 4.0 for w in samples(policy, 1))
    assert all(30.0 <= w <= 60.0 for w in samples(policy, 50))
    assert policy.delay(1, RateLimited(retry_after=45.0)) >= 45.0
    assert policy.delay(1, RateLimited(retry_after=3600.0)) <= 60.0
