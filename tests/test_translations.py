"""The terminal speaks the shop's language: the shipped translations are complete and safe, the code keeps
every word translatable, and the screens change language."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import pytest

from pos_app.languages import SOURCE_LANGUAGE, TRANSLATED, LanguageError, choose_language, display_locale

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
PLACEHOLDER = re.compile(r"\{[^{}]*\}")
COUNT = re.compile(r"%L?n")  # the count in a plural: "%n sales", "%Ln sales" (with grouping)
TRANSLATING_CALLS = {"tr", "translate", "QT_TRANSLATE_NOOP"}


def messages(language: str) -> list[tuple[str, ET.Element]]:
    root = ET.parse(TRANSLATIONS / f"kupay_{language}.ts").getroot()
    return [(ctx.findtext("name") or "", msg) for ctx in root.iter("context") for msg in ctx.iter("message")]


def translations_of(message: ET.Element) -> list[str]:
    tr = message.find("translation")
    assert tr is not None
    forms = [f.text or "" for f in tr.iter("numerusform")]
    return forms if message.get("numerus") == "yes" else [tr.text or ""]


@pytest.mark.parametrize("language", (SOURCE_LANGUAGE, *TRANSLATED))  # English: its plural forms
def test_every_shipped_language_is_complete(language):
    found = messages(language)
    assert found, "no strings at all: lupdate found nothing"
    for context, message in found:
        source = message.findtext("source")
        tr = message.find("translation")
        assert tr is not None
        assert tr.get("type") not in ("unfinished", "obsolete", "vanished"), f"{context}: {source!r}"
        assert all(text.strip() for text in translations_of(message)), f"{context}: {source!r} is empty"


@pytest.mark.parametrize("language", (SOURCE_LANGUAGE, *TRANSLATED))
def test_placeholders_are_the_same_in_source_and_translation(language):
    for context, message in messages(language):
        source = message.findtext("source") or ""
        for text in translations_of(message):
            assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source)), (
                f"{language} {context}: {source!r} -> {text!r}"
            )
            count = COUNT.findall(source)
            assert COUNT.findall(text) == count, f"{language} {context}: {source!r} -> {text!r}"
            if count:
                assert message.get("numerus") == "yes", f"{source!r} is not extracted as a plural"


def test_translations_are_up_to_date_with_the_code():
    """lupdate finds nothing new, nothing gone, and every .qm is compiled from its .ts (as in CI)."""
    done = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "translations.py"), "--check"],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr


def _translatable_calls():
    for path in sorted((ROOT / "pos_app").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call):
                func = node.func
                name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
                owner = getattr(func.value, "id", "") if isinstance(func, ast.Attribute) else ""
                if name == "translate" and owner not in ("QCoreApplication", "QApplication"):
                    continue  # str.translate(table)
                if name in TRANSLATING_CALLS and node.args:
                    yield path.relative_to(ROOT), node, name


def _extracted_sources() -> set[str]:
    return {message.findtext("source") or "" for _, message in messages(TRANSLATED[0])}


def test_translatable_strings_are_plain_literals_that_lupdate_extracts():
    """No f-string or computed text inside tr()/translate()/QT_TRANSLATE_NOOP: lupdate cannot see it, and a
    translation of an f-string can never be found. Every literal must be in the .ts files."""
    extracted = _extracted_sources()
    seen = 0
    for path, node, name in _translatable_calls():
        text_arg = node.args[1] if name in ("translate", "QT_TRANSLATE_NOOP") else node.args[0]
        where = f"{path}:{node.lineno}"
        if name == "translate" and not isinstance(node.args[0], ast.Constant):
            continue  # QCoreApplication.translate(context, variable) in i18n.say: a Sentence, checked there
        assert not isinstance(text_arg, ast.JoinedStr), f"{where}: an f-string inside {name}()"
        assert isinstance(text_arg, ast.Constant) and isinstance(text_arg.value, str), (
            f"{where}: {name}() needs a literal string (use {{name}} placeholders and .format())"
        )
        assert text_arg.value in extracted, f"{where}: {text_arg.value!r} is not in the .ts files"
        seen += 1
    assert seen > 20


def test_plurals_use_percent_n_and_a_count():
    for path, node, name in _translatable_calls():
        if name == "tr" and len(node.args) >= 3:
            text = node.args[0]
            assert isinstance(text, ast.Constant) and COUNT.search(text.value), f"{path}:{node.lineno}"


def _checked_terms() -> list[dict[str, str]]:
    text = (TRANSLATIONS / "GLOSSARY.md").read_text(encoding="utf-8")
    table = text.split("## Checked terms", 1)[1].split("##", 1)[0]
    rows = [
        [cell.strip() for cell in line.strip("|").split("|")] for line in table.splitlines() if "|" in line
    ]
    header, body = rows[0], [row for row in rows[2:]]
    return [dict(zip(header, row, strict=True)) for row in body]


@pytest.mark.parametrize("language", TRANSLATED)
def test_glossary_terms_are_used_consistently(language):
    terms = _checked_terms()
    assert terms and all(language in term for term in terms)
    for term in terms:
        word = re.compile(rf"\b{re.escape(term['English'])}\b", re.IGNORECASE)
        for context, message in messages(language):
            if word.search(message.findtext("source") or ""):
                for text in translations_of(message):
                    assert term[language].lower() in text.lower(), (
                        f"{language} {context}: {message.findtext('source')!r} -> {text!r} lacks {term[language]!r}"
                    )


# --- which language -----------------------------------------------------------------------------------


def test_language_follows_the_computer_unless_the_shop_chose_one():
    assert choose_language("", ["de-AT", "en-US"]) == "de"
    assert choose_language("", ["en-GB", "de-DE"]) == "en"
    assert choose_language("", ["pt-PT"]) == "pt_BR"  # Portuguese of any region: closer than English
    assert choose_language("", ["nl-NL", "fr-BE"]) == "fr"
    assert choose_language("", ["nl-NL"]) == "en"
    assert choose_language("ja", ["de-DE"]) == "ja"
    assert choose_language("pt-BR", []) == "pt_BR"
    with pytest.raises(LanguageError):
        choose_language("xx", ["de-DE"])


def test_amounts_follow_the_language_in_the_shops_region():
    assert display_locale("es", "es_MX.UTF-8") == "es_MX"
    assert display_locale("es", "en_US") == "es_US"  # Spanish in the United States: CLDR has it
    assert display_locale("de", "en_US") == "de_DE"  # no German-in-the-US format: Germany's
    assert display_locale("ja", "C") == "ja_JP"
    assert display_locale("en", "de_DE") == "en_DE"
    assert display_locale("pseudo", "C") == "en_US"  # not the POSIX locale's "$ 12.50"


def test_unknown_language_on_the_command_line_is_refused_in_one_sentence():
    done = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--language", "xx"], capture_output=True, text=True
    )
    assert done.returncode == 2
    assert "does not speak 'xx'" in done.stderr and "pt_BR" in done.stderr
    assert "Traceback" not in done.stderr


def test_settings_keep_the_shops_language_and_drop_an_unknown_one(tmp_path):
    from pos_app.settings import Settings, load_settings, save_settings

    path = tmp_path / "settings.json"
    save_settings(Settings(language="pt_BR"), path)
    assert load_settings(path)[0].language == "pt_BR"
    path.write_text('{"language": "klingon"}', encoding="utf-8")
    settings, warning = load_settings(path)
    assert settings.language == "" and "language" in (warning or "")


# --- on screen ----------------------------------------------------------------------------------------


def _sale_screen(qtbot):
    from pos_app.ui.sale_screen import SaleScreen

    screen = SaleScreen("USD")
    screen.set_blocked(None)
    qtbot.addWidget(screen)
    return screen


def test_the_sale_screen_speaks_the_chosen_language(qtbot, language):
    language("es", "es_ES")
    screen = _sale_screen(qtbot)
    assert screen.charge_button.text() == "Cobrar"
    for key in "12,5":
        screen.press(key)
    assert screen.charge_button.text() == "Cobrar 12,50\xa0US$"  # words and the regional format
    for key in "123":
        screen.press(key)
    assert screen.reason.text().startswith(
        "Los importes en USD tienen como máximo 2 decimales"
    )  # the core too

    language("de", "de_DE")
    german = _sale_screen(qtbot)
    assert german.charge_button.text() == "Kassieren"
    assert german.email.placeholderText() == "E-Mail des Kunden (optional)"

    language("ja", "ja_JP")
    assert _sale_screen(qtbot).charge_button.text() == "会計"


def test_qt_standard_buttons_speak_the_language_too(qtbot, language):
    from PySide6.QtWidgets import QDialogButtonBox

    language("de", "de_DE")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Abbrechen"


def test_pseudo_language_brackets_and_stretches_every_string(qtbot, language):
    from pos_app.ui.i18n import pseudo_text

    stretched = pseudo_text("Charge {amount}")
    assert stretched.startswith("[") and stretched.endswith("]") and "{amount}" in stretched
    assert len(stretched) >= len("Charge {amount}") * 1.4
    assert "%n" in pseudo_text("%n sales") and "&" in pseudo_text("&Save")
    language("pseudo")
    screen = _sale_screen(qtbot)
    assert screen.charge_button.text() == pseudo_text("Charge")
    for key in "12,5":
        screen.press(key)
    assert screen.charge_button.text().startswith("[") and "12.50" in screen.charge_button.text()


def test_a_japanese_font_is_there_for_japanese_words(qapp):
    """Qt draws Japanese with whatever font fontconfig offers; without one, a Japanese till shows boxes."""
    from PySide6.QtGui import QFontDatabase

    assert QFontDatabase.families(QFontDatabase.WritingSystem.Japanese), (
        "no font with Japanese glyphs: install fonts-noto-cjk (packaging/linux/system-deps.sh)"
    )


def test_owner_picks_the_language_in_settings_and_the_next_start_uses_it(qtbot, tasks, pos_home):
    from keyring_memory import MemoryKeyring, installed

    from pos_app.credentials import CredentialStore
    from pos_app.settings import Settings, load_settings
    from pos_app.ui.settings_dialog import SettingsDialog

    with installed(MemoryKeyring()):
        dialog = SettingsDialog(Settings(), CredentialStore(), tasks)
        qtbot.addWidget(dialog)
        names = [dialog.language.itemText(i) for i in range(dialog.language.count())]
        assert names[1:] == ["English", "Español", "Português (Brasil)", "Français", "Deutsch", "日本語"]
        assert dialog.language.currentData() == ""  # the computer's language until the owner picks one
        dialog.language.setCurrentIndex(dialog.language.findText("Français"))
        with qtbot.waitSignal(dialog.accepted, timeout=5000):
            dialog.save_button.click()
        assert load_settings()[0].language == "fr"
        reopened = SettingsDialog(load_settings()[0], CredentialStore(), tasks)
        qtbot.addWidget(reopened)
        assert reopened.language.currentText() == "Français"


def test_the_customer_display_can_speak_another_language_than_the_till(qtbot, language):
    """A tourist shop: the cashier reads Spanish, the customer English or Japanese."""
    from pos_app.customer import DEFAULT_WELCOME, PAY_LINE, CustomerFace, Face, customer_settings_from_json
    from pos_app.ui.customer_view import CustomerView

    language("es", "es_ES")
    view = CustomerView()
    qtbot.addWidget(view)
    view.set_shop("", DEFAULT_WELCOME)
    assert (view.title.text(), view.line.text()) == ("Bienvenido", "Aquí aparecerá su total")
    view.set_language("en")
    assert (view.title.text(), view.line.text()) == ("Welcome", "Your total will appear here")
    view.set_face(CustomerFace(Face.PAY, PAY_LINE, "12,50 US$", "https://pay.example/p/1"))
    assert view.line.text() == "Scan with your crypto wallet to pay"
    view.set_language("ja")
    assert view.line.text() == "暗号資産ウォレットでスキャンしてお支払いください"
    assert view.amount.text() == "12,50 US$"  # amounts keep the shop's regional format
    view.set_language("")  # back to the till's language
    assert view.line.text() == "Escanee con su billetera cripto para pagar"
    view.set_shop("Café Sol", "Hola, bienvenidos")  # a line the owner typed is shown as typed
    view.set_face(CustomerFace(Face.IDLE))
    assert view.line.text() == "Hola, bienvenidos"

    settings, bad = customer_settings_from_json({"language": "ja", "welcome": "Your total will appear here"})
    assert settings.language == "ja" and settings.welcome is DEFAULT_WELCOME and not bad
    assert customer_settings_from_json({"language": "xx"})[1] == ["customer.language"]


def test_plural_forms_follow_each_language(qapp, language):
    from PySide6.QtCore import QCoreApplication

    def sales(n: int) -> str:
        return QCoreApplication.translate("HistoryWindow", "%Ln sale(s)", "", n)

    language("en", "en_US")
    assert (sales(1), sales(1234)) == ("1 sale", "1,234 sales")
    language("de", "de_DE")
    assert (sales(1), sales(1234)) == ("1 Verkauf", "1.234 Verkäufe")
    language("fr", "fr_FR")
    assert sales(0) == "0 vente"  # French: zero is singular
    language("ja", "ja_JP")
    assert sales(3) == "3 件"


def test_the_keypad_shows_the_languages_decimal_separator(qtbot, language):
    language("de", "de_DE")
    german = _sale_screen(qtbot)
    german.press("1")
    assert german.keys["."].text() == ","  # and either key types the decimals, as before
    german.press(".")
    german.press("5")
    assert german.display.text() == "1,5\xa0$"
    language("ja", "ja_JP")
    japanese = _sale_screen(qtbot)
    japanese.press("1")
    assert japanese.keys["."].text() == "."


def test_a_translation_with_broken_placeholders_falls_back_to_english(qapp, language):
    """A translator's typo must never crash the till in front of a customer."""
    from PySide6.QtCore import QCoreApplication, QTranslator

    from pos_app.ui.i18n import say
    from pos_app.wording import QT_TRANSLATE_NOOP

    class Careless(QTranslator):
        def translate(self, context, source, disambiguation=None, n=-1):
            return "Importe {cantidad}" if context == "Amount" else ""

        def isEmpty(self):
            return False

    careless = Careless()
    QCoreApplication.installTranslator(careless)
    try:
        sentence = QT_TRANSLATE_NOOP("Amount", "The amount must be at least {amount}.").format(amount="$5.00")
        assert say(sentence) == "The amount must be at least $5.00."
    finally:
        QCoreApplication.removeTranslator(careless)


def test_a_japanese_till_without_a_japanese_font_is_told_how_to_fix_it(qapp):
    from pos_app.ui.i18n import missing_font_sentence

    sentence = missing_font_sentence("ja", families=[])
    assert sentence and "fonts-noto-cjk" in sentence  # in English: Japanese could not be shown
    assert missing_font_sentence("ja", families=["Noto Sans CJK JP"]) is None
    assert missing_font_sentence("de", families=[]) is None
    assert missing_font_sentence("ja") is None  # this machine has one (system-deps.sh installs it)


def test_a_stored_english_note_is_read_back_as_its_sentence(language):
    """The journal stores English; `timeline_note` finds the template again (nested sentences too), so the
    owner reads it in French; a note that is no sentence of ours comes back exactly as stored."""
    from decimal import Decimal

    from pos_app.journal import timeline_note
    from pos_app.kupay.models import PaymentState, PaymentStatus
    from pos_app.kupay.status import differs_from_sale
    from pos_app.ui.i18n import say

    status = PaymentStatus("pay-1", PaymentState.PAID, "paid", amount=Decimal("0.01"), currency="JPY")
    stored = str.__str__(differs_from_sale(status, Decimal("499.00"), "USD", "T1-0001"))
    assert type(stored) is str
    assert stored == (
        "KuPay's answer does not match this sale (amount 0.01 instead of 499.00; currency JPY instead of USD)."
    )
    language("fr")
    assert say(timeline_note(stored)) == (
        "La réponse de KuPay ne correspond pas à cette vente "
        "(montant 0.01 au lieu de 499.00 ; devise JPY au lieu de USD)."
    )
    for typed in ("customer left (phone dead)", "{amount}", "", "amount 5 instead of"):
        assert say(timeline_note(typed)) == typed


def test_the_cores_counted_sentences_have_real_plural_forms(qapp, language):
    """Issue #16: "{count} sale(s)" in the core became plural forms: the shop-database line and the day
    report say "1 sale" / "3 sales" on screen, in each language; the command line keeps its plain English."""
    from pos_app.shop.replication import SyncState
    from pos_app.ui.i18n import say

    def waiting(n: int) -> str:
        return say(SyncState(waiting=n, problem="Offline.").sentence())

    assert (
        SyncState(waiting=3, problem="Offline.").sentence()
        == "3 sale(s) waiting — shop database not reachable. Offline."
    )
    language("en", "en_US")
    assert waiting(1).startswith("1 sale waiting —") and waiting(1234).startswith("1,234 sales waiting —")
    language("de", "de_DE")
    assert waiting(1).startswith("1 Verkauf wartet ") and waiting(3).startswith("3 Verkäufe warten ")
    language("fr", "fr_FR")
    assert waiting(1).startswith("1 vente en attente ") and waiting(2).startswith("2 ventes en attente ")


def test_the_all_tills_report_speaks_the_language(language):
    from types import SimpleNamespace

    from pos_app.journal import tally_day
    from pos_app.reports import shop_report_html

    day = tally_day(date(2026, 11, 30), [])
    report = SimpleNamespace(shop=day, tills=[("Bar", day)])
    assert "all tills" in shop_report_html(report)
    language("de", "de_DE")
    german = shop_report_html(report)
    assert "alle Kassen" in german and "Summe des Geschäfts (alle Kassen)" in german
    assert "all tills" not in german
