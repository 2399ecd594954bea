"""What if the picture were rotated, shifted, thicker or noisier? Sliders change one image; the network's
answer updates as they move (one small forward pass per change, on a copy of the weights)."""

from __future__ import annotations

from typing import Sequence

import numpy as np
import torch
import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFormLayout, QGridLayout, QHBoxLayout, QLabel, QPushButton, QSlider, QVBoxLayout, QWidget

from core.robustness import NOISE_RANGE, ROTATE_RANGE, SHIFT_RANGE, THICKNESS_RANGE, WhatIf, apply
from core.saliency import to_input
from gui.widgets.image_utils import to_pixmap
from gui.core_texts import core_tr
from gui.widgets.retranslating import Retranslating, Words, say
from gui.widgets.plot_widgets import PlotWidget
from gui.widgets.when_seen import WhenSeen

NOISE_STEPS = 50  # the noise slider moves in steps of 0.01


def _slider(lo: int, hi: int) -> QSlider:
    s = QSlider(Qt.Orientation.Horizontal)
    s.setRange(lo, hi)
    s.setValue(0)
    s.setTickPosition(QSlider.TickPosition.TicksBelow)
    s.setTickInterval(max(1, (hi - lo) // 8))
    return s


class RobustnessPanel(Retranslating, QWidget):
    predictionChanged = Signal(int, float)  # class, confidence

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.model: torch.nn.Module | None = None
        self.class_names: list[str] = []
        self.mean, self.std, self.image_size = (0.0,), (1.0,), None
        self.image: np.ndarray | None = None  # source, float 0..1, HxW or CxHxW
        self.true_class: int | None = None
        self.seen: np.ndarray | None = None  # the transformed image the network got
        self.prediction: tuple[int, float] | None = None
        self.probs: np.ndarray | None = None  # the network's answer for ``seen``; None until worked out
        self.refresh = WhenSeen(self, self._refresh)  # the network's answer, worked out while the panel shows

        self.rotate = _slider(int(ROTATE_RANGE[0]), int(ROTATE_RANGE[1]))
        self.shift_x = _slider(*SHIFT_RANGE)
        self.shift_y = _slider(*SHIFT_RANGE)
        self.thickness = _slider(*THICKNESS_RANGE)
        self.noise = _slider(0, int(NOISE_RANGE[1] * 100))
        self._value_labels: dict[QSlider, QLabel] = {}
        self._names: dict[QSlider, QLabel] = {}
        form = QFormLayout()
        formats = {self.rotate: "{}°", self.shift_x: "{} px", self.shift_y: "{} px", self.thickness: "{:+d}"}
        for slider in (self.rotate, self.shift_x, self.shift_y, self.thickness, self.noise):
            value = QLabel(self)
            value.setMinimumWidth(48)
            self._value_labels[slider] = value
            self._names[slider] = QLabel(self)
            row = QHBoxLayout()
            row.addWidget(slider, 1)
            row.addWidget(value)
            form.addRow(self._names[slider], row)
            slider.valueChanged.connect(self._changed)
            slider.setProperty("fmt", formats.get(slider, "{}"))
        self.reset_btn = QPushButton(self)
        self.reset_btn.clicked.connect(self.reset)

        self.source_label, self.seen_label = QLabel(self), QLabel(self)
        for lab in (self.source_label, self.seen_label):
            lab.setAlignment(Qt.AlignmentFlag.AlignCenter)
            lab.setFixedSize(140, 140)
            lab.setStyleSheet("background: black;")
        self.source_caption, self.seen_caption = QLabel(self), QLabel(self)
        self.caption: Words | None = None  # what the picture is ("Test image #12"); None: "Original"
        self.result = QLabel(self)
        self.result.setWordWrap(True)
        self.result.setTextFormat(Qt.TextFormat.RichText)
        self.probs_plot = PlotWidget(background="w")
        self.probs_plot.setMouseEnabled(False, False)
        self.probs_plot.hideButtons()
        self.probs_plot.setYRange(0, 1)
        self.probs_plot.setMinimumHeight(130)
        self.probs_plot.getPlotItem().setMenuEnabled(False)
        self.bars = pg.BarGraphItem(x=[], height=[], width=0.7, brush="#4a78b5")
        self.probs_plot.addItem(self.bars)

        images = QGridLayout()
        images.addWidget(self.source_caption, 0, 0, Qt.AlignmentFlag.AlignHCenter)
        images.addWidget(self.seen_caption, 0, 1, Qt.AlignmentFlag.AlignHCenter)
        images.addWidget(self.source_label, 1, 0)
        images.addWidget(self.seen_label, 1, 1)
        lay = QVBoxLayout(self)
        lay.addLayout(images)
        lay.addWidget(self.result)
        lay.addLayout(form)
        lay.addWidget(self.reset_btn, 0, Qt.AlignmentFlag.AlignLeft)
        lay.addWidget(self.probs_plot, 1)
        self._update_value_labels()
        self.retranslate()

    def retranslate(self) -> None:
        rows = (
            (self.rotate, self.tr("Rotate"), self.tr("Turn the image: does the network still recognise it?")),
            (self.shift_x, self.tr("Shift right"), self.tr("Move the image right (or left) by pixels.")),
            (self.shift_y, self.tr("Shift down"), self.tr("Move the image down (or up) by pixels.")),
            (
                self.thickness,
                self.tr("Thicker / thinner"),
                self.tr("Make the strokes bolder or thinner, as a different pen would."),
            ),
            (self.noise, self.tr("Noise"), self.tr("Sprinkle random specks over the image, like a bad scan.")),
        )
        for slider, name, tip in rows:
            self._names[slider].setText(name)
            slider.setToolTip(tip)
            slider.setAccessibleName(name)
        self.reset_btn.setText(self.tr("Reset sliders"))
        self.reset_btn.setToolTip(self.tr("Put every slider back to zero: the image as it was."))
        self.source_caption.setText(say(self.caption) if self.caption else self.tr("Original"))
        self.seen_caption.setText(self.tr("What the network sees"))
        self.probs_plot.setLabel("left", self.tr("probability"))
        shown = [core_tr(c) for c in self.class_names]  # Fashion-MNIST's 'Coat' in the user's language
        ticks = [(i, n if len(n) <= 6 else n[:5] + "…") for i, n in enumerate(shown)]
        self.probs_plot.getAxis("bottom").setTicks([ticks])
        self._say_answer()

    # -- inputs -------------------------------------------------------------------------------------------
    def set_model(
        self, model: torch.nn.Module | None, class_names: Sequence[str], mean, std, image_size: int | None = None
    ) -> None:
        self.model = model
        self.class_names = [str(c) for c in class_names]
        self.mean, self.std, self.image_size = tuple(mean), tuple(std), image_size
        self.probs_plot.setXRange(-0.6, len(self.class_names) - 0.4, padding=0)
        self.probs = self.prediction = None
        self.retranslate()  # the class names on the axis
        self.refresh()

    def set_image(self, image: np.ndarray, true_class: int | None = None, caption: Words | None = None) -> None:
        """The picture to play with: float 0..1 (HxW or CxHxW) or uint8."""
        a = np.asarray(image)
        self.image = a.astype(np.float32) / 255.0 if a.dtype == np.uint8 else a.astype(np.float32)
        if self.image.ndim == 3 and self.image.shape[0] == 1:
            self.image = self.image[0]
        self.true_class, self.caption = true_class, caption
        self.probs = self.prediction = None
        self.source_caption.setText(say(caption) if caption else self.tr("Original"))
        self.source_label.setPixmap(to_pixmap(self.image, 140))
        self._say_answer()  # no answer yet: the words of the one before would be wrong
        self.refresh()

    def clear_image(self) -> None:
        self.image = self.seen = self.prediction = self.true_class = self.probs = None
        self.source_label.clear()
        self.seen_label.clear()
        self._show_empty()

    def what_if(self) -> WhatIf:
        return WhatIf(
            rotate=float(self.rotate.value()),
            shift_x=self.shift_x.value(),
            shift_y=self.shift_y.value(),
            thickness=self.thickness.value(),
            noise=self.noise.value() / 100.0,
            seed=0,
        )

    def reset(self) -> None:
        for s in (self.rotate, self.shift_x, self.shift_y, self.thickness, self.noise):
            s.blockSignals(True)
            s.setValue(0)
            s.blockSignals(False)
        self._changed()

    # -- updates ------------------------------------------------------------------------------------------
    def _update_value_labels(self) -> None:
        for slider, label in self._value_labels.items():
            v = slider.value() / 100.0 if slider is self.noise else slider.value()
            label.setText(slider.property("fmt").format(v) if slider is not self.noise else f"{v:.2f}")

    def _changed(self) -> None:
        self._update_value_labels()
        self.refresh()

    def _show_empty(self) -> None:
        self.result.setText(self.tr("Pick a test image (click one in a gallery) or draw a digit to try what-ifs."))

    def _say_answer(self) -> None:
        """The answer in words, in the language of now (the network's part waits until the panel shows)."""
        if self.image is None:
            self._show_empty()
            return
        if self.model is None:
            self.result.setText(self.tr("No trained network yet: train one or open a run."))
            return
        if self.probs is None:
            self.result.clear()  # worked out when the panel shows
            return
        probs, (k, wrong) = self.probs, self._verdict()
        names = [core_tr(c) for c in self.class_names]
        name = names[k] if k < len(names) else str(k)
        colour = "#c62828" if wrong else "#2e7d32" if self.true_class is not None else "#202020"
        truth = "" if self.true_class is None else self.tr(" (true class: {t})").format(t=names[self.true_class])
        self.result.setText(
            self.tr("Network says <b style='color:{c}'>{n}</b> with {p:.1f} % confidence{t}.").format(
                c=colour, n=name, p=100 * probs[k], t=truth
            )
        )

    def _verdict(self) -> tuple[int, bool]:
        """The class the network answers, and whether that is wrong (known for a test image only)."""
        k = int(self.probs.argmax())
        return k, self.true_class is not None and k != self.true_class

    def _refresh(self) -> None:
        """The picture as changed by the sliders, and the network's answer for it (while the panel shows)."""
        if self.image is None:
            self._show_empty()
            return
        self.seen = apply(self.image, self.what_if())
        self.seen_label.setPixmap(to_pixmap(self.seen, 140))
        if self.model is not None:
            x = to_input(self.seen, self.mean, self.std, self.image_size)
            with torch.inference_mode():
                self.probs = self.model(x)[0].float().softmax(0).numpy()
        self._say_answer()
        if self.probs is None:
            return
        probs, (k, wrong) = self.probs, self._verdict()
        self.prediction = (k, float(probs[k]))
        self.bars.setOpts(
            x=np.arange(len(probs)),
            height=probs,
            width=0.7,
            brushes=["#c62828" if (wrong and i == k) else "#4a78b5" for i in range(len(probs))],
        )
        self.predictionChanged.emit(k, float(probs[k]))
