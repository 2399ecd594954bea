"""Fool the network: change the picture on show (the drawing or a test image) a little, pixel by pixel, in the
direction that hurts the network most, and watch the answer flip. FGSM takes one step, PGD ten smaller ones; the
strength is the most any pixel may change (0..1 ink stays 0..1). "Make it say N" pulls toward a chosen class.
Each change runs the whole strength grid as one batch on a job, so the curve and the smallest strength come free.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QHBoxLayout, QLabel, QSlider, QVBoxLayout, QWidget

from core.adversarial import PGD_STEPS, STRENGTHS
from gui.core_texts import core_tr
from gui.inside.explain_jobs import FoolResult, fool_job, private_copy
from gui.state import AppState, CurrentModel, InputImage
from gui.theme import mark_caption
from gui.widgets.image_utils import diverging, to_pixmap
from gui.widgets.numbers import confidence
from gui.widgets.retranslating import Retranslating
from gui.widgets.plot_widgets import PlotWidget
from gui.widgets.when_seen import WhenSeen
from core.messages import Message
from gui.messages import say

SIDE = 112
STEP = 0.01  # the slider's strength step
METHODS = (
    ("fgsm", QT_TRANSLATE_NOOP("FoolPanel", "FGSM: one step")),
    ("pgd", QT_TRANSLATE_NOOP("FoolPanel", "PGD: {n} small steps")),
)


class FoolPanel(Retranslating, QWidget):
    resultShown = Signal()  # a new attack is on show

    def __init__(self, state: AppState, parent: QWidget | None = None):
        super().__init__(parent)
        self.state, self.jobs = state, state.jobs("fool")
        self._attack_when_seen = WhenSeen(self, self._attack)
        self.net = None  # private copy, used on the "fool" jobs only
        self.failure: Message | None = None  # why the last attempt failed, said at each language switch
        self.card = None
        self.image: InputImage | None = None
        self.result: FoolResult | None = None

        self.method = QComboBox(self)
        self.method.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.method.setMinimumContentsLength(8)  # long item texts never widen the page past a 1024-pixel screen
        for key, _title in METHODS:
            self.method.addItem("", key)
        self.target = QComboBox(self)
        self.target.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.target.setMinimumContentsLength(8)  # long item texts never widen the page past a 1024-pixel screen
        self.strength = QSlider(Qt.Orientation.Horizontal, self)
        self.strength.setRange(0, round(max(STRENGTHS) / STEP))
        self.strength.setValue(10)
        self.strength_label = QLabel(self)
        self.strength_label.setMinimumWidth(40)
        for control in (self.method, self.target):
            control.currentIndexChanged.connect(self.attack)
        self.strength.valueChanged.connect(self.attack)
        self.pictures = [QLabel(self) for _ in range(3)]
        self.titles = [QLabel(self) for _ in range(3)]
        for label in self.pictures:
            label.setFixedSize(SIDE, SIDE)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setStyleSheet("background: black;")
        self.answer = QLabel(self)
        self.answer.setWordWrap(True)
        self.answer.setTextFormat(Qt.TextFormat.RichText)
        self.curve_plot = PlotWidget(background="w")
        self.curve_plot.setMouseEnabled(False, False)
        self.curve_plot.hideButtons()
        self.curve_plot.getPlotItem().setMenuEnabled(False)
        self.curve_plot.setYRange(0, 1)
        self.curve_plot.setMinimumHeight(110)
        self.curve_plot.getAxis("bottom").enableAutoSIPrefix(False)  # strengths as they are, not "x0.001"
        self.curve_legend = self.curve_plot.addLegend(offset=(-4, -4), labelTextSize="8pt", brush=(255, 255, 255, 210))
        self.kept_curve = self.curve_plot.plot(pen=pg.mkPen("#0072B2", width=2))
        self.wanted_curve = self.curve_plot.plot(pen=pg.mkPen("#D55E00", width=2))
        self.at = pg.InfiniteLine(angle=90, pen=pg.mkPen("#000000", width=1))
        self.flip = pg.InfiniteLine(angle=90, pen=pg.mkPen("#D55E00", width=1, style=Qt.PenStyle.DashLine))
        for line in (self.at, self.flip):
            self.curve_plot.addItem(line)
        self.why = mark_caption(QLabel(self), normal_color="#505050")
        self.why.setWordWrap(True)

        controls = QHBoxLayout()
        controls.addWidget(self.method)
        controls.addWidget(self.target)
        strength_row = QHBoxLayout()
        self.strength_title = QLabel(self)
        strength_row.addWidget(self.strength_title)
        strength_row.addWidget(self.strength, 1)
        strength_row.addWidget(self.strength_label)
        grid = QGridLayout()
        for column, (title, picture) in enumerate(zip(self.titles, self.pictures)):
            grid.addWidget(title, 0, column, Qt.AlignmentFlag.AlignHCenter)
            grid.addWidget(picture, 1, column, Qt.AlignmentFlag.AlignHCenter)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(controls)
        lay.addLayout(strength_row)
        lay.addLayout(grid)
        lay.addWidget(self.answer)
        lay.addWidget(self.curve_plot, 1)
        lay.addWidget(self.why)
        state.modelChanged.connect(self._on_model)
        state.inputChanged.connect(self._on_input)
        self.retranslate()
        self._on_model(state.model)

    def retranslate(self) -> None:
        for i, (_key, title) in enumerate(METHODS):
            self.method.setItemText(i, self.tr(title).format(n=PGD_STEPS))
        self.method.setToolTip(
            self.tr("FGSM moves every pixel once by the full strength; PGD takes small steps and usually needs less.")
        )
        self._fill_targets()
        self.target.setToolTip(self.tr("Any wrong answer, or one class you choose: make it say that."))
        self.strength_title.setText(self.tr("Strength"))
        self.strength.setToolTip(
            self.tr("The most any pixel may change: 0.1 is a tenth of the way from black to white.")
        )
        for label, text in zip(
            self.titles, (self.tr("The picture"), self.tr("Changed"), self.tr("The change, magnified"))
        ):
            label.setText(text)
        self.curve_plot.setLabel("bottom", self.tr("strength"))
        self.curve_plot.setLabel("left", self.tr("probability"))
        self.why.setText(
            self.tr(
                "Why it matters: a change too small for you to notice can make a network sure of a wrong answer. "
                "It follows the gradient, the direction the network is most sensitive to, and those directions "
                "are not the ones people look at. Self-driving cars and spam filters must be made robust to this."
            )
        )
        self._show()

    def _fill_targets(self) -> None:
        names = [core_tr(str(c)) for c in self.card.class_names] if self.card is not None else []
        chosen = self.target.currentIndex()
        self.target.blockSignals(True)
        self.target.clear()
        self.target.addItem(self.tr("Any other answer"), None)
        for k, name in enumerate(names):
            self.target.addItem(self.tr("Make it say '{c}'").format(c=name), k)
        self.target.setCurrentIndex(chosen if 0 <= chosen < self.target.count() else 0)
        self.target.blockSignals(False)

    # -- following the app state ------------------------------------------------------------------------------
    def _on_model(self, model: CurrentModel | None) -> None:
        if model is None:
            return
        self.net, self.card, self.result = None, model.card, None
        self.failure = None
        self._fill_targets()
        shared = model.model
        self.jobs.submit("fool-model", lambda: private_copy(shared), self._model_ready)

    def _model_ready(self, net) -> None:
        self.net = net
        self.attack()

    def _on_input(self, image: InputImage | None) -> None:
        self.image, self.result = image, None
        self.failure = None
        self.attack()

    def chosen_strength(self) -> float:
        return round(self.strength.value() * STEP, 3)

    def attack(self, *_args) -> None:
        """Attack the picture on show at every strength of the grid (on a job); the answer follows."""
        self.strength_label.setText(f"{self.chosen_strength():.2f}")
        self.at.setValue(self.chosen_strength())
        self._attack_when_seen()

    def _attack(self) -> None:
        image, net, card = self.image, self.net, self.card
        if image is None or net is None or not self.state.input_suits(card):
            self.result = None
            self.failure = None
            self._show()
            return
        method, target, strength = self.method.currentData(), self.target.currentData(), self.chosen_strength()
        self.jobs.submit(
            "fool", lambda: fool_job(net, card, image.image, method, strength, target), self._result_ready, self._failed
        )

    def _result_ready(self, result: FoolResult) -> None:
        self.result = result
        self.failure = None
        self._show()
        self.resultShown.emit()

    def _failed(self, message: Message) -> None:
        self.failure = message  # said again after a language switch
        self._show()

    # -- showing ------------------------------------------------------------------------------------------------
    def _show(self) -> None:
        result = self.result
        if result is None:
            for label in self.pictures:
                label.clear()
            self.kept_curve.setData([], [])
            self.wanted_curve.setData([], [])
            self.flip.setVisible(False)
            self.answer.setText(
                self.tr("Could not fool the network: {m}").format(m=say(self.failure))
                if self.failure is not None
                else self.tr("Draw a digit or pick a test image, then move the strength slider.")
            )
            return
        names = [core_tr(str(c)) for c in self.card.class_names]
        chosen = result.chosen
        self.pictures[0].setPixmap(to_pixmap(_plain(result.original), SIDE))
        self.pictures[1].setPixmap(to_pixmap(_plain(chosen.image), SIDE))
        self.pictures[2].setPixmap(
            to_pixmap(diverging(np.asarray(chosen.change).mean(0), max(chosen.strength, 1e-3)), SIDE)
        )
        flipped = chosen.predicted != result.answer
        colour = "#D55E00" if flipped else "#202020"
        self.answer.setText(
            self.tr("Before: <b>{a}</b> ({p} %). Now: <b style='color:{c}'>{n}</b> ({q} %).").format(
                a=names[result.answer],
                p=confidence(result.answer_confidence),
                c=colour,
                n=names[chosen.predicted],
                q=confidence(chosen.confidence),
            )
            + " "
            + (
                self.tr("The smallest strength that works: <b>{s:.2f}</b>.").format(s=result.smallest)
                if result.smallest is not None
                else self.tr("No strength up to {s:.2f} works.").format(s=float(result.strengths[-1]))
            )
        )
        self.curve_legend.clear()
        self.kept_curve.setData(result.strengths, result.kept)
        self.curve_legend.addItem(self.kept_curve, self.tr("'{a}' (the first answer)").format(a=names[result.answer]))
        target = self.target.currentData()
        if result.wanted is not None and target is not None:
            self.wanted_curve.setData(result.strengths, result.wanted)
            self.curve_legend.addItem(self.wanted_curve, self.tr("'{t}' (wanted)").format(t=names[target]))
        else:
            self.wanted_curve.setData([], [])
        self.flip.setVisible(result.smallest is not None)
        if result.smallest is not None:
            self.flip.setValue(result.smallest)


def _plain(image: np.ndarray) -> np.ndarray:
    """[1, H, W] -> [H, W] for grey pictures; colour ones stay [C, H, W]."""
    image = np.asarray(image)
    return image[0] if image.ndim == 3 and image.shape[0] == 1 else image
