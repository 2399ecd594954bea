"""The buttons under the layer list: add a layer of any kind the network file accepts (below the selected one),
remove, duplicate, move up and down, put a layer in a "repeat N times" block and take it out again."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QPushButton, QWidget

from core.archs.layer_kinds import LAYER_KINDS
from core.archs.network_file import REPEAT, Layer, Path_
from gui.core_texts import core_tr
from gui.widgets.retranslating import Retranslating

ACTIONS = ("add", "remove", "duplicate", "up", "down", "repeat", "unrepeat")


class LayerButtons(Retranslating, QWidget):
    action = Signal(str, str)  # one of ACTIONS, and the kind to add

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent, objectName="layerButtons")
        self.kinds = QComboBox(self, objectName="addKind")
        for kind in LAYER_KINDS:
            self.kinds.addItem("", kind.name)
        self.kinds.setCurrentIndex(self.kinds.findData("conv"))
        self.buttons = {name: QPushButton(self, objectName=f"{name}Layer") for name in ACTIONS}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.kinds, 0, 0, 1, 2)
        grid.addWidget(self.buttons["add"], 0, 2)
        for i, name in enumerate(ACTIONS[1:]):
            grid.addWidget(self.buttons[name], 1 + i // 3, i % 3)
        for name, button in self.buttons.items():
            button.clicked.connect(lambda _=False, n=name: self.action.emit(n, self.kinds.currentData()))
        self.retranslate()
        self.follow(None, None)

    def retranslate(self) -> None:
        for i in range(self.kinds.count()):
            kind = LAYER_KINDS.get(self.kinds.itemData(i))
            self.kinds.setItemText(i, core_tr(kind.title))
            self.kinds.setItemData(i, core_tr(kind.help), 3)  # Qt.ToolTipRole
        self.kinds.setToolTip(self.tr("The kind of layer that Add puts below the selected one."))
        words = {
            "add": (self.tr("Add"), self.tr("Add a layer of this kind below the selected one.")),
            "remove": (self.tr("Remove"), self.tr("Remove the selected layer.")),
            "duplicate": (self.tr("Duplicate"), self.tr("Put a copy of the selected layer right under it.")),
            "up": (self.tr("Move up"), self.tr("Move the selected layer one place up.")),
            "down": (self.tr("Move down"), self.tr("Move the selected layer one place down.")),
            "repeat": (
                self.tr("Repeat…"),
                self.tr("Put the selected layer in a block that runs its layers N times (set N in the form)."),
            ),
            "unrepeat": (self.tr("Unpack"), self.tr("Replace the selected repeat by its layers, once.")),
        }
        for name, (text, tip) in words.items():
            self.buttons[name].setText(text)
            self.buttons[name].setToolTip(tip)

    def follow(self, path: Path_ | None, layer: Layer | None) -> None:
        """Enable what can act on the selected layer."""
        for name in ACTIONS[1:]:
            self.buttons[name].setEnabled(path is not None)
        self.buttons["unrepeat"].setEnabled(layer is not None and layer.kind == REPEAT)
