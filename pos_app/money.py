"""Money at the counter: Decimal amounts, each currency's minor units, what a cashier types, what a customer reads.

No float ever touches an amount here; the only place an amount becomes a number on the wire is
`amount_json`, which writes the JSON text itself so 19.99 is sent as 19.99, never 19.990000000000002.

Typing rules (`parse_amount` and the keypad `AmountEntry` agree on them):

- digits with at most ONE separator, "." or ",", which is always the decimal separator
  ("12.50" and "12,50" are twelve fifty). Thousands separators are not accepted: "1,234.50" is refused
  with a sentence saying to type 1234.50 — guessing which separator is the decimal one is how a
  1,234 becomes 1.234 on someone else's till.
- no more decimals than the currency has (2 for most, 0 for JPY and KRW): "12.345" USD and "12.5" JPY are
  refused, never rounded.
- full-width digits from an East Asian input method ("１２００") are read as ASCII digits; other
  scripts' digits are refused.
- no signs, exponents, NaN/Infinity, currency symbols or spaces inside the number; surrounding spaces are fine.
- more than zero, at least the minimum and at most the maximum (default 1,000,000 units of the currency).
"""

from __future__ import annotations

import functools
import re
from decimal import Decimal, InvalidOperation

import babel
import babel.numbers

from pos_app.kupay.models import CURRENCIES

# An amount larger than this (in the currency's main unit) is almost surely a typo at a shop counter.
DEFAULT_MAXIMUM = Decimal(1_000_000)
# The keypad and the parser both stop at 12 integer digits: the display and KuPay's float field have limits.
MAX_INTEGER_DIGITS = 12
# Anything longer than this cannot be a valid amount; refusing early keeps the parser cheap on junk.
_MAX_TEXT_LENGTH = 64

_AMOUNT_RE = re.compile(r"(?P<int>[0-9]*)(?:(?P<sep>[.,])(?P<frac>[0-9]*))?", re.ASCII)
_MINUS_SIGNS = ("-", "\u2212", "\u2013")  # hyphen-minus, minus sign, en dash (some keyboards)
# A Japanese or Korean input method in full-width mode types "１２００": read it as 1200. Only these
# characters are mapped (not all of NFKC, which would turn "1²" into "12").
_FULL_WIDTH = str.maketrans("０１２３４５６７８９．，－", "0123456789.,-")


class AmountError(ValueError):
    """An amount the terminal will not charge. `str(error)` is one sentence for the cashier."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


@functools.cache
def minor_units(currency: str) -> int:
    """Decimals of a KuPay currency, from Babel's CLDR data (JPY and KRW: 0, the others: 2)."""
    code = _check_currency(currency)
    return int(babel.numbers.get_currency_precision(code))


def _check_currency(currency: object) -> str:
    code = currency.strip().upper() if isinstance(currency, str) else ""
    if code not in CURRENCIES:
        raise AmountError(
            f"KuPay does not accept the currency {str(currency)[:10]!r}. Pick another currency."
        )
    return code


def _quantum(currency: str) -> Decimal:
    return Decimal(1).scaleb(-minor_units(currency))


def _example(currency: str) -> str:
    return "1200" if minor_units(currency) == 0 else "12.50"


def parse_amount(
    text: str,
    currency: str,
    *,
    minimum: Decimal | None = None,
    maximum: Decimal | None = None,
) -> Decimal:
    """What the cashier typed, as an exact Decimal with the currency's decimals (e.g. Decimal("12.50")).

    Raises AmountError (and nothing else) with a sentence saying what is wrong and what to do.
    `minimum`/`maximum` are inclusive; by default any amount above zero up to DEFAULT_MAXIMUM is accepted.
    """
    code = _check_currency(currency)
    units = minor_units(code)
    example = _example(code)
    if not isinstance(text, str):
        raise AmountError("Type an amount.")
    cleaned = text.translate(_FULL_WIDTH).strip()
    if not cleaned:
        raise AmountError("Type an amount.")
    if len(cleaned) > _MAX_TEXT_LENGTH:
        raise AmountError(f"That amount is too long. Type it as digits, e.g. {example}.")
    if cleaned.startswith(_MINUS_SIGNS):
        raise AmountError("The amount must be more than zero.")
    match = _AMOUNT_RE.fullmatch(cleaned)
    if match is None:
        if len(re.findall(r"[.,]", cleaned)) > 1 and re.fullmatch(r"[0-9.,]+", cleaned, re.ASCII):
            raise AmountError(f"Use one decimal separator and no thousands separators, e.g. {example}.")
        raise AmountError(f"Type the amount as digits only, e.g. {example}.")
    integer, sep, frac = match.group("int"), match.group("sep"), match.group("frac") or ""
    if not integer and not frac:
        raise AmountError(f"Type the amount as digits only, e.g. {example}.")
    if sep and units == 0:
        raise AmountError(f"{code} amounts have no decimals. Type whole {code}, e.g. {example}.")
    if len(frac) > units:
        raise AmountError(f"{code} amounts have at most {units} decimals. Type e.g. {example}.")
    if len(integer.lstrip("0")) > MAX_INTEGER_DIGITS:
        raise AmountError(f"That amount is too large. Check it, e.g. {example}.")
    value = Decimal(f"{integer or '0'}.{frac or '0'}").quantize(_quantum(code))
    check_limits(value, code, minimum=minimum, maximum=maximum)
    return value


def check_limits(
    value: Decimal, currency: str, *, minimum: Decimal | None = None, maximum: Decimal | None = None
) -> None:
    """Raise AmountError unless 0 < minimum <= value <= maximum (defaults: anything above zero, DEFAULT_MAXIMUM)."""
    code = _check_currency(currency)
    if value <= 0:
        raise AmountError("The amount must be more than zero.")
    if minimum is not None and value < minimum:
        raise AmountError(f"The amount must be at least {format_amount(minimum, code)}.")
    top = DEFAULT_MAXIMUM if maximum is None else maximum
    if value > top:
        raise AmountError(
            f"The amount is over this terminal's limit of {format_amount(top, code)}. Check the amount."
        )


def _default_locale() -> str:
    found = babel.default_locale("LC_NUMERIC")
    # Babel maps the C/POSIX locale of a bare system to en_US_POSIX, which prints "$ 1234.50".
    if not found or found.startswith("en_US_POSIX"):
        return "en_US"
    return found


def format_amount(amount: Decimal, currency: str, locale: str | babel.Locale | None = None) -> str:
    """The amount as a customer reads it: symbol, grouping and decimals of the locale ("$1,234.50", "¥1,200").

    `locale` defaults to the user's numeric locale (or en_US); an unknown locale falls back to en_US.
    """
    code = _check_currency(currency)
    value = Decimal(amount)
    try:
        loc = babel.Locale.parse(locale or _default_locale())
    except (ValueError, TypeError, babel.UnknownLocaleError):
        loc = babel.Locale.parse("en_US")
    # currency_digits=True: CLDR decides the decimals (JPY none), whatever the Decimal's exponent is.
    return babel.numbers.format_currency(value, code, locale=loc, currency_digits=True)


def amount_json(amount: Decimal, currency: str) -> str:
    """The amount as JSON number text with exactly the currency's decimals: "19.99", "19.90", "1200".

    Raises AmountError when the amount is not finite or has more decimals than the currency (never rounds:
    rounding money silently is how receipts and payments disagree).
    """
    code = _check_currency(currency)
    value = Decimal(amount)
    if not value.is_finite():
        raise AmountError("The amount is not a number. Type it again.")
    try:
        exact = value.quantize(_quantum(code))
    except InvalidOperation:
        raise AmountError("That amount is too large. Check it.") from None
    if exact != value:
        raise AmountError(f"{code} amounts have at most {minor_units(code)} decimals. Type the amount again.")
    text = format(exact, "f")
    return text[1:] if text.startswith("-") and exact == 0 else text  # never "-0.00"


class AmountEntry:
    """The sale screen's keypad buffer: keys in, display text, chargeable value and a cashier sentence out.

    Pure Python so the rules are tested without a window. Keys that would make the amount impossible are
    ignored (`press` returns False): a 3rd decimal, a second separator, any separator in JPY/KRW, leading
    zeros, more than 12 integer digits. Limits (zero, minimum, maximum) are reported through `error`
    instead, so the cashier sees why Charge is disabled.

    `cents_first=True` is the card-terminal style: digits fill from the right, typing 1 2 5 0 shows 12.50.
    """

    DIGITS = frozenset("0123456789")

    def __init__(
        self,
        currency: str,
        *,
        cents_first: bool = False,
        minimum: Decimal | None = None,
        maximum: Decimal | None = None,
    ) -> None:
        self._currency = _check_currency(currency)
        self._cents_first = cents_first
        self._minimum = minimum
        self._maximum = maximum
        # Decimal mode: the text as typed ("12.5"). Cents-first mode: the digits typed ("1250").
        self._buffer = ""

    # -- state -------------------------------------------------------------------------------------
    @property
    def currency(self) -> str:
        return self._currency

    @property
    def cents_first(self) -> bool:
        return self._cents_first

    @property
    def text(self) -> str:
        """What the display shows: "" when nothing is typed, "." as the separator ("12.5", "0.05")."""
        if not self._cents_first or not self._buffer:
            return self._buffer
        units = minor_units(self._currency)
        if units == 0:
            return self._buffer
        digits = self._buffer.rjust(units + 1, "0")
        return f"{digits[:-units]}.{digits[-units:]}"

    @property
    def value(self) -> Decimal | None:
        """The amount to charge, with the currency's decimals; None whenever `error` is not None."""
        try:
            return self._parse()
        except AmountError:
            return None

    @property
    def error(self) -> str | None:
        """None when the amount can be charged, else a sentence such as "Type an amount."."""
        try:
            self._parse()
        except AmountError as exc:
            return str(exc)
        return None

    def _parse(self) -> Decimal:
        return parse_amount(self.text, self._currency, minimum=self._minimum, maximum=self._maximum)

    # -- input -------------------------------------------------------------------------------------
    def press(self, key: str) -> bool:
        """Apply one key: "0".."9", "." or ",", "back", "clear". Returns False when the key was ignored."""
        if key == "clear":
            changed = bool(self._buffer)
            self._buffer = ""
            return changed
        if key == "back":
            if not self._buffer:
                return False
            self._buffer = self._buffer[:-1]
            return True
        if key in (".", ","):
            return self._press_separator()
        if key in self.DIGITS:
            return self._press_digit(key)
        return False

    def _press_digit(self, digit: str) -> bool:
        units = minor_units(self._currency)
        if self._cents_first:
            if not self._buffer and digit == "0":
                return False  # a leading zero changes nothing on the display
            if len(self._buffer) >= MAX_INTEGER_DIGITS + units:
                return False
            self._buffer += digit
            return True
        integer, sep, frac = self._buffer.partition(".")
        if sep:
            if len(frac) >= units:
                return False
            self._buffer += digit
            return True
        if integer == "0":
            if digit == "0":
                return False
            self._buffer = digit  # "0" then "7" shows "7", not "07"
            return True
        if len(integer) >= MAX_INTEGER_DIGITS:
            return False
        self._buffer += digit
        return True

    def _press_separator(self) -> bool:
        if self._cents_first or minor_units(self._currency) == 0 or "." in self._buffer:
            return False
        self._buffer = (self._buffer or "0") + "."
        return True

    def clear(self) -> None:
        self._buffer = ""

    def set_currency(self, currency: str) -> None:
        """Switch currency, keeping the amount; decimals the new currency does not have are dropped."""
        code = _check_currency(currency)
        if code == self._currency:
            return
        old_units, new_units = minor_units(self._currency), minor_units(code)
        if self._cents_first:
            if self._buffer:
                # Keep the value: 12.50 USD becomes 12 JPY, 1200 JPY becomes 1200.00 USD.
                value = Decimal(self._buffer).scaleb(-old_units)
                whole = value.scaleb(new_units).to_integral_value(rounding="ROUND_DOWN")
                self._buffer = str(int(whole)) if whole else ""
                self._buffer = self._buffer[: MAX_INTEGER_DIGITS + new_units]
        else:
            integer, sep, frac = self._buffer.partition(".")
            if new_units == 0:
                self._buffer = integer
            elif sep:
                self._buffer = f"{integer}.{frac[:new_units]}"
        self._currency = code

    def set_limits(self, minimum: Decimal | None = None, maximum: Decimal | None = None) -> None:
        """Owner-configured minimum and maximum (None: above zero / DEFAULT_MAXIMUM)."""
        self._minimum, self._maximum = minimum, maximum

    def set_amount(self, amount: Decimal | None) -> None:
        """Load an amount into the buffer (e.g. to edit a sale again); None clears."""
        if amount is None or amount <= 0:
            self._buffer = ""
            return
        exact = Decimal(amount_json(amount, self._currency))
        if self._cents_first:
            self._buffer = str(int(exact.scaleb(minor_units(self._currency))))
        else:
            self._buffer = format(exact, "f")

    def __repr__(self) -> str:
        return f"AmountEntry({self._currency!r}, text={self.text!r}, cents_first={self._cents_first})"
