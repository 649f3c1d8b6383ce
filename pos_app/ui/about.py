"""About KuPay POS: version, licence, where to get help, and where this terminal keeps its things.

The folders and the password store are here for the owner on the phone with support ("which keyring?",
"where is the journal?"); nothing on this dialog is secret.
"""

from __future__ import annotations

import platform
import sys

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from pos_app import APP_NAME, __version__, paths
from pos_app.ports import Tasks
from pos_app.resources import resource_path
from pos_app.ui.form import plain_label
from pos_app.ui.i18n import say
from pos_app.wording import QT_TRANSLATE_NOOP

HOMEPAGE = "https://kupay.finance"
DOCS = "https://kupay.finance/docs"
LICENSE_NAME = "MIT License"


def _link(url: str, text: str | None = None) -> str:
    return f'<a href="{url}">{text or url.removeprefix("https://")}</a>'


def _keyring_backend() -> str:
    from pos_app.credentials import CredentialStore

    return CredentialStore().backend_name()


class AboutDialog(QDialog):
    """Version, licence, links, and the folders/password store in use.

    `keyring_backend` is the password store's name; when None it is asked of keyring on `tasks` (keyring
    may probe D-Bus for seconds: never on the UI thread), or right away when no runner is given.
    """

    def __init__(
        self, parent: QWidget | None = None, *, keyring_backend: str | None = None, tasks: Tasks | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About {app}").format(app=APP_NAME))
        self.setMinimumWidth(520)  # long folder paths wrap less

        icon = QLabel()
        icon.setObjectName("aboutIcon")
        pixmap = QPixmap(str(resource_path("icons/kupay-pos-256.png")))
        if not pixmap.isNull():
            icon.setPixmap(
                pixmap.scaled(
                    96, 96, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
                )
            )

        self.title = QLabel(f"<h2>{APP_NAME}</h2>")
        self.version = plain_label(self.tr("Version {version}").format(version=__version__))
        self.version.setObjectName("aboutVersion")
        blurb = plain_label(self.tr("A point-of-sale terminal for KuPay crypto payments."))
        blurb.setWordWrap(True)
        heading = QVBoxLayout()
        heading.addWidget(self.title)
        heading.addWidget(self.version)
        heading.addWidget(blurb)
        heading.addStretch()
        top = QHBoxLayout()
        top.setSpacing(16)
        top.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(heading, 1)

        documentation = self.tr("documentation")
        self.links = QLabel(f"{_link(HOMEPAGE)} · {_link(DOCS, documentation)}")
        self.licence = plain_label(self.tr("Free software under the {licence}.").format(licence=LICENSE_NAME))
        for label in (self.links,):
            label.setOpenExternalLinks(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)

        asking = keyring_backend is None and tasks is not None
        if keyring_backend is None and not asking:
            keyring_backend = _keyring_backend()
        self.keyring_backend = keyring_backend or "…"
        details = QFormLayout()
        self.detail_labels: dict[str, QLabel] = {}
        for name, value in (
            (QT_TRANSLATE_NOOP("AboutDialog", "Password store"), self.keyring_backend),
            (QT_TRANSLATE_NOOP("AboutDialog", "Settings"), str(paths.config_dir())),
            (QT_TRANSLATE_NOOP("AboutDialog", "Journal"), str(paths.journal_file())),
            (QT_TRANSLATE_NOOP("AboutDialog", "Logs"), str(paths.log_dir())),
            (QT_TRANSLATE_NOOP("AboutDialog", "Runs on"),
             f"Python {platform.python_version()}, Qt {_qt_version()}, {platform.system()}"
             + (" " + self.tr("(installed bundle)") if getattr(sys, "frozen", False) else "")),
        ):  # fmt: skip
            value_label = plain_label(value)
            value_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value_label.setWordWrap(True)
            details.addRow(self.tr("{name}:").format(name=say(name)), value_label)
            self.detail_labels[name] = value_label
        if tasks is not None and asking:
            tasks.run(_keyring_backend, self._show_keyring_backend)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addLayout(top)
        layout.addWidget(self.links)
        layout.addWidget(self.licence)
        layout.addLayout(details)
        layout.addWidget(buttons)

    def _show_keyring_backend(self, name: str) -> None:
        self.keyring_backend = name
        self.detail_labels["Password store"].setText(name)


def _qt_version() -> str:
    from PySide6.QtCore import qVersion

    return qVersion()
