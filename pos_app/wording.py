"""Sentences the Qt-free core says to people, kept translatable without importing Qt.

The core writes English templates with named placeholders, marked for `pyside6-lupdate`:

    QT_TRANSLATE_NOOP("Amount", "Type the amount as digits only, e.g. {example}.").format(example="12.50")

The result is a `Sentence`: a `str` holding the English text (so logs, the command line and every existing
caller read plain English) that also remembers its context, template and values, so the UI can show it in
the shop's language (`pos_app.ui.i18n.say`). Placeholders are `{name}`, never f-strings: a translation may
move them around, and a wrong one can never crash the till.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


class Sentence(str):
    """English text that also carries its translation key: `context`, `template` and `values`."""

    context: str
    template: str
    values: dict[str, Any]

    def __new__(cls, context: str, template: str, values: dict[str, Any] | None = None) -> Sentence:
        self = super().__new__(cls, template.format(**values) if values else template)
        self.context = context
        self.template = template
        self.values = dict(values or {})
        return self

    def __str__(self) -> str:  # str(exception) keeps the Sentence, so the UI can still translate it
        return self

    def format(self, *args: object, **values: Any) -> Sentence:  # type: ignore[override]
        """The template filled in with named values (positional ones are refused: translators reorder)."""
        if args:
            raise TypeError("Sentence.format takes named placeholders only")
        return Sentence(self.context, self.template, {**self.values, **values})

    def __reduce__(self) -> tuple[Any, ...]:  # pickles and copies as a Sentence, not a plain str
        return (Sentence, (self.context, self.template, self.values))


_translate: Callable[[str], str] = str  # English until the UI says otherwise


def use_translator(translate: Callable[[str], str] | None) -> None:
    """How `spoken()` translates from now on: the UI installs the shop's language (pos_app.ui.i18n)."""
    global _translate
    _translate = translate or str


def spoken(text: str) -> str:
    """`text` in the shop's language, for what the core writes itself for people: the printed receipt and
    the day report. The command line never installs a translator, so it stays English."""
    return _translate(text)


def QT_TRANSLATE_NOOP(context: str, text: str) -> Sentence:  # noqa: N802 (the name lupdate looks for)
    """Mark `text` for translation in `context`: an English Sentence the UI translates when it shows it."""
    return Sentence(context, text)
