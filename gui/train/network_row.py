"""Under the network choice, for "Your own network": which network file the run will train (its name and layer
count) and a button that opens it in the Design tab (through the app state). It holds the file's text, the
TrainConfig field ``network``, which has no control of its own."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from core.archs.network_file import NetworkError, NetworkFile, count_layers
from gui.widgets.retranslating import Retranslating


class NetworkRow(Retranslating, QWidget):
    def __init__(self, state, on_change, parent: QWidget | None = None):
        super().__init__(parent, objectName="networkRow")
        self.state, self.on_change, self.text = state, on_change, ""
        self.label = QLabel(self, objectName="networkName", wordWrap=True)
        self.button = QPushButton(self, objectName="designNetwork")
        self.button.clicked.connect(lambda: self.state.request_design(self.text))
        box = QHBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.label, 1)
        box.addWidget(self.button)
        self.retranslate()

    def retranslate(self) -> None:
        self.button.setText(self.tr("Design…"))
        self.button.setToolTip(self.tr("Open this network in the Design tab, to see or change its layers."))
        self._show()

    def get(self) -> str | None:
        return self.text or None  # as TrainConfig says "no network file"

    def put(self, text) -> None:
        self.text = text or ""
        self._show()

    def _show(self) -> None:
        try:
            net = NetworkFile.from_json(self.text) if self.text else None
        except NetworkError:
            net = None
        if net is None:
            self.label.setText(self.tr("No network designed yet: press Design…"))
        else:
            self.label.setText(
                self.tr("{name}: %n layers", "", count_layers(net.layers)).format(
                    name=net.name or self.tr("Your network")
                )
            )
