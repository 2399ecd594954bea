"""What a sweep varies, in the window: one row per setting that can vary (a checkbox to vary it, and a range or
a list of choices). Each editor writes the same text as ``--vary`` and parses it with core.sweep_params, so the
window and the command line accept and refuse exactly the same."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from core.config import SETTINGS
from core.registry import Registry
from core.sweep_params import PARAMETERS, Param, ParamDef, VaryError, parse_vary
from core.messages import VaryProblem
from gui.core_texts import display_value
from gui.messages import say
from gui.widgets.reflow_grid import ReflowGrid
from gui.widgets.retranslating import Retranslating

BATCH_SIZES = (16, 32, 64, 128, 256, 512)
SHORT_NAME = 10  # letters: choices named this short go four to a row, longer ones ("ResNet-18 (torchvision)") two


class RangeEditor(Retranslating, QWidget):
    """From LOW to HIGH, log-spaced or not."""

    changed = Signal()

    def __init__(self, d: ParamDef, parent: QWidget | None = None):
        super().__init__(parent)
        low, high, *scale = d.default_spec.split(":")
        self.low = QLineEdit(low, objectName=f"{d.name}Low", maximumWidth=80)
        self.high = QLineEdit(high, objectName=f"{d.name}High", maximumWidth=80)
        self.log = QCheckBox(objectName=f"{d.name}Log", checked=(scale or ["linear"])[0] == "log")
        self.name, self.from_label, self.to_label = d.name, QLabel(), QLabel()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for widget in (self.from_label, self.low, self.to_label, self.high, self.log):
            row.addWidget(widget)
        row.addStretch(1)
        self.low.textChanged.connect(self.changed)
        self.high.textChanged.connect(self.changed)
        self.log.toggled.connect(self.changed)
        self.retranslate()

    def retranslate(self) -> None:
        self.log.setText(self.tr("log scale"))
        self.log.setToolTip(
            self.tr("Spread the values on a log scale: as many between 0.0001 and 0.001 as between 0.01 and 0.1.")
        )
        self.low.setToolTip(self.tr("The smallest value the sweep may try."))
        self.high.setToolTip(self.tr("The largest value the sweep may try."))
        self.low.setAccessibleName(self.tr("{name}: lowest value").format(name=self.name))
        self.high.setAccessibleName(self.tr("{name}: highest value").format(name=self.name))
        self.from_label.setText(self.tr("from"))
        self.to_label.setText(self.tr("to"))

    def spec(self) -> str:
        return f"{self.low.text().strip()}:{self.high.text().strip()}:{'log' if self.log.isChecked() else 'linear'}"

    def set_spec(self, spec: str) -> None:
        low, high, *scale = spec.split(":")
        self.low.setText(low)
        self.high.setText(high)
        self.log.setChecked((scale or ["linear"])[0] == "log")


class ChoicesEditor(Retranslating, QWidget):
    """A checkbox per value the setting can take."""

    changed = Signal()

    def __init__(self, d: ParamDef, values: tuple, parent: QWidget | None = None):
        super().__init__(parent)
        chosen = set(d.default_spec.split(","))
        self.boxes = {}
        self.name, self.values = d.name, values
        per_row = 4 if max(len(display_value(d.name, v)) for v in values) <= SHORT_NAME else 2
        for value in values:
            box = QCheckBox(objectName=f"{d.name}_{value}", checked=str(value) in chosen)
            box.toggled.connect(self.changed)
            self.boxes[str(value)] = box
        # fewer per row when the settings column is narrow (beside an open lesson on a 1024x768 projector)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(ReflowGrid(list(self.boxes.values()), (per_row, per_row // 2)))
        self.retranslate()

    def retranslate(self) -> None:
        for value in self.values:
            box, shown = self.boxes[str(value)], display_value(self.name, value)
            box.setText(str(value) if self.name == "arch" else shown)  # network keys are short
            box.setToolTip(self.tr("Let the sweep try {value}.").format(value=shown))

    def spec(self) -> str:
        return ",".join(value for value, box in self.boxes.items() if box.isChecked())

    def set_spec(self, spec: str) -> None:
        chosen = set(spec.split(","))
        for value, box in self.boxes.items():
            box.setChecked(value in chosen)


# The editor for each kind of setting: numbers get a range, words and batch sizes a list of choices.
EDITORS: Registry = Registry("sweep editor")
EDITORS.add(float, RangeEditor)
EDITORS.add(int, lambda d: ChoicesEditor(d, BATCH_SIZES))
EDITORS.add(str, lambda d: ChoicesEditor(d, SETTINGS[d.name].choices()))


class ParamRow:
    """One setting: "vary it" checkbox, its editor, and a line saying what is wrong with what was typed."""

    def __init__(self, d: ParamDef):
        self.name = d.name
        self.check = QCheckBox(objectName=f"vary_{d.name}")
        self.editor = EDITORS.get(d.kind)(d)
        self.problem = QLabel(objectName=f"{d.name}Problem", wordWrap=True, visible=False)
        self.problem.setStyleSheet("color: #a01010;")
        self.editor.setEnabled(False)
        self.check.toggled.connect(self.editor.setEnabled)

    def param(self) -> Param | None:
        """The parsed setting when it varies, None when it does not; raises VaryError for a mistake."""
        if not self.check.isChecked():
            return None
        return parse_vary(f"{self.name}={self.editor.spec()}")

    def show_problem(self) -> str:
        """Check the row, show its problem under it (or hide it); the problem's sentence, or ''."""
        try:
            self.param()
            text = ""
        except VaryError as exc:
            problem = exc.msg
            text = f"{problem.name}: {say(problem.problem)}" if isinstance(problem, VaryProblem) else say(problem)
        self.problem.setText(text)
        self.problem.setVisible(bool(text))
        return text


class ParamEditors(Retranslating, QWidget):
    """Every setting a sweep can vary, in the order of core.sweep_params.PARAMETERS."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setColumnStretch(1, 1)
        self.rows: dict[str, ParamRow] = {}
        for i, d in enumerate(PARAMETERS):
            row = self.rows[d.name] = ParamRow(d)
            grid.addWidget(row.check, 2 * i, 0)
            grid.addWidget(row.editor, 2 * i, 1)
            grid.addWidget(row.problem, 2 * i + 1, 1)
            row.check.toggled.connect(self._changed)
            row.editor.changed.connect(self._changed)
        self.retranslate()

    def retranslate(self) -> None:
        titles = {
            "lr": (self.tr("Learning rate"), self.tr("How big each step of learning is: it matters most.")),
            "batch_size": (self.tr("Batch size"), self.tr("Images per weight update.")),
            "optimizer": (self.tr("Optimizer"), self.tr("The rule that turns gradients into weight changes.")),
            "weight_decay": (self.tr("Weight decay"), self.tr("Pulls weights towards 0: less overfitting.")),
            "dropout": (self.tr("Dropout"), self.tr("Share of units switched off at random while training.")),
            "activation": (self.tr("Activation"), self.tr("The function after each layer.")),
            "arch": (self.tr("Network"), self.tr("Which architecture to train.")),
            "augment": (self.tr("Augmentation"), self.tr("Random changes to each training batch.")),
        }
        for name, row in self.rows.items():
            title, tip = titles.get(name, (name, ""))
            row.check.setText(title)
            row.check.setToolTip(tip)
            row.show_problem()  # its sentence in the new language

    def _changed(self) -> None:
        for row in self.rows.values():
            row.show_problem()
        self.changed.emit()

    def params(self) -> tuple[Param, ...]:
        """The parsed settings that vary; raises VaryError for the first one with a mistake."""
        return tuple(p for p in (row.param() for row in self.rows.values()) if p is not None)

    def problems(self) -> list[str]:
        return [text for text in (row.show_problem() for row in self.rows.values()) if text]

    def set_only(self, specs: dict[str, str]) -> None:
        """Vary exactly these settings with these specs (a preset)."""
        for name, row in self.rows.items():
            if name in specs:
                row.editor.set_spec(specs[name])
            row.check.setChecked(name in specs)
