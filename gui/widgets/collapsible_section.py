"""A titled group of settings whose body folds away under its header, so a long form fits a small screen."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFormLayout, QFrame, QSizePolicy, QToolButton, QVBoxLayout, QWidget

from gui.widgets.retranslating import Retranslating, Words, say


class CollapsibleSection(Retranslating, QWidget):
    toggled = Signal(bool)  # expanded

    def __init__(self, title: Words, parent: QWidget | None = None, name: str = "", expanded: bool = True):
        super().__init__(parent, objectName=name)
        self.title = title  # a function of the language, to follow a switch
        self.header = QToolButton(
            self,
            checkable=True,
            checked=expanded,
            autoRaise=True,
            objectName=f"{name}Header",
            toolButtonStyle=Qt.ToolButtonStyle.ToolButtonTextBesideIcon,
        )
        self.header.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        font = self.header.font()
        font.setBold(True)
        self.header.setFont(font)
        self.body = QFrame(self, objectName=f"{name}Body", frameShape=QFrame.Shape.StyledPanel)
        self.form = QFormLayout(self.body)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.body)
        self.header.toggled.connect(self.set_expanded)
        self.set_expanded(expanded)
        self.retranslate()

    def retranslate(self) -> None:
        title = say(self.title)
        self.header.setText(title)
        self.header.setAccessibleName(title)
        self.header.setToolTip(self.tr("Show or hide the settings under '{title}'.").format(title=title))

    def is_expanded(self) -> bool:
        return self.header.isChecked()

    def set_expanded(self, on: bool) -> None:
        self.header.setChecked(on)
        self.header.setArrowType(Qt.ArrowType.DownArrow if on else Qt.ArrowType.RightArrow)
        self.body.setVisible(on)
        self.toggled.emit(on)
