"""The About dialog: what version this is, under which licence, where help is, where the terminal's files are."""

from __future__ import annotations

import pytest
from keyring_memory import MemoryKeyring, installed
from PySide6.QtWidgets import QDialogButtonBox, QLabel

from pos_app import __version__, paths
from pos_app.ui.about import AboutDialog


@pytest.fixture
def dialog(qtbot):
    with installed(MemoryKeyring()):
        about = AboutDialog()
    qtbot.addWidget(about)
    return about


def _all_text(dialog: AboutDialog) -> str:
    return "\n".join(label.text() for label in dialog.findChildren(QLabel))


def test_it_shows_the_version_and_the_licence(dialog):
    assert dialog.windowTitle() == "About KuPay POS"
    assert dialog.version.text() == f"Version {__version__}"
    assert "MIT License" in dialog.licence.text()


def test_links_to_kupay_and_the_docs_open_in_the_browser(dialog):
    assert 'href="https://kupay.finance"' in dialog.links.text()
    assert "documentation" in dialog.links.text()
    assert dialog.links.openExternalLinks()


def test_it_names_the_password_store_and_this_terminals_folders(dialog, pos_home):
    text = _all_text(dialog)
    assert dialog.detail_labels["Password store"].text() == "Memory (tests)"
    assert dialog.detail_labels["Journal"].text() == str(paths.journal_file())
    assert str(pos_home) in dialog.detail_labels["Settings"].text()  # KUPAY_POS_HOME is honoured
    assert "Python " in text and "Qt " in text


def test_it_shows_the_app_icon(dialog):
    icon = dialog.findChild(QLabel, "aboutIcon")
    assert icon is not None and not icon.pixmap().isNull()
    assert icon.pixmap().width() == 96


def test_close_closes_it(dialog, qtbot):
    dialog.show()
    qtbot.waitExposed(dialog)
    with qtbot.waitSignal(dialog.rejected, timeout=2000):
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close).click()
    assert not dialog.isVisible()


def test_the_password_store_is_asked_off_the_ui_thread(qtbot, tasks, monkeypatch):
    import threading

    from pos_app.ui import about

    asked_on: list[threading.Thread] = []

    def slow_keyring() -> str:  # keyring may probe D-Bus for seconds
        asked_on.append(threading.current_thread())
        return "SecretService Keyring"

    monkeypatch.setattr(about, "_keyring_backend", slow_keyring)
    dialog = AboutDialog(tasks=tasks)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.detail_labels["Password store"].text() == "SecretService Keyring")
    assert asked_on and asked_on[0] is not threading.main_thread()
