"""What a typed amount means to a person — the oracle for the keypad's property tests.

Written from how people write numbers, not from pos_app.money: keystrokes are replayed the way a person
watching the keys would (Backspace removes the last key, Clear empties), then every common reading of the
text is listed: "." as the decimal point with "," grouping thousands (1,234.50), and the reverse
(1.234,50). A text with more than one reading ("1,234": 1234 or 1.234?) has no single meaning, and a till
that charges it has guessed.
"""

from __future__ import annotations

from decimal import Decimal


def typed_text(keys: list[str]) -> str:
    text = ""
    for key in keys:
        if key == "back":
            text = text[:-1]
        elif key == "clear":
            text = ""
        else:
            text += key
    return text


def readings(text: str) -> set[Decimal]:
    """Every amount a person could read in a text of digits, "." and ","."""
    found: set[Decimal] = set()
    for point, grouping in ((".", ","), (",", ".")):
        parts = text.split(point)
        if len(parts) > 2:
            continue
        whole, fraction = parts[0], (parts[1] if len(parts) == 2 else "")
        if grouping in fraction:
            continue
        groups = whole.split(grouping)
        if len(groups) > 1 and (not 1 <= len(groups[0]) <= 3 or any(len(g) != 3 for g in groups[1:])):
            continue  # "12,50" is not thousands grouping
        digits = "".join(groups)
        if not digits and not fraction:
            continue
        found.add(Decimal(f"{digits or '0'}.{fraction or '0'}"))
    return found


def meanings(keys: list[str], decimals: int, *, cents_first: bool = False) -> set[Decimal]:
    """The amounts the keys mean to a person. Cents first (card terminals): digits alone count cents."""
    text = typed_text(keys)
    if cents_first and text and "." not in text and "," not in text:
        return {Decimal(int(text)).scaleb(-decimals)}
    return readings(text)


def plainly_meant(keys: list[str], decimals: int, *, cents_first: bool = False) -> Decimal | None:
    """The amount of a text nobody could misread — digits with at most one point and no more decimals than
    the currency has (no 3-digit group after it) — else None. A till must charge these."""
    text = typed_text(keys)
    if cents_first and "." not in text and "," not in text:
        return Decimal(int(text)).scaleb(-decimals) if text else None
    whole, point, fraction = text.replace(",", ".").partition(".")
    if not (whole + fraction) or "." in fraction or (point and decimals == 0) or len(fraction) > decimals:
        return None
    return Decimal(f"{whole or '0'}.{fraction or '0'}")
