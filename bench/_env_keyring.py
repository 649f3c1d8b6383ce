"""A keyring backend for benchmarks: the token comes from KUPAY_BENCH_TOKEN, writes stay in memory.

Used by bench/startup.py (via PYTHON_KEYRING_BACKEND=_env_keyring.EnvKeyring) so a non-demo start finds a
token without touching the real user's keyring.
"""

from __future__ import annotations

import os

from keyring.backend import KeyringBackend


class EnvKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self._store: dict[tuple[str, str], str] = {}
        token = os.environ.get("KUPAY_BENCH_TOKEN")
        if token:
            self._store[("kupay-pos", "api-token")] = token

    def get_password(self, service: str, username: str) -> str | None:
        return self._store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self._store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self._store.pop((service, username), None)
