"""Settings › Customer display and sounds: a section of its own in the owner's Settings dialog.

Screens are listed by name and size ("Screen: HDMI-1 — 1024 × 768") and remembered by name and geometry.
A remembered screen that is not connected now stays listed, marked "not connected", so opening Settings
while a monitor is unplugged does not lose the owner's choice.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSlider,
    QWidget,
)

from pos_app.customer import MAX_WELCOME, VOLUME_RANGE, CustomerSettings, ScreenInfo
from pos_app.ui.customer_display import connected_screens
from pos_app.ui.form import touch

TITLE = "Customer display and sounds"


class CustomerSection(QGroupBox):
    def __init__(self, settings: CustomerSettings, tasks: Any, parent: QWidget | None = None) -> None:
        super().__init__(TITLE, parent)
        self.setObjectName("customerSection")
        self._original = settings
        self._tasks = tasks

        self.display = QComboBox()
        self.display.setObjectName("customerDisplayChoice")
        self.display.setAccessibleName("Customer display")
        self.display.addItem("Off", ("off", None))
        self.display.addItem("A window (drag it where the customer can see it)", ("window", None))
        screens = connected_screens()
        for screen in screens:
            self.display.addItem(f"Screen: {screen.describe()}", ("screen", screen))
        remembered = None
        if settings.screen_name or settings.screen_geometry:
            x, y, w, h = settings.screen_geometry or (0, 0, 0, 0)
            remembered = ScreenInfo(settings.screen_name, x, y, w, h)
            if remembered not in screens:
                self.display.addItem(
                    f"Screen: {remembered.describe()} (not connected)", ("screen", remembered)
                )
        for i in range(self.display.count()):
            mode, screen = self.display.itemData(i)
            if mode == settings.display and (mode != "screen" or screen == remembered):
                self.display.setCurrentIndex(i)

        self.when_unplugged = QComboBox()
        self.when_unplugged.setObjectName("whenUnpluggedChoice")
        self.when_unplugged.addItem("Show it in a window on the cashier's screen", "window")
        self.when_unplugged.addItem("Hide it until the screen is back", "hide")
        self.when_unplugged.setCurrentIndex(0 if settings.when_unplugged == "window" else 1)

        self.welcome = QLineEdit(settings.welcome)
        self.welcome.setObjectName("welcomeField")
        self.welcome.setMaxLength(MAX_WELCOME)

        self.logo_path = QLineEdit(settings.logo_path)
        self.logo_path.setObjectName("logoField")
        self.logo_path.setReadOnly(True)
        self.logo_path.setPlaceholderText("No logo")
        choose = QPushButton("Choose…")
        choose.clicked.connect(self._choose_logo)
        remove = QPushButton("Remove")
        remove.clicked.connect(self.logo_path.clear)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_path, 1)
        logo_row.addWidget(choose)
        logo_row.addWidget(remove)

        self.sounds = QCheckBox("Play a sound when a sale is paid, and another when it is not")
        self.sounds.setObjectName("soundsCheck")
        self.sounds.setChecked(settings.sounds)
        self.volume = QSlider(Qt.Orientation.Horizontal)
        self.volume.setObjectName("volumeSlider")
        self.volume.setAccessibleName("Sound volume")
        self.volume.setRange(*VOLUME_RANGE)
        self.volume.setValue(settings.volume)
        self.test_sound = QPushButton("Test")
        self.test_sound.setObjectName("testSoundButton")
        self.test_sound.clicked.connect(self.play_test_sound)
        volume_row = QHBoxLayout()
        volume_row.addWidget(self.volume, 1)
        volume_row.addWidget(self.test_sound)
        self.sound_result = QLabel("")
        self.sound_result.setObjectName("fieldHelp")
        self.sound_result.setWordWrap(True)
        self.sounds.toggled.connect(self._sounds_toggled)
        self._sounds_toggled(settings.sounds)

        for widget in (self.display, self.when_unplugged, self.welcome, self.logo_path, choose, remove,
                       self.sounds, self.volume, self.test_sound):  # fmt: skip
            touch(widget)

        form = QFormLayout(self)
        form.addRow("Customer display", self.display)
        form.addRow("When its screen is unplugged", self.when_unplugged)
        shop_help = QLabel("Between sales it shows the shop name from Receipts, this line and the logo.")
        shop_help.setObjectName("fieldHelp")
        shop_help.setWordWrap(True)
        form.addRow("Welcome line", self.welcome)
        form.addRow("", shop_help)
        form.addRow("Logo (PNG or SVG)", logo_row)
        form.addRow("", self.sounds)
        form.addRow("Volume", volume_row)
        form.addRow("", self.sound_result)

    def values(self) -> CustomerSettings:
        mode, screen = self.display.currentData()
        return dataclasses.replace(
            self._original,
            display=mode,
            screen_name=screen.name if screen is not None else self._original.screen_name,
            screen_geometry=screen.geometry if screen is not None else self._original.screen_geometry,
            when_unplugged=self.when_unplugged.currentData(),
            welcome=" ".join(self.welcome.text().split()),
            logo_path=self.logo_path.text().strip(),
            sounds=self.sounds.isChecked(),
            volume=int(self.volume.value()),
        )

    def _choose_logo(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, "Shop logo for the customer display", "", "Images (*.png *.svg)"
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
        self.sound_result.setText("Playing the paid sound…")

        def done(_result: object) -> None:
            self.test_sound.setEnabled(self.sounds.isChecked())
            self.sound_result.setText("")

        def failed(exc: BaseException) -> None:
            self.test_sound.setEnabled(self.sounds.isChecked())
            self.sound_result.setText(
                str(exc) if isinstance(exc, sounds.NoSoundPlayer) else "The sound could not be played."
            )

        self._tasks.run(lambda: sounds.play("paid", volume), done, failed)
