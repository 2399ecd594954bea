"""Saliency: which parts of the picture made the network answer as it did, and what would speak for
another class ("why not a 9?"). Shows the input and two class-activation heat maps over it."""

from __future__ import annotations

from typing import Sequence

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QVBoxLayout, QWidget

from core.saliency import Saliency
from gui.theme import mark_caption
from gui.widgets.image_utils import overlay_heat, to_pixmap
from gui.widgets.numbers import confidence
from gui.core_texts import core_tr
from gui.widgets.retranslating import Retranslating, Words, say

SIDE = 128
METHODS = (  # titles marked for lupdate, translated where the combo is filled
    ("hires", QT_TRANSLATE_NOOP("SaliencyPanel", "HiResCAM (per position)")),
    ("grad-cam", QT_TRANSLATE_NOOP("SaliencyPanel", "Grad-CAM (per channel)")),
)


class SaliencyPanel(Retranslating, QWidget):
    settingsChanged = Signal()  # the chosen class or method changed: recompute

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.input_label, self.pred_label, self.other_label = QLabel(self), QLabel(self), QLabel(self)
        for lab in (self.input_label, self.pred_label, self.other_label):
            lab.setFixedSize(SIDE, SIDE)
            lab.setAlignment(Qt.AlignmentFlag.AlignCenter)
            lab.setStyleSheet("background: black;")
        self.pred_title, self.input_title = QLabel(self), QLabel(self)
        self.other_class = QComboBox(self)
        self.other_class.currentIndexChanged.connect(self.settingsChanged)
        self.method = QComboBox(self)
        for key, _title in METHODS:
            self.method.addItem("", key)
        self.method.currentIndexChanged.connect(self.settingsChanged)
        self.answer = QLabel(self)
        self.answer.setWordWrap(True)
        self.answer.setTextFormat(Qt.TextFormat.RichText)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        mark_caption(self.note, normal_color="#505050")
        grid = QGridLayout()
        grid.addWidget(self.input_title, 0, 0, Qt.AlignmentFlag.AlignHCenter)
        grid.addWidget(self.pred_title, 0, 1, Qt.AlignmentFlag.AlignHCenter)
        grid.addWidget(self.other_class, 0, 2)
        grid.addWidget(self.input_label, 1, 0)
        grid.addWidget(self.pred_label, 1, 1)
        grid.addWidget(self.other_label, 1, 2)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(grid)
        lay.addWidget(self.answer)
        lay.addWidget(self.method, 0, Qt.AlignmentFlag.AlignLeft)
        lay.addWidget(self.note)
        self.class_names: list[str] = []  # in the user's language
        self._names: list[str] = []  # as core names them
        self.heat: dict[int, np.ndarray] = {}
        self._empty: Words = ""
        self._shown: tuple[np.ndarray, Saliency] | None = None  # the result on show, to say it again
        self.retranslate()

    def retranslate(self) -> None:
        self.input_title.setText(self.tr("Input"))
        self.other_class.setToolTip(self.tr("Pick a class to see which parts of the picture speak for it."))
        for i, (_key, title) in enumerate(METHODS):
            self.method.setItemText(i, self.tr(title))
        self.method.setToolTip(
            self.tr(
                "HiResCAM weighs every position of the last conv layer by its own gradient: sharper, and faithful for "
                "small networks. Grad-CAM weighs whole channels by their average gradient: smoother, the "
                "classic method."
            )
        )
        self.class_names = [core_tr(c) for c in self._names]  # Fashion-MNIST's 'Coat' in the user's language
        for i, name in enumerate(self.class_names):
            self.other_class.setItemText(i, self.tr("Why (not) '{c}'?").format(c=name))
        if self._shown is not None:
            self.show_result(*self._shown)
        else:
            self.pred_title.setText(self.tr("Why this answer?"))
            self.answer.setText(say(self._empty))

    def set_classes(self, class_names: Sequence[str]) -> None:
        self._names = [str(c) for c in class_names]
        self.other_class.blockSignals(True)
        self.other_class.clear()
        self.other_class.addItems([""] * len(self._names))
        self.other_class.setCurrentIndex(len(self._names) - 1 if self._names else -1)
        self.retranslate()
        self.other_class.blockSignals(False)

    def chosen_class(self) -> int:
        return max(self.other_class.currentIndex(), 0)

    def method_key(self) -> str:
        return self.method.currentData()

    def clear(self, text: Words) -> None:
        for lab in (self.input_label, self.pred_label, self.other_label):
            lab.clear()
        self.heat, self._shown, self._empty = {}, None, text
        self.answer.setText(say(text))

    def show_result(self, image: np.ndarray, sal: Saliency) -> None:
        self.heat, self._shown = sal.heat, (image, sal)
        self.input_label.setPixmap(to_pixmap(image, SIDE))
        k, other = sal.predicted, self.chosen_class()
        name = lambda c: self.class_names[c] if c < len(self.class_names) else str(c)  # noqa: E731
        self.pred_title.setText(self.tr("Why '{c}'?").format(c=name(k)))
        self.pred_label.setPixmap(to_pixmap(overlay_heat(image, sal.heat[k]), SIDE))
        if other in sal.heat:
            self.other_label.setPixmap(to_pixmap(overlay_heat(image, sal.relative(other)), SIDE))
        self.answer.setText(
            self.tr("The network says <b>{c}</b> ({p} %); '{o}' gets {q} %.").format(
                c=name(k), p=confidence(sal.probs[k]), o=name(other), q=confidence(sal.probs[other])
            )
        )
        if sal.method == "input-gradient":
            how = self.tr(
                "This network has no conv layers, so the heat shows how strongly each pixel sways the "
                "class score (input gradient)."
            )
        else:
            how = self.tr(
                "Bright = these parts of the picture pushed the network towards the class (computed on "
                "layer {l}). The right map uses the left one's scale: a dark map means little in the picture "
                "speaks for "
                "that class."
            ).format(l=sal.layer)
        self.note.setText(how)
