"""The preset row: a recipe from a tutorial fills in the settings; its description and the accuracy the
tutorial reports stay shown while the settings still follow the recipe. The number of epochs is the lesson's
length, not part of the recipe: changing it keeps the preset."""

from __future__ import annotations

from PySide6.QtCore import QMargins, Qt, Signal
from PySide6.QtWidgets import QComboBox, QLabel, QVBoxLayout, QWidget

from core.presets import PRESETS, Preset
from gui.core_texts import core_tr
from gui.theme import mark_caption
from gui.train.field_controls import MIN_CHARS, SHRINKS
from gui.widgets.retranslating import Retranslating


class PresetChooser(Retranslating, QWidget):
    chosen = Signal(str)  # the name of a preset the user picked

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent, objectName="presetChooser")
        self.combo = QComboBox(self, objectName="presetCombo", minimumContentsLength=MIN_CHARS)
        self.combo.setSizeAdjustPolicy(SHRINKS)
        self.combo.addItem("", None)  # "Custom settings"
        for p in PRESETS:
            self.combo.addItem("", p.name)
        self._values: dict | None = None
        # the note is a form row of its own (the panel places it): a wrapped label inside this widget got
        # the height of a wider one and was cut off
        self.note = mark_caption(QLabel(wordWrap=True, objectName="presetNote"))
        layout = QVBoxLayout(self, contentsMargins=QMargins(0, 0, 0, 0))
        layout.addWidget(self.combo)
        self.combo.activated.connect(self._activated)
        self.retranslate()

    def retranslate(self) -> None:
        self.combo.setItemText(0, self.tr("Custom settings"))
        for i, p in enumerate(PRESETS, start=1):
            self.combo.setItemText(i, core_tr(p.title))
            self.combo.setItemData(i, core_tr(p.description), Qt.ItemDataRole.ToolTipRole)
        if self._values is not None:
            self.follow(self._values)  # the note is made of several sentences: write it anew

    def set_texts(self, label: str, tip: str) -> None:
        """The setting's name and tooltip, from the settings panel."""
        self.combo.setAccessibleName(label)
        self.combo.setToolTip(tip)

    def current(self) -> Preset | None:
        name = self.combo.currentData()
        return PRESETS.get(name) if name else None

    def follow(self, values: dict) -> None:
        """Show the recipe ``values`` follow (the chosen one first, e.g. after a restart any), or "Custom
        settings" once they leave it; the note says what the recipe is and what its tutorial reports."""
        self._values = values  # a language switch writes the note again
        preset = self.current()
        if not (preset and preset.matches(values)):
            preset = next((p for p in PRESETS if p.matches(values)), None)
            self.combo.setCurrentIndex(self.combo.findData(preset.name) if preset else 0)
        self.note.setText(
            self.describe(preset, values.get("epochs"))
            if preset
            else self.tr("Your own settings. Pick a preset to load a known recipe.")
        )

    def describe(self, preset: Preset, epochs: int | None) -> str:
        description = core_tr(preset.description)
        text = (
            self.tr("{description} ({reported})").format(description=description, reported=core_tr(preset.reported))
            if preset.reported
            else description
        )
        if epochs is not None and epochs != preset.epochs:
            text += " " + self.tr("You train %n epochs; the tutorial trains {m}.", "", epochs).format(m=preset.epochs)
        return text

    def _activated(self, index: int) -> None:
        name = self.combo.itemData(index)
        if name:
            self.chosen.emit(name)
