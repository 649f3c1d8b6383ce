"""Amounts as a cashier types them and as a customer reads them: exact, per-currency, never a float."""

from __future__ import annotations

import json
from decimal import Decimal

import babel.numbers
import pytest
from hypothesis import given
from hypothesis import strategies as st
from typed_meaning import meanings, plainly_meant, typed_text

from pos_app.kupay.models import CURRENCIES
from pos_app.money import (
    DEFAULT_MAXIMUM,
    AmountEntry,
    AmountError,
    amount_json,
    format_amount,
    minor_units,
    parse_amount,
)


def test_minor_units_come_from_cldr_for_all_18_currencies():
    assert {c: minor_units(c) for c in CURRENCIES} == {c: 0 if c in ("JPY", "KRW") else 2 for c in CURRENCIES}


@pytest.mark.parametrize(
    ("typed", "currency", "expected"),
    [
        ("12.5", "USD", "12.50"),
        ("12,50", "EUR", "12.50"),
        (" 7 ", "USD", "7.00"),
        ("1200", "JPY", "1200"),
        ("50000", "KRW", "50000"),
        (".5", "GBP", "0.50"),
        ("12.", "CHF", "12.00"),
        ("007", "USD", "7.00"),
        ("0.01", "USD", "0.01"),
        ("1000000", "USD", "1000000.00"),
        ("１２００", "JPY", "1200"),  # a Japanese input method in full-width mode
        ("１２．５", "USD", "12.50"),
    ],
)
def test_cashier_amounts_are_read_exactly(typed, currency, expected):
    value = parse_amount(typed, currency)
    assert value == Decimal(expected)
    assert str(value) == expected  # the currency's decimals, not just an equal number


@pytest.mark.parametrize(
    ("typed", "currency", "says"),
    [
        ("", "USD", "Type an amount."),
        ("   ", "USD", "Type an amount."),
        ("abc", "USD", "digits"),
        ("$12", "USD", "digits"),
        ("0", "USD", "more than zero"),
        ("0.00", "USD", "more than zero"),
        ("-5", "USD", "more than zero"),
        ("12.345", "USD", "at most 2 decimals"),
        ("12.5", "JPY", "no decimals"),
        ("1,200", "JPY", "no decimals"),
        ("1,234.50", "USD", "Use one separator, for the decimals: type 1234.50."),
        ("1.234,50", "EUR", "Use one separator, for the decimals: type 1234.50."),
        ("1,234,567", "USD", "Use one separator, for the decimals: type 1234567."),
        ("1.2.3", "USD", "Use one separator, for the decimals: type e.g. 1234.50."),
        ("1234.50", "JPY", "Japanese Yen has no decimals: type whole amounts, e.g. 1200."),
        ("1,234", "KRW", "South Korean Won has no decimals or separators: type 1234."),
        ("1,234.50", "JPY", "Japanese Yen has no decimals or separators: type e.g. 1200."),
        ("1,234", "USD", "Type 1234 without a separator, or use at most 2 decimals."),
        ("1 234", "USD", "digits"),
        ("NaN", "USD", "digits"),
        ("Infinity", "USD", "digits"),
        ("1e5", "USD", "digits"),
        ("1000000.01", "USD", "limit"),
        ("9" * 13, "JPY", "too large"),
        ("1" * 500, "USD", "too long"),
        ("\u0661\u0662", "USD", "digits"),  # Arabic-Indic digits: Decimal would take them, a till must not
        ("1²", "USD", "digits"),
    ],
)
def test_impossible_amounts_are_refused_with_a_sentence(typed, currency, says):
    with pytest.raises(AmountError) as caught:
        parse_amount(typed, currency)
    message = str(caught.value)
    assert says in message
    assert message.endswith(".") and message[0].isupper()


def test_owner_limits_are_inclusive_and_named_in_the_message():
    assert parse_amount("1", "USD", minimum=Decimal("1.00"), maximum=Decimal(50)) == Decimal("1.00")
    assert parse_amount("50", "USD", minimum=Decimal("1.00"), maximum=Decimal(50)) == Decimal("50.00")
    with pytest.raises(AmountError, match=r"at least \$1\.00"):
        parse_amount("0.99", "USD", minimum=Decimal(1))
    with pytest.raises(AmountError, match=r"\$50\.00"):
        parse_amount("50.01", "USD", maximum=Decimal(50))


def test_unknown_currency_is_an_amount_error():
    with pytest.raises(AmountError, match="currency"):
        parse_amount("1", "BTC")


@given(
    text=st.one_of(st.text(max_size=40), st.text(alphabet="0123456789.,-+eE _\u00a0", max_size=20)),
    currency=st.sampled_from(CURRENCIES),
)
def test_any_typed_text_gives_an_exact_amount_or_a_sentence(text, currency):
    try:
        value = parse_amount(text, currency)
    except AmountError as exc:
        assert str(exc)
        return
    assert value.as_tuple().exponent == -minor_units(currency)
    assert Decimal(0) < value <= DEFAULT_MAXIMUM


@given(
    whole=st.integers(min_value=0, max_value=999_999),
    cents=st.integers(min_value=0, max_value=99),
    comma=st.booleans(),
)
def test_typed_two_decimal_amounts_round_trip(whole, cents, comma):
    typed = f"{whole}{',' if comma else '.'}{cents:02d}"
    if whole == 0 and cents == 0:
        return
    value = parse_amount(typed, "EUR")
    assert value == Decimal(whole) + Decimal(cents) / 100
    assert amount_json(value, "EUR") == f"{whole}.{cents:02d}"


@pytest.mark.parametrize(
    ("amount", "currency", "text"),
    [
        (Decimal("19.99"), "USD", "19.99"),
        (Decimal("19.9"), "USD", "19.90"),
        (Decimal("0.10"), "EUR", "0.10"),
        (Decimal("0.1"), "EUR", "0.10"),
        (Decimal(1200), "JPY", "1200"),
        (Decimal("1200.00"), "JPY", "1200"),
        (Decimal("1E+3"), "KRW", "1000"),
        (Decimal("123.45"), "NGN", "123.45"),
    ],
)
def test_amount_json_is_exact_number_text(amount, currency, text):
    assert amount_json(amount, currency) == text
    # It is a JSON number that reads back as the same Decimal.
    assert json.loads(text, parse_float=Decimal) == amount


@pytest.mark.parametrize(
    ("amount", "currency"),
    [
        (Decimal("19.999"), "USD"),
        (Decimal("12.5"), "JPY"),
        (Decimal("NaN"), "USD"),
        (Decimal("Infinity"), "EUR"),
    ],
)
def test_amount_json_never_rounds_money(amount, currency):
    with pytest.raises(AmountError):
        amount_json(amount, currency)


@given(cents=st.integers(min_value=1, max_value=10**14))
def test_amount_json_round_trips_every_cent_amount(cents):
    amount = Decimal(cents).scaleb(-2)
    assert Decimal(amount_json(amount, "USD")) == amount


@pytest.mark.parametrize(
    ("amount", "currency", "locale"),
    [
        (Decimal("1234.5"), "USD", "en_US"),
        (Decimal(1200), "JPY", "en_US"),
        (Decimal("1200.00"), "JPY", "ja_JP"),
        (Decimal("1234.5"), "EUR", "de_DE"),
        (Decimal("1234.5"), "CHF", "de_CH"),
        (Decimal("9.9"), "GBP", "en_GB"),
        (Decimal(50000), "KRW", "ko_KR"),
    ],
)
def test_format_amount_uses_symbol_locale_and_currency_decimals(amount, currency, locale):
    # Compared with what the installed Babel (CLDR) itself says for that locale, not with a literal that a new
    # CLDR release may change; what must hold whatever CLDR says: the currency's decimals, the locale's
    # symbol and separators, and no other digits.
    digits = babel.numbers.get_currency_precision(currency)
    shown = format_amount(amount, currency, locale)
    assert shown == babel.numbers.format_currency(
        amount.quantize(Decimal(1).scaleb(-digits)), currency, locale=locale
    )
    assert babel.numbers.get_currency_symbol(currency, locale) in shown
    decimal_symbol = babel.numbers.get_decimal_symbol(locale)
    fraction = shown.rpartition(decimal_symbol)[2] if digits else ""
    assert sum(ch.isdigit() for ch in fraction) == digits
    assert "".join(ch for ch in shown if ch.isdigit()) == str(
        amount.quantize(Decimal(1).scaleb(-digits))
    ).replace(".", "")


def test_format_amount_falls_back_to_english_for_an_unknown_locale():
    assert format_amount(Decimal(5), "USD", "xx_NOPE") == "$5.00"


def test_format_amount_default_locale_from_environment(monkeypatch):
    for name in ("LANGUAGE", "LC_ALL", "LC_NUMERIC", "LANG"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LC_NUMERIC", "de_DE.UTF-8")
    assert format_amount(Decimal("3.5"), "EUR") == format_amount(Decimal("3.5"), "EUR", "de_DE")
    assert format_amount(Decimal("3.5"), "EUR") != format_amount(Decimal("3.5"), "EUR", "en_US")
    monkeypatch.setenv("LC_NUMERIC", "C")  # bare systems: no "$ 3.50" from en_US_POSIX
    assert format_amount(Decimal("3.5"), "USD") == format_amount(Decimal("3.5"), "USD", "en_US")


# -- the keypad ----------------------------------------------------------------------------------


def press(entry: AmountEntry, keys: str | list[str]) -> list[bool]:
    return [entry.press(key) for key in (list(keys) if isinstance(keys, str) else keys)]


def test_keypad_starts_empty_and_asks_for_an_amount():
    entry = AmountEntry("USD")
    assert (entry.text, entry.value, entry.error) == ("", None, "Type an amount.")


def test_keypad_types_an_amount_with_a_decimal_point():
    entry = AmountEntry("USD")
    press(entry, "12,5")
    assert entry.text == "12,5"  # as typed; either separator is the decimal one
    assert entry.value == Decimal("12.50") and str(entry.value) == "12.50"
    assert entry.error is None


def test_keypad_keeps_a_thousands_separator_and_refuses_to_charge():
    """Issue #18: 1,234.50 in dollars was shown and charged as $1.23 (keys after the 3rd dropped)."""
    entry = AmountEntry("USD")
    assert all(press(entry, "1,234.50"))
    assert entry.text == "1,234.50"
    assert entry.value is None
    assert entry.error == "Use one separator, for the decimals: type 1234.50."
    for _ in range(8):
        entry.press("back")
    press(entry, "1234.50")
    assert entry.value == Decimal("1234.50")


def test_keypad_keeps_decimals_typed_in_yen_and_refuses_to_charge():
    """Issue #18: 1234.50 in yen was shown and charged as ¥123,450 (the point was dropped)."""
    for currency, name in (("JPY", "Japanese Yen"), ("KRW", "South Korean Won")):
        entry = AmountEntry(currency)
        assert all(press(entry, "1234.50"))
        assert entry.text == "1234.50" and entry.value is None
        assert entry.error == f"{name} has no decimals: type whole amounts, e.g. 1200."


def test_keypad_keeps_a_third_decimal_and_refuses_to_charge():
    entry = AmountEntry("EUR")
    assert all(press(entry, "1.234"))
    assert entry.text == "1.234" and entry.value is None
    assert entry.error == "Type 1234 without a separator, or use at most 2 decimals."


def test_keypad_reads_leading_zeros_as_nothing_and_decimals_starting_with_the_separator():
    entry = AmountEntry("USD")
    press(entry, "007")
    assert entry.value == Decimal("7.00")
    entry.press("clear")
    press(entry, ".05")
    assert entry.value == Decimal("0.05")


def test_keypad_refuses_more_than_twelve_integer_digits_without_dropping_them():
    entry = AmountEntry("JPY", maximum=Decimal(10**13))
    press(entry, "9" * 13)
    assert entry.text == "9" * 13 and entry.value is None
    assert entry.error == "That amount is too large. Check it, e.g. 1200."
    entry.press("back")
    assert entry.value == Decimal("9" * 12)


def test_keypad_refuses_keys_only_past_its_length_cap():
    entry = AmountEntry("USD")
    assert all(press(entry, "1" * AmountEntry.MAX_KEYS))
    assert not entry.press("1") and entry.error


def test_keypad_explains_zero_and_limits_instead_of_charging():
    entry = AmountEntry("USD", minimum=Decimal(1), maximum=Decimal(100))
    press(entry, "0.")
    assert entry.value is None and entry.error == "The amount must be more than zero."
    press(entry, "5")
    assert entry.value is None and "at least $1.00" in (entry.error or "")
    entry.press("clear")
    press(entry, "100.01")
    assert entry.value is None and "$100.00" in (entry.error or "")
    entry.set_limits(None, None)
    assert entry.value == Decimal("100.01")


def test_keypad_backspace_and_clear():
    entry = AmountEntry("USD")
    press(entry, "12.5")
    assert entry.press("back") and entry.text == "12."
    assert entry.press("back") and entry.text == "12"
    assert entry.press("clear") and entry.text == ""
    assert not entry.press("back") and not entry.press("clear")
    assert not entry.press("x") and not entry.press("00") and entry.text == ""


def test_switching_to_yen_keeps_the_decimals_and_refuses_them():
    entry = AmountEntry("USD")
    press(entry, "12.50")
    entry.set_currency("JPY")
    assert entry.text == "12.50" and entry.value is None and "no decimals" in (entry.error or "")
    entry.set_currency("EUR")
    assert entry.value == Decimal("12.50")


def test_cents_first_typing_1250_shows_12_50():
    entry = AmountEntry("USD", cents_first=True)
    shown = []
    for key in "1250":
        entry.press(key)
        shown.append(entry.text)
    assert shown == ["0.01", "0.12", "1.25", "12.50"]
    assert entry.value == Decimal("12.50")
    entry.press("back")
    assert entry.text == "1.25"


def test_cents_first_reads_a_typed_decimal_point_as_typed():
    """Issue #18: with cents first on, the . key did nothing. Now 1 2 . 5 0 is 12.50 there too."""
    entry = AmountEntry("USD", cents_first=True)
    press(entry, "12")
    assert entry.text == "0.12"
    press(entry, ".5")
    assert entry.text == "12.5" and entry.value == Decimal("12.50")
    press(entry, "0")
    assert entry.value == Decimal("12.50")
    entry.press("clear")
    press(entry, "1250")  # after Clear the next sale fills from the right again
    assert entry.value == Decimal("12.50")


def test_cents_first_in_yen_is_plain_digits_and_switching_keeps_the_value():
    entry = AmountEntry("JPY", cents_first=True)
    press(entry, "1200")
    assert entry.text == "1200" and entry.value == Decimal(1200)
    entry.set_currency("USD")
    assert entry.text == "1200.00"
    entry.set_currency("KRW")
    assert entry.text == "1200"


def test_cents_first_switching_cents_to_yen_refuses_instead_of_cutting():
    entry = AmountEntry("USD", cents_first=True)
    press(entry, "1250")
    entry.set_currency("JPY")
    assert entry.text == "12.50" and entry.value is None


def test_entry_style_changes_without_losing_what_was_typed():
    entry = AmountEntry("USD")
    press(entry, "12.5")
    entry.set_cents_first(True)
    assert entry.value == Decimal("12.50")
    entry.press("clear")
    press(entry, "1250")
    assert entry.value == Decimal("12.50")
    entry.set_cents_first(False)
    assert entry.value == Decimal("12.50")
    entry.press("clear")
    press(entry, "1250")
    assert entry.value == Decimal("1250.00")


def test_set_amount_loads_a_sale_for_editing():
    entry = AmountEntry("USD")
    entry.set_amount(Decimal("19.9"))
    assert entry.text == "19.90" and entry.value == Decimal("19.90")
    cents = AmountEntry("USD", cents_first=True)
    cents.set_amount(Decimal("19.9"))
    assert cents.text == "19.90"
    cents.set_amount(None)
    assert cents.text == ""


_keys = st.lists(st.sampled_from([*"0123456789", ".", ",", "back", "clear"]), max_size=30)
_BIG = Decimal(10**13)


def _typed(keys: list[str], currency: str, cents_first: bool) -> AmountEntry:
    entry = AmountEntry(currency, cents_first=cents_first, maximum=_BIG)
    for key in keys:
        entry.press(key)
    return entry


@given(keys=_keys, currency=st.sampled_from(CURRENCIES), cents_first=st.booleans())
def test_keypad_charges_what_the_keys_mean_to_a_person_or_nothing(keys, currency, cents_first):
    """The charged amount is the one reading of the typed text; a text with two readings is not charged."""
    entry = _typed(keys, currency, cents_first)
    meant = meanings(keys, minor_units(currency), cents_first=cents_first)
    if entry.value is not None:
        assert meant == {entry.value}, (typed_text(keys), entry.value, meant)
        assert entry.value.as_tuple().exponent == -minor_units(currency)
    else:
        assert entry.error
    assert entry.error is None or entry.value is None


@given(keys=_keys, currency=st.sampled_from(CURRENCIES), cents_first=st.booleans())
def test_keypad_charges_every_amount_nobody_could_misread(keys, currency, cents_first):
    entry = _typed(keys, currency, cents_first)
    plain = plainly_meant(keys, minor_units(currency), cents_first=cents_first)
    if plain is not None and 0 < plain < _BIG and len(str(int(plain))) <= 12:
        assert entry.value == plain, (typed_text(keys), entry.error)
