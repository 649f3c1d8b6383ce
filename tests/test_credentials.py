"""The API token in the OS keyring: stored, read, removed; refused stores say so; no plaintext fallback."""

from __future__ import annotations

import keyring.backends.chainer
import keyring.backends.fail
import pytest
from keyring_memory import ForgetfulKeyring, LockedKeyring, MemoryKeyring, installed

from pos_app.credentials import SERVICE, USERNAME, CredentialStore, KeyringUnavailable

TOKEN = "kp_live_9f8e7d6c5b4a39281706f5e4d3c2b1a0"


def _all_files_text(root) -> str:
    return "".join(p.read_bytes().decode("utf-8", "replace") for p in root.rglob("*") if p.is_file())


def test_empty_keyring_has_no_token(memory_keyring):
    assert CredentialStore().get_token() is None


def test_token_is_stored_under_the_documented_names(memory_keyring):
    store = CredentialStore()
    store.set_token(f"  {TOKEN}\n")  # pasted with whitespace
    assert memory_keyring.passwords == {(SERVICE, USERNAME): TOKEN}
    assert (SERVICE, USERNAME) == ("kupay-pos", "api-token")
    # a fresh store (as after a restart) finds it
    assert CredentialStore().get_token() == TOKEN


def test_token_can_be_replaced_and_removed(memory_keyring):
    store = CredentialStore()
    store.set_token(TOKEN)
    store.set_token("kp_live_other_token_0001")
    assert store.get_token() == "kp_live_other_token_0001"
    store.delete_token()
    assert store.get_token() is None
    store.delete_token()  # removing twice is harmless


def test_empty_token_is_refused(memory_keyring):
    with pytest.raises(ValueError, match="API token"):
        CredentialStore().set_token("   ")
    assert memory_keyring.passwords == {}


def test_explicit_backend_wins_over_keyrings_choice():
    mine = MemoryKeyring()
    with installed(keyring.backends.fail.Keyring()):
        store = CredentialStore(backend=mine)
        store.set_token(TOKEN)
        assert store.get_token() == TOKEN
        assert store.backend_name() == "Memory (tests)"


@pytest.mark.parametrize(
    "backend",
    [keyring.backends.fail.Keyring(), keyring.backends.chainer.ChainerBackend()],
    ids=["fail", "chainer"],
)
def test_no_password_store_says_so_in_a_sentence(backend, monkeypatch, pos_home):
    # An empty chainer silently "stores" nothing; make sure this one really is empty.
    monkeypatch.setattr(keyring.backends.chainer.ChainerBackend, "backends", [])
    with installed(backend):
        store = CredentialStore()
        for action in (store.get_token, lambda: store.set_token(TOKEN)):
            with pytest.raises(KeyringUnavailable) as err:
                action()
            assert str(err.value).startswith("This computer has no password store the terminal can use.")
            assert TOKEN not in str(err.value) and TOKEN not in err.value.detail
        assert store.backend_name().startswith("none")
        assert not store.is_available()
        store.delete_token()  # nothing to remove, no error
    assert not pos_home.exists() or TOKEN not in _all_files_text(pos_home)  # no plaintext fallback file


def test_session_only_token_lives_in_memory(pos_home):
    with installed(keyring.backends.fail.Keyring()):
        store = CredentialStore()
        with pytest.raises(KeyringUnavailable):
            store.set_token(TOKEN)
        store.use_session_token(TOKEN)
        assert store.session_only
        assert store.get_token() == TOKEN
        assert TOKEN not in repr(store)
        # the next run starts without it: nothing was written anywhere
        assert CredentialStore().session_only is False
        with pytest.raises(KeyringUnavailable):
            CredentialStore().get_token()
        store.delete_token()
        assert not store.session_only
    assert not pos_home.exists() or TOKEN not in _all_files_text(pos_home)


def test_locked_store_is_reported_not_crashed():
    with installed(LockedKeyring()):
        store = CredentialStore()
        for action in (store.get_token, lambda: store.set_token(TOKEN), store.delete_token):
            with pytest.raises(KeyringUnavailable) as err:
                action()
            assert "locked" in str(err.value)
            assert "session only" in str(err.value)
        assert store.is_available()  # it exists; it just refused


def test_store_that_keeps_nothing_is_noticed():
    with installed(ForgetfulKeyring()):
        with pytest.raises(KeyringUnavailable) as err:
            CredentialStore().set_token(TOKEN)
        assert "did not keep" in err.value.detail


def test_dbus_style_errors_are_wrapped():
    class BrokenBus(MemoryKeyring):
        def get_password(self, service, username):
            raise RuntimeError(f"org.freedesktop.DBus.Error.ServiceUnknown while sending Bearer {TOKEN}")

    with installed(BrokenBus()):
        with pytest.raises(KeyringUnavailable) as err:
            CredentialStore().get_token()
    assert TOKEN not in err.value.detail
    assert "RuntimeError" in err.value.detail


def test_backend_name_names_the_store(memory_keyring):
    assert CredentialStore().backend_name() == "Memory (tests)"
