"""The preset row: a recipe from a tutorial fills in the settings; its description and the accuracy the
tutorial reports stay shown while the settings still follow the recipe."""

from __future__ import annotations

from PySide6.QtCore import QMargins, Qt, Signal
from PySide6.QtWidgets import QComboBox, QLabel, QVBoxLayout, QWidget

from core.presets import PRESETS, Preset
from gui.core_texts import core_tr


class PresetChooser(QWidget):
    chosen = Signal(str)  # the name of a preset the user picked

    def __init__(self, label: str, tip: str, parent: QWidget | None = None):
        super().__init__(parent, objectName="presetChooser")
        self.combo = QComboBox(self, objectName="presetCombo", accessibleName=label, toolTip=tip)
        self.combo.addItem(self.tr("Custom settings"), None)
        for p in PRESETS:
            self.combo.addItem(core_tr(p.title), p.name)
            self.combo.setItemData(self.combo.count() - 1, core_tr(p.description), Qt.ItemDataRole.ToolTipRole)
        self.note = QLabel(
            self, wordWrap=True, objectName="presetNote", styleSheet="color: palette(dark); font-size: 8pt;"
        )
        layout = QVBoxLayout(self, contentsMargins=QMargins(0, 0, 0, 0))
        layout.addWidget(self.combo)
        layout.addWidget(self.note)
        self.combo.activated.connect(self._activated)

    def current(self) -> Preset | None:
        name = self.combo.currentData()
        return PRESETS.get(name) if name else None

    def follow(self, values: dict) -> None:
        """Back to "Custom settings" once ``values`` leave the chosen recipe; the note says what is shown."""
        preset = self.current()
        if preset and any(values.get(k) != value for k, value in preset.settings.items()):
            self.combo.setCurrentIndex(0)  # edited away from the recipe
            preset = None
        self.note.setText(
            self.tr("{description} ({reported})").format(
                description=core_tr(preset.description), reported=core_tr(preset.reported)
            )
            if preset and preset.reported
            else core_tr(preset.description)
            if preset
            else self.tr("Your own settings. Pick a preset to load a known recipe.")
        )

    def _activated(self, index: int) -> None:
        name = self.combo.itemData(index)
        if name:
            self.chosen.emit(name)
