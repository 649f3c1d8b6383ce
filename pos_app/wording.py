"""Sentences the Qt-free core says to people, kept translatable without importing Qt.

The core writes English templates with named placeholders, marked for `pyside6-lupdate`:

    QT_TRANSLATE_NOOP("Amount", "Type the amount as digits only, e.g. {example}.").format(example="12.50")

The result is a `Sentence`: a `str` holding the English text (so logs, the command line and every existing
caller read plain English) that also remembers its context, template and values, so the UI can show it in
the shop's language (`pos_app.ui.i18n.say`). Placeholders are `{name}`, never f-strings: a translation may
move them around, and a wrong one can never crash the till.
"""

from __future__ import annotations

import re
import string
from collections.abc import Callable
from typing import Any


class Sentence(str):
    """English text that also carries its translation key: `context`, `template` and `values`."""

    context: str
    template: str
    values: dict[str, Any]
    number: int | None  # for plural forms: the n of "%n sale(s)" (not `count`: str has a count())

    def __new__(
        cls, context: str, template: str, values: dict[str, Any] | None = None, count: int | None = None
    ) -> Sentence:
        english = with_count(template, count)
        self = super().__new__(cls, english.format(**values) if values else english)
        self.context = context
        self.template = template
        self.values = dict(values or {})
        self.number = count
        return self

    def __str__(self) -> str:  # str(exception) keeps the Sentence, so the UI can still translate it
        return self

    def format(self, *args: object, **values: Any) -> Sentence:
        """The template filled in with named values (positional ones are refused: translators reorder)."""
        if args:
            raise TypeError("Sentence.format takes named placeholders only")
        return Sentence(self.context, self.template, {**self.values, **values}, self.number)

    def counted(self, count: int) -> Sentence:
        """The plural sentence for `count` things (see `translate`)."""
        return Sentence(self.context, self.template, self.values, count)

    def __reduce__(self) -> tuple[Any, ...]:  # pickles and copies as a Sentence, not a plain str
        return (Sentence, (self.context, self.template, self.values, self.number))


def with_count(text: str, count: int | None) -> str:
    """ "%n sale(s)" with its count in (%Ln: with the thousands separator, as Qt's English does)."""
    if count is None:
        return text
    return text.replace("%Ln", f"{count:,}").replace("%n", str(count))


_translate: Callable[[str], str] = str  # English until the UI says otherwise


def use_translator(translate: Callable[[str], str] | None) -> None:
    """How `spoken()` translates from now on: the UI installs the shop's language (pos_app.ui.i18n)."""
    global _translate
    _translate = translate or str


def spoken(text: str) -> str:
    """`text` in the shop's language, for what the core writes itself for people: the printed receipt and
    the day report. The command line never installs a translator, so it stays English."""
    return _translate(text)


def QT_TRANSLATE_NOOP(context: str, text: str) -> Sentence:  # the name lupdate looks for
    """Mark `text` for translation in `context`: an English Sentence the UI translates when it shows it."""
    _known.setdefault(text, context)
    return Sentence(context, text)


def translate(context: str, text: str, disambiguation: str, count: int) -> Sentence:
    """Mark a sentence with plural forms: `translate("ShopQueue", "%Ln sale(s) waiting", "", -1).counted(n)`.

    The UI shows "1 sale waiting" / "3 sales waiting" (English plurals come from kupay_en.qm); the core's
    own English (command line, logs) reads "3 sale(s) waiting". The name, the four arguments and the literal
    -1 are what lupdate needs to see a plural (it ignores a count that is a variable): the count comes with
    `.counted()`.
    """
    return Sentence(context, text, count=None if count < 0 else count)


# Every template marked so far (template -> context), for reading stored English back as a Sentence.
_known: dict[str, str] = {}
_patterns: list[tuple[re.Pattern[str], str, str]] = []
_compiled_for = [0]  # how many templates _patterns was built from


def _pattern(template: str) -> re.Pattern[str]:
    """ "Sale {order} failed." -> ^Sale\\ (?P<order>.+?)\\ failed\\.$ (a name used twice must match twice)."""
    parts: list[str] = []
    seen: set[str] = set()
    for literal, name, _spec, _conversion in string.Formatter().parse(template):
        parts.append(re.escape(literal))
        if name is not None:
            parts.append(f"(?P={name})" if name in seen else f"(?P<{name}>.+?)")
            seen.add(name)
    return re.compile("".join(parts), re.DOTALL)


def recognise(text: str) -> str:
    """Stored English text (a journal note) as the Sentence it was written from, so the UI can show it in
    the shop's language; text that matches no marked template is returned as it is (it is shown as stored).

    The most specific template wins (the most fixed words); a value is itself recognised when it is a
    sentence too ("{problem} ({detail})"). Only templates marked before the call are known: the modules
    that write the text must be imported.
    """
    if isinstance(text, Sentence) or not text:
        return text
    if _compiled_for[0] != len(_known):
        _compiled_for[0] = len(_known)
        # A template of placeholders alone ("{amount}") would match anything, itself included.
        by_words = sorted(_known, key=lambda t: len(_FIELD.sub("", t).strip()), reverse=True)
        _patterns[:] = [(_pattern(t), _known[t], t) for t in by_words if _FIELD.sub("", t).strip()]
    for pattern, context, template in _patterns:
        match = pattern.fullmatch(text)
        if match is not None:
            values = {name: recognise(value) for name, value in match.groupdict().items()}
            return Sentence(context, template, values)
    return text


_FIELD = re.compile(r"\{[^{}]*\}")
