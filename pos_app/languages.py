"""The languages the terminal speaks, and which one a shop gets. Pure Python (no Qt), so it is tested fast.

English is the source language (in the code); the others are `resources/translations/kupay_<code>.qm`.
"pseudo" is a hidden language for developers: every word bracketed and stretched, so clipped layouts and
untranslated text stand out (see README, "Languages").
"""

from __future__ import annotations

import functools
from collections.abc import Iterable

SOURCE_LANGUAGE = "en"
PSEUDO = "pseudo"

# Code -> the language's own name (what the Settings list shows, so anyone can find their language).
LANGUAGES: dict[str, str] = {
    "en": "English",
    "es": "Español",
    "pt_BR": "Português (Brasil)",
    "fr": "Français",
    "de": "Deutsch",
    "ja": "日本語",
}
TRANSLATED = tuple(code for code in LANGUAGES if code != SOURCE_LANGUAGE)

# Where a language alone is named, the region whose number and currency format it gets.
_LIKELY_LOCALE = {"en": "en_US", "es": "es_ES", "pt_BR": "pt_BR", "fr": "fr_FR", "de": "de_DE", "ja": "ja_JP"}


_chosen: tuple[str, str] | None = None  # (language, system locale) the shop's amounts are written for


def use_language_formats(language: str | None, system_locale: str = "") -> None:
    """Write amounts for `language` from now on (None: in the system's numeric locale)."""
    global _chosen
    _chosen = None if language is None else (language, system_locale)
    chosen_locale.cache_clear()


@functools.cache
def chosen_locale() -> str | None:
    """The Babel locale amounts are written in, or None for the system's (worked out when first needed:
    Babel's data costs start-up time)."""
    return None if _chosen is None else display_locale(*_chosen)


class LanguageError(ValueError):
    """A language code we do not ship."""


def _normalised(tag: str) -> str:
    return tag.strip().replace("-", "_")


def shipped_language(tag: str) -> str | None:
    """The shipped language for a BCP 47 / POSIX tag ("pt-BR", "de_AT.UTF-8", "ja"), or None.

    Portuguese of any region gets Brazilian Portuguese: closer to the shop than English.
    """
    base = _normalised(tag).split(".")[0].split("@")[0]
    if not base:
        return None
    if base in LANGUAGES:
        return base
    language = base.split("_")[0].lower()
    if language == "pt":
        return "pt_BR"
    return language if language in LANGUAGES else None


def choose_language(requested: str, system_languages: Iterable[str]) -> str:
    """The language to show: `requested` (the command line or Settings) if given, else the system's first
    preferred language that we ship, else English. Raises LanguageError for a requested code we do not ship.
    """
    if requested.strip():
        if requested.strip() == PSEUDO:
            return PSEUDO
        found = shipped_language(requested)
        if found is None:
            raise LanguageError(requested)
        return found
    for tag in system_languages:
        found = shipped_language(tag)
        if found is not None:
            return found
    return SOURCE_LANGUAGE


def display_locale(language: str, system_locale: str) -> str:
    """The Babel locale amounts are written in: the system's region in the chosen language when CLDR has
    that pair (Spanish in Mexico: es_MX), the system locale itself when it already speaks the language,
    else the language's usual region (es_ES). Pseudo keeps the system's format.
    """
    system = _normalised(system_locale).split(".")[0].split("@")[0]
    if system in ("C", "POSIX"):  # a bare system: no region to follow
        system = ""
    if language == PSEUDO:
        return system or "en_US"
    if system and shipped_language(system) == language:
        return system
    territory = system.split("_")[1] if "_" in system else ""
    base = language.split("_")[0]
    if territory and not language.count("_"):
        import babel.localedata

        candidate = f"{base}_{territory}"
        if babel.localedata.exists(candidate):
            return candidate
    return _LIKELY_LOCALE.get(language, "en_US")
