"""An in-memory keyring backend for tests, plus backends that fail the way real password stores do.

Use through the fixtures in the test modules: `keyring.set_keyring(MemoryKeyring())` for the test, and
restore the previous backend afterwards. Nothing here touches the disk or D-Bus.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

import keyring
import keyring.backend
import keyring.errors
from keyring.compat import properties


class MemoryKeyring(keyring.backend.KeyringBackend):
    """Keeps passwords in a dict, like a password store that forgets everything when the test ends."""

    @properties.classproperty
    def priority(cls) -> float:  # noqa: N805 - keyring's class property; chosen only when a fixture sets it
        return -1

    name = "Memory (tests)"

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if (service, username) not in self.passwords:
            raise keyring.errors.PasswordDeleteError("No such password!")
        del self.passwords[(service, username)]


class LockedKeyring(MemoryKeyring):
    """A password store that exists but refuses: locked collection, user cancelled the unlock prompt."""

    name = "Locked (tests)"

    def get_password(self, service: str, username: str) -> str | None:
        raise keyring.errors.KeyringLocked("Failed to unlock the collection!")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.PasswordSetError("Failed to unlock the collection!")

    def delete_password(self, service: str, username: str) -> None:
        raise keyring.errors.KeyringLocked("Failed to unlock the collection!")


class ForgetfulKeyring(MemoryKeyring):
    """Accepts a write and keeps nothing (a misconfigured wallet): the terminal must notice."""

    name = "Forgetful (tests)"

    def set_password(self, service: str, username: str, password: str) -> None:
        return None


@contextlib.contextmanager
def installed(backend: keyring.backend.KeyringBackend) -> Iterator[keyring.backend.KeyringBackend]:
    """Make `backend` keyring's choice for the duration (what CredentialStore() with no backend uses)."""
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)


class PromptingKeyring(MemoryKeyring):
    """A locked store whose unlock prompt nobody answers: writing waits until the test lets it go."""

    name = "Prompting (tests)"

    def __init__(self) -> None:
        super().__init__()
        import threading

        self.answered = threading.Event()

    def set_password(self, service: str, username: str, password: str) -> None:
        self.answered.wait(30)
        super().set_password(service, username, password)
