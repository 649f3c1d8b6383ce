"""The shop's language on screen: Qt translators for our words and Qt's own, the pseudo language, and
`say()` for the core's sentences.

Our words are `resources/translations/kupay_<code>.qm` (compiled from the .ts files by
`python packaging/translations.py`); Qt's standard buttons and dialogs come from Qt's own `qtbase_<code>.qm`.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from pos_app.languages import PSEUDO, SOURCE_LANGUAGE, shipped_language, use_language_formats
from pos_app.resources import resource_path
from pos_app.wording import Sentence, use_translator, with_count

log = logging.getLogger(__name__)

_installed: list[QTranslator] = []  # kept alive: Qt does not own an installed translator


def translations_dir() -> str:
    return str(resource_path("translations"))


# What pseudo-localisation leaves alone: {placeholders}, %n / %1, and the & of a mnemonic's letter.
_KEEP = re.compile(r"\{[a-z_0-9]*\}|%L?n|%L?\d|&&|&")
_ACCENTED = str.maketrans(
    "AaCcDdEeGgHhIiKkLlNnOoRrSsTtUuWwYyZz",
    "ÅåÇçĐđÉéĜĝĤĥÎîĶķĹĺÑñÖöŔŕŠšŢţÛûŴŵÝýŽž",
)
PSEUDO_OPEN, PSEUDO_CLOSE = "[", "]"


def pseudo_text(text: str) -> str:
    """ "Charge {amount}" -> "[Çĥåŕĝé {amount}~~~~]": accented, bracketed, ~40 % longer, placeholders kept."""
    if not text.strip():
        return text
    parts: list[str] = []
    last = 0
    for match in _KEEP.finditer(text):
        parts.append(text[last : match.start()].translate(_ACCENTED))
        parts.append(match.group(0))
        last = match.end()
    parts.append(text[last:].translate(_ACCENTED))
    body = "".join(parts)
    padding = "~" * max(1, round(len(text) * 0.4) - 2)
    return f"{PSEUDO_OPEN}{body}{padding}{PSEUDO_CLOSE}"


class PseudoTranslator(QTranslator):
    """Translates every string, ours and Qt's, into `pseudo_text`."""

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        return pseudo_text(source)

    def isEmpty(self) -> bool:
        return False


def reset_translators() -> None:
    app = QCoreApplication.instance()
    for translator in _installed:
        if app is not None:
            app.removeTranslator(translator)
    _installed.clear()


def reset_language() -> None:
    """Back to English and the system's formats (what the tests' windows get)."""
    reset_translators()
    use_language_formats(None)
    use_translator(None)
    QLocale.setDefault(QLocale.system())
    _install_english_plurals()


def _install_english_plurals() -> None:
    """English is written in the code, except its plural forms ("1 sale", "2 sales"): kupay_en.qm."""
    app = QCoreApplication.instance()
    english = QTranslator()
    if app is not None and english.load(f"kupay_{SOURCE_LANGUAGE}", translations_dir()):
        _installed.append(english)
        app.installTranslator(english)


def install_language(language: str, system_locale: str | None = None) -> None:
    """Show the UI in `language` (a code from pos_app.languages, or "pseudo") from now on.

    Widgets built after this call speak the language; amounts are formatted in its locale.
    """
    reset_translators()
    app = QCoreApplication.instance()
    system = system_locale if system_locale is not None else QLocale.system().name()
    use_language_formats(language, system)
    use_translator(say)  # receipts and the day report, written by the Qt-free core
    # Qt's own numbers and dates (spin boxes): the language in the system's region, as Babel's amounts.
    if language == PSEUDO or shipped_language(system) == language:
        QLocale.setDefault(QLocale(system))
    else:
        QLocale.setDefault(QLocale(f"{language.split('_')[0]}_{system.partition('_')[2] or 'ZZ'}"))
    if language == SOURCE_LANGUAGE:
        _install_english_plurals()
        return
    if language == PSEUDO:
        _installed.append(PseudoTranslator())
    else:
        ours = QTranslator()
        if not ours.load(f"kupay_{language}", translations_dir()):
            log.warning("no translation kupay_%s.qm in %s; showing English", language, translations_dir())
        else:
            _installed.append(ours)
        qt = QTranslator()
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt.load(f"qtbase_{language}", qt_dir):
            _installed.append(qt)
        else:
            log.info("Qt's own qtbase_%s.qm not found in %s", language, qt_dir)
    if app is not None:
        for translator in _installed:
            app.installTranslator(translator)


# In English on purpose: a till without a Japanese font cannot show this sentence in Japanese.
NO_JAPANESE_FONT = (
    "No font with Japanese characters is installed, so Japanese words show as empty boxes. Install one "
    "(Debian and Ubuntu: sudo apt-get install fonts-noto-cjk) and restart KuPay POS."
)


def missing_font_sentence(language: str, families: list[str] | None = None) -> str | None:
    """A sentence for the owner when the language's script has no font here (Japanese on a bare Linux)."""
    if language != "ja":
        return None
    if families is None:
        from PySide6.QtGui import QFontDatabase

        families = QFontDatabase.families(QFontDatabase.WritingSystem.Japanese)
    return None if families else NO_JAPANESE_FONT


def say(text: str) -> str:
    """A sentence from the core in the shop's language; any other text is returned as it is.

    A translation whose placeholders do not match the English ones falls back to English rather than
    failing in front of the customer.
    """
    return _render(text, lambda context, source, n: QCoreApplication.translate(context, source, None, n))


def _render(text: str, translate: Callable[[str, str, int], str]) -> str:
    if not isinstance(text, Sentence):
        return text
    count = -1 if text.number is None else text.number
    template = with_count(translate(text.context, text.template, count) or text.template, text.number)
    if not text.values:
        return template
    # A value that is itself a sentence ("the smallest sale") is translated too.
    values = {name: _render(value, translate) for name, value in text.values.items()}
    try:
        return template.format(**values)
    except (KeyError, IndexError, ValueError):
        log.warning("translation of %r has broken placeholders; showing English", text.template)
        return text.template.format(**values)


class Voice:
    """Words in a language other than the till's, for one part of the screen: the customer display of a
    tourist shop. `Voice("")` speaks the till's language."""

    def __init__(self, language: str = "") -> None:
        self.language = language
        self._translator: QTranslator | None = None
        if language and language not in (PSEUDO, SOURCE_LANGUAGE):
            translator = QTranslator()
            if translator.load(f"kupay_{language}", translations_dir()):
                self._translator = translator
            else:
                log.warning("no translation kupay_%s.qm; the customer display speaks English", language)

    def _translate(self, context: str, source: str, n: int = -1) -> str:
        if not self.language:
            return QCoreApplication.translate(context, source, None, n)
        if self.language == PSEUDO:
            return pseudo_text(source)
        if self._translator is None:
            return source
        return self._translator.translate(context, source, None, n) or source

    def say(self, text: str) -> str:
        return _render(text, self._translate)
