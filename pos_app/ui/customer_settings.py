"""Settings › Customer display and sounds: a section of its own in the owner's Settings dialog.

Screens are listed by name and size ("Screen: HDMI-1 — 1024 × 768") and remembered by name and geometry.
A remembered screen that is not connected now stays listed, marked "not connected", so opening Settings
while a monitor is unplugged does not lose the owner's choice.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSlider,
    QWidget,
)

from pos_app.customer import DEFAULT_WELCOME, MAX_WELCOME, VOLUME_RANGE, CustomerSettings, ScreenInfo
from pos_app.ports import Tasks
from pos_app.ui.customer_display import connected_screens
from pos_app.ui.form import language_box, plain_label, touch
from pos_app.ui.i18n import say
from pos_app.wording import QT_TRANSLATE_NOOP

TITLE = QT_TRANSLATE_NOOP("CustomerSection", "Customer display and sounds")


class CustomerSection(QGroupBox):
    def __init__(self, settings: CustomerSettings, tasks: Tasks, parent: QWidget | None = None) -> None:
        super().__init__(say(TITLE), parent)
        self.setObjectName("customerSection")
        self._original = settings
        self._tasks = tasks

        self.display = QComboBox()
        self.display.setObjectName("customerDisplayChoice")
        self.display.setAccessibleName(self.tr("Customer display"))
        self.display.addItem(self.tr("Off"), ("off", None))
        self.display.addItem(self.tr("A window (drag it where the customer can see it)"), ("window", None))
        screens = connected_screens()
        for screen in screens:
            self.display.addItem(
                self.tr("Screen: {screen}").format(screen=screen.describe()), ("screen", screen)
            )
        remembered = None
        if settings.screen_name or settings.screen_geometry:
            x, y, w, h = settings.screen_geometry or (0, 0, 0, 0)
            remembered = ScreenInfo(settings.screen_name, x, y, w, h)
            if remembered not in screens:
                self.display.addItem(
                    self.tr("Screen: {screen} (not connected)").format(screen=remembered.describe()),
                    ("screen", remembered),
                )
        for i in range(self.display.count()):
            mode, screen = self.display.itemData(i)
            if mode == settings.display and (mode != "screen" or screen == remembered):
                self.display.setCurrentIndex(i)

        self.when_unplugged = QComboBox()
        self.when_unplugged.setObjectName("whenUnpluggedChoice")
        self.when_unplugged.addItem(self.tr("Show it in a window on the cashier's screen"), "window")
        self.when_unplugged.addItem(self.tr("Hide it until the screen is back"), "hide")
        self.when_unplugged.setCurrentIndex(0 if settings.when_unplugged == "window" else 1)

        self.welcome = QLineEdit(say(settings.welcome))  # the default line in the till's language
        self.welcome.setObjectName("welcomeField")
        self.welcome.setMaxLength(MAX_WELCOME)

        self.logo_path = QLineEdit(settings.logo_path)
        self.logo_path.setObjectName("logoField")
        self.logo_path.setReadOnly(True)
        self.logo_path.setPlaceholderText(self.tr("No logo"))
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self._choose_logo)
        remove = QPushButton(self.tr("Remove"))
        remove.clicked.connect(self.logo_path.clear)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_path, 1)
        logo_row.addWidget(choose)
        logo_row.addWidget(remove)

        self.sounds = QCheckBox(self.tr("Play a sound when a sale is paid, and another when it is not"))
        self.sounds.setObjectName("soundsCheck")
        self.sounds.setChecked(settings.sounds)
        self.volume = QSlider(Qt.Orientation.Horizontal)
        self.volume.setObjectName("volumeSlider")
        self.volume.setAccessibleName(self.tr("Sound volume"))
        self.volume.setRange(*VOLUME_RANGE)
        self.volume.setValue(settings.volume)
        self.test_sound = QPushButton(self.tr("Test"))
        self.test_sound.setObjectName("testSoundButton")
        self.test_sound.clicked.connect(self.play_test_sound)
        volume_row = QHBoxLayout()
        volume_row.addWidget(self.volume, 1)
        volume_row.addWidget(self.test_sound)
        self.sound_result = plain_label("")
        self.sound_result.setObjectName("fieldHelp")
        self.sound_result.setWordWrap(True)
        self.sounds.toggled.connect(self._sounds_toggled)
        self._sounds_toggled(settings.sounds)

        self.language = language_box("customerLanguageBox", self.tr("The till's language"), settings.language)

        for widget in (self.display, self.when_unplugged, self.welcome, self.logo_path, choose, remove, self.language,
                       self.sounds, self.volume, self.test_sound):  # fmt: skip
            touch(widget)

        form = QFormLayout(self)
        form.addRow(self.tr("Customer display"), self.display)
        form.addRow(self.tr("When its screen is unplugged"), self.when_unplugged)
        form.addRow(self.tr("Customer's language"), self.language)
        shop_help = plain_label(
            self.tr("Between sales it shows the shop name from Receipts, this line and the logo.")
        )
        shop_help.setObjectName("fieldHelp")
        shop_help.setWordWrap(True)
        form.addRow(self.tr("Welcome line"), self.welcome)
        form.addRow("", shop_help)
        form.addRow(self.tr("Logo (PNG or SVG)"), logo_row)
        form.addRow("", self.sounds)
        form.addRow(self.tr("Volume"), volume_row)
        form.addRow("", self.sound_result)

    def values(self) -> CustomerSettings:
        mode, screen = self.display.currentData()
        return dataclasses.replace(
            self._original,
            display=mode,
            screen_name=screen.name if screen is not None else self._original.screen_name,
            screen_geometry=screen.geometry if screen is not None else self._original.screen_geometry,
            when_unplugged=self.when_unplugged.currentData(),
            welcome=self._welcome_line(),
            language=self.language.currentData() or "",
            logo_path=self.logo_path.text().strip(),
            sounds=self.sounds.isChecked(),
            volume=int(self.volume.value()),
        )

    def _welcome_line(self) -> str:
        line = " ".join(self.welcome.text().split())
        # The default line, as shown in the till's language: kept as the default, so the customer reads
        # it in theirs.
        return DEFAULT_WELCOME if line in (DEFAULT_WELCOME, say(DEFAULT_WELCOME)) else line

    def _choose_logo(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Shop logo for the customer display"), "", self.tr("Images (*.png *.svg)")
        )
        if path:
            self.logo_path.setText(path)

    def _sounds_toggled(self, on: bool) -> None:
        self.volume.setEnabled(on)
        self.test_sound.setEnabled(on)

    def play_test_sound(self) -> None:
        from pos_app import sounds

        volume = int(self.volume.value())
        self.test_sound.setEnabled(False)
        self.sound_result.setText(self.tr("Playing the paid sound…"))

        def done(_result: object) -> None:
            self.test_sound.setEnabled(self.sounds.isChecked())
            self.sound_result.setText("")

        def failed(exc: BaseException) -> None:
            self.test_sound.setEnabled(self.sounds.isChecked())
            self.sound_result.setText(
                say(str(exc))
                if isinstance(exc, sounds.NoSoundPlayer)
                else self.tr("The sound could not be played.")
            )

        self._tasks.run(lambda: sounds.play("paid", volume), done, failed)
