"""Money at the counter: Decimal amounts, each currency's minor units, what a cashier types, what a customer reads.

No float ever touches an amount here; the only place an amount becomes a number on the wire is
`amount_json`, which writes the JSON text itself so 19.99 is sent as 19.99, never 19.990000000000002.

Typing rules (`parse_amount` and the keypad `AmountEntry` agree on them):

- digits with at most ONE separator, "." or ",", which is always the decimal separator
  ("12.50" and "12,50" are twelve fifty). Thousands separators are not accepted: "1,234.50" is refused
  with a sentence saying to type 1234.50 — guessing which separator is the decimal one is how a
  1,234 becomes 1.234 on someone else's till.
- the keypad keeps every key typed: a text that breaks these rules is shown as typed and refused with the
  way to type it, never trimmed into a different amount.
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
from typing import TYPE_CHECKING

from pos_app import languages
from pos_app.kupay.currencies import CURRENCIES
from pos_app.wording import QT_TRANSLATE_NOOP

# Babel (CLDR) is imported where it is used: loading it and its locale data takes ~40 ms, which the till's
# first frame (the keypad) does not need.
if TYPE_CHECKING:
    import babel

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
    """An amount the terminal will not charge. `str(error)` is one sentence for the cashier (a Sentence the
    UI shows in the shop's language)."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


@functools.cache
def minor_units(currency: str) -> int:
    """Decimals of a KuPay currency, from Babel's CLDR data (JPY and KRW: 0, the others: 2)."""
    import babel.numbers

    code = _check_currency(currency)
    return int(babel.numbers.get_currency_precision(code))


def _check_currency(currency: object) -> str:
    code = currency.strip().upper() if isinstance(currency, str) else ""
    if code not in CURRENCIES:
        raise AmountError(
            QT_TRANSLATE_NOOP(
                "Amount", "KuPay does not accept the currency {currency}. Pick another currency."
            ).format(currency=repr(str(currency)[:10]))
        )
    return code


def _quantum(currency: str) -> Decimal:
    return Decimal(1).scaleb(-minor_units(currency))


def _example(currency: str) -> str:
    return "1200" if minor_units(currency) == 0 else "12.50"


_MORE_THAN_ZERO = QT_TRANSLATE_NOOP("Amount", "The amount must be more than zero.")


def _digits_only(example: str) -> AmountError:
    return AmountError(
        QT_TRANSLATE_NOOP("Amount", "Type the amount as digits only, e.g. {example}.").format(example=example)
    )


def _no_separators(code: str, plain: str) -> AmountError:
    return AmountError(
        QT_TRANSLATE_NOOP("Amount", "{currency_name} has no decimals or separators: type {amount}.").format(
            currency_name=_currency_name(code), amount=plain
        )
    )


def _currency_name(code: str) -> str:
    """ "Japanese Yen", "yen japonés": how the refusals name a currency (CLDR, in the shop's language)."""
    import babel.numbers

    try:
        return str(babel.numbers.get_currency_name(code, locale=_default_locale()))
    except (ValueError, TypeError, babel.UnknownLocaleError):
        return str(babel.numbers.get_currency_name(code, locale="en_US"))


# Thousands grouping as people write it: 1,234,567.50 (English) or 1.234.567,50 (German and others).
_GROUPED = {
    ",": re.compile(r"(?P<int>[0-9]{1,3}(?:,[0-9]{3})+)(?:\.(?P<frac>[0-9]+))?", re.ASCII),
    ".": re.compile(r"(?P<int>[0-9]{1,3}(?:\.[0-9]{3})+)(?:,(?P<frac>[0-9]+))?", re.ASCII),
}


def _without_grouping(text: str) -> str | None:
    """ "1,234.50" -> "1234.50", "1.234" -> "1234": the plain form of a grouped number, for a hint only."""
    for group_sep, pattern in _GROUPED.items():
        match = pattern.fullmatch(text)
        if match:
            plain = match.group("int").replace(group_sep, "")
            return f"{plain}.{match.group('frac')}" if match.group("frac") else plain
    return None


def read_amount(text: str, currency: str) -> Decimal:
    """What a typed text means as a number in `currency` (zero allowed, no limits checked).

    Raises AmountError with a sentence saying what is wrong and how to type it instead. Nothing is
    guessed: a text with two separators is refused even where one reading is likely, and the hint shows
    the plain way to type it ("Use one separator: type 1234.50.").
    """
    code = _check_currency(currency)
    units = minor_units(code)
    example = _example(code)
    if not isinstance(text, str):
        raise AmountError(QT_TRANSLATE_NOOP("Amount", "Type an amount."))
    cleaned = text.translate(_FULL_WIDTH).strip()
    if not cleaned:
        raise AmountError(QT_TRANSLATE_NOOP("Amount", "Type an amount."))
    if len(cleaned) > _MAX_TEXT_LENGTH:
        raise AmountError(
            QT_TRANSLATE_NOOP("Amount", "That amount is too long. Type it as digits, e.g. {example}.").format(
                example=example
            )
        )
    if cleaned.startswith(_MINUS_SIGNS):
        raise AmountError(_MORE_THAN_ZERO)
    separators = len(re.findall(r"[.,]", cleaned))
    match = _AMOUNT_RE.fullmatch(cleaned)
    if match is None:
        if separators > 1 and re.fullmatch(r"[0-9.,]+", cleaned, re.ASCII):
            plain = _without_grouping(cleaned)
            if units == 0:
                if plain and "." not in plain:
                    raise _no_separators(code, plain)
                raise AmountError(
                    QT_TRANSLATE_NOOP(
                        "Amount", "{currency_name} has no decimals or separators: type e.g. {example}."
                    ).format(currency_name=_currency_name(code), example=example)
                )
            if plain:
                raise AmountError(
                    QT_TRANSLATE_NOOP("Amount", "Use one separator, for the decimals: type {amount}.").format(
                        amount=plain
                    )
                )
            raise AmountError(
                QT_TRANSLATE_NOOP("Amount", "Use one separator, for the decimals: type e.g. 1234.50.")
            )
        raise _digits_only(example)
    integer, sep, frac = match.group("int"), match.group("sep"), match.group("frac") or ""
    if not integer and not frac and not (sep and units):
        raise _digits_only(example)  # (a lone "." in dollars is the start of ".50": zero so far, not junk)
    if sep and units == 0:
        plain = _without_grouping(cleaned)
        if plain:  # "1,234" or "1.234" in yen: a thousands separator, or decimals yen does not have
            raise _no_separators(code, plain)
        raise AmountError(
            QT_TRANSLATE_NOOP(
                "Amount", "{currency_name} has no decimals: type whole amounts, e.g. {example}."
            ).format(currency_name=_currency_name(code), example=example)
        )
    if len(frac) > units:
        plain = _without_grouping(cleaned)
        if plain:  # "1,234" in dollars: 1234 with a thousands separator, or 1.234?
            raise AmountError(
                QT_TRANSLATE_NOOP(
                    "Amount", "Type {amount} without a separator, or use at most {decimals} decimals."
                ).format(amount=plain, decimals=units)
            )
        raise AmountError(
            QT_TRANSLATE_NOOP(
                "Amount", "{currency} amounts have at most {decimals} decimals: type e.g. {example}."
            ).format(currency=code, decimals=units, example=example)
        )
    if len(integer.lstrip("0")) > MAX_INTEGER_DIGITS:
        raise AmountError(
            QT_TRANSLATE_NOOP("Amount", "That amount is too large. Check it, e.g. {example}.").format(
                example=example
            )
        )
    return Decimal(f"{integer or '0'}.{frac or '0'}").quantize(_quantum(code))


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
    value = read_amount(text, currency)
    check_limits(value, currency, minimum=minimum, maximum=maximum)
    return value


def check_limits(
    value: Decimal, currency: str, *, minimum: Decimal | None = None, maximum: Decimal | None = None
) -> None:
    """Raise AmountError unless 0 < minimum <= value <= maximum (defaults: anything above zero, DEFAULT_MAXIMUM)."""
    code = _check_currency(currency)
    if value <= 0:
        raise AmountError(_MORE_THAN_ZERO)
    if minimum is not None and value < minimum:
        raise AmountError(
            QT_TRANSLATE_NOOP("Amount", "The amount must be at least {amount}.").format(
                amount=format_amount(minimum, code)
            )
        )
    top = DEFAULT_MAXIMUM if maximum is None else maximum
    if value > top:
        raise AmountError(
            QT_TRANSLATE_NOOP(
                "Amount", "The amount is over this terminal's limit of {amount}. Check the amount."
            ).format(amount=format_amount(top, code))
        )


def decimal_separator() -> str:
    """The decimal separator amounts are written with here ("," in German, "." in Japanese)."""
    import babel.numbers

    try:
        return str(babel.numbers.get_decimal_symbol(_default_locale()))
    except (ValueError, TypeError, babel.UnknownLocaleError):
        return "."


def _default_locale() -> str:
    chosen = languages.chosen_locale()
    if chosen:
        return chosen
    import babel

    found = babel.default_locale("LC_NUMERIC")
    # Babel maps the C/POSIX locale of a bare system to en_US_POSIX, which prints "$ 1234.50".
    if not found or found.startswith("en_US_POSIX"):
        return "en_US"
    return found


def format_amount(amount: Decimal, currency: str, locale: str | babel.Locale | None = None) -> str:
    """The amount as a customer reads it: symbol, grouping and decimals of the locale ("$1,234.50", "¥1,200").

    `locale` defaults to the locale of the shop's language (languages.use_locale), else the system's numeric
    locale (or en_US); an unknown locale falls back to en_US.
    """
    import babel.numbers

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
        raise AmountError(QT_TRANSLATE_NOOP("Amount", "The amount is not a number. Type it again."))
    try:
        exact = value.quantize(_quantum(code))
    except InvalidOperation:
        raise AmountError(QT_TRANSLATE_NOOP("Amount", "That amount is too large. Check it.")) from None
    if exact != value:
        raise AmountError(
            QT_TRANSLATE_NOOP(
                "Amount", "{currency} amounts have at most {decimals} decimals. Type the amount again."
            ).format(currency=code, decimals=minor_units(code))
        )
    text = format(exact, "f")
    return text[1:] if text.startswith("-") and exact == 0 else text  # never "-0.00"


class AmountEntry:
    """The sale screen's keypad buffer: keys in, display text, chargeable value and a cashier sentence out.

    Pure Python so the rules are tested without a window. No key is dropped: the text keeps what was
    typed ("1,234.50", "1234.50" in yen), and `error` says why it cannot be charged and how to type it, so
    the amount charged is always the one the cashier sees. Only a key past `MAX_KEYS` is refused (the
    text is already wrong and says so). Limits (zero, minimum, maximum) are reported the same way.

    `cents_first=True` is the card-terminal style: digits fill from the right, typing 1 2 5 0 shows 12.50.
    Once a separator is typed the text is read as typed, so 1 2 . 5 0 is 12.50 in that style too.
    """

    DIGITS = frozenset("0123456789")
    SEPARATORS = frozenset(".,")
    # A minus is kept and refused ("-5" is not a refund: dropped, it charged 5).
    OTHER_KEYS = frozenset("-")
    MAX_KEYS = 32

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
        self._buffer = ""  # the keys typed, separators as typed

    # -- state -------------------------------------------------------------------------------------
    @property
    def currency(self) -> str:
        return self._currency

    @property
    def cents_first(self) -> bool:
        return self._cents_first

    def _fills_from_right(self) -> bool:
        return self._cents_first and self._buffer.isdigit()

    @property
    def text(self) -> str:
        """What was typed ("12,5", "1,234.50"), or in cents-first style the digits placed ("12.50")."""
        if not self._buffer or not self._fills_from_right():
            return self._buffer  # (the empty keypad of the first frame asks Babel nothing)
        units = minor_units(self._currency)
        if units == 0:
            return self._buffer
        digits = self._buffer.lstrip("0").rjust(units + 1, "0")
        return f"{digits[:-units]}.{digits[-units:]}"

    def readable(self) -> bool:
        """True when the text is a number in this currency (limits aside): the display may format it."""
        try:
            read_amount(self.text, self._currency)
        except AmountError:
            return False
        return True

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
        """Apply one key: "0".."9", "." or ",", "-", "back", "clear". Returns False when nothing changed."""
        if key == "clear":
            changed = bool(self._buffer)
            self.clear()
            return changed
        if key == "back":
            if not self._buffer:
                return False
            self._buffer = self._buffer[:-1]
            return True
        if key not in self.DIGITS and key not in self.SEPARATORS and key not in self.OTHER_KEYS:
            return False
        if len(self._buffer) >= self.MAX_KEYS:
            return False
        self._buffer += key
        return True

    def clear(self) -> None:
        self._buffer = ""

    def set_currency(self, currency: str) -> None:
        """Switch currency, keeping the amount; one the new currency cannot take is refused, never cut."""
        code = _check_currency(currency)
        if code == self._currency:
            return
        if self._buffer and self._fills_from_right():
            text = self.text  # the amount in the old currency, e.g. "12.50"
            value = Decimal(text)
            self._currency = code
            if value == value.quantize(_quantum(code)):
                self._buffer = str(int(value.scaleb(minor_units(code))))  # 1200 yen: 1200.00 dollars
            else:
                self._buffer = text  # 12.50 dollars in yen: refused as typed, not cut to 12
            return
        self._currency = code

    def set_cents_first(self, on: bool) -> None:
        """The owner changed the entry style: applies from the next key; an amount typed so far is kept."""
        if on == self._cents_first:
            return
        text = self.text
        self._cents_first = on
        if on and text.isdigit():
            # "12" typed with a decimal point is twelve: as cents-first digits that is 1200.
            self._buffer = text + "0" * minor_units(self._currency)
        else:
            self._buffer = text

    def set_limits(self, minimum: Decimal | None = None, maximum: Decimal | None = None) -> None:
        """Owner-configured minimum and maximum (None: above zero / DEFAULT_MAXIMUM)."""
        self._minimum, self._maximum = minimum, maximum

    def set_amount(self, amount: Decimal | None) -> None:
        """Load an amount into the buffer (e.g. to edit a sale again); None clears."""
        self.clear()
        if amount is None or amount <= 0:
            return
        exact = Decimal(amount_json(amount, self._currency))
        if self._cents_first:
            self._buffer = str(int(exact.scaleb(minor_units(self._currency))))
        else:
            self._buffer = format(exact, "f")

    def __repr__(self) -> str:
        return f"AmountEntry({self._currency!r}, text={self.text!r}, cents_first={self._cents_first})"
