"""The API token, kept only in the operating system's password store (the keyring). No Qt.

Windows Credential Locker, macOS Keychain, or the Secret Service on Linux (GNOME Keyring, KWallet) through
the `keyring` package. The token is never written to a file by this terminal: when no usable store exists,
or it is locked or refuses, `KeyringUnavailable` says so in one sentence and the caller may hold the token
for this session only, in memory (`use_session_token`). There is deliberately no plaintext fallback.

Calls may block (a keyring unlock prompt, D-Bus): the UI runs them through TaskRunner, never on its thread.
"""

from __future__ import annotations

import logging
import threading

import keyring
import keyring.backend
import keyring.backends.chainer
import keyring.backends.fail
import keyring.backends.null
import keyring.errors

from pos_app import logs
from pos_app.wording import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

SERVICE = "kupay-pos"
USERNAME = "api-token"


ENTER_TOKEN = QT_TRANSLATE_NOOP("Credentials", "Enter the API token from the KuPay admin panel.")


class KeyringUnavailable(Exception):
    """The password store is missing, locked or refused. `str(err)` is one sentence for the owner."""

    message: str = QT_TRANSLATE_NOOP(
        "Credentials",
        "This computer has no password store the terminal can use. "
        "You can use the token for this session only: it stays in memory and is asked for again after a restart.",
    )

    def __init__(self, message: str | None = None, *, detail: str = "") -> None:
        if message is not None:
            self.message = message
        self.detail = detail  # for the log: backend and error type, never the token
        super().__init__(self.message)

    def __str__(self) -> str:
        return self.message


LOCKED_MESSAGE = QT_TRANSLATE_NOOP(
    "Credentials",
    "The password store on this computer is locked or refused the terminal. Unlock it and try again, "
    "or use the token for this session only (it is asked for again after a restart).",
)


def _describe(kr: keyring.backend.KeyringBackend) -> str:
    if isinstance(kr, keyring.backends.chainer.ChainerBackend):
        inner = ", ".join(_describe(b) for b in kr.backends)
        return f"chainer ({inner or 'no backends'})"
    name = getattr(kr, "name", "") or type(kr).__name__
    return str(name)


def _is_usable(kr: keyring.backend.KeyringBackend) -> bool:
    if isinstance(kr, keyring.backends.fail.Keyring | keyring.backends.null.Keyring):
        return False
    # An empty chainer "stores" a password by silently doing nothing.
    return not (isinstance(kr, keyring.backends.chainer.ChainerBackend) and not kr.backends)


class CredentialStore:
    """Reads, stores and removes the API token in the OS keyring; holds a session-only token if asked.

    `backend=None` uses keyring's choice at call time (so tests can swap it with keyring.set_keyring).
    Thread-safe: the UI calls it from worker threads.
    """

    def __init__(
        self,
        service: str = SERVICE,
        username: str = USERNAME,
        backend: keyring.backend.KeyringBackend | None = None,
        label: str = "API token",
    ) -> None:
        self.service = service
        self.username = username
        self.label = label  # what the secret is, for the log (the shop database password uses this store too)
        self._backend = backend
        self._session_token: str | None = None
        self._lock = threading.Lock()

    def __repr__(self) -> str:  # never show a token, even a session one
        return f"CredentialStore(service={self.service!r}, username={self.username!r})"

    # --- the store -----------------------------------------------------------------------------------------

    def _keyring(self) -> keyring.backend.KeyringBackend:
        kr = self._backend if self._backend is not None else keyring.get_keyring()
        if not _is_usable(kr):
            log.warning("no usable keyring backend: %s", _describe(kr))
            raise KeyringUnavailable(detail=f"no usable backend: {_describe(kr)}")
        return kr

    def _failed(self, exc: Exception, action: str, kr: keyring.backend.KeyringBackend) -> KeyringUnavailable:
        detail = f"{action} with {_describe(kr)} failed: {type(exc).__name__}: {logs.redact(str(exc))}"
        log.warning("keyring: %s", detail)
        if isinstance(exc, keyring.errors.NoKeyringError):
            return KeyringUnavailable(detail=detail)
        return KeyringUnavailable(LOCKED_MESSAGE, detail=detail)

    def backend_name(self) -> str:
        """Which password store is in use, e.g. "SecretService Keyring" (for the self-test and About)."""
        try:
            kr = self._backend if self._backend is not None else keyring.get_keyring()
        except Exception as exc:  # noqa: BLE001 - a description must never fail
            return f"none ({type(exc).__name__})"
        return _describe(kr) if _is_usable(kr) else f"none ({_describe(kr)})"

    def is_available(self) -> bool:
        """True when a real password store backend exists (it may still be locked)."""
        try:
            self._keyring()
        except KeyringUnavailable:
            return False
        return True

    # --- the token -----------------------------------------------------------------------------------------

    @property
    def session_only(self) -> bool:
        """True while the token is held in memory only (no password store could keep it)."""
        with self._lock:
            return self._session_token is not None

    def get_token(self) -> str | None:
        """The stored token, or None when none is stored. Raises KeyringUnavailable."""
        with self._lock:
            if self._session_token is not None:
                return self._session_token
        kr = self._keyring()
        try:
            token = kr.get_password(self.service, self.username)
        except Exception as exc:  # noqa: BLE001 - KeyringError, InitError, D-Bus/secretstorage errors alike
            raise self._failed(exc, "reading the token", kr) from None
        if token:
            logs.register_secret(token)
            log.info("%s read from %s", self.label, _describe(kr))
            return token
        log.info("no %s in %s", self.label, _describe(kr))
        return None

    def set_token(self, token: str) -> None:
        """Store the token in the password store. Raises ValueError (empty) or KeyringUnavailable."""
        token = token.strip()
        if not token:
            raise ValueError(ENTER_TOKEN)
        logs.register_secret(token)  # before anything can log or raise with it
        kr = self._keyring()
        try:
            kr.set_password(self.service, self.username, token)
            stored = kr.get_password(self.service, self.username)
        except Exception as exc:  # noqa: BLE001 - whatever the store raises becomes KeyringUnavailable
            raise self._failed(exc, "storing the token", kr) from None
        # Some stores accept a write and keep nothing (an empty chain, a misconfigured wallet): check.
        if stored != token:
            raise KeyringUnavailable(
                LOCKED_MESSAGE, detail=f"{_describe(kr)} did not keep the token (read back differs)"
            )
        with self._lock:
            self._session_token = None
        log.info("%s stored in %s", self.label, _describe(kr))

    def delete_token(self) -> None:
        """Forget the token: the session copy and the stored one. Removing a token that is not there is fine."""
        with self._lock:
            self._session_token = None
        try:
            kr = self._keyring()
        except KeyringUnavailable:
            return  # nowhere it could be stored
        try:
            kr.delete_password(self.service, self.username)
        except keyring.errors.PasswordDeleteError:
            # keyring raises this when nothing was stored; make sure that is what happened.
            try:
                still_there = kr.get_password(self.service, self.username)
            except Exception as exc:  # noqa: BLE001 - whatever the store raises becomes KeyringUnavailable
                raise self._failed(exc, "removing the token", kr) from None
            if still_there:
                raise KeyringUnavailable(LOCKED_MESSAGE, detail="delete refused") from None
        except Exception as exc:  # noqa: BLE001 - whatever the store raises becomes KeyringUnavailable
            raise self._failed(exc, "removing the token", kr) from None
        log.info("%s removed from %s", self.label, _describe(kr))

    def use_session_token(self, token: str) -> None:
        """Hold the token in memory for this run only (the owner chose so when no password store works)."""
        token = token.strip()
        if not token:
            raise ValueError(ENTER_TOKEN)
        logs.register_secret(token)
        with self._lock:
            self._session_token = token
        log.info("%s held for this session only (not stored)", self.label)
