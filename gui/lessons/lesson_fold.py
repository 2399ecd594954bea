"""The lesson panel folds to a slim bar and out again: on a 1024x768 projector the class sees the whole Train
tab while the teacher talks, and one click brings the steps back."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QSizePolicy, QToolButton, QVBoxLayout, QWidget

from gui.widgets.retranslating import Retranslating


class FoldableLesson(Retranslating, QWidget):
    folded = Signal(bool)  # True: only the slim bar shows

    def __init__(self, content: QWidget, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("foldableLesson")
        self.content = content
        self.fold_button = QToolButton(self, objectName="lessonFoldButton", text="»", autoRaise=True)
        self.unfold_button = QToolButton(self, objectName="lessonUnfoldButton", text="«", visible=False)
        self.unfold_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)  # the bar's height
        self.fold_button.clicked.connect(lambda: self.set_folded(True))
        self.unfold_button.clicked.connect(lambda: self.set_folded(False))
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addStretch(1)
        top.addWidget(self.fold_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(top)
        layout.addWidget(content, 1)
        layout.addWidget(self.unfold_button, 1, Qt.AlignmentFlag.AlignLeft)
        self.retranslate()

    def retranslate(self) -> None:
        self.fold_button.setToolTip(self.tr("Fold the lesson to a slim bar: the class sees the whole tab"))
        self.fold_button.setAccessibleName(self.tr("Fold the lesson"))
        self.unfold_button.setToolTip(self.tr("Show the lesson's text and steps again"))
        self.unfold_button.setAccessibleName(self.tr("Show the lesson"))

    def is_folded(self) -> bool:
        return self.unfold_button.isVisibleTo(self)

    def set_folded(self, folded: bool) -> None:
        self.content.setVisible(not folded)
        self.fold_button.setVisible(not folded)
        self.unfold_button.setVisible(folded)
        self.folded.emit(folded)
