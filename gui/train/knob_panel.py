"""Live knobs: the learning rate, momentum, weight decay, dropout and augmentation of the run under way.

The values shown are those in force; "Apply" sends the ones the student changed (core.knobs), which act from
the next batch. Only while a run trains or is paused.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QBoxLayout, QComboBox, QDoubleSpinBox, QLabel, QPushButton, QVBoxLayout, QWidget

from core import knobs
from core.augment import AUGMENTATIONS
from core.config import TrainConfig
from gui.core_texts import display_value
from gui.widgets.reflow_grid import ReflowGrid
from gui.widgets.retranslating import Retranslating

SPINS = {  # field -> (decimals, low, high, step)
    "lr": (6, 1e-6, 100.0, 0.001),
    "momentum": (2, 0.0, 0.99, 0.05),
    "weight_decay": (5, 0.0, 1.0, 1e-4),
    "dropout": (2, 0.0, 0.9, 0.1),
}


def _pair(label: QLabel, control: QWidget) -> QWidget:
    """A knob's name and its control, kept together when the knobs wrap (side by side, or the name above)."""
    cell = QWidget()
    row = QBoxLayout(QBoxLayout.Direction.LeftToRight, cell)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(label)
    row.addWidget(control, 1)
    return cell


def _side_by_side_width(cells: list[QWidget], columns: int = 2) -> int:
    """The width ``columns`` columns of cells need with each name beside its control."""
    widths = sorted(
        (sum(c.layout().itemAt(i).widget().sizeHint().width() for i in (0, 1)) + 6 for c in cells), reverse=True
    )
    return sum(widths[:columns]) + 6 * (columns - 1)


class KnobPanel(Retranslating, QWidget):
    changeRequested = Signal(object)  # list[Knob]

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent, objectName="knobPanel")
        self.title = QLabel(objectName="knobTitle")  # said in the tooltip: no room for a heading
        self.labels: dict[str, QLabel] = {}
        self.spins: dict[str, QDoubleSpinBox] = {}
        for name, (decimals, low, high, step) in SPINS.items():
            self.labels[name] = QLabel(self)
            spin = QDoubleSpinBox(self, decimals=decimals, minimum=low, maximum=high, singleStep=step)
            spin.setObjectName(f"{name}Knob")
            self.spins[name] = spin
        self.labels["augment"] = QLabel(self)
        self.augment = QComboBox(self, objectName="augmentKnob")
        for name in AUGMENTATIONS.names():
            self.augment.addItem("", name)  # its words: retranslate
        self.apply = QPushButton(self, objectName="applyKnobs")
        self.apply.clicked.connect(self._send)
        controls = [*self.spins.values(), self.augment]
        cells = [_pair(label, control) for label, control in zip(self.labels.values(), controls)]
        # two rows of three, or three of two beside an open lesson on a 1024x768 projector
        self.cells = cells
        grid = ReflowGrid([*cells, self.apply], (3, 2), parent=self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(grid)
        self._in_force: TrainConfig | None = None
        self.retranslate()
        self.setEnabled(False)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        self._place_names()
        super().resizeEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:  # the names grew at the same width (projector mode)
            self._place_names()
        return super().event(event)

    def _place_names(self) -> None:
        """Narrower than two knobs with their names beside them (an open lesson on a 1024x768 projector): each
        name goes above its control, and the page grows down instead of sideways."""
        above = self.width() < _side_by_side_width(self.cells)
        direction = QBoxLayout.Direction.TopToBottom if above else QBoxLayout.Direction.LeftToRight
        for cell in self.cells:
            if cell.layout().direction() != direction:
                cell.layout().setDirection(direction)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Change while training: the run takes these values from its next batch."))
        for name, text in {
            "lr": self.tr("rate"),
            "momentum": self.tr("momentum"),
            "weight_decay": self.tr("decay"),
            "dropout": self.tr("dropout"),
            "augment": self.tr("augment"),
        }.items():
            self.labels[name].setText(text)
        for name, tip in {
            "lr": self.tr("The learning rate from the next batch on; the schedule goes on from it."),
            "momentum": self.tr("Momentum (Adam's first beta) from the next batch on."),
            "weight_decay": self.tr("Weight decay from the next batch on: pulls the weights towards zero."),
            "dropout": self.tr("The share of units switched off in each training batch, from the next batch on."),
        }.items():
            self.spins[name].setToolTip(tip)
        self.augment.setToolTip(self.tr("Random changes to each training batch, on or off from the next batch."))
        for i in range(self.augment.count()):
            self.augment.setItemText(i, display_value("augment", self.augment.itemData(i)))
        self.apply.setText(self.tr("Apply"))
        self.apply.setToolTip(self.tr("The changed values act from the next batch; each is marked on the curves."))
        self.setToolTip(self.title.text())

    def show_config(self, cfg: TrainConfig | None) -> None:
        """The settings in force (None: no run, the knobs are off)."""
        self._in_force = cfg
        self.setEnabled(cfg is not None)
        if cfg is None:
            return
        for name, spin in self.spins.items():
            spin.setValue(getattr(cfg, name) or 0.0)
        self.augment.setCurrentIndex(max(0, self.augment.findData(cfg.augment)))

    def changes(self) -> list[knobs.Knob]:
        cfg = self._in_force
        if cfg is None:
            return []
        wanted = {name: spin.value() for name, spin in self.spins.items()}
        wanted["augment"] = self.augment.currentData()
        out = []
        for name, value in wanted.items():
            now = getattr(cfg, name) if name == "augment" else (getattr(cfg, name) or 0.0)  # dropout may be unset
            if now != value:
                out.append(knobs.make(name, value))
        return out

    def _send(self) -> None:
        found = self.changes()
        if found:
            self.changeRequested.emit(found)
