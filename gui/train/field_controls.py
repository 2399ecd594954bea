"""One control per Field: a combo, a spin box, a check box or a folder picker, with one way to read and set
its value whatever its kind. Ranges come from the one definition in core.config."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

from PySide6.QtCore import Qt, SignalInstance
from PySide6.QtWidgets import QAbstractSpinBox, QCheckBox, QComboBox, QDoubleSpinBox, QSpinBox, QWidget

from core.config import SETTINGS, Setting
from gui.train.config_fields import Field
from gui.train.folder_picker import FolderPicker

SHRINKS, MIN_CHARS = QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon, 8  # long names: the popup
#   shows them whole; the closed combo may be narrower, so the settings fit a small screen
SUFFIX = {"combo": "Combo", "check": "Check", "path": "Edit", "spin": "Spin", "float": "Spin"}


def camel(name: str) -> str:
    return name.split("_")[0] + "".join(p.title() for p in name.split("_")[1:])


def spin_limits(setting: Setting, decimals: int, special: bool, step: float) -> tuple[float, float]:
    """A spin box's range from the one definition in core.config: open ends one displayed digit inside, and an
    optional field's "not set" text one step below the range (the spin box's minimum shows it)."""
    tick = 10.0**-decimals
    low = setting.low + (tick if setting.low_open else 0)
    high = setting.high - (tick if setting.high_open else 0)
    return (low - step if special and setting.optional else low), high


@dataclass(frozen=True)
class Control:
    widget: QWidget  # the value's own widget (the line edit of a folder picker)
    row: QWidget  # what the form shows (the whole folder picker)
    get: Callable[[], Any]
    put: Callable[[Any], None]
    changed: SignalInstance  # emitted when the user has changed the value


def combo_control(f: Field, parent: QWidget) -> Control:
    w = QComboBox(parent, minimumContentsLength=MIN_CHARS, sizeAdjustPolicy=SHRINKS)
    for value, *_words in f.items:
        w.addItem("", value)  # its words: write_texts

    def put(v):
        w.setCurrentIndex(next((i for i in range(w.count()) if w.itemData(i) == v), w.currentIndex()))

    return Control(w, w, w.currentData, put, w.currentIndexChanged)


def spin_control(f: Field, parent: QWidget) -> Control:
    # the minimum shows the special text and means "not set"; typed numbers are checked once, not per digit
    step = 1 if f.kind == "spin" else 0.05
    limits = spin_limits(SETTINGS[f.name], f.decimals if f.kind == "float" else 0, bool(f.special), step)
    kw = dict(
        minimum=limits[0],
        maximum=limits[1],
        singleStep=step,
        specialValueText=f.special,
        keyboardTracking=False,
        stepType=QAbstractSpinBox.StepType(int(f.adaptive)),
    )
    w = QSpinBox(parent, **kw) if f.kind == "spin" else QDoubleSpinBox(parent, decimals=f.decimals, **kw)
    get = lambda: None if f.special and w.value() == w.minimum() else w.value()  # noqa: E731
    return Control(w, w, get, lambda v: w.setValue(w.minimum() if v is None else v), w.valueChanged)


def check_control(f: Field, parent: QWidget) -> Control:
    w = QCheckBox(parent)
    return Control(w, w, w.isChecked, lambda v: w.setChecked(bool(v)), w.toggled)


def path_control(f: Field, parent: QWidget, start_dir: Callable[[], str]) -> Control:
    picker = FolderPicker(f.name, start_dir, parent)
    picker.button.setObjectName(f"{camel(f.name)}Browse")
    return Control(picker.edit, picker, picker.value, picker.set_value, picker.edit.editingFinished)


def make_control(f: Field, parent: QWidget, start_dir: Callable[[], str]) -> Control:
    """The control for ``f``, named (``lrSpin``, ``datasetCombo`` …), labelled and with its tooltip."""
    makers = {"combo": combo_control, "spin": spin_control, "float": spin_control, "check": check_control}
    control = path_control(f, parent, start_dir) if f.kind == "path" else makers[f.kind](f, parent)
    control.widget.setObjectName(camel(f.name) + SUFFIX[f.kind])
    write_texts(control, f)
    return control


def write_texts(control: Control, f: Field) -> None:
    """The words of ``f`` on its control: name, tooltip, combo items, a spin box's "not set" text. The panel
    calls it again with the fields made anew after a language switch (the items keep their order)."""
    w = control.widget
    w.setAccessibleName(f.label)
    w.setToolTip(f.tip)
    if isinstance(w, QComboBox):
        for i, (_value, text, *item_tip) in enumerate(f.items):
            w.setItemText(i, text)
            if item_tip:
                w.setItemData(i, item_tip[0], Qt.ItemDataRole.ToolTipRole)
    elif isinstance(w, QAbstractSpinBox):
        w.setSpecialValueText(f.special)
    if isinstance(control.row, FolderPicker):
        control.row.set_texts(f.label, f.tip)
