"""Fault injection: the ways a real network and a real gateway misbehave, on demand and reproducibly.

Shares (`error_rate`, `drop_rate`) draw from a seeded `random.Random`, so a test sees the same sequence
every run. Counters (`fail_next`, `rate_limit_next`, `drop_next`, `lose_response_next`) count down, one
per API request.
"""

from __future__ import annotations

import enum
import math
import random
import threading
from dataclasses import asdict, dataclass
from typing import Any


class Action(enum.Enum):
    """What to do with one API request, decided before it is processed."""

    SERVE = "serve"
    DROP = "drop"  # close the connection without reading further or answering
    RATE_LIMIT = "rate_limit"  # 429 with Retry-After
    FAIL = "fail"  # a 5xx (or status_code) answer
    HTML_200 = "html_200"  # 200 with an HTML page instead of JSON


MAX_LATENCY = 120.0  # seconds
MAX_RETRY_AFTER = 86_400.0  # a day: enough to test a client's cap, not enough to matter
MAX_COUNT = 1_000_000


def _number_in(value: object, low: float, high: float) -> bool:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return False
    return math.isfinite(value) and low <= value <= high


@dataclass(frozen=True)
class Faults:
    """The fault settings. All defaults mean: behave like a healthy KuPay."""

    latency: float = 0.0  # seconds added to each API answer
    error_rate: float = 0.0  # share (0..1) of API requests answered with a 5xx
    html_errors: bool = False  # 5xx bodies are an nginx HTML page (default code 502) instead of `[]`
    drop_rate: float = 0.0  # share of API requests whose connection is closed without an answer
    fail_next: int = 0  # the next N API requests fail with status_code (default 500, or 502 with html_errors)
    status_code: int | None = None  # the code used by fail_next / error_rate
    html_200: bool = False  # every API request gets 200 with an HTML page (captive portal)
    rate_limit_next: int = 0  # the next N API requests get 429 with Retry-After
    retry_after: float | None = None  # Retry-After seconds for 429 (default 1) and for 503 when given
    drop_next: int = 0  # the next N API requests are dropped before they are processed
    lose_response_next: int = 0  # the next N API requests are processed, then the answer is lost
    seed: int = 0  # seed for the shares, so a run is reproducible

    def __post_init__(self) -> None:
        for name in ("error_rate", "drop_rate"):
            value = getattr(self, name)
            if not 0.0 <= float(value) <= 1.0:
                raise ValueError(f"{name} must be between 0 and 1, not {value!r}")
        for name in ("fail_next", "rate_limit_next", "drop_next", "lose_response_next"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int) or value < 0:
                raise ValueError(f"{name} must be a whole number >= 0, not {value!r}")
            if value > MAX_COUNT:
                raise ValueError(f"{name} must be at most {MAX_COUNT}, not {value!r}")
        # Bounded, so one request cannot park a sandbox thread for days (latency 1e9) or forever (NaN).
        if not _number_in(self.latency, 0, MAX_LATENCY):
            raise ValueError(f"latency must be between 0 and {MAX_LATENCY:g} seconds")
        if self.status_code is not None and (
            isinstance(self.status_code, bool)
            or not isinstance(self.status_code, int)
            or not 100 <= self.status_code <= 599
        ):
            raise ValueError(f"status_code must be an HTTP status, not {self.status_code!r}")
        if self.retry_after is not None and not _number_in(self.retry_after, 0, MAX_RETRY_AFTER):
            raise ValueError(f"retry_after must be between 0 and {MAX_RETRY_AFTER:g} seconds")
        if isinstance(self.seed, bool) or not isinstance(self.seed, int) or not 0 <= self.seed < 2**32:
            raise ValueError("seed must be a whole number from 0 to 2**32 - 1")

    @property
    def failure_code(self) -> int:
        if self.status_code is not None:
            return int(self.status_code)
        return 502 if self.html_errors else 500

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


FAULT_NAMES = frozenset(Faults.__dataclass_fields__)


class FaultPlan:
    """The current faults plus their counters and random source; decides per request. Thread-safe."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._faults = Faults()
        self._random = random.Random(0)

    @property
    def faults(self) -> Faults:
        with self._lock:
            return self._faults

    def set(self, **kwargs: Any) -> Faults:
        """Replace all faults (anything not given goes back to healthy). Unknown names raise TypeError."""
        unknown = set(kwargs) - FAULT_NAMES
        if unknown:
            raise TypeError(f"unknown fault(s): {', '.join(sorted(unknown))}")
        faults = Faults(**kwargs)
        with self._lock:
            self._faults = faults
            self._random = random.Random(faults.seed)
        return faults

    def decide(self) -> tuple[Action, Faults]:
        """Consume one request's worth of counters and dice; return what to do and the faults used."""
        with self._lock:
            f = self._faults
            if f.drop_next > 0:
                self._faults = _replace(f, drop_next=f.drop_next - 1)
                return Action.DROP, f
            if f.drop_rate and self._random.random() < f.drop_rate:
                return Action.DROP, f
            if f.rate_limit_next > 0:
                self._faults = _replace(f, rate_limit_next=f.rate_limit_next - 1)
                return Action.RATE_LIMIT, f
            if f.fail_next > 0:
                self._faults = _replace(f, fail_next=f.fail_next - 1)
                return Action.FAIL, f
            if f.error_rate and self._random.random() < f.error_rate:
                return Action.FAIL, f
            if f.html_200:
                return Action.HTML_200, f
            return Action.SERVE, f

    def take_lost_response(self) -> bool:
        """True when this (already processed) request's answer must be lost."""
        with self._lock:
            f = self._faults
            if f.lose_response_next > 0:
                self._faults = _replace(f, lose_response_next=f.lose_response_next - 1)
                return True
            return False


def _replace(faults: Faults, **changes: Any) -> Faults:
    return Faults(**{**faults.as_dict(), **changes})
