"""The settings file: defaults on first run, a round trip, atomic writes, and hand-broken files."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pos_app import paths
from pos_app.kupay.client import KuPayClient, check_base_url
from pos_app.kupay.errors import InsecureURL
from pos_app.settings import (
    DEFAULT_API_URL,
    DEFAULT_SHOP_URL,
    PIN_LOCKED,
    Settings,
    SettingsError,
    hash_pin,
    load_settings,
    save_settings,
    validate_amount_limit,
    validate_api_url,
    validate_shop_url,
    verify_pin,
)


def test_first_run_has_defaults_and_no_warning():
    settings, warning = load_settings()
    assert settings == Settings()
    assert warning is None
    assert settings.api_url == DEFAULT_API_URL
    assert settings.cents_first is False
    assert settings.paid_url == DEFAULT_SHOP_URL


def test_saved_settings_come_back_the_same():
    original = Settings(
        api_url="https://api.example.com/v1/",
        default_currency="JPY",
        shop_url="https://myshop.example/",
        callback_url="https://myshop.example/kupay/callback",
        terminal_name="Front desk",
        order_prefix="FD-",
        poll_interval=2.0,
        auto_return_seconds=0,
        start_fullscreen=True,
        min_amount=Decimal("1.00"),
        max_amount=Decimal("5000.50"),
        owner_pin_hash=hash_pin("2468", iterations=1000),
        cents_first=True,
    )
    path = save_settings(original)
    assert path == paths.settings_file()
    loaded, warning = load_settings()
    assert warning is None
    assert loaded == original
    assert loaded.max_amount == Decimal("5000.50")


def test_file_is_readable_json_with_money_as_text():
    save_settings(Settings(min_amount=Decimal("0.50")))
    data = json.loads(paths.settings_file().read_text(encoding="utf-8"))
    assert data["min_amount"] == "0.50"
    assert data["max_amount"] is None
    assert data["version"] == 1
    assert "token" not in json.dumps(data).lower()


def test_save_leaves_no_temporary_files():
    save_settings(Settings())
    save_settings(Settings(terminal_name="Till 2"))
    assert [p.name for p in paths.config_dir().iterdir()] == ["settings.json"]
    assert load_settings()[0].terminal_name == "Till 2"


def test_failed_write_keeps_the_old_file(monkeypatch):
    save_settings(Settings(terminal_name="Old"))

    def refuse(*_args):
        raise OSError("disk full")

    with monkeypatch.context() as m, pytest.raises(OSError):
        m.setattr("pos_app.settings.os.replace", refuse)
        save_settings(Settings(terminal_name="New"))
    assert load_settings()[0].terminal_name == "Old"
    assert [p.name for p in paths.config_dir().iterdir()] == ["settings.json"]


@pytest.mark.parametrize("content", ["{not json", "[1, 2]", "", "\x00\x01"])
def test_broken_file_is_set_aside_and_settings_stay_locked(content):
    path = paths.settings_file()
    path.parent.mkdir(parents=True)
    path.write_text(content, encoding="utf-8")
    settings, warning = load_settings()
    # Defaults everywhere, but never "no PIN": a damaged file cannot tell whether the owner had one.
    assert settings == Settings(owner_pin_hash=PIN_LOCKED) and settings.pin_locked
    assert not any(verify_pin(pin, settings.owner_pin_hash) for pin in ("", "0000", "1234"))
    assert warning is not None and "default settings" in warning and "stay locked" in warning
    kept = list(path.parent.glob("settings.json.broken-*"))
    assert len(kept) == 1 and kept[0].read_text(encoding="utf-8") == content
    assert kept[0].name in warning
    # The next start is locked too (the lock is not lost with the damaged file), until the owner removes it.
    assert load_settings()[0].pin_locked
    path.unlink()
    assert load_settings() == (Settings(), None)


def test_a_damaged_file_keeps_the_owner_pin_it_still_shows():
    path = paths.settings_file()
    path.parent.mkdir(parents=True)
    text = json.dumps({"terminal_name": "Bar", "owner_pin_hash": hash_pin("2468", iterations=1000)})
    path.write_text(text[:-1] + ', "poll_interval": ', encoding="utf-8")  # cut off mid-write
    settings, warning = load_settings()
    assert settings.has_owner_pin and not settings.pin_locked
    assert verify_pin("2468", settings.owner_pin_hash) and not verify_pin("0000", settings.owner_pin_hash)
    assert warning is not None and "PIN was kept" in warning
    assert verify_pin("2468", load_settings()[0].owner_pin_hash)  # and at the next start


@pytest.mark.parametrize("stored", ["pbkdf2_sha256$1000$abc", "2468", 2468, None, ["x"], "sha1$1$AA==$AA=="])
def test_a_mistyped_pin_hash_keeps_settings_locked(stored):
    path = paths.settings_file()
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps({"terminal_name": "Bar", "owner_pin_hash": stored}), encoding="utf-8")
    settings, warning = load_settings()
    assert settings.terminal_name == "Bar"
    assert settings.has_owner_pin and settings.pin_locked
    assert not verify_pin("2468", settings.owner_pin_hash)
    assert warning is not None and "locked" in warning


def test_an_unreadable_settings_file_keeps_settings_locked():
    path = paths.settings_file()
    path.mkdir(parents=True)  # a folder where the file should be: reading it fails (even as root)
    settings, warning = load_settings()
    assert settings.pin_locked
    assert warning is not None and "locked" in warning


def test_two_broken_files_in_the_same_second_are_both_kept():
    path = paths.settings_file()
    path.parent.mkdir(parents=True)
    for content in ("{one", "{two"):
        path.write_text(content, encoding="utf-8")
        load_settings()
    kept = sorted(p.read_text() for p in path.parent.glob("settings.json.broken-*"))
    assert kept == ["{one", "{two"]


def test_wrong_types_fall_back_per_field_with_a_warning():
    path = paths.settings_file()
    path.parent.mkdir(parents=True)
    path.write_text(
        json.dumps(
            {
                "terminal_name": "Bar",
                "poll_interval": "fast",
                "start_fullscreen": "yes",
                "default_currency": "DOGE",
                "api_url": "http://api.kupay.finance/v1/",  # plain http to the internet: refused
                "auto_return_seconds": 9.5,
                "some_future_option": 42,
            }
        ),
        encoding="utf-8",
    )
    settings, warning = load_settings()
    assert settings.terminal_name == "Bar"  # the good value is kept
    assert settings.poll_interval == Settings.poll_interval
    assert settings.start_fullscreen is False
    assert settings.default_currency == "USD"
    assert settings.api_url == DEFAULT_API_URL
    assert settings.auto_return_seconds == Settings.auto_return_seconds
    assert warning is not None
    for name in ("poll_interval", "start_fullscreen", "default_currency", "api_url", "auto_return_seconds"):
        assert name in warning
    assert "some_future_option" not in warning  # unknown keys are ignored quietly
    assert path.exists()  # a partly bad file is not set aside


def test_min_above_max_drops_both_limits():
    path = paths.settings_file()
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps({"min_amount": "100", "max_amount": "10"}), encoding="utf-8")
    settings, warning = load_settings()
    assert settings.min_amount is None and settings.max_amount is None
    assert warning is not None and "min_amount" in warning


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://api.kupay.finance/v1", "https://api.kupay.finance/v1/"),
        ("  https://api.kupay.finance/v1/ ", "https://api.kupay.finance/v1/"),
        ("http://127.0.0.1:8765/v1/", "http://127.0.0.1:8765/v1/"),
        ("http://localhost:8765/v1/", "http://localhost:8765/v1/"),
        ("http://[::1]:8765/v1/", "http://[::1]:8765/v1/"),
    ],
)
def test_api_url_accepts_https_and_loopback_http(url, expected):
    assert validate_api_url(url) == expected


@pytest.mark.parametrize(
    "url", ["http://api.kupay.finance/v1/", "ftp://x/", "api.kupay.finance", "", "http://192.168.1.5/v1/"]
)
def test_api_url_refuses_plain_http_to_other_computers(url):
    with pytest.raises(SettingsError) as err:
        validate_api_url(url)
    assert "https://" in str(err.value)


def test_shop_url_must_be_https_or_empty():
    assert validate_shop_url("") == ""
    assert validate_shop_url("https://myshop.example/") == "https://myshop.example/"
    with pytest.raises(SettingsError, match="https://"):
        validate_shop_url("http://myshop.example/")
    with pytest.raises(SettingsError):
        validate_shop_url("myshop.example")


def test_shop_url_gives_the_redirect_defaults():
    s = Settings(shop_url="https://myshop.example/")
    assert s.paid_url == s.cancel_url == s.order_status_url == "https://myshop.example/"
    assert s.effective_callback_url == "https://myshop.example/"
    assert (
        Settings(shop_url="https://a/", callback_url="https://b/hook").effective_callback_url
        == "https://b/hook"
    )


def test_amount_limits():
    assert validate_amount_limit("", "minimum") is None
    assert validate_amount_limit("2,50", "minimum") == Decimal("2.50")
    for bad in ("0", "-1", "abc", "NaN", "Infinity"):
        with pytest.raises(SettingsError):
            validate_amount_limit(bad, "minimum")


def test_owner_pin_is_stored_as_a_salted_hash():
    first, second = hash_pin("1234", iterations=1000), hash_pin("1234", iterations=1000)
    assert "1234" not in first
    assert first != second  # salted
    assert verify_pin("1234", first) and verify_pin("1234", second)
    assert not verify_pin("4321", first)
    assert not verify_pin("1234", "")
    assert not verify_pin("1234", "garbage$1$x$y")
    with pytest.raises(SettingsError, match="4 to 8 digits"):
        hash_pin("12a4")


def test_limits_are_per_currency_and_an_old_file_means_its_default_currency(pos_home):
    """Issue #18: one smallest/largest sale for all currencies: a 500 limit (dollars) refused ¥1,200."""
    from pos_app.settings import load_settings, save_settings

    old = Settings(default_currency="USD", max_amount=Decimal(500))
    assert old.limits_for("USD") == (None, Decimal(500))
    assert old.limits_for("JPY") == (None, None)
    new = Settings(sale_limits=(("JPY", Decimal(100), None), ("USD", None, Decimal(500))))
    save_settings(new)
    loaded, warning = load_settings()
    assert warning is None and loaded.sale_limits == new.sale_limits
    assert loaded.limits_for("JPY") == (Decimal(100), None) and loaded.limits_for("EUR") == (None, None)


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("api_url", "http://[::1"),
        ("shop_url", "https://[::1"),
        ("callback_url", "https://[zz]:x/"),
        ("https_proxy", "http://[::1"),  # crashed load_settings (UnboundLocalError) before one validator
    ],
)
def test_an_address_python_cannot_parse_does_not_stop_the_till_starting(name, value):
    paths.settings_file().parent.mkdir(parents=True, exist_ok=True)
    paths.settings_file().write_text(json.dumps({"terminal_name": "Till 3", name: value}), encoding="utf-8")
    settings, warning = load_settings()  # promised never to raise
    assert settings.terminal_name == "Till 3"  # the rest of the file is kept
    assert getattr(settings, name) == getattr(Settings(), name)
    assert warning


# -- one URL validator: Settings and the client give every API address the same verdict (#11 bug 3) ------


def _settings_verdict(url: str) -> str | None:
    try:
        return validate_api_url(url)
    except SettingsError:
        return None


def _client_verdict(url: str) -> str | None:
    try:
        client = KuPayClient(url, "tok")
    except InsecureURL:
        with pytest.raises(InsecureURL):
            check_base_url(url)
        return None
    assert check_base_url(url) == client.base_url
    return client.base_url


@pytest.mark.parametrize(
    ("url", "verdict"),
    [
        ("https://api.kupay.finance/v1", "https://api.kupay.finance/v1/"),
        ("HTTPS://api.kupay.finance/v1", "https://api.kupay.finance/v1/"),
        ("http://localhost.:8765/v1/", "http://localhost.:8765/v1/"),
        ("http://127.3.2.1/v1/", "http://127.3.2.1/v1/"),
        # Settings saved these, and the till then refused to take payments with them:
        ("https://user:pw@api.kupay.finance/v1/", None),
        ("https://api.kupay.finance@evil.example/v1/", None),
        ("https://api.kupay.finance:notaport/v1/", None),
        # urlsplit drops a newline or tab silently: checked as one address, used as another
        ("https://api.kupay.finance/v1/\nx", None),
        ("https://api.ku\tpay.finance/v1/", None),
        ("https://api.kupay .finance/v1/", None),
        ("http://localhost.evil.example/v1/", None),
        ("http://192.168.1.5/v1/", None),
        ("https://api.kupay.finance/v1/?token=x", None),
        ("http://[::1", None),
        ("", None),
    ],
)
def test_settings_and_the_client_give_an_api_address_the_same_verdict(url, verdict):
    assert _settings_verdict(url) == verdict
    assert _client_verdict(url) == verdict


_PIECES = st.tuples(
    st.sampled_from(["https://", "http://", "HTTP://", "ftp://", "", "https:"]),
    st.sampled_from(["", "user@", "user:pw@", "@"]),
    st.sampled_from(
        ["api.kupay.finance", "localhost", "LOCALHOST.", "127.0.0.1", "[::1]", "[::1", "[zz]", "10.0.0.2", ""]
    ),
    st.sampled_from(["", ":8765", ":abc", ":", ":99999"]),
    st.sampled_from(["", "/", "/v1", "/v1/"]),
    st.sampled_from(["", "?", "?x=1", "#top", " ", "\t", "\\"]),
)


@given(st.one_of(_PIECES.map("".join), st.text(max_size=40)))
def test_settings_accept_exactly_the_api_addresses_the_client_takes(url):
    assert _settings_verdict(url) == _client_verdict(url)


@pytest.mark.parametrize(
    ("url", "problem"),
    [
        ("https://user:pw@api.kupay.finance/v1/", "user name or password"),
        ("http://192.168.1.5/v1/", "only allowed to this computer"),
        ("https://api.kupay.finance/v1/#x", r"\? or #"),
        ("https://api.kupay.finance:x/v1/", "name a server"),
    ],
)
def test_a_refused_api_address_tells_the_owner_why(url, problem):
    with pytest.raises(SettingsError, match=problem):
        validate_api_url(url)


@pytest.mark.parametrize(
    "url", ["https://myshop.example@evil.example/", "https://myshop.example/\npaid", "https://[::1/"]
)
def test_a_shop_address_follows_the_same_rules(url):
    with pytest.raises(SettingsError, match="https://"):
        validate_shop_url(url)
