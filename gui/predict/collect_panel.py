"""Collect mode: draw a digit, press its number key (or click its button) and it is saved to "my-digits".

Saved digits become a dataset of their own (pick "My digits" on the Train tab), and "Test the model on my
digits" shows how well the chosen model reads your handwriting, digit by digit (on a Jobs job).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QToolButton, QVBoxLayout, QWidget

from core.card import ModelCard
from core.data import my_digits
from core.predict import Predictor
from core.preprocess import EmptyDrawing, mnist_style
from gui.jobs import Jobs
from gui.messages import say
from gui.predict.draw_canvas import DrawCanvas
from gui.predict.my_digits_test import MyDigitsResult, evaluate_my_digits
from gui.predict.class_digits_dialog import ClassDigitsDialog
from gui.predict.teach_panel import TeachPanel
from gui.state import AppState
from gui.widgets.live_text import LiveText
from gui.plot_texts import set_axis_label
from gui.widgets.probability_bars import ProbabilityBars
from gui.widgets.retranslating import Retranslating
from core.messages import Message

DIGITS = tuple(str(d) for d in range(10))
DIGIT_KEYS = {getattr(Qt.Key, f"Key_{d}"): d for d in range(10)}


class CollectPanel(Retranslating, QWidget):
    saved = Signal(object)  # Path of the digit just saved
    tested = Signal(object)  # MyDigitsResult

    def __init__(self, canvas: DrawCanvas, state: AppState, jobs: Jobs, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("collectPanel")
        self.canvas, self.state, self.jobs = canvas, state, jobs
        self.predictor: Predictor | None = None
        self.card: ModelCard | None = None
        self.last_result: MyDigitsResult | None = None
        self.collect_button = QPushButton(self, objectName="collectButton", checkable=True)
        self.collect_button.toggled.connect(self._collecting_changed)
        self.test_button = QPushButton(self, objectName="testMyDigitsButton")
        self.test_button.clicked.connect(self.test_model)
        self.caption = QLabel(self, objectName="collectCaption", wordWrap=True, styleSheet="color: #505050;")
        self.class_button = QPushButton(self, objectName="classDigitsButton")
        self.class_button.clicked.connect(self.open_class_digits)
        top = QHBoxLayout()
        top.addWidget(self.collect_button)
        top.addWidget(self.test_button)
        top.addWidget(self.class_button)
        top.addWidget(self.caption, 1)

        self.body = QWidget(self, objectName="collectBody")
        grid = QGridLayout(self.body)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(4)
        self.digit_buttons, self.count_labels = [], []
        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * 1.4)
        big.setBold(True)
        for d in range(10):
            b = QToolButton(self.body, objectName=f"collectDigit{d}", text=str(d), font=big)
            b.setMinimumSize(34, 30)
            b.clicked.connect(lambda _=False, d=d: self.save_digit(d))  # GUI-thread button: lambda is fine
            count = QLabel("0", self.body, objectName=f"collectCount{d}", alignment=Qt.AlignmentFlag.AlignCenter)
            grid.addWidget(b, 0, d)
            grid.addWidget(count, 1, d)
            self.digit_buttons.append(b)
            self.count_labels.append(count)
        self.status_label = QLabel(self.body, objectName="collectStatus", wordWrap=True)
        self.status_text = LiveText(self.status_label.setText)  # both written again from their data
        grid.addWidget(self.status_label, 2, 0, 1, 10)

        self.result_label = QLabel(self, objectName="myDigitsResult", wordWrap=True)
        self.result_words = LiveText(self.result_label.setText)
        self.result_plot = ProbabilityBars(self)
        self.result_plot.setObjectName("myDigitsAccuracyPlot")
        self.result_plot.getPlotItem().getAxis("left").setTicks([[(0, "0 %"), (0.5, "50 %"), (1, "100 %")]])
        self.result_plot.setFixedHeight(150)
        self.result_plot.setVisible(False)

        row = QHBoxLayout()
        row.addWidget(self.body, 0)
        row.addWidget(self.result_plot, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(row)
        layout.addWidget(self.result_label)
        self.teach = TeachPanel(state, jobs, self)
        layout.addWidget(self.teach)
        self.body.setVisible(False)
        self.installEventFilter(self)
        self.retranslate()

    def retranslate(self) -> None:
        self._collect_button_text()
        self.collect_button.setToolTip(self.tr("Turn on, draw a digit, then press its number key (0-9)."))
        self.test_button.setText(self.tr("Test the model on my digits"))
        self.test_button.setToolTip(
            self.tr("Measure how many of the digits you collected the current model reads correctly.")
        )
        self.caption.setText(
            self.tr(
                "Collect mode builds a dataset of your own handwriting: draw a digit, then press its number key "
                "(or click its button below). It is saved and the canvas is cleared for the next one. Train on "
                '"My digits" later, or test how well a model reads you.'
            )
        )
        self.class_button.setText(self.tr("Class digits…"))
        self.class_button.setToolTip(
            self.tr("Export your digits for the teacher, or gather the whole class's digits and compare models.")
        )
        plurals = self.plurals()
        for d, (button, count) in enumerate(zip(self.digit_buttons, self.count_labels)):
            button.setToolTip(self.tr("Save the drawing as a %1").replace("%1", str(d)))
            count.setToolTip(self.tr("How many %1 you have collected").replace("%1", plurals[d]))
        self.result_plot.setAccessibleName(self.tr("Accuracy on your digits, per digit"))
        self.result_plot.set_classes(DIGITS, self.tr("read right"))
        set_axis_label(self.result_plot, "left", self.tr("read right"))  # the bars' axis: digits stand upright
        self.status_text.retranslate()
        self.result_words.retranslate()

    def words(self) -> list[str]:
        return [
            self.tr("zero"),
            self.tr("one"),
            self.tr("two"),
            self.tr("three"),
            self.tr("four"),
            self.tr("five"),
            self.tr("six"),
            self.tr("seven"),
            self.tr("eight"),
            self.tr("nine"),
        ]

    def plurals(self) -> list[str]:
        return [
            self.tr("zeros"),
            self.tr("ones"),
            self.tr("twos"),
            self.tr("threes"),
            self.tr("fours"),
            self.tr("fives"),
            self.tr("sixes"),
            self.tr("sevens"),
            self.tr("eights"),
            self.tr("nines"),
        ]

    def open_class_digits(self) -> ClassDigitsDialog:
        dialog = ClassDigitsDialog(self.state, self)
        dialog.show()
        return dialog

    # ----- model --------------------------------------------------------------------------
    def set_model(self, predictor: Predictor | None, card: ModelCard | None) -> None:
        """The model "Test the model on my digits" uses; earlier results are cleared."""
        self.predictor, self.card = predictor, card
        self.last_result = None
        self.result_plot.setVisible(False)
        self.result_words.clear()

    # ----- collecting ---------------------------------------------------------------------
    def attach(self, host: QWidget) -> None:
        """Catch number keys pressed anywhere inside host (the canvas, buttons) while collecting."""
        host.installEventFilter(self)

    def is_collecting(self) -> bool:
        return self.collect_button.isChecked()

    def _collecting_changed(self, on: bool) -> None:
        self.body.setVisible(on)
        self._collect_button_text()
        f = self.collect_button.font()
        f.setBold(on)
        self.collect_button.setFont(f)
        if on:
            self.refresh_counts()
            self.status_text.show(lambda: self.tr("Draw a digit, then press its number key."))
            self.canvas.setFocus(Qt.FocusReason.OtherFocusReason)

    def _collect_button_text(self) -> None:
        on = self.is_collecting()
        self.collect_button.setText(
            self.tr("Collecting: press 0-9 (click to stop)") if on else self.tr("Collect my digits")
        )

    def eventFilter(self, obj: QObject, e: QEvent) -> bool:
        if (
            e.type() == QEvent.Type.KeyPress
            and self.is_collecting()
            and e.key() in DIGIT_KEYS
            and e.modifiers() in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
        ):
            self.save_digit(DIGIT_KEYS[e.key()])
            return True
        return super().eventFilter(obj, e)

    def refresh_counts(self) -> dict[str, int]:
        found = my_digits.counts(self.state.data_root)
        for d, label in enumerate(self.count_labels):
            label.setText(str(found[str(d)]))
        return found

    def save_digit(self, label: int) -> Path | None:
        """Save the drawing as ``label`` (the model's 28x28 view, the drawing and its strokes); clear the canvas."""
        if self.canvas.is_empty():
            self.status_text.show(lambda: self.tr("Draw a digit first, then press its number key."))
            return None
        image = self.canvas.image()
        try:
            img28 = mnist_style(image)
            path = my_digits.save_sample(
                self.state.data_root, label, img28, drawing=image, strokes=self.canvas.strokes()
            )
        except EmptyDrawing:
            self.status_text.show(lambda: self.tr("That drawing is too faint to save: draw the digit again."))
            return None
        except OSError as exc:
            error = exc
            self.status_text.show(lambda: self.tr("Could not save the digit: %1").replace("%1", say(error)))
            return None
        n = self.refresh_counts()[str(label)]
        self.status_text.show(lambda: self._saved_text(label, n))
        self.canvas.clear()
        self.canvas.setFocus(Qt.FocusReason.OtherFocusReason)
        self.saved.emit(path)
        return path

    def _saved_text(self, label: int, n: int) -> str:
        so_far = self.words()[label] if n == 1 else self.plurals()[label]
        text = self.tr("Saved an %1 — %2 %3 so far") if label == 8 else self.tr("Saved a %1 — %2 %3 so far")
        return text.replace("%1", str(label)).replace("%2", str(n)).replace("%3", so_far)

    # ----- testing ------------------------------------------------------------------------
    def test_model(self) -> None:
        """Evaluate the chosen model on every collected digit, on a background job."""
        p, card = self.predictor, self.card
        if p is None:
            return self._result_text(lambda: self.tr("Choose a model first."))
        if card.in_channels != 1 or card.image_size != 28 or tuple(p.class_names) != DIGITS:
            return self._result_text(
                lambda: self.tr(
                    "This model does not read digits (it knows: %1). Choose a digit "
                    "model to test it on your handwriting."
                ).replace("%1", ", ".join(p.class_names[:4]) + "…")
            )
        if sum(my_digits.counts(self.state.data_root).values()) == 0:
            return self._result_text(
                lambda: self.tr(
                    'No digits collected yet: turn on "Collect my digits", draw a digit and press its number key.'
                )
            )
        self.test_button.setEnabled(False)
        self._result_text(lambda: self.tr("Testing the model on your digits…"))
        model, root = p.model, self.state.data_root
        self.jobs.submit(
            "my-digits", lambda: evaluate_my_digits(model, p.mean, p.std, root), self._tested, self._test_failed
        )

    def _result_text(self, text) -> None:
        """``text`` writes the result line, now and after a language switch."""
        self.result_words.show(text)

    def _tested(self, result: MyDigitsResult) -> None:
        self.test_button.setEnabled(True)
        self.last_result = result
        self.result_plot.setVisible(True)
        self.result_plot.show_probabilities(np.nan_to_num(result.per_digit), None)
        self._result_text(lambda: self._tested_text(result))
        self.tested.emit(result)

    def _tested_text(self, result: MyDigitsResult) -> str:
        missing = [str(d) for d in range(10) if not result.counts[d]]
        text = (
            self.tr("The model read %1 % of your %2 digits correctly.")
            .replace("%1", f"{result.accuracy * 100:.0f}")
            .replace("%2", str(result.total))
        )
        if missing:
            text += " " + self.tr("None collected yet for: %1.").replace("%1", ", ".join(missing))
        return text + " " + self.tr("Each bar is the share of that digit read right.")

    def _test_failed(self, message: Message) -> None:
        self.test_button.setEnabled(True)
        self._result_text(lambda: say(message))
