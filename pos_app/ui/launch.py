"""`python main.py [--demo] [--api-url URL] [--currency CODE] [--fullscreen] [--language CODE]`: open the terminal window.

Start-up order matters for how fast the keypad appears: only Qt, the settings file, the language, the theme
and the sale screen come before the first frame, which shows the keypad (bench/startup.py times it). Once it
is on screen (MainWindow.first_painted) the backend starts on a worker thread (pos_app/startup.py: the
keyring, the journal, the HTTP client, the demo's sandbox), then the flow's screens, the log and the
customer display.
"""

from __future__ import annotations

import argparse
import gc
import re
import sys
from typing import TYPE_CHECKING

from pos_app.wording import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from PySide6.QtCore import QLockFile
    from PySide6.QtGui import QGuiApplication, QIcon

    from pos_app.ui.main_window import MainWindow


def _refuse(sentence: str) -> int:
    print(f"kupay-pos: {sentence}", file=sys.stderr)
    return 2


_COLOUR_LINE = re.compile(r"^\s*(@[a-z][a-z0-9-]*):\s*([^;]+);", re.MULTILINE)
_COLOUR_NAME = re.compile(r"@[a-z][a-z0-9-]*")  # the whole name: @brand-dark is not @brand followed by -dark


def expand_theme(text: str) -> str:
    """Substitute the `@name: value;` colours declared in the theme's header comment into its rules."""
    names = {name: value.strip() for name, value in _COLOUR_LINE.findall(text)}
    # One pass with one pattern (not one pattern per colour: ~1.5 ms of start-up compiling them).
    return _COLOUR_NAME.sub(lambda found: names.get(found.group(0), found.group(0)), text)


def load_theme() -> str:
    from pos_app.resources import resource_path

    try:
        text = resource_path("theme.qss").read_text(encoding="utf-8")
        return expand_theme(text).replace("@resources", resource_path("").as_posix().rstrip("/"))
    except OSError:
        return ""  # a missing theme must not stop the till; Qt's defaults still work


def _start_logging(window: MainWindow) -> None:
    from PySide6.QtCore import QObject, Signal

    from pos_app import logs
    from pos_app.ui.i18n import say

    class _CrashRelay(QObject):
        crashed = Signal(str)  # queued to the UI thread: a crash may happen on a worker

    relay = _CrashRelay(window)
    # A signal carries plain text: the crash sentence is said again in the shop's language.
    relay.crashed.connect(
        lambda sentence: window.notice(
            say(logs.CRASH_SENTENCE) if sentence == logs.CRASH_SENTENCE else sentence, 60000
        )
    )
    logs.setup_logging()
    logs.set_crash_notifier(relay.crashed.emit)


def _tell_missing_font(window: MainWindow, sentence: str | None) -> None:
    if sentence:
        window.notice(sentence)


def _app_icon() -> QIcon:
    from PySide6.QtGui import QIcon

    from pos_app.resources import resource_path

    icon = QIcon()
    for name in ("icons/kupay-pos-256.png", "icons/kupay-pos.png"):
        icon.addFile(str(resource_path(name)))
    return icon


ALREADY_OPEN = QT_TRANSLATE_NOOP(
    "Launch",
    "KuPay POS is already open on this computer. Use the window that is already open "
    "(one till per data folder, so two windows never hand out the same order number).",
)


def claim_data_folder() -> QLockFile | None:
    """Hold the data folder for this process (a lock file the OS frees if the till crashes), or None when
    another KuPay POS holds it. Keep the returned object alive for the whole run."""
    from PySide6.QtCore import QLockFile

    from pos_app import paths

    folder = paths.data_dir()
    folder.mkdir(parents=True, exist_ok=True)
    lock = QLockFile(str(folder / "terminal.lock"))
    return lock if lock.tryLock(0) else None


def _refuse_second_terminal(app: QGuiApplication) -> int:
    from PySide6.QtWidgets import QMessageBox

    from pos_app.ui.i18n import say

    sentence = say(ALREADY_OPEN)
    if app.platformName() != "offscreen":
        QMessageBox.information(None, "KuPay POS", sentence)
    return _refuse(sentence)


def run_gui(args: argparse.Namespace) -> int:
    # Start-up allocates a great deal and frees little: Python's cyclic collector ran ~40 times (~8 ms)
    # before the first frame and found next to nothing. It runs again once the keypad is on screen.
    gc.disable()
    try:
        return _run_gui(args)
    finally:
        gc.enable()


def _run_gui(args: argparse.Namespace) -> int:
    from pos_app.settings import SettingsError, load_settings, validate_api_url

    currency = (getattr(args, "currency", None) or "").strip().upper() or None
    if currency is not None:
        from pos_app.kupay.currencies import CURRENCIES

        if currency not in CURRENCIES:
            return _refuse(f"{currency} is not a KuPay currency. Use one of: {' '.join(CURRENCIES)}.")
    api_url = getattr(args, "api_url", None)
    if api_url:
        try:
            api_url = validate_api_url(api_url)
        except SettingsError as exc:
            return _refuse(str(exc))

    shop_db = getattr(args, "shop_db", None)
    if shop_db:
        from pos_app.shop.database import ShopDatabaseError, validate_address

        try:
            shop_db = validate_address(shop_db)
        except ShopDatabaseError as exc:
            return _refuse(str(exc))

    printer = getattr(args, "printer", None)
    if printer:
        from pos_app.receipts.target import PrinterError, parse_printer_uri

        try:
            parse_printer_uri(printer)
        except PrinterError as exc:
            return _refuse(str(exc))

    from pos_app.languages import LANGUAGES, LanguageError, choose_language

    requested = getattr(args, "language", None) or ""
    try:
        choose_language(requested, [])
    except LanguageError:
        return _refuse(f"The terminal does not speak {requested!r}. Use one of: {' '.join(LANGUAGES)}.")

    from pos_app import paths

    demo = bool(getattr(args, "demo", False))
    settings, warning = load_settings(paths.demo_settings_file() if demo else None)
    if getattr(args, "print_when_paid", False) and not (printer or settings.receipts.printer):
        return _refuse(
            "--print-when-paid needs a receipt printer: choose one in Settings › Receipts or add --printer URI."
        )

    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)  # nothing in the terminal's process makes a Qt app without widgets
    from pos_app.ui.i18n import install_language, missing_font_sentence

    # The command line wins over Settings; a language Settings cannot name falls back to the computer's.
    language = choose_language(requested or settings.language, QLocale.system().uiLanguages())
    install_language(language)
    app.setApplicationName("KuPay POS")
    app.setOrganizationName("KuPay")
    app.setStyleSheet(load_theme())
    app.setDesktopFileName("kupay-pos")  # matches packaging/linux/kupay-pos.desktop
    # A till owns its data folder. A demo does not: it keeps no books, and its order numbers are taken in
    # a write transaction like every till's, so two demos side by side (a trainer's laptop) are fine.
    claim = None if demo else claim_data_folder()
    if claim is None and not demo:
        return _refuse_second_terminal(app)

    from pos_app.ui.main_window import MainWindow

    window = MainWindow(
        settings,
        demo=demo,
        currency=currency,
        api_url=api_url,
        settings_warning=warning,
        printer=printer or None,
        print_when_paid=bool(getattr(args, "print_when_paid", False)),
        customer_display=getattr(args, "customer_display", None),
        shop_db=shop_db,
    )
    if getattr(args, "fullscreen", False) or settings.start_fullscreen:
        window.showFullScreen()
    else:
        window.show()

    # The backend, the support log and the rest start once the first frame (the keypad) is on screen;
    # nothing before this point logs anything but load_settings' warning, which the window shows.
    def after_first_paint() -> None:
        gc.enable()
        window.start_backend()  # on a worker: the keyring, the journal, the demo's sandbox
        _start_logging(window)
        from pos_app import logs

        app.aboutToQuit.connect(logs.shutdown_logging)
        app.setWindowIcon(_app_icon())  # decoding PNGs costs start-up
        _tell_missing_font(window, missing_font_sentence(language))

    window.first_painted.connect(after_first_paint)
    app.aboutToQuit.connect(window.shutdown)
    try:
        return app.exec()
    finally:
        if claim is not None:
            claim.unlock()
